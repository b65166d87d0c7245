package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Adds up an enterprise's renovation projects for the evaluators of the grant and of the interest subsidy: each
 * project is one part with its own verdict and amount (each capped per project by its calculator; no source caps the
 * enterprise). The enterprise is eligible if a project is, otherwise undetermined if a project may be, otherwise
 * ineligible. The facts missing for any undetermined project are named, since they leave the verdict or the amount
 * open. Not part of the public API.
 */
final class RenovationProjectSum {

  /** The profile's list of projects. */
  static final String PROJECTS = "/renovationProjects";

  private RenovationProjectSum() {
  }

  /**
   * Returns the JSON Pointer of a project in the profile.
   *
   * @param index  the project's index in the profile
   * @return the pointer, such as {@code /renovationProjects/2}
   */
  static String pointer(int index) {
    return PROJECTS + "/" + index;
  }

  /**
   * One project's part.
   *
   * @param verdict  the project's verdict
   * @param minimum  the least it receives, yuan
   * @param maximum  the most it receives (what it would receive when undetermined), yuan; zero when ineligible
   * @param missingFacts  the facts its verdict or amount waits for, as profile pointers
   * @param capBinding  whether the per-project cap reduced its amount
   * @param eligibility  its verdict with reasons, in the explaining form; null in the plain form
   * @param steps  its explanation steps, empty in the plain form
   */
  record Part(Verdict verdict, BigDecimal minimum, BigDecimal maximum, List<String> missingFacts,
      boolean capBinding, Eligibility eligibility, List<ExplanationStep> steps) {
  }

  /**
   * The enterprise's total.
   *
   * @param verdict  the combined verdict
   * @param minimum  the sum of the eligible projects' minimums, yuan
   * @param maximum  the sum of the maximums of the projects not ineligible, yuan
   * @param missingFacts  the undetermined projects' missing facts, each once, in project order
   * @param capBinding  whether the cap bound a project that is not ineligible
   * @param reasons  the reasons of the projects whose verdict is the combined one, each code once; empty in the
   *     plain form
   * @param steps  each project's steps under a heading; empty in the plain form
   */
  record Total(Verdict verdict, BigDecimal minimum, BigDecimal maximum, List<String> missingFacts,
      boolean capBinding, List<Reason> reasons, List<ExplanationStep> steps) {
  }

  /**
   * Adds up the projects' parts.
   *
   * @param projects  the profile's projects, in order
   * @param parts  their parts, in the same order
   * @param explain  whether to gather reasons and steps
   * @return the total
   */
  static Total add(List<RenovationProject> projects, List<Part> parts, boolean explain) {
    boolean anyEligible = false;
    boolean anyUndetermined = false;
    BigDecimal minimum = BigDecimal.ZERO;
    BigDecimal maximum = BigDecimal.ZERO;
    boolean binding = false;
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    for (Part part : parts) {
      anyEligible |= part.verdict() == Verdict.ELIGIBLE;
      anyUndetermined |= part.verdict() == Verdict.UNDETERMINED;
      if (part.verdict() == Verdict.ELIGIBLE) {
        minimum = minimum.add(part.minimum());
      }
      if (part.verdict() != Verdict.INELIGIBLE) {
        maximum = maximum.add(part.maximum());
        binding |= part.capBinding();
        missing.addAll(part.missingFacts());
      }
    }
    Verdict verdict = anyEligible ? Verdict.ELIGIBLE : anyUndetermined ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
    if (!explain) {
      return new Total(verdict, minimum, maximum, List.copyOf(missing), binding, List.of(), List.of());
    }
    Map<String, Reason> reasons = new LinkedHashMap<>();
    List<ExplanationStep> steps = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part.verdict() == verdict) {
        part.eligibility().reasons().forEach(reason -> reasons.putIfAbsent(reason.code(), reason));
      }
      RenovationProject project = projects.get(i);
      steps.add(new InputStep(LocalizedText.of("—— 技术改造项目 " + project.projectId() + "（" + pointer(i) + "）",
          "—— renovation project " + project.projectId() + " (" + pointer(i) + ")"), part.verdict() + ", "
          + project.category()));
      steps.addAll(part.steps());
    }
    return new Total(verdict, minimum, maximum, List.copyOf(missing), binding, List.copyOf(reasons.values()),
        steps);
  }

  /**
   * Finishes the outcome of an enterprise whose projects are not known: undetermined, naming
   * {@code /renovationProjects}, with no upper bound (the cap is per project and the projects are unknown).
   *
   * @param context  the context
   * @param builder  the outcome so far
   * @param explain  whether to give the reason
   * @param citation  the clause that needs the projects
   * @return the outcome
   */
  static MeasureOutcome projectsUnknown(EvaluationContext context, MeasureOutcome.Builder builder, boolean explain,
      Citation citation) {
    builder.verdict(Verdict.UNDETERMINED).amount(OutcomeAmount.atLeast(Cny.ZERO)).addMissingFacts(PROJECTS);
    if (explain) {
      builder.addReasons(new Reason("renovation-projects", LocalizedText.of("技术改造项目未知",
          "the enterprise's renovation projects are not known"), citation));
    }
    return context.finish(builder);
  }

  /**
   * Finishes the outcome of an enterprise known to have no renovation project: ineligible, zero.
   *
   * @param context  the context
   * @param builder  the outcome so far
   * @param explain  whether to give the reason
   * @param citation  the clause that needs a project
   * @return the outcome
   */
  static MeasureOutcome noProjects(EvaluationContext context, MeasureOutcome.Builder builder, boolean explain,
      Citation citation) {
    builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
    if (explain) {
      builder.addReasons(new Reason("no-renovation-projects", LocalizedText.of("企业没有技术改造项目",
          "the enterprise has no renovation project"), citation));
    }
    return context.finish(builder);
  }
}
