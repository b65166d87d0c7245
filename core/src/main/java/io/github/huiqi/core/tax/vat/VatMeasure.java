package io.github.huiqi.core.tax.vat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.rates.Rate;
import java.util.List;
import java.util.Optional;

/**
 * The small-scale VAT taxpayer relief (增值税小规模纳税人减免增值税): exemption of a filing period's sales up to a
 * threshold, and a reduced levy rate on 3%-rate sales above it, as a table of regimes dated by the filing periods
 * they govern.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第1条 (also 沪企服办〔2023〕1号 第二十二条): "2023年对月销售额10万元以下的增值税
 * 小规模纳税人免征增值税，对小规模纳税人适用3%征收率的应税销售收入减按1%征收率征收。" Its table runs from 2019-01 to 2027-12
 * from the national instruments behind that text: 财税〔2019〕13号,
 * 财政部 税务总局公告2020年第13号/第24号, 2021年第7号/第11号, 2022年第15号, 2023年第1号 and 2023年第19号. A period outside
 * every row has no rules in the measure: before 2019-01 (the 30,000 threshold of earlier years is not in the sources),
 * and from 2028-01, where no source extends the relief and the library does not assume that earlier rules return; a
 * host adds a row to its own pack when an instrument does.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param standardLevyRate  the statutory levy rate on small-scale sales that the relief reduces ("适用3%征收率"),
 *     against which the amount saved is measured
 * @param regimes  the table, in date order, the rows not overlapping, at least one
 * @param specialInvoiceSalesInThresholdTest  whether sales with special VAT invoices count toward the threshold
 *     (they are never exempt); decisions register §4.5 item 32
 * @param rounding  the rounding of converted sales and of the VAT due (decisions register §4.5 item 35)
 */
public record VatMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Rate> standardLevyRate,
    List<VatRegime> regimes,
    Parameter<Boolean> specialInvoiceSalesInThresholdTest,
    Parameter<MoneyRounding> rounding) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "tax.small-scale-vat";

  /**
   * The built-in Shenzhen measure's id (深工信〔2023〕26号 第1条, restating the national instruments its parameters
   * cite). The built-in catalogue reads it for an enterprise registered anywhere; for one registered in 上海市 it
   * counts {@link #SHANGHAI_2023} instead (the relief is one, counted once).
   */
  public static final TypedMeasureId<VatMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.small-scale-vat", VatMeasure.class);

  /**
   * The built-in Shanghai measure's id (沪企服办〔2023〕1号 第二十二条, restating the same national instruments), for
   * enterprises registered in 上海市; its parameters are the Shenzhen measure's, its citations of the source text
   * this document's.
   */
  public static final TypedMeasureId<VatMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.small-scale-vat", VatMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, or the rows are out of order or
   *     overlap, naming the field
   */
  public VatMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(standardLevyRate, "standardLevyRate");
    Rate standard = standardLevyRate.value();
    if (standard.compareTo(Rate.ZERO) <= 0 || standard.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("standardLevyRate/value", standard, "must be above 0% and at most 100%");
    }
    regimes = Args.listCopy(regimes, "regimes");
    if (regimes.isEmpty()) {
      throw new InvalidInputException("regimes", "[]", "must hold at least one regime");
    }
    for (int i = 1; i < regimes.size(); i++) {
      if (!regimes.get(i).periods().start().isAfter(regimes.get(i - 1).periods().end().get())) {
        throw new InvalidInputException("regimes/" + i + "/periods/start", regimes.get(i).periods().start(),
            "must be after the previous row's end " + regimes.get(i - 1).periods().end().get());
      }
    }
    for (int i = 0; i < regimes.size(); i++) {
      requireNotAboveStandard(regimes.get(i).levy(), standard, "regimes/" + i + "/levy/value/rate");
      List<VatRegionalLevy> regional = regimes.get(i).regionalLevies();
      for (int j = 0; j < regional.size(); j++) {
        requireNotAboveStandard(regional.get(j).levy(), standard,
            "regimes/" + i + "/regionalLevies/" + j + "/levy/value/rate");
      }
    }
    Args.notNull(specialInvoiceSalesInThresholdTest, "specialInvoiceSalesInThresholdTest");
    Args.notNull(rounding, "rounding");
  }

  private static void requireNotAboveStandard(Parameter<VatLevy> levy, Rate standard, String field) {
    if (levy.value().rate().isGreaterThan(standard)) {
      throw new InvalidInputException(field, levy.value().rate(),
          "must not exceed the standard levy rate " + standard + ": the measure is a relief");
    }
  }

  /**
   * Finds the row governing a filing period: the one holding the period's first and last days.
   *
   * @param period  the filing period
   * @return the row, or empty if no row holds the whole period
   */
  public Optional<VatRegime> findRegime(VatFilingPeriod period) {
    Args.notNull(period, "period");
    return regimes.stream().filter(regime -> regime.governs(period)).findFirst();
  }
}
