package io.github.huiqi.core.procurement.arrears;

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
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * An arrears-clearing action's classification of the overdue payments owed to SMEs.
 * <p>
 * The built-in instance is 沪企服办〔2023〕1号 第二十一条: "实施机关、事业单位、大型国企逾期未支付中小微企业账款信息披露制度，
 * 实现无分歧账款化解率 100%，50 万元以下无分歧账款清偿率 100%". A classification, not a payment formula: an undisputed
 * claim on a covered debtor of at most 500,000 (included) is to be paid off in full; a larger undisputed one is to be
 * resolved.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param fullClearanceLimit  the largest undisputed claim to be paid off in full (500,000), positive, inclusive
 * @param coveredDebtors  the debtors the action covers, not empty
 * @param undisputedRule  the rule that only undisputed claims count (无分歧)
 * @param smeRule  the rule that the creditor is an SME (中小微企业)
 */
public record ArrearsMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<MonetaryAmount> fullClearanceLimit,
    Parameter<List<ArrearsDebtorKind>> coveredDebtors,
    Citation undisputedRule,
    Citation smeRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "procurement.arrears-clearance";

  /** The built-in Shanghai measure's id (沪企服办〔2023〕1号 第二十一条). */
  public static final TypedMeasureId<ArrearsMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.arrears-clearance", ArrearsMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public ArrearsMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(fullClearanceLimit, "fullClearanceLimit");
    Cny.positiveYuan(fullClearanceLimit.value(), "fullClearanceLimit/value");
    Args.notNull(coveredDebtors, "coveredDebtors");
    List<ArrearsDebtorKind> debtors = Args.listCopy(coveredDebtors.value(), "coveredDebtors/value");
    if (debtors.isEmpty()) {
      throw new InvalidInputException("coveredDebtors/value", "[]", "must hold at least one kind");
    }
    coveredDebtors = coveredDebtors.withValue(debtors);
    Args.notNull(undisputedRule, "undisputedRule");
    Args.notNull(smeRule, "smeRule");
  }

  /**
   * Classes a claim whose dispute status is known.
   *
   * @param debtor  who owes it
   * @param amountYuan  the amount in yuan, not null
   * @param disputed  whether it is disputed
   * @return the class
   * @throws io.github.huiqi.core.error.InvalidInputException if the debtor or the amount is null
   */
  public ArrearsClass classify(ArrearsDebtorKind debtor, BigDecimal amountYuan, boolean disputed) {
    Args.notNull(debtor, "debtorKind");
    Args.notNull(amountYuan, "amountYuan");
    if (!coveredDebtors.value().contains(debtor)) {
      return ArrearsClass.NOT_COVERED;
    }
    if (disputed) {
      return ArrearsClass.DISPUTED;
    }
    return amountYuan.compareTo(Cny.positiveYuan(fullClearanceLimit.value(), "fullClearanceLimit")) <= 0
        ? ArrearsClass.FULL_CLEARANCE : ArrearsClass.RESOLUTION;
  }
}
