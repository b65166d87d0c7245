package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeLoanParts.Part;
import io.github.huiqi.calculators.internal.ItemsTotalStep;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a ceiling on a government guarantor's average guarantee fee, such as 沪企服办〔2023〕1号 第十五条
 * ("政府性融资担保机构平均担保费率保持1%（含）以下"), for an enterprise profile.
 * <p>
 * The reading. The 1% binds the guarantor's weighted average fee over its whole book of guarantees in 2023, not any
 * one fee: a firm cannot claim it, and one of its fees above 1% does not by itself breach the measure. So the outcome
 * is a {@link AmountKind#COUNTERPARTY_CEILING}: {@link Verdict#ELIGIBLE} means the ceiling applies to the guarantor of
 * at least one of the firm's loans, because that loan is guaranteed by a government guarantor
 * ({@code /loans/i/guarantee/governmentGuarantor}) for at least one day of the measure's period. Its amount is what
 * those guarantees would cost at the ceiling rate, priced with {@link GuaranteeFeeAverageCalculator}'s own
 * conventions: each guarantee counts for its days in force within 2023, from the later of the drawdown date and
 * 2023-01-01 (counted) to the earlier of the end of use (repayment, or maturity) and 2024-01-01 (not counted),
 * {@code principal × 1% × (whole months ÷ 12 + odd days ÷ 360)}, rounded half-up to the fen per guarantee,
 * summed. It is a reference figure for the counterparty, not money the firm receives, and never counts in the firm's
 * total.
 * <p>
 * A loan with no {@code guarantee}, or whose {@code governmentGuarantor} is not given, leaves the outcome open: it
 * adds the range from zero to its own fee at the ceiling, naming {@code /loans/i/guarantee} or
 * {@code /loans/i/guarantee/governmentGuarantor}. A guarantee by another guarantor, or not in force in 2023, does not
 * count. The firm's size and the guarantor's region are not tested: the clause binds the institution, and the profile
 * does not say where the guarantor is registered. An absent {@code /loans} is undetermined with no upper bound; an
 * empty one is ineligible. The explaining form adds a note saying each of these readings, citing the clause.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class GuaranteeFeeAverageEvaluator implements MeasureEvaluator<GuaranteeFeeAverageMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeAverageEvaluator DEFAULT = new GuaranteeFeeAverageEvaluator();

  private static final GuaranteeFeeAverageCalculator CALCULATOR = GuaranteeFeeAverageCalculator.DEFAULT;
  private static final Citation AMOUNT = Citation.libraryDefault("decisions register §1.5 card 003-15b",
      "the clause sets no figure for one firm: the amount is what the firm's government guarantees would cost at the "
          + "1% ceiling on the loans' principal for their days in force within 2023 (drawdown, counted, to repayment "
          + "or maturity, not counted; whole months ÷ 12 plus odd days ÷ 360, so a whole year costs exactly 1%; each "
          + "rounded half-up to the fen), a reference for the counterparty");
  private static final Citation SCOPE = Citation.libraryDefault("decisions register §1.5 card 003-15b",
      "the ceiling binds the guarantor, so the firm's size is not tested; the profile does not say where the "
          + "guarantor is registered, so its region is not tested either");

  private GuaranteeFeeAverageEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeAverageMeasure> measureType() {
    return GuaranteeFeeAverageMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.COUNTERPARTY_CEILING;
  }

  //-------------------------------------------------------------------------
  @Override
  public MeasureOutcome evaluate(GuaranteeFeeAverageMeasure measure, EnterpriseProfile profile,
      EvaluationContext context, boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.COUNTERPARTY_CEILING);
    Citation clause = measure.averageFeeCeiling().citation();
    if (profile.loans().isEmpty()) {
      return context.finish(GuaranteeFeeLoanParts.loansNotKnown(builder, OutcomeAmount.atLeast(Cny.ZERO), clause,
          explain));
    }
    List<LoanFacts> loans = profile.loans().get();
    if (loans.isEmpty()) {
      return context.finish(GuaranteeFeeLoanParts.none(builder, "no-loans",
          LocalizedText.of("企业没有贷款", "the enterprise has no loans"), clause, explain));
    }
    DateRange period = measure.policyPeriod().value();
    LocalDate first = period.start();
    LocalDate afterLast = period.end().orElseThrow().plusDays(1);
    Rate ceiling = measure.averageFeeCeiling().value();

    // Each loan's decision; the loans in force within the period are priced at the ceiling in one request.
    List<List<ExplanationStep>> loanSteps = new ArrayList<>();
    List<TracedCondition.Decision> decisions = new ArrayList<>();
    List<GuaranteeFeeRecord> records = new ArrayList<>();
    List<Integer> recordOf = new ArrayList<>();
    boolean anyWithoutGuarantee = false;
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      String at = "/loans/" + i;
      List<ExplanationStep> steps = new ArrayList<>();
      if (explain) {
        steps.add(GuaranteeFeeLoanParts.loanStep(loan, at));
      }
      LocalDate from = loan.drawdownDate().isAfter(first) ? loan.drawdownDate() : first;
      LocalDate until = loan.endOfUse().isBefore(afterLast) ? loan.endOfUse() : afterLast;
      boolean inForce = until.isAfter(from);
      TracedCondition inPeriod = TracedCondition.known(inForce, "guarantee-in-force-in-period",
          () -> LocalizedText.of("贷款在 " + period + " 内在保（放款日至还款或到期日）", "loan in force within " + period
              + " (drawdown to repayment or maturity)"),
          () -> loan.drawdownDate() + " → " + loan.endOfUse(), measure.policyPeriod().citation());
      TracedCondition government = TracedCondition.of(GuaranteeFeeLoanParts.governmentGuarantor(loan),
          Boolean::booleanValue, GuaranteeFeeLoanParts.guaranteeFact(at, loan, "governmentGuarantor"),
          "government-guarantor", () -> LocalizedText.of("贷款由政府性融资担保机构担保",
              "loan guaranteed by a government financing guarantor"), clause);
      TracedCondition.Decision decision = GuaranteeFeeLoanParts.decide(List.of(inPeriod, government), steps,
          explain);
      decisions.add(decision);
      loanSteps.add(steps);
      if (decision.verdict() != Verdict.INELIGIBLE) {
        anyWithoutGuarantee |= GuaranteeFeeLoanParts.guaranteeNotGiven(loan);
        recordOf.add(i);
        records.add(GuaranteeFeeRecord.of(loan.loanId(), loan.principal(), ceiling, loan.drawdownDate(),
            loan.endOfUse()));
      } else {
        recordOf.add(-1);
      }
    }
    List<GuaranteeFeeInPeriod> priced = records.isEmpty() ? List.of() : CALCULATOR.evaluate(measure,
        GuaranteeFeeAverageRequest.of(records), false).parts();

    List<Part> parts = new ArrayList<>(loans.size());
    List<ExplanationStep> steps = new ArrayList<>();
    List<BigDecimal> fees = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < loans.size(); i++) {
      TracedCondition.Decision decision = decisions.get(i);
      if (recordOf.get(i) < 0) {
        parts.add(Part.ineligible(decision));
      } else {
        GuaranteeFeeInPeriod inPeriod = priced.get(next++);
        BigDecimal fee = Cny.yuan(inPeriod.feeIncome(), "feeIncome");
        parts.add(decision.verdict() == Verdict.ELIGIBLE ? Part.exactly(decision, fee)
            : new Part(decision, BigDecimal.ZERO, Optional.of(fee)));
        if (decision.verdict() == Verdict.ELIGIBLE) {
          fees.add(fee);
        }
        if (explain) {
          loanSteps.get(i).addAll(pricingSteps(measure, loans.get(i), inPeriod));
        }
      }
      steps.addAll(loanSteps.get(i));
    }
    GuaranteeFeeLoanParts.combine(builder, parts, explain);
    if (explain) {
      // the eligible guarantees' fees at the ceiling in all: the amount (its least when another is undetermined)
      ItemsTotalStep.of(LocalizedText.of("按上限费率计算的担保费合计（各笔政府性担保）",
          "fees at the ceiling rate in all (the government guarantees)"), fees, AMOUNT).ifPresent(steps::add);
      builder.addNotes(GuaranteeFeeLoanParts.note("ceiling-on-guarantor-average",
          "“平均担保费率保持1%（含）以下”约束担保机构全部业务的加权平均费率，不是每笔担保费的上限；本企业某笔担保费率高于1%本身并不违反本条",
          "the 1% (inclusive) binds the guarantor's weighted average fee over its whole book, not each fee: one of "
              + "this firm's fees above 1% does not by itself breach the measure", clause));
      builder.addNotes(GuaranteeFeeLoanParts.note("amount-at-ceiling", "金额为本企业政府性担保在2023年内按1%计的担保费，"
          + "供参考，不是企业可得的资金", "the amount is what the firm's government guarantees would cost at 1% for "
          + "their days in force in 2023: a reference, not money the firm receives", AMOUNT));
      builder.addNotes(GuaranteeFeeLoanParts.note("scope-not-tested", "不检验企业规模和担保机构所在地区",
          "neither the firm's size nor the guarantor's region is tested", SCOPE));
      if (anyWithoutGuarantee) {
        builder.addNotes(GuaranteeFeeLoanParts.guaranteeNotKnownNote());
      }
      builder.explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }

  /** The steps pricing one guarantee at the ceiling, from the calculator's part. */
  private static List<ExplanationStep> pricingSteps(GuaranteeFeeAverageMeasure measure, LoanFacts loan,
      GuaranteeFeeInPeriod inPeriod) {
    Rate ceiling = measure.averageFeeCeiling().value();
    return List.of(
        new PeriodStep(LocalizedText.of(measure.policyPeriod().value() + " 内在保期间",
            "time in force within " + measure.policyPeriod().value()), inPeriod.from().get(),
            inPeriod.until().get(), measure.dayCount().value(), inPeriod.time(), measure.policyPeriod().citation()),
        new CalculationStep(LocalizedText.of("按上限费率 " + ceiling + " 计算的担保费", "fee at the ceiling rate "
            + ceiling), Cny.yuan(loan.principal(), "principal").toPlainString() + " × " + ceiling + " × "
            + inPeriod.time() + ", rounded half-up to the fen", Cny.yuan(inPeriod.feeIncome(), "feeIncome"),
            measure.averageFeeCeiling().citation()));
  }
}
