package io.github.huiqi.calculators.tax.firmyear;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.StackedOutcomes;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.calculators.tax.internal.ProfileTaxYear;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bounds what the R&amp;D super deduction and the 小型微利企业 relief of one tax year save together by that year's
 * income tax at the standard rate (decisions register §4.6 item 176).
 * <p>
 * Both reliefs reduce the same enterprise income tax (企业所得税法 第四条, 25% of the taxable income): the firm-year
 * view ({@link FirmYearResult}) splits what they save, std(TI<sub>b</sub>) − due(TI<sub>a</sub>), into the deduction's
 * line (a) and the relief's line (b), and the tax due is never below zero, so (a) + (b) is at most
 * std(TI<sub>b</sub>), the tax on the taxable income before the deduction. While facts are missing each measure's
 * range is worked on its own: with the R&amp;D costs not given, the deduction's most is the whole std(TI<sub>b</sub>)
 * (a deduction as large as the income) and the relief's most is worked at the income with no deduction, so the two
 * maxima add up to more than the firm could save in any completion of the facts (2,000,000.00 of taxable income:
 * 500,000.00 + 400,000.00 against a tax of 500,000.00).
 * <p>
 * Where that happens, for the 小型微利企业 outcome and the R&amp;D outcome of one document (the restatements of
 * 深工信〔2023〕26号 第1条 and 沪企服办〔2023〕1号 第二十二条 each form a pair), both counted in the total and bounded,
 * the rule declares a {@link JointLimit} of the tax year: from the sum of the two minima to std(TI<sub>b</sub>), by
 * the 小型微利企业 measure's standard rate and rounding, which the R&amp;D evaluator values its deduction at too. The
 * report's totals and next questions then count the pair as one amount; each outcome keeps its own range. The bound
 * is sound, never too narrow; it can still be wider than the most any completion reaches (a deduction that is known to
 * be small), where the maxima's sum is below it and nothing is declared. The outcomes themselves are unchanged.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FirmYearIncomeTaxRule implements StackingRule {

  /** The rule's code, and its joint limits' reason code. */
  public static final String CODE = "income-tax-reliefs-within-the-tax";

  /** The rule. */
  public static final FirmYearIncomeTaxRule DEFAULT = new FirmYearIncomeTaxRule();

  /** Why the pair saves at most the tax: the decisions register's entry. */
  static final Citation WITHIN_THE_TAX = Citation.libraryDefault("decisions register §4.6 item 176", "the R&D super "
      + "deduction and the 小型微利企业 relief of one tax year reduce one income tax: together they save at most the "
      + "tax at the standard rate on the taxable income before the deduction (企业所得税法 第四条), however the facts "
      + "not given fall");

  private FirmYearIncomeTaxRule() {
  }

  /**
   * Returns the rule's code.
   *
   * @return {@value #CODE}
   */
  @Override
  public String code() {
    return CODE;
  }

  /**
   * Returns the measures the rule reads: the 小型微利企业 relief and the R&amp;D super deduction.
   *
   * @return {@code SmallLowProfitMeasure} and {@code RdMeasure}
   */
  @Override
  public List<Class<? extends Measure>> measureClasses() {
    return List.of(SmallLowProfitMeasure.class, RdMeasure.class);
  }

  /**
   * Returns the outcomes unchanged: the rule only declares joint limits ({@link #applyJointly}).
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise
   * @param context  the evaluation context
   * @param catalog  the catalogue
   * @param explain  whether the outcomes are explained
   * @return the outcomes
   * @throws io.github.huiqi.core.error.InvalidInputException if the outcomes are null
   */
  @Override
  public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    return Args.notNull(outcomes, "outcomes");
  }

  /**
   * Declares, for each document's pair of a 小型微利企业 outcome and an R&amp;D outcome whose maxima add up to more
   * than the tax year's income tax at the standard rate, a joint limit of the tax year up to that tax.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise, whose tax year (the latest not after the evaluation date's) gives the income
   * @param context  the evaluation context, for its date
   * @param catalog  the catalogue, to find each outcome's measure
   * @param explain  whether the outcomes are explained (the limit's reason is given in both forms)
   * @return the outcomes unchanged, and the limits declared
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  @Override
  public StackedOutcomes applyJointly(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    Args.notNull(outcomes, "outcomes");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    Args.notNull(catalog, "catalog");
    Optional<EnterpriseYear> year = ProfileTaxYear.paysNoEnterpriseIncomeTax(profile) || profile.years().isEmpty()
        ? Optional.empty() : ProfileTaxYear.choose(profile, context.asOf());
    Optional<BigDecimal> income = year.flatMap(EnterpriseYear::taxableIncomeBeforeRd)
        .map(amount -> Cny.yuan(amount, "taxableIncomeBeforeRd").max(BigDecimal.ZERO));
    if (income.isEmpty()) {
      return new StackedOutcomes(outcomes, List.of());
    }
    Measure[] measures = catalog.measuresOf(outcomes);
    List<JointLimit> limits = new ArrayList<>();
    for (int i = 0; i < measures.length; i++) {
      if (measures[i] instanceof SmallLowProfitMeasure incomeTax) {
        int rd = pairedRd(measures, incomeTax);
        if (rd >= 0) {
          limit(outcomes.get(Math.min(i, rd)), outcomes.get(Math.max(i, rd)), incomeTax, year.get().year(),
              income.get()).ifPresent(limits::add);
        }
      }
    }
    return new StackedOutcomes(outcomes, List.copyOf(limits));
  }

  /** The index of the R&amp;D measure of the 小型微利企业 measure's document; -1 when there is none. */
  private static int pairedRd(Measure[] measures, SmallLowProfitMeasure incomeTax) {
    for (int j = 0; j < measures.length; j++) {
      if (measures[j] instanceof RdMeasure
          && measures[j].clause().document().equals(incomeTax.clause().document())) {
        return j;
      }
    }
    return -1;
  }

  /** The pair's limit when both count, are bounded and their maxima add up to more than the tax. */
  private static Optional<JointLimit> limit(MeasureOutcome first, MeasureOutcome second,
      SmallLowProfitMeasure incomeTax, int taxYear, BigDecimal income) {
    if (!first.countedInTotal() || !second.countedInTotal() || first.amount().maximum().isEmpty()
        || second.amount().maximum().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal most = Cny.yuan(first.amount().maximum().get(), "maximum")
        .add(Cny.yuan(second.amount().maximum().get(), "maximum"));
    BigDecimal least = Cny.yuan(first.amount().minimum(), "minimum")
        .add(Cny.yuan(second.amount().minimum(), "minimum"));
    BigDecimal tax = Cny.yuan(SmallLowProfitCalculator.DEFAULT.standardTax(incomeTax, Cny.of(income)), "standardTax");
    if (tax.compareTo(most) >= 0 || least.compareTo(tax) > 0) {
      return Optional.empty();
    }
    String rate = incomeTax.standardRate().value().toString();
    String sum = figure(most);
    String bound = figure(income) + " × " + rate + " = " + figure(tax);
    LocalizedText text = LocalizedText.of("研发费用加计扣除与小型微利企业所得税优惠同减 " + taxYear + " 年度的企业所得税："
        + "两项合计不超过加计扣除前应纳税所得额按标准税率计算的税额 " + bound + "（两项上限之和 " + sum + "）",
        "the R&D super deduction and the 小型微利企业 relief reduce the same " + taxYear + " income tax: together "
            + "they save at most the tax at the standard rate on the taxable income before the deduction, " + bound
            + " (their maxima add up to " + sum + ")");
    return Optional.of(JointLimit.ofTaxYear(List.of(first.measure(), second.measure()), taxYear, Cny.of(least),
        Cny.of(tax), new Reason(CODE, text, WITHIN_THE_TAX)));
  }

  /** A yuan figure with thousands separators, to the fen. */
  private static String figure(BigDecimal yuan) {
    return String.format(Locale.ROOT, "%,.2f", yuan);
  }
}
