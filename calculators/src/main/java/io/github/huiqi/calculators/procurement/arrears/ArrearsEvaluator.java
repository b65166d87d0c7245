package io.github.huiqi.calculators.procurement.arrears;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.GroupedFigure;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the arrears classification ({@link ArrearsMeasure}, 沪企服办〔2023〕1号 第二十一条) for an enterprise profile:
 * {@link AmountKind#NON_MONETARY}, amount zero (the action sets targets for debtors; it pays the firm nothing new).
 * <p>
 * Eligible when the firm is an SME (not large) with a claim classed for full clearance; the detail names those claims
 * and their total, and the claims of at most 500,000 whose dispute is not given (they may join them). A large firm is
 * ineligible whatever its claims, known or not. Missing facts, of an undetermined outcome: {@code /size},
 * {@code /arrearsClaims}, {@code /arrearsClaims/i/disputed} (only for a claim of at most 500,000, which the answer
 * could put among those for full clearance). An eligible outcome names none: a dispute not given then changes only
 * the detail, neither the verdict nor an amount (decisions register §4.6 item 51). No claim, or none for full
 * clearance: ineligible.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ArrearsEvaluator implements MeasureEvaluator<ArrearsMeasure> {

  /** The evaluator. */
  public static final ArrearsEvaluator DEFAULT = new ArrearsEvaluator();

  private static final LocalizedText CLAIMS = LocalizedText.of("逾期未支付账款", "overdue claims");

  private ArrearsEvaluator() {
  }

  @Override
  public Class<ArrearsMeasure> measureType() {
    return ArrearsMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(ArrearsMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).amount(OutcomeAmount.ZERO);
    // a large creditor is outside whatever its claims ("中小微企业账款"): its claims, known or not, cannot matter
    if (profile.size().isPresent() && profile.size().get() == EnterpriseSize.LARGE) {
      builder.verdict(Verdict.INELIGIBLE);
      if (explain) {
        builder.addReasons(new Reason("not-sme", LocalizedText.of("企业不是中小微企业", "the firm is not an SME"),
            measure.smeRule()));
      }
      return context.finish(builder);
    }
    Optional<ArrearsRequest> request = ArrearsRequest.from(profile);
    if (request.isEmpty()) {
      // the size decides as much as the claims: both are named, the size first as when the claims are known
      profile.size().ifPresentOrElse(size -> { }, () -> builder.addMissingFacts("/size"));
      return ProfileLists.unknown(context, builder, explain, "/arrearsClaims", OutcomeAmount.ZERO, CLAIMS,
          measure.fullClearanceLimit().citation());
    }
    if (request.get().arrearsClaims().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/arrearsClaims", CLAIMS,
          measure.fullClearanceLimit().citation());
    }
    ArrearsCalculator.Evaluation e = ArrearsCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    List<String> names = new ArrayList<>();
    for (ArrearsClassing claim : e.claims()) {
      if (claim.arrearsClass().orElse(null) == ArrearsClass.FULL_CLEARANCE) {
        names.add(claim.claimId());
      }
    }
    // only the dispute of a claim within the limit can make it one for full clearance: a larger claim's is not asked
    BigDecimal limit = Cny.positiveYuan(measure.fullClearanceLimit().value(), "fullClearanceLimit");
    List<String> open = new ArrayList<>();
    List<String> openNames = new ArrayList<>();
    for (int i = 0; i < e.claims().size(); i++) {
      ArrearsClassing claim = e.claims().get(i);
      if (claim.arrearsClass().isEmpty() && Cny.yuan(claim.amount(), "amount").compareTo(limit) <= 0) {
        open.add("/arrearsClaims/" + i + "/disputed");
        openNames.add(claim.claimId());
      }
    }
    List<String> missing = new ArrayList<>(open);
    if (profile.size().isEmpty()) {
      missing.add(0, "/size");
    }
    Verdict verdict = !names.isEmpty() && profile.size().isPresent() ? Verdict.ELIGIBLE
        : names.isEmpty() && open.isEmpty() ? Verdict.INELIGIBLE : Verdict.UNDETERMINED;
    // an eligible outcome is at one figure (non-monetary): a dispute not given decides nothing more than its detail
    // (decisions register §4.6 item 51), so only an undetermined outcome names facts
    builder.verdict(verdict).addAllMissingFacts(verdict == Verdict.UNDETERMINED ? missing : List.of());
    if (!names.isEmpty()) {
      // grouped, with the fen, as every money figure the command line prints (500,000.00)
      String total = GroupedFigure.ofYuan(e.total());
      boolean unknown = verdict == Verdict.ELIGIBLE && !openNames.isEmpty();
      builder.detail(LocalizedText.of("列入清偿率100%的无分歧账款：" + String.join("、", names) + "，合计 " + total + " 元"
          + (unknown ? "；未提供是否有分歧（或可一并列入）：" + String.join("、", openNames) : ""),
          "undisputed claims to be paid off in full: " + String.join(", ", names) + ", " + total + " in all"
          + (unknown ? "; whether disputed not given (may be added): " + String.join(", ", openNames) : "")));
    }
    if (explain) {
      // the measure's own limit (50万元, 500,000 for 第二十一条) in the reason's words
      String wan = limit.divide(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString();
      String grouped = GroupedFigure.of(limit);
      builder.addReasons(new Reason(names.isEmpty() ? "not-full-clearance" : "full-clearance", LocalizedText.of(
          wan + "万元以下无分歧账款清偿率100%", "undisputed claims of at most " + grouped + " to be paid off in full"),
          measure.fullClearanceLimit().citation())).explanation(new Explanation(e.steps().list()));
    }
    return context.finish(builder);
  }
}
