package io.github.huiqi.core.json;

import io.github.huiqi.core.catalog.MeasureKinds;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.time.DayCount;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.MonetaryAmount;

/**
 * How {@link TrustedJson} reads one type, worked out once from the type and kept: for a record its components' names
 * and readers and its canonical constructor, for a generic one its type arguments resolved. Reading a pack then does
 * no reflection but the constructor call (none for the records every pack is made of, built directly by
 * {@link TrustedDirect}), and binds each value as the cursor reaches it, with no tree in between.
 * <p>
 * What it reads, and what makes it give up with {@link TrustedJson.Unsupported}, is described by {@link TrustedJson}.
 * A component of a type it does not read gives up only when the text has a value for it, as an absent component is
 * passed to the constructor as null (or empty, if optional).
 * <p>
 * This class is immutable and thread-safe; the readers of records without type arguments are shared by all reads.
 */
final class TrustedBinder {

  private static final int STRING = 0;
  private static final int DECIMAL = 1;
  private static final int INT = 2;
  private static final int LONG = 3;
  private static final int BOOLEAN = 4;
  private static final int DATE = 5;
  private static final int AMOUNT = 6;
  private static final int RATE = 7;
  private static final int DAY_COUNT = 8;
  private static final int DOCUMENT_ID = 9;
  private static final int MEASURE_ID = 10;
  private static final int RATE_SERIES_ID = 11;
  private static final int ENUM = 12;
  private static final int MEASURE = 13;
  private static final int RECORD = 14;
  private static final int LIST = 15;
  private static final int SET = 16;
  private static final int OPTIONAL = 17;
  private static final int UNSUPPORTED = 18;

  /** Deeper than any model type; a type that nests deeper (a recursive one) is not read. */
  private static final int MAX_TYPE_DEPTH = 64;
  /** The readers of records without type arguments, by class. */
  private static final Map<Class<?>, TrustedBinder> RECORDS = new ConcurrentHashMap<>();
  private static final TrustedBinder MEASURES = new TrustedBinder(MEASURE, Measure.class, null, null, null);
  private static final byte[][] MEASURE_TYPE = {bytes("type")};
  private static final byte[][] AMOUNT_MEMBERS = {bytes("currency"), bytes("amount")};

  private final int kind;
  private final Class<?> type;
  /** The element's reader, for a list, set or optional. */
  private final TrustedBinder element;
  /** The constants, for an enum; why the type is not read, for an unsupported one. */
  private final Object detail;
  /** The record's shape, for a record. */
  private final Shape shape;

  private TrustedBinder(int kind, Class<?> type, TrustedBinder element, Object detail, Shape shape) {
    this.kind = kind;
    this.type = type;
    this.element = element;
    this.detail = detail;
    this.shape = shape;
  }

  /**
   * Returns the reader of a record type.
   *
   * @param type  the type
   * @return the reader
   * @throws TrustedJson.Unsupported if the type is not a record the reader binds
   */
  static TrustedBinder of(Class<?> type) throws TrustedJson.Unsupported {
    if (!type.isRecord()) {
      throw unsupported("not a record: " + type.getName());
    }
    return record(type, Map.of(), 0);
  }

  //-------------------------------------------------------------------------
  /**
   * Reads a value of this reader's type where the cursor is.
   *
   * @param cursor  the cursor
   * @return the value, never null
   * @throws TrustedJson.Unsupported if the text there is not a value this reader takes
   * @throws ReflectiveOperationException if a constructor cannot be called
   */
  Object read(TrustedJsonCursor cursor) throws TrustedJson.Unsupported, ReflectiveOperationException {
    switch (kind) {
      case STRING:
        return cursor.readString();
      case DECIMAL:
        return decimal(cursor);
      case INT:
        return Integer.parseInt(integral(cursor));
      case LONG:
        return Long.parseLong(integral(cursor));
      case BOOLEAN:
        return cursor.readBoolean();
      case DATE:
        return JsonDates.parse(cursor.readString(), "");
      case AMOUNT:
        return amount(cursor);
      case RATE:
        return Rate.parse(cursor.readString());
      case DAY_COUNT:
        return DayCount.of(cursor.readString());
      case DOCUMENT_ID:
        return DocumentId.of(cursor.readString());
      case MEASURE_ID:
        return MeasureId.of(cursor.readString());
      case RATE_SERIES_ID:
        return RateSeriesId.of(cursor.readString());
      case ENUM:
        return constant(cursor.readString());
      case MEASURE:
        return measure(cursor);
      case RECORD:
        cursor.beginObject();
        return shape.members(cursor, cursor.nextMember(shape.names, 0));
      case LIST:
        return list(cursor);
      case SET:
        return new HashSet<>(list(cursor));
      case OPTIONAL:
        return cursor.nextIsNull() ? Optional.empty() : Optional.of(element.read(cursor));
      default:
        throw unsupported((String) detail);
    }
  }

