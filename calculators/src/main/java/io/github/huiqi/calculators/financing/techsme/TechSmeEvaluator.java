package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.EvaluationRun;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 *       × the rest, with 0.01 for each payment they can hold (decisions register §4.6 item 120), and an absent fee
 *       list the fee ratio × the fees they can bear, decisions register §4.1 item 8b, §4.6 item 97; on a claim a known
 *       item makes, a list is named only when it raises the top, decisions register §4.6 item 150), and an absent
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

  /** The profile's payment lists and its fact of what the programme already paid, as the profile's pointers. */
  static final String INTEREST = "/interestPayments";
  static final String FEES = "/guaranteeFeePayments";
  static final String PREMIUMS = "/insurancePremiumPayments";
  static final String RECEIVED = "/techSmeSubsidyReceived";
  private static final Citation ONE_CLAIM_DEFAULT = Citation.libraryDefault("decisions register §4.1 item 7",
      "the per-year caps apply to one claim; every interest, fee and premium payment in the profile is taken as one "
          + "claim year, so a host with several years' payments evaluates one profile per claim year");

  // The evaluator's parts, each in its own class of this package: TechSmeOpenRange widens the calculator's range by
  // the facts not given and sets the outcome; TechSmeAbsentLists works out what the absent payment lists can add and
  // the cap that then sets the top (register §4.1 item 8b, §4.6 items 88, 92 and 97).

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
    TechSmeOpenRange open = new TechSmeOpenRange(measure, profile, absent, explain);
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
        && TechSmeOpenRange.openByAbsentLists(measure, profile, request, evaluation, open, builder, explain)) {
      // every known item fails on its own dates, but an absent list may hold one that qualifies: undetermined
      return context.finish(builder.explanation(new Explanation(evaluation.steps().list())));
    }
    if (verdict == Verdict.INELIGIBLE) {
      builder.verdict(verdict).amount(OutcomeAmount.ZERO);
      if (explain) {
        builder.addAllReasons(evaluation.eligibility().reasons());
      }
    } else {
      open.widenClaimed(Cny.yuan(evaluation.amount().minimum(), "minimum"), Cny.yuan(evaluation.amount().maximum(),
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

  /** Adds the list's pointer to {@code absent} when not known; returns whether it holds an item. */
  private static <T> boolean known(Optional<List<T>> list, String pointer, List<String> absent) {
    if (list.isEmpty()) {
      absent.add(pointer);
      return false;
    }
    return !list.get().isEmpty();
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
    return new TechSmeAbsentLists(measure, profile, absentLists(profile), false, List.of()).absentListsAdd();
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
    BindingLimit upper = new TechSmeAbsentLists(measure, profile, absentLists(profile), false, List.of())
        .upperCapOver(knownMost);
    return Optional.ofNullable(TechSmeAbsentLists.later(knownLimit.orElse(null), upper));
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
    return TechSmeAbsentLists.interestOnLoan(measure, profile, loanId);
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
