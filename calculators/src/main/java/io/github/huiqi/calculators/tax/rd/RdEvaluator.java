package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.tax.internal.ProfileTaxYear;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdDeductionRate;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates the R&amp;D super deduction ({@link RdMeasure}, such as 深工信〔2023〕26号 第1条) for an enterprise profile:
 * the income tax the extra deduction saves.
 * <p>
 * The tax year is the latest of the profile's {@code years} not after the evaluation date's year (a documented
 * default, noted); the year's R&amp;D is {@link RdRequest#from(EnterpriseProfile, int)} (its {@code rdExpensedCosts},
 * {@code rdIntangibles}, {@code rdProjects}, {@code rdEntrustments} and the amounts taken out of the base; the last
 * five, refinements, read as none when absent, which the explaining form notes), run through
 * {@link RdCalculator}, which gives the extra deduction E. With TI<sub>b</sub> the year's
 * {@code taxableIncomeBeforeRd} (a loss taken as zero) and TI<sub>a</sub> = max(TI<sub>b</sub> − E, 0), the saving is
 * the firm-year view's R&amp;D line, {@code std(TIb) − std(TIa)}, std the tax at the standard 25% rounded as the
 * 小型微利企业 measure rounds it (see {@code FirmYearResult}); the 小型微利企业 test, which comes after the deduction,
 * does not change it, so it is computed without that measure's yearly rules (the R&amp;D rules run beyond them).
 * <p>
 * Missing facts: the verdict is the calculator's (an unknown industry or a kind that changes the rate names
 * {@code /industryCode}, {@code /techSme} or {@code /icOrMachineTool}; the amount is then the range over them),
 * except that a kind that changes only the rate, in a year with a row for every enterprise, leaves the firm
 * eligible, the amount the range and the kind named (decisions register §4.6 item 42); a kind is not named when the
 * year's R&amp;D is known and deducts the same at every rate, as when there is none, nor when the saving is the same
 * at every rate, as when the extra deduction at the least rate already removes all the taxable income (§4.6 item 45).
 * Taxable income not known: from zero (a loss) to the standard tax on the extra deduction (it removes at most that
 * much income; rounded up to the fen), naming {@code /years/i/taxableIncomeBeforeRd}, with no upper bound when the
 * R&amp;D is not known either. R&amp;D costs
 * not known: the verdict from the other conditions, the amount from zero to std(TI<sub>b</sub>) (the deduction can
 * save no more than the whole standard tax), naming {@code /years/i/rdExpensedCosts}; intangibles not known: from the
 * saving without them to std(TI<sub>b</sub>), naming {@code /years/i/rdIntangibles}. Years not known, or only years
 * after the evaluation date's (and no registration date after it): undetermined, naming {@code /years}, with no
 * upper bound. Years known to be empty or a registration after the evaluation date's year (no tax year by then), or
 * a year without rules: ineligible, zero. An industry on the negative list: ineligible, zero. A bad R&amp;D fact is
 * named by its pointer in the profile, such as {@code /years/0/rdEntrustments/1/price} for R&amp;D entrusted to an
 * overseas entity in a year with no domestic R&amp;D to take its two thirds of. A business whose {@code legalForm}
 * pays no enterprise income tax ({@code INDIVIDUAL_BUSINESS}, 企业所得税法 第一条; {@code SOLE_PROPRIETORSHIP} or
 * {@code PARTNERSHIP}, 第一条第二款): ineligible, zero. The binding limit names the R&amp;D limit that cut the base, when
 * it cut the saving too: the overseas two thirds (财税〔2018〕64号) or the 10% on other related costs (财税〔2015〕119号),
 * with its value and clause.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RdEvaluator implements MeasureEvaluator<RdMeasure> {

  /** The evaluator. */
  public static final RdEvaluator DEFAULT = new RdEvaluator();

  /** The saving of the extra deduction: the firm-year view's split, without the 小型微利企业 test. */
  static final Citation SAVING = Citation.libraryDefault("decisions register §1.7", "the R&D deduction's saving is "
      + "the tax at the standard rate on the taxable income it removes, std(TIb) − std(TIa) with TIa = max(TIb − E, "
      + "0): the firm-year view's line (a) (FirmYearCalculator), which the 小型微利企业 relief on TIa does not change");
  /** How the itemised R&amp;D facts of a year are read when absent, which the profile's rule would leave open. */
  static final Citation ITEMISED_AS_NONE = Citation.libraryDefault("decisions register §4.5 item 34", "a year's "
      + "rdProjects, rdEntrustments, rdSpecialIncome, rdSoldProductMaterials and rdSoldProductMaterialsCarriedForward "
      + "refine its rdExpensedCosts and rdIntangibles: when absent they are read as none (not as unknown, which would "
      + "leave every profile without them undetermined); give them to count projects, entrusted R&D and what is "
      + "taken out of the base");
  /** The calculator's facts that only choose the rate (every kind is eligible off the negative list). */
  private static final Set<String> RATE_ONLY_FACTS = Set.of("/techSme", "/icOrMachineTool");
  private static final RdExpensedCosts NO_COSTS = new RdExpensedCosts(Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO,
      Cny.ZERO, Cny.ZERO);

  private RdEvaluator() {
  }

  @Override
  public Class<RdMeasure> measureType() {
    return RdMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.TAX_SAVED;
  }

  @Override
  public MeasureOutcome evaluate(RdMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.TAX_SAVED);
    Citation rules = measure.rates().get(measure.rates().size() - 1).expensedExtraRate().citation();
    if (ProfileTaxYear.paysNoEnterpriseIncomeTax(profile)) {
      return ProfileTaxYear.ineligible(context, builder, explain,
          () -> ProfileTaxYear.notEnterpriseIncomeTaxpayer(profile));
    }
    Optional<EnterpriseYear> chosen = profile.years().isEmpty() ? Optional.empty()
        : ProfileTaxYear.choose(profile, context.asOf());
    if (chosen.isEmpty()) {
      if (profile.years().isPresent() && ProfileTaxYear.knownToHaveNoTaxYear(profile, context.asOf())) {
        return ProfileTaxYear.ineligible(context, builder, explain, () -> ProfileTaxYear.noTaxYear(context.asOf()));
      }
      return ProfileTaxYear.unknown(context, builder, List.of("/years"), explain, rules);
    }
    EnterpriseYear year = chosen.get();
    if (explain) {
      builder.addNotes(ProfileTaxYear.choiceNote(year.year()));
    }
    if (!measure.hasRulesFor(year.year())) {
      return ProfileTaxYear.ineligible(context, builder, explain,
          () -> ProfileTaxYear.noRules(year.year(), nearestRow(measure, year.year())));
    }
    String at = ProfileTaxYear.pointer(profile, year);
    RdCalculator.Evaluation evaluation;
    try {
      evaluation = explain ? calculate(measure, profile, year, true)
          : plainEvaluation(measure, profile, year, context);
    } catch (InvalidInputException ex) {
      throw ProfileTaxYear.relocate(ex, at);
    }
    if (explain) {
      builder.addNotes(ProfileTaxYear.rdKindsNote());
      itemisedNote(year, at).ifPresent(builder::addNotes);
      ProfileTaxYear.lossNote(year).ifPresent(builder::addNotes);
    }
    Verdict verdict = evaluation.eligibility().verdict();
    // a kind not known that changes only the rate: with a row for every enterprise that year, every kind is
    // eligible, so the firm is (decisions register §4.6 item 42), and the kind opens the amount only; it decides
    // nothing, and is not asked, when the year's R&D is known and the deduction is the same at every rate (no R&D to
    // deduct)
    boolean kindChangesOnlyTheRate = verdict == Verdict.UNDETERMINED
        && RATE_ONLY_FACTS.containsAll(evaluation.eligibility().missingFacts())
        && measure.bestRate(year.year(), List.of()).isPresent();
    boolean kindDecidesNothing = kindChangesOnlyTheRate && evaluation.total().isExact()
        && year.rdExpensedCosts().isPresent() && year.rdIntangibles().isPresent();
    if (kindChangesOnlyTheRate) {
      verdict = Verdict.ELIGIBLE;
    }
    if (explain) {
      // the kind's reason, when it opens the amount only, is a note: the reasons are the verdict's
      if (kindChangesOnlyTheRate) {
        builder.addAllNotes(evaluation.eligibility().reasons());
      } else {
        builder.addAllReasons(evaluation.eligibility().reasons());
      }
    }
    if (verdict == Verdict.INELIGIBLE) {
      builder.verdict(verdict).amount(OutcomeAmount.ZERO);
      if (explain) {
        builder.explanation(new Explanation(evaluation.steps().list()));
      }
      return context.finish(builder);
    }
    SmallLowProfitMeasure incomeTax = ProfileTaxYear.counterpart(context.data(), measure,
        SmallLowProfitMeasure.class, SmallLowProfitMeasure.SHENZHEN_2023);
    Saving saving = saving(incomeTax, year, evaluation);
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    boolean open = saving.maximum == null || saving.maximum.compareTo(saving.minimum) != 0;
    if (open) {
      if (year.taxableIncomeBeforeRd().isEmpty()) {
        missing.add(at + "/taxableIncomeBeforeRd");
      }
      if (year.rdExpensedCosts().isEmpty()) {
        missing.add(at + "/rdExpensedCosts");
      }
      if (year.rdIntangibles().isEmpty()) {
        missing.add(at + "/rdIntangibles");
      }
    }
    // nor when the saving is at one figure at every rate: the extra deduction at each removes all the taxable income
    // (or none of it), so the kind opens nothing and the eligible outcome names no fact (§4.6 item 45)
    if (!kindDecidesNothing && !(kindChangesOnlyTheRate && !open)
        && !evaluation.eligibility().missingFacts().isEmpty()) {
      missing.addAll(ProfileTaxYear.pointers(at).toProfile(evaluation.eligibility().missingFacts()));
    }
    bindingLimit(year, evaluation).ifPresent(builder::bindingLimit);
    builder.verdict(verdict).addAllMissingFacts(missing).amount(saving.maximum == null
        ? OutcomeAmount.atLeast(Cny.of(saving.minimum))
        : OutcomeAmount.between(Cny.of(saving.minimum), Cny.of(saving.maximum)));
    if (explain) {
      List<ExplanationStep> steps = new ArrayList<>(evaluation.steps().list());
      steps.addAll(savingSteps(incomeTax, year, evaluation, saving));
      builder.explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }

  /**
   * Returns the extra deduction of a profile's tax year when it is exact, computed once per engine run and shared with
   * the 小型微利企业 measure, which tests and taxes the income after it.
   *
   * @param measure  the R&amp;D measure
   * @param profile  the enterprise
   * @param year  the tax year, one of the profile's years, its {@code rdExpensedCosts} and {@code rdIntangibles} given
   * @param context  the evaluation context, whose run shares the value
   * @return the deduction in yuan, or empty when it is a range (an unknown kind or industry that changes it)
   * @throws InvalidInputException if an R&amp;D fact is invalid, naming it relative to the year (such as
   *     {@code intangibles/0/cost}), as {@link RdRequest#from(EnterpriseProfile, int)} and {@link RdCalculator} do
   */
  public static Optional<BigDecimal> exactDeduction(RdMeasure measure, EnterpriseProfile profile,
      EnterpriseYear year, EvaluationContext context) {
    AmountRange total = plainEvaluation(measure, profile, year, context).total();
    return total.isExact() ? Optional.of(Cny.yuan(total.maximum(), "extraDeduction")) : Optional.empty();
  }

  /**
   * Returns the least extra deduction a profile's tax year is sure to get when its expensed R&amp;D costs are known and
   * its intangibles may not be (those read as none, which can only add): the deduction at the least rate when every
   * kind of enterprise is eligible that year, with the most at the best rate and the kinds not known that raise it to
   * that; zero, naming the facts that decide it, when the firm may not be eligible at all. For the 小型微利企业
   * measure, which bounds the taxable income after the deduction by it.
   *
   * @param measure  the R&amp;D measure
   * @param profile  the enterprise
   * @param year  the tax year, one of the profile's years
   * @param context  the evaluation context, whose run shares the evaluation
   * @return the least deduction; zero, naming nothing, when the year's {@code rdExpensedCosts} are not known or the
   *     measure has no rules for the year
   * @throws InvalidInputException if an R&amp;D fact is invalid, naming it relative to the year
   */
  public static RdLeastDeduction leastDeduction(RdMeasure measure, EnterpriseProfile profile, EnterpriseYear year,
      EvaluationContext context) {
    if (year.rdExpensedCosts().isEmpty() || !measure.hasRulesFor(year.year())) {
      return RdLeastDeduction.NONE;
    }
    RdCalculator.Evaluation evaluation = plainEvaluation(measure, profile, year, context);
    Verdict verdict = evaluation.eligibility().verdict();
    if (verdict == Verdict.INELIGIBLE) {
      return RdLeastDeduction.NONE;
    }
    boolean sure = verdict == Verdict.ELIGIBLE
        || RATE_ONLY_FACTS.containsAll(evaluation.eligibility().missingFacts())
        && measure.bestRate(year.year(), List.of()).isPresent();
    ProfilePointers pointers = ProfileTaxYear.pointers(ProfileTaxYear.pointer(profile, year));
    if (!sure) {
      return new RdLeastDeduction(BigDecimal.ZERO, pointers.toProfile(evaluation.eligibility().missingFacts()));
    }
    // a kind not known that changes only the rate (/icOrMachineTool, /techSme) can only raise the deduction, from
    // the least to the most at the best rate; the 小型微利企业 measure names it when that lowers its most relief
    BigDecimal least = Cny.yuan(evaluation.total().minimum(), "extraDeduction");
    BigDecimal most = Cny.yuan(evaluation.total().maximum(), "extraDeduction");
    List<String> raising = most.compareTo(least) > 0
        ? pointers.toProfile(evaluation.eligibility().missingFacts()) : List.of();
    return new RdLeastDeduction(least, List.of(), most, raising);
  }

  /** The plain evaluation of the year, once per run and profile. */
  private static RdCalculator.Evaluation plainEvaluation(RdMeasure measure, EnterpriseProfile profile,
      EnterpriseYear year, EvaluationContext context) {
    return context.run().shared(new SharedKey(profile, measure, year.year()), RdCalculator.Evaluation.class,
        () -> calculate(measure, profile, year, false));
  }

  /**
   * Evaluates the year's request. When its own R&amp;D is not all known (its expensed costs or intangibles not given,
   * read as none) and R&amp;D entrusted to an overseas entity then has no domestic R&amp;D to count within (财税〔2018〕
   * 64号: at most 2/3 of it), the calculator refuses the request; the year is then evaluated without those
   * entrustments, which can only lower the deduction: the saving's least stays a lower bound (zero when the costs are
   * not known), and its most is the whole tax while they are not known. A profile whose own R&amp;D is known to be
   * none is still refused.
   */
  private static RdCalculator.Evaluation calculate(RdMeasure measure, EnterpriseProfile profile, EnterpriseYear year,
      boolean explain) {
    RdRequest request = request(profile, year);
    try {
      return RdCalculator.DEFAULT.evaluate(measure, request, explain);
    } catch (InvalidInputException ex) {
      boolean ownKnown = year.rdExpensedCosts().isPresent() && year.rdIntangibles().isPresent();
      if (ownKnown || ex.field() == null || !ex.field().startsWith("entrustments/")) {
        throw ex;
      }
      List<RdEntrustment> domestic = new ArrayList<>();
      for (RdEntrustment entrustment : request.entrustments()) {
        if (entrustment.entrustee() != RdEntrusteeKind.OVERSEAS_ENTITY) {
          domestic.add(entrustment);
        }
      }
      return RdCalculator.DEFAULT.evaluate(measure, RdRequest.builder().from(request).entrustments(domestic).build(),
          explain);
    }
  }

  /** The year's request: absent costs and intangibles read as none (the amount then says what they could change). */
  private static RdRequest request(EnterpriseProfile profile, EnterpriseYear year) {
    return RdRequest.fromProfile(profile, year, year.rdExpensedCosts().orElse(NO_COSTS),
        year.rdIntangibles().orElse(List.of()));
  }

  /** The note naming the itemised R&amp;D facts the year leaves out, read as none. */
  private static Optional<Reason> itemisedNote(EnterpriseYear year, String at) {
    List<String> absent = new ArrayList<>();
    if (year.rdProjects().isEmpty()) {
      absent.add(at + "/rdProjects");
    }
    if (year.rdEntrustments().isEmpty()) {
      absent.add(at + "/rdEntrustments");
    }
    if (year.rdSpecialIncome().isEmpty()) {
      absent.add(at + "/rdSpecialIncome");
    }
    if (year.rdSoldProductMaterials().isEmpty()) {
      absent.add(at + "/rdSoldProductMaterials");
    }
    if (year.rdSoldProductMaterialsCarriedForward().isEmpty()) {
      absent.add(at + "/rdSoldProductMaterialsCarriedForward");
    }
    return absent.isEmpty() ? Optional.empty() : Optional.of(new Reason("rd-itemised-facts-read-as-none",
        LocalizedText.of("档案未列示的研发明细按无计算：" + String.join("、", absent), "itemised R&D facts the profile "
        + "leaves out are read as none: " + String.join(", ", absent)), ITEMISED_AS_NONE));
  }

  /**
   * The limit that cut the base (other related costs over 10%, or overseas entrusted R&amp;D over 2/3 of the domestic),
   * when it cut the saving too: the taxable income not known, or above the greatest deduction (a deduction that
   * already removes the whole income saves no more without the limit).
   */
  private static Optional<BindingLimit> bindingLimit(EnterpriseYear year, RdCalculator.Evaluation evaluation) {
    Optional<BigDecimal> before = ProfileTaxYear.taxableIncome(year);
    boolean cut = before.isEmpty() || before.get().compareTo(Cny.yuan(evaluation.total().maximum(), "e")) > 0;
    return cut ? evaluation.base().binding : Optional.empty();
  }

  /** The saving's range: std(TIb) − std(TIa) at the least and the greatest deduction; maximum null if unbounded. */
  private static Saving saving(SmallLowProfitMeasure incomeTax, EnterpriseYear year,
      RdCalculator.Evaluation evaluation) {
    BigDecimal least = Cny.yuan(evaluation.total().minimum(), "extraDeduction");
    BigDecimal most = Cny.yuan(evaluation.total().maximum(), "extraDeduction");
    boolean costsKnown = year.rdExpensedCosts().isPresent();
    boolean intangiblesKnown = year.rdIntangibles().isPresent();
    Optional<BigDecimal> before = ProfileTaxYear.taxableIncome(year);
    if (before.isEmpty()) {
      // the income not known: a loss saves nothing; the R&D known, the deduction E removes at most E of income, so
      // it saves at most the standard tax on E (std(TIb) − std(TIb − E), each rounded, can pass rate × E by less
      // than the rounding's unit: rate × E rounded up bounds it, one unit more when ties round to even)
      return costsKnown && intangiblesKnown ? new Saving(BigDecimal.ZERO, mostSavedOn(incomeTax, most))
          : new Saving(BigDecimal.ZERO, null);
    }
    BigDecimal standard = standardTax(incomeTax, before.get());
    BigDecimal minimum = costsKnown ? standard.subtract(standardTax(incomeTax, after(before.get(), least)))
        : BigDecimal.ZERO;
    // an exact deduction saves the same at both ends: the tax after it is worked out once
    BigDecimal maximum = !costsKnown || !intangiblesKnown ? standard : most.equals(least) ? minimum
        : standard.subtract(standardTax(incomeTax, after(before.get(), most)));
    return new Saving(minimum, maximum);
  }

  private static List<ExplanationStep> savingSteps(SmallLowProfitMeasure incomeTax, EnterpriseYear year,
      RdCalculator.Evaluation evaluation, Saving saving) {
    Optional<BigDecimal> before = ProfileTaxYear.taxableIncome(year);
    List<ExplanationStep> steps = new ArrayList<>();
    steps.add(new InputStep(LocalizedText.of("—— 加计扣除少缴的企业所得税（纳税年度 " + year.year() + "）：加计扣除前的应纳税所得额",
        "—— income tax saved by the extra deduction (tax year " + year.year() + "): taxable income before the "
        + "deduction"), before.map(BigDecimal::toPlainString).orElse("—")));
    if (before.isPresent()) {
      BigDecimal standard = standardTax(incomeTax, before.get());
      String rate = incomeTax.standardRate().value().toString();
      steps.add(new CalculationStep(LocalizedText.of("加计扣除前的应纳税所得额按" + rate + "计算的所得税",
          "tax at the standard " + rate + " on the taxable income before the deduction"),
          before.get().toPlainString() + " × " + rate, standard, incomeTax.standardRate().citation()));
      String deduction = Cny.yuan(evaluation.total().minimum(), "e").toPlainString()
          + (evaluation.total().isExact() ? "" : " .. " + Cny.yuan(evaluation.total().maximum(), "e").toPlainString());
      steps.add(new CalculationStep(LocalizedText.of("加计扣除少缴的所得税：std(TIb) − std(max(TIb − E, 0))",
          "saved by the deduction: std(TIb) − std(max(TIb − E, 0))"), "E = " + deduction
          + (year.rdExpensedCosts().isPresent() && year.rdIntangibles().isPresent() ? ""
          : " (R&D not fully known: up to the whole standard tax)"),
          saving.maximum, SAVING));   // bounded: the taxable income is known
    }
    return steps;
  }

  /** The most a deduction can save whatever the income: the standard rate on it, rounded up (see {@link #saving}). */
  private static BigDecimal mostSavedOn(SmallLowProfitMeasure incomeTax, BigDecimal deduction) {
    if (deduction.signum() == 0) {
      return BigDecimal.ZERO;
    }
    MoneyRounding rounding = incomeTax.rounding().value();
    BigDecimal most = incomeTax.standardRate().value().applyTo(deduction).setScale(rounding.scale(),
        RoundingMode.CEILING);
    return rounding.mode() == RoundingMode.HALF_EVEN ? most.add(BigDecimal.ONE.movePointLeft(rounding.scale()))
        : most;
  }

  private static BigDecimal after(BigDecimal before, BigDecimal deduction) {
    return before.subtract(deduction).max(BigDecimal.ZERO);
  }

  private static BigDecimal standardTax(SmallLowProfitMeasure incomeTax, BigDecimal income) {
    return Cny.yuan(SmallLowProfitCalculator.DEFAULT.standardTax(incomeTax, Cny.of(income)), "standardTax");
  }

  /** The key of a year's shared evaluation: the profile and the measure by identity, and the year. */
  private record SharedKey(EnterpriseProfile profile, RdMeasure measure, int taxYear) {
    @Override
    public boolean equals(Object other) {
      return other instanceof SharedKey key && key.profile == profile && key.measure == measure
          && key.taxYear == taxYear;
    }

    @Override
    public int hashCode() {
      return (31 * System.identityHashCode(profile) + System.identityHashCode(measure)) * 31 + taxYear;
    }
  }

  /** The saving's ends in yuan; the maximum null when nothing bounds it. */
  private record Saving(BigDecimal minimum, BigDecimal maximum) {
  }

  /**
   * The citation of the table's row nearest a tax year it has no rules for: the earliest row for a year before the
   * table (财税〔2015〕119号's 2016 row in the built-in packs), else the last row, so that a reason cites the rule
   * the year misses and not one of an unrelated year or kind.
   */
  private static Citation nearestRow(RdMeasure measure, int taxYear) {
    RdDeductionRate earliest = measure.rates().get(0);
    for (RdDeductionRate rate : measure.rates()) {
      if (rate.taxYears().start().isBefore(earliest.taxYears().start())) {
        earliest = rate;
      }
    }
    if (taxYear < earliest.taxYears().start().getYear()) {
      return earliest.expensedExtraRate().citation();
    }
    return measure.rates().get(measure.rates().size() - 1).expensedExtraRate().citation();
  }
}
