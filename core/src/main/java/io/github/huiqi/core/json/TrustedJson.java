package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.huiqi.core.catalog.MeasureKinds;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.time.DayCount;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A lean reader of the library's own trusted JSON (the built-in policy packs): records built through their canonical
 * constructors, which check every invariant, without Jackson's data binding, whose set-up and introspection of every
 * model type make most of a cold start.
 * <p>
 * It accepts only the plain shapes the library writes: every record component by its name (an absent one null, or
 * empty if optional, as the hardened reader passes it; an absent primitive is not taken), strings for ids, dates
 * ({@code yyyy-MM-dd}), enum names and rates, JSON numbers for decimals, amount objects in CNY, measures tagged by
 * {@code type}; the same stream limits and duplicate-key check. Whatever else it meets (an unknown field, a null, a
 * value of another JSON type, a type it does not bind, a constructor's refusal) makes it give up with
 * {@link Unsupported}; the caller then reads the text with the hardened {@link HuiqiJson#read(String, Class)}, which
 * either reads it or names the culprit as a JSON Pointer. So this reader is meant never to accept what the hardened
 * one rejects, and never needs to explain a failure. A test checks that
 * both read the built-in packs to equal values.
 * <p>
 * This is an internal class of the library, public only for {@code io.github.huiqi.core.policy.PolicyPacks}.
 * It is thread-safe.
 */
public final class TrustedJson {

  private static final Object NULL = new Object();

  private TrustedJson() {
  }

  /** Thrown when the lean reader does not read a text; the caller reads it the hardened way instead. */
  public static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /**
   * Reads a record from the library's own JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON text, not null
   * @param type  a record type
   * @return the value
   * @throws Unsupported if the lean reader does not read this text (read it with {@link HuiqiJson} instead)
   */
  public static <T> T read(String json, Class<T> type) throws Unsupported {
    if (json.length() > HuiqiJson.MAX_DOCUMENT_LENGTH) {
      throw new Unsupported("too long", null);
    }
    Object tree;
    try (JsonParser parser = Factory.INSTANCE.createParser(json)) {
      JsonToken first = parser.nextToken();
      tree = node(parser, first);
      if (parser.nextToken() != null) {
        throw new Unsupported("trailing tokens", null);
      }
    } catch (IOException | RuntimeException ex) {
      throw new Unsupported("not parsed: " + ex.getMessage(), ex);
    }
    try {
      return type.cast(bind(tree, type, Map.of()));
    } catch (RuntimeException | ReflectiveOperationException ex) {
      throw new Unsupported("not bound: " + ex, ex);
    }
  }

  //-------------------------------------------------------------------------
  private static Object node(JsonParser parser, JsonToken token) throws IOException, Unsupported {
    if (token == null) {
      throw new Unsupported("empty", null);
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.put(name, node(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(node(parser, next));
        }
        return array;
      }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return new Num(parser.getText(), true);
      case VALUE_NUMBER_FLOAT:
        return new Num(parser.getText(), false);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new Unsupported("token " + token, null);
    }
  }

  /** A JSON number as written. */
  private record Num(String text, boolean integral) {
  }

  //-------------------------------------------------------------------------
  private static Object bind(Object node, Type type, Map<TypeVariable<?>, Type> bindings)
      throws ReflectiveOperationException, Unsupported {
    if (type instanceof TypeVariable<?> variable) {
      Type bound = bindings.get(variable);
      if (bound == null) {
        throw new Unsupported("unbound " + variable, null);
      }
      return bind(node, bound, Map.of());
    }
    if (type instanceof ParameterizedType parameterized) {
      return bindParameterized(node, parameterized, bindings);
    }
    if (type instanceof WildcardType || type instanceof GenericArrayType || !(type instanceof Class<?>)) {
      throw new Unsupported("type " + type, null);
    }
    Class<?> raw = (Class<?>) type;
    if (node == NULL) {
      throw new Unsupported("null for " + raw.getName(), null);
    }
    if (raw == String.class) {
      return string(node);
    }
    if (raw == BigDecimal.class) {
      return decimal(node);
    }
    if (raw == int.class || raw == Integer.class) {
      return Integer.parseInt(integral(node));
    }
    if (raw == long.class || raw == Long.class) {
      return Long.parseLong(integral(node));
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!(node instanceof Boolean)) {
        throw new Unsupported("not a boolean", null);
      }
      return node;
    }
    if (raw == LocalDate.class) {
      return JsonDates.parse(string(node), "");
    }
    if (raw == MonetaryAmount.class) {
      return amount(node);
    }
    if (raw == Rate.class) {
      return Rate.parse(string(node));
    }
    if (raw == DayCount.class) {
      return DayCount.of(string(node));
    }
    if (raw == DocumentId.class) {
      return DocumentId.of(string(node));
    }
    if (raw == MeasureId.class) {
      return MeasureId.of(string(node));
    }
    if (raw == RateSeriesId.class) {
      return RateSeriesId.of(string(node));
    }
    if (raw.isEnum()) {
      String text = string(node);
      for (Object constant : raw.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text)) {
          return constant;
        }
      }
      throw new Unsupported("no constant " + text, null);
    }
    if (raw == Measure.class) {
      return measure(node);
    }
    if (raw.isRecord()) {
      return record(node, raw, Map.of(), null);
    }
    throw new Unsupported("type " + raw.getName(), null);
  }

  private static Object bindParameterized(Object node, ParameterizedType type, Map<TypeVariable<?>, Type> bindings)
      throws ReflectiveOperationException, Unsupported {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    Type[] resolved = new Type[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] = arguments[i] instanceof TypeVariable<?> variable && bindings.containsKey(variable)
          ? bindings.get(variable) : arguments[i];
    }
    if (raw == Optional.class) {
      return node == NULL ? Optional.empty() : Optional.of(bind(node, resolved[0], bindings));
    }
    if (node == NULL) {
      throw new Unsupported("null for " + type, null);
    }
    if (raw == List.class || raw == Set.class) {
      if (!(node instanceof List<?> array)) {
        throw new Unsupported("not an array", null);
      }
      List<Object> values = new ArrayList<>(array.size());
      for (Object element : array) {
        values.add(bind(element, resolved[0], bindings));
      }
      return raw == List.class ? values : new HashSet<>(values);
    }
    if (raw.isRecord()) {
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Map<TypeVariable<?>, Type> inner = new HashMap<>();
      for (int i = 0; i < variables.length; i++) {
        inner.put(variables[i], resolved[i]);
      }
      return record(node, raw, inner, null);
    }
    throw new Unsupported("type " + type, null);
  }

  private static Object measure(Object node) throws ReflectiveOperationException, Unsupported {
    if (!(node instanceof Map<?, ?> object) || !(object.get("type") instanceof String name)) {
      throw new Unsupported("no measure type", null);
    }
    Optional<MeasureKinds.Kind> kind = MeasureKinds.find(name);
    if (kind.isEmpty()) {
      throw new Unsupported("unknown measure type " + name, null);
    }
    return record(node, kind.get().modelType(), Map.of(), "type");
  }

  private static Object record(Object node, Class<?> type, Map<TypeVariable<?>, Type> bindings, String typeProperty)
      throws ReflectiveOperationException, Unsupported {
    if (!(node instanceof Map<?, ?> object) || !type.isRecord()) {
      throw new Unsupported("not an object for " + type.getName(), null);
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes = new Class<?>[components.length];
    Object[] arguments = new Object[components.length];
    int used = typeProperty != null && object.containsKey(typeProperty) ? 1 : 0;
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      parameterTypes[i] = component.getType();
      Object value = object.get(component.getName());
      if (value == null) {
        // as the hardened reader: an absent Optional is empty, an absent reference null (the constructor decides)
        if (component.getType().isPrimitive()) {
          throw new Unsupported("missing " + component.getName(), null);
        }
        arguments[i] = component.getType() == Optional.class ? Optional.empty() : null;
      } else {
        used++;
        arguments[i] = bind(value, component.getGenericType(), bindings);
      }
    }
    if (used != object.size()) {
      throw new Unsupported("unknown fields in " + object.keySet(), null);
    }
    Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException ex) {
      throw new Unsupported("refused by " + type.getSimpleName(), ex.getCause());
    }
  }

  private static String string(Object node) throws Unsupported {
    if (node instanceof String text) {
      return text;
    }
    throw new Unsupported("not a string", null);
  }

  private static String integral(Object node) throws Unsupported {
    if (node instanceof Num number && number.integral()) {
      return number.text();
    }
    throw new Unsupported("not an integer", null);
  }

  private static BigDecimal decimal(Object node) throws Unsupported {
    if (node instanceof Num number) {
      return Args.bounded(new BigDecimal(number.text()), "");
    }
    throw new Unsupported("not a number", null);
  }

  private static MonetaryAmount amount(Object node) throws Unsupported {
    if (node instanceof Map<?, ?> object && object.size() == 2 && "CNY".equals(object.get("currency"))
        && object.get("amount") != null) {
      return Cny.of(decimal(object.get("amount")));
    }
    throw new Unsupported("not a CNY amount", null);
  }

  /** The parser factory: the hardened one's limits and duplicate-key check, built on first use. */
  private static final class Factory {
    static {
      JacksonSupport.requireSupported();
    }

    static final JsonFactory INSTANCE = JsonFactory.builder()
        .streamReadConstraints(JacksonSupport.readConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }
}
