package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Calculates a per-square-metre rent subsidy such as 光明区's (2021 reply letter: "对入驻区级科技创新产业园的各类科技型
 * 企业，按实际面积给予20元/m2的补贴").
 * <p>
 * The firm must be a technology firm (a 科技型中小企业 or a 高新技术企业) with space in a district-level science park
 * ({@code districtPark}). Then, for one period,
 * <pre>
 *   subsidy = round(20 × Σ actual area of the park leases),  rounded half-up to the fen.
 * </pre>
 * The period (a month or a year) is not stated: the request's {@code periodUnit}, else the measure's documented
 * default (a month). A missing fact names its pointer ({@code /techSme}, {@code /highTech},
 * {@code /leases/0/districtPark}). A lease counts only when it runs within the rate's validity (at least a day of it:
 * the figure is a period's); one wholly outside it counts nothing, and one with no end date that starts before the
 * validity may add its area, naming {@code /leases/i/end}.
 * <p>
 * Usage:
 * <pre>{@code
 * RentAreaMeasure measure = PolicyData.builtIn().getMeasure(RentAreaMeasure.GUANGMING);
 * MonetaryAmount perMonth = RentAreaCalculator.DEFAULT.subsidyPerPeriod(measure, request);
 * RentAreaResult explained = RentAreaCalculator.DEFAULT.explainSubsidyPerPeriod(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RentAreaCalculator {

  /** The calculator. */
  public static final RentAreaCalculator DEFAULT = new RentAreaCalculator();

  private RentAreaCalculator() {
  }

  /**
   * Calculates the subsidy for one period: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link RentAreaMeasure#GUANGMING}
   * @param request  the firm and its leases
   * @return the subsidy for one period, CNY at the fen's scale; zero if ineligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming the facts, if the verdict is undetermined and the subsidy the facts would
   *     give, were they favourable, is above zero (unfavourable, it is zero, so they leave it open); an undetermined
   *     subsidy of zero either way (the leases that may count being too small to earn a fen: 20 × 0.0002 m² = 0.004 →
   *     0.00) is returned
   */
  public MonetaryAmount subsidyPerPeriod(RentAreaMeasure measure, RentAreaRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (e.decision.verdict() == Verdict.UNDETERMINED && e.amount.signum() != 0) {
      throw new MissingFactsException(e.decision.missingFacts());
    }
    return Cny.of(e.amount);
  }

  /**
   * Calculates the subsidy for one period with the period used, the verdict and the explanation.
   *
   * @param measure  the measure
   * @param request  the firm and its leases
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public RentAreaResult explainSubsidyPerPeriod(RentAreaMeasure measure, RentAreaRequest request) {
    Evaluation e = evaluate(measure, request, true);
    RentAreaResult result = new RentAreaResult(measure.id(), measure.documentStatus(), e.decision.eligibility(),
        Cny.of(e.amount), e.unit, request.periodUnit().isEmpty(), new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("space.rent-area.subsidy-per-period", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link RentAreaRequest} as JSON
   * @return a {@link RentAreaResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainSubsidyPerPeriodJson(RentAreaMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainSubsidyPerPeriod(measure, HuiqiJson.read(requestJson, RentAreaRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** The one path of both forms and of the evaluator. */
  Evaluation evaluate(RentAreaMeasure measure, RentAreaRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    RentPeriodUnit unit = request.periodUnit().orElse(measure.periodUnit().value());
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("补贴标准的计算周期", "the period the rate is for"),
        unit.toString(), request.periodUnit().isPresent(), measure.periodUnit().citation()));
    List<TracedCondition> conditions = new ArrayList<>();
    Supplier<LocalizedText> techText = () -> LocalizedText.of("科技型企业（科技型中小企业或高新技术企业）",
        "a technology firm (a tech-based SME or a high-tech enterprise)");
    boolean tech = request.techSme().orElse(false) || request.highTech().orElse(false);
    if (tech || request.techSme().isPresent() && request.highTech().isPresent()) {
      conditions.add(TracedCondition.known(tech, "technology-firm", techText, () -> "techSme = "
          + request.techSme().map(String::valueOf).orElse("not given") + ", highTech = "
          + request.highTech().map(String::valueOf).orElse("not given"), measure.techFirmRule()));
    } else {
      if (request.techSme().isEmpty()) {
        conditions.add(TracedCondition.unknown("/techSme", "technology-firm", techText, measure.techFirmRule()));
      }
      if (request.highTech().isEmpty()) {
        conditions.add(TracedCondition.unknown("/highTech", "technology-firm", techText, measure.techFirmRule()));
      }
    }
    Supplier<LocalizedText> parkText = () -> LocalizedText.of("入驻区级科技创新产业园", "space in a district-level "
        + "science park");
    BigDecimal area = BigDecimal.ZERO;
    BigDecimal possibleArea = BigDecimal.ZERO;
    List<TracedCondition> unknownParks = new ArrayList<>();
    List<String> unknownParkFacts = new ArrayList<>();
    int outside = 0;
    for (int i = 0; i < request.leases().size(); i++) {
      RentLease lease = request.leases().get(i);
      String at = "/leases/" + i;
      Optional<Boolean> inForce = lease.runsWithin(measure.ratePerSquareMetre().validity());
      if (inForce.isPresent() && !inForce.get() || lease.districtPark().isPresent() && !lease.districtPark().get()) {
        if (inForce.isPresent() && !inForce.get() && lease.districtPark().orElse(true)) {
          outside++;
          TracedCondition span = RentLeaseSpan.condition(lease, at, measure.ratePerSquareMetre());
          steps.add(() -> span.step());
        }
        continue;
      }
      if (lease.districtPark().isEmpty() || inForce.isEmpty()) {
        // the park or the lease's span not known: the lease may add its area
        possibleArea = possibleArea.add(lease.area());
        if (lease.districtPark().isEmpty()) {
          unknownParkFacts.add(at + "/districtPark");
          unknownParks.add(TracedCondition.unknown(at + "/districtPark", "in-district-park", parkText,
              measure.parkRule()));
        }
        if (inForce.isEmpty()) {
          unknownParkFacts.add(at + "/end");
          unknownParks.add(RentLeaseSpan.condition(lease, at, measure.ratePerSquareMetre()));
        }
      } else {
        area = area.add(lease.area());
      }
    }
    int wasOutside = outside;
    if (area.signum() > 0) {
      BigDecimal known = area;
      conditions.add(TracedCondition.known(true, "in-district-park", parkText, () -> "park area " + known
          .toPlainString() + " m²", measure.parkRule()));
    } else if (unknownParks.isEmpty()) {
      conditions.add(TracedCondition.known(false, "in-district-park", parkText, () -> "no lease in a district park"
          + (wasOutside > 0 ? " within the rate's validity (" + wasOutside + " outside it)" : ""), measure.parkRule()));
    } else {
      conditions.addAll(unknownParks);
    }
    TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);
    MoneyRounding rounding = measure.rounding().value();
    BigDecimal amount = BigDecimal.ZERO.setScale(rounding.scale());
    if (decision.verdict() != Verdict.INELIGIBLE) {
      BigDecimal counted = decision.verdict() == Verdict.ELIGIBLE ? area : area.add(possibleArea);
      BigDecimal rate = Cny.positiveYuan(measure.ratePerSquareMetre().value(), "ratePerSquareMetre");
      BigDecimal exact = rate.multiply(counted);
      amount = rounding.round(exact);
      Citation cite = measure.ratePerSquareMetre().citation();
      steps.add(() -> new CalculationStep(LocalizedText.of("面积补贴（每" + (unit == RentPeriodUnit.MONTH ? "月" : "年")
          + "）", "subsidy per " + unit.toString().toLowerCase(Locale.ROOT)), rate.toPlainString()
          + " × " + counted.toPlainString() + " m²", exact, cite));
    }
    List<String> open = decision.verdict() == Verdict.ELIGIBLE ? List.copyOf(unknownParkFacts) : List.of();
    return new Evaluation(decision, amount, unit, open, steps);
  }

  /**
   * The verdict, the amount for one period, the period, the facts an eligible firm's amount still turns on (the
   * leases whose park is not known, which may add their area; empty unless eligible) and the steps.
   */
  record Evaluation(TracedCondition.Decision decision, BigDecimal amount, RentPeriodUnit unit, List<String> openFacts,
      StepTrace steps) {
  }
}
