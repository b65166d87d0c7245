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
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts an amount still waits on, and the range they leave: the calculator's own, the absent lists and an
 * absent {@code techSmeSubsidyReceived}.
 */
final class TechSmeOpenRange {

  private static final String INTEREST = TechSmeEvaluator.INTEREST;
  private static final String FEES = TechSmeEvaluator.FEES;
  private static final String PREMIUMS = TechSmeEvaluator.PREMIUMS;
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

  TechSmeOpenRange(TechSmeMeasure measure, EnterpriseProfile profile, List<String> absentLists, boolean explain) {
    this.measure = measure;
    this.profile = profile;
    this.absentLists = absentLists;
    this.explain = explain;
    this.reasons = explain ? new ArrayList<>() : List.of();
    this.notes = explain ? new ArrayList<>() : List.of();
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
    for (String fact : calculatorMissing) {
      missing(TechSmeRequest.profileField(fact));
    }
    conditions = conditionsVerdict;
    calculatorReasons = calculatorVerdict;
    minimum = min;
    maximum = max;
    if (!absentLists.isEmpty()) {
      BigDecimal annual = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
      BigDecimal more = absentListsAdd();
      for (String list : absentLists) {
        missing(list);
        if (explain) {
          reasons.add(listReason(list));
        }
      }
      added = more;
      BigDecimal uncapped = maximum.add(more);
      BigDecimal left = programmeLeft();
      maximum = uncapped.min(annual).min(left);
      upperCap = upperCap(uncapped, annual, left);
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
   * The cap that sets the top once the absent lists are added, the last of those that do in the calculator's order
   * (decisions register §4.6 items 88 and 92): what is left of the programme cap when it cuts the top and it is
   * below the yearly cap; else the yearly cap on all items when it cuts the top; else the premium's or the fee's own
   * yearly cap when it cuts what that absent list adds (the premium's applied after the fee's); null when none does
   * (an absent interest or fee list bounded by the known loans at or below its cap).
   */
  private BindingLimit upperCap(BigDecimal uncapped, BigDecimal annual, BigDecimal left) {
    // a cap binds the top when it cuts it, not when the top only reaches its figure (register §4.6 item 92): an
    // absent interest list is counted here at what the loans let it add before the yearly cap on all items (with
    // no loan to bound it, it passes any cap)
    Optional<BigDecimal> interestBound = absentLists.contains(INTEREST) ? interestLoanBound()
        : Optional.of(BigDecimal.ZERO);
    boolean passesAny = interestBound.isEmpty();
    BigDecimal beforeYearly = passesAny ? uncapped
        : uncapped.subtract(absentLists.contains(INTEREST) ? annual.min(interestBound.get()) : BigDecimal.ZERO)
            .add(interestBound.get());
    if (left.compareTo(annual) < 0 && (passesAny || left.compareTo(beforeYearly) < 0)) {
      return new BindingLimit("cap-per-enterprise-over-programme", TechSmeCalculator.PROGRAMME_CAP, Cny.of(left),
          measure.capPerEnterpriseOverProgramme().citation());
    }
    if (passesAny || beforeYearly.compareTo(annual) > 0) {
      return new BindingLimit("cap-per-enterprise-per-year", TechSmeCalculator.ANNUAL_CAP,
          measure.capPerEnterprisePerYear().value(), measure.capPerEnterprisePerYear().citation());
    }
    if (absentLists.contains(PREMIUMS) && TechSmeLoanBound.premiumsPossible(profile)) {
      return new BindingLimit("insurance-premium-cap-per-year", TechSmeCalculator.PREMIUM_CAP,
          measure.insurancePremiumCapPerYear().value(), measure.insurancePremiumCapPerYear().citation());
    }
    BigDecimal feeCap = Cny.positiveYuan(measure.guaranteeFeeCapPerYear().value(), "guaranteeFeeCapPerYear");
    if (absentLists.contains(FEES) && feeCap.compareTo(loanBoundQuietly(FEES, measure.guaranteeFeeRatio().value()))
        < 0) {
      return new BindingLimit("guarantee-fee-cap-per-year", TechSmeCalculator.FEE_CAP,
          measure.guaranteeFeeCapPerYear().value(), measure.guaranteeFeeCapPerYear().citation());
    }
    return null;
  }

  /** What the known loans let an absent list add (its ratio × their interest or fees), with no note. */
  private BigDecimal loanBoundQuietly(String list, Rate ratio) {
    Optional<BigDecimal> bound = list.equals(INTEREST) ? interestLoanBound()
        : TechSmeLoanBound.fees(profile).map(fees -> TechSmeLoanBound.subsidy(ratio, fees));
    return bound.isEmpty() ? Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear")
        : bound.get();
  }

  /**
   * What the known loans let an absent interest list add, rounded up to the fen: their interest arising in the
   * uplift window at the uplifted ratio and the rest at the base ratio, the larger over the first-time borrower
   * values still possible (decisions register §4.1 item 8b, §4.6 item 97); empty when the loans are not known.
   */
  private Optional<BigDecimal> interestLoanBound() {
    Optional<Boolean> first = profile.enterpriseFacts().firstTimeBorrower();
    Optional<BigDecimal> most = Optional.empty();
    for (boolean value : first.map(List::of).orElse(List.of(true, false))) {
      Optional<BigDecimal> bound = TechSmeLoanBound.interestSubsidy(profile, measure, measure.upliftedRatio(value),
          measure.baseRatio(value));
      if (bound.isPresent() && (most.isEmpty() || bound.get().compareTo(most.get()) > 0)) {
        most = bound;
      }
    }
    return most.map(bound -> bound.setScale(2, RoundingMode.CEILING));
  }

  /**
   * What the absent lists can add at most, each within its own yearly cap (an interest list within the yearly cap
   * on all items), before the yearly and programme caps on the whole claim: decisions register §4.1 item 8b.
   */
  BigDecimal absentListsAdd() {
    BigDecimal annual = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    BigDecimal more = BigDecimal.ZERO;
    for (String list : absentLists) {
      more = more.add(list.equals(INTEREST) ? annual.min(loanBound(list, null))
          : list.equals(FEES)
          ? Cny.positiveYuan(measure.guaranteeFeeCapPerYear().value(), "guaranteeFeeCapPerYear")
              .min(loanBound(list, measure.guaranteeFeeRatio().value()))
          : TechSmeLoanBound.premiumsPossible(profile)
          ? Cny.positiveYuan(measure.insurancePremiumCapPerYear().value(), "insurancePremiumCapPerYear")
          : BigDecimal.ZERO);
    }
    return more;
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
    BindingLimit binding = later(known, upperCap);
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

  /**
   * Returns what an absent interest or fee list can add as the profile's loans bound it (ratio × the loans' interest
   * or fees, rounded up to the fen), noting it in the explaining form; a large figure when they do not bound it.
   */
  private BigDecimal loanBound(String list, Rate ratio) {
    Optional<BigDecimal> bound = list.equals(INTEREST) ? TechSmeLoanBound.interest(profile)
        : TechSmeLoanBound.fees(profile);
    if (bound.isEmpty()) {
      return Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    }
    String borne = bound.get().setScale(2, RoundingMode.CEILING).toPlainString();
    if (list.equals(INTEREST)) {
      // the interest arising in the uplift window at the uplifted ratio, the rest at the base ratio (item 97)
      BigDecimal subsidy = interestLoanBound().orElseThrow();
      if (explain) {
        notes.add(new Reason("interest-bounded-by-loans", LocalizedText.of("利息支付记录未提供：按已知贷款计最多"
            + borne + "元，资助至多" + subsidy.toPlainString() + "元（" + measure.upliftWindow().value()
            + "期间产生的利息按 " + highestInterestRatio() + "，其余按原比例）", "the interest paid is not given: the "
            + "known loans bear at most " + borne + ", so they add at most " + subsidy.toPlainString() + " (the "
            + "interest arising in " + measure.upliftWindow().value() + " at " + highestInterestRatio()
            + ", the rest at the base ratio)"), TechSmeLoanBound.DEFAULT));
      }
      return subsidy;
    }
    BigDecimal subsidy = TechSmeLoanBound.subsidy(ratio, bound.get());
    if (explain) {
      notes.add(new Reason("guarantee-fees-bounded-by-loans", LocalizedText.of("担保费支付记录未提供：按已知贷款计最多"
          + borne + "元，资助至多 " + ratio + " × 该额 = " + subsidy.toPlainString() + "元", "the guarantee fees paid "
          + "are not given: the known loans bear at most " + borne + ", so they add at most " + ratio
          + " × that = " + subsidy.toPlainString()), TechSmeLoanBound.DEFAULT));
    }
    return subsidy;
  }

  /** The highest interest ratio the enterprise can have: the uplifted one, for either borrower when not known. */
  private Rate highestInterestRatio() {
    Optional<Boolean> first = profile.enterpriseFacts().firstTimeBorrower();
    return first.isPresent() ? measure.upliftedRatio(first.get())
        : maxRate(measure.upliftedRatio(true), measure.upliftedRatio(false));
  }

  /**
   * The cap that sets the top once the absent lists are added to what the known items give at most; null when no
   * list is absent or none does.
   */
  BindingLimit upperCapOver(BigDecimal knownMost) {
    if (absentLists.isEmpty()) {
      return null;
    }
    BigDecimal annual = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    return upperCap(knownMost.add(absentListsAdd()), annual, programmeLeft());
  }

  /**
   * The binding limit of a range: the cap that sets the top once the absent lists are added when it comes at or
   * after the known items' last cap in the calculator's order, else that last cap; null when neither is given.
   */
  static BindingLimit later(BindingLimit known, BindingLimit upper) {
    return known == null || upper != null && order(upper) >= order(known) ? upper : known;
  }

  /** A cap's place in the order the calculator applies them: a kind's, the yearly on all items, the programme's. */
  private static int order(BindingLimit cap) {
    return switch (cap.code()) {
      case "guarantee-fee-cap-per-year" -> 0;
      case "insurance-premium-cap-per-year" -> 1;
      case "cap-per-enterprise-per-year" -> 2;
      default -> 3;
    };
  }

  private static Rate maxRate(Rate a, Rate b) {
    return a.isLessThan(b) ? b : a;
  }

  private void missing(String fact) {
    if (missing == null) {
      missing = new LinkedHashSet<>();
    }
    missing.add(fact);
  }

  private BigDecimal programmeLeft() {
    BigDecimal programme = Cny.positiveYuan(measure.capPerEnterpriseOverProgramme().value(),
        "capPerEnterpriseOverProgramme");
    BigDecimal received = profile.techSmeSubsidyReceived().map(amount -> Cny.yuan(amount, RECEIVED))
        .orElse(BigDecimal.ZERO);
    return programme.subtract(received).max(BigDecimal.ZERO);
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
