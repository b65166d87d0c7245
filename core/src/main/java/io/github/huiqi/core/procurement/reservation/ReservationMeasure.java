package io.github.huiqi.core.procurement.reservation;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.rates.Rate;
import javax.money.MonetaryAmount;

/**
 * The share of a government works procurement project reserved for SMEs (面向中小企业预留份额).
 * <p>
 * The built-in instances are 深工信〔2023〕26号 第9条 and 沪企服办〔2023〕1号 第十一条 ("将政府采购工程面向中小企业的预留份额
 * 阶段性提高至40%以上的政策延续到2023年底"), with the rule of 财库〔2022〕19号 they continue (an external instrument): a works
 * project of at most 4,000,000 suited to SMEs is reserved wholly for them; a larger one reserves at least 40%. A
 * buyer-side rule: it binds the purchaser's project, not a firm's entitlement.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param minimumShare  the least share reserved of a larger project (40%), above 0% and at most 100%, inclusive
 * @param fullReservationLimit  the largest budget reserved wholly (4,000,000), positive, inclusive
 * @param smeRule  the rule that the reserved share goes to SMEs (中小企业, 工信部联企业〔2011〕300号)
 */
public record ReservationMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Rate> minimumShare,
    Parameter<MonetaryAmount> fullReservationLimit,
    Citation smeRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "procurement.sme-reservation";

  /** The built-in Shenzhen measure's id (深工信〔2023〕26号 第9条). */
  public static final TypedMeasureId<ReservationMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.sme-procurement-reservation", ReservationMeasure.class);

  /** The built-in Shanghai measure's id (沪企服办〔2023〕1号 第十一条). */
  public static final TypedMeasureId<ReservationMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.sme-procurement-reservation", ReservationMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public ReservationMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(minimumShare, "minimumShare");
    Rate share = minimumShare.value();
    if (share.compareTo(Rate.ZERO) <= 0 || share.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("minimumShare/value", share, "must be above 0% and at most 100%");
    }
    Args.notNull(fullReservationLimit, "fullReservationLimit");
    Cny.positiveYuan(fullReservationLimit.value(), "fullReservationLimit/value");
    Args.notNull(smeRule, "smeRule");
  }
}
