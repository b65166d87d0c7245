package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
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
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates an enrolled technology-based SME's 贴息贴保 subsidy for one year's claim, such as Shenzhen's under
 * 深工信〔2023〕26号 第13条 and the 2020 办法 第十四条.
 * <p>
 * The enterprise qualifies when it is an enrolled (入库) 科技型中小企业. Each item earns, rounded half-up to the fen once:
 * <pre>
 *   interest:  paid × (uplifted ratio × days in window + base ratio × days outside) ÷ days of the accrual period
 *   fee:       50% × guarantee fee paid          premium:  50% × guarantee-insurance premium paid
 * </pre>
 * where the base ratio is 50% (70% for a first-time borrower) and the uplifted ratio
 * {@code min(base + 30 percentage points, 80%)}. "Days" are the year-fraction numerators of the parts under the
 * split day count (actual days under the default ACT/360). Under the {@link TechSmeAccrualBasis#PAID_IN_WINDOW}
 * option an item is uplifted whole when paid in the window. Then the caps, in this order: guarantee-fee subsidies
 * at most 300,000 a year, premium subsidies at most 500,000 a year, all items at most 1,000,000 a year, and at most
 * what remains of 3,000,000 over the programme after {@code programmeTotalReceived}. Each cap is allocated to items
 * in payment-date order.
 * <p>
 * The plain form {@link #subsidy} returns the amount; the explaining form {@link #explainSubsidy} returns the
 * verdict, the ratios, the subtotals, the binding caps, each item's part and an explanation citing each clause.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * TechSmeMeasure measure = data.getMeasure(TechSmeMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * TechSmeRequest request = HuiqiJson.read(requestJson, TechSmeRequest.class);
 * MonetaryAmount subsidy = TechSmeCalculator.DEFAULT.subsidy(measure, request);
 * TechSmeResult explained = TechSmeCalculator.DEFAULT.explainSubsidy(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = TechSmeCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class TechSmeCalculator {

  /** The calculator. */
  public static final TechSmeCalculator DEFAULT = new TechSmeCalculator();

  static final LocalizedText FEE_CAP = LocalizedText.of("担保费资助每年上限", "guarantee-fee cap per year");
  static final LocalizedText PREMIUM_CAP = LocalizedText.of("贷款保证保险费资助每年上限",
      "guarantee-insurance premium cap per year");
  static final LocalizedText ANNUAL_CAP = LocalizedText.of("每家企业每年资助总额上限",
      "cap per enterprise per year, all items");
  static final LocalizedText PROGRAMME_CAP = LocalizedText.of("办法有效期内每家企业资助总额上限（扣除已获资助）",
      "cap per enterprise over the programme, less what was received");
  /** How an unrounded amount is shown in the explanation: 8 decimals, for reading only. */
  private static final MoneyRounding DISPLAY = new MoneyRounding(8, RoundingMode.HALF_UP);

  private TechSmeCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the enterprise's subsidy for the claim.
   * <p>
   * The fast form: it builds no texts and no explanation.
   *
   * @param measure  the measure, such as the built-in {@link TechSmeMeasure#SHENZHEN_2023}
   * @param request  the enterprise, its items and the options
   * @return the subsidy in CNY, whole fen; zero if the enterprise is not eligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the amount depends on facts the request does not give
   */
  public MonetaryAmount subsidy(TechSmeMeasure measure, TechSmeRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (!e.amount.isExact()) {
      throw new MissingFactsException(e.eligibility.missingFacts());
    }
    return e.amount.maximum();
  }

  /**
   * Calculates the enterprise's subsidy with its verdict, ratios, subtotals, binding caps, items and explanation.
   *
   * @param measure  the measure
   * @param request  the enterprise, its items and the options
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public TechSmeResult explainSubsidy(TechSmeMeasure measure, TechSmeRequest request) {
    return explainSubsidy(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the enterprise's subsidy with its verdict, ratios, subtotals, binding caps, items and explanation.
   *
   * @param measure  the measure
   * @param request  the enterprise, its items and the options
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public TechSmeResult explainSubsidy(TechSmeMeasure measure, TechSmeRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Evaluation e = evaluate(measure, request, true);
    Optional<Boolean> firstTime = request.enterprise().firstTimeBorrower();
    TechSmeResult result = new TechSmeResult(measure.id(), measure.documentStatus(), e.eligibility,
        firstTime.map(measure::baseRatio), firstTime.map(measure::upliftedRatio), e.interest, e.fees, e.premiums,
        e.amount, e.best.bindingLimits, e.items, new Explanation(e.steps.list()));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("financing.tech-sme.subsidy", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link TechSmeRequest} as JSON
   * @return a {@link TechSmeResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit
   */
  public String explainSubsidyJson(TechSmeMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    TechSmeRequest request = HuiqiJson.read(requestJson, TechSmeRequest.class);
    return HuiqiJson.write(explainSubsidy(measure, request));
  }

  //-------------------------------------------------------------------------
  /** The one evaluation behind both forms; package-private for the family's evaluator. */
  Evaluation evaluate(TechSmeMeasure measure, TechSmeRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    TechSmeOptions options = request.effectiveOptions();
    TechSmeAccrualBasis basis = options.accrualBasis().orElse(measure.accrualBasis().value());
    DayCount dayCount = options.splitDayCount().orElse(measure.splitDayCount().value());
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("“2023年期间产生的利息”的口径", "which interest arises in the window"),
        basis.name(), options.accrualBasis().isPresent(), measure.accrualBasis().citation()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("跨窗口计息期的拆分计息基础", "day count splitting a straddling period"),
        dayCount.code(), options.splitDayCount().isPresent(), measure.splitDayCount().citation()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("每项资助的舍入", "rounding of each item's subsidy"),
        measure.rounding().value().toString(), false, measure.rounding().citation()));

    EnterpriseFacts firm = request.enterprise();
    Eligibility.Collector collector = new Eligibility.Collector();
    TracedCondition enrolled = enrolmentCondition(measure, firm);
    enrolled.record(collector);
    steps.add(enrolled::step);

    Optional<Boolean> firstTime = firm.firstTimeBorrower();
    outsideValidity(measure, request, firstTime.orElse(true), collector, steps);
    Scenario best = compute(measure, request, firstTime.orElse(true), basis, dayCount, steps, firstTime.isEmpty());
    Scenario worst = best;
    // the conditions alone: whether a first-time borrower sets only the ratio, so it opens the amount, not the verdict
    Eligibility conditions = collector.verdict();
    if (firstTime.isEmpty()) {
      worst = compute(measure, request, false, basis, dayCount, new StepTrace(false), true);
      if (worst.total.compareTo(best.total) != 0) {
        collector.unknown("/enterprise/firstTimeBorrower", new Reason("first-time-borrower-ratio",
            LocalizedText.of("是否首贷户决定利息资助比例（" + measure.baseRatio(false) + " 或 " + measure.baseRatio(true) + "）",
                "whether a first-time borrower decides the interest ratio (" + measure.baseRatio(false) + " or "
                    + measure.baseRatio(true) + ")"), measure.firstTimeBorrowerInterestRatio().citation()));
      }
    }
    Eligibility eligibility = collector.verdict();
    Verdict verdict = eligibility.verdict();
    boolean enrolledKnown = firm.enrolledTechSme().isPresent();
    BigDecimal zero = BigDecimal.ZERO.setScale(measure.rounding().value().scale());
    List<TechSmeItemSubsidy> items = new ArrayList<>(best.parts.size());
    for (ItemPart part : best.parts) {
      BigDecimal computed = verdict == Verdict.INELIGIBLE ? zero : part.computed;
      BigDecimal paid = verdict == Verdict.ELIGIBLE ? part.paid : zero;
      items.add(new TechSmeItemSubsidy(part.itemId, part.kind, Optional.ofNullable(part.loanId),
          Cny.of(part.amountPaid), Cny.of(computed), Cny.of(paid)));
    }
    if (verdict == Verdict.INELIGIBLE) {
      AmountRange none = AmountRange.exactly(Cny.of(zero));
      return new Evaluation(eligibility, conditions, none, none, none, none, emptyOf(best), items, steps);
    }
    Scenario low = enrolledKnown ? worst : null;
    return new Evaluation(eligibility, conditions, range(low, best, TechSmeItemKind.INTEREST, zero),
        range(low, best, TechSmeItemKind.GUARANTEE_FEE, zero),
        range(low, best, TechSmeItemKind.INSURANCE_PREMIUM, zero),
        new AmountRange(Cny.of(low == null ? zero : low.total), Cny.of(best.total)), best, items, steps);
  }

  /**
   * The measure's one enterprise condition: an enrolled (入库) 科技型中小企业, named {@code /enterprise/enrolledTechSme}
   * when not known.
   *
   * @param measure  the measure
   * @param firm  the enterprise
   * @return the condition
   */
  static TracedCondition enrolmentCondition(TechSmeMeasure measure, EnterpriseFacts firm) {
    return TracedCondition.of(firm.enrolledTechSme(), Boolean::booleanValue, "/enterprise/enrolledTechSme",
        "enrolled-tech-sme", () -> LocalizedText.of("企业为入库科技型中小企业", "enterprise is an enrolled technology-based SME"),
        measure.enrolmentRule());
  }

  /**
   * Records the items paid outside the validity of the ratio that would pay them (the 2020 办法's, from 2020-02-28):
   * each is left out of the claim with {@code event-outside-validity}; when every item is, the claim is ineligible.
   * The payment date decides ("实际支付利息" / "实际支付的担保费").
   */
  private static void outsideValidity(TechSmeMeasure measure, TechSmeRequest request, boolean firstTime,
      Eligibility.Collector collector, StepTrace steps) {
    List<TracedCondition> outside = new ArrayList<>();
    Parameter<Rate> interestRatio = firstTime ? measure.firstTimeBorrowerInterestRatio() : measure.interestRatio();
    for (int i = 0; i < request.interest().size(); i++) {
      LocalDate paid = request.interest().get(i).paymentDate();
      if (!EventValidity.within(interestRatio, paid)) {
        outside.add(EventValidity.outside(interestRatio, paid, "/interest/" + i + "/paymentDate", "利息支付日期",
            "interest payment date"));
      }
    }
    feesOutside(outside, request.guaranteeFees(), measure.guaranteeFeeRatio(), "/guaranteeFees/", "担保费支付日期",
        "guarantee-fee payment date");
    feesOutside(outside, request.insurancePremiums(), measure.insurancePremiumRatio(), "/insurancePremiums/",
        "保证保险费支付日期", "premium payment date");
    int items = request.interest().size() + request.guaranteeFees().size() + request.insurancePremiums().size();
    for (TracedCondition condition : outside) {
      if (outside.size() == items) {
        condition.record(collector);
      } else {
        // the other items are claimed: this one is left out, its reason kept beside the verdict's
        collector.met(condition.failedReason());
      }
      steps.add(condition::step);
    }
  }

  private static void feesOutside(List<TracedCondition> outside, List<TechSmeFeePayment> payments,
      Parameter<Rate> ratio, String at, String zh, String en) {
    for (int i = 0; i < payments.size(); i++) {
      LocalDate paid = payments.get(i).paymentDate();
      if (!EventValidity.within(ratio, paid)) {
        outside.add(EventValidity.outside(ratio, paid, at + i + "/paymentDate", zh, en));
      }
    }
  }

  private static Scenario emptyOf(Scenario best) {
    return new Scenario(best.parts, BigDecimal.ZERO, List.of());
  }

  /**
   * One kind's subtotal over the two answers to the first-time-borrower question. The total is the least under the
   * lower ratio, but a kind's subtotal need not be: a cap shared by all items, allocated in payment order, leaves
   * more to a fee paid after the interest when the interest earns less, so each bound is the lesser and the greater
   * of the two subtotals (decisions register §4.6 item 62).
   */
  private static AmountRange range(Scenario low, Scenario high, TechSmeItemKind kind, BigDecimal zero) {
    BigDecimal most = high.paidOf(kind, zero);
    if (low == null) {
      return new AmountRange(Cny.of(zero), Cny.of(most));
    }
    BigDecimal other = low.paidOf(kind, zero);
    return new AmountRange(Cny.of(other.min(most)), Cny.of(other.max(most)));
  }

  /** Computes every item and cap for one answer to the first-time-borrower question. */
  private Scenario compute(TechSmeMeasure measure, TechSmeRequest request, boolean firstTime,
      TechSmeAccrualBasis basis, DayCount dayCount, StepTrace steps, boolean assumed) {
    MoneyRounding rounding = measure.rounding().value();
    Rate base = measure.baseRatio(firstTime);
    Rate uplifted = measure.upliftedRatio(firstTime);
    Parameter<Rate> baseParameter = firstTime ? measure.firstTimeBorrowerInterestRatio() : measure.interestRatio();
    if (!request.interest().isEmpty()) {
      steps.add(() -> new InputStep(assumed ? LocalizedText.of("首贷户（未提供：按有利情形计）",
          "first-time borrower (not given: the favourable case is shown)")
          : LocalizedText.of("首贷户", "first-time borrower"), String.valueOf(firstTime)));
      steps.add(() -> CalculationStep.ofRate(LocalizedText.of("窗口外利息资助比例", "interest ratio outside the window"),
          base.toString(), base, baseParameter.citation()));
      steps.add(() -> CalculationStep.ofRate(LocalizedText.of("窗口内利息资助比例：提高" + measure.upliftPoints().value()
          .percent().toPlainString() + "个百分点，最高 " + measure.ceiling().value(), "interest ratio in the window: "
          + measure.upliftPoints().value().percent().toPlainString() + " points added, at most "
          + measure.ceiling().value()), "min(" + base + " + " + measure.upliftPoints().value() + ", "
          + measure.ceiling().value() + ")", uplifted, measure.upliftPoints().citation()));
    }
    List<ItemPart> parts = new ArrayList<>();
    DateRange window = measure.upliftWindow().value();
    for (int i = 0; i < request.interest().size(); i++) {
      parts.add(interestPart(measure, request.interest().get(i), i, base, uplifted, baseParameter, window, basis,
          dayCount, rounding, steps));
    }
    addFees(parts, request.guaranteeFees(), TechSmeItemKind.GUARANTEE_FEE, measure.guaranteeFeeRatio(), rounding,
        measure, steps);
    addFees(parts, request.insurancePremiums(), TechSmeItemKind.INSURANCE_PREMIUM, measure.insurancePremiumRatio(),
        rounding, measure, steps);
    return applyCaps(measure, request, parts, steps);
  }

  private ItemPart interestPart(TechSmeMeasure measure, TechSmeInterestItem item, int index, Rate base,
      Rate uplifted, Parameter<Rate> baseParameter, DateRange window, TechSmeAccrualBasis basis, DayCount dayCount,
      MoneyRounding rounding, StepTrace steps) {
    BigDecimal paid = Cny.notNegativeYuan(item.interestPaid(), "/interest/" + index + "/interestPaid");
    steps.add(() -> new InputStep(LocalizedText.of("利息 " + item.itemId() + "（贷款 " + item.loanId() + "）",
        "interest " + item.itemId() + " (loan " + item.loanId() + ")"), paid.toPlainString() + " CNY, "
        + item.accrualStart() + " → " + item.accrualEnd() + ", paid " + item.paymentDate()));
    if (!EventValidity.within(baseParameter, item.paymentDate())) {
      // paid outside the validity of the ratio that would pay it: left out of the claim (reported by evaluate)
      return new ItemPart(item.itemId(), TechSmeItemKind.INTEREST, item.loanId(), index, item.paymentDate(), paid,
          BigDecimal.ZERO.setScale(rounding.scale()));
    }
    long inside;
    long total;
    if (basis == TechSmeAccrualBasis.PAID_IN_WINDOW) {
      inside = window.contains(item.paymentDate()) ? 1 : 0;
      total = 1;
    } else {
      LocalDate windowStart = window.start();
      LocalDate windowEnd = window.end().orElseThrow().plusDays(1);
      LocalDate start = item.accrualStart();
      LocalDate end = item.accrualEnd();
      LocalDate inStart = max(start, windowStart);
      LocalDate inEnd = min(end, windowEnd);
      inside = inStart.isBefore(inEnd) ? dayCount.yearFraction(inStart, inEnd).days() : 0;
      long before = start.isBefore(windowStart) ? dayCount.yearFraction(start, min(end, windowStart)).days() : 0;
      long after = end.isAfter(windowEnd) ? dayCount.yearFraction(max(start, windowEnd), end).days() : 0;
      total = before + inside + after;
      if (inside > 0) {
        steps.add(() -> new PeriodStep(LocalizedText.of("利息 " + item.itemId() + " 在窗口内的计息期",
            "accrual of interest " + item.itemId() + " within the window"), inStart, inEnd, dayCount,
            dayCount.yearFraction(inStart, inEnd), measure.upliftWindow().citation()));
      }
    }
    BigDecimal weighted = uplifted.applyTo(BigDecimal.valueOf(inside)).add(base.applyTo(BigDecimal.valueOf(total
        - inside)));
    BigDecimal numerator = paid.multiply(weighted);
    BigDecimal divisor = BigDecimal.valueOf(total);
    BigDecimal computed = numerator.divide(divisor, rounding.scale(), rounding.mode());
    long in = inside;
    long all = total;
    steps.add(() -> new CalculationStep(LocalizedText.of("利息 " + item.itemId() + " 资助（舍入前）",
        "subsidy on interest " + item.itemId() + " before rounding"), paid.toPlainString() + " × (" + uplifted
        + " × " + in + " + " + base + " × " + (all - in) + ") ÷ " + all, numerator.divide(divisor, DISPLAY.scale(),
        DISPLAY.mode()), in > 0 ? measure.upliftPoints().citation() : baseParameter.citation()));
    steps.add(() -> new RoundingStep(numerator.divide(divisor, DISPLAY.scale(), DISPLAY.mode()), computed, rounding,
        measure.rounding().citation()));
    return new ItemPart(item.itemId(), TechSmeItemKind.INTEREST, item.loanId(), index, item.paymentDate(), paid,
        computed);
  }

  private static void addFees(List<ItemPart> parts, List<TechSmeFeePayment> payments, TechSmeItemKind kind,
      Parameter<Rate> ratio, MoneyRounding rounding, TechSmeMeasure measure, StepTrace steps) {
    String zh = kind == TechSmeItemKind.GUARANTEE_FEE ? "担保费 " : "贷款保证保险费 ";
    String en = kind == TechSmeItemKind.GUARANTEE_FEE ? "guarantee fee " : "guarantee-insurance premium ";
    for (int i = 0; i < payments.size(); i++) {
      TechSmeFeePayment payment = payments.get(i);
      BigDecimal paid = Cny.yuan(payment.amountPaid(), "amountPaid");   // checked by the payment
      if (!EventValidity.within(ratio, payment.paymentDate())) {
        // paid outside the ratio's validity: left out of the claim (reported by evaluate)
        parts.add(new ItemPart(payment.itemId(), kind, null, i, payment.paymentDate(), paid,
            BigDecimal.ZERO.setScale(rounding.scale())));
        continue;
      }
      BigDecimal exact = ratio.value().applyTo(paid);
      BigDecimal computed = rounding.round(exact);
      steps.add(() -> new CalculationStep(LocalizedText.of(zh + payment.itemId() + " 资助（舍入前）",
          "subsidy on " + en + payment.itemId() + " before rounding"), paid.toPlainString() + " × " + ratio.value(),
          exact, ratio.citation()));
      steps.add(() -> new RoundingStep(exact, computed, rounding, measure.rounding().citation()));
      parts.add(new ItemPart(payment.itemId(), kind, null, i, payment.paymentDate(), paid, computed));
    }
  }

  /*
   * Not EnterpriseCap: here four caps apply one after another (each kind's yearly cap, then the yearly cap on all
   * items, then what is left of the programme cap), each reducing what the previous one left; items are ordered by
   * payment date then kind; and the enterprise has one verdict, not one per loan to combine.
   */
  private Scenario applyCaps(TechSmeMeasure measure, TechSmeRequest request,
      List<ItemPart> parts, StepTrace steps) {
    List<ItemPart> ordered = new ArrayList<>(parts);
    ordered.sort(Comparator.comparing((ItemPart part) -> part.paymentDate)
        .thenComparing(part -> part.kind).thenComparingInt(part -> part.index));
    for (ItemPart part : parts) {
      part.paid = part.computed;
    }
    List<BindingLimit> binding = new ArrayList<>(4);
    capKind(ordered, TechSmeItemKind.GUARANTEE_FEE, "guarantee-fee-cap-per-year", FEE_CAP,
        measure.guaranteeFeeCapPerYear(), binding, steps);
    capKind(ordered, TechSmeItemKind.INSURANCE_PREMIUM, "insurance-premium-cap-per-year", PREMIUM_CAP,
        measure.insurancePremiumCapPerYear(), binding, steps);
    BigDecimal annual = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    BigDecimal sum = sumPaid(ordered);
    BigDecimal afterAnnual = allocate(ordered, annual);
    steps.add(() -> new CapStep(ANNUAL_CAP, annual, sum, afterAnnual, measure.capPerEnterprisePerYear().citation()));
    if (sum.compareTo(annual) > 0) {
      binding.add(new BindingLimit("cap-per-enterprise-per-year", ANNUAL_CAP, measure.capPerEnterprisePerYear().value(),
          measure.capPerEnterprisePerYear().citation()));
    }
    BigDecimal programme = Cny.positiveYuan(measure.capPerEnterpriseOverProgramme().value(),
        "capPerEnterpriseOverProgramme");
    BigDecimal received = Cny.notNegativeYuan(request.programmeTotalReceived(), "/programmeTotalReceived");
    BigDecimal remaining = programme.subtract(received).max(BigDecimal.ZERO);
    steps.add(() -> new CalculationStep(LocalizedText.of("办法有效期内剩余可获资助", "left of the programme cap"),
        "max(0, " + programme.toPlainString() + " − " + received.toPlainString() + ")", remaining,
        measure.capPerEnterpriseOverProgramme().citation()));
    BigDecimal total = allocate(ordered, remaining);
    steps.add(() -> new CapStep(PROGRAMME_CAP, remaining, afterAnnual, total,
        measure.capPerEnterpriseOverProgramme().citation()));
    if (afterAnnual.compareTo(remaining) > 0) {
      binding.add(new BindingLimit("cap-per-enterprise-over-programme", PROGRAMME_CAP, Cny.of(remaining),
          measure.capPerEnterpriseOverProgramme().citation()));
    }
    return new Scenario(parts, total, binding);
  }

  /** Caps the items of one kind at the kind's yearly cap, allocating the cap in payment order. */
  private static void capKind(List<ItemPart> ordered, TechSmeItemKind kind, String code, LocalizedText name,
      Parameter<MonetaryAmount> cap, List<BindingLimit> binding, StepTrace steps) {
    List<ItemPart> ofKind = new ArrayList<>();
    for (ItemPart part : ordered) {
      if (part.kind == kind) {
        ofKind.add(part);
      }
    }
    if (ofKind.isEmpty()) {
      return;
    }
    BigDecimal limit = Cny.positiveYuan(cap.value(), code);
    BigDecimal before = sumPaid(ofKind);
    BigDecimal after = allocate(ofKind, limit);
    steps.add(() -> new CapStep(name, limit, before, after, cap.citation()));
    if (before.compareTo(limit) > 0) {
      binding.add(new BindingLimit(code, name, cap.value(), cap.citation()));
    }
  }

  /** Reduces the items' paid amounts, in order, so that they add up to at most the limit; returns the new sum. */
  private static BigDecimal allocate(List<ItemPart> ordered, BigDecimal limit) {
    BigDecimal remaining = limit;
    BigDecimal sum = BigDecimal.ZERO;
    for (ItemPart part : ordered) {
      part.paid = part.paid.min(remaining);
      remaining = remaining.subtract(part.paid);
      sum = sum.add(part.paid);
    }
    return sum;
  }

  private static BigDecimal sumPaid(List<ItemPart> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (ItemPart part : parts) {
      sum = sum.add(part.paid);
    }
    return sum;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  //-------------------------------------------------------------------------
  /** One item's working state; {@code paid} is reduced by each cap in turn. */
  private static final class ItemPart {
    private final String itemId;
    private final TechSmeItemKind kind;
    private final String loanId;
    private final int index;
    private final LocalDate paymentDate;
    private final BigDecimal amountPaid;
    private final BigDecimal computed;
    private BigDecimal paid;

    ItemPart(String itemId, TechSmeItemKind kind, String loanId, int index, LocalDate paymentDate,
        BigDecimal amountPaid, BigDecimal computed) {
      this.itemId = itemId;
      this.kind = kind;
      this.loanId = loanId;
      this.index = index;
      this.paymentDate = paymentDate;
      this.amountPaid = amountPaid;
      this.computed = computed;
    }
  }

  /** The items and total under one answer to the first-time-borrower question. */
  static final class Scenario {
    private final List<ItemPart> parts;
    private final BigDecimal total;
    final List<BindingLimit> bindingLimits;

    Scenario(List<ItemPart> parts, BigDecimal total, List<BindingLimit> bindingLimits) {
      this.parts = parts;
      this.total = total;
      this.bindingLimits = bindingLimits;
    }

    BigDecimal paidOf(TechSmeItemKind kind, BigDecimal zero) {
      BigDecimal sum = zero;
      for (ItemPart part : parts) {
        if (part.kind == kind) {
          sum = sum.add(part.paid);
        }
      }
      return sum;
    }
  }

  /**
   * One evaluation: the calculator's verdict ({@code eligibility}, undetermined too when only the first-time-borrower
   * ratio is open) and the verdict on the measure's conditions alone ({@code conditions}: the enrolment and the
   * payments' validity, without that ratio, which changes the amount only; decisions register §4.6 item 42), the
   * ranges, the favourable scenario, the items and the steps.
   */
  record Evaluation(
      Eligibility eligibility,
      Eligibility conditions,
      AmountRange interest,
      AmountRange fees,
      AmountRange premiums,
      AmountRange amount,
      Scenario best,
      List<TechSmeItemSubsidy> items,
      StepTrace steps) {
  }
}
