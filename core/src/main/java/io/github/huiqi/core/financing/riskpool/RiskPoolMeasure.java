package io.github.huiqi.core.financing.riskpool;

import io.github.huiqi.core.error.InvalidInputException;
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
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A bank-loan risk-compensation pool (银行贷款风险补偿资金池): the pool pays a lending bank a ratio of the loss on a
 * non-performing pool loan, with temporary uplifts for loans granted in windows, under a ceiling.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第5条: "市中小微企业银行贷款风险补偿资金池对各商业银行在2023年1月1日至3月31日
 * 新增贷款（展期视同新增）的风险损失补偿比例提高30个百分点，补偿比例最高为80%。" Its 2022 precedent window (2022-03-01..
 * 2022-06-30, 惠企纾困"30条") and the base ratios ("总体按30%" 2019; "最高给予50%" since 2020) come from external
 * instruments (decisions register §2.1); the per-category table was not retrieved, so its rows other than
 * {@link RiskPoolLoanCategory#GENERAL} are documented library defaults.
 * <p>
 * The ratio of a loan is {@code min(base(category) + uplift(grant date), ceiling)}, where the grant date of an
 * extended loan is its extension date (展期视同新增). Every base ratio lies within 0%..ceiling, so no ratio exceeds the
 * ceiling.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param baseRatios  the base ratio of each loan category, unique, with a row for {@link RiskPoolLoanCategory#GENERAL}
 *     used by categories without their own row; each from 0% to the ceiling
 * @param upliftWindows  the temporary uplifts by grant window, the windows not overlapping
 * @param ceiling  the highest ratio after any uplift ("补偿比例最高为80%"), from 0% to 100%
 * @param lossBasis  the default compensable loss (not settled by any source: a documented default)
 * @param returnRecoveries  whether recoveries after compensation are returned to the pool pro rata by default (not
 *     settled by any source: a documented default)
 * @param rounding  the rounding of each compensation and return (not stated in any source: a documented default)
 * @param exclusionRules  the rule excluding loans guaranteed by a financing-guarantee company, re-guaranteed, or under
 *     another risk-compensation scheme
 * @param lossTrigger  the rule that compensation is claimed when the loan is first classified non-performing
 */
public record RiskPoolMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    List<RiskPoolBaseRatio> baseRatios,
    List<Parameter<RiskPoolUpliftWindow>> upliftWindows,
    Parameter<Rate> ceiling,
    Parameter<RiskPoolLossBasis> lossBasis,
    Parameter<Boolean> returnRecoveries,
    Parameter<MoneyRounding> rounding,
    Citation exclusionRules,
    Citation lossTrigger) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.risk-compensation-pool";

  /** The built-in Shenzhen 2023 measure's id. */
  public static final TypedMeasureId<RiskPoolMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.risk-compensation-pool", RiskPoolMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, a category repeats, the general row is
   *     missing, a base ratio exceeds the ceiling, or uplift windows overlap, naming the field
   */
  public RiskPoolMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(ceiling, "ceiling");
    Rate cap = ceiling.value();
    if (cap.compareTo(Rate.ZERO) < 0 || cap.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("ceiling/value", cap, "must be from 0% to 100%");
    }
    baseRatios = Args.listCopy(baseRatios, "baseRatios");
    Set<RiskPoolLoanCategory> seen = EnumSet.noneOf(RiskPoolLoanCategory.class);
    for (int i = 0; i < baseRatios.size(); i++) {
      RiskPoolBaseRatio row = baseRatios.get(i);
      if (!seen.add(row.category())) {
        throw new InvalidInputException("baseRatios/" + i + "/category", row.category(), "must be unique");
      }
      Rate base = row.ratio().value();
      if (base.compareTo(Rate.ZERO) < 0 || base.isGreaterThan(cap)) {
        throw new InvalidInputException("baseRatios/" + i + "/ratio/value", base,
            "must be from 0% to the ceiling " + cap);
      }
    }
    if (!seen.contains(RiskPoolLoanCategory.GENERAL)) {
      throw new InvalidInputException("baseRatios", seen, "must hold a row for GENERAL");
    }
    upliftWindows = Args.listCopy(upliftWindows, "upliftWindows");
    for (int i = 0; i < upliftWindows.size(); i++) {
      DateRange window = upliftWindows.get(i).value().grantWindow();
      for (int j = 0; j < i; j++) {
        DateRange other = upliftWindows.get(j).value().grantWindow();
        if (!window.start().isAfter(other.end().orElseThrow())
            && !other.start().isAfter(window.end().orElseThrow())) {
          throw new InvalidInputException("upliftWindows/" + i + "/value/grantWindow", window,
              "must not overlap window " + other);
        }
      }
    }
    Args.notNull(lossBasis, "lossBasis");
    Args.notNull(returnRecoveries, "returnRecoveries");
    Args.notNull(rounding, "rounding");
    Args.notNull(exclusionRules, "exclusionRules");
    Args.notNull(lossTrigger, "lossTrigger");
  }

  /**
   * Returns the base-ratio row for a loan category: its own row, or the {@link RiskPoolLoanCategory#GENERAL} row when
   * the table has none for it.
   *
   * @param category  the category
   * @return the row used
   */
  public RiskPoolBaseRatio baseRatioFor(RiskPoolLoanCategory category) {
    Args.notNull(category, "category");
    RiskPoolBaseRatio general = null;
    // indexed: called once a claim, and an iterator a call costs as much as the comparisons
    for (int i = 0; i < baseRatios.size(); i++) {
      RiskPoolBaseRatio row = baseRatios.get(i);
      if (row.category() == category) {
        return row;
      }
      if (row.category() == RiskPoolLoanCategory.GENERAL) {
        general = row;
      }
    }
    return general;
  }

  /**
   * Finds the uplift window containing a grant date.
   *
   * @param grantDate  the grant date (the extension date of an extended loan)
   * @return the window with its citation, empty if the date is in none
   */
  public Optional<Parameter<RiskPoolUpliftWindow>> findUplift(LocalDate grantDate) {
    Args.notNull(grantDate, "grantDate");
    for (int i = 0; i < upliftWindows.size(); i++) {
      Parameter<RiskPoolUpliftWindow> window = upliftWindows.get(i);
      if (window.value().grantWindow().contains(grantDate)) {
        return Optional.of(window);
      }
    }
    return Optional.empty();
  }
}
