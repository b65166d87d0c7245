package io.github.huiqi.core.json;

import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.JurisdictionLevel;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.MeasureListing;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RatePoint;
import io.github.huiqi.core.time.DateRange;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The records every policy pack is made of, built by a direct call of their canonical constructors instead of by
 * reflection: a citation, a validity, a parameter, a text, a jurisdiction, a measure's listing and clause, a rate's
 * point and a rounding make some 1,700 of the 2,100 records of the built-in packs. In a cold JVM each reflective call
 * goes through the JDK's native accessor, and after 15 calls of one constructor the JDK generates an accessor class
 * for it (reflection's inflation); built directly, these types cost neither (PERFORMANCE.md, 2026-12-05, 21:30).
 * Every other record is built by {@link TrustedBinder} through its constructor found by reflection.
 * <p>
 * The arguments are the record's components in their declared order, as {@link TrustedBinder} reads them; the
 * constructors validate them as for any other caller. {@code TrustedDirectTest} checks each type's direct call
 * against its components, so a component added, removed or reordered fails there rather than here.
 * <p>
 * This class is immutable and thread-safe.
 */
final class TrustedDirect {

  /** Not built directly: through the constructor found by reflection. */
  static final int NONE = 0;

  private static final int CITATION = 1;
  private static final int DATE_RANGE = 2;
  private static final int PARAMETER = 3;
  private static final int LOCALIZED_TEXT = 4;
  private static final int JURISDICTION = 5;
  private static final int MEASURE_LISTING = 6;
  private static final int CLAUSE_REF = 7;
  private static final int RATE_POINT = 8;
  private static final int MONEY_ROUNDING = 9;

  private TrustedDirect() {
  }

  /**
   * Returns how a record type is built.
   *
   * @param type  the record type
   * @return its direct kind, or {@link #NONE}
   */
  static int kind(Class<?> type) {
    if (type == Citation.class) {
      return CITATION;
    } else if (type == DateRange.class) {
      return DATE_RANGE;
    } else if (type == Parameter.class) {
      return PARAMETER;
    } else if (type == LocalizedText.class) {
      return LOCALIZED_TEXT;
    } else if (type == Jurisdiction.class) {
      return JURISDICTION;
    } else if (type == MeasureListing.class) {
      return MEASURE_LISTING;
    } else if (type == ClauseRef.class) {
      return CLAUSE_REF;
    } else if (type == RatePoint.class) {
      return RATE_POINT;
    } else if (type == MoneyRounding.class) {
      return MONEY_ROUNDING;
    }
    return NONE;
  }

  /**
   * Builds a record of a direct kind from its components' values, in their declared order.
   *
   * @param kind  the kind, from {@link #kind(Class)}, not {@link #NONE}
   * @param a  the components' values (an absent optional as empty, an absent reference as null)
   * @return the record
   * @throws io.github.huiqi.core.error.InvalidInputException if the constructor refuses the values
   * @throws ClassCastException if a value is not of its component's type (the reader gives each its type)
   */
  @SuppressWarnings("unchecked")
  static Object construct(int kind, Object[] a) {
    switch (kind) {
      case CITATION:
        return new Citation((Provenance) a[0], (String) a[1], (String) a[2], (Optional<String>) a[3],
            (Optional<String>) a[4], (Optional<String>) a[5]);
      case DATE_RANGE:
        return new DateRange((LocalDate) a[0], (Optional<LocalDate>) a[1]);
      case PARAMETER:
        return new Parameter<>(a[0], (Citation) a[1], (DateRange) a[2]);
      case LOCALIZED_TEXT:
        return new LocalizedText((String) a[0], (String) a[1]);
      case JURISDICTION:
        return new Jurisdiction((JurisdictionLevel) a[0], (String) a[1], (String) a[2]);
      case MEASURE_LISTING:
        return new MeasureListing((MeasureId) a[0], (List<LocalizedText>) a[1], (Citation) a[2],
            (Optional<Parameter<Jurisdiction>>) a[3]);
      case CLAUSE_REF:
        return new ClauseRef((DocumentId) a[0], (String) a[1], (Optional<String>) a[2]);
      case RATE_POINT:
        return new RatePoint((LocalDate) a[0], (Rate) a[1], (Citation) a[2]);
      case MONEY_ROUNDING:
        return new MoneyRounding((Integer) a[0], (RoundingMode) a[1]);
      default:
        throw new IllegalArgumentException("not a direct kind: " + kind);
    }
  }
}
