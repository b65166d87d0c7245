package io.github.huiqi.calculators.space.purchase;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides whether a 专精特新 firm may buy the state-owned industrial space it leases, under the Shenzhen 专精特新 draft
 * 第二十九条: "对年产值达3亿以上、租用国有产业用房3年以上的专精特新企业，可按国有资产处置程序受让一定面积产业用房".
 * <p>
 * Three conditions, all needed: a 专精特新 enterprise; output of the year tested at least 300,000,000 (included); and
 * a lease of state-owned space held at least 3 years as of the date given: from its start through the earlier of that
 * date and its end, at least the start plus 3 years less a day (a lease from 2020-07-01 has its 3 years on
 * 2023-06-30; one from 2020-02-29 on 2023-02-28, {@link DateRange#ofMonths}). A missing fact names its pointer
 * ({@code /specialisedAndInnovative}, {@code /annualOutput}, {@code /leases/0/stateOwned}, {@code /leases/0/end} when
 * the tenure depends on it).
 * <p>
 * Usage:
 * <pre>{@code
 * PurchaseMeasure measure = PolicyData.builtIn().getMeasure(PurchaseMeasure.SHENZHEN_DRAFT);
 * boolean may = PurchaseCalculator.DEFAULT.mayPurchase(measure, request);
 * PurchaseResult explained = PurchaseCalculator.DEFAULT.explainMayPurchase(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class PurchaseCalculator {

  /** The calculator. */
  public static final PurchaseCalculator DEFAULT = new PurchaseCalculator();

  private PurchaseCalculator() {
  }

  /**
   * Decides whether the firm may buy: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link PurchaseMeasure#SHENZHEN_DRAFT}
   * @param request  the firm's facts
   * @return true if eligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the verdict depends on missing facts
   */
  public boolean mayPurchase(PurchaseMeasure measure, PurchaseRequest request) {
    TracedCondition.Decision decision = evaluate(measure, request, new StepTrace(false));
    if (decision.verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(decision.missingFacts());
    }
    return decision.verdict() == Verdict.ELIGIBLE;
  }

  /**
   * Decides whether the firm may buy, with the reasons and explanation.
   *
   * @param measure  the measure
   * @param request  the firm's facts
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public PurchaseResult explainMayPurchase(PurchaseMeasure measure, PurchaseRequest request) {
    StepTrace steps = new StepTrace(true);
    TracedCondition.Decision decision = evaluate(measure, request, steps);
    PurchaseResult result = new PurchaseResult(measure.id(), measure.documentStatus(), decision.eligibility(),
        new Explanation(steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("space.purchase.may-purchase", List.of(measure), request, Optional.of(request.asOf()),
        result));
  }

  /**
   * Decides from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link PurchaseRequest} as JSON
   * @return a {@link PurchaseResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainMayPurchaseJson(PurchaseMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainMayPurchase(measure, HuiqiJson.read(requestJson, PurchaseRequest.class)));
  }

  /** The one path of both forms and of the evaluator. */
  TracedCondition.Decision evaluate(PurchaseMeasure measure, PurchaseRequest request, StepTrace steps) {
    return evaluate(measure, request, steps, "/specialisedAndInnovative");
  }

  /**
   * The one path, the recognition's fact named as given: the evaluator names the profile's fact it asks for (the
   * 小巨人 recognition when the 专精特新中小企业 one has lapsed, decisions register §4.6 item 59).
   */
  TracedCondition.Decision evaluate(PurchaseMeasure measure, PurchaseRequest request, StepTrace steps,
      String recognitionFact) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    BigDecimal minimum = Cny.positiveYuan(measure.minimumAnnualOutput().value(), "minimumAnnualOutput");
    List<TracedCondition> conditions = new ArrayList<>();
    conditions.add(TracedCondition.of(request.specialisedAndInnovative(), Boolean::booleanValue,
        recognitionFact, "specialised-and-innovative", () -> LocalizedText.of("专精特新企业",
            "a 专精特新 enterprise"), measure.qualification()));
    conditions.add(TracedCondition.of(request.annualOutput().map(a -> Cny.notNegativeYuan(a, "annualOutput")),
        output -> output.compareTo(minimum) >= 0, "/annualOutput", "annual-output",
        () -> LocalizedText.of("年产值达 " + minimum.toPlainString() + " 元以上（含）", "output of a year at least "
            + minimum.toPlainString()), measure.minimumAnnualOutput().citation()));
    conditions.addAll(tenure(measure, request));
    return TracedCondition.decide(conditions, steps);
  }

  /** A state-owned lease held at least the minimum years: met by one; otherwise unknown facts, or not met. */
  private static List<TracedCondition> tenure(PurchaseMeasure measure, PurchaseRequest request) {
    int years = measure.minimumLeaseYears().value();
    Supplier<LocalizedText> text = () -> LocalizedText.of("租用国有产业用房" + years + "年以上（含）",
        "leasing state-owned industrial space " + years + " years or more");
    List<TracedCondition> unknown = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (int i = 0; i < request.leases().size(); i++) {
      RentLease lease = request.leases().get(i);
      String at = "/leases/" + i;
      // the last day of the years (《民法典》第二百零二条: a start on 29 February ends on 28 February)
      LocalDate needed = DateRange.ofMonths(lease.start(), years * 12).end().orElseThrow();
      boolean longEnoughToDate = !request.asOf().isBefore(needed);
      if (lease.stateOwned().isPresent() && !lease.stateOwned().get()) {
        continue;
      }
      if (!longEnoughToDate) {
        details.add(at + ": " + lease.start() + ".." + request.asOf() + " < " + years + " years");
        continue;
      }
      if (lease.stateOwned().isEmpty()) {
        unknown.add(TracedCondition.unknown(at + "/stateOwned", "state-owned-tenure", text, measure.tenureRule()));
        continue;
      }
      if (lease.end().isEmpty()) {
        unknown.add(TracedCondition.unknown(at + "/end", "state-owned-tenure", text, measure.tenureRule()));
        continue;
      }
      if (!lease.end().get().isBefore(needed)) {
        return List.of(TracedCondition.known(true, "state-owned-tenure", text, () -> lease.leaseId() + ": "
            + lease.start() + ".." + (lease.end().get().isBefore(request.asOf()) ? lease.end().get()
            : request.asOf()) + " ≥ " + years + " years (to " + needed + ")",
            measure.minimumLeaseYears().citation()));
      }
      details.add(at + ": ended " + lease.end().get() + " before " + needed);
    }
    if (!unknown.isEmpty()) {
      return unknown;
    }
    return List.of(TracedCondition.known(false, "state-owned-tenure", text, () -> details.isEmpty()
        ? "no lease of state-owned space" : String.join("; ", details), measure.minimumLeaseYears().citation()));
  }
}
