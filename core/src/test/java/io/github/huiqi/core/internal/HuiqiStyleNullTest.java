package io.github.huiqi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.testing.ProfileFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every generated builder of the {@link HuiqiStyle} types rejects null with an {@link InvalidInputException} naming
 * the attribute ({@code LoanFacts.builder().repaymentDate((LocalDate) null)}, {@code EnterpriseFacts.builder()
 * .size(null)}, {@code LoanFacts.builder().repaymentDate((Optional<LocalDate>) null)}), never a bare
 * {@link NullPointerException}: either the setter refuses it at once, or {@code build()} does, naming the attribute.
 * The {@code Optional}, {@code Iterable} and array setters and withers get their check from the build
 * ({@code build/ImmutablesNullGuard.java}), not from Immutables.
 */
class HuiqiStyleNullTest {

  /** A valid instance of every {@code @Value.Immutable} type, each from the one fully-populated profile. */
  private static Map<Object, Class<?>> instances() {
    EnterpriseProfile profile = ProfileFixtures.full();
    LoanFacts loan = profile.loans().orElseThrow().get(0);
    EnterpriseYear year = profile.years().orElseThrow().get(0);
    Map<Object, Class<?>> all = new LinkedHashMap<>();
    all.put(profile, EnterpriseProfile.class);
    all.put(profile.enterpriseFacts(), io.github.huiqi.core.enterprise.EnterpriseFacts.class);
    all.put(loan, LoanFacts.class);
    all.put(loan.guarantee().orElseThrow(), io.github.huiqi.core.enterprise.LoanGuarantee.class);
    all.put(loan.nonPerforming().orElseThrow(), io.github.huiqi.core.enterprise.NonPerformance.class);
    all.put(profile.techSme().orElseThrow(), io.github.huiqi.core.enterprise.Qualification.class);
    all.put(year, EnterpriseYear.class);
    all.put(year.vatPeriods().orElseThrow().get(0), io.github.huiqi.core.tax.vat.VatPeriodSales.class);
    all.put(profile.renovationProjects().orElseThrow().get(0),
        io.github.huiqi.core.financing.renovation.RenovationProject.class);
    return all;
  }

  private static Object builderFrom(Class<?> type, Object instance) throws ReflectiveOperationException {
    Object builder = type.getMethod("builder").invoke(null);
    Method from = method(builder.getClass(), "from", type);
    from.invoke(builder, instance);
    return builder;
  }

  private static Method method(Class<?> type, String name, Class<?> parameter) throws NoSuchMethodException {
    Method found = type.getMethod(name, parameter);
    found.setAccessible(true);
    return found;
  }

  /** The builder's setters that take one argument (a value, an {@code Optional}, an {@code Iterable}, an array). */
  private static List<Method> setters(Class<?> builderType, Class<?> valueType) {
    List<Method> setters = new ArrayList<>();
    for (Method method : builderType.getMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      if (Modifier.isStatic(method.getModifiers()) || parameters.length != 1 || parameters[0].isPrimitive()
          || method.getDeclaringClass() == Object.class || method.getName().equals("from")) {
        continue;
      }
      if (builderType.isAssignableFrom(method.getReturnType()) || method.getReturnType() == builderType
          || method.getReturnType().isAssignableFrom(builderType)) {
        method.setAccessible(true);
        setters.add(method);
      }
    }
    assertThat(setters).as("setters of " + valueType.getSimpleName()).isNotEmpty();
    return setters;
  }

  /**
   * The attribute a setter sets: {@code repaymentDate} for {@code repaymentDate}, {@code x} for {@code addX} and
   * {@code addAllX}.
   */
  private static String attribute(String setter) {
    if (setter.startsWith("addAll") && setter.length() > 6 && Character.isUpperCase(setter.charAt(6))) {
      return Character.toLowerCase(setter.charAt(6)) + setter.substring(7);
    }
    if (setter.startsWith("add") && setter.length() > 3 && Character.isUpperCase(setter.charAt(3))) {
      return Character.toLowerCase(setter.charAt(3)) + setter.substring(4);
    }
    return setter;
  }

  private static Throwable unwrap(Throwable thrown) {
    return thrown instanceof InvocationTargetException invocation ? invocation.getCause() : thrown;
  }

  @Test
  void test_everySetterGivenNull_namesTheAttribute() throws ReflectiveOperationException {
    int checked = 0;
    for (Map.Entry<Object, Class<?>> entry : instances().entrySet()) {
      Class<?> type = entry.getValue();
      Class<?> builderType = type.getMethod("builder").getReturnType();
      for (Method setter : setters(builderType, type)) {
        Object builder = builderFrom(type, entry.getKey());
        String what = type.getSimpleName() + "." + setter.getName() + "(null)";
        Throwable thrown = unwrap(catchThrowable(() -> setter.invoke(builder, (Object) null)));
        if (thrown == null) {
          // a required attribute's setter keeps null until build(), which names it
          thrown = unwrap(catchThrowable(() -> builderType.getMethod("build").invoke(builder)));
        }
        if (thrown != null) {
          assertThat(thrown).as(what).isInstanceOf(InvalidInputException.class);
          assertThat(((InvalidInputException) thrown).field()).as(what).startsWith(attribute(setter.getName()));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void test_theIssuesCases() {
    InvalidInputException repayment = (InvalidInputException) catchThrowable(() -> LoanFacts.builder()
        .repaymentDate((java.time.LocalDate) null));
    assertThat(repayment.field()).isEqualTo("repaymentDate");
    assertThat(repayment.code()).isEqualTo(InvalidInputException.REQUIRED);
    InvalidInputException size = (InvalidInputException) catchThrowable(() -> io.github.huiqi.core.enterprise
        .EnterpriseFacts.builder().size((io.github.huiqi.core.enterprise.EnterpriseSize) null));
    assertThat(size.field()).isEqualTo("size");
  }

  @Test
  void test_optionalIterableAndArrayArgumentsGivenNull_nameTheAttribute() {
    Map<String, Throwable> calls = new LinkedHashMap<>();
    calls.put("repaymentDate", catchThrowable(() -> LoanFacts.builder()
        .repaymentDate((Optional<java.time.LocalDate>) null)));
    calls.put("loans", catchThrowable(() -> EnterpriseProfile.builder().loans((Optional<List<LoanFacts>>) null)));
    calls.put("reasons", catchThrowable(() -> io.github.huiqi.core.outcome.MeasureOutcome.builder()
        .addAllReasons(null)));
    calls.put("missingFacts", catchThrowable(() -> io.github.huiqi.core.outcome.MeasureOutcome.builder()
        .addMissingFacts((String[]) null)));
    calls.forEach((attribute, thrown) -> {
      assertThat(thrown).as(attribute).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) thrown).field()).as(attribute).isEqualTo(attribute);
      assertThat(((InvalidInputException) thrown).code()).as(attribute).isEqualTo(InvalidInputException.REQUIRED);
    });
  }
}
