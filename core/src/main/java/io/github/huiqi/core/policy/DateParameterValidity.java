package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.time.DateRange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The pack reader's check that every date a measure's parameter gives lies within that parameter's own validity: a
 * deadline ({@code Parameter<LocalDate>}), or a window's start and end ({@code Parameter<DateRange>}), neither after
 * the validity's end nor before its start; a window marked {@link ReachesBeforeValidity} may start, and end, before
 * it. A window with no end of its own is bounded by its validity and is not refused for it (decisions register §4.6
 * item 141).
 * <p>
 * It walks the measures as {@link MeasureParameters} does (record components, lists, optionals and maps), keeping
 * the JSON Pointer of each place: a component is its JSON property, a list's element its index, an optional's value
 * its own place.
 */
final class DateParameterValidity {

  private static final int MAX_DEPTH = 8;

  private DateParameterValidity() {
  }

  /**
   * Checks a pack read from JSON.
   *
   * @param pack  the pack
   * @param name  the pack's name for the error
   * @return the pack
   * @throws PolicyDataException naming the pack, the JSON Pointer of the date, the date and the validity, for the first
   *     date outside its parameter's validity
   */
  static PolicyPack check(PolicyPack pack, String name) {
    try {
      for (int i = 0; i < pack.measures().size(); i++) {
        walk(pack.measures().get(i), "/measures/" + i, false, 0);
      }
    } catch (InvalidInputException ex) {
      throw new PolicyDataException(name, ex.field(), ex.problem() + " (was '" + ex.value() + "')", ex);
    }
    return pack;
  }

  private static void walk(Object value, String pointer, boolean reachesBack, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof Parameter<?> parameter) {
      check(parameter, pointer + "/value", reachesBack);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> walk(inner, pointer, reachesBack, depth + 1));
    } else if (value instanceof Collection<?> collection) {
      int index = 0;
      for (Object inner : collection) {
        walk(inner, pointer + "/" + index++, false, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        walk(entry.getValue(), pointer + "/" + escape(String.valueOf(entry.getKey())), false, depth + 1);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        Object inner;
        try {
          inner = component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException ex) {
          throw new IllegalStateException("cannot read " + component.getName() + " of " + value.getClass(), ex);
        }
        walk(inner, pointer + "/" + escape(component.getName()),
            component.isAnnotationPresent(ReachesBeforeValidity.class), depth + 1);
      }
    }
  }

  private static void check(Parameter<?> parameter, String pointer, boolean reachesBack) {
    DateRange validity = parameter.validity();
    if (parameter.value() instanceof LocalDate deadline) {
      within(deadline, validity, pointer, reachesBack);
    } else if (parameter.value() instanceof DateRange window) {
      within(window.start(), validity, pointer + "/start", reachesBack);
      if (window.end().isPresent()) {
        within(window.end().get(), validity, pointer + "/end", reachesBack);
      }
    }
  }

  private static void within(LocalDate date, DateRange validity, String pointer, boolean reachesBack) {
    boolean after = validity.end().isPresent() && date.isAfter(validity.end().get());
    if (after && reachesBack) {
      throw new InvalidInputException(InvalidInputException.DATE_RANGE, pointer, date,
          "must not be after the end of its validity " + validity,
          "不得晚于其有效期 " + validity + " 的结束日", null);
    }
    if (after || !reachesBack && date.isBefore(validity.start())) {
      throw new InvalidInputException(InvalidInputException.DATE_RANGE, pointer, date,
          "must be within its validity " + validity, "必须在其有效期 " + validity + " 之内", null);
    }
  }

  /** Escapes a JSON Pointer token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
