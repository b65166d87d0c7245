package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.financing.internal.SizeNames;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DayCount;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates the guarantee fee a government financing guarantor may charge a small or micro borrower under a
 * guarantee-fee reduction such as 深工信〔2023〕26号 第6条 ("担保费率最高减免40%、且不高于1%").
 * <p>
 * The guarantee qualifies when the guarantor is a government financing guarantor, the borrower's size class is one
 * the measure names (small or micro) and the guarantee starts in the policy period (2023). Its annual fee rate is
 * <pre>
 *   reduced rate = min(standard rate × (1 − r), ceiling)        (decisions register §4.3 item 18)
 * </pre>
 * with the reduction {@code r} chosen by the caller up to the measure's maximum (40%, the default), and the fee for the
 * period is {@code principal × reduced rate × year fraction}, rounded half-up to the fen once. The year fraction is the
 * measure's day count unless the options choose one: built in, the guarantee-fee convention 年费率 × 期限(月) ÷ 12,
 * whole months ÷ 12 plus the odd days ÷ 360 ({@link DayCount#WHOLE_MONTHS}), so that a whole year at rate r costs
 * exactly r × principal and a fee at the 1% ceiling never exceeds 1% a year by convention (decisions register
 * §4.3 item 21); {@link DayCount#ACT_360} and {@link DayCount#ACT_365F} are options for contracts that count actual
 * days. When {@code standard × (1 − maximum) > ceiling} the two limits conflict: no cut of at most 40% reaches 1%. The
 * test is exact ({@code standard × 0.6} against {@code 1%}, never {@code 1 ÷ 0.6}); the result flags it in
 * {@link GuaranteeFeeReductionResult#limitsConflict()}, applies the ceiling, and says so in the step for the ceiling's
 * condition, which is met (the rate charged is at most 1%): a conflict is a finding about the clause, not a condition
 * the guarantee fails. Every rate in the explanation is written as a percentage.
 * <p>
 * A re-guarantee fee, when the request gives the re-guarantor's standard rate, is reduced by the caller's choice or the
 * measure's default (0%: "可适当减收" gives no figure) for a qualifying guarantee.
 * <p>
 * The plain forms {@link #feeRate} and {@link #fee} return one figure; the explaining form {@link #explainFee} returns
 * the verdict, both rates, the fee (a range when facts are missing), the findings and an explanation citing each
 * clause.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * GuaranteeFeeReductionMeasure measure = data.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * GuaranteeFeeReductionRequest request = HuiqiJson.read(requestJson, GuaranteeFeeReductionRequest.class);
 * MonetaryAmount fee = GuaranteeFeeReductionCalculator.DEFAULT.fee(measure, request);
 * GuaranteeFeeReductionResult explained = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class GuaranteeFeeReductionCalculator {

  /** The calculator. */
  public static final GuaranteeFeeReductionCalculator DEFAULT = new GuaranteeFeeReductionCalculator();

  private static final Citation READING_A = Citation.libraryDefault("decisions register §4.3 item 18",
      "the clause does not say how '最高减免40%' and '不高于1%' combine; the library applies the 1% ceiling to the "
          + "reduced rate: min(standard × (1 − r), 1%), and reports a conflict when standard × 60% > 1%");
  private static final Citation REDUCTION_CHOICE = Citation.libraryDefault("decisions register §1.2 card 000-6",
      "'最高减免40%' is a maximum; without the guarantor's actual reduction the maximum is used");
  private static final LocalizedText CEILING_NAME = LocalizedText.of("担保费率上限（按上限费率计算的担保费）",
      "fee-rate ceiling (the fee at the ceiling rate)");
  private static final LocalizedText REDUCED_FEE = LocalizedText.of("减免后担保费", "reduced fee");
  private static final LocalizedText STANDARD_FEE = LocalizedText.of("标准担保费", "standard fee");
  private static final LocalizedText RE_GUARANTEE_FEE = LocalizedText.of("再担保费", "re-guarantee fee");

  private GuaranteeFeeReductionCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the annual fee rate the guarantor may charge.
   *
   * @param measure  the measure, such as the built-in {@link GuaranteeFeeReductionMeasure#SHENZHEN_2023}
   * @param request  the guarantee
   * @return the reduced rate if the guarantee qualifies, the standard rate if it does not (the measure does not apply)
   * @throws InvalidInputException if an argument is null or the chosen reduction exceeds the measure's maximum
   * @throws MissingFactsException if the answer depends on facts the request does not give
   */
  public Rate feeRate(GuaranteeFeeReductionMeasure measure, GuaranteeFeeReductionRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    return switch (evaluation.decision.verdict()) {
      case ELIGIBLE -> evaluation.reducedRate;
      case INELIGIBLE -> request.standardFeeRate();
      default -> {
        // undetermined: the answer depends on the missing facts only if the measure changes the rate
        if (evaluation.reducedRate.compareTo(request.standardFeeRate()) == 0) {
          yield evaluation.reducedRate;
        }
        throw new MissingFactsException(evaluation.decision.missingFacts());
      }
    };
  }

  /**
   * Calculates the guarantee fee for the period.
   *
   * @param measure  the measure
   * @param request  the guarantee
   * @return the fee in CNY, rounded by the measure's rule: reduced if the guarantee qualifies, standard if not
   * @throws InvalidInputException if an argument is null or the chosen reduction exceeds the measure's maximum
   * @throws MissingFactsException if the answer depends on facts the request does not give
   */
  public MonetaryAmount fee(GuaranteeFeeReductionMeasure measure, GuaranteeFeeReductionRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (!evaluation.amount.isExact()) {
      throw new MissingFactsException(evaluation.decision.missingFacts());
    }
    return evaluation.amount.maximum();
  }

  /**
   * Calculates the guarantee fee with its verdict, rates, findings and explanation.
   *
   * @param measure  the measure
   * @param request  the guarantee
   * @return the explained result
   * @throws InvalidInputException if an argument is null or the chosen reduction exceeds the measure's maximum
   */
  public GuaranteeFeeReductionResult explainFee(GuaranteeFeeReductionMeasure measure,
      GuaranteeFeeReductionRequest request) {
    return explainFee(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the guarantee fee with its verdict, rates, findings and explanation.
   *
   * @param measure  the measure
   * @param request  the guarantee
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws InvalidInputException if an argument is null or the chosen reduction exceeds the measure's maximum
   */
  public GuaranteeFeeReductionResult explainFee(GuaranteeFeeReductionMeasure measure,
      GuaranteeFeeReductionRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Evaluation e = evaluate(measure, request, true);
    GuaranteeFeeReductionResult result = new GuaranteeFeeReductionResult(measure.id(), measure.documentStatus(),
        e.decision.eligibility(),
        request.standardFeeRate(), e.reduction, e.reducedRate, e.ceilingBinding, e.limitsConflict, e.period,
        Cny.of(e.standardFee), Cny.of(e.reducedFee), e.amount, e.bindingLimit, e.reGuarantee,
        new Explanation(e.steps.list()));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("financing.guarantee-fee-reduction.fee", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the guarantee fee from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link GuaranteeFeeReductionRequest} as JSON
   * @return a {@link GuaranteeFeeReductionResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer of the culprit
   */
  public String explainFeeJson(GuaranteeFeeReductionMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    GuaranteeFeeReductionRequest request = HuiqiJson.read(requestJson, GuaranteeFeeReductionRequest.class);
    return HuiqiJson.write(explainFee(measure, request));
  }

  //-------------------------------------------------------------------------
  /** Both forms' one evaluation; package-private so that the family's evaluator can run the plain form. */
  Evaluation evaluate(GuaranteeFeeReductionMeasure measure, GuaranteeFeeReductionRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    GuaranteeFeeReductionOptions options = request.effectiveOptions();
    Rate maximum = measure.maximumReduction().value();
    Rate ceiling = measure.feeRateCeiling().value();
    Rate reduction = options.reduction().orElse(maximum);
    if (reduction.isGreaterThan(maximum)) {
      throw new InvalidInputException("/options/reduction", reduction,
          "must not exceed the measure's maximum reduction " + maximum);
    }
    DayCount dayCount = options.dayCount().orElse(measure.dayCount().value());
    MoneyRounding rounding = measure.rounding().value();
    BigDecimal principal = Cny.positiveYuan(request.guaranteedPrincipal(), "/guaranteedPrincipal");
    Rate standard = request.standardFeeRate();

    steps.add(() -> new InputStep(LocalizedText.of("担保本金", "guaranteed principal"),
        principal.toPlainString() + " CNY"));
    steps.add(() -> new InputStep(LocalizedText.of("担保机构标准担保费率（年化）", "guarantor's standard annual fee rate"),
        standard.toString()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("“最高减免40%”与“不高于1%”的关系", "how the maximum "
        + "reduction and the ceiling combine"), "decisions register §4.3 item 18: min(standard × (1 − r), ceiling)",
        false, READING_A));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("减免比例", "reduction granted"), reduction.toString(),
        options.reduction().isPresent(), REDUCTION_CHOICE));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("担保期间的计费基础", "day count of the fee period"),
        dayCount.code(), options.dayCount().isPresent(), measure.dayCount().citation()));

    // Eligibility: a government guarantor, a small or micro borrower, a guarantee starting in the policy period.
    List<TracedCondition> conditions = new ArrayList<>();
    conditions.add(TracedCondition.of(request.governmentGuarantor(), Boolean::booleanValue,
        "/governmentGuarantor", "government-guarantor",
        () -> LocalizedText.of("担保机构为政府性融资担保机构", "guarantor is a government financing guarantor"),
        measure.policyPeriod().citation()));
    List<EnterpriseSize> sizes = measure.eligibleBorrowerSizes().value();
    conditions.add(TracedCondition.of(request.borrowerSize(), sizes::contains, "/borrowerSize",
        "borrower-small-or-micro", () -> LocalizedText.of("借款人为小微企业（" + SizeNames.of(sizes).zh() + "）",
            "borrower is a small or micro enterprise (" + SizeNames.of(sizes).en() + ")"),
        measure.eligibleBorrowerSizes().citation()));
    conditions.add(TracedCondition.known(measure.policyPeriod().value().contains(request.guaranteeStart()),
        "guarantee-in-policy-period", () -> LocalizedText.of("担保起始日在 " + measure.policyPeriod().value() + " 内",
            "guarantee starts within " + measure.policyPeriod().value()),
        () -> "guaranteeStart = " + request.guaranteeStart(), measure.policyPeriod().citation()));
    TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);

    // The finding: can a cut of at most the maximum reach the ceiling? Exact: standard × (1 − max) against ceiling.
    Rate atMaximumCut = standard.reducedBy(maximum);
    boolean conflict = atMaximumCut.isGreaterThan(ceiling);
    steps.add(() -> CalculationStep.ofRate(LocalizedText.of("标准费率按最高比例减免后", "standard rate after the maximum "
        + "reduction"), standard + " × (1 − " + maximum + ")", atMaximumCut, measure.maximumReduction().citation()));

    // The reduced rate, then the ceiling; the rate charged always meets "不高于1%", and the step says how.
    Rate cut = standard.reducedBy(reduction);
    Rate reducedRate = cut.min(ceiling);
    boolean ceilingBinding = cut.isGreaterThan(ceiling);
    steps.add(() -> CalculationStep.ofRate(LocalizedText.of("减免后费率", "rate after the reduction"),
        standard + " × (1 − " + reduction + ")", cut, measure.maximumReduction().citation()));
    // the step writes the limit after the name: the name holds none ("担保费率不高于 1% 1%" said it twice)
    steps.add(() -> CapStep.ofRates(LocalizedText.of("担保费率上限", "fee-rate ceiling"),
        ceiling, cut, reducedRate, measure.feeRateCeiling().citation()));
    steps.add(() -> new ConditionStep(LocalizedText.of("减免后担保费率不高于 " + ceiling,
        "reduced fee rate at most " + ceiling), ConditionOutcome.MET, reducedRate + " ≤ " + ceiling + (conflict
            ? "; conflict: " + standard + " × (1 − " + maximum + ") = " + atMaximumCut + " > " + ceiling + ", no "
                + "reduction of at most " + maximum + " reaches the ceiling, so the ceiling sets the rate "
                + "(decisions register §4.3 item 18)"
            : ""), measure.feeRateCeiling().citation()));

    // The fees for the period.
    YearFraction period = dayCount.yearFraction(request.guaranteeStart(), request.guaranteeEnd());
    steps.add(() -> new PeriodStep(LocalizedText.of("担保期间", "guarantee period"), request.guaranteeStart(),
        request.guaranteeEnd(), dayCount, period, measure.dayCount().citation()));
    BigDecimal standardFee = period.applyTo(standard.applyTo(principal), rounding);
    BigDecimal reducedFee = period.applyTo(reducedRate.applyTo(principal), rounding);
    // the standard fee first: the explanation ends on the reduced fee, the amount of an eligible guarantee
    addFeeSteps(steps, STANDARD_FEE, principal, standard, period, standardFee, rounding, measure);
    addFeeSteps(steps, REDUCED_FEE, principal, reducedRate, period, reducedFee, rounding, measure);

    AmountRange amount = switch (decision.verdict()) {
      case ELIGIBLE -> AmountRange.exactly(Cny.of(reducedFee));
      case INELIGIBLE -> AmountRange.exactly(Cny.of(standardFee));
      default -> new AmountRange(Cny.of(reducedFee), Cny.of(standardFee));
    };
    Optional<BindingLimit> binding = ceilingBinding && decision.verdict() != Verdict.INELIGIBLE
        ? Optional.of(new BindingLimit("fee-rate-ceiling", CEILING_NAME,
            Cny.of(period.applyTo(ceiling.applyTo(principal), rounding)), measure.feeRateCeiling().citation()))
        : Optional.empty();

    Optional<GuaranteeFeeReGuarantee> reGuarantee = request.standardReGuaranteeFeeRate().map(reStandard -> {
      boolean qualifies = decision.verdict() == Verdict.ELIGIBLE;
      Rate chosen = options.reGuaranteeReduction().orElse(measure.reGuaranteeReduction().value());
      Rate reReduction = qualifies ? chosen : Rate.ZERO;
      Rate reRate = reStandard.reducedBy(reReduction);
      BigDecimal reFee = period.applyTo(reRate.applyTo(principal), rounding);
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("再担保费减收比例", "re-guarantee fee reduction"),
          chosen + (qualifies ? "" : decision.verdict() == Verdict.INELIGIBLE
              ? " (not applied: the guarantee does not qualify)"
              : " (not applied: whether the guarantee qualifies is undetermined)"),
          options.reGuaranteeReduction().isPresent(), measure.reGuaranteeReduction().citation()));
      addFeeSteps(steps, RE_GUARANTEE_FEE, principal, reRate, period, reFee, rounding, measure);
      return new GuaranteeFeeReGuarantee(reStandard, reReduction, reRate, Cny.of(reFee));
    });
    return new Evaluation(decision, reduction, reducedRate, ceilingBinding, conflict, period, standardFee,
        reducedFee, amount, binding, reGuarantee, steps);
  }

  private static void addFeeSteps(StepTrace steps, LocalizedText name, BigDecimal principal, Rate rate,
      YearFraction period, BigDecimal rounded, MoneyRounding rounding, GuaranteeFeeReductionMeasure measure) {
    steps.add(() -> {
      BigDecimal exact = exactFee(principal, rate, period);
      return new CalculationStep(name, principal.toPlainString() + " × " + rate + " × " + period, exact,
          measure.feeRateCeiling().citation());
    });
    steps.add(() -> new RoundingStep(exactFee(principal, rate, period), rounded, rounding,
        measure.rounding().citation()));
  }

  /** The fee before rounding, shown to 10 decimals (display only; the fee itself is rounded once from exact). */
  private static BigDecimal exactFee(BigDecimal principal, Rate rate, YearFraction period) {
    return rate.applyTo(principal).multiply(BigDecimal.valueOf(period.days()))
        .divide(BigDecimal.valueOf(period.basis()), 10, RoundingMode.HALF_UP);
  }

  record Evaluation(
      TracedCondition.Decision decision,
      Rate reduction,
      Rate reducedRate,
      boolean ceilingBinding,
      boolean limitsConflict,
      YearFraction period,
      BigDecimal standardFee,
      BigDecimal reducedFee,
      AmountRange amount,
      Optional<BindingLimit> bindingLimit,
      Optional<GuaranteeFeeReGuarantee> reGuarantee,
      StepTrace steps) {
  }
}
