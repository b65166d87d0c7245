package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeLoanParts.Part;
import io.github.huiqi.calculators.internal.ItemsTotalStep;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.financing.internal.SizeNames;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a guarantee-fee reduction such as 深工信〔2023〕26号 第6条 ("2023年，政府性融资担保机构针对小微企业的担保费率最高
 * 减免40%、且不高于1%") for an enterprise profile: the guarantee fee each of its loans saves.
 * <p>
 * For each profile loan the evaluator builds a {@link GuaranteeFeeReductionRequest}: the borrower's size from
 * {@code /size}, the guarantor from {@code /loans/i/guarantee/governmentGuarantor}, the loan's principal, the
 * guarantee's {@code standardFeeRate}, and the loan's term as the guarantee period (from the drawdown date, counted,
 * to the maturity date, not counted; the guarantee starts on the drawdown date for the measure's "2023年"). The
 * calculator decides the loan and prices both fees; the loan saves
 * <pre>
 *   fee saved = fee at the standard rate − fee under the measure   (each rounded half-up to the fen)
 * </pre>
 * over the measure's day count (built in: whole months ÷ 12 plus odd days ÷ 360, so a whole year costs exactly the
 * annual rate).
 * When the guarantee gives the rate the guarantor charges ({@code feeRate}), the loan saves what the firm actually
 * saves: the standard fee less the fee at that rate, at least zero and at most the measure's saving (a lower rate
 * grants more than the measure provides), and the measure's binding limit holds only when its fee sets the saving
 * (decisions register §1.2 card 000-6); the explanation shows both figures.
 * The outcome's amount ({@link AmountKind#FEE_SAVED}) is the sum over the loans. A loan whose facts leave it
 * undetermined adds the range from zero to its saving; one whose standard rate is not given adds the range from zero
 * to its saving at the highest standard rate a request accepts, 100% (the fee at 100% less the fee at the 1%
 * ceiling, or at the rate charged when that is higher), naming {@code /loans/i/guarantee/standardFeeRate}; the rate
 * changes the saving only, so such a loan, its other facts met, is eligible (decisions register §4.6 item 42). A
 * loan with no {@code guarantee} is not known to be guaranteed and is named as {@code /loans/i/guarantee}; a
 * guarantee with {@code governmentGuarantor = false} does not count. The profile does not give the reduction the
 * guarantor grants, so the measure's maximum (40%) is used. When the 1% ceiling sets a loan's fee, the binding limit
 * is the ceiling expressed as the fee at 1%, summed over such loans.
 * <p>
 * An absent {@code /loans} is undetermined, unbounded, naming {@code /size} too when it is not given (the engine
 * then fills it from the figures), unless the known size rules the measure out (a medium or large firm:
 * ineligible); an empty one is ineligible. A standard rate of 0% (a fee-free guarantee) saves nothing: 0.00.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class GuaranteeFeeReductionEvaluator implements MeasureEvaluator<GuaranteeFeeReductionMeasure> {

  /** The evaluator. */
  public static final GuaranteeFeeReductionEvaluator DEFAULT = new GuaranteeFeeReductionEvaluator();

  private static final GuaranteeFeeReductionCalculator CALCULATOR = GuaranteeFeeReductionCalculator.DEFAULT;
  /**
   * The standard rate of a loan whose rate is not given: the highest a rate can be (the requests refuse more than
   * 100%), so that its evaluation gives the verdict and the most the loan can save.
   */
  private static final Rate HIGHEST_RATE = Rate.ONE_HUNDRED_PERCENT;
  private static final Citation TERM = Citation.libraryDefault("decisions register §2.8",
      "the profile gives no guarantee dates or guaranteed amount: the guarantee covers the loan's principal over its "
          + "term, from the drawdown date (counted) to the maturity date (not counted), and starts on the drawdown "
          + "date for the measure's 2023");
  private static final Citation REDUCTION = Citation.libraryDefault("decisions register §1.2 card 000-6",
      "the profile does not give the reduction the guarantor grants: the measure's maximum (最高减免40%) is used, so "
          + "the saving is the most the measure allows");
  private static final Citation SAVING = Citation.libraryDefault("decisions register §2.8",
      "fee saved = the fee at the guarantor's standard rate − the fee under the measure, over the same term and day "
          + "count, each rounded half-up to the fen once");

  private GuaranteeFeeReductionEvaluator() {
  }

  @Override
  public Class<GuaranteeFeeReductionMeasure> measureType() {
    return GuaranteeFeeReductionMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.FEE_SAVED;
  }

  //-------------------------------------------------------------------------
  @Override
  public MeasureOutcome evaluate(GuaranteeFeeReductionMeasure measure, EnterpriseProfile profile,
      EvaluationContext context, boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.FEE_SAVED);
    Citation clause = measure.policyPeriod().citation();
    if (profile.loans().isEmpty()) {
      List<EnterpriseSize> sizes = measure.eligibleBorrowerSizes().value();
      LocalizedText sizeText = LocalizedText.of("借款人为小微企业（" + SizeNames.of(sizes).zh() + "）",
          "borrower is a small or micro enterprise (" + SizeNames.of(sizes).en() + ")");
      return context.finish(GuaranteeFeeLoanParts.loansNotGiven(builder, profile.size(),
          measure.eligibleBorrowerSizes(), "borrower-small-or-micro", sizeText, OutcomeAmount.atLeast(Cny.ZERO),
          clause, explain));
    }
    List<LoanFacts> loans = profile.loans().get();
    if (loans.isEmpty()) {
      return context.finish(GuaranteeFeeLoanParts.none(builder, "no-loans",
          LocalizedText.of("企业没有贷款", "the enterprise has no loans"), clause, explain));
    }
    List<ExplanationStep> steps = new ArrayList<>();
    List<Part> parts = new ArrayList<>(loans.size());
    BindingLimit binding = null;
    boolean anyWithoutGuarantee = false;
    boolean anyMaximumUsed = false;
    boolean anyCharged = false;
    List<BigDecimal> savings = new ArrayList<>();
    // the standard rates not given of eligible loans: they change the saving only (decisions register §4.6 item 42)
    List<String> openRates = new ArrayList<>();
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      int index = i;
      ProfilePointers pointers = ProfilePointers.lazy(() -> pointers("/loans/" + index, loan));
      Optional<Rate> standard = loan.guarantee().flatMap(LoanGuarantee::standardFeeRate);
      Optional<Rate> charged = loan.guarantee().flatMap(LoanGuarantee::feeRate);
      GuaranteeFeeReductionCalculator.Evaluation e = evaluateLoan(measure, profile, loan, standard, pointers,
          explain);
      GuaranteeFeeActualSaving saving = GuaranteeFeeActualSaving.of(measure, e, charged,
          Cny.positiveYuan(loan.principal(), "/loans/" + i + "/principal"));
      TracedCondition.Decision decision = GuaranteeFeeLoanParts.remap(e.decision(), pointers::toProfile);
      anyWithoutGuarantee |= GuaranteeFeeLoanParts.guaranteeNotGiven(loan) && decision.verdict() != Verdict.INELIGIBLE;
      Part part;
      if (decision.verdict() != Verdict.INELIGIBLE) {
        anyMaximumUsed |= charged.isEmpty();
        anyCharged |= charged.isPresent();
      }
      if (decision.verdict() == Verdict.INELIGIBLE) {
        part = Part.ineligible(decision);
      } else if (standard.isEmpty() && decision.verdict() == Verdict.ELIGIBLE) {
        // the loan qualifies; its standard rate sets only what it saves: from 0.00 (a fee-free guarantee) to its saving
        // at the highest standard rate, 100%
        openRates.add(pointers.toProfile("/standardFeeRate"));
        part = new Part(decision, BigDecimal.ZERO, Optional.of(saving.saved()));
      } else if (standard.isEmpty()) {
        // at most what the loan saves at the highest standard rate, 100%
        part = new Part(GuaranteeFeeLoanParts.withMissing(decision, pointers.toProfile("/standardFeeRate"),
            () -> new Reason("standard-fee-rate", LocalizedText.of("担保机构减免前的标准担保费率（未提供）",
                "the guarantor's standard fee rate before the reduction (not given)"),
                measure.maximumReduction().citation())), BigDecimal.ZERO, Optional.of(saving.saved()));
      } else {
        BigDecimal saved = saving.saved();
        part = decision.verdict() == Verdict.ELIGIBLE ? Part.exactly(decision, saved)
            : new Part(decision, BigDecimal.ZERO, Optional.of(saved));
        if (saving.measureBinds() && e.bindingLimit().isPresent()) {
          binding = plus(binding, e.bindingLimit().get());
        }
      }
      parts.add(part);
      if (explain) {
        steps.add(GuaranteeFeeLoanParts.loanStep(loan, "/loans/" + i));
        if (standard.isPresent()) {
          steps.addAll(e.steps().list());
          if (decision.verdict() != Verdict.INELIGIBLE) {
            addSavingSteps(steps, e, charged, saving);
          }
          if (decision.verdict() == Verdict.ELIGIBLE) {
            savings.add(saving.saved());
          }
        } else {
          steps.add(new InputStep(LocalizedText.of("标准担保费率未提供：结论按其他事实判定，节省金额至多为标准费率100%时的 "
              + saving.saved().toPlainString() + " 元", "standard fee rate not given: the verdict is decided on the "
              + "other facts; the saving is at most " + saving.saved().toPlainString() + ", at a standard rate of "
              + "100%"), HIGHEST_RATE.toString()));
        }
      }
    }
    if (GuaranteeFeeLoanParts.combine(builder, parts, explain).verdict() == Verdict.ELIGIBLE && !openRates.isEmpty()) {
      builder.addAllMissingFacts(openRates);
      if (explain) {
        builder.addNotes(new Reason("standard-fee-rate", LocalizedText.of("担保机构减免前的标准担保费率（未提供）：只影响节省金额",
            "the guarantor's standard fee rate before the reduction (not given): it changes the saving only"),
            measure.maximumReduction().citation()));
      }
    }
    if (explain) {
      // the eligible loans' savings in all: the amount (its least when another loan is undetermined)
      ItemsTotalStep.of(LocalizedText.of("节省的担保费合计（符合条件的各笔贷款）", "fee saved in all (the eligible loans)"),
          savings, SAVING).ifPresent(steps::add);
    }
    if (binding != null) {
      builder.bindingLimit(binding);
    }
    if (explain) {
      builder.addNotes(GuaranteeFeeLoanParts.note("guarantee-term", "担保期间按贷款期限（放款日至到期日）计",
          "the guarantee period is the loan's term, drawdown to maturity", TERM));
      if (anyMaximumUsed) {
        builder.addNotes(GuaranteeFeeLoanParts.note("maximum-reduction-used", "按最高减免比例40%计算",
            "the maximum reduction of 40% is used", REDUCTION));
      }
      if (anyCharged) {
        builder.addNotes(GuaranteeFeeLoanParts.note("fee-rate-charged", "按担保机构实际收取的费率计算节省额，至多为本措施"
            + "可节省额", "the saving is read against the rate the guarantor charges, at most what the measure allows",
            GuaranteeFeeActualSaving.READING));
      }
      builder.addNotes(GuaranteeFeeLoanParts.note("fee-saved", "节省的担保费 = 标准担保费 − 减免后担保费",
          "fee saved = standard fee − reduced fee", SAVING));
      if (anyWithoutGuarantee) {
        builder.addNotes(GuaranteeFeeLoanParts.guaranteeNotKnownNote());
      }
      builder.explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }

  /** Runs the calculator on one loan (a stand-in when the standard rate is not given); bad facts name the profile. */
  private static GuaranteeFeeReductionCalculator.Evaluation evaluateLoan(GuaranteeFeeReductionMeasure measure,
      EnterpriseProfile profile, LoanFacts loan, Optional<Rate> standard, ProfilePointers pointers,
      boolean explain) {
    try {
      GuaranteeFeeReductionRequest request = GuaranteeFeeReductionRequest.builder().borrowerSize(profile.size())
          .governmentGuarantor(GuaranteeFeeLoanParts.governmentGuarantor(loan)).guaranteedPrincipal(loan.principal())
          .standardFeeRate(standard.orElse(HIGHEST_RATE)).guaranteeStart(loan.drawdownDate())
          .guaranteeEnd(loan.maturityDate()).build();
      return CALCULATOR.evaluate(measure, request, explain);
    } catch (InvalidInputException ex) {
      throw GuaranteeFeeLoanParts.relocate(ex, pointers, "");
    }
  }

  /**
   * The steps of a loan's saving: the fee at the rate charged when given, the measure's saving (the entitlement)
   * and, when the rate charged decides, what the firm actually saves.
   */
  private static void addSavingSteps(List<ExplanationStep> steps, GuaranteeFeeReductionCalculator.Evaluation e,
      Optional<Rate> charged, GuaranteeFeeActualSaving saving) {
    if (charged.isPresent()) {
      steps.add(new InputStep(LocalizedText.of("担保机构实际收取的费率（年化）", "annual fee rate the guarantor charges"),
          charged.get().toString()));
      steps.add(new CalculationStep(LocalizedText.of("按实际费率的担保费", "fee at the rate charged"), "fee at "
          + charged.get() + " over the same period", saving.chargedFee().orElseThrow(),
          GuaranteeFeeActualSaving.READING));
    }
    String entitlement = "standard fee " + e.standardFee().toPlainString() + " − reduced fee "
        + e.reducedFee().toPlainString();
    if (saving.measureBinds()) {
      steps.add(new CalculationStep(LocalizedText.of("节省的担保费", "fee saved"), entitlement, saving.saved(), SAVING));
      return;
    }
    steps.add(new CalculationStep(LocalizedText.of("本措施可节省的担保费（担保机构未全部给予）",
        "fee the measure allows to save (the guarantor does not grant it all)"), entitlement, saving.entitlement(),
        SAVING));
    steps.add(new CalculationStep(LocalizedText.of("节省的担保费", "fee saved"), "max(0, standard fee "
        + e.standardFee().toPlainString() + " − fee charged " + saving.chargedFee().orElseThrow().toPlainString()
        + ")", saving.saved(), GuaranteeFeeActualSaving.READING));
  }

  /** The request's pointers as the profile's, for one loan. */
  private static ProfilePointers pointers(String at, LoanFacts loan) {
    return ProfilePointers.builder()
        .exact("/borrowerSize", "/size")
        .exact("/governmentGuarantor", GuaranteeFeeLoanParts.guaranteeFact(at, loan, "governmentGuarantor"))
        .exact("/standardFeeRate", GuaranteeFeeLoanParts.guaranteeFact(at, loan, "standardFeeRate"))
        .exact("/guaranteedPrincipal", at + "/principal")
        .exact("/guaranteeStart", at + "/drawdownDate")
        .exact("/guaranteeEnd", at + "/maturityDate")
        .exact("/standardReGuaranteeFeeRate", at + "/guarantee")
        .exact("/options", at)
        .build();
  }

  private static BindingLimit plus(BindingLimit sum, BindingLimit limit) {
    if (sum == null) {
      return limit;
    }
    return new BindingLimit(sum.code(), sum.name(), sum.limit().add(limit.limit()), sum.citation());
  }
}
