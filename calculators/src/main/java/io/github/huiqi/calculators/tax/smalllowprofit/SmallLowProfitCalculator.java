package io.github.huiqi.calculators.tax.smalllowprofit;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.QuarterlyAverage;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitRates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates the enterprise income tax of a 小型微利企业 (small low-profit enterprise) and the relief against the
 * standard 25% rate, for a tax year or a quarterly prepayment, under a measure such as the built-in
 * {@link SmallLowProfitMeasure#SHENZHEN_2023}.
 * <p>
 * The tax year selects the row of the measure's rate table (2019–2020: 5% / 10%; 2021: 2.5% / 10%; 2022: 2.5% / 5%;
 * 2023–2027: 5% / 5%). Then, with TI the taxable income and 1,000,000 the slice boundary:
 * <pre>
 *   eligible      = industry not restricted or prohibited, TI ≤ 3,000,000, average employees ≤ 300,
 *                   average total assets ≤ 50,000,000 (each limit inclusive; averages by quarter, exact)
 *   tax due       = eligible ? min(TI, 1,000,000) × r1 + (TI − 1,000,000)⁺ × r2 : TI × 25%, rounded once
 *   standard tax  = TI × 25%, rounded once
 *   relief        = standard tax − tax due
 * </pre>
 * Above 3,000,000 nothing is relieved, not even the first 1,000,000 (the cliff). The conditions and the relief cite
 * the definition in force in the tax year ({@link SmallLowProfitMeasure#definitionFor}: 财税〔2019〕13号 第二条 for
 * 2019–2021, 2022年第13号 第二条 for 2022–2024, 2023年第12号 第五条 for 2025–2027). A missing fact, with no condition
 * failing, gives an undetermined verdict naming it and the amounts as ranges; the plain forms then throw
 * {@link MissingFactsException}.
 * <p>
 * The quarterly prepayment (cumulative method) taxes the taxable income to date, tests eligibility on the figures to
 * date, and subtracts the tax already prepaid; a negative difference is treated by the measure's or the caller's
 * {@link SmallLowProfitNegativePrepayment}.
 * <p>
 * The methods taking a {@link SmallLowProfitAveragesRequest} are the building block for a firm-year view (taxable
 * income after the R&amp;D extra deduction, averages worked out once); those taking a {@link SmallLowProfitRequest}
 * average the quarters themselves. Options travel on the request.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * SmallLowProfitMeasure measure = data.getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * SmallLowProfitRequest request = HuiqiJson.read(requestJson, SmallLowProfitRequest.class);
 * MonetaryAmount due = SmallLowProfitCalculator.DEFAULT.taxDue(measure, request);
 * SmallLowProfitResult explained = SmallLowProfitCalculator.DEFAULT.explainTaxDue(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = SmallLowProfitCalculator.DEFAULT.explainTaxDueJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class SmallLowProfitCalculator {

  /** The calculator. */
  public static final SmallLowProfitCalculator DEFAULT = new SmallLowProfitCalculator();

  private static final String INDUSTRY_FACT = "/restrictedOrProhibitedIndustry";
  private static final String QUARTERS_FACT = "/quarters";
  private static final String EMPLOYEES_FACT = "/averageEmployees";
  private static final String ASSETS_FACT = "/averageTotalAssets";
  /**
   * The text of a limit's reason in the plain form, which reads only the verdict and the missing facts: the
   * explaining form builds each limit's own text, with its figure.
   */
  private static final LocalizedText PLAIN_FORM_TEXT = LocalizedText.of("（条件的文字见说明形式）",
      "(the condition's text is in the explaining form)");

  private SmallLowProfitCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the income tax due for a tax year.
   *
   * @param measure  the measure
   * @param request  the tax year, taxable income and quarters
   * @return the tax due in CNY, rounded once (half-up to the fen by default)
   * @throws InvalidInputException if an argument is null or the measure has no rules for the tax year (field
   *     {@code taxYear})
   * @throws MissingFactsException if the amount depends on facts the request does not give (an undetermined verdict
   *     whose amount is the same either way, such as a taxable income of zero, gives that amount)
   */
  public MonetaryAmount taxDue(SmallLowProfitMeasure measure, SmallLowProfitRequest request) {
    Args.notNull(request, "request");
    Evaluation e = evaluate(measure, request.taxYear(), request.taxableIncome(), request.facts(),
        request.effectiveOptions(), false, true);
    return exact(e.taxDue, e);
  }

  /**
   * Calculates the relief (减免所得税额) for a tax year: the standard-rate tax minus the tax due.
   *
   * @param measure  the measure
   * @param request  the tax year, taxable income and quarters
   * @return the relief in CNY, never negative; zero when ineligible
   * @throws InvalidInputException as for {@link #taxDue(SmallLowProfitMeasure, SmallLowProfitRequest)}
   * @throws MissingFactsException if the amount depends on facts the request does not give (an undetermined verdict
   *     whose amount is the same either way, such as a taxable income of zero, gives that amount)
   */
  public MonetaryAmount relief(SmallLowProfitMeasure measure, SmallLowProfitRequest request) {
    Args.notNull(request, "request");
    Evaluation e = evaluate(measure, request.taxYear(), request.taxableIncome(), request.facts(),
        request.effectiveOptions(), false, true);
    return exact(e.relief, e);
  }

  /**
   * Calculates the income tax for a tax year with the verdict, the relief, the rates applied and the explanation.
   * A missing fact gives an undetermined verdict naming {@code /restrictedOrProhibitedIndustry} or
   * {@code /quarters}, never an exception.
   *
   * @param measure  the measure
   * @param request  the tax year, taxable income and quarters
   * @return the explained result
   * @throws InvalidInputException if an argument is null or the measure has no rules for the tax year (field
   *     {@code taxYear})
   */
  public SmallLowProfitResult explainTaxDue(SmallLowProfitMeasure measure,
      SmallLowProfitRequest request) {
    return explainTaxDue(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the income tax for a tax year with the verdict, the relief, the rates applied and the explanation.
   * A missing fact gives an undetermined verdict naming {@code /restrictedOrProhibitedIndustry} or
   * {@code /quarters}, never an exception.
   *
   * @param measure  the measure
   * @param request  the tax year, taxable income and quarters
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws InvalidInputException if an argument is null or the measure has no rules for the tax year (field
   *     {@code taxYear})
   */
  public SmallLowProfitResult explainTaxDue(SmallLowProfitMeasure measure,
      SmallLowProfitRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Args.notNull(request, "request");
    SmallLowProfitResult result = evaluate(measure, request.taxYear(), request.taxableIncome(), request.facts(),
        request.effectiveOptions(), true, true).result(measure);
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("tax.small-low-profit.tax-due", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the income tax for a tax year from averaged facts: the building block of a firm-year view.
   *
   * @param measure  the measure
   * @param request  the tax year, the taxable income (after any R&amp;D extra deduction), the industry condition,
   *     the averaged employees and total assets, and the options
   * @return the tax due in CNY, rounded once
   * @throws InvalidInputException if an argument is null or the tax year has no rules (field {@code taxYear})
   * @throws MissingFactsException if the amount depends on facts the request does not give (an undetermined verdict
   *     whose amount is the same either way, such as a taxable income of zero, gives that amount)
   */
  public MonetaryAmount taxDue(SmallLowProfitMeasure measure, SmallLowProfitAveragesRequest request) {
    Args.notNull(request, "request");
    Evaluation e = evaluate(measure, request.taxYear(), request.taxableIncome(), request.facts(),
        request.effectiveOptions(), false, false);
    return exact(e.taxDue, e);
  }

  /**
   * Calculates the explained income tax for a tax year from averaged facts: the building block of a firm-year view.
   * A missing fact gives an undetermined verdict naming {@code /restrictedOrProhibitedIndustry},
   * {@code /averageEmployees} or {@code /averageTotalAssets}.
   *
   * @param measure  the measure
   * @param request  the tax year, the taxable income (after any R&amp;D extra deduction), the industry condition,
   *     the averaged employees and total assets, and the options
   * @return the explained result: tax due, standard tax, relief, rates applied
   * @throws InvalidInputException if an argument is null or the tax year has no rules (field {@code taxYear})
   */
  public SmallLowProfitResult explainTaxDue(SmallLowProfitMeasure measure, SmallLowProfitAveragesRequest request) {
    return explainTaxDue(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the explained income tax for a tax year from averaged facts: the building block of a firm-year view.
   * A missing fact gives an undetermined verdict naming {@code /restrictedOrProhibitedIndustry},
   * {@code /averageEmployees} or {@code /averageTotalAssets}.
   *
   * @param measure  the measure
   * @param request  the tax year, the taxable income (after any R&amp;D extra deduction), the industry condition,
   *     the averaged employees and total assets, and the options
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result: tax due, standard tax, relief, rates applied
   * @throws InvalidInputException if an argument is null or the tax year has no rules (field {@code taxYear})
   */
  public SmallLowProfitResult explainTaxDue(SmallLowProfitMeasure measure, SmallLowProfitAveragesRequest request,
      ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Args.notNull(request, "request");
    SmallLowProfitResult result = evaluate(measure, request.taxYear(), request.taxableIncome(), request.facts(),
        request.effectiveOptions(), true, false).result(measure);
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("tax.small-low-profit.tax-due-averages", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the tax on a request's taxable income at the standard rate (25%, 企业所得税法 第四条) with no relief:
   * the figure the relief is measured against, rounded by the request's options. A firm-year view uses it for the
   * taxable income before the R&amp;D extra deduction.
   *
   * @param measure  the measure
   * @param request  the taxable income and the options (only the rounding is read; the tax year and the facts are not)
   * @return the standard-rate tax in CNY, rounded once (half-up to the fen by default)
   * @throws InvalidInputException if an argument is null, naming it
   */
  public MonetaryAmount standardTax(SmallLowProfitMeasure measure, SmallLowProfitRequest request) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    BigDecimal income = Cny.notNegativeYuan(request.taxableIncome(), "taxableIncome");
    return Cny.of(standardTax(measure, income, request.effectiveOptions().rounding()
        .orElse(measure.rounding().value())));
  }

  /**
   * Calculates the tax on a taxable income at the standard rate (25%, 企业所得税法 第四条) with no relief, rounded by
   * the measure's rounding: the figure a relief is measured against, as the R&amp;D evaluator does.
   *
   * @param measure  the measure
   * @param taxableIncome  the taxable income, CNY, not negative
   * @return the standard-rate tax in CNY, rounded once (half-up to the fen by default)
   * @throws InvalidInputException if an argument is null or the income negative or not CNY, naming it
   */
  public MonetaryAmount standardTax(SmallLowProfitMeasure measure, MonetaryAmount taxableIncome) {
    Args.notNull(measure, "measure");
    BigDecimal income = Cny.notNegativeYuan(taxableIncome, "taxableIncome");
    return Cny.of(standardTax(measure, income, measure.rounding().value()));
  }

  /**
   * Calculates the income tax for a tax year from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link SmallLowProfitRequest} as JSON
   * @return a {@link SmallLowProfitResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, or the tax year has no rules, naming the JSON
   *     Pointer of the culprit (such as {@code /quarters/0/employeesAtEnd} or {@code /taxYear})
   */
  public String explainTaxDueJson(SmallLowProfitMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    SmallLowProfitRequest request = HuiqiJson.read(requestJson, SmallLowProfitRequest.class);
    try {
      return HuiqiJson.write(explainTaxDue(measure, request));
    } catch (InvalidInputException ex) {
      throw ex.at("");
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the amount payable for a quarterly prepayment under the cumulative method (本期应补(退)所得税额).
   *
   * @param measure  the measure
   * @param request  the figures to date and the tax already prepaid
   * @return the amount payable this quarter in CNY: zero or more under the default treatment, negative for a refund
   *     under {@link SmallLowProfitNegativePrepayment#REFUND}
   * @throws InvalidInputException if an argument is null or the tax year has no rules (field {@code taxYear})
   * @throws MissingFactsException if the amount payable depends on facts the request does not give
   */
  public MonetaryAmount prepaymentPayable(SmallLowProfitMeasure measure,
      SmallLowProfitPrepaymentRequest request) {
    return exact(prepayment(measure, request, false).payable);
  }

  /**
   * Calculates a quarterly prepayment with the tax due to date explained.
   *
   * @param measure  the measure
   * @param request  the figures to date and the tax already prepaid
   * @return the explained prepayment
   * @throws InvalidInputException if an argument is null or the tax year has no rules (field {@code taxYear})
   */
  public SmallLowProfitPrepaymentResult explainPrepaymentPayable(SmallLowProfitMeasure measure,
      SmallLowProfitPrepaymentRequest request) {
    Prepayment p = prepayment(measure, request, true);
    SmallLowProfitResult toDate = p.toDate.result(measure);
    SmallLowProfitPrepaymentResult result = new SmallLowProfitPrepaymentResult(request.throughQuarter(), toDate,
        request.alreadyPrepaid(), p.treatment, p.payable.range, p.credit);
    // the result's one explanation is that of the year to date, which therefore carries the prepayment's receipt
    return new SmallLowProfitPrepaymentResult(request.throughQuarter(), toDate.withReceipt(CalculatorReceipts.issue(
        "tax.small-low-profit.prepayment-payable", List.of(measure), request, Optional.empty(), result)),
        request.alreadyPrepaid(), p.treatment, p.payable.range, p.credit);
  }

  /**
   * Calculates a quarterly prepayment from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link SmallLowProfitPrepaymentRequest} as JSON
   * @return a {@link SmallLowProfitPrepaymentResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, or the tax year has no rules, naming the JSON
   *     Pointer of the culprit (such as {@code /quarters/1/quarter})
   */
  public String explainPrepaymentPayableJson(SmallLowProfitMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    SmallLowProfitPrepaymentRequest request = HuiqiJson.read(requestJson, SmallLowProfitPrepaymentRequest.class);
    try {
      return HuiqiJson.write(explainPrepaymentPayable(measure, request));
    } catch (InvalidInputException ex) {
      throw ex.at("");
    }
  }

  //-------------------------------------------------------------------------
  private static MonetaryAmount exact(AmountRange range, Evaluation evaluation) {
    if (!range.isExact()) {
      throw new MissingFactsException(evaluation.eligibility.missingFacts());
    }
    return range.maximum();
  }

  private static MonetaryAmount exact(Amounts amounts) {
    return exact(amounts.range, amounts.evaluation);
  }

  private Prepayment prepayment(SmallLowProfitMeasure measure, SmallLowProfitPrepaymentRequest request,
      boolean explain) {
    Args.notNull(request, "request");
    SmallLowProfitOptions options = request.effectiveOptions();
    Evaluation toDate = evaluate(measure, request.taxYear(), request.cumulativeTaxableIncome(), request.facts(),
        options, explain, true);
    Optional<SmallLowProfitNegativePrepayment> chosen = options.negativePrepayment();
    SmallLowProfitNegativePrepayment treatment = chosen.orElse(measure.negativePrepayment().value());
    Citation cite = measure.negativePrepayment().citation();
    BigDecimal prepaid = Cny.yuan(request.alreadyPrepaid(), "alreadyPrepaid");
    BigDecimal dueMin = Cny.yuan(toDate.taxDue.minimum(), "taxDue");
    BigDecimal dueMax = Cny.yuan(toDate.taxDue.maximum(), "taxDue");
    BigDecimal diffMin = dueMin.subtract(prepaid);
    BigDecimal diffMax = dueMax.subtract(prepaid);
    StepTrace steps = toDate.steps;
    steps.add(() -> new InputStep(LocalizedText.of("本年已预缴所得税额", "tax already prepaid this year"),
        prepaid.toPlainString()));
    steps.add(() -> new CalculationStep(LocalizedText.of("累计应纳所得税额减已预缴所得税额",
        "tax due to date less tax already prepaid"), range(dueMin, dueMax) + " − " + prepaid.toPlainString(), diffMax,
        cite));
    if (diffMin.signum() < 0) {
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("本期应补（退）所得税额为负时的处理",
          "treatment of a negative prepayment"), treatment.name(), chosen.isPresent(), cite));
    }
    BigDecimal payMin = payable(diffMin, treatment);
    BigDecimal payMax = payable(diffMax, treatment);
    BigDecimal creditMin = credit(diffMax, treatment);
    BigDecimal creditMax = credit(diffMin, treatment);
    steps.add(() -> new CalculationStep(LocalizedText.of("本期应补（退）所得税额", "amount payable this quarter"),
        treatment == SmallLowProfitNegativePrepayment.REFUND ? "difference, negative = refund"
            : "max(difference, 0); the excess " + range(creditMin, creditMax) + " waits for the annual settlement",
        payMax, cite));
    return new Prepayment(toDate, treatment, new Amounts(new AmountRange(Cny.of(payMin), Cny.of(payMax)), toDate),
        new AmountRange(Cny.of(creditMin), Cny.of(creditMax)));
  }

  private static BigDecimal payable(BigDecimal difference, SmallLowProfitNegativePrepayment treatment) {
    return difference.signum() >= 0 || treatment == SmallLowProfitNegativePrepayment.REFUND ? difference
        : BigDecimal.ZERO.setScale(difference.scale());
  }

  private static BigDecimal credit(BigDecimal difference, SmallLowProfitNegativePrepayment treatment) {
    return difference.signum() < 0 && treatment == SmallLowProfitNegativePrepayment.CARRY_TO_ANNUAL_SETTLEMENT
        ? difference.negate() : BigDecimal.ZERO.setScale(difference.scale());
  }

  private static String range(BigDecimal min, BigDecimal max) {
    return min.compareTo(max) == 0 ? min.toPlainString() : "[" + min.toPlainString() + ", " + max.toPlainString()
        + "]";
  }

  /**
   * Evaluates a tax year: the one path of the plain forms (no explanation steps) and the explaining form. The
   * evaluator of an enterprise profile calls it too.
   */
  Evaluation evaluate(SmallLowProfitMeasure measure, int taxYear, MonetaryAmount taxableIncome,
      SmallLowProfitFacts facts, SmallLowProfitOptions options, boolean explain, boolean fromQuarters) {
    Args.notNull(measure, "measure");
    BigDecimal income = Cny.notNegativeYuan(taxableIncome, "taxableIncome");
    Args.notNull(facts, "facts");
    Args.notNull(options, "options");
    SmallLowProfitRates row = measure.findRates(taxYear).orElseThrow(() -> noRules(measure, taxYear));
    Optional<MoneyRounding> roundingOption = options.rounding();
    MoneyRounding rounding = roundingOption.orElse(measure.rounding().value());
    StepTrace steps = new StepTrace(explain);
    // the instrument in force in the tax year, which states the four conditions (register §4.6 item 113)
    Citation definition = measure.definitionFor(row);
    Citation incomeLimitCite = row.definition().orElse(measure.taxableIncomeLimit().citation());

    steps.add(() -> new InputStep(LocalizedText.of("纳税年度", "tax year"), String.valueOf(taxYear)));
    steps.add(() -> new InputStep(LocalizedText.of("应纳税所得额", "taxable income"), income.toPlainString()));
    steps.add(() -> new ConditionStep(LocalizedText.of("纳税年度在税率表的一行内", "tax year within a row of the "
        + "rate table"), ConditionOutcome.MET, taxYear + " ⊂ " + row.taxYears(), row.lowerSliceRate().citation()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("应纳所得税额的舍入", "rounding of the tax due"),
        rounding.toString(), roundingOption.isPresent(), measure.rounding().citation()));

    Eligibility.Collector collector = new Eligibility.Collector();
    industry(facts.restrictedOrProhibitedIndustry(), definition, collector, steps);
    BigDecimal incomeLimit = Cny.yuan(measure.taxableIncomeLimit().value(), "taxableIncomeLimit");
    boolean incomeWithin = income.compareTo(incomeLimit) <= 0;
    LocalizedText incomeText = steps.enabled() ? LocalizedText.of("年度应纳税所得额不超过" + incomeLimit.toPlainString()
        + "元", "annual taxable income at most " + incomeLimit.toPlainString()) : PLAIN_FORM_TEXT;
    Reason incomeReason = new Reason(incomeWithin ? "taxable-income-within-limit" : "taxable-income-above-limit",
        incomeText, incomeLimitCite);
    record(collector, incomeWithin, incomeReason);
    steps.add(() -> new ConditionStep(incomeReason.message(), incomeWithin ? ConditionOutcome.MET
        : ConditionOutcome.NOT_MET, compare(income, incomeLimit), incomeLimitCite));
    BigDecimal employeeLimit = BigDecimal.valueOf(measure.employeeLimit().value());
    average(facts.averageEmployees(), employeeLimit, "employees", "从业人数", "人", fromQuarters ? QUARTERS_FACT
        : EMPLOYEES_FACT, row.definition().orElse(measure.employeeLimit().citation()), collector, steps);
    BigDecimal assetsLimit = Cny.yuan(measure.totalAssetsLimit().value(), "totalAssetsLimit");
    average(facts.averageTotalAssets(), assetsLimit, "total-assets", "资产总额", "元", fromQuarters ? QUARTERS_FACT
        : ASSETS_FACT, row.definition().orElse(measure.totalAssetsLimit().citation()), collector, steps);
    Eligibility eligibility = collector.verdict();

    Rate standard = measure.standardRate().value();
    BigDecimal standardTax = standardTax(measure, income, rounding);
    steps.add(() -> new CalculationStep(LocalizedText.of("按标准税率计算的应纳所得税额", "tax at the standard rate"),
        income.toPlainString() + " × " + standard + ", rounded " + rounding, standardTax,
        measure.standardRate().citation()));
    BigDecimal relievedTax = standardTax;
    if (incomeWithin) {
      relievedTax = relievedTax(measure, row, income, rounding, steps);
    }
    BigDecimal dueMin = eligibility.verdict() == Verdict.INELIGIBLE ? standardTax : relievedTax;
    BigDecimal dueMax = eligibility.verdict() == Verdict.ELIGIBLE ? relievedTax : standardTax;
    steps.add(() -> new CalculationStep(LocalizedText.of("应纳所得税额", "tax due"), eligibility.verdict()
        + ": " + range(dueMin, dueMax), dueMax, eligibility.verdict() == Verdict.INELIGIBLE
        ? measure.standardRate().citation() : row.upperSliceRate().citation()));
    BigDecimal reliefMin = standardTax.subtract(dueMax);
    BigDecimal reliefMax = standardTax.subtract(dueMin);
    steps.add(() -> new CalculationStep(LocalizedText.of("减免所得税额", "relief"), standardTax.toPlainString()
        + " − " + range(dueMin, dueMax), reliefMax, definition));
    return new Evaluation(taxYear, income, facts, row, eligibility,
        new AmountRange(Cny.of(dueMin), Cny.of(dueMax)), Cny.of(standardTax),
        new AmountRange(Cny.of(reliefMin), Cny.of(reliefMax)), steps);
  }

  private static BigDecimal standardTax(SmallLowProfitMeasure measure, BigDecimal income,
      MoneyRounding rounding) {
    return rounding.round(measure.standardRate().value().applyTo(income));
  }

  private static BigDecimal relievedTax(SmallLowProfitMeasure measure, SmallLowProfitRates row,
      BigDecimal income, MoneyRounding rounding, StepTrace steps) {
    BigDecimal boundary = Cny.yuan(measure.sliceBoundary().value(), "sliceBoundary");
    BigDecimal lowerPart = income.min(boundary);
    BigDecimal upperPart = income.subtract(boundary).max(BigDecimal.ZERO);
    Rate r1 = row.lowerSliceRate().value();
    Rate r2 = row.upperSliceRate().value();
    BigDecimal lowerTax = r1.applyTo(lowerPart);
    BigDecimal upperTax = r2.applyTo(upperPart);
    steps.add(() -> new CalculationStep(LocalizedText.of("不超过" + boundary.toPlainString() + "元部分的所得税",
        "tax on the part up to " + boundary.toPlainString()), lowerPart.toPlainString() + " × " + r1, lowerTax,
        row.lowerSliceRate().citation()));
    steps.add(() -> new CalculationStep(LocalizedText.of("超过" + boundary.toPlainString() + "元部分的所得税",
        "tax on the part above " + boundary.toPlainString()), upperPart.toPlainString() + " × " + r2, upperTax,
        row.upperSliceRate().citation()));
    BigDecimal exact = lowerTax.add(upperTax);
    BigDecimal rounded = rounding.round(exact);
    steps.add(() -> new RoundingStep(exact, rounded, rounding, measure.rounding().citation()));
    return rounded;
  }

  private static void industry(Optional<Boolean> restricted, Citation definition, Eligibility.Collector collector,
      StepTrace steps) {
    LocalizedText text = LocalizedText.of("从事国家非限制和禁止行业", "industry not restricted or prohibited");
    if (restricted.isEmpty()) {
      collector.unknown(INDUSTRY_FACT, new Reason("industry-not-restricted", text, definition));
      steps.add(() -> new ConditionStep(text, ConditionOutcome.UNKNOWN, "restrictedOrProhibitedIndustry not given",
          definition));
      return;
    }
    boolean ok = !restricted.get();
    record(collector, ok, new Reason(ok ? "industry-not-restricted" : "industry-restricted-or-prohibited", text,
        definition));
    steps.add(() -> new ConditionStep(text, ok ? ConditionOutcome.MET : ConditionOutcome.NOT_MET,
        "restrictedOrProhibitedIndustry = " + restricted.get(), definition));
  }

  private static void average(Optional<QuarterlyAverage> average, BigDecimal limit, String code, String zh,
      String zhUnit, String fact, Citation citation, Eligibility.Collector collector, StepTrace steps) {
    LocalizedText text = steps.enabled() ? LocalizedText.of(zh + "季度平均值不超过" + limit.toPlainString() + zhUnit,
        "average " + code.replace('-', ' ') + " at most " + limit.toPlainString()) : PLAIN_FORM_TEXT;
    if (average.isEmpty()) {
      collector.unknown(fact, new Reason(code + "-within-limit", text, citation));
      steps.add(() -> new ConditionStep(text, ConditionOutcome.UNKNOWN, fact.substring(1) + " not given", citation));
      return;
    }
    boolean within = average.get().isAtMost(limit);
    record(collector, within, new Reason(code + (within ? "-within-limit" : "-above-limit"), text, citation));
    steps.add(() -> new ConditionStep(text, within ? ConditionOutcome.MET : ConditionOutcome.NOT_MET,
        average.get() + (within ? " ≤ " : " > ") + limit.toPlainString(), citation));
  }

  private static void record(Eligibility.Collector collector, boolean met, Reason reason) {
    if (met) {
      collector.met(reason);
    } else {
      collector.failed(reason);
    }
  }

  private static String compare(BigDecimal amount, BigDecimal limit) {
    return amount.toPlainString() + (amount.compareTo(limit) <= 0 ? " ≤ " : " > ") + limit.toPlainString();
  }

  private static InvalidInputException noRules(SmallLowProfitMeasure measure, int taxYear) {
    List<SmallLowProfitRates> rows = measure.rates();
    return new InvalidInputException("taxYear", taxYear, "must be a tax year the measure has rules for: "
        + rows.get(0).firstYear() + ".." + rows.get(rows.size() - 1).lastYear() + " in rows "
        + rows.stream().map(r -> r.taxYears().toString()).toList());
  }

  //-------------------------------------------------------------------------

  /** An amount with the evaluation it came from, so a plain form can name the missing facts. */
  private record Amounts(AmountRange range, Evaluation evaluation) {
  }

  private record Prepayment(Evaluation toDate, SmallLowProfitNegativePrepayment treatment, Amounts payable,
      AmountRange credit) {
  }

  /**
   * The year, income, facts, rate row, verdict, tax due, standard tax, relief and steps of an evaluation. In the plain
   * form the verdict's reasons carry their codes and citations, and the limits' texts only in the explaining form.
   */
  record Evaluation(int taxYear, BigDecimal income, SmallLowProfitFacts facts, SmallLowProfitRates row,
      Eligibility eligibility, AmountRange taxDue, MonetaryAmount standardTax, AmountRange relief, StepTrace steps) {

    SmallLowProfitResult result(SmallLowProfitMeasure measure) {
      return new SmallLowProfitResult(measure.id(), measure.documentStatus(), taxYear, eligibility,
          Cny.of(income), facts.averageEmployees(), facts.averageTotalAssets(), row.taxYears(),
          row.lowerSliceRate().value(), row.upperSliceRate().value(), measure.standardRate().value(), taxDue,
          standardTax, relief, new Explanation(List.copyOf(steps.list())));
    }
  }
}
