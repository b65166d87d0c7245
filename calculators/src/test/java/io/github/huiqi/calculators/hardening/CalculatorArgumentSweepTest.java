package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Null to each argument of every public method of every calculator with a JSON entry point, the others valid (the
 * entry point's sample read as the typed request, the built-in measure of each type): each call fails with a typed
 * error naming a field, never a bare {@link NullPointerException} or another exception.
 */
class CalculatorArgumentSweepTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  @Test
  void test_nullToEachArgument_isATypedErrorNamingIt() throws ReflectiveOperationException {
    Map<Class<?>, Object> values = new HashMap<>();
    Map<Class<?>, Object> calculators = new HashMap<>();
    for (JsonEntryPoint entry : JsonEntryPoints.all()) {
      String[] parts = entry.name().replaceAll("\\(.*\\)", "").split("\\.");
      Optional<Class<?>> type = calculatorClass(parts[0]);
      if (type.isEmpty()) {
        continue;
      }
      calculators.computeIfAbsent(type.get(), CalculatorArgumentSweepTest::instance);
      Method json = method(type.get(), parts[1]);
      java.util.Arrays.stream(type.get().getMethods())
          .filter(m -> m.getName().equals(parts[1].substring(0, parts[1].length() - 4)))
          .filter(m -> m.getParameterCount() == json.getParameterCount())
          .map(m -> m.getParameterTypes()[json.getParameterCount() - 1])
          .forEach(request -> {
            try {
              values.putIfAbsent(request, HuiqiJson.read(entry.validJson(), request));
            } catch (HuiqiException notThisOne) {
              // an overload reading another request
            }
          });
    }
    RiskPoolRequest claims = HuiqiJson.read(JsonEntryPoints.named("RiskPoolCalculator.explainClaimsJson").validJson(),
        RiskPoolRequest.class);
    values.put(RiskPoolRequest.class, claims);
    values.put(RiskPoolClaim.class, claims.claims().get(0));
    values.put(LocalDate.class, LocalDate.of(2023, 6, 30));
    values.put(String.class, "{}");
    values.put(BigDecimal.class, BigDecimal.ONE);
    values.put(JsonCodec.class, HuiqiJson.codec());
    values.put(JsonOutput.class, JsonOutput.COMPACT);
    values.put(Locale.class, Locale.ROOT);
    List<String> problems = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<Class<?>, Object> calculator : calculators.entrySet()) {
      for (Method method : calculator.getKey().getMethods()) {
        if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        boolean known = true;
        for (int i = 0; i < types.length; i++) {
          args[i] = value(types[i], values);
          known &= args[i] != null || types[i].isPrimitive();
        }
        if (!known) {
          // an argument type with no sample here (the small-profit averages' own request): not swept
          skipped.add(method.getName());
          continue;
        }
        for (int i = 0; i < types.length; i++) {
          if (types[i].isPrimitive()) {
            continue;
          }
          Object[] call = args.clone();
          call[i] = null;
          calls++;
          String what = calculator.getKey().getSimpleName() + "." + method.getName() + " with argument " + i
              + " (" + types[i].getSimpleName() + ") null";
          try {
            method.invoke(calculator.getValue(), call);
            problems.add(what + ": accepted");
          } catch (InvocationTargetException ex) {
            Throwable thrown = ex.getCause();
            if (!(thrown instanceof HuiqiException huiqi) || huiqi.field().isBlank()) {
              problems.add(what + ": " + thrown);
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    // every calculator's methods but the few whose arguments have no sample here
    assertThat(calls).isGreaterThan(250);
    assertThat(skipped).hasSizeLessThan(5);
  }

  private static Object value(Class<?> type, Map<Class<?>, Object> values) {
    if (values.containsKey(type)) {
      return values.get(type);
    }
    if (Measure.class.isAssignableFrom(type)) {
      return DATA.measures().stream().filter(type::isInstance).findFirst().orElse(null);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == PolicyData.class) {
      return DATA;
    }
    if (type == io.github.huiqi.core.enterprise.EnterpriseProfile.class) {
      return io.github.huiqi.calculators.catalog.CatalogProfiles.sample();
    }
    if (type == javax.money.MonetaryAmount.class) {
      return io.github.huiqi.core.money.Cny.of(new BigDecimal("1000.00"));
    }
    for (String name : List.of("builtIn", "DEFAULTS")) {
      try {
        return name.equals("DEFAULTS") ? type.getField(name).get(null) : type.getMethod(name).invoke(null);
      } catch (ReflectiveOperationException ex) {
        // no such default
      }
    }
    if (type.isPrimitive()) {
      return type == boolean.class ? (Object) false : type == int.class ? (Object) 1 : type == long.class
          ? (Object) 1L : null;
    }
    return null;
  }

  private static Optional<Class<?>> calculatorClass(String simpleName) {
    for (String pkg : List.of("financing.firstloan", "financing.guaranteefee", "financing.renovation",
        "financing.riskpool", "financing.techsme", "financing.deferral", "financing.stacking", "tax.vat", "tax.rd",
        "tax.smalllowprofit", "tax.firmyear", "grants.share", "grants.referral", "grants.award",
        "employment.housingfund", "employment.hiring", "employment.training", "employment.insurance",
        "procurement.arrears", "procurement.reservation", "space.rent", "space.highrise", "space.purchase",
        "space.utility", "classification.techrating", "classification.scale", "classification.size",
        "catalog.engine", "audit")) {
      try {
        return Optional.of(Class.forName("io.github.huiqi.calculators." + pkg + "." + simpleName));
      } catch (ClassNotFoundException ex) {
        // not in this package
      }
    }
    return Optional.empty();
  }

  private static Method method(Class<?> type, String name) {
    return java.util.Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow();
  }

  private static Object instance(Class<?> type) {
    try {
      java.lang.reflect.Field standard = type.getField("DEFAULT");
      if (Modifier.isStatic(standard.getModifiers())) {
        return standard.get(null);
      }
    } catch (ReflectiveOperationException ex) {
      // no default instance
    }
    try {
      return type.getMethod("of", PolicyData.class).invoke(null, DATA);
    } catch (ReflectiveOperationException ex) {
      // no factory of policy data
    }
    for (String factory : List.of("builtIn", "standard", "create", "of")) {
      try {
        Method method = type.getMethod(factory);
        if (Modifier.isStatic(method.getModifiers())) {
          return method.invoke(null);
        }
      } catch (ReflectiveOperationException ex) {
        // try the next
      }
    }
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("no instance of " + type, ex);
    }
  }
}
