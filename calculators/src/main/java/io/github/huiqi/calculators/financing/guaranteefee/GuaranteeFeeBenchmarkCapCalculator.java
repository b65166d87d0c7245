package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.error.NoRateOnDateException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RatePoint;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.result.CalculationStep;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates the guarantee-fee cap tied to the lending benchmark, such as the Shenzhen 专精特新 draft 第五条
 * "担保费率不高于国家当期银行贷款基准利率的二分之一".
 * <p>
 * The cap applies when the borrower is a 专精特新 enterprise and the guarantor a government financing guarantor or
 * re-guarantor. It is
 * <pre>
 *   cap = benchmark rate on the contract date × cap ratio (½)
 * </pre>
 * where the benchmark is, by default, the PBoC benchmark lending rate for the loan's term bracket (≤1 year 4.35%,
 * 1–5 years 4.75%, over 5 years 4.90%), read from the rate series of the policy data given at construction; the 1-year
 * or 5-year LPR is an option. A proposed fee rate is within the cap when at most the cap ("不高于", inclusive). With a
 * principal, the maximum fee is {@code principal × cap × days ÷ basis} over the loan's term, rounded half-up to the
 * fen once.
 * <p>
 * A parameter applies only on dates within its validity: a loan contracted before the validity of the parameters the
 * cap applies (the built-in draft's start from 2019-08-20, chosen at the LPR reform) is outside the measure, ineligible
 * with the reason {@code event-outside-validity} naming {@code /contractDate}, and gets no cap: no benchmark is read
 * and the result has no cap, rate or fee (decisions register §4.6 item 86). So a loan contracted on 2019-08-19 has
 * none, one contracted on 2019-08-20 half the benchmark of that day.
 * <p>
 * The measure may be a <b>draft</b> ({@link DocumentStatus#DRAFT} for the built-in one): every result carries the
 * status and the explanation starts by saying so.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * GuaranteeFeeBenchmarkCapMeasure measure = data.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
 * // the request: read from JSON here, or built in Java
 * GuaranteeFeeBenchmarkCapRequest request = HuiqiJson.read(requestJson, GuaranteeFeeBenchmarkCapRequest.class);
 * Optional<Rate> cap = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(measure, request);
 * GuaranteeFeeBenchmarkCapResult explained =
 *     GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no mutable state.
 */
public final class GuaranteeFeeBenchmarkCapCalculator {

  /** The calculator on the built-in policy data's rate series. */
  public static final GuaranteeFeeBenchmarkCapCalculator DEFAULT =
      new GuaranteeFeeBenchmarkCapCalculator(PolicyData.builtIn());

  private final PolicyData rates;

  private GuaranteeFeeBenchmarkCapCalculator(PolicyData rates) {
    this.rates = Args.notNull(rates, "rates");
  }

  /**
   * Obtains a calculator that reads the benchmark and LPR series from policy data, such as the built-in data with a
   * host's newer LPR table.
   *
   * @param rates  the policy data holding the rate series
   * @return the calculator
   */
  public static GuaranteeFeeBenchmarkCapCalculator of(PolicyData rates) {
    return new GuaranteeFeeBenchmarkCapCalculator(rates);
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the annual fee-rate cap on the loan.
   * <p>
   * This plain form returns the figure alone. When the measure's document is a draft, as the built-in one is
   * ({@code measure.documentStatus()} is {@link DocumentStatus#DRAFT}), the figure is indicative only; use
   * {@link #explainFeeRateCap} for a result that carries the status with the figure.
   *
   * @param measure  the measure, such as the built-in {@link GuaranteeFeeBenchmarkCapMeasure#SHENZHEN_DRAFT}
   * @param request  the loan
   * @return the cap if the loan qualifies, empty if it does not (the measure sets no cap on it), as when the contract
   *     date is outside the validity of the measure's parameters
   * @throws InvalidInputException if an argument is null, or the benchmark has no rate on a contract date within the
   *     measure's validity
   * @throws MissingFactsException if whether the loan qualifies depends on facts the request does not give
   */
  public Optional<Rate> feeRateCap(GuaranteeFeeBenchmarkCapMeasure measure, GuaranteeFeeBenchmarkCapRequest request) {
    Evaluation e = evaluate(measure, request, false);
    return switch (e.decision.verdict()) {
      case ELIGIBLE -> e.cap;
      case INELIGIBLE -> Optional.empty();
      default -> throw new MissingFactsException(e.decision.missingFacts());
    };
  }

  /**
   * Calculates the fee-rate cap with the benchmark read, the test of a proposed rate, the maximum fee and the
   * explanation.
   *
   * @param measure  the measure
   * @param request  the loan
   * @return the explained result
   * @throws InvalidInputException if an argument is null, or the benchmark has no rate on the contract date
   */
  public GuaranteeFeeBenchmarkCapResult explainFeeRateCap(GuaranteeFeeBenchmarkCapMeasure measure,
      GuaranteeFeeBenchmarkCapRequest request) {
    return explainFeeRateCap(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the fee-rate cap with the benchmark read, the test of a proposed rate, the maximum fee and the
   * explanation.
   *
   * @param measure  the measure
   * @param request  the loan
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws InvalidInputException if an argument is null, or the benchmark has no rate on the contract date
   */
  public GuaranteeFeeBenchmarkCapResult explainFeeRateCap(GuaranteeFeeBenchmarkCapMeasure measure,
      GuaranteeFeeBenchmarkCapRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Evaluation e = evaluate(measure, request, true);
    GuaranteeFeeBenchmarkCapResult result = new GuaranteeFeeBenchmarkCapResult(measure.id(), measure.documentStatus(),
        e.decision.eligibility(), e.basis, e.bracket, e.series, e.point.map(RatePoint::rate),
        e.point.map(RatePoint::validFrom), e.cap, e.within, e.maximumFee, new Explanation(e.steps.list()));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("financing.guarantee-fee-benchmark-cap.fee-rate-cap", List.of(measure), rates,
        e.point.isPresent() ? List.of(e.series) : List.of(), request, Optional.empty(), result));
  }

  /**
   * Calculates the fee-rate cap from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link GuaranteeFeeBenchmarkCapRequest} as JSON
   * @return a {@link GuaranteeFeeBenchmarkCapResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer of the culprit
   */
  public String explainFeeRateCapJson(GuaranteeFeeBenchmarkCapMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    GuaranteeFeeBenchmarkCapRequest request = HuiqiJson.read(requestJson, GuaranteeFeeBenchmarkCapRequest.class);
    return HuiqiJson.write(explainFeeRateCap(measure, request));
  }

  //-------------------------------------------------------------------------
  /** Both forms' one evaluation; package-private so that the family's evaluator can run the plain form. */
  Evaluation evaluate(GuaranteeFeeBenchmarkCapMeasure measure, GuaranteeFeeBenchmarkCapRequest request,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    DocumentStatus status = measure.documentStatus();
    // what the status means is said in the reader's language, in the name; the value is the status's code
    steps.add(() -> new InputStep(status == DocumentStatus.DRAFT
        ? LocalizedText.of("文件状态：征求意见稿，不具约束力，所有数字仅供参考",
            "document status: a draft for comment, not binding: every figure is indicative only")
        : LocalizedText.of("文件状态", "document status"), status.name()));
    GuaranteeFeeBenchmarkCapOptions options = request.effectiveOptions();
    GuaranteeFeeBenchmarkBasis basis = options.benchmark().orElse(measure.benchmark().value());
    DayCount dayCount = options.dayCount().orElse(measure.dayCount().value());
    MoneyRounding rounding = measure.rounding().value();
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("“国家当期银行贷款基准利率”的取值", "the benchmark rate "
        + "meant by 国家当期银行贷款基准利率"), basis.name() + ", on the contract date", options.benchmark().isPresent(),
        measure.benchmark().citation()));

    TracedCondition zjtx = TracedCondition.of(request.specialisedAndInnovative(), Boolean::booleanValue,
        "/specialisedAndInnovative", "specialised-and-innovative",
        () -> LocalizedText.of("借款人为专精特新企业", "borrower is a 专精特新 enterprise"), measure.capRatio().citation());
    TracedCondition guarantor = TracedCondition.of(request.governmentGuarantor(), Boolean::booleanValue,
        "/governmentGuarantor", "government-guarantor",
        () -> LocalizedText.of("担保机构为政府性融资担保或再担保机构", "guarantor is a government financing guarantor or "
            + "re-guarantor"), measure.capRatio().citation());
    // a parameter applies only on dates within its validity (decisions register §4.6 item 86): a loan contracted
    // outside the validity of a parameter the cap applies is outside the measure, the first such parameter named
    Optional<Parameter<?>> notValid = outsideValidity(measure, options, request);
    List<TracedCondition> conditions = notValid.isEmpty() ? List.of(zjtx, guarantor)
        : List.of(EventValidity.outside(notValid.get(), request.contractDate(), "/contractDate", "合同签订日",
            "contract date"), zjtx, guarantor);
    TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);

    GuaranteeFeeTermBracket bracket = GuaranteeFeeTermBracket.of(request.loanStart(), request.maturity());
    RateSeriesId series = switch (basis) {
      case PBOC_BENCHMARK_BY_TERM -> bracket.benchmarkSeries();
      case LPR_1Y -> RateSeriesId.LPR_1Y;
      case LPR_5Y -> RateSeriesId.LPR_5Y;
    };
    if (notValid.isPresent()) {
      // no parameter is applied: no benchmark read, no cap, no fee (the sentence is the step's name, the value the
      // verdict's code)
      steps.add(() -> new InputStep(LocalizedText.of("结论：合同签订日 " + request.contractDate() + " 不在本措施参数的有效期 "
          + notValid.get().validity() + " 内，本措施不适用于该笔贷款，不设上限", "conclusion: the contract date "
          + request.contractDate() + " is outside the validity " + notValid.get().validity() + " of the measure's "
          + "parameters; the measure does not apply to this loan and sets no cap"), Verdict.INELIGIBLE.name()));
      return new Evaluation(decision, basis, bracket, series, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), steps);
    }
    RatePoint point;
    try {
      point = rates.getRateSeries(series).pointOn(request.contractDate());
    } catch (NoRateOnDateException ex) {
      throw new InvalidInputException(NoRateOnDateException.CODE, "/contractDate", request.contractDate(),
          "must be a date with a published " + series + " rate, from " + ex.firstDate(),
          "必须是有 " + series + " 利率公布的日期（自 " + ex.firstDate() + " 起）", ex);
    }
    RatePoint benchmarkPoint = point;
    steps.add(() -> new InputStep(LocalizedText.of("贷款期限档次", "loan term bracket"), bracket + " ("
        + request.loanStart() + " → " + request.maturity() + ")"));
    steps.add(() -> new InputStep(LocalizedText.of("基准利率（合同签订日 " + request.contractDate() + "）",
        "benchmark rate on the contract date " + request.contractDate()), series + " = " + benchmarkPoint.rate()
        + " from " + benchmarkPoint.validFrom() + " [" + benchmarkPoint.citation().label() + "]"));
    Rate ratio = measure.capRatio().value();
    Rate cap = point.rate().multipliedBy(ratio);
    steps.add(() -> CalculationStep.ofRate(LocalizedText.of("担保费率上限", "fee-rate cap"),
        benchmarkPoint.rate() + " × " + ratio, cap, measure.capRatio().citation()));

    Optional<Boolean> within = request.proposedFeeRate().map(proposed -> !proposed.isGreaterThan(cap));
    request.proposedFeeRate().ifPresent(proposed -> steps.add(() -> new ConditionStep(
        LocalizedText.of("拟收担保费率不高于上限", "proposed fee rate at most the cap"),
        proposed.isGreaterThan(cap) ? ConditionOutcome.NOT_MET : ConditionOutcome.MET,
        proposed + (proposed.isGreaterThan(cap) ? " > " : " ≤ ") + cap, measure.capRatio().citation())));

    // the plain form reads no fee of an ineligible loan (its plain cap is empty, the evaluator's part zero): that fee,
    // shown for reference, is priced only when explaining
    Optional<MonetaryAmount> principalToPrice = !explain && decision.verdict() == Verdict.INELIGIBLE ? Optional.empty()
        : request.guaranteedPrincipal();
    Optional<MonetaryAmount> maximumFee = principalToPrice.map(amount -> {
      BigDecimal principal = Cny.positiveYuan(amount, "/guaranteedPrincipal");
      YearFraction term = dayCount.yearFraction(request.loanStart(), request.maturity());
      BigDecimal fee = term.applyTo(cap.applyTo(principal), rounding);
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("担保费计费基础", "day count of the fee"),
          dayCount.code(), options.dayCount().isPresent(), measure.dayCount().citation()));
      steps.add(() -> new PeriodStep(LocalizedText.of("贷款期限", "loan term"), request.loanStart(),
          request.maturity(), dayCount, term, measure.dayCount().citation()));
      // the unrounded fee only for the explanation's steps: the plain form does not work it out
      steps.add(() -> new CalculationStep(LocalizedText.of("按上限费率计算的担保费", "fee at the cap"),
          principal.toPlainString() + " × " + cap + " × " + term, unrounded(principal, cap, term),
          measure.capRatio().citation()));
      steps.add(() -> new RoundingStep(unrounded(principal, cap, term), fee, rounding,
          measure.rounding().citation()));
      return Cny.of(fee);
    });
    if (decision.verdict() == Verdict.INELIGIBLE) {
      // the sentence is the step's name, in each language; the value is the verdict's code
      steps.add(() -> new InputStep(LocalizedText.of("结论：本措施不适用于该笔贷款，所示上限仅供参考",
          "conclusion: the measure does not apply to this loan; the cap is shown for reference"),
          Verdict.INELIGIBLE.name()));
    }
    return new Evaluation(decision, basis, bracket, series, Optional.of(point), Optional.of(cap), within, maximumFee,
        steps);
  }

  /**
   * The first parameter the cap would apply whose validity does not hold the contract date, if any: the cap ratio,
   * the benchmark when the measure's is used, and with a principal the day count (when the measure's is used) and
   * the rounding.
   */
  private static Optional<Parameter<?>> outsideValidity(GuaranteeFeeBenchmarkCapMeasure measure,
      GuaranteeFeeBenchmarkCapOptions options, GuaranteeFeeBenchmarkCapRequest request) {
    // tested one by one, allocating nothing on a date within them all (the plain form's path)
    LocalDate contract = request.contractDate();
    boolean priced = request.guaranteedPrincipal().isPresent();
    if (!EventValidity.within(measure.capRatio(), contract)) {
      return Optional.of(measure.capRatio());
    }
    if (options.benchmark().isEmpty() && !EventValidity.within(measure.benchmark(), contract)) {
      return Optional.of(measure.benchmark());
    }
    if (priced && options.dayCount().isEmpty() && !EventValidity.within(measure.dayCount(), contract)) {
      return Optional.of(measure.dayCount());
    }
    if (priced && !EventValidity.within(measure.rounding(), contract)) {
      return Optional.of(measure.rounding());
    }
    return Optional.empty();
  }

  /**
   * One evaluation; the benchmark point and the cap are empty when the contract date is outside the validity of a
   * parameter the cap applies (the verdict is then ineligible), and the maximum fee when no principal is given or,
   * in the plain form, the loan is ineligible.
   */
  record Evaluation(
      TracedCondition.Decision decision,
      GuaranteeFeeBenchmarkBasis basis,
      GuaranteeFeeTermBracket bracket,
      RateSeriesId series,
      Optional<RatePoint> point,
      Optional<Rate> cap,
      Optional<Boolean> within,
      Optional<MonetaryAmount> maximumFee,
      StepTrace steps) {
  }

  /** The fee at the cap before rounding, to ten decimals: principal × cap × days ÷ basis. */
  private static BigDecimal unrounded(BigDecimal principal, Rate cap, YearFraction term) {
    return cap.applyTo(principal).multiply(BigDecimal.valueOf(term.days()))
        .divide(BigDecimal.valueOf(term.basis()), 10, RoundingMode.HALF_UP);
  }
}
