package io.github.huiqi.core.grants.share;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A fee charged at a share of its standard ("按50%比例收取服务费用"): the fee the enterprise does not pay is
 * <pre>
 *   saved = standard fee − round(charged share × standard fee)
 * </pre>
 * for each event the trigger matches, whose {@code amount} is the standard fee: the fee charged is the amount billed,
 * rounded once, and the fee saved what remains of the standard, so the two add up to it (decisions register §4.6
 * item 51, as §2.8 reads every fee saved). It is the share kind's trigger and conditions ({@link #asShare()}, whose
 * rate is the share saved), reported as a fee saved rather than a payment.
 * <p>
 * The built-in instance is the Shenzhen 专精特新 draft 第十二条: listed public (technical) service platforms charge
 * 专精特新 enterprises 50% of the fee. The document is a draft.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param trigger  the services that earn the reduced fee: an event trigger
 * @param chargedShare  the share of the standard fee charged, at least 0% and below 100%
 * @param rounding  the rounding of each fee charged (no source states it: a documented default)
 * @param base  what the events' {@code amount} must be (the standard fee), cited
 */
public record ShareFeeMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    GrantTrigger trigger,
    Parameter<Rate> chargedShare,
    Parameter<MoneyRounding> rounding,
    Citation base) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "grants.fee-share";

  /** The Shenzhen 专精特新 draft's half fee at listed public service platforms (第十二条). */
  public static final TypedMeasureId<ShareFeeMeasure> SHENZHEN_PLATFORM_FEE_DRAFT =
      TypedMeasureId.of("sz-gxj-zjtx-32-draft.platform-service-fee", ShareFeeMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a field is null, the trigger is not on an event, or the charged share is
   *     outside [0%, 100%)
   */
  public ShareFeeMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(trigger, "trigger");
    if (trigger.event().isEmpty()) {
      throw new InvalidInputException("trigger/event", null, "a fee share is earned on events, which carry the fee");
    }
    Args.notNull(chargedShare, "chargedShare");
    if (chargedShare.value().compareTo(Rate.ZERO) < 0 || !chargedShare.value().isLessThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("chargedShare/value", chargedShare.value(), "must be at least 0% and below 100%");
    }
    Args.notNull(rounding, "rounding");
    Args.notNull(base, "base");
  }

  /**
   * Returns the share of the standard fee saved: 100% less the share charged.
   *
   * @return the share saved, above 0%
   */
  public Rate savedShare() {
    return Rate.ofFraction(BigDecimal.ONE.subtract(chargedShare.value().fraction()));
  }

  /**
   * Returns the same trigger and conditions as a share measure: the saved share of each standard fee, exact, no cap,
   * no threshold, every service counted; its parameters cite this measure's. A share measure rounds the saved share
   * itself, which can be a fen above the standard less the rounded fee charged (12,345.67 at 50%: 6,172.84 against
   * 6,172.83); the calculators' {@code ShareCalculator.feeSaved} and the engine compute the latter.
   *
   * @return the share measure, with this measure's id
   */
  public ShareMeasure asShare() {
    Parameter<Rate> saved = chargedShare.withValue(savedShare());
    return new ShareMeasure(id, clause, documentStatus, title, trigger, saved,
        new Parameter<>(ShareBound.EXACTLY, chargedShare.citation(), chargedShare.validity()), Optional.empty(),
        Optional.empty(), new Parameter<>(false, chargedShare.citation(), chargedShare.validity()), rounding, base);
  }
}
