package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.financing.renovation.RenovationProjectSum.Part;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the technical-renovation grant ({@link RenovationGrantMeasure}, such as 小升规方案 第十条: "分档分类给予不超过
 * 项目总投资额10-20%的资助，资助上限为5000万元") for an enterprise profile: a payment to the firm.
 * <p>
 * Each of the profile's {@code renovationProjects} is one {@link RenovationGrantRequest#from(RenovationProject)},
 * run through {@link RenovationGrantCalculator}; the projects' maximum grants are added (each capped per project;
 * no source caps the enterprise). The grant is "不超过" a maximum: the authority fixes the figure, so even with every
 * fact known the amount is {@link OutcomeAmount#upTo} the sum of the maximums. A project with a missing fact (its
 * level, investment structure, or whether the authority supports it) adds its most favourable maximum and names the
 * fact, such as {@code /renovationProjects/1/maturityLevel}; the enterprise is eligible if a project is, undetermined
 * if none is but one may be, ineligible otherwise. Projects not known: undetermined, naming
 * {@code /renovationProjects}, with no upper bound. No project: ineligible, zero. The binding limit is the per-project
 * cap when it reduced a project's maximum. The eligible projects' maximums are the outcome's
 * {@link MeasureOutcome#widthFixedByAuthority}: no fact decides where within them the grant falls (decisions
 * register §4.6 item 149).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RenovationGrantEvaluator implements MeasureEvaluator<RenovationGrantMeasure> {

  /** The evaluator. */
  public static final RenovationGrantEvaluator DEFAULT = new RenovationGrantEvaluator();

  private RenovationGrantEvaluator() {
  }

  @Override
  public Class<RenovationGrantMeasure> measureType() {
    return RenovationGrantMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(RenovationGrantMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    if (profile.renovationProjects().isEmpty()) {
      return RenovationProjectSum.projectsUnknown(context, builder, explain, measure.supportedProjects());
    }
    List<RenovationProject> projects = profile.renovationProjects().get();
    if (projects.isEmpty()) {
      return RenovationProjectSum.noProjects(context, builder, explain, measure.supportedProjects());
    }
    List<Part> parts = new ArrayList<>(projects.size());
    for (int i = 0; i < projects.size(); i++) {
      parts.add(part(measure, projects.get(i), i, explain));
    }
    RenovationProjectSum.Total total = RenovationProjectSum.add(projects, parts, explain);
    builder.verdict(total.verdict()).addAllMissingFacts(total.missingFacts())
        .amount(total.verdict() == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
            : OutcomeAmount.upTo(Cny.of(total.maximum())));
    BigDecimal fixedByAuthority = authorityFixed(parts);
    if (total.verdict() != Verdict.INELIGIBLE && fixedByAuthority.signum() > 0) {
      builder.widthFixedByAuthority(Cny.of(fixedByAuthority));
    }
    if (total.capBinding()) {
      builder.bindingLimit(new BindingLimit("cap-per-project", RenovationGrantCalculator.CAP_NAME,
          measure.capPerProject().value(), measure.capPerProject().citation()));
    }
    if (explain) {
      builder.addAllReasons(total.reasons()).explanation(new Explanation(total.steps()));
    }
    return context.finish(builder);
  }

  /**
   * The part of the range no fact decides (decisions register §4.6 item 149): the maximums of the projects every fact
   * of which is known and met, within which "不超过" leaves the figure to the authority; an undetermined project's
   * range is opened by the facts it names.
   */
  private static BigDecimal authorityFixed(List<Part> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Part part : parts) {
      if (part.verdict() == Verdict.ELIGIBLE) {
        sum = sum.add(part.maximum());
      }
    }
    return sum;
  }

  private static Part part(RenovationGrantMeasure measure, RenovationProject project, int index, boolean explain) {
    String at = RenovationProjectSum.pointer(index);
    RenovationGrantCalculator.Evaluation evaluation;
    try {
      evaluation = RenovationGrantCalculator.DEFAULT.evaluate(measure, RenovationGrantRequest.from(project), explain);
    } catch (InvalidInputException ex) {
      throw ex.at(at);
    }
    Verdict verdict = evaluation.eligibility().verdict();
    List<String> missing = ProfilePointers.builder().prefix("/", at + "/").build()
        .toProfile(evaluation.eligibility().missingFacts());
    BigDecimal maximum = verdict == Verdict.INELIGIBLE ? BigDecimal.ZERO : evaluation.maximum();
    return new Part(verdict, BigDecimal.ZERO, maximum, missing, verdict != Verdict.INELIGIBLE
        && evaluation.capBinding(), explain ? evaluation.eligibility() : null, evaluation.steps());
  }
}
