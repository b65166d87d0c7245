package io.github.huiqi.core.tax.smalllowprofit;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The 小型微利企业 enterprise income-tax relief: reduced effective rates on two slices of annual taxable income for an
 * enterprise meeting four conditions, as a table of rates dated by tax year.
 * <p>
 * The built-in instance is in the pack of 深工信〔2023〕26号, whose 第1条 restates the 2022–2024 upper slice: "对符合条件
 * 的小型微利企业年应纳税所得额超过100万元但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税". The
 * table runs over tax years 2019–2027 from the national instruments:
 * 财税〔2019〕13号 (2019–2020: 5% / 10%), 财政部 税务总局公告2021年第12号 (2021: 2.5% / 10%; 2022: 2.5% on the lower
 * slice), 2022年第13号 (2022: 5% on the upper slice), 2023年第6号 (2023–2024: 5% on the lower slice) and 2023年第12号
 * (both slices 5% to 2027). A tax year outside every row has no rules in the measure: before 2019 the definition and
 * rates differed and are not in the sources, and from 2028 no source extends the relief.
 * <p>
 * The conditions of a tax year cite the instrument in force in it ({@link #definitionFor}): 财税〔2019〕13号 第二条 for
 * 2019–2021, 2022年第13号 第二条 (the measure's {@code definition}) for 2022–2024, 2023年第12号 第五条 for 2025–2027.
 * <p>
 * The conditions (2022年第13号 第二条; the same since 财税〔2019〕13号 第二条): an industry neither restricted nor
 * prohibited by the state, annual taxable income at most {@code taxableIncomeLimit}, employees at most
 * {@code employeeLimit} and total assets at most {@code totalAssetsLimit}, the last two averaged by quarter (see
 * {@link OperatingQuarter}). "不超过" includes the limit itself.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param definition  the instrument defining a 小型微利企业 (the four conditions and the averaging method), for the
 *     rows that name none of their own
 * @param standardRate  the standard enterprise income-tax rate (25%), against which the relief is measured and which
 *     applies to the whole taxable income of an ineligible enterprise
 * @param sliceBoundary  the taxable income dividing the lower slice from the upper (1,000,000), CNY, positive
 * @param taxableIncomeLimit  the largest annual taxable income of an eligible enterprise (3,000,000), inclusive, CNY,
 *     above {@code sliceBoundary}
 * @param employeeLimit  the largest average number of employees (300), inclusive, positive
 * @param totalAssetsLimit  the largest average total assets (50,000,000), inclusive, CNY, positive
 * @param rates  the table of slice rates by tax year, in order, the rows not overlapping, at least one; each rate at
 *     most the standard rate
 * @param negativePrepayment  what a quarterly prepayment does when the tax due to date is below the tax already
 *     prepaid (decisions register §4.5 item 30)
 * @param rounding  the rounding of the tax due and of the standard tax (decisions register §4.5 item 35)
 */
public record SmallLowProfitMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Citation definition,
    Parameter<Rate> standardRate,
    Parameter<MonetaryAmount> sliceBoundary,
    Parameter<MonetaryAmount> taxableIncomeLimit,
    Parameter<Integer> employeeLimit,
    Parameter<MonetaryAmount> totalAssetsLimit,
    List<SmallLowProfitRates> rates,
    Parameter<SmallLowProfitNegativePrepayment> negativePrepayment,
    Parameter<MoneyRounding> rounding) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "tax.small-low-profit-enterprise";

  /**
   * The built-in Shenzhen measure's id (深工信〔2023〕26号 第1条, restating the national instruments its parameters
   * cite). The built-in catalogue reads it for an enterprise registered anywhere; for one registered in 上海市 it
   * counts {@link #SHANGHAI_2023} instead (the relief is one, counted once).
   */
  public static final TypedMeasureId<SmallLowProfitMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.small-low-profit-enterprise", SmallLowProfitMeasure.class);

  /**
   * The built-in Shanghai measure's id (沪企服办〔2023〕1号 第二十二条, restating the same national instruments), for
   * enterprises registered in 上海市; its parameters are the Shenzhen measure's, its citations of the source text
   * this document's.
   */
  public static final TypedMeasureId<SmallLowProfitMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.small-low-profit-enterprise", SmallLowProfitMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, a limit-or-rate parameter does not
   *     cover the table's years, or the rows are out of order or overlap; naming the field
   */
  public SmallLowProfitMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(definition, "definition");
    Args.notNull(standardRate, "standardRate");
    Rate standard = standardRate.value();
    if (standard.compareTo(Rate.ZERO) <= 0 || standard.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("standardRate/value", standard, "must be above 0% and at most 100%");
    }
    Args.notNull(sliceBoundary, "sliceBoundary");
    Cny.positiveYuan(sliceBoundary.value(), "sliceBoundary/value");
    Args.notNull(taxableIncomeLimit, "taxableIncomeLimit");
    if (Cny.positiveYuan(taxableIncomeLimit.value(), "taxableIncomeLimit/value")
        .compareTo(Cny.yuan(sliceBoundary.value(), "sliceBoundary/value")) <= 0) {
      throw new InvalidInputException("taxableIncomeLimit/value", taxableIncomeLimit.value(),
          "must be above the slice boundary " + sliceBoundary.value());
    }
    Args.notNull(employeeLimit, "employeeLimit");
    if (employeeLimit.value() <= 0) {
      throw new InvalidInputException("employeeLimit/value", employeeLimit.value(), "must be positive");
    }
    Args.notNull(totalAssetsLimit, "totalAssetsLimit");
    Cny.positiveYuan(totalAssetsLimit.value(), "totalAssetsLimit/value");
    rates = Args.listCopy(rates, "rates");
    if (rates.isEmpty()) {
      throw new InvalidInputException("rates", "[]", "must hold at least one row");
    }
    for (int i = 1; i < rates.size(); i++) {
      if (rates.get(i).firstYear() <= rates.get(i - 1).lastYear()) {
        throw new InvalidInputException("rates/" + i + "/taxYears/start", rates.get(i).taxYears().start(),
            "must be after the previous row's end " + rates.get(i - 1).taxYears().end().get());
      }
    }
    for (int i = 0; i < rates.size(); i++) {
      requireNotAboveStandard(rates.get(i).lowerSliceRate(), standard, "rates/" + i + "/lowerSliceRate/value");
      requireNotAboveStandard(rates.get(i).upperSliceRate(), standard, "rates/" + i + "/upperSliceRate/value");
    }
    Args.notNull(negativePrepayment, "negativePrepayment");
    Args.notNull(rounding, "rounding");
    LocalDate first = rates.get(0).taxYears().start();
    LocalDate last = rates.get(rates.size() - 1).taxYears().end().get();
    covers(standardRate, first, last, "standardRate/validity");
    covers(sliceBoundary, first, last, "sliceBoundary/validity");
    covers(taxableIncomeLimit, first, last, "taxableIncomeLimit/validity");
    covers(employeeLimit, first, last, "employeeLimit/validity");
    covers(totalAssetsLimit, first, last, "totalAssetsLimit/validity");
  }

  private static void requireNotAboveStandard(Parameter<Rate> rate, Rate standard, String field) {
    if (rate.value().isGreaterThan(standard)) {
      throw new InvalidInputException(field, rate.value(),
          "must not exceed the standard rate " + standard + ": the measure is a relief");
    }
  }

  private static void covers(Parameter<?> parameter, LocalDate first, LocalDate last, String field) {
    if (!parameter.isValidOn(first) || !parameter.isValidOn(last)) {
      throw new InvalidInputException(field, parameter.validity(), "must cover the table's tax years " + first
          + ".." + last);
    }
  }

  /**
   * Returns the instrument defining a 小型微利企业 for a row's tax years: the row's own, else the measure's
   * {@link #definition()}. The conditions and the relief of a tax year cite it (decisions register §4.6 item 113).
   *
   * @param row  a row of the table
   * @return the citation
   * @throws InvalidInputException if the row is null
   */
  public Citation definitionFor(SmallLowProfitRates row) {
    return Args.notNull(row, "row").definition().orElse(definition);
  }

  /**
   * Finds the row of rates governing a tax year.
   *
   * @param taxYear  the tax year, such as 2023
   * @return the row, or empty if the measure has no rules for the year
   */
  public Optional<SmallLowProfitRates> findRates(int taxYear) {
    for (SmallLowProfitRates row : rates) {
      if (row.governs(taxYear)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }
}
