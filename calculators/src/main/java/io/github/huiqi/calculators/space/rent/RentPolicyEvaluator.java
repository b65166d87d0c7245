package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the policy rent of 创新型产业用房 ({@link RentPolicyMeasure}) for an enterprise profile: the rent a month
 * the government landlord may charge on the profile's {@code leases} of such space, a
 * {@link AmountKind#COUNTERPARTY_CEILING} (a limit on what the firm pays, not money it receives).
 * <p>
 * The amount is exact where each lease's discount is given, otherwise the range from the 70% to the 30% discount,
 * naming {@code /leases/i/rentDiscount}. A lease not known to be such space (its {@code innovationSpace} not given)
 * adds nothing or its rent: the range runs up to it, naming the flag; while a lease's reference rent is missing, the
 * amount has no upper bound and names {@code /leases/i/referenceRent} (the reference rent sets the amount only: a
 * lease known to be such space, within the validity, is eligible; decisions register §4.6 item 42). The outcome's
 * detail says it is a monthly rent, between the measure's own discounts. A lease wholly outside the rate's validity
 * counts nothing; one with no end date that starts before it names {@code /leases/i/end} (see
 * {@code RentLeaseSpan}). Leases not known: undetermined, naming {@code /leases}. No lease of such space: ineligible,
 * zero.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RentPolicyEvaluator implements MeasureEvaluator<RentPolicyMeasure> {

  /** The evaluator. */
  public static final RentPolicyEvaluator DEFAULT = new RentPolicyEvaluator();


  private RentPolicyEvaluator() {
  }

  @Override
  public Class<RentPolicyMeasure> measureType() {
    return RentPolicyMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.COUNTERPARTY_CEILING;
  }

  @Override
  public MeasureOutcome evaluate(RentPolicyMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.COUNTERPARTY_CEILING);
    Optional<RentPolicyRequest> request = RentPolicyRequest.from(profile);
    if (request.isEmpty()) {
      return ProfileLists.unknown(context, builder, explain, "/leases", OutcomeAmount.atLeast(Cny.ZERO),
          RentShareEvaluator.LEASES, measure.spaceRule());
    }
    if (request.get().leases().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/leases", RentShareEvaluator.LEASES, measure.spaceRule());
    }
    RentPolicyCalculator.Evaluation e = RentPolicyCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    // only reference rents not known: a lease known to be such space, within the rate's validity, qualifies; its
    // reference rent sets the rent only (decisions register §4.6 item 42)
    boolean onlyRentsOpen = e.decision().verdict() == Verdict.UNDETERMINED
        && e.decision().missingFacts().stream().allMatch(fact -> fact.endsWith("/referenceRent"));
    Verdict verdict = onlyRentsOpen ? Verdict.ELIGIBLE : e.decision().verdict();
    builder.verdict(verdict).addAllMissingFacts(e.missing());
    if (verdict != Verdict.INELIGIBLE) {
      builder.addAllMissingFacts(unknownDiscounts(measure, request.get()));
    }
    if (verdict == Verdict.INELIGIBLE) {
      builder.amount(OutcomeAmount.ZERO);
    } else {
      BigDecimal most = e.maximum().add(e.undecided());
      builder.detail(detail(measure)).amount(e.unbounded() ? OutcomeAmount.atLeast(Cny.of(e.minimum()))
          : e.minimum().compareTo(most) == 0 ? OutcomeAmount.exactly(Cny.of(e.minimum()))
          : OutcomeAmount.between(Cny.of(e.minimum()), Cny.of(most)));
    }
    if (explain) {
      if (onlyRentsOpen) {
        builder.addAllNotes(e.decision().eligibility().reasons());
      } else {
        builder.addAllReasons(e.decision().eligibility().reasons());
      }
      builder.explanation(new Explanation(e.steps().list()));
    }
    return context.finish(builder);
  }

  /**
   * The discounts not given of the leases that are (or may be) such space: each leaves its rent a range from the 70%
   * to the 30% discount, so it is a missing fact, such as {@code /leases/0/rentDiscount}.
   */
  private static List<String> unknownDiscounts(RentPolicyMeasure measure, RentPolicyRequest request) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < request.leases().size(); i++) {
      RentLease lease = request.leases().get(i);
      if (lease.innovationSpace().orElse(true) && lease.rentDiscount().isEmpty()
          && lease.runsWithin(measure.minimumDiscount().validity()).orElse(true)) {
        missing.add("/leases/" + i + "/rentDiscount");
      }
    }
    return missing;
  }

  /** The detail, in the measure's own discounts (30% and 70% for the 2021 reply letter 一). */
  private static LocalizedText detail(RentPolicyMeasure measure) {
    String least = measure.minimumDiscount().value().toString();
    String most = measure.maximumDiscount().value().toString();
    return LocalizedText.of("金额为政策租金（每月，按实际面积）：参考价格优惠" + least + "－" + most,
        "the amount is the policy rent a month over the leased area: " + least + " to " + most
            + " below the reference rent");
  }
}