  private List<Object> list(TrustedJsonCursor cursor) throws TrustedJson.Unsupported, ReflectiveOperationException {
    cursor.beginArray();
    List<Object> values = new ArrayList<>();
    while (cursor.nextElement()) {
      values.add(element.read(cursor));
    }
    return values;
  }

  private Object constant(String name) throws TrustedJson.Unsupported {
    for (Object constant : (Object[]) detail) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw unsupported("no constant " + name + " in " + type.getName());
  }

  /** A measure: the object's first member names its kind ({@code type}), the rest are the kind's components. */
  private static Object measure(TrustedJsonCursor cursor) throws TrustedJson.Unsupported,
      ReflectiveOperationException {
    cursor.beginObject();
    if (cursor.nextMember(MEASURE_TYPE, 0) != 0) {
      throw unsupported("a measure's first member is not its type");
    }
    String name = cursor.readString();
    Optional<MeasureKinds.Kind> kind = MeasureKinds.find(name);
    if (kind.isEmpty()) {
      throw unsupported("unknown measure type " + name);
    }
    Shape shape = record(kind.get().modelType(), Map.of(), 0).shape;
    for (byte[] component : shape.names) {
      if (Arrays.equals(component, MEASURE_TYPE[0])) {
        throw unsupported("a measure with a component named type");
      }
    }
    return shape.members(cursor, cursor.nextMember(shape.names, 0));
  }

  private static MonetaryAmount amount(TrustedJsonCursor cursor) throws TrustedJson.Unsupported {
    cursor.beginObject();
    boolean currency = false;
    BigDecimal amount = null;
    for (int member = cursor.nextMember(AMOUNT_MEMBERS, 0); member >= 0;
        member = cursor.nextMember(AMOUNT_MEMBERS, 1)) {
      if (!currency && member == 0) {
        if (!"CNY".equals(cursor.readString())) {
          throw unsupported("not a CNY amount");
        }
        currency = true;
      } else if (amount == null && member == 1) {
        amount = decimal(cursor);
      } else {
        throw unsupported("not a CNY amount: a member twice");
      }
    }
    if (!currency || amount == null) {
      throw unsupported("not a CNY amount");
    }
    return Cny.of(amount);
  }

  private static BigDecimal decimal(TrustedJsonCursor cursor) throws TrustedJson.Unsupported {
    return Args.bounded(new BigDecimal(cursor.readNumber()), "");
  }

  private static String integral(TrustedJsonCursor cursor) throws TrustedJson.Unsupported {
    String text = cursor.readNumber();
    if (!cursor.wasIntegral()) {
      throw unsupported("not an integer");
    }
    return text;
  }

  //-------------------------------------------------------------------------
  private static TrustedBinder compile(Type type, Map<TypeVariable<?>, Type> bindings, int depth)
      throws TrustedJson.Unsupported {
    if (depth > MAX_TYPE_DEPTH) {
      throw unsupported("type nested too deep: " + type);
    }
    if (type instanceof TypeVariable<?> variable) {
      Type bound = bindings.get(variable);
      if (bound == null) {
        throw unsupported("unbound " + variable);
      }
      return compile(bound, Map.of(), depth);
    }
    if (type instanceof ParameterizedType parameterized) {
      return parameterized(parameterized, bindings, depth);
    }
    if (!(type instanceof Class<?> raw)) {
      throw unsupported("type " + type);
    }
    int scalar = scalarKind(raw);
    if (scalar >= 0) {
      return new TrustedBinder(scalar, raw, null, null, null);
    }
    if (raw.isEnum()) {
      return new TrustedBinder(ENUM, raw, null, raw.getEnumConstants(), null);
    }
    if (raw == Measure.class) {
      return MEASURES;
    }
    if (raw.isRecord()) {
      return record(raw, Map.of(), depth);
    }
    throw unsupported("type " + raw.getName());
  }

  private static int scalarKind(Class<?> raw) {
    if (raw == String.class) {
      return STRING;
    } else if (raw == BigDecimal.class) {
      return DECIMAL;
    } else if (raw == int.class || raw == Integer.class) {
      return INT;
    } else if (raw == long.class || raw == Long.class) {
      return LONG;
    } else if (raw == boolean.class || raw == Boolean.class) {
      return BOOLEAN;
    } else if (raw == LocalDate.class) {
      return DATE;
    } else if (raw == MonetaryAmount.class) {
      return AMOUNT;
    } else if (raw == Rate.class) {
      return RATE;
    } else if (raw == DayCount.class) {
      return DAY_COUNT;
    } else if (raw == DocumentId.class) {
      return DOCUMENT_ID;
    } else if (raw == MeasureId.class) {
      return MEASURE_ID;
    } else if (raw == RateSeriesId.class) {
      return RATE_SERIES_ID;
    }
    return -1;
  }

