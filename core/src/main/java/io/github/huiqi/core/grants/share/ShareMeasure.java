package io.github.huiqi.core.grants.share;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
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
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A share of a base amount (按比例支持): for each event the trigger matches, whose {@code amount} is the base,
 * <pre>
 *   share = min(cap, round(rate × base))      if base ≥ minimumBase (inclusive), else nothing,
 * </pre>
 * rounded once, half-up to the fen by default; exact, or "up to" it when the authority fixes the figure. A one-off
 * measure counts only the earliest matching event; otherwise the shares add.
 * <p>
 * The built-in instances (沪企服办〔2023〕1号): the first-time 四上 高新技术企业 reward, 5% of the prior-year R&amp;D input
 * at most 500,000, one-off (第二条); the 高新技术成果转化 uplift for 科技型中小企业, 30% on the base entitlement (第三条);
 * technical renovation, up to 10% of the approved total investment when it is at least 10,000,000 (第五条); and
 * digital-service contracts, up to 30% of the contract amount (第八条).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param trigger  the events that earn a share: an event trigger
 * @param rate  the share of the base, above 0% and at most 100%
 * @param bound  whether the share is exact or a ceiling, cited
 * @param minimumBase  the least base that earns a share, inclusive ("1000万元以上"), if any
 * @param cap  the most one event earns ("最高50万元"), if any
 * @param oneOff  whether only the earliest matching event counts ("一次性")
 * @param rounding  the rounding of each share (no source states it: a documented default)
 * @param base  what the events' {@code amount} must be, cited (the contract amount, the approved total investment, …)
 * @param smeRule  where the clause limits the measure to 中小企业 (medium, small and micro enterprises under
 *     工信部联企业〔2011〕300号), cited; empty when it names no size
 */
public record ShareMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    GrantTrigger trigger,
    Parameter<Rate> rate,
    Parameter<ShareBound> bound,
    Optional<Parameter<MonetaryAmount>> minimumBase,
    Optional<Parameter<MonetaryAmount>> cap,
    Parameter<Boolean> oneOff,
    Parameter<MoneyRounding> rounding,
    Citation base,
    Optional<Citation> smeRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "grants.share";

  /** Shanghai's first-time 四上 高新技术企业 reward (沪企服办〔2023〕1号 第二条). */
  public static final TypedMeasureId<ShareMeasure> SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.four-above-high-tech-reward", ShareMeasure.class);

  /** Shanghai's 高新技术成果转化 uplift for 科技型中小企业 (第三条). */
  public static final TypedMeasureId<ShareMeasure> SHANGHAI_ACHIEVEMENT_UPLIFT_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.achievement-transfer-uplift", ShareMeasure.class);

  /** Shanghai's municipal technical-renovation support (第五条). */
  public static final TypedMeasureId<ShareMeasure> SHANGHAI_RENOVATION_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.technical-renovation-support", ShareMeasure.class);

  /** Shanghai's digital-service contract support (第八条). */
  public static final TypedMeasureId<ShareMeasure> SHANGHAI_DIGITAL_CONTRACT_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.digital-service-contract-support", ShareMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a field is null, the trigger is not on an event, the rate is outside
   *     (0%, 100%], or an amount is not positive
   */
  public ShareMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(trigger, "trigger");
    if (trigger.event().isEmpty()) {
      throw new InvalidInputException("trigger/event", null, "a share is earned on events, which carry its base");
    }
    Args.notNull(rate, "rate");
    if (rate.value().compareTo(Rate.ZERO) <= 0 || rate.value().isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("rate/value", rate.value(), "must be above 0% and at most 100%");
    }
    Args.notNull(bound, "bound");
    if (Args.notNullOptional(minimumBase, "minimumBase").isPresent()) {
      Cny.positiveYuan(minimumBase.get().value(), "minimumBase/value");
    }
    if (Args.notNullOptional(cap, "cap").isPresent()) {
      Cny.positiveYuan(cap.get().value(), "cap/value");
    }
    Args.notNull(oneOff, "oneOff");
    Args.notNull(rounding, "rounding");
    Args.notNull(base, "base");
    smeRule = smeRule == null ? Optional.empty() : smeRule;
  }

  /**
   * Creates a model for any enterprise size (no {@code smeRule}).
   *
   * @param id  the measure id
   * @param clause  the enacting clause
   * @param documentStatus  the legal status of the enacting document
   * @param title  the title
   * @param trigger  the events that earn a share
   * @param rate  the share of the base
   * @param bound  whether the share is exact or a ceiling
   * @param minimumBase  the least base that earns a share, if any
   * @param cap  the most one event earns, if any
   * @param oneOff  whether only the earliest matching event counts
   * @param rounding  the rounding of each share
   * @param base  what the events' {@code amount} must be
   * @throws InvalidInputException as the canonical constructor
   */
  public ShareMeasure(MeasureId id, ClauseRef clause, DocumentStatus documentStatus, LocalizedText title,
      GrantTrigger trigger, Parameter<Rate> rate, Parameter<ShareBound> bound,
      Optional<Parameter<MonetaryAmount>> minimumBase, Optional<Parameter<MonetaryAmount>> cap,
      Parameter<Boolean> oneOff, Parameter<MoneyRounding> rounding, Citation base) {
    this(id, clause, documentStatus, title, trigger, rate, bound, minimumBase, cap, oneOff, rounding, base,
        Optional.empty());
  }
}
