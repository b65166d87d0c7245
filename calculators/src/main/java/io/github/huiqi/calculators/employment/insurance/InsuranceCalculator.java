package io.github.huiqi.calculators.employment.insurance;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.internal.ItemsTotalStep;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
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
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates the late fee (滞纳金) waived on deferred social-insurance contributions repaid by a deadline, such as under
 * 深工信〔2023〕26号 第2条 and 沪企服办〔2023〕1号 第二十条: "在2023年12月31日前…对缓缴的社会保险费予以补缴，补缴期间免收滞纳金".
 * <p>
 * A deferral's fee is waived when it is of a covered kind (养老、失业、工伤), fell due within the dates the phased
 * deferral covered (2022-04-01..2023-12-31, a documented default: decisions register §1.2 card 000-2a), was deferred
 * under the phased policy, and was repaid on or before the deadline (2023-12-31, included) and within the deadline's
 * validity ("政策到期后…补缴": a repayment in 2022, during the phased deferral, is that policy's, not this one's:
 * {@code event-outside-validity}, decisions register §4.6 item 157). The fee waived is what
 * the law would otherwise charge, 社会保险法 第八十六条 "自欠缴之日起，按日加收万分之五的滞纳金":
 * <pre>
 *   fee = round(deferred amount × 0.05% × days),  days = repaidDate − dueDate,
 * </pre>
 * the days from the day after the due date through the repayment day (the documented day-count rule), rounded
 * half-up to the fen per deferral. A repayment date not known leaves the deferral undetermined, naming
 * {@code /insuranceDeferrals/i/repaidDate}, with the fee up to a repayment on the deadline.
 * <p>
 * Usage:
 * <pre>{@code
 * InsuranceMeasure measure = PolicyData.builtIn().getMeasure(InsuranceMeasure.SHENZHEN_2023);
 * MonetaryAmount waived = InsuranceCalculator.DEFAULT.waivedFee(measure, new InsuranceRequest(deferrals));
 * InsuranceResult explained = InsuranceCalculator.DEFAULT.explainWaivedFee(measure, request);
 * String resultJson = InsuranceCalculator.DEFAULT.explainWaivedFeeJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class InsuranceCalculator {

  /** The calculator. */
  public static final InsuranceCalculator DEFAULT = new InsuranceCalculator();

  private InsuranceCalculator() {
  }

  /**
   * Calculates the late fee waived: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link InsuranceMeasure#SHENZHEN_2023}
   * @param request  the deferrals
   * @return the fee waived, CNY at the fen's scale; zero if none is waived
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the fee depends on facts the request does not give, naming them (a deferral
   *     whose missing facts cannot change it, such as one due on the deadline with its repayment date not given,
   *     whose fee is zero either way, leaves the fee determined)
   */
  public MonetaryAmount waivedFee(InsuranceMeasure measure, InsuranceRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (e.minimum.compareTo(e.maximum) != 0) {
      throw new MissingFactsException(e.missing);
    }
    return Cny.of(e.minimum);
  }

  /**
   * Calculates the late fee waived with each deferral's fee, the verdict and the explanation.
   *
   * @param measure  the measure
   * @param request  the deferrals
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public InsuranceResult explainWaivedFee(InsuranceMeasure measure, InsuranceRequest request) {
    Evaluation e = evaluate(measure, request, true);
    InsuranceResult result = new InsuranceResult(measure.id(), measure.documentStatus(), e.decision.eligibility(),
        new AmountRange(Cny.of(e.minimum), Cny.of(e.maximum)), e.missing, e.waivers,
        new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("employment.insurance.waived-fee", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the late fee waived from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  an {@link InsuranceRequest} as JSON
   * @return an {@link InsuranceResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /insuranceDeferrals/0/repaidDate} before the due date)
   */
  public String explainWaivedFeeJson(InsuranceMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainWaivedFee(measure, HuiqiJson.read(requestJson, InsuranceRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** Decides every deferral: the one path of both forms and of the evaluator. */
  Evaluation evaluate(InsuranceMeasure measure, InsuranceRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    LocalDate deadline = measure.repaymentDeadline().value();
    Rate rate = measure.dailyLateFeeRate().value();
    MoneyRounding rounding = measure.rounding().value();
    List<TracedCondition.Decision> decisions = new ArrayList<>();
    List<InsuranceWaiver> waivers = new ArrayList<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    BigDecimal minimum = BigDecimal.ZERO.setScale(rounding.scale());
    BigDecimal maximum = minimum;
    List<BigDecimal> waived = new ArrayList<>();
    for (int i = 0; i < request.insuranceDeferrals().size(); i++) {
      InsuranceDeferral deferral = request.insuranceDeferrals().get(i);
      String at = "/insuranceDeferrals/" + i;
      steps.add(() -> new InputStep(LocalizedText.of("缓缴社会保险费 " + deferral.deferralId() + "（" + at + "）",
          "deferred contribution " + deferral.deferralId() + " (" + at + ")"), deferral.kind() + " "
          + deferral.deferredAmount() + ", due " + deferral.dueDate()
          + deferral.repaidDate().map(d -> ", repaid " + d).orElse(", repayment date not given")));
      List<TracedCondition> conditions = new ArrayList<>(4);
      conditions.add(TracedCondition.known(measure.eligibleKinds().value().contains(deferral.kind()),
          "covered-contribution", () -> LocalizedText.of("阶段性缓缴的险种（养老、失业、工伤保险费）",
              "a contribution the phased deferral covered (pension, unemployment, work injury)"),
          () -> "kind = " + deferral.kind(), measure.eligibleKinds().citation()));
      DateRange window = measure.deferredDueWindow().value();
      conditions.add(TracedCondition.known(window.contains(deferral.dueDate()), "due-in-deferral-window",
          () -> LocalizedText.of("应缴日在阶段性缓缴政策覆盖的 " + window + " 内",
              "due within " + window + ", the dates the phased deferral covered"),
          () -> "dueDate = " + deferral.dueDate(), measure.deferredDueWindow().citation()));
      conditions.add(TracedCondition.of(deferral.deferralApproved(), Boolean::booleanValue, at + "/deferralApproved",
          "deferral-approved", () -> LocalizedText.of("经批准阶段性缓缴", "deferred under the phased policy"),
          measure.repaymentDeadline().citation()));
      conditions.add(TracedCondition.of(deferral.repaidDate(), date -> !date.isAfter(deadline), at + "/repaidDate",
          "repaid-by-deadline", () -> LocalizedText.of("于 " + deadline + "（含）前补缴",
              "repaid on or before " + deadline), measure.repaymentDeadline().citation()));
      // "政策到期后…补缴": a repayment before the deadline's validity (from 2023-01-01) was made during the phased
      // deferral, under that earlier policy, not this one (decisions register §4.6 item 157); one after the deadline
      // already fails it
      Optional<LocalDate> repaid = deferral.repaidDate().filter(date -> !date.isAfter(deadline));
      List<TracedCondition> all = repaid.isEmpty() ? conditions : EventValidity.with(conditions,
          measure.repaymentDeadline(), repaid.get(), () -> at + "/repaidDate", "补缴日期", "repayment date");
      TracedCondition.Decision decision = TracedCondition.decide(all, steps);
      LocalDate end = deferral.repaidDate().orElse(deadline);
      long days = Math.max(0, ChronoUnit.DAYS.between(deferral.dueDate(), end));
      BigDecimal base = Cny.positiveYuan(deferral.deferredAmount(), at + "/deferredAmount");
      BigDecimal exact = rate.applyTo(base).multiply(BigDecimal.valueOf(days));
      BigDecimal fee = rounding.round(exact);
      steps.add(() -> new CalculationStep(LocalizedText.of("滞纳金（每日万分之五）", "late fee (0.05% a day)"),
          base.toPlainString() + " × " + rate + " × " + days + " days (" + deferral.dueDate() + " → " + end + ")",
          exact, measure.dailyLateFeeRate().citation()));
      steps.add(() -> new RoundingStep(exact, fee, rounding, measure.rounding().citation()));
      if (decision.verdict() == Verdict.ELIGIBLE) {
        minimum = minimum.add(fee);
        waived.add(fee);
      }
      if (decision.verdict() != Verdict.INELIGIBLE) {
        maximum = maximum.add(fee);
      }
      missing.addAll(decision.missingFacts());
      decisions.add(decision);
      if (explain) {
        waivers.add(new InsuranceWaiver(deferral.deferralId(), decision.eligibility(), days, Cny.of(fee)));
      }
    }
    if (explain) {
      // the eligible deferrals' waived fees in all: the amount (its least when another is undetermined)
      ItemsTotalStep.of(LocalizedText.of("免收的滞纳金合计（符合条件的各笔缓缴）", "late fees waived in all (the eligible "
          + "deferrals)"), waived, measure.dailyLateFeeRate().citation()).ifPresent(step -> steps.add(() -> step));
    }
    TracedCondition.Decision combined = decisions.isEmpty() ? new TracedCondition.Decision(Verdict.INELIGIBLE,
        List.of(), explain ? new Eligibility(Verdict.INELIGIBLE, List.of(new Reason("no-insurance-deferrals",
            LocalizedText.of("没有缓缴的社会保险费", "no deferred contribution"), measure.repaymentDeadline()
            .citation())), List.of()) : null) : EnterpriseCap.combine(decisions);
    return new Evaluation(combined, minimum, maximum, List.copyOf(missing), waivers, steps);
  }

  /** The decisions of one evaluation. */
  record Evaluation(
      TracedCondition.Decision decision,
      BigDecimal minimum,
      BigDecimal maximum,
      List<String> missing,
      List<InsuranceWaiver> waivers,
      StepTrace steps) {
  }
}
