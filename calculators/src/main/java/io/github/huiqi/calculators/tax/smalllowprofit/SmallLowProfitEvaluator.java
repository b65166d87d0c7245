package io.github.huiqi.calculators.tax.smalllowprofit;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.tax.internal.ProfileTaxYear;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearMeasures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRelief;
import io.github.huiqi.calculators.tax.firmyear.FirmYearReliefOutcome;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearResult;
import io.github.huiqi.calculators.tax.rd.RdEvaluator;
import io.github.huiqi.calculators.tax.rd.RdLeastDeduction;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitRates;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Evaluates the 小型微利企业 income-tax relief ({@link SmallLowProfitMeasure}, such as 深工信〔2023〕26号 第1条) for an
 * enterprise profile: the income tax the relief saves, after the R&amp;D super deduction.
 * <p>
 * The tax year is the latest of the profile's {@code years} not after the evaluation date's year (a documented
 * default, noted). The R&amp;D extra deduction lowers taxable income before the 小型微利企业 test (decisions register
 * §1.7), so the year is run through {@link FirmYearCalculator} with {@link FirmYearIncomeTax#from} and
 * {@link RdRequest#from}, the measures being this one and the R&amp;D and VAT measures of its document in the
 * catalogue's data (the VAT one is not applied: no VAT periods are passed); the saving is the firm-year view's
 * 小型微利企业 line, std(TI<sub>a</sub>) − due(TI<sub>a</sub>) on the taxable income after the deduction. In the plain
 * form, when the deduction is exact, the same figures come from the two calculators' plain paths, with no text.
 * <p>
 * Missing facts: an unknown industry condition or unknown quarters make the verdict undetermined, naming
 * {@code /restrictedOrProhibitedIndustry} or {@code /years/i/quarters}, the amount from zero to the relief if
 * eligible. The quarters are unknown too when they miss one the enterprise operated: the indicators are the year's
 * quarterly averages, a firm starting mid-year taking its actual operating period (财税〔2019〕13号 第二条), so every
 * quarter from the registration's (the first, when registered before the year) through the fourth is needed
 * ({@link ProfileTaxYear#quartersToAverage}); when the registration date is not known and the quarters are not all
 * four, {@code /registrationDate} is named with them; a quarter listed before the registration quarter is left out
 * when its figures are zero and refused when it states one (decisions register §4.6 item 116); an R&amp;D fact that
 * changes the deduction names {@code /industryCode}, {@code /techSme} or {@code /icOrMachineTool} when it changes the
 * verdict or the amount.
 * When the taxable income after the deduction cannot be bounded from the profile (the year's
 * {@code taxableIncomeBeforeRd}, {@code rdExpensedCosts} or {@code rdIntangibles} not known), the relief is bounded
 * from the measure's own parameters: from zero to the relief
 * the calculator gives at the least of the income before the deduction (less the deduction the year is sure to get
 * when its {@code rdExpensedCosts} are known and only its intangibles are not, which can only add to it) and the
 * 3,000,000 limit, the most any taxable income within the limit gets (a documented bound, noted); the facts are
 * named. Quarters known empty (no quarter operated), years known to be empty or a registration after the evaluation
 * date's year (no tax year by then), or a year without rules: ineligible, zero. Years not known, or only years after
 * the evaluation date's (a platform holding the recent ones): undetermined, naming {@code /years}, from zero to the
 * most relief at the taxable-income limit over the years with rules up to the evaluation date's (600,000.00 in 2023,
 * 625,000.00 in 2022; the same documented bound, noted), unless the profile says the industry is restricted or
 * prohibited: ineligible, zero. A business whose
 * {@code legalForm} pays no enterprise income tax ({@code INDIVIDUAL_BUSINESS}, 企业所得税法 第一条;
 * {@code SOLE_PROPRIETORSHIP} or {@code PARTNERSHIP}, 第一条第二款): ineligible, zero, whatever its years.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SmallLowProfitEvaluator implements MeasureEvaluator<SmallLowProfitMeasure> {

  /** The evaluator. */
  public static final SmallLowProfitEvaluator DEFAULT = new SmallLowProfitEvaluator();

  /** The bound on the relief when the taxable income after the R&amp;D deduction is not known. */
  static final Citation BOUND = Citation.libraryDefault("decisions register §1.7", "the taxable income after the R&D "
      + "deduction is not known (the income before it, or the R&D, is missing): the relief runs from zero to the "
      + "relief the calculator gives at the least of the income before the deduction (less the deduction the known "
      + "expensed R&D is sure to give) and the taxable-income limit, "
      + "the most any taxable income within the limit gets (the relief grows with the income up to the limit)");

  /** The firm-year total is the three reliefs once each; this measure's amount is its own part. */
  private static final Citation FIRM_YEAR_PART = Citation.libraryDefault("decisions register §1.7",
      "the firm-year view computes the three national reliefs together (the R&D deduction before the 小型微利企业 "
          + "test); each relief is its own measure's amount, and the total counts each once");

  private SmallLowProfitEvaluator() {
  }

  @Override
  public Class<SmallLowProfitMeasure> measureType() {
    return SmallLowProfitMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.TAX_SAVED;
  }

  @Override
  public MeasureOutcome evaluate(SmallLowProfitMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.TAX_SAVED);
    Citation definition = measure.definition();
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
      if (profile.restrictedOrProhibitedIndustry().orElse(false)) {
        // the tax year's figures are not given, but a restricted or prohibited industry fails the definition whatever
        // they hold
        return ProfileTaxYear.ineligible(context, builder, explain, () -> new Reason(
            "industry-restricted-or-prohibited", LocalizedText.of("从事国家非限制和禁止行业",
                "industry not restricted or prohibited"), definition));
      }
      return yearsNotKnown(measure, profile, context, builder, explain);
    }
    EnterpriseYear year = chosen.get();
    int taxYear = year.year();
    if (explain) {
      builder.addNotes(ProfileTaxYear.choiceNote(taxYear));
      ProfileTaxYear.lossNote(year).ifPresent(builder::addNotes);
    }
    Optional<SmallLowProfitRates> row = measure.findRates(taxYear);
    if (row.isEmpty()) {
      return ProfileTaxYear.ineligible(context, builder, explain, () -> ProfileTaxYear.noRules(taxYear, definition));
    }
    if (year.quarters().map(List::isEmpty).orElse(false)) {
      // the year's own instrument states the averaging over the quarters operated (register §4.6 item 113)
      return ProfileTaxYear.ineligible(context, builder, explain, () -> new Reason("no-quarters-operated",
          LocalizedText.of("纳税年度没有经营的季度", "no quarter operated in the tax year"),
          row.get().definition().orElse(measure.employeeLimit().citation())));
    }
    if (explain) {
      List<Integer> before = ProfileTaxYear.quartersBeforeRegistration(profile, year);
      if (!before.isEmpty()) {
        builder.addNotes(ProfileTaxYear.beforeRegistrationNote(before, profile.registrationDate().orElseThrow()));
      }
    }
    String at = ProfileTaxYear.pointer(profile, year);
    RdMeasure rd = ProfileTaxYear.counterpart(context.data(), measure, RdMeasure.class, RdMeasure.SHENZHEN_2023);
    if (!explain) {
      Optional<Part> known = plainWithKnownDeduction(measure, profile, year, rd, at, context);
      if (known.isPresent()) {
        return context.finish(builder.verdict(known.get().verdict)
            .addAllMissingFacts(ProfileTaxYear.withQuarterFacts(known.get().missing, profile, year, at))
            .amount(known.get().verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO : known.get().amount));
      }
    }
    Optional<RdRequest> rdRequest = Optional.empty();
    List<String> rdMissing = List.of();
    if (rd.hasRulesFor(taxYear)) {
      if (explain) {
        builder.addNotes(ProfileTaxYear.rdKindsNote());
      }
      rdMissing = RdRequest.missingFacts(profile, taxYear);
      if (rdMissing.isEmpty()) {
        rdRequest = Optional.of(RdRequest.from(profile, taxYear));
      }
    }
    Part part = year.taxableIncomeBeforeRd().isEmpty() || !rdMissing.isEmpty()
        ? bounded(measure, profile, year, at, rdMissing, leastDeduction(rd, profile, year, at, context), explain)
        : firmYear(measure, profile, context, rd, rdRequest, taxYear, at, explain);
    builder.verdict(part.verdict).addAllMissingFacts(ProfileTaxYear.withQuarterFacts(part.missing, profile, year, at))
        .amount(part.verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO : part.amount);
    if (explain) {
      builder.addAllReasons(part.reasons).addAllNotes(part.notes).explanation(new Explanation(part.steps));
    }
    return context.finish(builder);
  }

  /**
   * The plain form when the income and the R&amp;D extra deduction are both known exactly: the relief on the income
   * after the deduction, the deduction shared with the R&amp;D measure of the same run. Empty when either is open,
   * which the firm-year view then bounds.
   */
  private static Optional<Part> plainWithKnownDeduction(SmallLowProfitMeasure measure, EnterpriseProfile profile,
      EnterpriseYear year, RdMeasure rd, String at, EvaluationContext context) {
    Optional<BigDecimal> before = ProfileTaxYear.taxableIncome(year);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> deduction = Optional.of(BigDecimal.ZERO);
    if (rd.hasRulesFor(year.year())) {
      if (year.rdExpensedCosts().isEmpty() || year.rdIntangibles().isEmpty()) {
        return Optional.empty();
      }
      try {
        deduction = RdEvaluator.exactDeduction(rd, profile, year, context);
      } catch (InvalidInputException ex) {
        throw ProfileTaxYear.relocate(ex, at);
      }
    }
    if (deduction.isEmpty()) {
      return Optional.empty();
    }
    SmallLowProfitFacts facts;
    try {
      facts = SmallLowProfitFacts.fromQuarters(profile.restrictedOrProhibitedIndustry(),
          ProfileTaxYear.quartersToAverage(profile, year));
    } catch (InvalidInputException ex) {
      throw ex.at(at);
    }
    BigDecimal after = before.get().subtract(deduction.get()).max(BigDecimal.ZERO);
    SmallLowProfitCalculator.Evaluation e = SmallLowProfitCalculator.DEFAULT.evaluate(measure, year.year(),
        Cny.of(after), facts, SmallLowProfitOptions.DEFAULTS, false, true);
    List<String> missing = e.eligibility().missingFacts().isEmpty() ? List.of()
        : ProfileTaxYear.pointers(at).toProfile(e.eligibility().missingFacts());
    return Optional.of(new Part(e.eligibility().verdict(), OutcomeAmount.of(e.relief()), missing, List.of(),
        List.of(), List.of()));
  }

  /** The year through the firm-year view: the deduction, then the test and the relief on the income after it. */
  private static Part firmYear(SmallLowProfitMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      RdMeasure rd, Optional<RdRequest> rdRequest, int taxYear, String at, boolean explain) {
    FirmYearIncomeTax income = FirmYearIncomeTax.from(profile, taxYear);
    ProfilePointers pointers = ProfilePointers.lazy(() -> ProfileTaxYear.pointers(at));
    VatMeasure vat = ProfileTaxYear.counterpart(context.data(), measure, VatMeasure.class, VatMeasure.SHENZHEN_2023);
    FirmYearResult result;
    try {
      // the outcome keeps the relief's part and steps, not the receipt the caller of the calculator gets
      result = FirmYearCalculator.DEFAULT.explainTotalSaved(new FirmYearMeasures(vat, rd, measure),
          FirmYearRequest.builder().taxYear(taxYear).incomeTax(income).rd(rdRequest).build(), ReceiptChoice.OMIT);
    } catch (InvalidInputException ex) {
      throw ProfileTaxYear.relocate(ex, at);
    }
    FirmYearReliefOutcome relief = result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE);
    LinkedHashSet<String> missing = new LinkedHashSet<>(pointers.toProfile(relief.eligibility().missingFacts()));
    if (!relief.saved().isExact() && !result.extraDeduction().isExact()) {
      // the relief turns on the deduction: the R&D facts it waits for leave the amount open (an exact deduction,
      // such as none on no R&D costs, leaves the range to the other facts)
      missing.addAll(pointers.toProfile(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).eligibility()
          .missingFacts()));
    }
    return new Part(relief.eligibility().verdict(), OutcomeAmount.of(relief.saved()), List.copyOf(missing),
        explain ? relief.eligibility().reasons() : List.of(), List.of(),
        explain ? closedOnTheRelief(result, relief) : List.of());
  }

  /**
   * The firm-year steps, which end on the three reliefs' total, closed on this measure's part of it: its amount.
   */
  private static List<ExplanationStep> closedOnTheRelief(FirmYearResult result, FirmYearReliefOutcome relief) {
    List<ExplanationStep> steps = new ArrayList<>(result.explanation().steps());
    AmountRange vat = result.outcome(FirmYearRelief.SMALL_SCALE_VAT).saved();
    AmountRange rd = result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved();
    BigDecimal own = Cny.yuan(relief.saved().maximum(), "saved");
    String formula;
    if (vat.isExact() && rd.isExact() && relief.saved().isExact()) {
      BigDecimal v = Cny.yuan(vat.maximum(), "saved");
      BigDecimal r = Cny.yuan(rd.maximum(), "saved");
      formula = v.add(r).add(own).toPlainString() + " − " + v.toPlainString() + " (VAT) − " + r.toPlainString()
          + " (R&D)";
    } else {
      formula = Cny.yuan(relief.saved().minimum(), "saved").toPlainString() + " .. " + own.toPlainString()
          + " (小型微利企业)";
    }
    steps.add(new CalculationStep(LocalizedText.of("其中小型微利企业减免所得税额（本措施）",
        "of which the 小型微利企业 relief (this measure)"), formula, own, FIRM_YEAR_PART));
    return steps;
  }

  /**
   * The relief when the profile gives no year: whichever year it gives (the latest up to the evaluation date's), the
   * relief is at most the relief at the taxable-income limit (it grows with the income up to the limit, and a firm
   * above it is no 小型微利企业), so from zero to the most of that over the years with rules up to the evaluation
   * date's; unbounded, as before, when there is none.
   */
  private static MeasureOutcome yearsNotKnown(SmallLowProfitMeasure measure, EnterpriseProfile profile,
      EvaluationContext context, MeasureOutcome.Builder builder, boolean explain) {
    MonetaryAmount limit = measure.taxableIncomeLimit().value();
    SmallLowProfitFacts facts = SmallLowProfitFacts.fromQuarters(profile.restrictedOrProhibitedIndustry(), List.of());
    int last = context.asOf().getYear();
    BigDecimal most = null;
    int mostYear = 0;
    for (SmallLowProfitRates row : measure.rates()) {
      int to = Math.min(row.taxYears().end().map(LocalDate::getYear).orElse(last), last);
      for (int year = row.taxYears().start().getYear(); year <= to; year++) {
        SmallLowProfitCalculator.Evaluation e = SmallLowProfitCalculator.DEFAULT.evaluate(measure, year, limit,
            facts, SmallLowProfitOptions.DEFAULTS, false, true);
        BigDecimal relief = Cny.yuan(e.relief().maximum(), "relief");
        if (e.eligibility().verdict() != Verdict.INELIGIBLE && (most == null || relief.compareTo(most) > 0)) {
          most = relief;
          mostYear = year;
        }
      }
    }
    if (most == null) {
      return ProfileTaxYear.unknown(context, builder, List.of("/years"), explain, measure.definition());
    }
    builder.verdict(Verdict.UNDETERMINED).amount(OutcomeAmount.upTo(Cny.of(most))).addMissingFacts("/years");
    if (explain) {
      builder.addReasons(new Reason("tax-year-figures", LocalizedText.of("纳税年度的数据未知：/years",
          "the tax year's figures are not known: /years"), measure.definition()));
      String at = Cny.yuan(limit, "taxableIncomeLimit").toPlainString();
      builder.addNotes(new Reason("slpe-relief-bound", LocalizedText.of("纳税年度的数据未知：减免额为零至应纳税所得额 " + at
          + " 元时的最高减免（" + mostYear + " 纳税年度）", "the tax year's figures are not known: the relief from zero to "
          + "the most at a taxable income of " + at + " (tax year " + mostYear + ")"), BOUND));
    }
    return context.finish(builder);
  }

  /** The least R&amp;D extra deduction the year is sure to get (its costs known, its intangibles maybe not). */
  private static RdLeastDeduction leastDeduction(RdMeasure rd, EnterpriseProfile profile, EnterpriseYear year,
      String at, EvaluationContext context) {
    try {
      return RdEvaluator.leastDeduction(rd, profile, year, context);
    } catch (InvalidInputException ex) {
      throw ProfileTaxYear.relocate(ex, at);
    }
  }

  /**
   * The relief when the taxable income after the deduction is not known: from zero to the relief at the least of the
   * income before the deduction less the least deduction the year is sure to get (its expensed R&amp;D known, its
   * intangibles not) and the limit, the other conditions tested there.
   */
  private static Part bounded(SmallLowProfitMeasure measure, EnterpriseProfile profile, EnterpriseYear year,
      String at, List<String> rdMissing, RdLeastDeduction least, boolean explain) {
    BigDecimal limit = Cny.yuan(measure.taxableIncomeLimit().value(), "taxableIncomeLimit");
    BigDecimal leastDeduction = least.deduction();
    // the income after the deduction is at most the income before it less the deduction the year is sure to get
    Optional<BigDecimal> before = ProfileTaxYear.taxableIncome(year)
        .map(known -> known.subtract(leastDeduction).max(BigDecimal.ZERO));
    BigDecimal income = before.map(known -> known.min(limit)).orElse(limit);
    SmallLowProfitFacts facts;
    try {
      facts = SmallLowProfitFacts.fromQuarters(profile.restrictedOrProhibitedIndustry(),
          ProfileTaxYear.quartersToAverage(profile, year));
    } catch (InvalidInputException ex) {
      throw ex.at(at);
    }
    SmallLowProfitCalculator.Evaluation e = SmallLowProfitCalculator.DEFAULT.evaluate(measure, year.year(),
        Cny.of(income), facts, SmallLowProfitOptions.DEFAULTS, explain, true);
    List<ExplanationStep> steps = new ArrayList<>();
    if (explain) {
      steps.add(new InputStep(LocalizedText.of("扣除研发费用加计扣除后的应纳税所得额未知：按 " + income.toPlainString()
          + " 计算可能的最高减免", "taxable income after the R&D deduction not known: the most relief, at "
          + income.toPlainString()), "income before the deduction, less the least deduction "
          + leastDeduction.toPlainString() + ": " + before.map(BigDecimal::toPlainString).orElse("not given")
          + "; limit " + limit.toPlainString()));
      steps.addAll(e.steps().list());
    }
    List<Reason> reasons = explain ? e.eligibility().reasons() : List.of();
    Verdict atBound = e.eligibility().verdict();
    if (atBound == Verdict.INELIGIBLE) {
      return new Part(Verdict.INELIGIBLE, OutcomeAmount.ZERO, List.of(), reasons, List.of(), steps);
    }
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    if (before.isEmpty()) {
      missing.add(at + "/taxableIncomeBeforeRd");
    } else if (before.get().signum() > 0) {
      missing.addAll(rdMissing);
      // an industry or kind not known may leave the year without the deduction its known R&D would give
      missing.addAll(least.undecided());
      // a kind not known that raises the deduction above the least (/icOrMachineTool: 120% against 100% in 2023)
      // lowers the most relief whenever the income after the greater deduction is below the limit
      BigDecimal incomeBefore = ProfileTaxYear.taxableIncome(year).orElseThrow();
      if (incomeBefore.subtract(least.most()).compareTo(limit) < 0) {
        missing.addAll(least.raising());
      }
    }
    missing.addAll(ProfileTaxYear.pointers(at).toProfile(e.eligibility().missingFacts()));
    boolean open = before.isEmpty() || before.get().compareTo(limit) > 0 || atBound == Verdict.UNDETERMINED;
    OutcomeAmount amount = OutcomeAmount.upTo(Cny.of(Cny.yuan(e.relief().maximum(), "relief")));
    List<Reason> notes = explain ? List.of(new Reason("slpe-relief-bound", LocalizedText.of(
        "扣除研发费用加计扣除后的应纳税所得额未知：减免额为零至限额内的最高减免", "taxable income after the R&D deduction not known: "
        + "the relief from zero to the most within the limit"), BOUND)) : List.of();
    return new Part(open ? Verdict.UNDETERMINED : Verdict.ELIGIBLE, amount, List.copyOf(missing), reasons, notes,
        steps);
  }

  /** The verdict, amount, missing facts, reasons, notes and steps of the relief. */
  private record Part(Verdict verdict, OutcomeAmount amount, List<String> missing, List<Reason> reasons,
      List<Reason> notes, List<ExplanationStep> steps) {
  }
}
