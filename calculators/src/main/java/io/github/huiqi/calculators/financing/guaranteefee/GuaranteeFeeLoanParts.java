package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.money.MonetaryAmount;

/**
 * How the guarantee-fee evaluators turn a profile's loans into one outcome: each loan's part (its decision, with
 * missing facts as JSON Pointers into the profile, and its amount range), combined into the enterprise's verdict,
 * amount and missing facts.
 * <p>
 * The family's convention for a loan's guarantee: an absent {@code guarantee} is not known (the loan may or may not be
 * guaranteed), named as {@code /loans/i/guarantee}; an absent fact of a present guarantee is named as
 * {@code /loans/i/guarantee/<fact>}.
 * <p>
 * The combination: eligible if any loan is, otherwise undetermined if any loan is, otherwise ineligible
 * ({@link EnterpriseCap#combine}). The amount adds the loans' ranges end by end (ineligible loans add zero), with no
 * upper bound when a loan's has none; the missing facts are every undetermined loan's, in profile order, whatever the
 * enterprise's verdict, since they leave the amount open. Not part of the public API.
 */
final class GuaranteeFeeLoanParts {

  private static final Citation UNKNOWN_GUARANTEE = Citation.libraryDefault("decisions register §0.3",
      "unknown is not false: a loan with no guarantee facts may or may not be guaranteed, so it is named as "
          + "/loans/i/guarantee and what it would give is left open");

  private GuaranteeFeeLoanParts() {
  }

  /**
   * One loan's part.
   *
   * @param decision  the loan's decision, missing facts as profile pointers; its eligibility only when explaining
   * @param minimum  the least amount, yuan
   * @param maximum  the most amount, yuan; empty when nothing bounds it
   */
  record Part(TracedCondition.Decision decision, BigDecimal minimum, Optional<BigDecimal> maximum) {

    private static final Optional<BigDecimal> AT_MOST_ZERO = Optional.of(BigDecimal.ZERO);

    /** A loan that does not count: zero. */
    static Part ineligible(TracedCondition.Decision decision) {
      return new Part(decision, BigDecimal.ZERO, AT_MOST_ZERO);
    }

    /** A loan whose amount is known. */
    static Part exactly(TracedCondition.Decision decision, BigDecimal amount) {
      return new Part(decision, amount, Optional.of(amount));
    }
  }

  //-------------------------------------------------------------------------
  /**
   * The pointer of a loan's guarantee fact: the fact's own when the guarantee is given; {@code guarantee} when the
   * loan is known to be guaranteed but its guarantee is not given; {@code guaranteed} when that is not known either.
   */
  static String guaranteeFact(String loanPointer, LoanFacts loan, String fact) {
    if (loan.guarantee().isPresent()) {
      return loanPointer + "/guarantee/" + fact;
    }
    return loan.guaranteed().orElse(false) ? loanPointer + "/guarantee" : loanPointer + "/guaranteed";
  }

  /**
   * Whether the loan is guaranteed by a government guarantor: the guarantee's fact; true when it is not given but the
   * guarantee is through a municipal policy guarantee fund ({@code policyFund}, such as Shanghai's
   * 市中小微企业政策性融资担保基金管理中心, a government financing guarantor: 沪企服办〔2023〕1号 第十五条 names it and then the
   * 政府性融资担保机构 in one clause); false for a loan known to have no guarantee ({@code guaranteed: false}); unknown
   * otherwise.
   */
  static Optional<Boolean> governmentGuarantor(LoanFacts loan) {
    Optional<LoanGuarantee> guarantee = loan.guarantee();
    if (guarantee.isPresent()) {
      Optional<Boolean> government = guarantee.get().governmentGuarantor();
      return government.isPresent() ? government : guarantee.get().policyFund().filter(Boolean::booleanValue);
    }
    return loan.guaranteed().filter(guaranteed -> !guaranteed);
  }

  /** Whether the loan's guarantee facts are not given although the loan may be guaranteed. */
  static boolean guaranteeNotGiven(LoanFacts loan) {
    return loan.guarantee().isEmpty() && !knownUnguaranteed(loan);
  }

