package io.github.huiqi.calculators.employment.hiring;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Calculates a one-off hiring subsidy (一次性吸纳就业补贴), such as 沪企服办〔2023〕1号 第十九条: "按照2000元/人的标准给予
 * 一次性吸纳就业补贴".
 * <p>
 * Each hire is decided on its own conditions, each traced with its clause:
 * <ol>
 *   <li>hired within the window (2023-01-01..2023-12-31, both included);</li>
 *   <li>registered unemployed at least 3 months ({@code registeredUnemployedMonths ≥ 3}) <b>or</b> a graduate of a
 *       college of the city in the 2023 cohort ({@code shanghaiGraduate} and {@code graduationYear = 2023});</li>
 *   <li>a labour contract of at least one year: open-ended, or ending on or after the day before the hire date's
 *       anniversary (a contract from 2023-03-01 to 2024-02-29 is exactly one year; "及以上" includes it);</li>
 *   <li>social insurance paid as the rules require.</li>
 * </ol>
 * Then {@code subsidy = 2,000 × eligible hires}, exact (a fixed standard, not a ceiling). A hire with a missing fact
 * names it, such as {@code /hires/1/socialInsurancePaid}, and the subsidy is the range up to what it would be were
 * such hires eligible.
 * <p>
 * Usage, on the built-in policy data:
 * <pre>{@code
 * HiringMeasure measure = PolicyData.builtIn().getMeasure(HiringMeasure.SHANGHAI_2023);
 * HiringRequest request = new HiringRequest(List.of(hire1, hire2));
 * MonetaryAmount subsidy = HiringCalculator.DEFAULT.subsidy(measure, request);
 * HiringResult explained = HiringCalculator.DEFAULT.explainSubsidy(measure, request);
 * String resultJson = HiringCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class HiringCalculator {

  /** The calculator. */
  public static final HiringCalculator DEFAULT = new HiringCalculator();

  private HiringCalculator() {
  }

  /**
   * Calculates the subsidy: the fast form, which builds no explanation.
   *
   * @param measure  the measure, such as the built-in {@link HiringMeasure#SHANGHAI_2023}
   * @param request  the hires
   * @return the subsidy in CNY at the fen's scale; zero if no hire is eligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if a hire's facts are missing, naming them
   */
  public MonetaryAmount subsidy(HiringMeasure measure, HiringRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (e.undetermined > 0) {
      throw new MissingFactsException(e.missing);
    }
    return Cny.of(e.minimum);
  }

  /**
   * Calculates the subsidy with its verdict, per-hire decisions and explanation.
   *
   * @param measure  the measure
   * @param request  the hires
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public HiringResult explainSubsidy(HiringMeasure measure, HiringRequest request) {
    Evaluation e = evaluate(measure, request, true);
    HiringResult result = new HiringResult(measure.id(), measure.documentStatus(), e.decision.eligibility(), e.eligible,
        e.undetermined, new AmountRange(Cny.of(e.minimum), Cny.of(e.maximum)), e.missing, e.decisions,
        new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("employment.hiring.subsidy", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link HiringRequest} as JSON
   * @return a {@link HiringResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /hires/0/registeredUnemployedMonths} for a fraction)
   */
  public String explainSubsidyJson(HiringMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainSubsidy(measure, HuiqiJson.read(requestJson, HiringRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** Decides every hire: the one path of both forms and of the evaluator; texts only when explaining. */
  Evaluation evaluate(HiringMeasure measure, HiringRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    List<TracedCondition.Decision> hires = new ArrayList<>();
    List<HiringDecision> decisions = new ArrayList<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    int eligible = 0;
    int undetermined = 0;
    for (int i = 0; i < request.hires().size(); i++) {
      HiringRecord hire = request.hires().get(i);
      String at = "/hires/" + i;
      steps.add(() -> new InputStep(LocalizedText.of("招用人员 " + hire.hireId() + "（" + at + "）",
          "hire " + hire.hireId() + " (" + at + ")"), "hired " + hire.hireDate()));
      TracedCondition.Decision decision = TracedCondition.decide(conditions(measure, hire, at), steps);
      hires.add(decision);
      if (decision.verdict() == Verdict.ELIGIBLE) {
        eligible++;
      } else if (decision.verdict() == Verdict.UNDETERMINED) {
        undetermined++;
        missing.addAll(decision.missingFacts());
      }
      if (explain) {
        decisions.add(new HiringDecision(hire.hireId(), decision.eligibility()));
      }
    }
    BigDecimal per = Cny.positiveYuan(measure.amountPerHire().value(), "amountPerHire").setScale(2);
    BigDecimal minimum = per.multiply(BigDecimal.valueOf(eligible));
    BigDecimal maximum = per.multiply(BigDecimal.valueOf((long) eligible + undetermined));
    int eligibleCount = eligible;
    int undeterminedCount = undetermined;
    Citation cite = measure.amountPerHire().citation();
    steps.add(() -> new CalculationStep(LocalizedText.of("一次性吸纳就业补贴", "one-off hiring subsidy"),
        per.toPlainString() + " × " + eligibleCount + (undeterminedCount == 0 ? ""
            : " (+ " + per.toPlainString() + " × " + undeterminedCount + " undetermined)"), minimum, cite));
    TracedCondition.Decision combined = hires.isEmpty() ? new TracedCondition.Decision(Verdict.INELIGIBLE,
        List.of(), explain ? new Eligibility(Verdict.INELIGIBLE, List.of(new Reason("no-hires",
            LocalizedText.of("没有招用人员", "no hire"), cite)), List.of()) : null) : EnterpriseCap.combine(hires);
    return new Evaluation(combined, eligible, undetermined, minimum, maximum, List.copyOf(missing), decisions,
        steps);
  }

  private static List<TracedCondition> conditions(HiringMeasure measure, HiringRecord hire, String at) {
    List<TracedCondition> conditions = new ArrayList<>(5);
    DateRange window = measure.hireWindow().value();
    conditions.add(TracedCondition.known(window.contains(hire.hireDate()), "hired-in-window",
        () -> LocalizedText.of("于 " + window + " 期间招用", "hired within " + window),
        () -> "hireDate = " + hire.hireDate(), measure.hireWindow().citation()));
    targetGroup(measure, hire, at, conditions);
    contract(measure, hire, at, conditions);
    conditions.add(TracedCondition.of(hire.socialInsurancePaid(), Boolean::booleanValue,
        at + "/socialInsurancePaid", "social-insurance-paid",
        () -> LocalizedText.of("按规定缴纳社会保险费", "social insurance paid as required"), measure.socialInsurance()));
    return conditions;
  }

  /** Registered unemployed ≥ the minimum months, or a graduate of the cohort: met if either is. */
  private static void targetGroup(HiringMeasure measure, HiringRecord hire, String at,
      List<TracedCondition> conditions) {
    int months = measure.minimumUnemployedMonths().value();
    int cohort = measure.graduationYear().value();
    Optional<Boolean> unemployed = hire.registeredUnemployedMonths().map(m -> m >= months);
    // a graduation year known outside the cohort rules the graduate part out whatever the city's graduate fact
    Optional<Boolean> graduate = hire.graduationYear().filter(y -> y != cohort).isPresent() ? Optional.of(false)
        : hire.shanghaiGraduate().isEmpty() ? Optional.empty()
        : !hire.shanghaiGraduate().get() ? Optional.of(false) : hire.graduationYear().map(y -> y == cohort);
    Citation cite = measure.minimumUnemployedMonths().citation();
    Supplier<LocalizedText> text = () -> LocalizedText.of(
        "本市登记失业" + months + "个月及以上人员或本市" + cohort + "届高校毕业生",
        "registered unemployed in the city " + months + " months or more, or a " + cohort
            + " graduate of a college in the city");
    boolean met = unemployed.orElse(false) || graduate.orElse(false);
    if (met || unemployed.isPresent() && graduate.isPresent()) {
      conditions.add(TracedCondition.known(met, "target-group", text,
          () -> "registeredUnemployedMonths = " + hire.registeredUnemployedMonths().map(String::valueOf)
              .orElse("not given") + ", shanghaiGraduate = " + hire.shanghaiGraduate().map(String::valueOf)
              .orElse("not given") + ", graduationYear = " + hire.graduationYear().map(String::valueOf)
              .orElse("not given"), cite));
      return;
    }
    if (unemployed.isEmpty()) {
      conditions.add(TracedCondition.unknown(at + "/registeredUnemployedMonths", "target-group", text, cite));
    }
    if (graduate.isEmpty()) {
      String fact = hire.shanghaiGraduate().isEmpty() ? "/shanghaiGraduate" : "/graduationYear";
      conditions.add(TracedCondition.unknown(at + fact, "target-group", text, measure.graduationYear().citation()));
    }
  }

  /**
   * A contract of at least the minimum years: open-ended, or ending on or after the anniversary's eve. With neither
   * fact given, either may decide (an open-ended contract meets it, a fixed term ending early fails it), so both are
   * named: a firm whose contract is open-ended has no last day to give (decisions register §4.6 item 69). An end
   * given that comes early fails it only for a contract known not to be open-ended: with the flag not given, an
   * open-ended contract whose system filled in that end meets it, so the flag is named (register §4.6 item 122).
   */
  private static void contract(HiringMeasure measure, HiringRecord hire, String at,
      List<TracedCondition> conditions) {
    int years = measure.minimumContractYears().value();
    LocalDate earliestEnd = DateRange.ofMonths(hire.hireDate(), years * 12).end().orElseThrow();
    Citation cite = measure.minimumContractYears().citation();
    Supplier<LocalizedText> text = () -> LocalizedText.of("签订" + years + "年及以上劳动合同",
        "a labour contract of " + years + " year(s) or more");
    if (hire.openEndedContract().orElse(false)) {
      conditions.add(TracedCondition.known(true, "contract-term", text, () -> "openEndedContract = true", cite));
      return;
    }
    if (hire.contractEnd().isEmpty()) {
      if (hire.openEndedContract().isEmpty()) {
        conditions.add(TracedCondition.unknown(at + "/openEndedContract", "contract-term", text, cite));
      }
      conditions.add(TracedCondition.unknown(at + "/contractEnd", "contract-term", text, cite));
      return;
    }
    LocalDate end = hire.contractEnd().get();
    if (end.isBefore(earliestEnd) && hire.openEndedContract().isEmpty()) {
      conditions.add(TracedCondition.unknown(at + "/openEndedContract", "contract-term", text, cite));
      return;
    }
    conditions.add(TracedCondition.known(!end.isBefore(earliestEnd), "contract-term", text,
        () -> hire.hireDate() + ".." + end + " vs at least " + hire.hireDate() + ".." + earliestEnd, cite));
  }

  /** The decisions of one evaluation. */
  record Evaluation(
      TracedCondition.Decision decision,
      int eligible,
      int undetermined,
      BigDecimal minimum,
      BigDecimal maximum,
      List<String> missing,
      List<HiringDecision> decisions,
      StepTrace steps) {
  }
}
