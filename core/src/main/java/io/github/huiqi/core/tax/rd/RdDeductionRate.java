package io.github.huiqi.core.tax.rd;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;

/**
 * One row of the R&amp;D super-deduction table: for one kind of enterprise and the tax years within some dates, the
 * extra deduction on expensed R&amp;D and the amortisation base of R&amp;D that forms intangible assets.
 * <p>
 * For example 科技型中小企业 from 2022-01-01: extra deduction 100% of expensed R&amp;D, intangibles amortised on 200% of
 * their cost (财政部 税务总局 科技部公告2022年第16号, restated by 深工信〔2023〕26号 第1条). The amortisation base is
 * always 100% plus the extra rate ("在按规定据实扣除的基础上…加计扣除" / "按照无形资产成本的…在税前摊销").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  the kind of enterprise the row applies to
 * @param taxYears  the dates of the tax years the row governs, inclusive; open-ended where the instrument sets no
 *     end; a tax year is governed when its 1 January and 31 December both lie within
 * @param expensedExtraRate  the extra deduction as a share of eligible expensed R&amp;D, such as 100%; above 0%
 * @param intangibleBaseRate  the amortisation base as a share of an R&amp;D intangible's cost, such as 200%; exactly
 *     100% plus {@code expensedExtraRate}
 */
public record RdDeductionRate(
    RdEnterpriseKind kind,
    DateRange taxYears,
    Parameter<Rate> expensedExtraRate,
    Parameter<Rate> intangibleBaseRate) {

  /**
   * Creates a row, checking its invariants.
   *
   * @throws InvalidInputException if a field is null, the extra rate is not above 0%, the base rate is not 100% plus
   *     the extra rate, or a parameter is not valid for the whole row; naming the field
   */
  public RdDeductionRate {
    Args.notNull(kind, "kind");
    Args.notNull(taxYears, "taxYears");
    Args.notNull(expensedExtraRate, "expensedExtraRate");
    if (expensedExtraRate.value().compareTo(Rate.ZERO) <= 0) {
      throw new InvalidInputException("expensedExtraRate/value", expensedExtraRate.value(), "must be above 0%");
    }
    Args.notNull(intangibleBaseRate, "intangibleBaseRate");
    Rate expected = Rate.ONE_HUNDRED_PERCENT.plus(expensedExtraRate.value());
    if (intangibleBaseRate.value().compareTo(expected) != 0) {
      throw new InvalidInputException("intangibleBaseRate/value", intangibleBaseRate.value(),
          "must be 100% plus the extra rate, " + expected);
    }
    covers(expensedExtraRate, taxYears, "expensedExtraRate/validity");
    covers(intangibleBaseRate, taxYears, "intangibleBaseRate/validity");
  }

  private static void covers(Parameter<?> parameter, DateRange dates, String field) {
    boolean start = parameter.isValidOn(dates.start());
    boolean end = dates.end().isPresent() ? parameter.isValidOn(dates.end().get()) : parameter.validity().isOpenEnded();
    if (!start || !end) {
      throw new InvalidInputException(field, parameter.validity(), "must cover the row's tax years " + dates);
    }
  }

  /**
   * Checks whether this row governs a whole tax year (a calendar year, 企业所得税法 第五十三条).
   *
   * @param taxYear  the tax year, such as 2023
   * @return true if 1 January and 31 December of the year are both within the row's dates
   */
  public boolean governs(int taxYear) {
    return taxYears.containsYear(taxYear);
  }
}
