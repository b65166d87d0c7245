package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;

/**
 * A parameter value of a measure with its citation and the dates it is valid for.
 * <p>
 * For example the first-loan subsidy rate: value {@code 2%}, cited to 深工信〔2023〕26号 第5条 (source text), valid
 * 2023-01-01..2023-12-31. The validity says when the value applies as policy; a measure's own window (the dates its
 * trigger event must fall in) is a separate parameter.
 * <p>
 * This class is immutable and thread-safe if the value is.
 *
 * @param <T>  the type of the value
 * @param value  the value
 * @param citation  where the value comes from
 * @param validity  the dates the value applies to, inclusive
 */
public record Parameter<T>(T value, Citation citation, DateRange validity) {

  /**
   * Creates a parameter.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public Parameter {
    Args.notNull(value, "value");
    Args.notNull(citation, "citation");
    Args.notNull(validity, "validity");
  }

  /**
   * Obtains a parameter.
   *
   * @param <T>  the type of the value
   * @param value  the value
   * @param citation  the citation
   * @param validity  the validity
   * @return the parameter
   */
  public static <T> Parameter<T> of(T value, Citation citation, DateRange validity) {
    return new Parameter<>(value, citation, validity);
  }

  /**
   * Returns a copy with another value, keeping the citation and validity; for a host overriding a figure, which
   * should normally also change the citation with {@link #withCitation(Citation)}.
   *
   * @param newValue  the new value
   * @return the copy
   */
  public Parameter<T> withValue(T newValue) {
    return new Parameter<>(newValue, citation, validity);
  }

  /**
   * Returns a copy with another citation.
   *
   * @param newCitation  the new citation
   * @return the copy
   */
  public Parameter<T> withCitation(Citation newCitation) {
    return new Parameter<>(value, newCitation, validity);
  }

  /**
   * Checks whether this value is valid on a date.
   *
   * @param date  the date
   * @return true if the date is within the validity
   */
  public boolean isValidOn(LocalDate date) {
    return validity.contains(date);
  }
}
