package io.github.huiqi.calculators.space.utility;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.ItemsTotalStep;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Decides the 2023-Q1 utility arrears relief of 深工信〔2023〕26号 第2条 ("对经营困难的个体工商户和中小微企业，在2023年
 * 第一季度实行水、电、气“欠费不停供”，免收在此期间产生的欠费滞纳金") and the late fees it waives.
 * <p>
 * Covered: an individual business, or an enterprise that is not large, in difficulty, with a bill overdue on a day of
 * the quarter. For each bill, the overdue days in the quarter run from its first overdue day through the day before
 * payment (through 2023-03-31 if unpaid then), within 2023-01-01..2023-03-31, both included; then
 * <pre>
 *   fee waived = round(arrears × daily rate × overdue days in the quarter),  half-up to the fen,
 * </pre>
 * where the bill's rate is given; otherwise the bill's pointer {@code /utilityBills/i/dailyLateFeeRate} is named and
 * the total has no upper bound.
 * <p>
 * Usage:
 * <pre>{@code
 * UtilityMeasure measure = PolicyData.builtIn().getMeasure(UtilityMeasure.SHENZHEN_2023);
 * MonetaryAmount waived = UtilityCalculator.DEFAULT.waivedLateFees(measure, request);
 * UtilityResult explained = UtilityCalculator.DEFAULT.explainWaivedLateFees(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class UtilityCalculator {

  /** The calculator. */
  public static final UtilityCalculator DEFAULT = new UtilityCalculator();

  /** The code of the condition that a bill was overdue within the period. */
  static final String ARREARS_IN_PERIOD = "arrears-in-period";

  private UtilityCalculator() {
  }

  /**
   * Calculates the late fees waived: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link UtilityMeasure#SHENZHEN_2023}
   * @param request  the firm and its bills
   * @return the fees waived, CNY at the fen's scale; zero if not covered
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the verdict or a bill's rate is missing
   */
  public MonetaryAmount waivedLateFees(UtilityMeasure measure, UtilityRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (e.decision.verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(e.decision.missingFacts());
    }
    if (e.decision.verdict() == Verdict.ELIGIBLE && !e.missingRates.isEmpty()) {
      throw new MissingFactsException(e.missingRates);
    }
    return Cny.of(e.decision.verdict() == Verdict.ELIGIBLE ? e.waived : BigDecimal.ZERO);
  }

  /**
   * Decides the relief with the fees waived on the bills whose rate is known, and the explanation.
   *
   * @param measure  the measure
   * @param request  the firm and its bills
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public UtilityResult explainWaivedLateFees(UtilityMeasure measure, UtilityRequest request) {
    Evaluation e = evaluate(measure, request, true);
    // a firm the relief does not cover has nothing waived, as the plain form and the engine say
    BigDecimal waived = e.decision.verdict() == Verdict.INELIGIBLE ? BigDecimal.ZERO.setScale(e.waived.scale())
        : e.waived;
    UtilityResult result = new UtilityResult(measure.id(), measure.documentStatus(), e.decision.eligibility(),
        Cny.of(waived), e.missingRates, new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("space.utility.waived-late-fees", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Decides from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link UtilityRequest} as JSON
   * @return a {@link UtilityResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainWaivedLateFeesJson(UtilityMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainWaivedLateFees(measure, HuiqiJson.read(requestJson, UtilityRequest.class)));
  }

  /** The one path of both forms and of the evaluator. */
  Evaluation evaluate(UtilityMeasure measure, UtilityRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    DateRange period = measure.period().value();
    LocalDate first = period.start();
    LocalDate last = period.end().orElseThrow();
    MoneyRounding rounding = measure.rounding().value();
    List<TracedCondition> conditions = enterpriseConditions(measure, request.legalForm(), request.size(),
        request.affectedByEpidemic());
    BigDecimal waived = BigDecimal.ZERO.setScale(rounding.scale());
    List<String> missingRates = new ArrayList<>();
    int overdueBills = 0;
    List<BigDecimal> fees = new ArrayList<>();
    for (int i = 0; i < request.utilityBills().size(); i++) {
      UtilityBill bill = request.utilityBills().get(i);
      LocalDate from = bill.overdueFrom().isAfter(first) ? bill.overdueFrom() : first;
      LocalDate through = bill.paidDate().map(d -> d.minusDays(1)).filter(d -> d.isBefore(last)).orElse(last);
      long days = through.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, through) + 1;
      if (days == 0) {
        continue;
      }
      overdueBills++;
      String at = "/utilityBills/" + i;
      if (bill.dailyLateFeeRate().isEmpty()) {
        missingRates.add(at + "/dailyLateFeeRate");
        continue;
      }
      BigDecimal arrears = Cny.positiveYuan(bill.arrears(), at + "/arrears");
      BigDecimal exact = bill.dailyLateFeeRate().get().applyTo(arrears).multiply(BigDecimal.valueOf(days));
      BigDecimal fee = rounding.round(exact);
      waived = waived.add(fee);
      fees.add(fee);
      LocalDate start = from;
      steps.add(() -> new CalculationStep(LocalizedText.of("期间产生的欠费滞纳金（免收）", "late fee of the period "
          + "(waived)"), arrears.toPlainString() + " × " + bill.dailyLateFeeRate().get() + " × " + days + " days ("
          + start + ".." + through + "), rounded " + rounding, fee, measure.dayCountRule()));
    }
    int bills = overdueBills;
    conditions.add(TracedCondition.known(bills > 0, ARREARS_IN_PERIOD, () -> LocalizedText.of(
        "在 " + period + " 期间欠费", "utility arrears within " + period), () -> bills + " bill(s) overdue in the period",
        measure.period().citation()));
    TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);
    if (explain) {
      ItemsTotalStep.of(LocalizedText.of("免收的滞纳金合计（各张账单）", "late fees waived in all (the bills)"), fees,
          measure.dayCountRule()).ifPresent(step -> steps.add(() -> step));
    }
    return new Evaluation(decision, waived, missingRates, steps);
  }

  /**
   * Returns the conditions on the enterprise alone, which need no bill: an individual business or an SME, in
   * difficulty. Package-private for the evaluator, which decides them when the bills are not known.
   */
  static List<TracedCondition> enterpriseConditions(UtilityMeasure measure, Optional<LegalForm> legalForm,
      Optional<EnterpriseSize> size, Optional<Boolean> affectedByEpidemic) {
    List<TracedCondition> conditions = new ArrayList<>();
    Supplier<LocalizedText> whoText = () -> LocalizedText.of("个体工商户或中小微企业", "an individual business or an "
        + "SME");
    if (legalForm.orElse(null) == LegalForm.INDIVIDUAL_BUSINESS) {
      conditions.add(TracedCondition.known(true, "individual-business-or-sme", whoText,
          () -> "legalForm = INDIVIDUAL_BUSINESS", measure.beneficiaries()));
    } else {
      conditions.add(TracedCondition.of(size, known -> known != EnterpriseSize.LARGE, "/size",
          "individual-business-or-sme", whoText, measure.beneficiaries()));
    }
    conditions.add(TracedCondition.of(affectedByEpidemic, Boolean::booleanValue, "/affectedByEpidemic",
        "in-difficulty", () -> LocalizedText.of("经营困难", "in difficulty"), measure.hardship()));
    return conditions;
  }

  /** The verdict, the fees waived on the bills with a rate, the bills without one, and the steps. */
  record Evaluation(TracedCondition.Decision decision, BigDecimal waived, List<String> missingRates,
      StepTrace steps) {
  }
}