  /** Whether the loan is known to have no guarantee ({@code guaranteed: false}). */
  static boolean knownUnguaranteed(LoanFacts loan) {
    return !loan.guaranteed().orElse(true);
  }

  /** A decision with its missing facts rewritten (the calculator's request pointers to profile pointers). */
  static TracedCondition.Decision remap(TracedCondition.Decision decision, UnaryOperator<String> pointer) {
    if (decision.missingFacts().isEmpty()) {
      return decision;
    }
    LinkedHashSet<String> mapped = new LinkedHashSet<>();
    decision.missingFacts().forEach(fact -> mapped.add(pointer.apply(fact)));
    List<String> missing = List.copyOf(mapped);
    Eligibility eligibility = decision.eligibility() == null ? null
        : new Eligibility(decision.verdict(), decision.eligibility().reasons(), missing);
    return new TracedCondition.Decision(decision.verdict(), missing, eligibility);
  }

  /**
   * A decision made undetermined by one more missing fact, unless it is ineligible already (a known failure wins).
   */
  static TracedCondition.Decision withMissing(TracedCondition.Decision decision, String fact, Supplier<Reason> reason) {
    if (decision.verdict() == Verdict.INELIGIBLE) {
      return decision;
    }
    LinkedHashSet<String> missing = new LinkedHashSet<>(decision.missingFacts());
    missing.add(fact);
    List<String> facts = List.copyOf(missing);
    Eligibility eligibility = null;
    if (decision.eligibility() != null) {
      List<Reason> reasons = new ArrayList<>(decision.verdict() == Verdict.UNDETERMINED
          ? decision.eligibility().reasons() : List.of());
      reasons.add(reason.get());
      eligibility = new Eligibility(Verdict.UNDETERMINED, reasons, facts);
    }
    return new TracedCondition.Decision(Verdict.UNDETERMINED, facts, eligibility);
  }

  /**
   * Decides the evaluator's own conditions on a loan, such as whether its guarantor is a government one, adding their
   * steps when explaining.
   */
  static TracedCondition.Decision decide(List<TracedCondition> conditions, List<ExplanationStep> steps,
      boolean explain) {
    StepTrace trace = new StepTrace(explain);
    TracedCondition.Decision decision = TracedCondition.decide(conditions, trace);
    if (explain) {
      steps.addAll(trace.list());
    }
    return decision;
  }

  /** The note for profiles with a loan whose guarantee is not given. */
  static Reason guaranteeNotKnownNote() {
    return note("guarantee-not-known", "未提供担保信息且未说明无担保（guaranteed: false）的贷款，是否担保未知，列为缺失信息 "
        + "/loans/i/guaranteed（已知有担保而未提供担保信息的，列为 /loans/i/guarantee）", "a loan with no guarantee facts "
        + "and not said to be unguaranteed (guaranteed: false) is not known to be guaranteed: it is named as "
        + "/loans/i/guaranteed (a loan known to be guaranteed whose guarantee is not given, as /loans/i/guarantee)",
        UNKNOWN_GUARANTEE);
  }

  //-------------------------------------------------------------------------
  /**
   * Sets the verdict, the amount, the missing facts and, when explaining, the reasons from the loans' parts.
   *
   * @return the combined decision
   */
  static TracedCondition.Decision combine(MeasureOutcome.Builder builder, List<Part> parts, boolean explain) {
    List<TracedCondition.Decision> decisions = new ArrayList<>(parts.size());
    BigDecimal minimum = BigDecimal.ZERO;
    BigDecimal maximum = BigDecimal.ZERO;   // null once a part has no upper bound
    for (Part part : parts) {
      decisions.add(part.decision());
      minimum = minimum.add(part.minimum());
      maximum = maximum == null || part.maximum().isEmpty() ? null : maximum.add(part.maximum().get());
    }
    TracedCondition.Decision combined = combineDecisions(builder, decisions, explain);
    MonetaryAmount least = Cny.of(minimum);
    builder.amount(combined.verdict() == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
        : maximum == null ? OutcomeAmount.atLeast(least) : OutcomeAmount.between(least, Cny.of(maximum)));
    return combined;
  }

