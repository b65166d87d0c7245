package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.financing.internal.SizeNames;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates a guaranteed first-loan interest subsidy, such as Shanghai's under 沪企服办〔2023〕1号 第十五条: 2% of
 * principal (annualised) for an SME's first inclusive-finance (普惠) loan obtained in 2022-Q4 from a Shanghai bank
 * and guaranteed by the municipal policy financing guarantee fund, at most 200,000 per enterprise.
 * <p>
 * For each loan: it qualifies when the enterprise is of an eligible size (中小微), the drawdown falls in the window
 * (2022-10-01..2022-12-31, both counted), the lender is in the region, the loan is the enterprise's first 普惠 loan
 * and the named guarantor guarantees it. A fact that is not known makes the loan undetermined, naming the fact; a
 * fact that is false makes it ineligible, with the reason. Its subsidy is
 * <pre>
 *   principal × min(annual subsidy rate, loan's annual rate) × days ÷ basis,  rounded half-up to the fen,
 * </pre>
 * where the days run from the drawdown (counted) to the earlier of the end of use and the drawdown plus the
 * <b>caller-supplied term</b> (not counted), and the basis comes from the day count (ACT/360 by default, as for the
 * Shenzhen first-loan subsidy). <b>The source states no term</b>: the request must carry it
 * ({@link FirstLoanGuaranteedRequest#subsidyTermMonths()}), and the explanation says it was supplied, not
 * read from the source. The enterprise receives the sum over its loans, capped at 200,000; the cap is allocated to
 * loans in drawdown order, as for the Shenzhen first-loan subsidy.
 * <p>
 * The plain form {@link #subsidy} returns the amount; the explaining form {@link #explainSubsidy} returns a
 * {@link FirstLoanResult} (the same shape as Shenzhen's): verdict, amount (a range when facts are missing),
 * binding cap, each loan's part and an explanation citing each clause.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * FirstLoanGuaranteedMeasure measure = data.getMeasure(FirstLoanGuaranteedMeasure.SHANGHAI_2023);
 * // the request: read from JSON here, or built in Java
 * FirstLoanGuaranteedRequest request = HuiqiJson.read(requestJson, FirstLoanGuaranteedRequest.class);
 * MonetaryAmount subsidy = FirstLoanGuaranteedCalculator.DEFAULT.subsidy(measure, request);
 * FirstLoanResult explained = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidy(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class FirstLoanGuaranteedCalculator {

  /** The calculator. */
  public static final FirstLoanGuaranteedCalculator DEFAULT =
      new FirstLoanGuaranteedCalculator();

  private static final LocalizedText CAP_NAME = LocalizedText.of("单户企业贴息金额上限", "cap per enterprise");
  /** A 贴息 pays at most the loan's own interest (decisions register §4.1 item 5b). */
  private static final Citation AT_MOST_THE_INTEREST = Citation.libraryDefault("decisions register §4.1 item 5b",
      "第十五条's '2%的贴息补助' subsidises interest; a loan whose annual rate is below 2% is subsidised at its own "
          + "rate, so the subsidy is at most the interest over the subsidised period (贴息不超过实际利息)");
  /** How an unrounded amount is shown in the explanation: 8 decimals, for reading only. */
  private static final MoneyRounding DISPLAY = new MoneyRounding(8, RoundingMode.HALF_UP);

  private FirstLoanGuaranteedCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates an enterprise's subsidy: the fast form, which builds no explanation steps.
   *
   * @param measure  the measure, such as the built-in
   *     {@link FirstLoanGuaranteedMeasure#SHANGHAI_2023}
   * @param request  the enterprise, the subsidy term, its loans and the options
   * @return the subsidy in CNY, rounded to the fen; zero if no loan qualifies
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the amount depends on facts the request does not give, naming them
   */
  public MonetaryAmount subsidy(FirstLoanGuaranteedMeasure measure,
      FirstLoanGuaranteedRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (evaluation.allocation.total().compareTo(evaluation.allocation.possible()) != 0) {
      LinkedHashSet<String> missing = new LinkedHashSet<>();
      evaluation.decisions.forEach(decision -> missing.addAll(decision.missingFacts()));
      throw new MissingFactsException(List.copyOf(missing));
    }
    return Cny.of(evaluation.allocation.total());
  }

  /**
   * Calculates an enterprise's subsidy with its verdict, each loan's part and the explanation.
   *
   * @param measure  the measure
   * @param request  the enterprise, the subsidy term, its loans and the options
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public FirstLoanResult explainSubsidy(FirstLoanGuaranteedMeasure measure,
      FirstLoanGuaranteedRequest request) {
    Evaluation evaluation = evaluate(measure, request, true);
    EnterpriseCap.Allocation allocation = evaluation.allocation;
    List<FirstLoanLoanSubsidy> loans = new ArrayList<>();
    for (int i = 0; i < evaluation.parts.size(); i++) {
      EnterpriseCap.Part part = evaluation.parts.get(i);
      boolean computed = part.verdict() != Verdict.INELIGIBLE;
      loans.add(new FirstLoanLoanSubsidy(request.loans().get(i).loan().loanId(),
          evaluation.decisions.get(i).eligibility(),
          computed ? Optional.of(part.drawdownDate()) : Optional.empty(),
          computed ? Optional.of(evaluation.until.get(i)) : Optional.empty(),
          Cny.of(part.computed()), Cny.of(allocation.paid().get(i))));
    }
    // the cap that cut the amount, or its upper end when open (decisions register §4.6 items 88 and 92)
    Optional<BindingLimit> binding = allocation.topBinding()
        ? Optional.of(new BindingLimit("cap-per-enterprise", CAP_NAME, measure.capPerEnterprise().value(),
            measure.capPerEnterprise().citation()))
        : Optional.empty();
    AmountRange amount = new AmountRange(Cny.of(allocation.total()), Cny.of(allocation.possible()));
    FirstLoanResult result = new FirstLoanResult(measure.id(), measure.documentStatus(),
        EnterpriseCap.combine(evaluation.decisions).eligibility(), amount, binding, loans,
        new Explanation(evaluation.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("financing.first-loan-guaranteed.subsidy", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates an enterprise's subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link FirstLoanGuaranteedRequest} as JSON
   * @return a {@link FirstLoanResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid (including a missing
   *     {@code subsidyTermMonths}), naming the JSON Pointer of the culprit
   */
  public String explainSubsidyJson(FirstLoanGuaranteedMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    FirstLoanGuaranteedRequest request = HuiqiJson.read(requestJson, FirstLoanGuaranteedRequest.class);
    return HuiqiJson.write(explainSubsidy(measure, request));
  }

  //-------------------------------------------------------------------------
  /** The one evaluation behind both forms; package-private for the family's evaluator. */
  Evaluation evaluate(FirstLoanGuaranteedMeasure measure, FirstLoanGuaranteedRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    FirstLoanOptions options = request.effectiveOptions();
    DayCount dayCount = options.dayCount().orElse(measure.dayCount().value());
    MoneyRounding rounding = measure.rounding().value();
    int termMonths = request.subsidyTermMonths();
    steps.add(() -> new InputStep(LocalizedText.of("贴息期限（月；原文未规定，由调用方提供）",
        "subsidy term in months (the source states none: supplied by the caller)"),
        termMonths + " — " + measure.subsidyTerm().label()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("按比例计息的计息基础", "day count for the pro-rata period"),
        dayCount.code(), options.dayCount().isPresent(), measure.dayCount().citation()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("每笔贴息的舍入", "rounding of each loan's subsidy"),
        rounding.toString(), false, measure.rounding().citation()));

    TracedCondition size = sizeCondition(measure, request.enterprise());
    List<EnterpriseCap.Part> parts = new ArrayList<>(request.loans().size());
    List<TracedCondition.Decision> decisions = new ArrayList<>(request.loans().size());
    List<LocalDate> until = new ArrayList<>(request.loans().size());
    for (int i = 0; i < request.loans().size(); i++) {
      FirstLoanGuaranteedLoan claimed = request.loans().get(i);
      LoanFacts loan = claimed.loan();
      TracedCondition.Decision decision = decide(measure, size, claimed, i, steps);
      BigDecimal computed = BigDecimal.ZERO.setScale(rounding.scale());
      LocalDate end = FirstLoanPeriods.subsidisedUntil(loan.drawdownDate(), loan.endOfUse(), termMonths);
      if (decision.verdict() != Verdict.INELIGIBLE) {
        computed = amount(measure, loan, end, termMonths, dayCount, rounding, steps);
      }
      parts.add(new EnterpriseCap.Part(loan.drawdownDate(), decision.verdict(), computed));
      decisions.add(decision);
      until.add(end);
    }
    BigDecimal cap = Cny.positiveYuan(measure.capPerEnterprise().value(), "capPerEnterprise");
    EnterpriseCap.Allocation allocation = EnterpriseCap.allocate(parts, cap);
    steps.add(() -> new CapStep(CAP_NAME, cap, allocation.beforeCap(), allocation.total(),
        measure.capPerEnterprise().citation()));
    allocation.explainOpen(steps, CAP_NAME, cap, measure.capPerEnterprise().citation());
    return new Evaluation(parts, decisions, until, allocation, steps);
  }

  static TracedCondition sizeCondition(FirstLoanGuaranteedMeasure measure,
      EnterpriseFacts firm) {
    List<EnterpriseSize> sizes = measure.eligibleBorrowerSizes().value();
    return TracedCondition.of(firm.size(), sizes::contains, "/enterprise/size", "enterprise-sme",
        () -> LocalizedText.of("企业为中小微企业（" + SizeNames.of(sizes).zh() + "）",
            "enterprise is small, medium or micro (" + SizeNames.of(sizes).en() + ")"),
        measure.eligibleBorrowerSizes().citation());
  }

  private static TracedCondition.Decision decide(FirstLoanGuaranteedMeasure measure,
      TracedCondition size, FirstLoanGuaranteedLoan claimed, int index, StepTrace steps) {
    LoanFacts loan = claimed.loan();
    String at = "/loans/" + index;
    steps.add(() -> new InputStep(LocalizedText.of("贷款 " + loan.loanId(), "loan " + loan.loanId()),
        loan.principal().getNumber().numberValueExact(BigDecimal.class).toPlainString() + " CNY, "
            + loan.drawdownDate() + " → " + loan.endOfUse() + ", " + loan.annualInterestRate()));
    DateRange window = measure.firstLoanWindow().value();
    Jurisdiction region = measure.lenderRegion().value();
    String guarantor = measure.guarantor().value();
    List<TracedCondition> conditions = List.of(
        size,
        TracedCondition.known(window.contains(loan.drawdownDate()), "drawdown-in-window",
            () -> LocalizedText.of("放款日在 " + window + " 内", "drawdown within " + window),
            () -> "drawdownDate = " + loan.drawdownDate(), measure.firstLoanWindow().citation()),
        TracedCondition.of(loan.lenderRegionCode(), region::contains, at + "/loan/lenderRegionCode",
            "lender-in-region", () -> LocalizedText.of("贷款银行为" + region.name() + "辖内商业银行",
                "lender is a bank in " + region.name() + " (" + region.code() + ")"),
            measure.lenderRegion().citation()),
        TracedCondition.of(claimed.firstInclusiveFinanceLoan(), Boolean::booleanValue,
            at + "/firstInclusiveFinanceLoan", "first-inclusive-finance-loan",
            () -> LocalizedText.of("企业首次获得普惠贷款", "the enterprise's first inclusive-finance (普惠) loan"),
            measure.firstLoanWindow().citation()),
        TracedCondition.of(claimed.guaranteedByPolicyFund(), Boolean::booleanValue,
            at + "/guaranteedByPolicyFund", "guaranteed-by-policy-fund",
            () -> LocalizedText.of("由" + guarantor + "担保", "guaranteed by " + guarantor),
            measure.guarantor().citation()));
    return TracedCondition.decide(conditions, steps);
  }

  private static BigDecimal amount(FirstLoanGuaranteedMeasure measure, LoanFacts loan,
      LocalDate until, int termMonths, DayCount dayCount, MoneyRounding rounding, StepTrace steps) {
    // LoanFacts has already checked the principal: positive, CNY and bounded.
    BigDecimal principal = loan.principal().getNumber().numberValueExact(BigDecimal.class);
    Rate subsidyRate = measure.annualSubsidyRate().value();
    // a 贴息 pays at most the interest: a loan at a rate below the 2% is subsidised at its own rate
    Rate rate = subsidyRate.min(loan.annualInterestRate());
    if (rate.isLessThan(subsidyRate)) {
      steps.add(() -> CapStep.ofRates(LocalizedText.of("贴息率不高于贷款年利率 " + loan.annualInterestRate(),
          "subsidy rate at most the loan's annual rate " + loan.annualInterestRate()), loan.annualInterestRate(),
          subsidyRate, rate, AT_MOST_THE_INTEREST));
    }
    YearFraction fraction = dayCount.yearFraction(loan.drawdownDate(), until);
    BigDecimal computed = FirstLoanPeriods.subsidy(principal, rate, fraction, rounding);
    steps.add(() -> new PeriodStep(LocalizedText.of("贴息期间（调用方提供的期限 " + termMonths + " 个月内）",
        "subsidised period (within the caller's term of " + termMonths + " months)"), loan.drawdownDate(), until,
        dayCount, fraction, measure.subsidyTerm()));
    steps.add(() -> new CalculationStep(LocalizedText.of("贷款 " + loan.loanId() + " 贴息（舍入前）",
        "subsidy on loan " + loan.loanId() + " before rounding"),
        principal.toPlainString() + " × " + rate + " × " + fraction,
        FirstLoanPeriods.subsidy(principal, rate, fraction, DISPLAY), measure.annualSubsidyRate().citation()));
    steps.add(() -> new RoundingStep(FirstLoanPeriods.subsidy(principal, rate, fraction, DISPLAY), computed,
        rounding, measure.rounding().citation()));
    return computed;
  }

  record Evaluation(
      List<EnterpriseCap.Part> parts,
      List<TracedCondition.Decision> decisions,
      List<LocalDate> until,
      EnterpriseCap.Allocation allocation,
      StepTrace steps) {
  }
}
