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
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.util.Optional;

/**
 * Evaluates a share-of-rent subsidy ({@link RentShareMeasure}, such as 龙岗区's) for an enterprise profile: a payment to
 * the firm, "up to" a maximum.
 * <p>
 * The support year is the evaluation date's year, and the 国家高新技术企业 qualification is tested on that date (an
 * expired or a later certificate is not held); the base is the rent the profile's {@code leases} paid in the year
 * before on district-park space ({@code /leases/i/rentPaid}). The amount is {@link OutcomeAmount#upTo} the maximum;
 * the binding limit is the yearly cap when it bound, or when an unknown rent leaves it the upper end. The profile
 * does not say when the firm's support began, so the three-consecutive-years limit is not checked: the explaining
 * form notes this as a documented default. An eligible firm with a lease whose park is not known is told the maximum
 * were it in a park, naming {@code /leases/i/districtPark}; a park lease whose {@code rentPaid} is not given leaves
 * the maximum at the yearly cap, naming {@code /leases/i/rentPaid}, and, the rent being the base and not a
 * condition, leaves a firm that meets every condition eligible, its reasons the conditions met and the rent not
 * given a note (decisions register §4.6 item 42); neither is named where the rent known on park space already reaches
 * the yearly cap, which the facts not given cannot move (§4.6 item 142). Leases not known: undetermined up to the
 * yearly cap, naming {@code /leases}, the cap then the upper end and the binding limit (§4.6 item 88). No lease:
 * ineligible. The authority fixes the figure ("不超过") up to 50% of the rent known on park space, within the yearly
 * cap: that is the outcome's {@code widthFixedByAuthority} (§4.4 item 29, §4.6 item 129), none when no such rent is
 * known.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RentShareEvaluator implements MeasureEvaluator<RentShareMeasure> {

  /** The evaluator. */
  public static final RentShareEvaluator DEFAULT = new RentShareEvaluator();

  static final LocalizedText LEASES = LocalizedText.of("租赁场地", "leases");

  private static final Citation YEARS_DEFAULT = Citation.libraryDefault("decisions register §1.4 card 002-d",
      "the profile does not record the first year of support: the evaluation year is taken as one of the three "
          + "consecutive years; a caller who knows it passes RentShareRequest.firstSupportYear");

  private RentShareEvaluator() {
  }

  @Override
  public Class<RentShareMeasure> measureType() {
    return RentShareMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(RentShareMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    Optional<RentShareRequest> request = RentShareRequest.from(profile, context.asOf().getYear(),
        context.asOf());
    if (request.isEmpty()) {
      // up to the yearly cap, the amount's upper end: the binding limit (decisions register §4.6 item 88)
      builder.bindingLimit(new BindingLimit("cap-per-year", RentShareCalculator.CAP_NAME,
          measure.capPerYear().value(), measure.capPerYear().citation()));
      return ProfileLists.unknown(context, builder, explain, "/leases", OutcomeAmount.upTo(
          measure.capPerYear().value()), LEASES, measure.parkRule());
    }
    if (request.get().leases().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/leases", LEASES, measure.parkRule());
    }
    RentShareCalculator.Evaluation e = RentShareCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    // the rent paid, the base, sets the maximum only: a firm that meets every condition is eligible
    Verdict verdict = e.onlyTheBaseOpen() ? Verdict.ELIGIBLE : e.decision().verdict();
    builder.verdict(verdict).addAllMissingFacts(e.decision().missingFacts()).addAllMissingFacts(e.openFacts())
        .amount(verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(e.maximum())));
    if (e.binding() != null) {
      builder.bindingLimit(e.binding());
    }
    if (verdict != Verdict.INELIGIBLE && e.fixedByAuthority().signum() > 0) {
      // "不超过": within the known rent's share the authority fixes the figure (decisions register §4.6 item 129)
      builder.widthFixedByAuthority(Cny.of(e.fixedByAuthority()));
    }
    if (explain) {
      if (e.onlyTheBaseOpen()) {
        // eligible: the reasons are the conditions met, as when the rent is known; the rent not given is a note
        builder.addAllReasons(e.conditionsMet().reasons()).addAllNotes(e.decision().eligibility().reasons());
      } else {
        builder.addAllReasons(e.decision().eligibility().reasons());
      }
      builder.explanation(new Explanation(e.steps().list()));
      builder.addNotes(new Reason("consecutive-years-not-checked", LocalizedText.of(
          "未提供首个扶持年度：按测算年度处于连续三年内计", "first support year not given: the evaluation year is taken "
              + "as within the three consecutive years"), YEARS_DEFAULT));
    }
    return context.finish(builder);
  }
}
