package io.github.huiqi.calculators.financing.deferral;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a deferral of principal and interest (延期还本付息), such as 深工信〔2023〕26号 第7条 ("对于2022年第四季度到期的、
 * 受疫情影响暂时遇困的小微企业贷款…最长可延至2023年6月30日"), for an enterprise profile: which of its loans may be deferred,
 * and to when.
 * <p>
 * The benefit is a date, not money: the outcome is {@link AmountKind#NON_MONETARY}, its amount exactly zero, and its
 * {@link MeasureOutcome#detail()} says in Chinese and English which loans may be deferred and to when (in both forms,
 * since it is the benefit itself). A loan falls due on its maturity date; one repaid in full before maturity has
 * nothing falling due and is not considered. For each loan due in the measure's window (2022-10-01..2022-12-31) the
 * evaluator builds a {@link DeferralRequest}: the borrower kind from {@code /legalForm} (an enterprise, or an
 * individual business), the size from {@code /size}, whether the loan is for business from
 * {@code /loans/i/forProductionOrOperation}, the due date, the hardship from {@code /affectedByEpidemic} and the date
 * asked for from {@code /loans/i/requestedDeferredDate}. The calculator decides the loan: it may be deferred to the
 * date asked for, or to the latest date (2023-06-30) when none is asked for or a later one is.
 * <p>
 * The enterprise is eligible if any loan may be deferred. When the legal form is not given, each loan is decided as
 * an enterprise's and as an individual business's: ineligible if both are, eligible if both are (to the same date),
 * otherwise undetermined, naming {@code /legalForm} and the facts either needs; a firm known to be an independent
 * legal person is decided as an enterprise (an individual business, 个体工商户, is a natural person's business under
 * 《民法典》第五十四条, never a legal person). No loan due in the window is ineligible; an absent {@code /loans} is
 * undetermined. A date asked for that is not after the maturity date, which
 * the calculator rejects, is bad input naming {@code /loans/i/requestedDeferredDate}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DeferralEvaluator implements MeasureEvaluator<DeferralMeasure> {

  /** The evaluator. */
  public static final DeferralEvaluator DEFAULT = new DeferralEvaluator();

  private static final DeferralCalculator CALCULATOR = DeferralCalculator.DEFAULT;
  private static final List<DeferralBorrowerKind> EITHER_KIND =
      List.of(DeferralBorrowerKind.ENTERPRISE, DeferralBorrowerKind.INDIVIDUAL_BUSINESS);
  private static final Citation DUE_DATE = Citation.libraryDefault("decisions register §1.2 card 000-7",
      "a loan falls due on its maturity date (到期); a loan repaid in full before maturity has nothing falling due");

  private DeferralEvaluator() {
  }

  @Override
  public Class<DeferralMeasure> measureType() {
    return DeferralMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  //-------------------------------------------------------------------------
  @Override
  public MeasureOutcome evaluate(DeferralMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).amount(OutcomeAmount.ZERO);
    DateRange window = measure.dueWindow().value();
    Citation clause = measure.dueWindow().citation();
    if (explain) {
      builder.addNotes(new Reason("due-on-maturity", LocalizedText.of("贷款按到期日判断是否在" + window + "内到期；"
          + "到期前已全部还清的贷款不予考虑", "a loan falls due within " + window + " by its maturity date; one "
          + "repaid in full before maturity is not considered"), DUE_DATE));
      builder.addNotes(new Reason("negotiated-with-bank", LocalizedText.of("延期须与银行按市场化原则协商，结论不代表银行必须同意",
          "the deferral is negotiated with the bank; the verdict does not oblige the bank to agree"),
          measure.latestDeferredDate().citation()));
    }
    if (profile.loans().isEmpty()) {
      builder.verdict(Verdict.UNDETERMINED).addMissingFacts("/loans");
      if (explain) {
        builder.addReasons(new Reason("loans", LocalizedText.of("企业的贷款（未提供）", "the enterprise's loans (not "
            + "given)"), clause));
      }
      return context.finish(builder);
    }
    List<LoanFacts> loans = profile.loans().get();
    List<ExplanationStep> steps = new ArrayList<>();
    List<TracedCondition.Decision> decisions = new ArrayList<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    Map<String, LocalDate> deferrable = new LinkedHashMap<>();
    Map<String, LocalDate> possible = new LinkedHashMap<>();
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      boolean repaidEarly = loan.repaymentDate().filter(date -> date.isBefore(loan.maturityDate())).isPresent();
      if (!window.contains(loan.maturityDate()) || repaidEarly) {
        continue;
      }
      String at = "/loans/" + i;
      ProfilePointers pointers = ProfilePointers.lazy(() -> pointers(at));
      List<DeferralBorrowerKind> kinds = profile.legalForm().map(form -> List.of(kindOf(form))).orElse(
          profile.independentLegalPerson().orElse(false) ? List.of(DeferralBorrowerKind.ENTERPRISE) : EITHER_KIND);
      List<DeferralCalculator.Evaluation> evaluations = new ArrayList<>(kinds.size());
      List<TracedCondition.Decision> kindDecisions = new ArrayList<>(kinds.size());
      for (DeferralBorrowerKind kind : kinds) {
        DeferralCalculator.Evaluation e = CALCULATOR.evaluate(measure, request(profile, loan, kind, pointers), explain);
        evaluations.add(e);
        kindDecisions.add(remap(e.decision(), pointers));
      }
      TracedCondition.Decision decision = kinds.size() == 1 ? kindDecisions.get(0) : eitherKind(kindDecisions,
          measure);
      decisions.add(decision);
      for (int k = 0; k < kinds.size(); k++) {
        if (kindDecisions.get(k).verdict() != Verdict.INELIGIBLE) {
          LocalDate until = evaluations.get(k).deferredUntil().orElseThrow();
          (decision.verdict() == Verdict.ELIGIBLE ? deferrable : possible).put(loan.loanId(), until);
          break;
        }
      }
      if (decision.verdict() == Verdict.UNDETERMINED) {
        missing.addAll(decision.missingFacts());
      }
      if (explain) {
        steps.add(new InputStep(LocalizedText.of("贷款 " + loan.loanId() + "（" + at + "）", "loan " + loan.loanId()
            + " (" + at + ")"), "due " + loan.maturityDate() + (profile.legalForm().isPresent() ? ""
            : kinds.size() == 1 ? "; legal form not given: an independent legal person, decided as an enterprise's"
            : "; legal form not given: decided as an enterprise's and as an individual business's")));
        evaluations.forEach(e -> steps.addAll(e.steps().list()));
      }
    }
    if (decisions.isEmpty()) {
      builder.verdict(Verdict.INELIGIBLE);
      if (explain) {
        builder.addReasons(new Reason("no-loan-due-in-window", LocalizedText.of("企业没有在 " + window + " 内到期的贷款",
            "none of the enterprise's loans falls due within " + window), clause));
      }
      return context.finish(builder);
    }
    TracedCondition.Decision combined = EnterpriseCap.combine(decisions);
    builder.verdict(combined.verdict()).addAllMissingFacts(missing);
    if (!deferrable.isEmpty() || !possible.isEmpty()) {
      builder.detail(detail(deferrable, possible, measure.latestDeferredDate().value()));
    }
    if (explain) {
      if (combined.eligibility() != null) {
        builder.addAllReasons(combined.eligibility().reasons());
      }
      builder.explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }

  private static DeferralBorrowerKind kindOf(LegalForm form) {
    return switch (form) {
      // 个人独资企业 and 合伙企业 are enterprises (企业) of their size: 小微企业 when small or micro
      case ENTERPRISE, SOLE_PROPRIETORSHIP, PARTNERSHIP -> DeferralBorrowerKind.ENTERPRISE;
      case INDIVIDUAL_BUSINESS -> DeferralBorrowerKind.INDIVIDUAL_BUSINESS;
    };
  }

  /** The loan's request; bad facts name the profile. */
  private static DeferralRequest request(EnterpriseProfile profile, LoanFacts loan, DeferralBorrowerKind kind,
      ProfilePointers pointers) {
    try {
      return DeferralRequest.builder().loanId(loan.loanId()).borrowerKind(kind).borrowerSize(profile.size())
          .forBusiness(loan.forProductionOrOperation()).dueDate(loan.maturityDate())
          .affectedByEpidemic(profile.affectedByEpidemic()).requestedDeferredDate(loan.requestedDeferredDate()).build();
    } catch (InvalidInputException ex) {
      String field = ex.field().startsWith("/") ? ex.field().substring(1) : ex.field();
      throw ex.withField(pointers.toProfile("/" + field));
    }
  }

  /** The request's pointers as the profile's, for one loan. */
  private static ProfilePointers pointers(String at) {
    return ProfilePointers.builder()
        .exact("/loanId", at + "/loanId")
        .exact("/borrowerKind", "/legalForm")
        .exact("/borrowerSize", "/size")
        .exact("/forBusiness", at + "/forProductionOrOperation")
        .exact("/dueDate", at + "/maturityDate")
        .exact("/affectedByEpidemic", "/affectedByEpidemic")
        .exact("/requestedDeferredDate", at + "/requestedDeferredDate")
        .build();
  }

  private static TracedCondition.Decision remap(TracedCondition.Decision decision, ProfilePointers pointers) {
    if (decision.missingFacts().isEmpty()) {
      return decision;
    }
    List<String> facts = pointers.toProfile(decision.missingFacts());
    Eligibility eligibility = decision.eligibility() == null ? null
        : new Eligibility(decision.verdict(), decision.eligibility().reasons(), facts);
    return new TracedCondition.Decision(decision.verdict(), facts, eligibility);
  }

  /**
   * A loan decided as an enterprise's and as an individual business's, the legal form not being given: ineligible if
   * both are, eligible if both are (the legal form then decides nothing), otherwise undetermined, naming
   * {@code /legalForm} and the facts of each form that is not ineligible.
   */
  private static TracedCondition.Decision eitherKind(List<TracedCondition.Decision> decisions,
      DeferralMeasure measure) {
    boolean explained = decisions.get(0).eligibility() != null;
    for (Verdict agreed : List.of(Verdict.INELIGIBLE, Verdict.ELIGIBLE)) {
      if (decisions.stream().allMatch(d -> d.verdict() == agreed)) {
        Map<String, Reason> reasons = new LinkedHashMap<>();
        if (explained) {
          decisions.forEach(d -> d.eligibility().reasons().forEach(r -> reasons.putIfAbsent(r.code(), r)));
        }
        return new TracedCondition.Decision(agreed, List.of(),
            explained ? new Eligibility(agreed, List.copyOf(reasons.values()), List.of()) : null);
      }
    }
    LinkedHashSet<String> facts = new LinkedHashSet<>();
    facts.add("/legalForm");
    Map<String, Reason> reasons = new LinkedHashMap<>();
    if (explained) {
      reasons.put("legal-form", new Reason("legal-form", LocalizedText.of("借款人为企业或个体工商户（未提供）",
          "whether the borrower is an enterprise or an individual business (not given)"), measure.borrowerScope()));
    }
    for (TracedCondition.Decision decision : decisions) {
      if (decision.verdict() == Verdict.UNDETERMINED) {
        facts.addAll(decision.missingFacts());
        if (explained) {
          decision.eligibility().reasons().forEach(r -> reasons.putIfAbsent(r.code(), r));
        }
      }
    }
    List<String> missing = List.copyOf(facts);
    return new TracedCondition.Decision(Verdict.UNDETERMINED, missing,
        explained ? new Eligibility(Verdict.UNDETERMINED, List.copyOf(reasons.values()), missing) : null);
  }

  /** Which loans may be deferred, and to when, in both languages. */
  private static LocalizedText detail(Map<String, LocalDate> deferrable, Map<String, LocalDate> possible,
      LocalDate latest) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    if (!deferrable.isEmpty()) {
      zh.append("可延期还本付息的贷款：").append(list(deferrable, latest, true)).append('。');
      en.append("Loans that may be deferred: ").append(list(deferrable, latest, false)).append('.');
    }
    if (!possible.isEmpty()) {
      zh.append("补充缺失信息后可能可延期的贷款：").append(list(possible, latest, true)).append('。');
      en.append(en.length() == 0 ? "" : " ").append("Loans that may be deferred if the missing facts are "
          + "favourable: ").append(list(possible, latest, false)).append('.');
    }
    return LocalizedText.of(zh.toString(), en.toString());
  }

  private static String list(Map<String, LocalDate> loans, LocalDate latest, boolean chinese) {
    List<String> items = new ArrayList<>(loans.size());
    loans.forEach((id, until) -> items.add(chinese
        ? id + (until.equals(latest) ? " 最长可延至 " : " 可延至 ") + until
        : id + " to " + until + (until.equals(latest) ? " (the latest allowed)" : "")));
    return String.join(chinese ? "；" : "; ", items);
  }
}
