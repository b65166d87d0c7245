package io.github.huiqi.calculators.financing;

import io.github.huiqi.calculators.MissingFactsException;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.BorrowerKind;
import io.github.huiqi.core.financing.LoanDeferralMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
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
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class LoanDeferralCalculator {

  /** The calculator. */
  public static final LoanDeferralCalculator DEFAULT = new LoanDeferralCalculator();

  private LoanDeferralCalculator() {
  }

  /**
   * Returns the date a loan may be deferred to.
   *
   * @param measure  the measure, such as the built-in {@link LoanDeferralMeasure#SHENZHEN_2023}
   * @param request  the loan
   * @return the date (the requested date, capped to the latest; or the latest when none was requested), or empty
   *     if the loan is not within the measure
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the verdict depends on facts the request does not give
   */
  public Optional<LocalDate> deferredUntil(LoanDeferralMeasure measure, LoanDeferralRequest request) {
    LoanDeferralResult result = evaluate(measure, request, false);
    if (result.eligibility().verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(result.eligibility().missingFacts());
    }
    return result.deferredUntil();
  }

  /**
   * Decides whether a loan may be deferred, to when, with the verdict and the explanation.
   *
   * @param measure  the measure
   * @param request  the loan
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public LoanDeferralResult explainDeferral(LoanDeferralMeasure measure, LoanDeferralRequest request) {
    return evaluate(measure, request, true);
  }

  /** Decides the deferral; the explanation steps are built only when explaining, so the plain form stays fast. */
  private LoanDeferralResult evaluate(LoanDeferralMeasure measure, LoanDeferralRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    steps.add(() -> new InputStep(LocalizedText.of("贷款 " + request.loanId(), "loan " + request.loanId()),
        request.borrowerKind() + request.borrowerSize().map(size -> " " + size).orElse("") + ", due "
            + request.dueDate() + request.requestedDeferredDate().map(d -> ", deferral asked to " + d).orElse("")));
    Eligibility.Collector collector = new Eligibility.Collector();

    DateRange window = measure.dueWindow().value();
    boolean dueInWindow = window.contains(request.dueDate());
    record(collector, steps, dueInWindow ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, null,
        dueInWindow ? "due-in-window" : "not-due-in-window",
        LocalizedText.of("贷款于 " + window + " 内到期", "loan falls due within " + window),
        "dueDate = " + request.dueDate(), measure.dueWindow().citation());

    Citation scope = measure.borrowerScope();
    if (request.borrowerKind() == BorrowerKind.ENTERPRISE) {
      Optional<EnterpriseSize> size = request.borrowerSize();
      record(collector, steps, size.map(s -> s.isSmallOrMicro() ? ConditionOutcome.MET : ConditionOutcome.NOT_MET)
              .orElse(ConditionOutcome.UNKNOWN), "/borrowerSize",
          size.map(s -> s.isSmallOrMicro() ? "small-or-micro-enterprise" : "not-small-or-micro-enterprise")
              .orElse("small-or-micro-enterprise"),
          LocalizedText.of("借款人为小微企业", "borrower is a small or micro enterprise"),
          size.map(s -> "borrowerSize = " + s).orElse("borrowerSize not given"), scope);
    } else {
      Optional<Boolean> business = request.forBusiness();
      String who = request.borrowerKind() == BorrowerKind.INDIVIDUAL_BUSINESS ? "个体工商户" : "小微企业主";
      record(collector, steps, business.map(b -> b ? ConditionOutcome.MET : ConditionOutcome.NOT_MET)
              .orElse(ConditionOutcome.UNKNOWN), "/forBusiness",
          business.map(b -> b ? "business-loan" : "not-business-loan").orElse("business-loan"),
          LocalizedText.of(who + "经营性贷款", request.borrowerKind() + " business loan"),
          business.map(b -> "forBusiness = " + b).orElse("forBusiness not given"), scope);
    }

    Optional<Boolean> affected = request.affectedByEpidemic();
    record(collector, steps, affected.map(a -> a ? ConditionOutcome.MET : ConditionOutcome.NOT_MET)
            .orElse(ConditionOutcome.UNKNOWN), "/affectedByEpidemic",
        affected.map(a -> a ? "affected-by-epidemic" : "not-affected-by-epidemic").orElse("affected-by-epidemic"),
        LocalizedText.of("受疫情影响暂时遇困", "temporarily in difficulty because of the epidemic"),
        affected.map(a -> "affectedByEpidemic = " + a).orElse("affectedByEpidemic not given"),
        measure.hardship());
    Eligibility eligibility = collector.verdict();

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
    Optional<LocalDate> deferredUntil = eligibility.verdict() == Verdict.INELIGIBLE ? Optional.empty()
        : Optional.of(until);
    return new LoanDeferralResult(measure.id(), measure.documentStatus(), request.loanId(), eligibility, latest,
        requested, deferredUntil, capped, new Explanation(steps.list()));
  }

  /**
   * Decides a deferral from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link LoanDeferralRequest} as JSON
   * @return a {@link LoanDeferralResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit
   */
  public String explainDeferralJson(LoanDeferralMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainDeferral(measure, HuiqiJson.read(requestJson, LoanDeferralRequest.class)));
  }

  private static void record(Eligibility.Collector collector, StepTrace steps, ConditionOutcome outcome,
      String fact, String code, LocalizedText text, String detail, Citation citation) {
    Reason reason = new Reason(code, text, citation);
    collector.record(outcome, fact, reason);
    steps.add(() -> new ConditionStep(text, outcome, detail, citation));
  }
}
