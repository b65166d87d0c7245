package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates a technical-renovation project's loan interest subsidy, such as Shenzhen's under the 小升规 three-year
 * plan 第十条: "按实际支付利息的50%，给予最高500万元的贴息资助", for projects financed by fixed-asset bank loans or equipment
 * finance leases.
 * <p>
 * The subsidised years run from the request's {@code subsidyStart} (counted) for the measure's years (3, from the
 * 2023-era operating rules; the plan is silent; an option). Interest paid for a period inside them counts in full,
 * outside them not at all, and for a period straddling their start or end by its days inside them:
 * {@code interest × days inside ÷ days}, rounded half-up to the fen (a documented library reading). Then
 * <pre>
 *   subsidy = min(cap, round(50% × interest counted)),  rounded half-up to the fen once,
 * </pre>
 * with the cap (5,000,000) per project. The project must be a supported renovation project: unknown makes the
 * result undetermined (naming {@code /eligibleProject}), false makes it ineligible.
 * <p>
 * The plain form {@link #subsidy} returns the amount; the explaining form {@link #explainSubsidy} returns the verdict,
 * the amount, the binding cap, each payment's part and an explanation citing each clause. The subsidy stacks with
 * the renovation grant: see {@link RenovationSupportCalculator}.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * RenovationInterestMeasure measure = data.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);
 * // the request: read from JSON here, or built in Java
 * RenovationInterestRequest request = HuiqiJson.read(requestJson, RenovationInterestRequest.class);
 * MonetaryAmount subsidy = RenovationInterestCalculator.DEFAULT.subsidy(measure, request);
 * RenovationInterestResult explained = RenovationInterestCalculator.DEFAULT.explainSubsidy(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = RenovationInterestCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RenovationInterestCalculator {

  /** The calculator. */
  public static final RenovationInterestCalculator DEFAULT =
      new RenovationInterestCalculator();

  /** The name of the per-project cap, as a binding limit names it. */
  static final LocalizedText CAP_NAME = LocalizedText.of("单个项目贴息资助上限", "cap per project");
  /** The reading of a period straddling the subsidised years' start or end, which no source settles. */
  private static final Citation APPORTIONMENT_DEFAULT = new Citation(Provenance.LIBRARY_DEFAULT, "huiqi",
      "decisions register §4.1", Optional.of("9"), Optional.empty(), Optional.of("no source says how the interest "
          + "paid for a period straddling the start or end of the subsidised years counts; default: in proportion "
          + "to its actual days inside them (算头不算尾), rounded half-up to the fen"));

  private RenovationInterestCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates a project's subsidy: the fast form, which builds no explanation steps.
   *
   * @param measure  the measure, such as the built-in {@link RenovationInterestMeasure#SHENZHEN_2022}
   * @param request  the project, its subsidy start, the interest paid and the options
   * @return the subsidy in CNY, rounded to the fen; zero if the project is ineligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming the facts, if the project's eligibility is not known and the subsidy it
   *     would earn is above zero (ineligible, it is zero, so the facts leave it open); an undetermined subsidy of zero
   *     either way (no interest paid in the subsidised years) is returned
   */
  public MonetaryAmount subsidy(RenovationInterestMeasure measure, RenovationInterestRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (evaluation.decision.verdict() == Verdict.UNDETERMINED && evaluation.paid.signum() != 0) {
      throw new MissingFactsException(evaluation.decision.missingFacts());
    }
    return Cny.of(evaluation.paid);
  }

  /**
   * Calculates a project's subsidy with its verdict, each payment's part and the explanation.
   *
   * @param measure  the measure
   * @param request  the project, its subsidy start, the interest paid and the options
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public RenovationInterestResult explainSubsidy(RenovationInterestMeasure measure,
      RenovationInterestRequest request) {
    RenovationInterestResult result = explained(measure, request);
    return result.withReceipt(CalculatorReceipts.issue("financing.renovation-interest.subsidy", List.of(measure),
        request, Optional.empty(), result));
  }

  /** The explained result without its receipt, as the renovation support calculator nests it. */
  RenovationInterestResult explained(RenovationInterestMeasure measure,
      RenovationInterestRequest request) {
    Evaluation e = evaluate(measure, request, true);
    AmountRange amount = switch (e.decision.verdict()) {
      case ELIGIBLE -> AmountRange.exactly(Cny.of(e.paid));
      case UNDETERMINED -> new AmountRange(Cny.ZERO, Cny.of(e.paid));
      default -> AmountRange.exactly(Cny.ZERO);
    };
    Optional<BindingLimit> binding = e.capBinding
        ? Optional.of(new BindingLimit("cap-per-project", CAP_NAME, measure.capPerProject().value(),
            measure.capPerProject().citation()))
        : Optional.empty();
    return new RenovationInterestResult(measure.id(), measure.documentStatus(), e.decision.eligibility(), e.window,
        Cny.of(e.counted), amount, binding, e.parts, new Explanation(e.steps.list()));
  }

  /**
   * Calculates a project's subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link RenovationInterestRequest} as JSON
   * @return a {@link RenovationInterestResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /payments/0/interestPaid} for a negative amount)
   */
  public String explainSubsidyJson(RenovationInterestMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    RenovationInterestRequest request = HuiqiJson.read(requestJson, RenovationInterestRequest.class);
    return HuiqiJson.write(explainSubsidy(measure, request));
  }

  //-------------------------------------------------------------------------
  /**
   * Evaluates a project: the one path of the plain form (no explanation steps) and the explaining form. The
   * evaluator of an enterprise profile calls it too.
   */
  Evaluation evaluate(RenovationInterestMeasure measure, RenovationInterestRequest request,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    RenovationInterestOptions options = request.effectiveOptions();
    int years = options.maximumSubsidyYears().orElse(measure.maximumSubsidyYears().value());
    MoneyRounding rounding = measure.rounding().value();
    LocalDate start = request.subsidyStart();
    // the years' last day (《民法典》第二百零二条: from 29 February to 28 February), and the day after it, not counted
    DateRange window = DateRange.ofMonths(start, years * 12);
    LocalDate end = window.end().orElseThrow().plusDays(1);
    if (options.maximumSubsidyYears().isPresent()) {
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("贴息年限", "subsidised years"),
          years + " (" + window + ")", true, measure.maximumSubsidyYears().citation()));
    } else {
      steps.add(() -> new InputStep(LocalizedText.of("贴息年限（方案未规定，取自操作规程；可选项）",
          "subsidised years (the plan is silent: from the operating rules; an option)"),
          years + " (" + window + ") — " + measure.maximumSubsidyYears().citation().label()));
    }
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("贴息的舍入", "rounding of the subsidy"),
        rounding.toString(), false, measure.rounding().citation()));

    TracedCondition project = TracedCondition.of(request.eligibleProject(), Boolean::booleanValue,
        "/eligibleProject", "eligible-renovation-project", () -> LocalizedText.of("项目为符合条件、采用银行固定资产贷款或融资租赁的技术改造项目",
            "a supported renovation project financed by fixed-asset bank loans or finance leases"),
        measure.stackingWithGrant());
    // the plan's 50% pays a project whose subsidised period starts within the plan's validity (2022-08-03..2024-12-31)
    TracedCondition.Decision decision = TracedCondition.decide(EventValidity.with(List.of(project),
        measure.subsidyRatio(), start, () -> "/subsidyStart", "贴息期起始日", "start of the subsidised period"), steps);

    BigDecimal counted = BigDecimal.ZERO.setScale(rounding.scale());
    boolean apportioned = false;
    List<RenovationPaymentPart> parts = new ArrayList<>(explain ? request.payments().size() : 0);
    for (RenovationInterestPayment payment : request.payments()) {
      BigDecimal interest = Cny.notNegativeYuan(payment.interestPaid(), "interestPaid");
      long days = ChronoUnit.DAYS.between(payment.interestFrom(), payment.interestUntil());
      LocalDate from = payment.interestFrom().isBefore(start) ? start : payment.interestFrom();
      LocalDate until = payment.interestUntil().isAfter(end) ? end : payment.interestUntil();
      long inside = from.isBefore(until) ? ChronoUnit.DAYS.between(from, until) : 0;
      BigDecimal share;
      if (inside == days) {
        share = interest.scale() < rounding.scale() ? interest.setScale(rounding.scale()) : interest;
      } else if (inside == 0) {
        share = BigDecimal.ZERO.setScale(rounding.scale());
      } else {
        share = interest.multiply(BigDecimal.valueOf(inside))
            .divide(BigDecimal.valueOf(days), rounding.scale(), rounding.mode());
        apportioned = true;
      }
      counted = counted.add(share);
      if (explain) {
        parts.add(new RenovationPaymentPart(payment.paymentId(), days, inside, payment.interestPaid(),
            Cny.of(share)));
        steps.add(() -> new InputStep(LocalizedText.of("利息 " + payment.paymentId(),
            "interest " + payment.paymentId()), payment.kind() + ", " + payment.interestFrom() + " → "
            + payment.interestUntil() + ", " + interest.toPlainString() + " CNY"));
        steps.add(() -> new CalculationStep(LocalizedText.of("贴息年限内的利息（按天分摊）",
            "interest within the subsidised years (apportioned by days)"),
            interest.toPlainString() + " × " + inside + " / " + days, share,
            inside == days || inside == 0 ? measure.maximumSubsidyYears().citation() : APPORTIONMENT_DEFAULT));
      }
    }
    if (apportioned) {
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("跨贴息年限起止的计息期：按其中实际天数分摊",
          "a period straddling the subsidised years: apportioned by its actual days inside them"),
          "ACT days, " + rounding, false, APPORTIONMENT_DEFAULT));
    }
    Rate ratio = measure.subsidyRatio().value();
    BigDecimal exact = ratio.applyTo(counted);
    BigDecimal computed = rounding.round(exact);
    BigDecimal cap = Cny.positiveYuan(measure.capPerProject().value(), "capPerProject");
    BigDecimal capped = computed.min(cap);
    BigDecimal total = counted;
    steps.add(() -> new CalculationStep(LocalizedText.of("贴息（舍入前）", "subsidy before rounding"),
        total.toPlainString() + " × " + ratio, exact, measure.subsidyRatio().citation()));
    steps.add(() -> new RoundingStep(exact, computed, rounding, measure.rounding().citation()));
    steps.add(() -> new CapStep(CAP_NAME, cap, computed, capped, measure.capPerProject().citation()));
    BigDecimal paid = decision.verdict() == Verdict.INELIGIBLE ? BigDecimal.ZERO.setScale(rounding.scale()) : capped;
    return new Evaluation(decision, window, counted, paid,
        decision.verdict() != Verdict.INELIGIBLE && computed.compareTo(cap) > 0, parts, steps);
  }

  /**
   * A project's decision, subsidised years, interest counted, subsidy (what it would receive when undetermined,
   * zero when ineligible), whether the cap bound, each payment's part (explaining form only) and steps.
   */
  record Evaluation(
      TracedCondition.Decision decision,
      DateRange window,
      BigDecimal counted,
      BigDecimal paid,
      boolean capBinding,
      List<RenovationPaymentPart> parts,
      StepTrace steps) {
  }
}
