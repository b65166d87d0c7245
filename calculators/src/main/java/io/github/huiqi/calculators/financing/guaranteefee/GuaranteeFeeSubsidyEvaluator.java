package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.financing.internal.SizeNames;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Evaluates a small and micro enterprise guarantee-fee subsidy, such as Shenzhen's 小型微型企业银行贷款担保费资助 (2021
 * reply letter; rules from the programme's 2017 guide: 30% of the fee actually paid, at most 300,000 per enterprise a
 * year), for an enterprise profile.
 * <p>
 * The subsidy year. The 2017 guide took the loans of 2016 (decisions register §2.4): the application made in one year
 * claims the loans drawn in the year before. So the evaluator counts the loans drawn in the calendar year before the
 * evaluation date ({@code asOf} 2023-06-30 counts the loans drawn in 2022), and the explaining form notes it.
 * <p>
 * The request ({@link GuaranteeFeeSubsidyRequest}) takes the size from {@code /size}, the registration region from
 * {@code /registrationRegionCode}, and each loan whose guarantee gives the fee paid and the fee rate
 * ({@code /loans/i/guarantee/feePaid}, {@code /loans/i/guarantee/feeRate}), with whether the guarantor is in the
 * region from {@code /loans/i/guarantee/guarantorInRegion} and the purpose from
 * {@code /loans/i/vehicleOrRealEstatePurchase}. The calculator decides each loan and allocates the annual cap in
 * drawdown order; the outcome ({@link AmountKind#PAYMENT_TO_FIRM}) is its amount, exact when every loan is decided.
 * <p>
 * A loan whose fee paid or fee rate is not given (or that has no {@code guarantee}, named as
 * {@code /loans/i/guarantee}) is decided on its other facts, its fee paid (zero when not given) at 0% standing in;
 * unless those rule it out, it is undetermined, naming the missing facts; one whose fee rate is given and whose other
 * facts qualify it is eligible when only its fee paid is not given, since the fee paid sets the amount only (decisions
 * register §4.6 item 42), and the fee paid is still named. A loan whose fee paid is not given could
 * earn anything, so the outcome's range then runs up to the annual cap; one whose fee paid is given but not its fee
 * rate earns the subsidy ratio (30%) of that fee or nothing, so it widens the range by that much, within the cap. An
 * absent {@code /loans} is undetermined, up to the cap, naming {@code /size} too when it is
 * not given (the engine then fills it from the figures), unless the known size rules the measure out (a medium or
 * large firm: ineligible); an empty one is ineligible. The binding limit is the annual cap when it reduced the
 * claimed loans' amount and when it is an open amount's upper end (decisions register §4.6 item 88). A loan rate
 * above 100%, which the calculator rejects, is bad input naming {@code /loans/i/annualInterestRate}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class GuaranteeFeeSubsidyEvaluator implements MeasureEvaluator<GuaranteeFeeSubsidyMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeSubsidyEvaluator DEFAULT = new GuaranteeFeeSubsidyEvaluator();

  private static final GuaranteeFeeSubsidyCalculator CALCULATOR = GuaranteeFeeSubsidyCalculator.DEFAULT;
  private static final Citation SUBSIDY_YEAR = Citation.libraryDefault("decisions register §2.4",
      "the 2017 guide took the loans of 2016: an application claims the loans drawn in the year before, so the loans "
          + "drawn in the calendar year before the evaluation date are counted");
  private static final Citation OPEN_FEE = Citation.libraryDefault("decisions register §2.4",
      "a loan whose fee paid is not given could earn anything up to the annual cap, so the range runs up to the cap; "
          + "one whose fee paid is given but not its fee rate earns the subsidy ratio of that fee or nothing");

  private GuaranteeFeeSubsidyEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeSubsidyMeasure> measureType() {
    return GuaranteeFeeSubsidyMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  /**
   * Returns the year whose loans an evaluation on a date counts: the calendar year before it.
   *
   * @param context  the evaluation's context
   * @return the subsidy year
   */
  static int subsidyYear(EvaluationContext context) {
    return context.asOf().getYear() - 1;
  }

  //-------------------------------------------------------------------------
  @Override
  public MeasureOutcome evaluate(GuaranteeFeeSubsidyMeasure measure, EnterpriseProfile profile,
      EvaluationContext context, boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    Citation clause = measure.capPerEnterprisePerYear().citation();
    MonetaryAmount cap = measure.capPerEnterprisePerYear().value();
    int year = subsidyYear(context);
    if (year < GuaranteeFeeSubsidyRequest.MIN_YEAR || year > GuaranteeFeeSubsidyRequest.MAX_YEAR) {
      throw new InvalidInputException("asOf", context.asOf(), "must be in " + (GuaranteeFeeSubsidyRequest.MIN_YEAR + 1)
          + ".." + (GuaranteeFeeSubsidyRequest.MAX_YEAR + 1) + ": the subsidy year is the calendar year before it");
    }
    if (explain) {
      builder.addNotes(GuaranteeFeeLoanParts.note("subsidy-year", "资助年度：" + year + " 年放款的贷款（评估日的上一年度）",
          "subsidy year: the loans drawn in " + year + ", the year before the evaluation date", SUBSIDY_YEAR));
    }
    if (profile.loans().isEmpty()) {
      List<EnterpriseSize> sizes = measure.eligibleBorrowerSizes().value();
      LocalizedText sizeText = LocalizedText.of("企业为小型微型企业（" + SizeNames.of(sizes).zh() + "）",
          "enterprise is small or micro (" + SizeNames.of(sizes).en() + ")");
      MeasureOutcome outcome = context.finish(GuaranteeFeeLoanParts.loansNotGiven(builder, profile.size(),
          measure.eligibleBorrowerSizes(), "enterprise-small-or-micro", sizeText, OutcomeAmount.upTo(cap), clause,
          explain));
      // up to the annual cap, the amount's upper end: the binding limit (decisions register §4.6 item 88)
      return outcome.verdict() == Verdict.INELIGIBLE ? outcome
          : outcome.toBuilder().bindingLimit(GuaranteeFeeSubsidyCalculator.capLimit(measure)).build();
    }
    List<LoanFacts> loans = profile.loans().get();
    if (loans.isEmpty()) {
      return context.finish(GuaranteeFeeLoanParts.none(builder, "no-loans",
          LocalizedText.of("企业没有贷款", "the enterprise has no loans"), clause, explain));
    }
    // Loans whose fee facts are given are claimed; the others are decided on their other facts, their fee open.
    List<Integer> claimed = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < loans.size(); i++) {
      if (GuaranteeFeeLoanParts.knownUnguaranteed(loans.get(i))) {
        continue;
      }
      Optional<LoanGuarantee> guarantee = loans.get(i).guarantee();
      boolean known = guarantee.flatMap(LoanGuarantee::feePaid).isPresent()
          && guarantee.flatMap(LoanGuarantee::feeRate).isPresent();
      (known ? claimed : open).add(i);
    }
    Run claims = Run.of(measure, profile, loans, claimed, year, explain);
    Run probes = Run.of(measure, profile, loans, open, year, explain);

    List<TracedCondition.Decision> decisions = new ArrayList<>(loans.size());
    boolean anyOpen = false;
    boolean anyWithoutGuarantee = false;
    // the fees paid not given of loans that qualify: they change the amount only (decisions register §4.6 item 42)
    List<String> openFees = new ArrayList<>();
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      TracedCondition.Decision decision;
      if (GuaranteeFeeLoanParts.knownUnguaranteed(loan)) {
        decision = GuaranteeFeeLoanParts.decide(List.of(TracedCondition.known(false, "guaranteed-loan",
            () -> LocalizedText.of("贷款有担保并支付了担保费", "the loan is guaranteed and a guarantee fee was paid"),
            () -> "guaranteed = false", measure.subsidyRatio().citation())), new ArrayList<>(), explain);
        decisions.add(decision);
        continue;
      }
      if (claimed.contains(i)) {
        decision = claims.decision(claimed.indexOf(i));
      } else {
        decision = probes.decision(open.indexOf(i));
        if (decision.verdict() != Verdict.INELIGIBLE) {
          anyOpen = true;
          anyWithoutGuarantee |= GuaranteeFeeLoanParts.guaranteeNotGiven(loan);
          String at = "/loans/" + i;
          Optional<LoanGuarantee> guarantee = loan.guarantee();
          boolean rateGiven = guarantee.flatMap(LoanGuarantee::feeRate).isPresent();
          if (guarantee.flatMap(LoanGuarantee::feePaid).isEmpty() && rateGiven
              && decision.verdict() == Verdict.ELIGIBLE) {
            // every condition is decided (the fee rate's among them): the fee paid sets only the subsidy
            openFees.add(GuaranteeFeeLoanParts.guaranteeFact(at, loan, "feePaid"));
          } else if (guarantee.flatMap(LoanGuarantee::feePaid).isEmpty()) {
            decision = GuaranteeFeeLoanParts.withMissing(decision,
                GuaranteeFeeLoanParts.guaranteeFact(at, loan, "feePaid"), () -> openFee(measure, "feePaid"));
          }
          if (guarantee.flatMap(LoanGuarantee::feeRate).isEmpty()) {
            decision = GuaranteeFeeLoanParts.withMissing(decision,
                GuaranteeFeeLoanParts.guaranteeFact(at, loan, "feeRate"), () -> openFee(measure, "feeRate"));
          }
        }
      }
      decisions.add(decision);
    }
    TracedCondition.Decision combined = GuaranteeFeeLoanParts.combineDecisions(builder, decisions, explain);
    if (combined.verdict() == Verdict.ELIGIBLE) {
      builder.addAllMissingFacts(openFees);
    }
    MonetaryAmount least = claims.evaluation.map(e -> e.amount().minimum()).orElse(Cny.ZERO);
    boolean anyFeeOpen = anyOpen && anyFeePaidOpen(loans, open, probes);
    MonetaryAmount most = anyFeeOpen ? cap : anyOpen ? openMost(open, probes, claims, cap)
        : claims.evaluation.map(e -> e.amount().maximum()).orElse(Cny.ZERO);
    builder.amount(combined.verdict() == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
        : OutcomeAmount.of(new AmountRange(least, most)));
    claims.evaluation.flatMap(GuaranteeFeeSubsidyCalculator.Evaluation::bindingLimit).ifPresent(builder::bindingLimit);
    if (combined.verdict() != Verdict.INELIGIBLE && !least.isEqualTo(most)
        && (anyFeeOpen || anyOpen && openMostBeforeCap(open, probes, claims).compareTo(Cny.yuan(cap, "cap")) > 0)) {
      // the annual cap cut the amount's upper end: a fee paid not given could be anything, or the open loans pass it
      // (one they only reach does not bind: register §4.6 items 88 and 92); the claimed loans' own range names it
      // from the calculator
      builder.bindingLimit(GuaranteeFeeSubsidyCalculator.capLimit(measure));
    }
    if (explain) {
      List<ExplanationStep> steps = new ArrayList<>();
      claims.evaluation.ifPresent(e -> steps.addAll(e.steps().list()));
      for (int i : open) {
        steps.add(GuaranteeFeeLoanParts.loanStep(loans.get(i), "/loans/" + i));
        boolean paidGiven = loans.get(i).guarantee().flatMap(LoanGuarantee::feePaid).isPresent();
        steps.add(paidGiven
            ? new InputStep(LocalizedText.of("担保费率未提供：该笔贷款按其他事实判定，资助为已付担保费的 "
                + measure.subsidyRatio().value() + " 或零", "fee rate not given: the loan is decided on its other "
                + "facts; its subsidy is " + measure.subsidyRatio().value() + " of the fee paid or nothing"), "—")
            : new InputStep(LocalizedText.of("已付担保费、担保费率未同时提供：该笔贷款按其他事实判定，资助金额在上限内待定",
                "fee paid and fee rate not both given: the loan is decided on its other facts; its subsidy is open up "
                + "to the cap"), "—"));
      }
      if (anyFeeOpen) {
        builder.addNotes(GuaranteeFeeLoanParts.note("fee-not-known", "未提供已付担保费或担保费率的贷款，资助金额最高可达年度上限",
            "a loan whose fee paid or fee rate is not given could earn up to the annual cap", OPEN_FEE));
      } else if (anyOpen) {
        builder.addNotes(GuaranteeFeeLoanParts.note("fee-not-known", "未提供担保费率的贷款，资助为已付担保费的 "
            + measure.subsidyRatio().value() + " 或零", "a loan whose fee rate is not given earns "
            + measure.subsidyRatio().value() + " of its fee paid or nothing", OPEN_FEE));
      }
      if (anyWithoutGuarantee) {
        builder.addNotes(GuaranteeFeeLoanParts.guaranteeNotKnownNote());
      }
      builder.explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }

  /** Whether a loan that is not ruled out lacks its fee paid: its fee, and so its subsidy, could be anything. */
  private static boolean anyFeePaidOpen(List<LoanFacts> loans, List<Integer> open, Run probes) {
    for (int k = 0; k < open.size(); k++) {
      if (probes.evaluation.orElseThrow().parts().get(k).decision().verdict() != Verdict.INELIGIBLE
          && loans.get(open.get(k)).guarantee().flatMap(LoanGuarantee::feePaid).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most the loans can earn when every open loan gives its fee paid but not its fee rate: the claimed loans' most
   * plus the subsidy ratio of each open loan's fee paid (the probe's own amount, its fee rate standing in at 0%),
   * within the cap ("补贴额 = 单笔担保额小于300万元的银行贷款实际发生的担保费 × 30% × 笔数 ≤ 30万元").
   */
  private static MonetaryAmount openMost(List<Integer> open, Run probes, Run claims, MonetaryAmount cap) {
    BigDecimal most = claims.evaluation.map(e -> Cny.yuan(e.amount().maximum(), "amount")).orElse(BigDecimal.ZERO);
    for (int k = 0; k < open.size(); k++) {
      GuaranteeFeeSubsidyCalculator.Part part = probes.evaluation.orElseThrow().parts().get(k);
      if (part.decision().verdict() != Verdict.INELIGIBLE) {
        most = most.add(part.computed());
      }
    }
    return Cny.of(most.min(Cny.yuan(cap, "capPerEnterprisePerYear")));
  }

  /** What the claimed and open loans would receive together before the annual cap, in yuan. */
  private static BigDecimal openMostBeforeCap(List<Integer> open, Run probes, Run claims) {
    BigDecimal most = BigDecimal.ZERO;
    for (GuaranteeFeeSubsidyCalculator.Part part : claims.evaluation.map(e -> e.parts()).orElse(List.of())) {
      if (part.decision().verdict() != Verdict.INELIGIBLE) {
        most = most.add(part.computed());
      }
    }
    for (int k = 0; k < open.size(); k++) {
      GuaranteeFeeSubsidyCalculator.Part part = probes.evaluation.orElseThrow().parts().get(k);
      if (part.decision().verdict() != Verdict.INELIGIBLE) {
        most = most.add(part.computed());
      }
    }
    return most;
  }

  private static Reason openFee(GuaranteeFeeSubsidyMeasure measure, String fact) {
    return new Reason("fee-" + ("feePaid".equals(fact) ? "paid" : "rate") + "-known",
        "feePaid".equals(fact) ? LocalizedText.of("实际发生的担保费（未提供）", "the guarantee fee actually paid (not given)")
            : LocalizedText.of("担保费率（未提供）", "the guarantee fee rate (not given)"),
        "feePaid".equals(fact) ? measure.subsidyRatio().citation() : measure.maximumFeeToLoanRate().citation());
  }

  /**
   * One calculator run over some of the profile's loans: those claimed with their fee facts, or those probed for
   * their other facts with a fee paid of zero and a fee rate of 0% standing in (only their decisions are read).
   */
  private static final class Run {
    /** The run over no loan: no evaluation, no decision to read. */
    private static final Run NONE = new Run(Optional.empty(), ProfilePointers.builder().build());

    private final Optional<GuaranteeFeeSubsidyCalculator.Evaluation> evaluation;
    private final ProfilePointers pointers;

    private Run(Optional<GuaranteeFeeSubsidyCalculator.Evaluation> evaluation, ProfilePointers pointers) {
      this.evaluation = evaluation;
      this.pointers = pointers;
    }

    static Run of(GuaranteeFeeSubsidyMeasure measure, EnterpriseProfile profile, List<LoanFacts> loans,
        List<Integer> indexes, int year, boolean explain) {
      if (indexes.isEmpty()) {
        return NONE;
      }
      ProfilePointers pointers = ProfilePointers.lazy(() -> pointers(loans, indexes));
      List<GuaranteeFeeSubsidyLoan> requestLoans = new ArrayList<>(indexes.size());
      for (int k = 0; k < indexes.size(); k++) {
        LoanFacts loan = loans.get(indexes.get(k));
        Optional<LoanGuarantee> guarantee = loan.guarantee();
        try {
          requestLoans.add(GuaranteeFeeSubsidyLoan.builder().loanId(loan.loanId()).principal(loan.principal())
              .drawdownDate(loan.drawdownDate()).annualInterestRate(loan.annualInterestRate())
              .guaranteeFeeRate(guarantee.flatMap(LoanGuarantee::feeRate).orElse(Rate.ZERO))
              .guaranteeFeePaid(guarantee.flatMap(LoanGuarantee::feePaid).orElse(Cny.ZERO))
              .guarantorInRegion(guarantee.flatMap(LoanGuarantee::guarantorInRegion))
              .vehicleOrRealEstatePurchase(loan.vehicleOrRealEstatePurchase()).build());
        } catch (InvalidInputException ex) {
          throw GuaranteeFeeLoanParts.relocate(ex, pointers, "/loans/" + k);
        }
      }
      try {
        GuaranteeFeeSubsidyRequest request = GuaranteeFeeSubsidyRequest.builder().enterpriseSize(profile.size())
            .registrationRegionCode(profile.registrationRegionCode()).subsidyYear(year).loans(requestLoans).build();
        return new Run(Optional.of(CALCULATOR.evaluate(measure, request, explain)), pointers);
      } catch (InvalidInputException ex) {
        throw GuaranteeFeeLoanParts.relocate(ex, pointers, "");
      }
    }

    /** The decision of the request's k-th loan, its missing facts as profile pointers. */
    TracedCondition.Decision decision(int k) {
      return GuaranteeFeeLoanParts.remap(evaluation.orElseThrow().parts().get(k).decision(), pointers::toProfile);
    }

    private static ProfilePointers pointers(List<LoanFacts> loans, List<Integer> indexes) {
      ProfilePointers.Builder builder = ProfilePointers.builder()
          .exact("/enterpriseSize", "/size")
          .exact("/registrationRegionCode", "/registrationRegionCode");
      for (int k = 0; k < indexes.size(); k++) {
        int i = indexes.get(k);
        LoanFacts loan = loans.get(i);
        String request = "/loans/" + k;
        String at = "/loans/" + i;
        builder.exact(request + "/guarantorInRegion",
                GuaranteeFeeLoanParts.guaranteeFact(at, loan, "guarantorInRegion"))
            .exact(request + "/guaranteeFeeRate", GuaranteeFeeLoanParts.guaranteeFact(at, loan, "feeRate"))
            .exact(request + "/guaranteeFeePaid", GuaranteeFeeLoanParts.guaranteeFact(at, loan, "feePaid"));
      }
      return builder.list("/loans/", "/loans/", indexes::get).build();
    }
  }
}
