package io.github.huiqi.core.tax.rd;

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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The R&amp;D super deduction (研发费用税前加计扣除): an extra deduction from taxable income of a share of expensed R&amp;D, and
 * amortisation of R&amp;D intangible assets on more than their cost, as a table of rates dated by tax year and
 * enterprise kind.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第1条, which restates the 科技型中小企业 rule of 财政部 税务总局 科技部公告
 * 2022年第16号 (100% / 200% from 2022-01-01). Its table holds the national rows, each citing its instrument, with their
 * dates, after every eligible enterprise 50% / 150% 2016–2017 (财税〔2015〕119号 第一条, so labelled EXT-K in the pack):
 * 科技型中小企业 75% / 175% 2017–2019 (财税〔2017〕34号); every eligible enterprise 75% / 175% 2018–2023 (财税〔2018〕99号, extended by
 * 2021年第6号); manufacturers 100% / 200% from 2021 (2021年第13号); 科技型中小企业 100% / 200% from 2022 (2022年第16号); every eligible
 * enterprise 100% / 200% from 2023 (2023年第7号); integrated-circuit and 工业母机 enterprises 120% / 220% 2023–2027
 * (2023年第44号).
 * <p>
 * <b>Several rows.</b> An enterprise of several kinds may fall under several rows for one tax year (an IC
 * manufacturer in 2023: 100% as manufacturer and as any enterprise, 120% under 2023年第44号). The instruments are
 * reliefs the enterprise may claim, so the most favourable row applies: the one with the highest extra rate, the
 * first in the table on a tie. {@link #bestRate} implements this.
 * <p>
 * A tax year that no row governs for any kind has no rules (before 2016 in the built-in table); in a table where a year
 * is governed only by rows of other kinds, the enterprise gets no super deduction for it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param rates  the table, at least one row; rows may overlap (see above)
 * @param excludedIndustries  the negative list: industries that get no super deduction in any row
 * @param otherCostsCapShare  the share of the eligible total that "其他相关费用" may reach, 10%: allowed other costs
 *     are at most (the other five categories) × share ÷ (1 − share), per project or pooled as {@code base} says for
 *     the year; above 0% and below 100%
 * @param defaultAmortisationYears  the amortisation period of an R&amp;D intangible when the caller gives none, 10
 *     years (企业所得税法实施条例 第六十七条: "摊销年限不得低于10年"); at least 1
 * @param rounding  the rounding of each output amount and of the other-costs cap (decisions register §4.5 item 35)
 * @param base  how the base is gathered before the rate applies: the scope of the other-costs limit by year,
 *     entrusted R&amp;D, and the amounts taken out of the base (see {@link RdBaseRules})
 */
public record RdMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    List<RdDeductionRate> rates,
    List<RdExcludedIndustry> excludedIndustries,
    Parameter<Rate> otherCostsCapShare,
    Parameter<Integer> defaultAmortisationYears,
    Parameter<MoneyRounding> rounding,
    RdBaseRules base) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "tax.rd-super-deduction";

  /**
   * The built-in Shenzhen measure's id (深工信〔2023〕26号 第1条, restating the national instruments its parameters
   * cite). The built-in catalogue reads it for an enterprise registered anywhere; for one registered in 上海市 it
   * counts {@link #SHANGHAI_2023} instead (the relief is one, counted once).
   */
  public static final TypedMeasureId<RdMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.rd-super-deduction", RdMeasure.class);

  /**
   * The built-in Shanghai measure's id (沪企服办〔2023〕1号 第二十二条, restating the same national instruments), for
   * enterprises registered in 上海市; its parameters are the Shenzhen measure's, its citations of the source text
   * this document's.
   */
  public static final TypedMeasureId<RdMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.rd-super-deduction", RdMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming the field
   */
  public RdMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    rates = Args.listCopy(rates, "rates");
    if (rates.isEmpty()) {
      throw new InvalidInputException("rates", "[]", "must hold at least one row");
    }
    excludedIndustries = Args.listCopy(excludedIndustries, "excludedIndustries");
    Args.notNull(otherCostsCapShare, "otherCostsCapShare");
    Rate share = otherCostsCapShare.value();
    if (share.compareTo(Rate.ZERO) <= 0 || share.compareTo(Rate.ONE_HUNDRED_PERCENT) >= 0) {
      throw new InvalidInputException("otherCostsCapShare/value", share, "must be above 0% and below 100%");
    }
    Args.notNull(defaultAmortisationYears, "defaultAmortisationYears");
    if (defaultAmortisationYears.value() < 1) {
      throw new InvalidInputException("defaultAmortisationYears/value", defaultAmortisationYears.value(),
          "must be at least 1");
    }
    Args.notNull(rounding, "rounding");
    Args.notNull(base, "base");
  }

  /**
   * Checks whether any row, of any kind, governs a tax year.
   *
   * @param taxYear  the tax year
   * @return true if the measure has rules for the year
   */
  public boolean hasRulesFor(int taxYear) {
    for (RdDeductionRate rate : rates) {
      if (rate.governs(taxYear)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds the most favourable row for an enterprise of some kinds in a tax year: among the rows governing the year
   * whose kind is {@link RdEnterpriseKind#ALL_ELIGIBLE} or one of {@code kinds}, the one with the highest extra rate
   * (the first in the table on a tie). The negative list is not checked here.
   *
   * @param taxYear  the tax year
   * @param kinds  the enterprise's kinds besides {@code ALL_ELIGIBLE}
   * @return the row, or empty if none applies
   */
  public Optional<RdDeductionRate> bestRate(int taxYear, Collection<RdEnterpriseKind> kinds) {
    Args.notNull(kinds, "kinds");
    RdDeductionRate best = null;
    for (RdDeductionRate rate : rates) {
      boolean kindApplies = rate.kind() == RdEnterpriseKind.ALL_ELIGIBLE || kinds.contains(rate.kind());
      if (kindApplies && rate.governs(taxYear)
          && (best == null || rate.expensedExtraRate().value().isGreaterThan(best.expensedExtraRate().value()))) {
        best = rate;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Finds the negative-list entry holding an industry code.
   *
   * @param industryCode  a GB/T 4754-2017 code
   * @return the entry, if the industry is excluded
   */
  public Optional<RdExcludedIndustry> findExclusion(String industryCode) {
    for (RdExcludedIndustry entry : excludedIndustries) {
      if (entry.contains(industryCode)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a negative-list entry an industry code is too coarse to rule out (the section {@code R} for 娱乐业
   * {@code R90}).
   *
   * @param industryCode  a GB/T 4754-2017 code
   * @return the first such entry, if any
   */
  public Optional<RdExcludedIndustry> findPossibleExclusion(String industryCode) {
    for (RdExcludedIndustry entry : excludedIndustries) {
      if (entry.mayContain(industryCode)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
