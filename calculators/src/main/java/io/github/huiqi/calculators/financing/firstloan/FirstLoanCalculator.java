package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
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
import io.github.huiqi.core.result.Eligibility;
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
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Calculates the first-loan (首贷户) interest subsidy of an enterprise, such as Shenzhen's under 深工信〔2023〕26号 第5条.
 * <p>
 * For each loan: the loan qualifies when the enterprise operates in the region, is an independent legal person, a
 * first-time borrower and not seriously dishonest, and the loan is the first drawdown of its first contract, drawn in
 * the window from a bank in the region, for production, not subsidised elsewhere, at an annual rate not below the
 * floor (2%), and used for at least the minimum (one calendar month: repaid on or after the same day of the next
 * month). An enterprise region code of a wider area that holds the region (广东省 {@code 440000} for 深圳市) leaves the
 * region open, as a code not given does (decisions register §0.6); a lender's code must lie within the region. Its
 * subsidy is
 * <pre>
 *   principal × annual subsidy rate × days ÷ basis,  rounded half-up to the fen,
 * </pre>
 * where the days run from the drawdown (counted) to the earlier of the end of use and the drawdown plus the maximum
 * months (6), not counted, and the basis comes from the day count (ACT/360 by default). The enterprise receives the
 * sum, capped at 200,000; the cap is allocated to loans in drawdown order.
 * <p>
 * The plain form {@link #subsidy} returns the amount; the explaining form {@link #explainSubsidy} returns the verdict,
 * the amount (a range when facts are missing), the binding cap, each loan's part and an explanation citing each
 * clause. Both take the measure as an argument.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * FirstLoanMeasure measure = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * FirstLoanRequest request = HuiqiJson.read(requestJson, FirstLoanRequest.class);
 * MonetaryAmount subsidy = FirstLoanCalculator.DEFAULT.subsidy(measure, request);
 * FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = FirstLoanCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class FirstLoanCalculator {

  /** The calculator. */
  public static final FirstLoanCalculator DEFAULT = new FirstLoanCalculator();

  /** The per-enterprise cap's name in a binding limit, shared by the family. */
  static final LocalizedText CAP_NAME = LocalizedText.of("单户企业贴息金额上限", "cap per enterprise");
  /** The pointers of the first loans' facts, made once. */
  private static final List<List<String>> LOAN_POINTERS = firstLoanPointers(16);

  /** How an unrounded amount is shown in the explanation: 8 decimals, for reading only. */
  private static final MoneyRounding DISPLAY = new MoneyRounding(8, RoundingMode.HALF_UP);

  private FirstLoanCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates an enterprise's first-loan subsidy.
   * <p>
   * The fast form: it decides each condition and computes each amount, but builds no condition objects, no texts,
   * no explanation and no intermediate {@code MonetaryAmount}s.
   *
   * @param measure  the measure, such as the built-in {@link FirstLoanMeasure#SHENZHEN_2023}
   * @param request  the enterprise, its loans and the options
   * @return the subsidy in CNY, rounded to the fen; zero if no loan qualifies
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the amount depends on facts the request does not give
   */
  public MonetaryAmount subsidy(FirstLoanMeasure measure, FirstLoanRequest request) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    BigDecimal total = FirstLoanPlainForm.total(measure, request);
    if (total == null) {
      // the rare path: the full evaluation names the missing facts
      List<String> missing = new ArrayList<>();
      evaluate(measure, request, false).parts.forEach(part -> missing.addAll(part.decision.missingFacts()));
      throw new MissingFactsException(List.copyOf(new LinkedHashSet<>(missing)));
    }
    return Cny.of(total);
  }

  /**
   * Calculates an enterprise's first-loan subsidy with its verdict, each loan's part and the explanation.
   *
   * @param measure  the measure
   * @param request  the enterprise, its loans and the options
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public FirstLoanResult explainSubsidy(FirstLoanMeasure measure,
      FirstLoanRequest request) {
    return explainSubsidy(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates an enterprise's first-loan subsidy with its verdict, each loan's part and the explanation.
   *
   * @param measure  the measure
   * @param request  the enterprise, its loans and the options
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public FirstLoanResult explainSubsidy(FirstLoanMeasure measure,
      FirstLoanRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Evaluation evaluation = evaluate(measure, request, true);
    List<FirstLoanLoanSubsidy> loans = new ArrayList<>();
    for (LoanPart part : evaluation.parts) {
      loans.add(new FirstLoanLoanSubsidy(part.loan.loanId(), part.decision.eligibility(),
          Optional.ofNullable(part.from), Optional.ofNullable(part.until), Cny.of(part.computed), Cny.of(part.paid)));
    }
    Optional<BindingLimit> binding = evaluation.capBinding
        ? Optional.of(new BindingLimit("cap-per-enterprise", CAP_NAME, measure.capPerEnterprise().value(),
            measure.capPerEnterprise().citation()))
        : Optional.empty();
    AmountRange amount = new AmountRange(Cny.of(evaluation.total), Cny.of(evaluation.possible));
    FirstLoanResult result = new FirstLoanResult(measure.id(), measure.documentStatus(),
        enterpriseVerdict(evaluation.parts), amount, binding, loans, new Explanation(evaluation.steps.list()));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("financing.first-loan.subsidy", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates an enterprise's first-loan subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link FirstLoanRequest} as JSON
   * @return a {@link FirstLoanResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit
   */
  public String explainSubsidyJson(FirstLoanMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    FirstLoanRequest request = HuiqiJson.read(requestJson, FirstLoanRequest.class);
    return HuiqiJson.write(explainSubsidy(measure, request));
  }

  //-------------------------------------------------------------------------
  /** The one evaluation behind both forms; package-private for the family's evaluator. */
  Evaluation evaluate(FirstLoanMeasure measure, FirstLoanRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    FirstLoanOptions options = request.effectiveOptions();
    DayCount dayCount = options.dayCount().orElse(measure.dayCount().value());
    MoneyRounding rounding = measure.rounding().value();
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("按比例计息的计息基础", "day count for the pro-rata period"),
        dayCount.code(), options.dayCount().isPresent(), measure.dayCount().citation()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("每笔贴息的舍入", "rounding of each loan's subsidy"),
        rounding.toString(), false, measure.rounding().citation()));

    List<TracedCondition> enterpriseConditions = enterpriseConditions(measure, request.enterprise());
    List<LoanFacts> loans = request.loans();
    List<LoanPart> parts = new ArrayList<>(loans.size());
    for (int i = 0; i < loans.size(); i++) {
      parts.add(evaluateLoan(measure, enterpriseConditions, loans.get(i), i, dayCount, rounding, steps));
    }
    return allocateCap(measure, parts, steps);
  }

  List<TracedCondition> enterpriseConditions(FirstLoanMeasure measure, EnterpriseFacts firm) {
    Jurisdiction region = measure.region().value();
    Citation rules = measure.implementingRules();
    List<TracedCondition> conditions = new ArrayList<>(4);
    Supplier<LocalizedText> inRegion = () -> LocalizedText.of("企业在" + region.name() + "（" + region.code() + "）注册经营",
        "enterprise registered and operating in " + region.name() + " (" + region.code() + ")");
    // a code of a wider area that holds the region (广东省 for 深圳市) leaves it open (decisions register §0.6)
    conditions.add(TracedCondition.enterpriseInRegion(firm.registrationRegionCode(), region,
        "/enterprise/registrationRegionCode", inRegion, measure.region().citation()));
    conditions.add(TracedCondition.of(firm.independentLegalPerson(), Boolean::booleanValue,
        "/enterprise/independentLegalPerson", "independent-legal-person",
        () -> LocalizedText.of("企业为独立法人", "enterprise is an independent legal person"), rules));
    conditions.add(TracedCondition.of(firm.firstTimeBorrower(), Boolean::booleanValue, "/enterprise/firstTimeBorrower",
        "first-time-borrower", () -> LocalizedText.of("企业为首次获得贷款（首贷户）", "enterprise is a first-time borrower"),
        measure.firstLoanWindow().citation()));
    conditions.add(TracedCondition.of(firm.onSeriousDishonestyList(), listed -> !listed,
        "/enterprise/onSeriousDishonestyList", "not-seriously-dishonest",
        () -> LocalizedText.of("企业未列入严重失信主体名单", "enterprise is not on a serious-dishonesty list"), rules));
    return conditions;
  }

  private LoanPart evaluateLoan(FirstLoanMeasure measure, List<TracedCondition> enterpriseConditions,
      LoanFacts loan, int index, DayCount dayCount, MoneyRounding rounding, StepTrace steps) {
    // LoanFacts has already checked the principal: positive, CNY and bounded.
    BigDecimal principal = loan.principal().getNumber().numberValueExact(BigDecimal.class);
    List<String> at = loanPointers(index);
    steps.add(() -> new InputStep(LocalizedText.of("贷款 " + loan.loanId(), "loan " + loan.loanId()),
        principal.toPlainString() + " CNY, " + loan.drawdownDate() + " → " + loan.endOfUse() + ", "
            + loan.annualInterestRate()));

    Jurisdiction region = measure.region().value();
    Citation rules = measure.implementingRules();
    DateRange window = measure.firstLoanWindow().value();
    Rate minimumRate = measure.minimumLoanRate().value();
    int minimumMonths = measure.minimumUseMonths().value();
    LocalDate minimumEnd = loan.drawdownDate().plusMonths(minimumMonths);
    List<TracedCondition> conditions = new ArrayList<>(enterpriseConditions.size() + 7);
    conditions.addAll(enterpriseConditions);
    conditions.add(TracedCondition.known(window.contains(loan.drawdownDate()), "drawdown-in-window",
        () -> LocalizedText.of("放款日在 " + window + " 内", "drawdown within " + window),
        () -> "drawdownDate = " + loan.drawdownDate(), measure.firstLoanWindow().citation()));
    conditions.add(TracedCondition.of(loan.lenderRegionCode(), region::contains, at.get(0),
        "lender-in-region", () -> LocalizedText.of("贷款银行为" + region.name() + "辖内商业银行",
            "lender is a bank in " + region.name()), measure.region().citation()));
    conditions.add(TracedCondition.of(loan.firstDrawdownOfFirstContract(), Boolean::booleanValue,
        at.get(1), "first-drawdown-of-first-contract",
        () -> LocalizedText.of("为首笔借款合同的第一次放款", "first drawdown of the first loan contract"), rules));
    conditions.add(TracedCondition.of(loan.forProductionOrOperation(), Boolean::booleanValue,
        at.get(2), "production-use",
        () -> LocalizedText.of("贷款用于生产经营", "loan used for production and operation"), rules));
    conditions.add(TracedCondition.of(loan.subsidisedUnderAnotherMunicipalScheme(), other -> !other,
        at.get(3), "no-other-municipal-subsidy",
        () -> LocalizedText.of("该笔贷款未获市级其他部门贴息", "loan has no other municipal interest subsidy"), rules));
    conditions.add(TracedCondition.known(!loan.annualInterestRate().isLessThan(minimumRate), "loan-rate-at-least-floor",
        () -> LocalizedText.of("贷款年利率不低于 " + minimumRate, "loan rate not below " + minimumRate),
        () -> "annualInterestRate = " + loan.annualInterestRate(), measure.minimumLoanRate().citation()));
    conditions.add(TracedCondition.known(!loan.endOfUse().isBefore(minimumEnd), "use-at-least-minimum",
        () -> LocalizedText.of("实际用款时间不少于 " + minimumMonths + " 个月",
            "money used for at least " + minimumMonths + " month(s)"),
        () -> "endOfUse = " + loan.endOfUse() + ", needs ≥ " + minimumEnd, measure.minimumUseMonths().citation()));

    LoanPart part = new LoanPart(loan, TracedCondition.decide(conditions, steps));
    if (part.decision.verdict() == Verdict.INELIGIBLE) {
      part.computed = BigDecimal.ZERO.setScale(rounding.scale());
      return part;
    }
    LocalDate from = loan.drawdownDate();
    int maximumMonths = measure.maximumSubsidyMonths().value();
    LocalDate until = FirstLoanPeriods.subsidisedUntil(from, loan.endOfUse(), maximumMonths);
    YearFraction fraction = dayCount.yearFraction(from, until);
    BigDecimal computed = FirstLoanPeriods.subsidy(principal, measure.annualSubsidyRate().value(), fraction, rounding);
    part.from = from;
    part.until = until;
    part.computed = computed;
    if (!steps.enabled()) {
      return part;
    }
    BigDecimal annual = measure.annualSubsidyRate().value().applyTo(principal);
    steps.add(() -> new PeriodStep(LocalizedText.of("贴息期间（不超过 " + maximumMonths + " 个月）",
        "subsidised period (at most " + maximumMonths + " months)"), from, until, dayCount, fraction,
        measure.maximumSubsidyMonths().citation()));
    steps.add(() -> new CalculationStep(LocalizedText.of("贷款 " + loan.loanId() + " 贴息（舍入前）",
        "subsidy on loan " + loan.loanId() + " before rounding"),
        principal.toPlainString() + " × " + measure.annualSubsidyRate().value() + " × " + fraction,
        fraction.applyTo(annual, DISPLAY), measure.annualSubsidyRate().citation()));
    steps.add(() -> new RoundingStep(fraction.applyTo(annual, DISPLAY), computed, rounding,
        measure.rounding().citation()));
    return part;
  }

  /** The pointers of a loan's facts (lender region, first drawdown, production use, other subsidy), made once. */
  private static List<String> loanPointers(int index) {
    return index < LOAN_POINTERS.size() ? LOAN_POINTERS.get(index) : pointersOf(index);
  }

  private static List<String> pointersOf(int index) {
    String at = "/loans/" + index + "/";
    return List.of(at + "lenderRegionCode", at + "firstDrawdownOfFirstContract", at + "forProductionOrOperation",
        at + "subsidisedUnderAnotherMunicipalScheme");
  }

  private static List<List<String>> firstLoanPointers(int count) {
    List<List<String>> pointers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pointers.add(pointersOf(i));
    }
    return List.copyOf(pointers);
  }

  private Evaluation allocateCap(FirstLoanMeasure measure, List<LoanPart> parts, StepTrace steps) {
    int scale = measure.rounding().value().scale();
    BigDecimal cap = Cny.positiveYuan(measure.capPerEnterprise().value(), "capPerEnterprise");
    List<EnterpriseCap.Part> capParts = new ArrayList<>(parts.size());
    for (LoanPart part : parts) {
      capParts.add(new EnterpriseCap.Part(part.loan.drawdownDate(), part.decision.verdict(), part.computed));
    }
    EnterpriseCap.Allocation allocation = EnterpriseCap.allocate(capParts, cap);
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).paid = allocation.paid().get(i);
    }
    BigDecimal total = allocation.total().setScale(scale, RoundingMode.UNNECESSARY);
    BigDecimal possible = allocation.possible().setScale(scale, RoundingMode.UNNECESSARY);
    steps.add(() -> new CapStep(CAP_NAME, cap, allocation.beforeCap(), total, measure.capPerEnterprise().citation()));
    allocation.explainOpen(steps, CAP_NAME, cap, measure.capPerEnterprise().citation());
    return new Evaluation(parts, total, possible, allocation.topBinding(), steps);
  }

  /** The enterprise's verdict from its loans' (explaining form only). */
  private static Eligibility enterpriseVerdict(List<LoanPart> parts) {
    List<TracedCondition.Decision> loans = new ArrayList<>(parts.size());
    parts.forEach(part -> loans.add(part.decision));
    return EnterpriseCap.combine(loans).eligibility();
  }

  //-------------------------------------------------------------------------
  /** One loan's working state: filled by evaluateLoan and allocateCap, then read once. */
  static final class LoanPart {
    final LoanFacts loan;
    final TracedCondition.Decision decision;
    private LocalDate from;
    private LocalDate until;
    private BigDecimal computed;
    private BigDecimal paid;

    LoanPart(LoanFacts loan, TracedCondition.Decision decision) {
      this.loan = loan;
      this.decision = decision;
    }
  }

  static final class Evaluation {
    final List<LoanPart> parts;
    final BigDecimal total;
    final BigDecimal possible;
    /** Whether the cap reduced the upper end: the total when exact, else the possible sum (register §4.6 item 92). */
    final boolean capBinding;
    final StepTrace steps;

    Evaluation(List<LoanPart> parts, BigDecimal total, BigDecimal possible, boolean capBinding, StepTrace steps) {
      this.parts = parts;
      this.total = total;
      this.possible = possible;
      this.capBinding = capBinding;
      this.steps = steps;
    }
  }
}