  /**
   * Sets the verdict, the missing facts (every undetermined loan's) and, when explaining, the reasons from the loans'
   * decisions; the caller sets the amount.
   *
   * @return the combined decision
   */
  static TracedCondition.Decision combineDecisions(MeasureOutcome.Builder builder,
      List<TracedCondition.Decision> decisions, boolean explain) {
    LinkedHashSet<String> missing = null;
    for (TracedCondition.Decision decision : decisions) {
      if (decision.verdict() == Verdict.UNDETERMINED) {
        if (missing == null) {
          missing = new LinkedHashSet<>();
        }
        missing.addAll(decision.missingFacts());
      }
    }
    TracedCondition.Decision combined = EnterpriseCap.combine(decisions);
    builder.verdict(combined.verdict());
    if (missing != null) {
      builder.addAllMissingFacts(missing);
    }
    if (explain && combined.eligibility() != null) {
      builder.addAllReasons(combined.eligibility().reasons());
    }
    return combined;
  }

  /**
   * Returns a calculator's bad-input error naming the profile's field: the request field's first segment rewritten.
   *
   * @param ex  the error, naming a request field such as {@code standardFeeRate} or {@code /guaranteedPrincipal}
   * @param pointers  the request's pointers as the profile's
   * @param prefix  the prefix of the request pointer, such as {@code /loans/2} for a loan's own field; empty for the
   *     request's root
   * @return the error naming the profile's pointer
   */
  static InvalidInputException relocate(InvalidInputException ex, ProfilePointers pointers, String prefix) {
    String field = ex.field().startsWith("/") ? ex.field().substring(1) : ex.field();
    String[] segments = field.split("/");
    String head = segments[0];
    if (segments.length > 1 && segments[1].chars().allMatch(Character::isDigit) && !segments[1].isEmpty()) {
      head = segments[0] + "/" + segments[1] + (segments.length > 2 ? "/" + segments[2] : "");
    }
    return ex.withField(pointers.toProfile(prefix + "/" + head));
  }

  /**
   * Sets an ineligible verdict for a profile whose loans are not known but whose size class already rules the measure
   * out: a known size the measure is not for (a large or medium firm for one "针对小微企业") fails every loan it could
   * have, so the missing loans decide nothing.
   *
   * @param builder  the outcome builder
   * @param size  the profile's size class, empty if not known
   * @param sizes  the size classes the measure is for, with their clause
   * @param code  the size condition's reason code when met; {@code not-} is prefixed, as for a loan's condition
   * @param text  the size condition
   * @param explain  whether to add the reason
   * @return true if the size rules the measure out and the verdict is set; false, with the builder untouched, if not
   */
  private static boolean sizeRulesOut(MeasureOutcome.Builder builder, Optional<EnterpriseSize> size,
      Parameter<List<EnterpriseSize>> sizes, String code, LocalizedText text, boolean explain) {
    if (size.isEmpty() || sizes.value().contains(size.get())) {
      return false;
    }
    builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
    if (explain) {
      builder.addReasons(new Reason("not-" + code, text, sizes.citation()));
    }
    return true;
  }

  /**
   * Names {@code /size} as missing, with its reason in the explaining form, when the profile does not give its size
   * class: with the loans not known either, the size alone could rule the measure out, and the entitlement engine
   * fills it from the figures ({@code SizeProfileStep}) when it is named.
   *
   * @param builder  the outcome builder, already undetermined
   * @param size  the profile's size class, empty if not known
   * @param sizes  the size classes the measure is for, with their clause
   * @param code  the size condition's reason code
   * @param text  the size condition
   * @param explain  whether to add the reason
   * @return the builder
   */
  private static MeasureOutcome.Builder sizeIfNotKnown(MeasureOutcome.Builder builder, Optional<EnterpriseSize> size,
      Parameter<List<EnterpriseSize>> sizes, String code, LocalizedText text, boolean explain) {
    if (size.isEmpty()) {
      builder.addMissingFacts("/size");
      if (explain) {
        builder.addReasons(new Reason(code, text, sizes.citation()));
      }
    }
    return builder;
  }

