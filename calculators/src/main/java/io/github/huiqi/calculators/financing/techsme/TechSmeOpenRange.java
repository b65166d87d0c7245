package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts an amount still waits on, and the range they leave: the calculator's own, the absent lists and an
 * absent {@code techSmeSubsidyReceived}, for {@link TechSmeEvaluator}, whose class Javadoc states the outcome. It
 * widens the calculator's range by them (an absent list raises the top by what {@link TechSmeAbsentLists} says it can
 * add, within the yearly cap of 1,000,000 and what is left of the programme cap; an absent amount received takes the
 * least to zero when the top is positive) and sets the outcome's verdict, amount, binding limit, missing facts,
 * reasons and notes, the verdict the conditions' (decisions register §4.6 item 42). It also gives the outcome when
 * every known item fails on its own dates while a list is absent ({@link #openByAbsentLists}: §0.3, §4.6 items 42
 * and 53).
 * <p>
 * One per evaluation; the plain form keeps no reasons or notes.
 */
final class TechSmeOpenRange {

  private static final String INTEREST = TechSmeEvaluator.INTEREST;
  private static final String FEES = TechSmeEvaluator.FEES;
  private static final String RECEIVED = TechSmeEvaluator.RECEIVED;
  private static final Citation RECEIVED_DEFAULT = Citation.libraryDefault("decisions register §4.1 item 8",
      "the programme cap of 3,000,000 counts what the enterprise already received, which the profile does not give; "
          + "the amount is computed with nothing received (the favourable case) and, since the cap may already be "
          + "spent, ranges from zero whenever it is positive");

  private final TechSmeMeasure measure;
  private final EnterpriseProfile profile;
  private final List<String> absentLists;
  private final boolean explain;
  /** The missing facts, in order; null while there is none. */
  private Set<String> missing;
  /** The reasons and notes of the explaining form; the plain form keeps none. */
  private final List<Reason> reasons;
  private final List<Reason> notes;
  /** The verdict on the conditions, with their reasons; null in the plain form. */
  private Eligibility conditions;
  /** The calculator's verdict with its reasons, the first-time ratio among them; null in the plain form. */
  private Eligibility calculatorReasons;
  private BigDecimal minimum;
  private BigDecimal maximum;
  /** What the absent lists can add at most, before the yearly and programme caps. */
  BigDecimal added = BigDecimal.ZERO;
  /** The cap that sets the top once the absent lists are added (register §4.6 item 88); null when none does. */
  private BindingLimit upperCap;
  /** What the absent lists can add, and the cap that then sets the top. */
  private final TechSmeAbsentLists lists;

  TechSmeOpenRange(TechSmeMeasure measure, EnterpriseProfile profile, List<String> absentLists, boolean explain) {
    this.measure = measure;
    this.profile = profile;
    this.absentLists = absentLists;
    this.explain = explain;
    this.reasons = explain ? new ArrayList<>() : List.of();
    this.notes = explain ? new ArrayList<>() : List.of();
    this.lists = new TechSmeAbsentLists(measure, profile, absentLists, explain, notes);
  }

  /**
   * Widens the calculator's range by the absent facts.
   *
   * @param min  what is certain, in yuan
   * @param max  what the known items give at most, in yuan
   * @param calculatorMissing  the calculator's missing facts, as its request's pointers
   * @param conditionsVerdict  the verdict on the measure's conditions with their reasons
   * @param calculatorVerdict  the calculator's verdict with its reasons (the first-time ratio's among them)
   */
  void widen(BigDecimal min, BigDecimal max, List<String> calculatorMissing, Eligibility conditionsVerdict,
      Eligibility calculatorVerdict) {
    widen(min, max, calculatorMissing, conditionsVerdict, calculatorVerdict, true);
  }

  /**
   * Widens the range of a claim a known item already makes: an absent list is named only when it raises the top, for
   * it opens the amount only, and within caps the known items already reach it adds nothing (decisions register §4.6
   * item 150).
   *
   * @param min  what is certain, in yuan
   * @param max  what the known items give at most, in yuan
   * @param calculatorMissing  the calculator's missing facts, as its request's pointers
   * @param conditionsVerdict  the verdict on the measure's conditions with their reasons
   * @param calculatorVerdict  the calculator's verdict with its reasons (the first-time ratio's among them)
   */
  void widenClaimed(BigDecimal min, BigDecimal max, List<String> calculatorMissing, Eligibility conditionsVerdict,
      Eligibility calculatorVerdict) {
    widen(min, max, calculatorMissing, conditionsVerdict, calculatorVerdict, false);
  }

  private void widen(BigDecimal min, BigDecimal max, List<String> calculatorMissing, Eligibility conditionsVerdict,
      Eligibility calculatorVerdict, boolean listsDecide) {
    for (String fact : calculatorMissing) {
      missing(TechSmeRequest.profileField(fact));
    }
    conditions = conditionsVerdict;
    calculatorReasons = calculatorVerdict;
    minimum = min;
    maximum = max;
    if (!absentLists.isEmpty()) {
      BigDecimal annual = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
      BigDecimal more = lists.absentListsAdd();
      added = more;
      BigDecimal uncapped = maximum.add(more);
      BigDecimal left = lists.programmeLeft();
      BigDecimal known = maximum;
      maximum = uncapped.min(annual).min(left);
      if (listsDecide || maximum.compareTo(known) > 0) {
        upperCap = lists.upperCap(uncapped, annual, left);
        for (String list : absentLists) {
          missing(list);
          if (explain) {
            reasons.add(listReason(list));
          }
        }
      }
    }
    if (profile.techSmeSubsidyReceived().isEmpty()) {
      if (maximum.signum() > 0) {
        minimum = BigDecimal.ZERO;
        missing(RECEIVED);
        if (explain) {
          reasons.add(new Reason("programme-total-received-not-known", LocalizedText.of(
              "未提供此前已获本项目资助总额：办法有效期内资助总额上限可能已用尽，金额下限为0",
              "what the programme already paid is not given: its cap over the programme may be spent, so the "
                  + "least is zero"), measure.capPerEnterpriseOverProgramme().citation()));
        }
      }
      if (explain) {
        notes.add(new Reason("programme-total-received-default", LocalizedText.of(
            "未提供此前已获本项目资助总额：按0计算（有利情形）", "what the programme already paid is not given: "
                + "computed as zero (the favourable case)"), RECEIVED_DEFAULT));
      }
    }
  }

  /**
   * Sets the verdict, amount, binding limit, missing facts, reasons and notes.
   * <p>
   * The verdict is the conditions' (decisions register §4.6 item 42): a fact that only changes the amount (an
   * absent list beside a known item, the amount received, the first-time ratio) leaves an eligible firm eligible,
   * the amount a range and the fact missing; its reason is then a note.
   *
   * @param builder  the outcome's builder
   * @param verdict  the verdict on the conditions, eligible or undetermined
   * @param listsDecide  whether the absent lists decide a condition (no item is known: the firm may have paid
   *     nothing), so that their reasons are the verdict's
   * @param bindingLimits  the caps that reduced the amount in the favourable case, in the order applied: the
   *     last one binds, unless a later cap sets the top once the absent lists are added
   */
  void finish(MeasureOutcome.Builder builder, Verdict verdict, boolean listsDecide,
      List<BindingLimit> bindingLimits) {
    OutcomeAmount amount = minimum.compareTo(maximum) == 0 ? OutcomeAmount.exactly(Cny.of(minimum))
        : OutcomeAmount.between(Cny.of(minimum), Cny.of(maximum));
    builder.verdict(verdict).amount(amount);
    BindingLimit known = bindingLimits.isEmpty() ? null : bindingLimits.get(bindingLimits.size() - 1);
    BindingLimit binding = TechSmeAbsentLists.later(known, upperCap);
    if (binding != null) {
      builder.bindingLimit(binding);
    }
    if (missing != null) {
      builder.addAllMissingFacts(missing);
    }
    if (explain) {
      if (conditions.verdict() == verdict) {
        builder.addAllReasons(conditions.reasons());
      }
      List<Reason> amountOnly = new ArrayList<>();
      if (calculatorReasons.verdict() == Verdict.UNDETERMINED) {
        // the calculator's reasons the conditions' leave out: the first-time ratio, which changes the amount only
        calculatorReasons.reasons().stream().filter(reason -> !conditions.reasons().contains(reason))
            .forEach(amountOnly::add);
      }
      if (listsDecide) {
        builder.addAllReasons(reasons);
      } else {
        amountOnly.addAll(reasons);
      }
      builder.addAllNotes(amountOnly).addAllNotes(notes);
    }
  }

  private void missing(String fact) {
    if (missing == null) {
      missing = new LinkedHashSet<>();
    }
    missing.add(fact);
  }

  private Reason listReason(String list) {
    if (list.equals(INTEREST)) {
      return new Reason("interest-payments-not-known", LocalizedText.of("未提供利息支付记录",
          "the interest payments are not given"), measure.interestRatio().citation());
    }
    if (list.equals(FEES)) {
      return new Reason("guarantee-fees-not-known", LocalizedText.of("未提供担保费支付记录",
          "the guarantee fees paid are not given"), measure.guaranteeFeeRatio().citation());
    }
    return new Reason("insurance-premiums-not-known", LocalizedText.of("未提供贷款保证保险费支付记录",
        "the guarantee-insurance premiums paid are not given"), measure.insurancePremiumRatio().citation());
  }

  /**
   * The outcome when every known item fails on its own dates (paid outside the validity of the ratio that would pay
   * it, or outside the enrolment's dates) while a payment list is absent: the absent list may hold an item that
   * qualifies, so the lists decide whether there is a claim (decisions register §0.3, §4.6 item 42). Undetermined,
   * from zero up to the favourable case: the known items as an enrolment that reaches the claim pays them (an item of
   * the absent list within the enrolment's dates brings the claim within them: §1.2 card 000-13), plus what each
   * absent list can add (§4.1 item 8b), within the caps. A firm-wide failure, the enrolment known not held, is
   * ineligible before this; so is a claim whose absent lists can hold nothing (the fees of loans all known not to be
   * guaranteed), which returns false and leaves the builder untouched. Caps already spent leave it undetermined at
   * 0.00 (decisions register §4.6 item 53).
   *
   * @return whether the outcome is undetermined, its verdict, amount, missing facts, reasons and notes then set
   */
  static boolean openByAbsentLists(TechSmeMeasure measure, EnterpriseProfile profile,
      TechSmeRequest request, TechSmeCalculator.Evaluation evaluation, TechSmeOpenRange open,
      MeasureOutcome.Builder builder, boolean explain) {
    TracedCondition.Decision firm = TracedCondition.decide(
        List.of(TechSmeCalculator.enrolmentCondition(measure, profile.enterpriseFacts())), new StepTrace(explain));
    // the favourable case: the enrolment as the profile gives it, before its dates are tested against the known items
    TechSmeCalculator.Evaluation favourable = TechSmeCalculator.DEFAULT.evaluate(measure,
        TechSmeRequest.builder().from(request).enterprise(profile.enterpriseFacts()).build(), false);
    boolean knownPay = favourable.eligibility().verdict() != Verdict.INELIGIBLE;
    List<String> calculatorMissing = new ArrayList<>(firm.missingFacts());
    if (knownPay) {
      calculatorMissing.addAll(favourable.eligibility().missingFacts());
    }
    BigDecimal knownMost = knownPay ? Cny.yuan(favourable.amount().maximum(), "maximum") : BigDecimal.ZERO;
    open.widen(BigDecimal.ZERO, knownMost, calculatorMissing, firm.eligibility(), firm.eligibility());
    if (open.added.signum() == 0) {
      // the absent lists can hold nothing (every loan known not guaranteed, say): the known items are all there is.
      // Caps spent are not this: an item of an absent list within the dates makes a claim, eligible at 0.00, so the
      // outcome is undetermined at 0.00 (decisions register §4.6 item 53)
      return false;
    }
    open.finish(builder, Verdict.UNDETERMINED, true, knownPay ? favourable.best().bindingLimits : List.of());
    if (explain) {
      // why the known items give nothing as they stand
      builder.addAllNotes(evaluation.eligibility().reasons());
    }
    return true;
  }
}
