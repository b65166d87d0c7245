package io.github.huiqi.calculators.space.utility;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the 2023-Q1 utility arrears relief ({@link UtilityMeasure}, 深工信〔2023〕26号 第2条) for an enterprise
 * profile: a fee saved.
 * <p>
 * When covered, the supply is not cut off (the detail says so) and the quarter's late fees are waived: the amount is
 * exact when every overdue bill's daily rate and paid date are given, otherwise {@link OutcomeAmount#atLeast} the
 * known fees, naming {@code /utilityBills/i/dailyLateFeeRate}. A bill whose paid date is not given ("absent while
 * unpaid or not known") is counted unpaid through the quarter at most and paid the day its late fee began at least,
 * naming {@code /utilityBills/i/paidDate}; when no other bill keeps the firm covered it is then undetermined. Bills
 * not known: undetermined, naming {@code /utilityBills} and the enterprise's own facts not given ({@code /size},
 * {@code /affectedByEpidemic}), unless the enterprise is already out (a large enterprise, or one not in difficulty):
 * ineligible. None: ineligible.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UtilityEvaluator implements MeasureEvaluator<UtilityMeasure> {

  /** The evaluator. */
  public static final UtilityEvaluator DEFAULT = new UtilityEvaluator();

  private static final LocalizedText BILLS = LocalizedText.of("水电气欠费", "utility arrears");

  private static final LocalizedText DETAIL = LocalizedText.of("2023年第一季度水、电、气欠费不停供，免收期间产生的欠费滞纳金",
      "no cut-off of water, electricity or gas for arrears in 2023-Q1, and the late fees arising in it waived");

  private UtilityEvaluator() {
  }

  @Override
  public Class<UtilityMeasure> measureType() {
    return UtilityMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.FEE_SAVED;
  }

  @Override
  public MeasureOutcome evaluate(UtilityMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.FEE_SAVED);
    Optional<UtilityRequest> request = UtilityRequest.from(profile);
    if (request.isEmpty()) {
      // the bills are not known, but a large enterprise, or one not in difficulty, is out whatever they are
      StepTrace steps = new StepTrace(explain);
      TracedCondition.Decision firm = TracedCondition.decide(UtilityCalculator.enterpriseConditions(measure,
          profile.legalForm(), profile.size(), profile.affectedByEpidemic()), steps);
      if (firm.verdict() == Verdict.INELIGIBLE) {
        builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
        if (explain) {
          builder.addAllReasons(firm.eligibility().reasons()).explanation(new Explanation(steps.list()));
        }
        return context.finish(builder);
      }
      // the enterprise's own facts still missing are named too (the engine fills /size from the figures)
      builder.addAllMissingFacts(firm.missingFacts());
      if (explain) {
        builder.addAllReasons(firm.eligibility().reasons());
      }
      return ProfileLists.unknown(context, builder, explain, "/utilityBills", OutcomeAmount.atLeast(Cny.ZERO), BILLS,
          measure.period().citation());
    }
    if (request.get().utilityBills().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/utilityBills", BILLS, measure.period().citation());
    }
    UtilityCalculator.Evaluation e = UtilityCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    Verdict verdict = e.decision().verdict();
    BigDecimal least = e.waived();
    List<String> paidDates = new ArrayList<>();
    if (verdict != Verdict.INELIGIBLE) {
      // a bill whose paid date is not given (absent while unpaid or not known) may have been paid the day its late
      // fee began, with no late fee in the quarter: the least is the relief with each such bill paid then
      UtilityRequest paidAtOnce = paidAtOnce(request.get(), measure, paidDates);
      if (!paidDates.isEmpty()) {
        UtilityCalculator.Evaluation early = UtilityCalculator.DEFAULT.evaluate(measure, paidAtOnce, false);
        boolean stillCovered = early.decision().verdict() == Verdict.ELIGIBLE;
        least = stillCovered ? early.waived() : BigDecimal.ZERO;
        if (verdict == Verdict.ELIGIBLE && !stillCovered) {
          verdict = Verdict.UNDETERMINED;
        }
      }
    }
    builder.verdict(verdict).addAllMissingFacts(e.decision().missingFacts()).addAllMissingFacts(paidDates);
    if (verdict == Verdict.INELIGIBLE) {
      builder.amount(OutcomeAmount.ZERO);
    } else {
      boolean rates = e.missingRates().isEmpty();
      BigDecimal certain = e.decision().verdict() == Verdict.ELIGIBLE ? least : BigDecimal.ZERO;
      builder.addAllMissingFacts(e.missingRates()).detail(DETAIL).amount(!rates
          ? OutcomeAmount.atLeast(Cny.of(certain))
          : certain.compareTo(e.waived()) == 0 ? OutcomeAmount.exactly(Cny.of(certain))
          : OutcomeAmount.between(Cny.of(certain), Cny.of(e.waived())));
    }
    if (explain) {
      List<Reason> reasons = e.decision().eligibility().reasons();
      if (verdict == Verdict.UNDETERMINED && e.decision().verdict() == Verdict.ELIGIBLE) {
        // every condition met were the bills unpaid, and a paid date not given may leave no day overdue in the
        // quarter: the arrears in the quarter is the one condition not decided, and the reason of an undetermined
        // outcome (MeasureOutcome#reasons); the firm's own conditions are met, not "not yet known"
        reasons = reasons.stream().filter(r -> r.code().equals(UtilityCalculator.ARREARS_IN_PERIOD)).toList();
      }
      builder.addAllReasons(reasons).explanation(new Explanation(e.steps().list()));
    }
    return context.finish(builder);
  }

  /**
   * The request with each bill whose paid date is not given, and whose late fee began by the period's end, paid the
   * day its late fee began; the bills' paid-date pointers are added to {@code paidDates}.
   */
  private static UtilityRequest paidAtOnce(UtilityRequest request, UtilityMeasure measure, List<String> paidDates) {
    LocalDate last = measure.period().value().end().orElseThrow();
    List<UtilityBill> bills = new ArrayList<>();
    for (int i = 0; i < request.utilityBills().size(); i++) {
      UtilityBill bill = request.utilityBills().get(i);
      if (bill.paidDate().isEmpty() && !bill.overdueFrom().isAfter(last)) {
        paidDates.add("/utilityBills/" + i + "/paidDate");
        bill = UtilityBill.builder().from(bill).paidDate(bill.overdueFrom()).build();
      }
      bills.add(bill);
    }
    // utilityBills(...) replaces the bills copied from the request
    return UtilityRequest.builder().from(request).utilityBills(bills).build();
  }
}
