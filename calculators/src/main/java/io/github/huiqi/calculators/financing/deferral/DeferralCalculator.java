package io.github.huiqi.calculators.financing.deferral;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a small or micro business loan may be deferred (延期还本付息), and to when, such as under
 * 深工信〔2023〕26号 第7条.
 * <p>
 * A loan qualifies when it falls due in the window (2022-10-01..2022-12-31, both included), the borrower is a small or
 * micro enterprise, or an individual business (个体工商户) or small/micro enterprise owner (小微企业主) borrowing for
 * business, and the borrower is temporarily in difficulty because of the epidemic. It may be deferred to no later than
 * the latest date (2023-06-30, included): a requested date up to it is allowed; a later one is not allowed and is
 * capped to it. A missing fact leaves the verdict undetermined, naming it as a JSON Pointer such as
 * {@code /borrowerSize}.
 * <p>
 * The deferral itself is negotiated with the bank ("按市场化原则共同协商"); the verdict says the loan is within the measure,
 * not that a bank must agree.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * DeferralMeasure measure = data.getMeasure(DeferralMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * DeferralRequest request = HuiqiJson.read(requestJson, DeferralRequest.class);
 * Optional<LocalDate> until = DeferralCalculator.DEFAULT.deferredUntil(measure, request);
 * DeferralResult explained = DeferralCalculator.DEFAULT.explainDeferredUntil(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = DeferralCalculator.DEFAULT.explainDeferredUntilJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class DeferralCalculator {

  /** The calculator. */
  public static final DeferralCalculator DEFAULT = new DeferralCalculator();

  private DeferralCalculator() {
  }

  /**
   * Returns the date a loan may be deferred to.
   *
   * @param measure  the measure, such as the built-in {@link DeferralMeasure#SHENZHEN_2023}
   * @param request  the loan
   * @return the date (the requested date, capped to the latest; or the latest when none was requested), or empty
   *     if the loan is not within the measure
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the verdict depends on facts the request does not give
   */
  public Optional<LocalDate> deferredUntil(DeferralMeasure measure, DeferralRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (evaluation.decision.verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(evaluation.decision.missingFacts());
    }
    return evaluation.deferredUntil;
  }

  /**
   * Decides whether a loan may be deferred, to when, with the verdict and the explanation.
   *
   * @param measure  the measure
   * @param request  the loan
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public DeferralResult explainDeferredUntil(DeferralMeasure measure, DeferralRequest request) {
    Evaluation e = evaluate(measure, request, true);
    DeferralResult result = new DeferralResult(measure.id(), measure.documentStatus(), request.loanId(),
        e.decision.eligibility(),
        e.latest, request.requestedDeferredDate(), e.deferredUntil, e.capped, new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("financing.deferral.deferred-until", List.of(measure), request, Optional.empty(),
        result));
  }

  /** Decides the deferral; texts and steps are built only when explaining, so the plain form stays fast. */
  Evaluation evaluate(DeferralMeasure measure, DeferralRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    steps.add(() -> new InputStep(LocalizedText.of("贷款 " + request.loanId(), "loan " + request.loanId()),
        request.borrowerKind() + request.borrowerSize().map(size -> " " + size).orElse("") + ", due "
            + request.dueDate() + request.requestedDeferredDate().map(d -> ", deferral asked to " + d).orElse("")));

    DateRange window = measure.dueWindow().value();
    TracedCondition due = TracedCondition.known(window.contains(request.dueDate()), "due-in-window",
        () -> LocalizedText.of("贷款于 " + window + " 内到期", "loan falls due within " + window),
        () -> "dueDate = " + request.dueDate(), measure.dueWindow().citation());
    Citation scope = measure.borrowerScope();
    TracedCondition borrower = request.borrowerKind() == DeferralBorrowerKind.ENTERPRISE
        ? TracedCondition.of(request.borrowerSize(), EnterpriseSize::isSmallOrMicro, "/borrowerSize",
            "small-or-micro-enterprise",
            () -> LocalizedText.of("借款人为小微企业", "borrower is a small or micro enterprise"), scope)
        : TracedCondition.of(request.forBusiness(), Boolean::booleanValue, "/forBusiness", "business-loan",
            () -> LocalizedText.of(
                (request.borrowerKind() == DeferralBorrowerKind.INDIVIDUAL_BUSINESS ? "个体工商户" : "小微企业主") + "经营性贷款",
                request.borrowerKind() + " business loan"), scope);
    TracedCondition affected = TracedCondition.of(request.affectedByEpidemic(), Boolean::booleanValue,
        "/affectedByEpidemic", "affected-by-epidemic",
        () -> LocalizedText.of("受疫情影响暂时遇困", "temporarily in difficulty because of the epidemic"),
        measure.hardship());
    TracedCondition.Decision decision = TracedCondition.decide(List.of(due, borrower, affected), steps);

    LocalDate latest = measure.latestDeferredDate().value();
    Optional<LocalDate> requested = request.requestedDeferredDate();
    boolean capped = requested.map(date -> date.isAfter(latest)).orElse(false);
    LocalDate until = requested.filter(date -> !date.isAfter(latest)).orElse(latest);
    Citation latestCite = measure.latestDeferredDate().citation();
    if (requested.isPresent()) {
      steps.add(() -> new ConditionStep(LocalizedText.of("申请延期至不晚于 " + latest, "deferral asked to no later "
          + "than " + latest), capped ? ConditionOutcome.NOT_MET : ConditionOutcome.MET,
          "requestedDeferredDate = " + requested.get() + (capped ? "; not allowed, capped to " + latest : ""),
          latestCite));
    } else {
      steps.add(() -> new InputStep(LocalizedText.of("最长可延至", "latest deferral date"), latest.toString()));
    }
    Optional<LocalDate> deferredUntil = decision.verdict() == Verdict.INELIGIBLE ? Optional.empty()
        : Optional.of(until);
    return new Evaluation(decision, latest, deferredUntil, capped, steps);
  }

  /**
   * Decides a deferral from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link DeferralRequest} as JSON
   * @return a {@link DeferralResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit
   */
  public String explainDeferredUntilJson(DeferralMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainDeferredUntil(measure, HuiqiJson.read(requestJson, DeferralRequest.class)));
  }

  record Evaluation(
      TracedCondition.Decision decision,
      LocalDate latest,
      Optional<LocalDate> deferredUntil,
      boolean capped,
      StepTrace steps) {
  }
}
