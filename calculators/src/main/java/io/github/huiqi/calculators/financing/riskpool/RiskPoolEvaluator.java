package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.classification.size.SizeProfileStep;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a bank-loan risk-compensation pool, such as Shenzhen's under 深工信〔2023〕26号 第5条 ("…新增贷款（展期视同新增）
 * 的风险损失补偿比例提高30个百分点，补偿比例最高为80%"), for an enterprise profile: what the pool pays the firm's lenders on its
 * non-performing loans.
 * <p>
 * The pool pays the lending bank, not the firm: the outcome's amount is {@link AmountKind#PAYMENT_TO_LENDER} and never
 * counts in the firm's total. For each profile loan with {@code nonPerforming} the evaluator builds a
 * {@link RiskPoolClaim}: the category from {@code /loans/i/riskPoolCategory}, the grant date from the drawdown date,
 * the extension date, the first non-performing date ({@code nonPerforming/since}), the principal outstanding then,
 * the accrued interest and the recoveries; the exclusions from {@code /loans/i/underOtherRiskCompensation} and the
 * loan's guarantee. The calculator decides the exclusions and computes
 * {@code min(base(category) + uplift, 80%) × principal outstanding}, rounded half-up to the fen; the amount is the
 * sum over the loans, before any return of later recoveries to the pool (the explaining form notes the net).
 * <p>
 * The borrower. The pool is the 中小微企业 pool (第5条: "市中小微企业银行贷款风险补偿资金池"): a firm whose {@code size} is
 * {@code LARGE}, or, when no size is given, whose prior full year's figures classify it large under
 * 工信部联企业〔2011〕300号 (as the engine's {@link SizeProfileStep} does), is ineligible without its loans being read;
 * a size not known leaves the loans to decide (a bank registers only its SME loans in the pool).
 * <p>
 * The guarantee. The pool excludes a loan guaranteed by a financing-guarantee company: a loan with a
 * {@code guarantee} is excluded, a loan with {@code guaranteed: false} is not, and a loan with neither is undetermined,
 * naming {@code /loans/i/guaranteed} (unknown is never false).
 * <p>
 * A loan whose {@code underOtherRiskCompensation} is not given is undetermined, from zero to its compensation. A
 * loan whose category is not given is priced under every category of the measure's table: when they all give the same
 * amount (the built-in table has one ratio, 30%) the amount is exact and the category is not asked for; otherwise the
 * loan ranges between the least and the most, naming {@code /loans/i/riskPoolCategory}: eligible when its other
 * conditions are met and every category compensates it (the category sets the amount only: decisions register §4.6
 * item 42), undetermined when a category may compensate nothing. No non-performing
 * loan among known loans is ineligible; an absent {@code /loans} is undetermined, {@code atLeast(0)}. A fact the
 * claim rejects (a principal outstanding above the principal) is bad input naming the profile's pointer, such as
 * {@code /loans/0/nonPerforming/principalOutstanding}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RiskPoolEvaluator implements MeasureEvaluator<RiskPoolMeasure> {

  /** The evaluator. */
  public static final RiskPoolEvaluator DEFAULT = new RiskPoolEvaluator();

  private static final LocalizedText CEILING_NAME = LocalizedText.of("补偿比例上限（%）", "ceiling on the ratio (%)");
  private static final Citation CATEGORY = Citation.libraryDefault("decisions register §4.2 item 11",
      "the loan's category is not given: it is priced under every category of the measure's table");
  private static final Citation TO_LENDER = Citation.libraryDefault("decisions register §2.1",
      "the pool compensates the lending bank (加盟银行), not the borrower: the amount is paid to the firm's lender");

  /** The pool is the 中小微企业 pool: the source names it so, and the 2024 细则 sizes firms by 300号. */
  private static final Citation SME_POOL = new Citation(Provenance.SOURCE_TEXT, "深工信〔2023〕26号", "第5条",
      Optional.empty(), Optional.of("市中小微企业银行贷款风险补偿资金池"), Optional.of("the pool covers loans to "
      + "中小微企业 (and, since 2020, 小微企业主 and 个体工商户), sized by 工信部联企业〔2011〕300号 in the pool's 2024 "
      + "细则 (《深圳市中小微企业银行贷款风险补偿资金池管理实施细则》, 2024-03-27): a firm known to be large has no loan "
      + "the pool compensates"));
  private static final LocalizedText SME_TEXT = LocalizedText.of("借款企业为中小微企业（资金池补偿对象）",
      "the borrower is a small, medium or micro enterprise (the pool's borrowers)");

  private RiskPoolEvaluator() {
  }

  @Override
  public Class<RiskPoolMeasure> measureType() {
    return RiskPoolMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_LENDER;
  }

  //-------------------------------------------------------------------------
  @Override
  public MeasureOutcome evaluate(RiskPoolMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_LENDER);
    Citation trigger = measure.lossTrigger();
    if (explain) {
      builder.addNotes(new Reason("paid-to-lender", LocalizedText.of("风险补偿资金支付给贷款银行，不支付给企业",
          "the pool pays the firm's lending bank, not the firm"), TO_LENDER));
    }
    // the size stated, else the class the prior full year's figures decide under 300号 (as the engine derives it)
    Optional<EnterpriseSize> size = profile.size().isPresent() ? profile.size()
        : SizeProfileStep.derivedSizeOf(profile, context.data(), context.asOf());
    if (size.isPresent() && size.get() == EnterpriseSize.LARGE) {
      // a large firm's loans are not in the SME pool, whatever they are; a size not known leaves the loans to decide
      builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
      if (explain) {
        String detail = profile.size().isPresent() ? "size = LARGE"
            : "size not given; LARGE from the prior full year's figures (工信部联企业〔2011〕300号)";
        builder.addReasons(new Reason("not-sme-borrower", SME_TEXT, SME_POOL)).explanation(new Explanation(List.of(
            new ConditionStep(SME_TEXT, ConditionOutcome.NOT_MET, detail, SME_POOL))));
      }
      return context.finish(builder);
    }
    if (profile.loans().isEmpty()) {
      builder.verdict(Verdict.UNDETERMINED).amount(OutcomeAmount.atLeast(Cny.ZERO)).addMissingFacts("/loans");
      if (explain) {
        builder.addReasons(new Reason("loans", LocalizedText.of("企业的贷款（未提供）", "the enterprise's loans (not "
            + "given)"), trigger));
      }
      return context.finish(builder);
    }
    List<LoanFacts> loans = profile.loans().get();
    List<ExplanationStep> steps = new ArrayList<>();
    List<TracedCondition.Decision> decisions = new ArrayList<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal most = BigDecimal.ZERO;
    BigDecimal ceilingAmount = null;
    BigDecimal returned = BigDecimal.ZERO;
    boolean anyWithoutCategory = false;
    // the categories not given of loans every category compensates: they change the amount only
    LinkedHashSet<String> amountOnly = new LinkedHashSet<>();
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      if (loan.nonPerforming().isEmpty()) {
        continue;
      }
      String at = "/loans/" + i;
      ProfilePointers pointers = ProfilePointers.lazy(() -> pointers(at, loan));
      List<RiskPoolLoanCategory> categories = loan.riskPoolCategory().map(List::of)
          .orElse(List.of(RiskPoolLoanCategory.values()));
      List<Priced> priced = new ArrayList<>(categories.size());
      for (RiskPoolLoanCategory category : categories) {
        // only the first claim is explained: the exclusions, which give the reasons, do not depend on the category
        priced.add(price(measure, claim(loan, category, pointers), pointers, explain && priced.isEmpty()));
      }
      Priced first = priced.get(0);
      BigDecimal low = first.computed;
      Priced highest = first;
      for (Priced p : priced) {
        low = low.min(p.computed);
        highest = p.computed.compareTo(highest.computed) > 0 ? p : highest;
      }
      BigDecimal high = highest.computed;
      TracedCondition.Decision decision = first.decision;
      // a category not given that changes the compensation: a loan that every category compensates qualifies, the
      // category setting the amount only (decisions register §4.6 item 42); one a category may leave uncompensated
      // is undetermined
      boolean categoryOpensAmount = low.compareTo(high) != 0 && decision.verdict() == Verdict.ELIGIBLE
          && low.signum() > 0;
      if (low.compareTo(high) != 0 && decision.verdict() != Verdict.INELIGIBLE && !categoryOpensAmount) {
        decision = undetermined(decision, at + "/riskPoolCategory", trigger);
      }
      anyWithoutCategory |= loan.riskPoolCategory().isEmpty();
      decisions.add(decision);
      switch (decision.verdict()) {
        case ELIGIBLE -> {
          least = least.add(low);
          most = most.add(high);
          if (categoryOpensAmount) {
            amountOnly.add(at + "/riskPoolCategory");
          }
          // the ceiling that cut the loan's most, the upper end's (decisions register §4.6 item 88); the same as
          // the loan's only category's when it is given
          if (highest.capped) {
            ceilingAmount = (ceilingAmount == null ? BigDecimal.ZERO : ceilingAmount).add(highest.ceilingAmount);
          }
        }
        case UNDETERMINED -> {
          missing.addAll(decision.missingFacts());
          least = least.add(first.decision.verdict() == Verdict.ELIGIBLE ? low : BigDecimal.ZERO);
          most = most.add(high);
          // what the loan would add, cut by the ceiling, is part of the upper end: the ceiling binds it (item 88)
          if (highest.capped) {
            ceilingAmount = (ceilingAmount == null ? BigDecimal.ZERO : ceilingAmount).add(highest.ceilingAmount);
          }
        }
        default -> {
        }
      }
      if (explain) {
        steps.add(new InputStep(LocalizedText.of("贷款 " + loan.loanId() + "（" + at + "）", "loan " + loan.loanId()
            + " (" + at + ")"), "non-performing since " + loan.nonPerforming().get().since()));
        if (categories.size() == 1) {
          steps.addAll(first.explained.explanation().steps());
        } else {
          steps.add(categoryStep(categories, priced));
        }
        if (decision.verdict() == Verdict.ELIGIBLE) {
          returned = returned.add(Cny.yuan(first.explained.recoveryReturn().maximum(), "recoveryReturn"));
        }
      }
    }
    if (decisions.isEmpty()) {
      builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
      if (explain) {
        builder.addReasons(new Reason("no-non-performing-loan", LocalizedText.of("企业没有不良贷款",
            "none of the enterprise's loans is non-performing"), trigger));
      }
      return context.finish(builder);
    }
    TracedCondition.Decision combined = EnterpriseCap.combine(decisions);
    if (combined.verdict() == Verdict.ELIGIBLE) {
      missing.addAll(amountOnly);
    }
    builder.verdict(combined.verdict()).addAllMissingFacts(missing)
        .amount(combined.verdict() == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
            : OutcomeAmount.between(Cny.of(least), Cny.of(most)));
    if (ceilingAmount != null && combined.verdict() != Verdict.INELIGIBLE) {
      builder.bindingLimit(new BindingLimit("ratio-ceiling", CEILING_NAME, Cny.of(ceilingAmount),
          measure.ceiling().citation()));
    }
    if (explain) {
      if (combined.eligibility() != null) {
        builder.addAllReasons(combined.eligibility().reasons());
      }
      notes(builder, measure, returned, anyWithoutCategory);
      builder.explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }

  private static void notes(MeasureOutcome.Builder builder, RiskPoolMeasure measure, BigDecimal returned,
      boolean anyWithoutCategory) {
    if (returned.signum() > 0) {
      String back = returned.setScale(measure.rounding().value().scale(), RoundingMode.UNNECESSARY).toPlainString();
      builder.addNotes(new Reason("recoveries-returned", LocalizedText.of("金额为返还追回款之前的补偿；其中 "
          + back + " 元按比例返还资金池", "the amount is the compensation before recoveries: " + back
          + " of it returns to the pool pro rata"), measure.returnRecoveries().citation()));
    }
    if (anyWithoutCategory) {
      builder.addNotes(new Reason("category-not-given", LocalizedText.of("未提供贷款类别：按补偿比例表的每一类别计算",
          "loan category not given: priced under every category of the table"), CATEGORY));
    }
  }

  //-------------------------------------------------------------------------
  /** One claim priced: its decision (profile pointers), compensation before returns, and the ceiling. */
  private record Priced(TracedCondition.Decision decision, BigDecimal computed, boolean capped,
      BigDecimal ceilingAmount, RiskPoolLoanCompensation explained) {
  }

  /** Prices one claim; the explained result is built only when asked for. */
  private static Priced price(RiskPoolMeasure measure, RiskPoolClaim claim, ProfilePointers pointers,
      boolean explain) {
    try {
      RiskPoolCalculator.Evaluation e = RiskPoolCalculator.compute(measure, claim, RiskPoolOptions.DEFAULTS, "",
          new StepTrace(false));
      RiskPoolLoanCompensation explained = explain
          ? RiskPoolCalculator.evaluate(measure, claim, RiskPoolOptions.DEFAULTS, "")
          : null;
      TracedCondition.Decision decision = e.decision();
      List<String> facts = pointers.toProfile(decision.missingFacts());
      Eligibility eligibility = explained == null ? null
          : new Eligibility(decision.verdict(), explained.eligibility().reasons(), facts);
      return new Priced(new TracedCondition.Decision(decision.verdict(), facts, eligibility), e.computed(),
          e.capped(), e.ceilingAmount(), explained);
    } catch (InvalidInputException ex) {
      throw relocate(ex, pointers);
    }
  }

  /** The loan's claim; bad facts name the profile. */
  private static RiskPoolClaim claim(LoanFacts loan, RiskPoolLoanCategory category, ProfilePointers pointers) {
    NonPerformance bad = loan.nonPerforming().orElseThrow();
    Optional<LoanGuarantee> guarantee = loan.guarantee();
    try {
      return RiskPoolClaim.builder().loanId(loan.loanId()).category(category).principal(loan.principal())
          .grantDate(loan.drawdownDate()).extensionDate(loan.extensionDate()).firstNonPerformingDate(bad.since())
          .principalOutstanding(bad.principalOutstanding()).accruedInterest(bad.accruedInterest())
          .recoveries(bad.recoveries()).guaranteedByFinancingGuarantor(loan.isGuaranteed())
          .reGuaranteed(guarantee.isPresent() ? guarantee.get().reGuaranteed()
              : loan.guaranteed().filter(known -> !known))
          .underOtherRiskCompensation(loan.underOtherRiskCompensation()).build();
    } catch (InvalidInputException ex) {
      throw relocate(ex, pointers);
    }
  }

  private static InvalidInputException relocate(InvalidInputException ex, ProfilePointers pointers) {
    String field = ex.field().startsWith("/") ? ex.field().substring(1) : ex.field();
    int slash = field.indexOf('/');
    return ex.withField(pointers.toProfile("/" + (slash < 0 ? field : field.substring(0, slash))));
  }

  /** The claim's pointers as the profile's, for one loan. */
  private static ProfilePointers pointers(String at, LoanFacts loan) {
    String guarantee = loan.guarantee().isPresent() ? at + "/guarantee/reGuaranteed"
        : loan.guaranteed().orElse(false) ? at + "/guarantee" : at + "/guaranteed";
    return ProfilePointers.builder()
        .exact("/loanId", at + "/loanId")
        .exact("/category", at + "/riskPoolCategory")
        .exact("/principal", at + "/principal")
        .exact("/grantDate", at + "/drawdownDate")
        .exact("/extensionDate", at + "/extensionDate")
        .exact("/firstNonPerformingDate", at + "/nonPerforming/since")
        .exact("/principalOutstanding", at + "/nonPerforming/principalOutstanding")
        .exact("/accruedInterest", at + "/nonPerforming/accruedInterest")
        .exact("/recoveries", at + "/nonPerforming/recoveries")
        .exact("/baseRatio", at)
        .exact("/guaranteedByFinancingGuarantor", at + "/guaranteed")
        .exact("/reGuaranteed", guarantee)
        .exact("/underOtherRiskCompensation", at + "/underOtherRiskCompensation")
        .build();
  }

  private static TracedCondition.Decision undetermined(TracedCondition.Decision decision, String fact,
      Citation citation) {
    LinkedHashSet<String> facts = new LinkedHashSet<>(decision.missingFacts());
    facts.add(fact);
    List<String> missing = List.copyOf(facts);
    Eligibility eligibility = null;
    if (decision.eligibility() != null) {
      List<Reason> reasons = new ArrayList<>(decision.verdict() == Verdict.UNDETERMINED
          ? decision.eligibility().reasons() : List.of());
      reasons.add(new Reason("loan-category", LocalizedText.of("贷款在补偿比例表中的类别（未提供）",
          "the loan's category in the pool's table (not given)"), citation));
      eligibility = new Eligibility(Verdict.UNDETERMINED, reasons, missing);
    }
    return new TracedCondition.Decision(Verdict.UNDETERMINED, missing, eligibility);
  }

  private static InputStep categoryStep(List<RiskPoolLoanCategory> categories, List<Priced> priced) {
    StringBuilder text = new StringBuilder("not given; compensation by category:");
    for (int k = 0; k < categories.size(); k++) {
      text.append(k == 0 ? " " : ", ").append(categories.get(k)).append(' ')
          .append(priced.get(k).computed.toPlainString());
    }
    return new InputStep(LocalizedText.of("贷款类别", "loan category"), text.toString());
  }
}