  private static TrustedBinder parameterized(ParameterizedType type, Map<TypeVariable<?>, Type> bindings, int depth)
      throws TrustedJson.Unsupported {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    Type[] resolved = new Type[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] = arguments[i] instanceof TypeVariable<?> variable && bindings.containsKey(variable)
          ? bindings.get(variable) : arguments[i];
    }
    if (raw == Optional.class) {
      return new TrustedBinder(OPTIONAL, raw, compile(resolved[0], bindings, depth + 1), null, null);
    }
    if (raw == List.class || raw == Set.class) {
      return new TrustedBinder(raw == List.class ? LIST : SET, raw, compile(resolved[0], bindings, depth + 1),
          null, null);
    }
    if (raw.isRecord()) {
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Map<TypeVariable<?>, Type> inner = new HashMap<>();
      for (int i = 0; i < variables.length; i++) {
        inner.put(variables[i], resolved[i]);
      }
      return record(raw, inner, depth);
    }
    throw unsupported("type " + type);
  }

  /** A record's reader: shared when it has no type arguments, else built for the arguments of its use. */
  private static TrustedBinder record(Class<?> raw, Map<TypeVariable<?>, Type> bindings, int depth)
      throws TrustedJson.Unsupported {
    if (!bindings.isEmpty()) {
      return new TrustedBinder(RECORD, raw, null, null, new Shape(raw, bindings, depth));
    }
    TrustedBinder known = RECORDS.get(raw);
    if (known == null) {
      known = new TrustedBinder(RECORD, raw, null, null, new Shape(raw, bindings, depth));
      TrustedBinder raced = RECORDS.putIfAbsent(raw, known);
      known = raced == null ? known : raced;
    }
    return known;
  }

  private static TrustedJson.Unsupported unsupported(String problem) {
    return new TrustedJson.Unsupported(problem, null);
  }

  private static byte[] bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8);
  }

  //-------------------------------------------------------------------------
  /** A record's components, their readers and its canonical constructor. */
  private static final class Shape {
    private final Class<?> type;
    /** The components' names, as UTF-8 bytes. */
    private final byte[][] names;
    private final TrustedBinder[] readers;
    /** For each component: 1 if primitive, 2 if an {@link Optional}, else 0. */
    private final int[] absence;
    /** How the record is built directly ({@link TrustedDirect}), or {@link TrustedDirect#NONE}. */
    private final int direct;
    /** The canonical constructor, for a record not built directly; else null. */
    private final Constructor<?> constructor;

    Shape(Class<?> type, Map<TypeVariable<?>, Type> bindings, int depth) throws TrustedJson.Unsupported {
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      names = new byte[components.length][];
      readers = new TrustedBinder[components.length];
      absence = new int[components.length];
      Class<?>[] parameterTypes = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        names[i] = bytes(component.getName());
        parameterTypes[i] = component.getType();
        absence[i] = parameterTypes[i].isPrimitive() ? 1 : parameterTypes[i] == Optional.class ? 2 : 0;
        try {
          readers[i] = compile(component.getGenericType(), bindings, depth + 1);
        } catch (TrustedJson.Unsupported ex) {
          readers[i] = new TrustedBinder(UNSUPPORTED, parameterTypes[i], null, ex.getMessage(), null);
        }
      }
      direct = TrustedDirect.kind(type);
      try {
        constructor = direct == TrustedDirect.NONE ? type.getDeclaredConstructor(parameterTypes) : null;
      } catch (NoSuchMethodException ex) {
        throw new TrustedJson.Unsupported("no canonical constructor in " + type.getName(), ex);
      }
    }

    /** Reads the rest of an object whose first member's position (or -1, if none) has just been read. */
    Object members(TrustedJsonCursor cursor, int first) throws TrustedJson.Unsupported,
        ReflectiveOperationException {
      Object[] arguments = new Object[names.length];
      // the library writes the components in order: the cursor tries the next one first
      for (int i = first; i >= 0; i = cursor.nextMember(names, i + 1)) {
        if (arguments[i] != null) {
          throw unsupported("duplicate member " + componentName(i) + " in " + type.getName());
        }
        arguments[i] = readers[i].read(cursor);
      }
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] == null) {
          // as the hardened reader: an absent Optional is empty, an absent reference null (the constructor decides)
          if (absence[i] == 1) {
            throw unsupported("missing " + componentName(i) + " in " + type.getName());
          }
          arguments[i] = absence[i] == 2 ? Optional.empty() : null;
        }
      }
      if (direct != TrustedDirect.NONE) {
        try {
          return TrustedDirect.construct(direct, arguments);
        } catch (RuntimeException ex) {
          // as a refusal through reflection: the hardened reader then reads the text and names the field
          throw new TrustedJson.Unsupported("refused by " + type.getSimpleName(), ex);
        }
      }
      try {
        return constructor.newInstance(arguments);
      } catch (InvocationTargetException ex) {
        throw new TrustedJson.Unsupported("refused by " + type.getSimpleName(), ex.getCause());
      }
    }

    private String componentName(int i) {
      return new String(names[i], StandardCharsets.UTF_8);
    }
  }
}