  /**
   * The outcome of a profile whose loans are not known ({@code /loans} absent): ineligible when its size class is
   * known and outside the measure's ({@link #sizeRulesOut}); otherwise undetermined over the range the measure allows,
   * asking for the loans ({@link #loansNotKnown}) and for the size when it is not given ({@link #sizeIfNotKnown}).
   *
   * @param builder  the outcome builder
   * @param size  the profile's size class, empty if not known
   * @param sizes  the size classes the measure is for, with their clause
   * @param code  the size condition's reason code when met
   * @param text  the size condition
   * @param range  the amount the measure allows without the loans
   * @param citation  the clause the measure's loans are asked for
   * @param explain  whether to add the reasons
   * @return the builder
   */
  static MeasureOutcome.Builder loansNotGiven(MeasureOutcome.Builder builder, Optional<EnterpriseSize> size,
      Parameter<List<EnterpriseSize>> sizes, String code, LocalizedText text, OutcomeAmount range,
      Citation citation, boolean explain) {
    if (sizeRulesOut(builder, size, sizes, code, text, explain)) {
      return builder;
    }
    loansNotKnown(builder, range, citation, explain);
    return sizeIfNotKnown(builder, size, sizes, code, text, explain);
  }

  /**
   * Sets an undetermined verdict for a profile whose loans are not known ({@code /loans} absent).
   *
   * @param builder  the outcome builder
   * @param range  the amount the measure allows without the loans
   * @param citation  the clause the measure's loans are asked for
   * @param explain  whether to add the reason
   * @return the builder
   */
  static MeasureOutcome.Builder loansNotKnown(MeasureOutcome.Builder builder, OutcomeAmount range, Citation citation,
      boolean explain) {
    builder.verdict(Verdict.UNDETERMINED).amount(range).addMissingFacts("/loans");
    if (explain) {
      builder.addReasons(new Reason("loans", LocalizedText.of("企业的贷款（未提供）", "the enterprise's loans (not given)"),
          citation));
    }
    return builder;
  }

  /**
   * Sets an ineligible verdict, for a profile known to have no loan the measure counts.
   *
   * @param builder  the outcome builder
   * @param code  the reason's code
   * @param text  the reason
   * @param citation  the clause
   * @param explain  whether to add the reason
   * @return the builder
   */
  static MeasureOutcome.Builder none(MeasureOutcome.Builder builder, String code, LocalizedText text,
      Citation citation, boolean explain) {
    builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
    if (explain) {
      builder.addReasons(new Reason(code, text, citation));
    }
    return builder;
  }

  //-------------------------------------------------------------------------
  /** The explanation's header of one loan: its id, its pointer and its facts. */
  static InputStep loanStep(LoanFacts loan, String loanPointer) {
    return new InputStep(LocalizedText.of("贷款 " + loan.loanId() + "（" + loanPointer + "）", "loan " + loan.loanId()
        + " (" + loanPointer + ")"), Cny.yuan(loan.principal(), "principal").toPlainString() + " CNY, "
        + loan.drawdownDate() + " → " + loan.maturityDate() + loan.guarantee().map(g -> ", guarantee "
            + governmentGuarantor(loan).map(gov -> gov ? "by a government guarantor" : "by another guarantor")
                .orElse("by an unknown guarantor")
            + g.standardFeeRate().map(rate -> ", standard rate " + rate).orElse("")
            + g.feeRate().map(rate -> ", fee rate " + rate).orElse(""))
            .orElse(", no guarantee facts"));
  }

  /** A note on the evaluation, such as a default it used. */
  static Reason note(String code, String zh, String en, Citation citation) {
    return new Reason(code, LocalizedText.of(zh, en), citation);
  }
}
