package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.EvaluationRun;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
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
 * Evaluates a tech-SME 贴息贴保 subsidy such as Shenzhen's (深工信〔2023〕26号 第13条 and the 2020 办法 第十四条) for an
 * enterprise profile.
 * <p>
 * The request is {@link TechSmeRequest#from(EnterpriseProfile)}: the enterprise facts ({@code techSme} decides
 * eligibility, {@code firstTimeBorrower} the base ratio), the profile's interest payments, guarantee fees and
 * guarantee-insurance premiums (all of them, as one claim under one year's caps), and {@code techSmeSubsidyReceived}
 * toward the programme cap; {@link TechSmeCalculator} computes it. The outcome is a
 * {@link AmountKind#PAYMENT_TO_FIRM}:
 * <ul>
 *   <li>ineligible, zero, when the enterprise is known not to be enrolled, or when all three payment lists are known
 *       to be empty (reason {@code no-items});
 *   <li>eligible when the enrolment is known and a known payment is claimed: the exact amount when everything it
 *       depends on is known, otherwise the range below, naming the facts that open it (they change the amount, not
 *       whether the firm qualifies: decisions register §4.6 item 42);
 *   <li>undetermined when the enrolment is not known, or when no known payment qualifies (none is known, or each
 *       is paid outside the ratio's validity or outside the enrolment's dates) and a list is absent (the firm may
 *       have paid nothing, or the absent list may hold a payment that qualifies), naming those facts; ineligible
 *       then only when every list is known, the absent lists can hold nothing or the enrolment is known not held
 *       (caps already spent leave it undetermined at 0.00: a payment of an absent list would make a claim, eligible
 *       at 0.00, and no payment, ineligible; decisions register §4.6 item 53);
 *   <li>either way, each missing fact is named as the profile's pointer, with the range from what is
 *       certain to what favourable facts would give: {@code /techSme} (from zero), {@code /firstTimeBorrower} (when
 *       the 50% and 70% base ratios give different amounts), an absent payment list ({@code /interestPayments},
 *       {@code /guaranteeFeePayments}, {@code /insurancePremiumPayments}: the top rises by what the list could add,
 *       its own yearly cap for fees (300,000) and premiums (500,000), and always within the yearly cap of 1,000,000
 *       and what is left of the programme cap; when the profile's {@code loans} are known, an absent interest list
 *       adds at most the uplifted ratio × the interest those loans can bear in the uplift window and the base ratio
 *       × the rest, and an absent fee list the fee ratio × the fees they can bear, decisions register §4.1 item 8b,
 *       §4.6 item 97), and an absent
 *       {@code /techSmeSubsidyReceived} when the amount is positive (from zero: the 3,000,000 programme cap may
 *       already be spent).
 * </ul>
 * The binding limit is the last cap that reduced the amount in the favourable case (the yearly cap on all items
 * after a kind's cap), the upper end's: with an absent list, the cap that then sets the top (what is left of the
 * programme cap, the yearly cap of 1,000,000, or the absent fee or premium list's own yearly cap, which bounds what
 * it can add), so that an open range up to a cap names it (decisions register §4.6 item 88). The explaining form adds
 * the reasons, notes on the choices below and the calculator's steps.
 * <p>
 * Choices no source settles, each noted in the explaining form: an absent {@code techSmeSubsidyReceived} is
 * computed as zero (the favourable case) and, since the programme cap could then be spent, is a missing fact
 * whenever the amount is positive; every payment in the profile is one claim under one year's caps (a host with
 * several years' payments evaluates one profile per claim year).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TechSmeEvaluator implements MeasureEvaluator<TechSmeMeasure> {

  /** The evaluator. */
  public static final TechSmeEvaluator DEFAULT = new TechSmeEvaluator();

  private static final String INTEREST = "/interestPayments";
  private static final String FEES = "/guaranteeFeePayments";
  private static final String PREMIUMS = "/insurancePremiumPayments";
  private static final String RECEIVED = "/techSmeSubsidyReceived";
  private static final Citation RECEIVED_DEFAULT = Citation.libraryDefault("decisions register §4.1 item 8",
      "the programme cap of 3,000,000 counts what the enterprise already received, which the profile does not give; "
          + "the amount is computed with nothing received (the favourable case) and, since the cap may already be "
          + "spent, ranges from zero whenever it is positive");
  private static final Citation ONE_CLAIM_DEFAULT = Citation.libraryDefault("decisions register §4.1 item 7",
      "the per-year caps apply to one claim; every interest, fee and premium payment in the profile is taken as one "
          + "claim year, so a host with several years' payments evaluates one profile per claim year");

  private TechSmeEvaluator() {
  }

  @Override
  public Class<TechSmeMeasure> measureType() {
    return TechSmeMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  //-------------------------------------------------------------------------
  @Override
  public MeasureOutcome evaluate(TechSmeMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    List<String> absent = new ArrayList<>();
    boolean anyItem = known(profile.interestPayments(), INTEREST, absent)
        | known(profile.guaranteeFeePayments(), FEES, absent)
        | known(profile.insurancePremiumPayments(), PREMIUMS, absent);
    Open open = new Open(measure, profile, absent, explain);
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    if (!anyItem) {
      StepTrace steps = new StepTrace(explain);
      TracedCondition.Decision firm = TracedCondition.decide(
          List.of(TechSmeCalculator.enrolmentCondition(measure, profile.enterpriseFacts())), steps);
      if (firm.verdict() == Verdict.INELIGIBLE || absent.isEmpty()) {
        builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
        if (explain) {
          builder.addAllReasons(firm.verdict() == Verdict.INELIGIBLE ? firm.eligibility().reasons()
              : List.of(new Reason("no-items", LocalizedText.of("企业没有利息、担保费或保证保险费支付记录（均已知为空）",
                  "the enterprise paid no interest, guarantee fee or premium (all three lists are known to be empty)"),
                  measure.interestRatio().citation())));
        }
      } else {
        // no known item: "the firm paid nothing" is possible, so an absent list decides whether there is a claim
        open.widen(BigDecimal.ZERO, BigDecimal.ZERO, firm.missingFacts(), firm.eligibility(), firm.eligibility());
        if (open.added.signum() == 0) {
          // the absent lists can hold nothing (no loan known, or every loan known not guaranteed and the premiums
          // known): no claim can be made. Caps spent are not this: an item of an absent list makes a claim, eligible
          // at 0.00, so the outcome is undetermined at 0.00 (decisions register §4.6 item 53)
          builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
          if (explain) {
            builder.addReasons(new Reason("absent-lists-hold-nothing", LocalizedText.of(
                "未提供的利息、担保费或保证保险费支付记录不可能含有可资助的款项（由已知贷款推算）",
                "the interest, guarantee-fee or premium lists not given can hold nothing to subsidise (worked out from "
                    + "the known loans)"), TechSmeLoanBound.DEFAULT));
          }
          return context.finish(builder.explanation(new Explanation(steps.list())));
        }
        open.finish(builder, Verdict.UNDETERMINED, true, List.of());
      }
      return context.finish(builder.explanation(new Explanation(steps.list())));
    }
    TechSmeRequest request = sharedRequest(profile, context);
    TechSmeCalculator.Evaluation evaluation = TechSmeCalculator.DEFAULT.evaluate(measure, request, explain);
    Verdict verdict = evaluation.eligibility().verdict();
    if (verdict == Verdict.INELIGIBLE && !absent.isEmpty()
        && !profile.enterpriseFacts().enrolledTechSme().equals(Optional.of(false))
        && openByAbsentLists(measure, profile, request, evaluation, open, builder, explain)) {
      // every known item fails on its own dates, but an absent list may hold one that qualifies: undetermined
      return context.finish(builder.explanation(new Explanation(evaluation.steps().list())));
    }
    if (verdict == Verdict.INELIGIBLE) {
      builder.verdict(verdict).amount(OutcomeAmount.ZERO);
      if (explain) {
        builder.addAllReasons(evaluation.eligibility().reasons());
      }
    } else {
      open.widen(Cny.yuan(evaluation.amount().minimum(), "minimum"), Cny.yuan(evaluation.amount().maximum(),
          "maximum"), evaluation.eligibility().missingFacts(), evaluation.conditions(), evaluation.eligibility());
      // a known item is claimed: the absent lists, the amount received and the first-time ratio open the amount only
      open.finish(builder, evaluation.conditions().verdict(), false, evaluation.best().bindingLimits);
      if (explain) {
        builder.addNotes(new Reason("one-claim-year", LocalizedText.of(
            "资料中的全部利息、担保费和保证保险费按同一申报年度计，适用每年上限",
            "every payment in the profile is taken as one claim year, under the per-year caps"), ONE_CLAIM_DEFAULT));
      }
    }
    return context.finish(builder.explanation(new Explanation(evaluation.steps().list())));
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
  private static boolean openByAbsentLists(TechSmeMeasure measure, EnterpriseProfile profile,
      TechSmeRequest request, TechSmeCalculator.Evaluation evaluation, Open open, MeasureOutcome.Builder builder,
      boolean explain) {
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

  /** Adds the list's pointer to {@code absent} when not known; returns whether it holds an item. */
  private static <T> boolean known(Optional<List<T>> list, String pointer, List<String> absent) {
    if (list.isEmpty()) {
      absent.add(pointer);
      return false;
    }
    return !list.get().isEmpty();
  }

  //-------------------------------------------------------------------------
  /**
   * The facts an amount still waits on, and the range they leave: the calculator's own, the absent lists and an
   * absent {@code techSmeSubsidyReceived}.
   */
  private static final class Open {
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
    private BigDecimal added = BigDecimal.ZERO;
    /** The cap that sets the top once the absent lists are added (register §4.6 item 88); null when none does. */
    private BindingLimit upperCap;

    Open(TechSmeMeasure measure, EnterpriseProfile profile, List<String> absentLists, boolean explain) {
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
  }

  /**
   * Returns the profile's payment lists that are not known, as the profile's pointers, in the order
   * {@code /interestPayments}, {@code /guaranteeFeePayments}, {@code /insurancePremiumPayments}.
   *
   * @param profile  the enterprise
   * @return the absent lists; empty when every list is known
   * @throws io.github.huiqi.core.error.InvalidInputException if the profile is null
   */
  public static List<String> absentLists(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    List<String> absent = new ArrayList<>();
    known(profile.interestPayments(), INTEREST, absent);
    known(profile.guaranteeFeePayments(), FEES, absent);
    known(profile.insurancePremiumPayments(), PREMIUMS, absent);
    return List.copyOf(absent);
  }

  /**
   * Returns the most the profile's absent payment lists can add to the subsidy, as this evaluator widens its amount:
   * each absent list within its own yearly cap, bounded by what the profile's known loans can bear (decisions
   * register §4.1 item 8b), before the yearly and programme caps on the whole claim. The stacking rule that pairs
   * the measure with the first-loan subsidy widens its stacked amount by it.
   *
   * @param measure  the measure
   * @param profile  the enterprise
   * @return the most, in yuan; zero when every list is known
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static BigDecimal absentListsMost(TechSmeMeasure measure, EnterpriseProfile profile) {
    Args.notNull(measure, "measure");
    return new Open(measure, profile, absentLists(profile), false).absentListsAdd();
  }

  /**
   * Returns the binding limit this evaluator names for a range whose known payments give at most {@code knownMost},
   * once the profile's absent payment lists are added to it: the cap that then sets the top (what is left of the
   * programme cap, the yearly cap of 1,000,000, or an absent premium or fee list's own yearly cap when it bounds what
   * the list adds), unless the known payments' own last cap comes later in the calculator's order; the known
   * payments' last cap when no list is absent or none sets the top; empty when neither (decisions register §4.6 item
   * 88: an open range names the cap at its upper end). The stacking rule that pairs the measure with the first-loan
   * subsidy names it for the range it leaves, whose top it has cut below the outcome's own.
   *
   * @param measure  the measure
   * @param profile  the enterprise
   * @param knownMost  what the known payments give at most, in yuan, before the absent lists are added
   * @param knownLimit  the last cap that cut the known payments in the favourable case, empty if none did
   * @return the binding limit, empty if none
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static Optional<BindingLimit> bindingLimitWithAbsentLists(TechSmeMeasure measure, EnterpriseProfile profile,
      BigDecimal knownMost, Optional<BindingLimit> knownLimit) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(knownMost, "knownMost");
    Args.notNull(knownLimit, "knownLimit");
    BindingLimit upper = new Open(measure, profile, absentLists(profile), false).upperCapOver(knownMost);
    return Optional.ofNullable(Open.later(knownLimit.orElse(null), upper));
  }

  /**
   * Returns what an absent interest list surely lets the subsidy's most count on one loan of the profile: what the
   * known loans let that list add (decisions register §4.1 item 8b, §4.6 item 97) less what they let it add without
   * the loan, the least over the first-time borrower values still possible, rounded down to the fen, before any cap.
   * The most this evaluator gives for the list, rounded up once, then falls by at least this much without the loan;
   * the stacking rule that pairs the measure with the first-loan subsidy counts the pair's joint most by it
   * (decisions register §4.6 item 74).
   *
   * @param measure  the measure
   * @param profile  the enterprise
   * @param loanId  the loan
   * @return the amount, in yuan, at least zero; zero when the loans are not known or do not hold the loan
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static BigDecimal absentInterestOnLoan(TechSmeMeasure measure, EnterpriseProfile profile, String loanId) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(loanId, "loanId");
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    List<LoanFacts> others = loans.stream().filter(loan -> !loan.loanId().equals(loanId)).toList();
    if (others.size() == loans.size()) {
      return BigDecimal.ZERO;
    }
    EnterpriseProfile without = EnterpriseProfile.builder().from(profile).loans(Optional.of(others)).build();
    BigDecimal least = null;
    for (boolean value : profile.enterpriseFacts().firstTimeBorrower().map(List::of).orElse(List.of(true, false))) {
      BigDecimal on = TechSmeLoanBound.interestSubsidy(profile, measure, measure.upliftedRatio(value),
          measure.baseRatio(value)).orElseThrow().subtract(TechSmeLoanBound.interestSubsidy(without, measure,
          measure.upliftedRatio(value), measure.baseRatio(value)).orElseThrow());
      least = least == null ? on : least.min(on);
    }
    return least.setScale(2, RoundingMode.FLOOR).max(BigDecimal.ZERO);
  }

  /**
   * The tech-SME request of a run's enterprise, built from the profile once a run and shared by the measure's
   * evaluator and the stacking rule that pairs it with the first-loan subsidy.
   *
   * @param profile  the enterprise
   * @param context  the context, whose run keeps the request
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static TechSmeRequest sharedRequest(EnterpriseProfile profile, EvaluationContext context) {
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    return context.run().shared(EvaluationRun.profileKey(profile, "tech-sme-request"), TechSmeRequest.class,
        () -> TechSmeRequest.from(profile));
  }
}
