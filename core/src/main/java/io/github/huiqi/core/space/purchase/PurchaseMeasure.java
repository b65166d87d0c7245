package io.github.huiqi.core.space.purchase;

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
import javax.money.MonetaryAmount;

/**
 * A 专精特新 firm's right to buy part of the state-owned industrial space it leases, when its output and its tenure
 * both reach a threshold.
 * <p>
 * The built-in instance is the Shenzhen 专精特新 draft (征求意见稿) 第二十九条: "对年产值达3亿以上、租用国有产业用房3年以上的
 * 专精特新企业，可按国有资产处置程序受让一定面积产业用房". Both conditions are needed; "以上" includes the number
 * (民法典 第一千二百五十九条), so 300,000,000 of output and exactly 3 years of tenure qualify. No money: the benefit is
 * the right to buy, by the state-asset disposal procedure.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param minimumAnnualOutput  the least output of a year (300,000,000), positive, inclusive
 * @param minimumLeaseYears  the least years leasing state-owned space (3), positive, inclusive
 * @param qualification  the rule that the firm is a 专精特新 enterprise
 * @param outputYearRule  which year's output is tested (a documented default)
 * @param tenureRule  how the years of tenure are counted (a documented default)
 */
public record PurchaseMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<MonetaryAmount> minimumAnnualOutput,
    Parameter<Integer> minimumLeaseYears,
    Citation qualification,
    Citation outputYearRule,
    Citation tenureRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "space.state-owned-space-purchase";

  /** The built-in Shenzhen draft measure's id. */
  public static final TypedMeasureId<PurchaseMeasure> SHENZHEN_DRAFT =
      TypedMeasureId.of("sz-gxj-zjtx-32-draft.state-owned-space-purchase", PurchaseMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public PurchaseMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(minimumAnnualOutput, "minimumAnnualOutput");
    Cny.positiveYuan(minimumAnnualOutput.value(), "minimumAnnualOutput/value");
    Args.notNull(minimumLeaseYears, "minimumLeaseYears");
    if (minimumLeaseYears.value() <= 0) {
      throw new InvalidInputException("minimumLeaseYears/value", minimumLeaseYears.value(), "must be positive");
    }
    Args.notNull(qualification, "qualification");
    Args.notNull(outputYearRule, "outputYearRule");
    Args.notNull(tenureRule, "tenureRule");
  }
}
