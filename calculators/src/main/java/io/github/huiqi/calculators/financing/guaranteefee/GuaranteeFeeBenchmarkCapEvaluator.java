package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeLoanParts.Part;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.SpecialisedRecognition;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a guarantee-fee cap tied to the lending benchmark, such as the Shenzhen 专精特新 draft 第五条 ("担保费率不高于
 * 国家当期银行贷款基准利率的二分之一"), for an enterprise profile: the most its government guarantors may charge on its
 * loans.
 * <p>
 * For each profile loan the evaluator builds a {@link GuaranteeFeeBenchmarkCapRequest}: whether the firm is a
 * 专精特新企业 on the loan's contract date (the draft's own scope, "专精特新企业(含专精特新“小巨人”企业和专精特新中小企业)":
 * a 专精特新"小巨人" recognition held on that date, otherwise the 专精特新中小企业 one, {@code /specialisedAndInnovative};
 * decisions register §1.6 item 004-scope; {@code /littleGiant} when the 专精特新中小企业 one expired before that date,
 * §4.6 item 59), whether the guarantor is a
 * government one ({@code /loans/i/guarantee/governmentGuarantor}), the contract date ({@code /loans/i/contractDate},
 * or the drawdown date when it is not given, with a note), the loan's drawdown and maturity, the guarantee's fee rate
 * as the proposal tested against the cap, and the principal. The calculator reads the benchmark on the contract date
 * (the PBoC benchmark for the loan's term bracket by default) through {@link GuaranteeFeeBenchmarkCapCalculator#of}
 * the context's policy data, and prices the cap over the term:
 * <pre>
 *   cap fee = principal × (benchmark × ½) × (whole months ÷ 12 + odd days ÷ 360)
 *             (drawdown to maturity under the measure's day count, WHOLE-MONTHS built in; half-up to the fen)
 * </pre>
 * The outcome ({@link AmountKind#COUNTERPARTY_CEILING}: the most the guarantors may charge, not money the firm
 * receives) sums the qualifying loans' cap fees; a loan left undetermined (the recognition or the guarantor not
 * known, or no {@code guarantee}, named as {@code /loans/i/guarantee}) adds the range from zero to its cap fee. The
 * document is a <b>draft</b>: the outcome carries {@link DocumentStatus#DRAFT}, so it never counts in a total, and the
 * explaining form says so in a note. An absent {@code /loans} is undetermined with no upper bound, unless the profile
 * holds no 专精特新 recognition at all (the 专精特新中小企业 one {@code held: false} and no 小巨人 one held):
 * ineligible; an empty one is ineligible. A loan contracted before the validity of the measure's parameters
 * (2019-08-20 for the built-in draft) is ineligible, {@code event-outside-validity} naming its contract date's pointer,
 * and adds nothing (decisions register §4.6 item 86). A contract date within it
 * with no published benchmark is bad input naming that date's profile pointer.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class GuaranteeFeeBenchmarkCapEvaluator implements MeasureEvaluator<GuaranteeFeeBenchmarkCapMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeBenchmarkCapEvaluator DEFAULT = new GuaranteeFeeBenchmarkCapEvaluator();

  private static final Citation CONTRACT_DATE = Citation.libraryDefault("decisions register §4.3 item 20",
      "the benchmark is read on the contract date; a loan whose contract date is not given uses its drawdown date");
  private static final Citation RECOGNITION_DATE = Citation.libraryDefault("decisions register §4.3 item 20",
      "the fee is set when the loan is contracted: the 专精特新 recognition is tested on the contract date");

  private GuaranteeFeeBenchmarkCapEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeBenchmarkCapMeasure> measureType() {
    return GuaranteeFeeBenchmarkCapMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.COUNTERPARTY_CEILING;
  }

  //-------------------------------------------------------------------------
  @Override
  public MeasureOutcome evaluate(GuaranteeFeeBenchmarkCapMeasure measure, EnterpriseProfile profile,
      EvaluationContext context, boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.COUNTERPARTY_CEILING);
    Citation clause = measure.capRatio().citation();
    if (explain && measure.documentStatus() == DocumentStatus.DRAFT) {
      builder.addNotes(GuaranteeFeeLoanParts.note("draft", "征求意见稿，不具约束力：金额仅供参考",
          "a draft for comment, not binding: the figure is indicative only", clause));
    }
    if (profile.loans().isEmpty()) {
      if (profile.specialisedAndInnovative().map(q -> !q.held()).orElse(false)
          && !profile.littleGiant().map(Qualification::held).orElse(false)) {
        // the loans are not known, but a firm that holds no 专精特新 recognition at all is out on every contract date
        builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
        if (explain) {
          builder.addReasons(new Reason("not-specialised-and-innovative", LocalizedText.of("借款人为专精特新企业",
              "borrower is a 专精特新 enterprise"), clause));
        }
        return context.finish(builder);
      }
      return context.finish(GuaranteeFeeLoanParts.loansNotKnown(builder, OutcomeAmount.atLeast(Cny.ZERO), clause,
          explain));
    }
    List<LoanFacts> loans = profile.loans().get();
    if (loans.isEmpty()) {
      return context.finish(GuaranteeFeeLoanParts.none(builder, "no-loans",
          LocalizedText.of("企业没有贷款", "the enterprise has no loans"), clause, explain));
    }
    GuaranteeFeeBenchmarkCapCalculator calculator = GuaranteeFeeBenchmarkCapCalculator.of(context.data());
    List<ExplanationStep> steps = new ArrayList<>();
    List<Part> parts = new ArrayList<>(loans.size());
    List<String> drawdownUsed = new ArrayList<>();
    boolean anyWithoutGuarantee = false;
    // the firm's recognitions, read once for every loan
    Optional<Qualification> specialised = profile.specialisedAndInnovative();
    Optional<Qualification> littleGiant = profile.littleGiant();
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      int index = i;
      LocalDate contract = loan.contractDate().orElse(loan.drawdownDate());
      // the 专精特新中小企业 recognition expired with the 小巨人 one not given: the 小巨人 one is asked (register §4.6
      // item 59)
      String recognition = SpecialisedRecognition.factAsked(specialised, littleGiant, contract);
      ProfilePointers pointers = ProfilePointers.lazy(() -> pointers("/loans/" + index, loan, recognition));
      // the draft's 专精特新企业 include the 小巨人 (its opening paragraph): either recognition on the contract date
      Optional<Boolean> recognised = SpecialisedRecognition.heldOn(specialised, littleGiant, contract);
      GuaranteeFeeBenchmarkCapCalculator.Evaluation e = evaluateLoan(calculator, measure, recognised, loan, contract,
          pointers, explain);
      TracedCondition.Decision decision = GuaranteeFeeLoanParts.remap(e.decision(), pointers::toProfile);
      // an ineligible loan has no cap fee when contracted outside the measure's validity (register §4.6 item 86)
      parts.add(switch (decision.verdict()) {
        case ELIGIBLE -> Part.exactly(decision, capFee(e));
        case INELIGIBLE -> Part.ineligible(decision);
        default -> new Part(decision, BigDecimal.ZERO, Optional.of(capFee(e)));
      });
      if (decision.verdict() != Verdict.INELIGIBLE) {
        anyWithoutGuarantee |= GuaranteeFeeLoanParts.guaranteeNotGiven(loan);
        if (loan.contractDate().isEmpty()) {
          drawdownUsed.add(loan.loanId());
        }
      }
      if (explain) {
        steps.add(GuaranteeFeeLoanParts.loanStep(loan, "/loans/" + i));
        steps.addAll(e.steps().list());
      }
    }
    GuaranteeFeeLoanParts.combine(builder, parts, explain);
    if (explain) {
      builder.addNotes(GuaranteeFeeLoanParts.note("recognition-on-contract-date", "专精特新资格按合同签订日判断",
          "the 专精特新 recognition is tested on the contract date", RECOGNITION_DATE));
      if (!drawdownUsed.isEmpty()) {
        builder.addNotes(GuaranteeFeeLoanParts.note("contract-date-from-drawdown", "未提供合同签订日，按放款日读取基准利率："
            + String.join("、", drawdownUsed), "contract date not given, the benchmark read on the drawdown date: "
            + String.join(", ", drawdownUsed), CONTRACT_DATE));
      }
      if (anyWithoutGuarantee) {
        builder.addNotes(GuaranteeFeeLoanParts.guaranteeNotKnownNote());
      }
      builder.explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }

  /** Runs the calculator on one loan, the firm's recognition on its contract date given; bad facts name the profile. */
  private static GuaranteeFeeBenchmarkCapCalculator.Evaluation evaluateLoan(
      GuaranteeFeeBenchmarkCapCalculator calculator, GuaranteeFeeBenchmarkCapMeasure measure,
      Optional<Boolean> recognised, LoanFacts loan, LocalDate contract, ProfilePointers pointers, boolean explain) {
    try {
      GuaranteeFeeBenchmarkCapRequest request = GuaranteeFeeBenchmarkCapRequest.builder()
          .specialisedAndInnovative(recognised).governmentGuarantor(GuaranteeFeeLoanParts.governmentGuarantor(loan))
          .contractDate(contract).loanStart(loan.drawdownDate()).maturity(loan.maturityDate())
          .proposedFeeRate(loan.guarantee().flatMap(LoanGuarantee::feeRate)).guaranteedPrincipal(loan.principal())
          .build();
      return calculator.evaluate(measure, request, explain);
    } catch (InvalidInputException ex) {
      throw GuaranteeFeeLoanParts.relocate(ex, pointers, "");
    }
  }

  /** The loan's fee at the cap, priced whenever the loan is not ineligible. */
  private static BigDecimal capFee(GuaranteeFeeBenchmarkCapCalculator.Evaluation e) {
    return Cny.yuan(e.maximumFee().orElseThrow(), "maximumFee");
  }

  /** The request's pointers as the profile's, for one loan. */
  private static ProfilePointers pointers(String at, LoanFacts loan, String recognition) {
    return ProfilePointers.builder()
        .exact("/specialisedAndInnovative", recognition)
        .exact("/governmentGuarantor", GuaranteeFeeLoanParts.guaranteeFact(at, loan, "governmentGuarantor"))
        .exact("/contractDate", at + (loan.contractDate().isPresent() ? "/contractDate" : "/drawdownDate"))
        .exact("/loanStart", at + "/drawdownDate")
        .exact("/maturity", at + "/maturityDate")
        .exact("/proposedFeeRate", GuaranteeFeeLoanParts.guaranteeFact(at, loan, "feeRate"))
        .exact("/guaranteedPrincipal", at + "/principal")
        .exact("/options", at)
        .build();
  }
}
