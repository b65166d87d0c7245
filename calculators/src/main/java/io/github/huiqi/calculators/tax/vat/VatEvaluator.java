package io.github.huiqi.calculators.tax.vat;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ItemsTotalStep;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.tax.internal.ProfileTaxYear;
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
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatRegime;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the small-scale VAT relief ({@link VatMeasure}, such as 深工信〔2023〕26号 第1条) for an enterprise
 * profile: the VAT saved against the standard 3% levy, what {@link VatCalculator#amountSaved} computes, summed over
 * the tax year's filing periods given (periods not given add nothing and are not asked for: decisions register §4.6
 * item 79).
 * <p>
 * The tax year is the latest of the profile's {@code years} not after the evaluation date's year (a documented
 * default, noted). Each of its {@code vatPeriods} is one {@link VatRequest#from(EnterpriseProfile, VatPeriodSales)},
 * the taxpayer's region being the profile's {@code registrationRegionCode}. The enterprise is eligible if a relief
 * applies in a period, undetermined if none does but one may (the region unknown where it decides the levy, naming
 * {@code /registrationRegionCode}), ineligible otherwise; the amount is exact when every period is decided. A period
 * whose region is not known but whose every possible levy gives a relief (exempt in 湖北 or at 1% elsewhere in
 * 2020-03..2021-03) counts as one where a relief applies: eligible, the amount a range, the region named.
 * <p>
 * Only a small-scale taxpayer gets the relief: {@code smallScaleTaxpayer} false is ineligible; absent, the outcome is
 * undetermined, naming {@code /smallScaleTaxpayer}, from zero to what the periods would save. Years not known, or
 * only years after the evaluation date's (and no registration date after it): undetermined, naming {@code /years},
 * with no upper bound; the year's periods not known: likewise, naming {@code /years/i/vatPeriods}. Years known to be
 * empty or a registration after the evaluation date's year (no tax year by then), no period in the year, or a year
 * the measure has no rules for: ineligible, zero. Periods that overlap, or one whose facts the calculator rejects, are
 * bad input named by the profile's pointer, such as {@code /years/0/vatPeriods/1/period}: a period given twice is
 * {@code input.duplicate}, one overlapping another in part {@code input.conflict}, each naming both periods. No cap
 * applies.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class VatEvaluator implements MeasureEvaluator<VatMeasure> {

  /** The evaluator. */
  public static final VatEvaluator DEFAULT = new VatEvaluator();

  private static final String SMALL_SCALE = "/smallScaleTaxpayer";
  private static final ProfilePointers POINTERS = ProfilePointers.builder()
      .exact("/taxpayerRegionCode", "/registrationRegionCode").build();

  private VatEvaluator() {
  }

  @Override
  public Class<VatMeasure> measureType() {
    return VatMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.TAX_SAVED;
  }

  @Override
  public MeasureOutcome evaluate(VatMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.TAX_SAVED);
    Citation citation = measure.standardLevyRate().citation();
    Optional<Boolean> smallScale = profile.smallScaleTaxpayer();
    if (smallScale.equals(Optional.of(false))) {
      return ProfileTaxYear.ineligible(context, builder, explain, () -> smallScaleReason(false, citation));
    }
    List<String> unknown = smallScale.isEmpty() ? List.of(SMALL_SCALE) : List.of();
    Optional<EnterpriseYear> chosen = profile.years().isEmpty() ? Optional.empty()
        : ProfileTaxYear.choose(profile, context.asOf());
    if (chosen.isEmpty()) {
      if (profile.years().isPresent() && ProfileTaxYear.knownToHaveNoTaxYear(profile, context.asOf())) {
        return ProfileTaxYear.ineligible(context, builder, explain, () -> ProfileTaxYear.noTaxYear(context.asOf()));
      }
      return ProfileTaxYear.unknown(context, builder, concat(unknown, "/years"), explain, citation);
    }
    EnterpriseYear year = chosen.get();
    String at = ProfileTaxYear.pointer(profile, year);
    if (explain) {
      builder.addNotes(ProfileTaxYear.choiceNote(year.year()));
    }
    if (!hasRules(measure, year.year())) {
      return ProfileTaxYear.ineligible(context, builder, explain, () -> ProfileTaxYear.noRules(year.year(),
          measure.regimes().get(0).levy().citation()));
    }
    if (year.vatPeriods().isEmpty()) {
      return ProfileTaxYear.unknown(context, builder, concat(unknown, at + "/vatPeriods"), explain, citation);
    }
    List<VatPeriodSales> periods = year.vatPeriods().get();
    if (periods.isEmpty()) {
      return ProfileTaxYear.ineligible(context, builder, explain, () -> new Reason("no-vat-periods",
          LocalizedText.of("纳税年度没有增值税申报期", "no VAT filing period in the tax year"), citation));
    }
    checkOverlaps(periods, at);
    return periods(measure, profile, context, builder, periods, at, explain);
  }

  private static MeasureOutcome periods(VatMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      MeasureOutcome.Builder builder, List<VatPeriodSales> periods, String at, boolean explain) {
    BigDecimal minimum = BigDecimal.ZERO;
    BigDecimal maximum = BigDecimal.ZERO;
    boolean anyEligible = false;
    boolean anyUndetermined = false;
    List<VatCalculator.Evaluation> evaluations = new ArrayList<>(periods.size());
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    for (int j = 0; j < periods.size(); j++) {
      String pointer = at + "/vatPeriods/" + j;
      VatCalculator.Evaluation evaluation;
      try {
        evaluation = VatCalculator.DEFAULT.evaluate(measure, VatRequest.from(profile, periods.get(j)), explain);
      } catch (InvalidInputException ex) {
        throw ex.at(pointer);
      }
      evaluations.add(evaluation);
      // a period whose region is not known still gets a relief when every levy that may apply gives one
      Verdict verdict = evaluation.eligibleUnderEveryLevy() ? Verdict.ELIGIBLE : evaluation.eligibility().verdict();
      anyEligible |= verdict == Verdict.ELIGIBLE;
      anyUndetermined |= verdict == Verdict.UNDETERMINED;
      missing.addAll(POINTERS.toProfile(evaluation.eligibility().missingFacts()));
      minimum = minimum.add(Cny.yuan(evaluation.amountSaved().minimum(), "amountSaved"));
      maximum = maximum.add(Cny.yuan(evaluation.amountSaved().maximum(), "amountSaved"));
    }
    Verdict verdict = anyEligible ? Verdict.ELIGIBLE : anyUndetermined ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
    boolean smallScaleKnown = profile.smallScaleTaxpayer().isPresent();
    // an ineligible outcome names no fact: every period was decided ineligible, and such a period names none
    if (verdict != Verdict.INELIGIBLE && !smallScaleKnown) {
      verdict = Verdict.UNDETERMINED;
      minimum = BigDecimal.ZERO;
      LinkedHashSet<String> all = new LinkedHashSet<>(List.of(SMALL_SCALE));
      all.addAll(missing);
      missing = all;
    }
    builder.verdict(verdict).addAllMissingFacts(missing).amount(verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
        : OutcomeAmount.between(Cny.of(minimum), Cny.of(maximum)));
    if (explain) {
      explainPeriods(measure, builder, periods, evaluations, verdict, smallScaleKnown, at);
    }
    return context.finish(builder);
  }

  private static void explainPeriods(VatMeasure measure, MeasureOutcome.Builder builder,
      List<VatPeriodSales> periods, List<VatCalculator.Evaluation> evaluations, Verdict verdict,
      boolean smallScaleKnown, String at) {
    Citation citation = measure.standardLevyRate().citation();
    Map<String, Reason> reasons = new LinkedHashMap<>();
    if (verdict != Verdict.INELIGIBLE) {
      Reason smallScale = smallScaleReason(true, citation);
      reasons.put(smallScale.code(), smallScale);
    }
    List<ExplanationStep> steps = new ArrayList<>();
    List<BigDecimal> saved = new ArrayList<>();
    for (int j = 0; j < evaluations.size(); j++) {
      VatCalculator.Evaluation evaluation = evaluations.get(j);
      Verdict own = evaluation.eligibleUnderEveryLevy() ? Verdict.ELIGIBLE : evaluation.eligibility().verdict();
      if (own == verdict || !smallScaleKnown && verdict == Verdict.UNDETERMINED && own == Verdict.ELIGIBLE) {
        evaluation.eligibility().reasons().forEach(reason -> reasons.putIfAbsent(reason.code(), reason));
      }
      // the words in the reader's language, in the name; the value the verdict's code and the amounts at the fen
      BigDecimal savedMin = Cny.yuan(evaluation.amountSaved().minimum(), "amountSaved");
      BigDecimal savedMax = Cny.yuan(evaluation.amountSaved().maximum(), "amountSaved");
      steps.add(new InputStep(LocalizedText.of("—— 申报期 " + periods.get(j).period() + "（" + at + "/vatPeriods/" + j
          + "）：结论，少缴增值税", "—— filing period " + periods.get(j).period() + " (" + at + "/vatPeriods/" + j
          + "): verdict, VAT saved"), evaluation.eligibility().verdict() + ", " + savedMin.toPlainString()
          + (evaluation.amountSaved().isExact() ? "" : " .. " + savedMax.toPlainString())));
      steps.addAll(evaluation.steps().list());
      if (evaluation.eligibility().verdict() != Verdict.INELIGIBLE) {
        saved.add(evaluation.amountSaved().isExact() ? savedMin : null);
      }
    }
    // the periods' savings in all, when each is one figure: the amount (its most when the taxpayer status is open)
    if (!saved.contains(null)) {
      ItemsTotalStep.of(LocalizedText.of("各申报期较按3%征收率少缴的增值税合计", "VAT saved over the filing periods in all"),
          saved, citation).ifPresent(steps::add);
    }
    builder.addAllReasons(reasons.values()).explanation(new Explanation(steps));
  }

  /** The condition that the enterprise is a small-scale taxpayer: met or unknown (true), or failed (false). */
  private static Reason smallScaleReason(boolean held, Citation citation) {
    String code = held ? "small-scale-taxpayer" : "not-small-scale-taxpayer";
    return new Reason(code, LocalizedText.of("增值税小规模纳税人", "a small-scale VAT taxpayer"), citation);
  }

  /** Whether a row of the measure's table governs some day of the year. */
  private static boolean hasRules(VatMeasure measure, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    for (VatRegime regime : measure.regimes()) {
      DateRange rows = regime.periods();
      if (!rows.start().isAfter(last) && rows.end().map(end -> !end.isBefore(first)).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private static void checkOverlaps(List<VatPeriodSales> periods, String at) {
    for (int j = 1; j < periods.size(); j++) {
      DateRange dates = periods.get(j).period().dates();
      for (int k = 0; k < j; k++) {
        DateRange other = periods.get(k).period().dates();
        if (!dates.start().isAfter(other.end().orElseThrow()) && !other.start().isAfter(dates.end().orElseThrow())) {
          String field = at + "/vatPeriods/" + j + "/period";
          String otherField = at + "/vatPeriods/" + k + "/period";
          VatFilingPeriod period = periods.get(j).period();
          VatFilingPeriod otherPeriod = periods.get(k).period();
          if (period.equals(otherPeriod)) {
            // the same period twice, as any repeat: input.duplicate, naming the first one and its period
            throw new InvalidInputException(InvalidInputException.DUPLICATE, field, period, "must not repeat the "
                + "period at " + otherField + " (" + otherPeriod + "): each filing period is given once",
                "必须唯一：与 " + otherField + "（" + otherPeriod + "）的所属期重复，每个所属期只填一次", null);
          }
          // a part of the days twice (a month within a quarter): two facts that contradict each other. The profile's
          // year refuses a month beside a quarter when it is built, so this guards a year read some other way
          throw InvalidInputException.conflict(field, period, otherField, otherPeriod,
              "must not overlap the period at", "不得重叠：与所属期");
        }
      }
    }
  }

  private static List<String> concat(List<String> first, String last) {
    List<String> all = new ArrayList<>(first);
    all.add(last);
    return all;
  }
}
