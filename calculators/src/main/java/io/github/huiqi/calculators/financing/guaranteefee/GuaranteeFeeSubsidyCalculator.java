package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.financing.internal.SizeNames;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates a small or micro enterprise's guarantee-fee subsidy for a year, such as Shenzhen's 小型微型企业银行贷款担保费资助
 * (reported by the 2021 reply letter; rules from the programme's 2017 guide).
 * <p>
 * A loan qualifies when the enterprise is small or micro and registered in the region, and the loan was drawn in the
 * subsidy year, guaranteed by a financing guarantor of the region, at most 3,000,000 (inclusive), with a guarantee fee
 * rate at most 50% of the loan's rate (inclusive; compared exactly as {@code fee rate ≤ loan rate × 50%}), and not
 * for a vehicle or real-estate purchase. Each qualifying loan earns
 * <pre>
 *   30% × guarantee fee actually paid,  rounded half-up to the fen,
 * </pre>
 * and the enterprise receives the sum, at most 300,000 a year ("补贴额 = 实际发生的担保费 × 30% × 笔数 ≤ 30万元"); the cap is
 * allocated to loans in drawdown order. An ineligible loan is named with its reasons.
 * <p>
 * The plain form {@link #subsidy} returns the amount; the explaining form {@link #explainSubsidy} returns the verdict,
 * the amount (a range when facts are missing), the binding cap, each loan's part and an explanation.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * GuaranteeFeeSubsidyMeasure measure = data.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
 * // the request: read from JSON here, or built in Java
 * GuaranteeFeeSubsidyRequest request = HuiqiJson.read(requestJson, GuaranteeFeeSubsidyRequest.class);
 * MonetaryAmount subsidy = GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(measure, request);
 * GuaranteeFeeSubsidyResult explained = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class GuaranteeFeeSubsidyCalculator {

  /** The calculator. */
  public static final GuaranteeFeeSubsidyCalculator DEFAULT = new GuaranteeFeeSubsidyCalculator();

  /** The annual cap's name, as the binding limit gives it. */
  static final LocalizedText CAP_NAME = LocalizedText.of("每家企业每年资助上限", "cap per enterprise per year");

  private GuaranteeFeeSubsidyCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the enterprise's subsidy for the year.
   *
   * @param measure  the measure, such as the built-in {@link GuaranteeFeeSubsidyMeasure#SHENZHEN_2021}
   * @param request  the enterprise and its loans
   * @return the subsidy in CNY, whole fen; zero if no loan qualifies
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the amount depends on facts the request does not give, naming every missing
   *     fact of every undetermined loan
   */
  public MonetaryAmount subsidy(GuaranteeFeeSubsidyMeasure measure, GuaranteeFeeSubsidyRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (!e.amount.isExact()) {
      // Every undetermined loan's facts, as each loan's part names them in the explaining form: the enterprise's
      // verdict names none once any loan is eligible.
      LinkedHashSet<String> missing = new LinkedHashSet<>();
      e.parts.forEach(part -> missing.addAll(part.decision.missingFacts()));
      throw new MissingFactsException(List.copyOf(missing));
    }
    return e.amount.maximum();
  }

  /**
   * Calculates the enterprise's subsidy with its verdict, each loan's part and the explanation.
   *
   * @param measure  the measure
   * @param request  the enterprise and its loans
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public GuaranteeFeeSubsidyResult explainSubsidy(GuaranteeFeeSubsidyMeasure measure,
      GuaranteeFeeSubsidyRequest request) {
    return explainSubsidy(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the enterprise's subsidy with its verdict, each loan's part and the explanation.
   *
   * @param measure  the measure
   * @param request  the enterprise and its loans
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public GuaranteeFeeSubsidyResult explainSubsidy(GuaranteeFeeSubsidyMeasure measure,
      GuaranteeFeeSubsidyRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Evaluation e = evaluate(measure, request, true);
    GuaranteeFeeSubsidyResult result = new GuaranteeFeeSubsidyResult(measure.id(), measure.documentStatus(),
        e.decision.eligibility(), e.amount, e.bindingLimit, e.loans, new Explanation(e.steps.list()));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("financing.guarantee-fee-subsidy.subsidy", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link GuaranteeFeeSubsidyRequest} as JSON
   * @return a {@link GuaranteeFeeSubsidyResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit
   */
  public String explainSubsidyJson(GuaranteeFeeSubsidyMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    GuaranteeFeeSubsidyRequest request = HuiqiJson.read(requestJson, GuaranteeFeeSubsidyRequest.class);
    return HuiqiJson.write(explainSubsidy(measure, request));
  }

  //-------------------------------------------------------------------------
  /** Both forms' one evaluation; package-private so that the family's evaluator can run the plain form. */
  Evaluation evaluate(GuaranteeFeeSubsidyMeasure measure, GuaranteeFeeSubsidyRequest request,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    steps.add(() -> new InputStep(LocalizedText.of("文件状态（规则取自 " + measure.implementingRules().label() + "）",
        "document status (rules from " + measure.implementingRules().label() + ")"),
        measure.documentStatus() + " — " + measure.clause()));
    MoneyRounding rounding = measure.rounding().value();
    Jurisdiction region = measure.region().value();
    List<EnterpriseSize> sizes = measure.eligibleBorrowerSizes().value();
    List<TracedCondition> enterprise = new ArrayList<>();
    enterprise.add(TracedCondition.of(request.enterpriseSize(), sizes::contains, "/enterpriseSize",
        "enterprise-small-or-micro", () -> LocalizedText.of("企业为小型微型企业（" + SizeNames.of(sizes).zh() + "）",
            "enterprise is small or micro (" + SizeNames.of(sizes).en() + ")"),
        measure.eligibleBorrowerSizes().citation()));
    // a code of a wider area that holds the region (广东省 for 深圳市) leaves it open (decisions register §0.6)
    enterprise.add(TracedCondition.enterpriseInRegion(request.registrationRegionCode(), region,
        "/registrationRegionCode", () -> LocalizedText.of("企业在" + region.name() + "（" + region.code() + "）注册",
            "enterprise registered in " + region.name() + " (" + region.code() + ")"), measure.region().citation()));
    // the subsidy year, 1 January to 31 December: a loan drawn in it is one whose drawdown date has its number
    int year = request.subsidyYear();
    BigDecimal maxPrincipal = Cny.positiveYuan(measure.maximumLoanPrincipal().value(), "maximumLoanPrincipal");
    Rate ratio = measure.subsidyRatio().value();

    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < request.loans().size(); i++) {
      GuaranteeFeeSubsidyLoan loan = request.loans().get(i);
      String at = "/loans/" + i;
      BigDecimal principal = Cny.positiveYuan(loan.principal(), at + "/principal");
      BigDecimal feePaid = Cny.notNegativeYuan(loan.guaranteeFeePaid(), at + "/guaranteeFeePaid");
      steps.add(() -> new InputStep(LocalizedText.of("贷款 " + loan.loanId(), "loan " + loan.loanId()),
          principal.toPlainString() + " CNY, " + loan.drawdownDate() + ", loan rate " + loan.annualInterestRate()
              + ", fee rate " + loan.guaranteeFeeRate() + ", fee paid " + feePaid.toPlainString()));
      List<TracedCondition> conditions = new ArrayList<>(enterprise);
      conditions.add(TracedCondition.known(loan.drawdownDate().getYear() == year, "drawdown-in-year",
          () -> LocalizedText.of("放款日在 " + request.subsidyYear() + " 年内", "drawn in " + request.subsidyYear()),
          () -> "drawdownDate = " + loan.drawdownDate(), measure.capPerEnterprisePerYear().citation()));
      conditions.add(TracedCondition.of(loan.guarantorInRegion(), Boolean::booleanValue,
          at + "/guarantorInRegion", "guarantor-in-region", () -> LocalizedText.of("由" + region.name() + "融资性担保机构担保",
              "guaranteed by a financing guarantor of " + region.name()), measure.region().citation()));
      conditions.add(TracedCondition.known(principal.compareTo(maxPrincipal) <= 0, "principal-at-most-maximum",
          () -> LocalizedText.of("单笔贷款不超过 " + maxPrincipal.toPlainString() + " 元（含）",
              "single loan at most " + maxPrincipal.toPlainString() + " (inclusive)"),
          () -> "principal = " + principal.toPlainString(), measure.maximumLoanPrincipal().citation()));
      Rate feeLimit = loan.annualInterestRate().multipliedBy(measure.maximumFeeToLoanRate().value());
      conditions.add(TracedCondition.known(!loan.guaranteeFeeRate().isGreaterThan(feeLimit),
          "fee-rate-at-most-share-of-loan-rate", () -> LocalizedText.of("担保费率不高于贷款利率的 "
              + measure.maximumFeeToLoanRate().value(), "fee rate at most " + measure.maximumFeeToLoanRate().value()
              + " of the loan rate"), () -> "guaranteeFeeRate = " + loan.guaranteeFeeRate() + ", limit "
              + loan.annualInterestRate() + " × " + measure.maximumFeeToLoanRate().value() + " = " + feeLimit,
          measure.maximumFeeToLoanRate().citation()));
      conditions.add(TracedCondition.of(loan.vehicleOrRealEstatePurchase(), purchase -> !purchase,
          at + "/vehicleOrRealEstatePurchase", "eligible-purpose", () -> LocalizedText.of("贷款不用于购车、购房",
              "loan not for a vehicle or real-estate purchase"), measure.implementingRules()));
      // the ratio pays a loan drawn within its validity (the guide's loans are those drawn in the subsidy year)
      conditions = EventValidity.with(conditions, measure.subsidyRatio(), loan.drawdownDate(),
          () -> at + "/drawdownDate", "放款日期", "drawdown date");
      TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);
      BigDecimal computed = BigDecimal.ZERO.setScale(rounding.scale());
      if (decision.verdict() != Verdict.INELIGIBLE) {
        BigDecimal exact = ratio.applyTo(feePaid);
        computed = rounding.round(exact);
        BigDecimal rounded = computed;
        steps.add(() -> new CalculationStep(LocalizedText.of("贷款 " + loan.loanId() + " 担保费资助（舍入前）",
            "subsidy on loan " + loan.loanId() + " before rounding"), feePaid.toPlainString() + " × " + ratio,
            exact, measure.subsidyRatio().citation()));
        steps.add(() -> new RoundingStep(exact, rounded, rounding, measure.rounding().citation()));
      }
      parts.add(new Part(loan, decision, computed));
    }
    return allocateCap(measure, parts, steps);
  }

  private Evaluation allocateCap(GuaranteeFeeSubsidyMeasure measure, List<Part> parts,
      StepTrace steps) {
    BigDecimal cap = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    List<EnterpriseCap.Part> capParts = new ArrayList<>(parts.size());
    List<TracedCondition.Decision> decisions = new ArrayList<>(parts.size());
    for (Part part : parts) {
      capParts.add(new EnterpriseCap.Part(part.loan.drawdownDate(), part.decision.verdict(), part.computed));
      decisions.add(part.decision);
    }
    EnterpriseCap.Allocation allocation = EnterpriseCap.allocate(capParts, cap);
    steps.add(() -> new CapStep(CAP_NAME, cap, allocation.beforeCap(), allocation.total(),
        measure.capPerEnterprisePerYear().citation()));
    allocation.explainOpen(steps, CAP_NAME, cap, measure.capPerEnterprisePerYear().citation());
    // the cap that cut the amount, or its upper end when open (decisions register §4.6 items 88 and 92)
    Optional<BindingLimit> binding = allocation.topBinding() ? Optional.of(capLimit(measure)) : Optional.empty();
    List<GuaranteeFeeLoanSubsidy> loans = new ArrayList<>();
    // Each loan's part carries its Eligibility, which only the explaining form builds.
    for (int i = 0; steps.enabled() && i < parts.size(); i++) {
      Part part = parts.get(i);
      // A loan not eligible has always been paid a plain 0 (scale 0) here, not 0.00: kept so the JSON is unchanged.
      BigDecimal paid = part.decision.verdict() == Verdict.ELIGIBLE ? allocation.paid().get(i) : BigDecimal.ZERO;
      loans.add(new GuaranteeFeeLoanSubsidy(part.loan.loanId(), part.decision.eligibility(), Cny.of(part.computed),
          Cny.of(paid)));
    }
    AmountRange amount = new AmountRange(Cny.of(allocation.total()), Cny.of(allocation.possible()));
    return new Evaluation(EnterpriseCap.combine(decisions), amount, binding, parts, loans, steps);
  }

  /**
   * Returns the annual cap ("每家企业每年资助上限") as a binding limit.
   *
   * @param measure  the measure
   * @return the cap, cited
   */
  static BindingLimit capLimit(GuaranteeFeeSubsidyMeasure measure) {
    return new BindingLimit("cap-per-enterprise-per-year", CAP_NAME, measure.capPerEnterprisePerYear().value(),
        measure.capPerEnterprisePerYear().citation());
  }

  record Part(GuaranteeFeeSubsidyLoan loan, TracedCondition.Decision decision, BigDecimal computed) {
  }

  record Evaluation(
      TracedCondition.Decision decision,
      AmountRange amount,
      Optional<BindingLimit> bindingLimit,
      List<Part> parts,
      List<GuaranteeFeeLoanSubsidy> loans,
      StepTrace steps) {
  }
}
