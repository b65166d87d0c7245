package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates the policy rent of 创新型产业用房 (《深圳市创新型产业用房管理办法（修订版）》 as the 2021 reply letter
 * describes it: "租金价格原则上应比参考价格优惠30%－70%").
 * <p>
 * For each lease that is 创新型产业用房:
 * <pre>
 *   monthly rent = round(reference rent × area × (1 − discount)),  rounded half-up to the fen,
 * </pre>
 * with the discount given, which must lie from 30% to 70% (both included; outside, the input is rejected naming
 * {@code /leases/i/rentDiscount}); without it, the rent is the range from the 70% discount to the 30% discount.
 * A missing reference rent or space flag names its pointer. A lease counts only when it runs within the rate's
 * validity (at least a day of it: the figure is a month's); one wholly outside it counts nothing (reason
 * {@code lease-outside-validity}), and one with no end date that starts before the validity names
 * {@code /leases/i/end}.
 * <p>
 * Usage:
 * <pre>{@code
 * RentPolicyMeasure measure = PolicyData.builtIn().getMeasure(RentPolicyMeasure.SHENZHEN_2021);
 * AmountRange rent = RentPolicyCalculator.DEFAULT.monthlyRent(measure, new RentPolicyRequest(leases));
 * RentPolicyResult explained = RentPolicyCalculator.DEFAULT.explainMonthlyRent(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RentPolicyCalculator {

  /** The calculator. */
  public static final RentPolicyCalculator DEFAULT = new RentPolicyCalculator();

  private RentPolicyCalculator() {
  }

  /**
   * Calculates the policy rent a month: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link RentPolicyMeasure#SHENZHEN_2021}
   * @param request  the leases
   * @return the rent a month, CNY at the fen's scale: exact when every discount is given, otherwise the range
   * @throws InvalidInputException if an argument is null or a discount outside the range
   * @throws MissingFactsException naming the facts, if no lease is known to count, one may, depending on facts the
   *     request does not give (the verdict undetermined), and the rent it would add is above zero or not bounded (its
   *     reference rent not given), so that the facts leave the rent open; an undetermined rent of zero either way
   *     (the leases that may count have a reference rent or an area of zero) is returned
   */
  public AmountRange monthlyRent(RentPolicyMeasure measure, RentPolicyRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (e.decision.verdict() == Verdict.UNDETERMINED && (e.unbounded || e.undecided.signum() != 0)) {
      throw new MissingFactsException(e.missing);
    }
    return new AmountRange(Cny.of(e.minimum), Cny.of(e.maximum));
  }

  /**
   * Calculates the policy rent a month with the verdict and explanation.
   *
   * @param measure  the measure
   * @param request  the leases
   * @return the explained result
   * @throws InvalidInputException if an argument is null or a discount outside the range
   */
  public RentPolicyResult explainMonthlyRent(RentPolicyMeasure measure, RentPolicyRequest request) {
    Evaluation e = evaluate(measure, request, true);
    RentPolicyResult result = new RentPolicyResult(measure.id(), measure.documentStatus(), e.decision.eligibility(),
        new AmountRange(Cny.of(e.minimum), Cny.of(e.maximum)), e.missing, new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("space.rent-policy.monthly-rent", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the policy rent from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link RentPolicyRequest} as JSON
   * @return a {@link RentPolicyResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainMonthlyRentJson(RentPolicyMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainMonthlyRent(measure, HuiqiJson.read(requestJson, RentPolicyRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** The one path of both forms and of the evaluator. */
  Evaluation evaluate(RentPolicyMeasure measure, RentPolicyRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    MoneyRounding rounding = measure.rounding().value();
    Rate low = measure.minimumDiscount().value();
    Rate high = measure.maximumDiscount().value();
    BigDecimal minimum = BigDecimal.ZERO.setScale(rounding.scale());
    BigDecimal maximum = minimum;
    List<TracedCondition.Decision> decisions = new ArrayList<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    BigDecimal undecided = minimum;
    boolean unbounded = false;
    for (int i = 0; i < request.leases().size(); i++) {
      RentLease lease = request.leases().get(i);
      String at = "/leases/" + i;
      Optional<Rate> discount = lease.rentDiscount();
      if (discount.isPresent() && (discount.get().isLessThan(low) || discount.get().isGreaterThan(high))) {
        throw new InvalidInputException(at + "/rentDiscount", discount.get(), "must be from " + low + " to " + high
            + " (" + measure.minimumDiscount().citation().label() + ")");
      }
      List<TracedCondition> conditions = List.of(
          TracedCondition.of(lease.innovationSpace(), Boolean::booleanValue, at + "/innovationSpace",
              "innovation-space", () -> LocalizedText.of("政府主导的创新型产业用房", "government-led innovative "
                  + "industrial space"), measure.spaceRule()),
          TracedCondition.of(lease.referenceRent(), r -> true, at + "/referenceRent", "reference-rent",
              () -> LocalizedText.of("同片区同档次产业用房租金参考价格", "reference rent for comparable space"),
              measure.minimumDiscount().citation()),
          RentLeaseSpan.condition(lease, at, measure.minimumDiscount()));
      TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);
      decisions.add(decision);
      missing.addAll(decision.missingFacts());
      if (decision.verdict() == Verdict.UNDETERMINED) {
        // only the space flag not known: the lease adds nothing or its rent; its reference rent not known: unbounded
        if (lease.referenceRent().isEmpty()) {
          unbounded = true;
        } else {
          BigDecimal gross = Cny.notNegativeYuan(lease.referenceRent().get(), at + "/referenceRent")
              .multiply(lease.area());
          undecided = undecided.add(rounding.round(Rate.ONE_HUNDRED_PERCENT.reducedBy(discount.orElse(low))
              .applyTo(gross)));
        }
      }
      if (decision.verdict() != Verdict.ELIGIBLE) {
        continue;
      }
      BigDecimal gross = Cny.notNegativeYuan(lease.referenceRent().get(), at + "/referenceRent")
          .multiply(lease.area());
      BigDecimal atHigh = rounding.round(Rate.ONE_HUNDRED_PERCENT.reducedBy(high).applyTo(gross));
      BigDecimal atLow = rounding.round(Rate.ONE_HUNDRED_PERCENT.reducedBy(low).applyTo(gross));
      BigDecimal from = discount.map(d -> rounding.round(Rate.ONE_HUNDRED_PERCENT.reducedBy(d).applyTo(gross)))
          .orElse(atHigh);
      BigDecimal to = discount.isPresent() ? from : atLow;
      minimum = minimum.add(from);
      maximum = maximum.add(to);
      steps.add(() -> new CalculationStep(LocalizedText.of("政策租金（每月）", "policy rent a month"),
          lease.referenceRent().get() + "/m² × " + lease.area().stripTrailingZeros().toPlainString() + " m² × (1 − "
              + discount.map(Rate::toString).orElse(high + " … " + low) + ")", from.equals(to) ? from : to,
          measure.minimumDiscount().citation()));
    }
    TracedCondition.Decision combined = decisions.isEmpty() ? new TracedCondition.Decision(Verdict.INELIGIBLE,
        List.of(), explain ? new Eligibility(Verdict.INELIGIBLE, List.of(new Reason("no-leases",
            LocalizedText.of("没有租赁场地", "no lease"), measure.spaceRule())), List.of()) : null)
        : EnterpriseCap.combine(decisions);
    return new Evaluation(combined, minimum, maximum, List.copyOf(missing), steps, undecided, unbounded);
  }

  /**
   * The verdict, the range a month over the eligible leases, the missing facts and the steps; with what the leases
   * not yet decided could add at most (their rent at the given or the least discount), and whether one of them has
   * no reference rent, so that nothing bounds it.
   */
  record Evaluation(TracedCondition.Decision decision, BigDecimal minimum, BigDecimal maximum, List<String> missing,
      StepTrace steps, BigDecimal undecided, boolean unbounded) {
  }
}
