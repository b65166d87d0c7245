package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.financing.renovation.RenovationProjectSum.Part;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the technical-renovation loan interest subsidy ({@link RenovationInterestMeasure}, such as 小升规方案
 * 第十条: "按实际支付利息的50%，给予最高500万元的贴息资助") for an enterprise profile: a payment to the firm.
 * <p>
 * Each of the profile's {@code renovationProjects} with interest paid is one
 * {@link RenovationInterestRequest#from(RenovationProject)}, run through {@link RenovationInterestCalculator}; the
 * projects' subsidies are added (each capped per project; no source caps the enterprise), and the amount is exact
 * when every project is decided. A project whose support by the authority is not known adds the range from zero to
 * what it would receive, naming {@code /renovationProjects/i/eligibleProject}. A project with interest paid but no
 * {@code subsidyStart} is undetermined, naming {@code /renovationProjects/i/subsidyStart}, up to 50% of all its
 * interest paid within the cap (as if every payment fell in its subsidised years: a library bound, noted). A project
 * with no interest paid, or refused by the authority, gets nothing. The enterprise is eligible if a project is,
 * undetermined if none is but one may be, ineligible otherwise. Projects not known: undetermined, naming
 * {@code /renovationProjects}, with no upper bound. No project: ineligible, zero. The binding limit is the
 * per-project cap when it reduced a project's subsidy.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RenovationInterestEvaluator implements MeasureEvaluator<RenovationInterestMeasure> {

  /** The evaluator. */
  public static final RenovationInterestEvaluator DEFAULT = new RenovationInterestEvaluator();

  /** The upper bound of a project whose subsidised years are not known, which no source settles. */
  static final Citation START_UNKNOWN_BOUND = Citation.libraryDefault("decisions register §4.1 item 9",
      "a project's subsidy start is not known, so neither are its subsidised years: the most it can receive is the "
      + "subsidy on all its interest paid, as if every payment fell in those years, within the per-project cap");

  private RenovationInterestEvaluator() {
  }

  @Override
  public Class<RenovationInterestMeasure> measureType() {
    return RenovationInterestMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(RenovationInterestMeasure measure, EnterpriseProfile profile,
      EvaluationContext context, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    if (profile.renovationProjects().isEmpty()) {
      return RenovationProjectSum.projectsUnknown(context, builder, explain, measure.stackingWithGrant());
    }
    List<RenovationProject> projects = profile.renovationProjects().get();
    if (projects.isEmpty()) {
      return RenovationProjectSum.noProjects(context, builder, explain, measure.stackingWithGrant());
    }
    List<Part> parts = new ArrayList<>(projects.size());
    boolean bounded = false;
    for (int i = 0; i < projects.size(); i++) {
      RenovationProject project = projects.get(i);
      bounded |= isStartUnknown(project);
      parts.add(part(measure, project, i, explain));
    }
    RenovationProjectSum.Total total = RenovationProjectSum.add(projects, parts, explain);
    OutcomeAmount amount = total.verdict() == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
        : OutcomeAmount.between(Cny.of(total.minimum()), Cny.of(total.maximum()));
    builder.verdict(total.verdict()).amount(amount).addAllMissingFacts(total.missingFacts());
    if (total.capBinding()) {
      builder.bindingLimit(new BindingLimit("cap-per-project", RenovationInterestCalculator.CAP_NAME,
          measure.capPerProject().value(), measure.capPerProject().citation()));
    }
    if (explain) {
      builder.addAllReasons(total.reasons()).explanation(new Explanation(total.steps()));
      if (bounded && total.verdict() != Verdict.INELIGIBLE) {
        builder.addNotes(new Reason("renovation-subsidy-start-unknown-bound", LocalizedText.of(
            "贴息期起始日未知的项目：按其全部已付利息计算最高贴息", "a project whose subsidy start is not known: at most the "
            + "subsidy on all its interest paid"), START_UNKNOWN_BOUND));
      }
    }
    return context.finish(builder);
  }

  /** Whether a project that may be subsidised has interest paid but no known subsidy start. */
  private static boolean isStartUnknown(RenovationProject project) {
    return !project.interestPayments().isEmpty() && project.subsidyStart().isEmpty()
        && !project.eligibleProject().equals(Optional.of(false));
  }

  /** A project: with no interest paid or refused, nothing; with no subsidy start, the bound; else the calculator. */
  private static Part part(RenovationInterestMeasure measure, RenovationProject project, int index,
      boolean explain) {
    if (isStartUnknown(project)) {
      return startUnknown(measure, project, index, explain);
    }
    if (project.interestPayments().isEmpty() || project.subsidyStart().isEmpty()) {
      return nothing(measure, project, explain);
    }
    String at = RenovationProjectSum.pointer(index);
    RenovationInterestCalculator.Evaluation evaluation;
    try {
      evaluation = RenovationInterestCalculator.DEFAULT.evaluate(measure, RenovationInterestRequest.from(project),
          explain);
    } catch (InvalidInputException ex) {
      throw ex.at(at);
    }
    Verdict verdict = evaluation.decision().verdict();
    BigDecimal paid = evaluation.paid();
    List<String> missing = ProfilePointers.builder().prefix("/", at + "/").build()
        .toProfile(evaluation.decision().missingFacts());
    return new Part(verdict, verdict == Verdict.ELIGIBLE ? paid : BigDecimal.ZERO, paid, missing,
        evaluation.capBinding(), evaluation.decision().eligibility(), evaluation.steps().list());
  }

  /** A project with no interest paid, or refused by the authority before its subsidy start is known: nothing. */
  private static Part nothing(RenovationInterestMeasure measure, RenovationProject project, boolean explain) {
    Eligibility eligibility = null;
    if (explain) {
      Reason reason = project.interestPayments().isEmpty()
          ? new Reason("no-renovation-interest-paid", LocalizedText.of("项目没有实际支付的贷款或融资租赁利息",
              "no interest actually paid on the project's loans or leases"), measure.subsidyRatio().citation())
          : new Reason("not-eligible-renovation-project", LocalizedText.of("项目为符合条件、采用银行固定资产贷款或融资租赁的技术改造项目",
              "a supported renovation project financed by fixed-asset bank loans or finance leases"),
              measure.stackingWithGrant());
      eligibility = new Eligibility(Verdict.INELIGIBLE, List.of(reason), List.of());
    }
    return new Part(Verdict.INELIGIBLE, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), false, eligibility, List.of());
  }

  /** A project with interest paid whose subsidy start is not known: undetermined, up to the bound. */
  private static Part startUnknown(RenovationInterestMeasure measure, RenovationProject project, int index,
      boolean explain) {
    String at = RenovationProjectSum.pointer(index);
    BigDecimal interest = BigDecimal.ZERO;
    for (RenovationInterestPayment payment : project.interestPayments()) {
      interest = interest.add(Cny.notNegativeYuan(payment.interestPaid(), "interestPaid"));
    }
    Rate ratio = measure.subsidyRatio().value();
    MoneyRounding rounding = measure.rounding().value();
    BigDecimal exact = ratio.applyTo(interest);
    BigDecimal rounded = rounding.round(exact);
    BigDecimal cap = Cny.positiveYuan(measure.capPerProject().value(), "capPerProject");
    BigDecimal maximum = rounded.min(cap);
    List<String> missing = new ArrayList<>();
    if (project.eligibleProject().isEmpty()) {
      missing.add(at + "/eligibleProject");
    }
    missing.add(at + "/subsidyStart");
    Eligibility eligibility = null;
    List<ExplanationStep> steps = List.of();
    if (explain) {
      List<Reason> reasons = new ArrayList<>();
      if (project.eligibleProject().isEmpty()) {
        reasons.add(new Reason("eligible-renovation-project", LocalizedText.of("项目为符合条件、采用银行固定资产贷款或融资租赁的技术改造项目",
            "a supported renovation project financed by fixed-asset bank loans or finance leases"),
            measure.stackingWithGrant()));
      }
      reasons.add(new Reason("subsidy-start", LocalizedText.of("贴息期起始日未知，贴息年限无法确定",
          "the subsidy start is not known, so neither are the subsidised years"),
          measure.maximumSubsidyYears().citation()));
      eligibility = new Eligibility(Verdict.UNDETERMINED, reasons, missing);
      String total = interest.toPlainString();
      steps = List.of(
          new CalculationStep(LocalizedText.of("最高贴息（贴息期起始日未知：全部已付利息计入）",
              "most subsidy (subsidy start not known: all interest paid counted)"), total + " × " + ratio, exact,
              START_UNKNOWN_BOUND),
          new CapStep(RenovationInterestCalculator.CAP_NAME, cap, rounded, maximum,
              measure.capPerProject().citation()));
    }
    return new Part(Verdict.UNDETERMINED, BigDecimal.ZERO, maximum, missing, rounded.compareTo(cap) > 0,
        eligibility, steps);
  }
}
