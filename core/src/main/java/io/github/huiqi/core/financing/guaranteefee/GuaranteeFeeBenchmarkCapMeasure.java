package io.github.huiqi.core.financing.guaranteefee;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.FinancingChecks;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DayCount;

/**
 * A guarantee-fee cap tied to the lending benchmark: the annual fee rate of a government guarantor on a qualifying
 * enterprise's loan may not exceed a fraction of the benchmark lending rate.
 * <p>
 * The built-in instance is the Shenzhen 专精特新 draft (《深圳市关于促进专精特新企业高质量发展的若干措施》征求意见稿) 第五条:
 * "鼓励政府性融资担保及再担保机构加大对专精特新企业融资担保支持力度，担保费率不高于国家当期银行贷款基准利率的二分之一". The document is
 * a <b>draft</b>: its {@link #documentStatus()} is {@link DocumentStatus#DRAFT}, and every figure computed from it is
 * indicative only. Half of the PBoC 1-year benchmark 4.35% is 2.175%.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param capRatio  the cap as a fraction of the benchmark ("二分之一": 50%), above 0% and at most 100%
 * @param benchmark  which rate is the benchmark (not settled by any source: a documented default)
 * @param dayCount  the day count that turns the capped annual rate into a fee for a period (a documented default)
 * @param rounding  the rounding of a fee amount (a documented default)
 */
public record GuaranteeFeeBenchmarkCapMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Rate> capRatio,
    Parameter<GuaranteeFeeBenchmarkBasis> benchmark,
    Parameter<DayCount> dayCount,
    Parameter<MoneyRounding> rounding) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.benchmark-guarantee-fee-cap";

  /** The built-in Shenzhen 专精特新 draft measure's id. */
  public static final TypedMeasureId<GuaranteeFeeBenchmarkCapMeasure> SHENZHEN_DRAFT =
      TypedMeasureId.of("sz-gxj-zjtx-32-draft.guarantee-fee-cap", GuaranteeFeeBenchmarkCapMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a parameter is missing or out of range, naming it
   */
  public GuaranteeFeeBenchmarkCapMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(capRatio, "capRatio");
    FinancingChecks.requirePositiveRatio(capRatio.value(), "capRatio/value");
    Args.notNull(benchmark, "benchmark");
    Args.notNull(dayCount, "dayCount");
    Args.notNull(rounding, "rounding");
  }
}
