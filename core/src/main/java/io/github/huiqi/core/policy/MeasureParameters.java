package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.time.DateRange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cited parameters of a measure, and the window they span.
 * <p>
 * Every built-in measure model is a record whose components are {@link Parameter}s, or lists, optionals and records
 * holding them; {@link #of(Measure)} collects them all. {@link #window(Measure)} is the measure's window: from the
 * earliest start to the latest end of its parameters' validity, open-ended if any parameter is. The entitlement
 * engine reads it to say whether a measure is in force on the evaluation date.
 * <p>
 * This class is immutable and thread-safe. It reads models by reflection, so call it once per measure (the
 * calculators' catalogue does) rather than per evaluation.
 */
public final class MeasureParameters {

  private MeasureParameters() {
  }

  /**
   * Collects every parameter of a measure, in component order.
   *
   * @param measure  the measure, a record
   * @return the parameters
   * @throws InvalidInputException if the measure is null, not a record, or holds no parameter
   */
  public static List<Parameter<?>> of(Measure measure) {
    Args.notNull(measure, "measure");
    if (!measure.getClass().isRecord()) {
      throw new InvalidInputException("measure", measure.getClass().getSimpleName(),
          "must be a record whose components hold its parameters");
    }
    List<Parameter<?>> found = new ArrayList<>();
    collect(measure, found, 0);
    if (found.isEmpty()) {
      throw new InvalidInputException("measure", measure.id(), "holds no parameter");
    }
    return List.copyOf(found);
  }

  /**
   * Returns a measure's window: from the earliest start to the latest end of its parameters' validity.
   *
   * @param measure  the measure
   * @return the window, open-ended if any parameter's validity is
   * @throws InvalidInputException if the measure is null, not a record, or holds no parameter
   */
  public static DateRange window(Measure measure) {
    LocalDate start = null;
    LocalDate end = null;
    boolean open = false;
    for (Parameter<?> parameter : of(measure)) {
      DateRange validity = parameter.validity();
      start = start == null || validity.start().isBefore(start) ? validity.start() : start;
      if (validity.end().isEmpty()) {
        open = true;
      } else if (end == null || validity.end().get().isAfter(end)) {
        end = validity.end().get();
      }
    }
    return open || end == null ? DateRange.startingOn(start) : DateRange.of(start, end);
  }

  private static void collect(Object value, List<Parameter<?>> found, int depth) {
    if (value == null || depth > 8) {
      return;
    }
    if (value instanceof Parameter) {
      found.add((Parameter<?>) value);
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(inner -> collect(inner, found, depth + 1));
    } else if (value instanceof Collection) {
      for (Object inner : (Collection<?>) value) {
        collect(inner, found, depth + 1);
      }
    } else if (value instanceof Map) {
      for (Object inner : ((Map<?, ?>) value).values()) {
        collect(inner, found, depth + 1);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(value), found, depth + 1);
        } catch (IllegalAccessException | InvocationTargetException ex) {
          throw new IllegalStateException("cannot read " + component.getName() + " of " + value.getClass(), ex);
        }
      }
    }
  }
}
