package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Calculates a share-of-rent subsidy such as 龙岗区's (2021 reply letter: "对入驻区级科技企业加速器、科技创新产业园的国家
 * 高新技术企业，连续三年给予不超过上一年度场地租金支出50%、每年最高20万元的扶持").
 * <p>
 * For support year y the firm must hold the 国家高新技术企业 qualification and lease space in a district-level
 * accelerator or science park ({@code districtPark}); the base is the rent paid in y − 1 on those leases, and
 * <pre>
 *   maximum = min(200,000, round(50% × rent_{y−1})),  rounded half-up to the fen,
 * </pre>
 * the subsidy being the range [0, maximum]. A lease that does not run in y − 1 (it starts after that year or ends
 * before it) counts no rent, whatever rent it lists for the year, and its rent is not asked for (decisions register
 * §4.6 item 172). Given the first year of support, a year beyond the three consecutive
 * years is ineligible. A missing fact names its pointer ({@code /highTech}, {@code /leases/0/districtPark},
 * {@code /leases/0/rentPaid}); a park lease whose prior-year rent is not known counts up to the cap. A lease whose park
 * is not known counts in the maximum as if it were in a park, also when another lease already makes the firm eligible
 * (the enterprise outcome then names its {@code districtPark}), so the maximum is never below what the firm may get.
 * Where the rent known on park space already reaches the yearly cap, no lease's park or rent can move the maximum, and
 * none is named (decisions register §4.6 item 142).
 * <p>
 * Usage:
 * <pre>{@code
 * RentShareMeasure measure = PolicyData.builtIn().getMeasure(RentShareMeasure.LONGGANG);
 * MonetaryAmount upTo = RentShareCalculator.DEFAULT.maximumSubsidy(measure, request);
 * RentShareResult explained = RentShareCalculator.DEFAULT.explainMaximumSubsidy(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RentShareCalculator {

  /** The calculator. */
  public static final RentShareCalculator DEFAULT = new RentShareCalculator();

  static final LocalizedText CAP_NAME = LocalizedText.of("每年扶持上限", "cap a year");

  private RentShareCalculator() {
  }

  /**
   * Calculates the most the subsidy can be: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link RentShareMeasure#LONGGANG}
   * @param request  the firm, its leases and the year
   * @return the maximum, CNY at the fen's scale; zero if ineligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming the facts, if the verdict is undetermined and the maximum the facts would
   *     give, were they favourable, is above zero (unfavourable, it is zero, so they leave it open); an undetermined
   *     maximum of zero either way (a park lease whose prior-year rent was 0.00) is returned
   */
  public MonetaryAmount maximumSubsidy(RentShareMeasure measure, RentShareRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (e.decision.verdict() == Verdict.UNDETERMINED && e.maximum.signum() != 0) {
      throw new MissingFactsException(e.decision.missingFacts());
    }
    return Cny.of(e.maximum);
  }

  /**
   * Calculates the subsidy's range with its verdict, base, binding cap and explanation.
   *
   * @param measure  the measure
   * @param request  the firm, its leases and the year
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public RentShareResult explainMaximumSubsidy(RentShareMeasure measure, RentShareRequest request) {
    Evaluation e = evaluate(measure, request, true);
    RentShareResult result = new RentShareResult(measure.id(), measure.documentStatus(), e.decision.eligibility(),
        request.supportYear(), Cny.of(e.base), new AmountRange(Cny.ZERO, Cny.of(e.maximum)),
        Optional.ofNullable(e.binding), new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("space.rent-share.maximum-subsidy", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link RentShareRequest} as JSON
   * @return a {@link RentShareResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainMaximumSubsidyJson(RentShareMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainMaximumSubsidy(measure, HuiqiJson.read(requestJson, RentShareRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** The one path of both forms and of the evaluator. */
  Evaluation evaluate(RentShareMeasure measure, RentShareRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    int prior = request.supportYear() - 1;
    MoneyRounding rounding = measure.rounding().value();
    BigDecimal cap = Cny.positiveYuan(measure.capPerYear().value(), "capPerYear");
    List<TracedCondition> conditions = new ArrayList<>();
    conditions.add(TracedCondition.of(request.highTech(), Boolean::booleanValue, "/highTech", "high-tech-enterprise",
        () -> LocalizedText.of("国家高新技术企业", "a national high-tech enterprise"), measure.highTechRule()));
    request.firstSupportYear().ifPresent(first -> {
      int years = measure.consecutiveYears().value();
      conditions.add(TracedCondition.known(request.supportYear() - first < years, "within-consecutive-years",
          () -> LocalizedText.of("连续" + years + "年内", "within " + years + " consecutive years"),
          () -> "first support year " + first + ", support year " + request.supportYear(),
          measure.consecutiveYears().citation()));
    });
    Supplier<LocalizedText> parkText = () -> LocalizedText.of("入驻区级科技企业加速器、科技创新产业园",
        "space in a district-level accelerator or science park");
    BigDecimal base = BigDecimal.ZERO;
    BigDecimal possible = BigDecimal.ZERO;
    boolean anyPark = false;
    boolean unbounded = false;
    List<TracedCondition> unknownParks = new ArrayList<>();
    List<String> unknownParkFacts = new ArrayList<>();
    List<String> unknownRents = new ArrayList<>();
    List<TracedCondition> rentConditions = new ArrayList<>();
    Rate share = measure.share().value();
    // the rent known on park space already reaching the cap: no lease's park or rent can move the maximum, and none
    // is named (decisions register §4.6 item 142)
    boolean capReached = rounding.round(share.applyTo(knownParkRent(request, prior))).compareTo(cap) >= 0;
    for (int i = 0; i < request.leases().size(); i++) {
      RentLease lease = request.leases().get(i);
      String at = "/leases/" + i;
      boolean ran = ranIn(lease, prior);
      Optional<BigDecimal> rent = ran ? lease.rentPaidIn(prior).map(a -> Cny.notNegativeYuan(a, at + "/rentPaid"))
          : Optional.of(BigDecimal.ZERO);
      steps.add(() -> new InputStep(LocalizedText.of("租赁 " + lease.leaseId() + "（" + at + "）", "lease "
          + lease.leaseId() + " (" + at + ")"), "districtPark = " + lease.districtPark().map(String::valueOf)
          .orElse("not given") + ", rent paid in " + prior + " = " + (ran ? rent.map(BigDecimal::toPlainString)
          .orElse("not given") : "0 (the lease, " + lease.start() + lease.end().map(end -> " to " + end).orElse("")
          + ", does not run in " + prior + ": no rent of that year counts)")));
      if (lease.districtPark().isEmpty()) {
        if (!capReached) {
          unknownParkFacts.add(at + "/districtPark");
        }
        unknownParks.add(TracedCondition.unknown(at + "/districtPark", "in-district-park",
            parkText, measure.parkRule()));
      } else if (!lease.districtPark().get()) {
        continue;
      } else {
        anyPark = true;
      }
      if (rent.isPresent()) {
        possible = possible.add(rent.get());
        if (lease.districtPark().isPresent()) {
          base = base.add(rent.get());
        }
      } else {
        unbounded = true;
        if (lease.districtPark().isPresent() && !capReached) {
          unknownRents.add(at + "/rentPaid");
          TracedCondition rentKnown = TracedCondition.unknown(at + "/rentPaid",
              "prior-year-rent", () -> LocalizedText.of(prior + " 年度场地租金支出", "rent paid in " + prior),
              measure.share().citation());
          conditions.add(rentKnown);
          rentConditions.add(rentKnown);
        }
      }
    }
    if (anyPark) {
      conditions.add(TracedCondition.known(true, "in-district-park", parkText, () -> "a lease with districtPark = true",
          measure.parkRule()));
    } else if (unknownParks.isEmpty()) {
      conditions.add(TracedCondition.known(false, "in-district-park", parkText, () -> "no lease in a district park",
          measure.parkRule()));
    } else {
      conditions.addAll(unknownParks);
    }
    TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);
    BigDecimal maximum = BigDecimal.ZERO.setScale(rounding.scale());
    BindingLimit binding = null;
    // a lease whose park is not known counts were it in a park, even once another lease makes the firm eligible:
    // the maximum is what it would be were the missing facts favourable (RentShareResult), and the evaluator names them
    BigDecimal counted = possible;
    if (decision.verdict() != Verdict.INELIGIBLE) {
      BigDecimal exact = share.applyTo(counted);
      BigDecimal rounded = rounding.round(exact);
      maximum = unbounded ? cap.setScale(rounding.scale()) : rounded.min(cap);
      // an unknown rent leaves the cap as the upper end, which it then sets (decisions register §4.4 item 29)
      boolean capBinds = unbounded || rounded.compareTo(cap) > 0;
      BigDecimal result = maximum;
      steps.add(() -> new CalculationStep(LocalizedText.of("上一年度场地租金支出 × 比例", "prior year's rent × share"),
          counted.toPlainString() + " × " + share, exact, measure.share().citation()));
      steps.add(() -> new RoundingStep(exact, rounded, rounding, measure.rounding().citation()));
      steps.add(() -> new CapStep(CAP_NAME, cap, rounded, result, measure.capPerYear().citation()));
      if (capBinds) {
        binding = new BindingLimit("cap-per-year", CAP_NAME, measure.capPerYear().value(),
            measure.capPerYear().citation());
      }
    }
    // only the rent, the base, not known: every condition is met, the rent opening the maximum only
    boolean onlyTheBaseOpen = decision.verdict() == Verdict.UNDETERMINED
        && unknownRents.containsAll(decision.missingFacts());
    List<String> open = decision.verdict() == Verdict.ELIGIBLE || onlyTheBaseOpen ? List.copyOf(unknownParkFacts)
        : List.of();
    Eligibility conditionsMet = null;
    if (onlyTheBaseOpen && explain) {
      // the conditions, all met, as an eligible outcome states them; the rent, no condition, is left out
      List<TracedCondition> withoutRents = new ArrayList<>(conditions);
      withoutRents.removeAll(rentConditions);
      conditionsMet = TracedCondition.decide(withoutRents, new StepTrace(true)).eligibility();
    }
    // "不超过50%" of the rent known on park space: the authority fixes the figure up to that share within the yearly
    // cap, whatever the facts not given (decisions register §4.4 item 29, §4.6 item 129)
    BigDecimal fixed = decision.verdict() == Verdict.INELIGIBLE ? BigDecimal.ZERO
        : rounding.round(share.applyTo(base)).min(cap);
    return new Evaluation(decision, onlyTheBaseOpen, conditionsMet, base, maximum, binding, open, steps, fixed);
  }

  /** The rent paid in the prior year on the leases known to be on district-park space, whose rent is given. */
  private static BigDecimal knownParkRent(RentShareRequest request, int prior) {
    BigDecimal known = BigDecimal.ZERO;
    for (int i = 0; i < request.leases().size(); i++) {
      RentLease lease = request.leases().get(i);
      if (lease.districtPark().orElse(false) && ranIn(lease, prior)) {
        String at = "/leases/" + i + "/rentPaid";
        known = known.add(lease.rentPaidIn(prior).map(a -> Cny.notNegativeYuan(a, at)).orElse(BigDecimal.ZERO));
      }
    }
    return known;
  }

  /**
   * Tells whether a lease runs at least a day in a calendar year: one that starts after it or ends before it has no
   * rent of that year ("上一年度场地租金支出" on the park space the firm is in), whatever the rent it lists for the year
   * (rent paid ahead of the lease's start or after its end, decisions register §4.6 item 172). A lease with no end
   * that starts before the year is read as running in it.
   */
  private static boolean ranIn(RentLease lease, int year) {
    return lease.start().getYear() <= year && lease.end().map(end -> end.getYear() >= year).orElse(true);
  }

  /**
   * The verdict; whether it is undetermined only because a park lease's rent, the base, is not given (every condition
   * met: the evaluator's outcome is then eligible, decisions register §4.6 item 42); the base counted, the maximum,
   * the cap when binding, the facts an eligible firm's maximum still turns on (the leases whose park is not known;
   * empty unless eligible or only the base is open), and the steps. When only the base is open, the explaining form
   * also gives the conditions without the rent, all met ({@code conditionsMet}, the eligible outcome's reasons);
   * null otherwise. {@code fixedByAuthority} is the part of the range no fact decides: the share of the rent known on
   * park space within the yearly cap, zero when ineligible (decisions register §4.6 item 129).
   */
  record Evaluation(TracedCondition.Decision decision, boolean onlyTheBaseOpen, Eligibility conditionsMet,
      BigDecimal base, BigDecimal maximum, BindingLimit binding, List<String> openFacts, StepTrace steps,
      BigDecimal fixedByAuthority) {
  }
}
