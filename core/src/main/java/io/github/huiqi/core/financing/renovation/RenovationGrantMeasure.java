package io.github.huiqi.core.financing.renovation;

import io.github.huiqi.core.error.InvalidInputException;
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
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A technical-renovation grant (技术改造资助): "up to" a tier percentage of a project's eligible investment, capped per
 * project. The authority fixes the figure within that maximum, so a calculator can only give the range from zero.
 * <p>
 * The built-in instance is the Shenzhen 小升规 three-year plan (2022-2024) 第十条: "对符合条件的技术改造项目分档分类给予不超过
 * 项目总投资额10-20%的资助，资助上限为5000万元". The tiers (智能化改造 by GB/T 39116 level: ≥4 → 20%, 3 → 16%, 2 → 12%;
 * 技术装备升级换代 → 10%) and the investment-structure conditions (fixed assets ≥80% of total investment; equipment and
 * tools ≥70% of fixed assets) come from the Shenzhen operating rules in force around 2022-2023 (decisions register
 * §4.4 item 26).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param intelligentTiers  the intelligent-renovation tiers, at least one, with distinct minimum levels
 * @param equipmentUpgradeRate  the equipment-upgrade rate, above 0% and at most 100%
 * @param capPerProject  the most one project receives ("资助上限为5000万元"), positive
 * @param minimumFixedAssetShare  the least share of total investment in fixed assets, inclusive (80%)
 * @param minimumEquipmentShare  the least share of fixed-asset investment in equipment and tools, inclusive (70%)
 * @param rounding  the rounding of the maximum grant (not stated in any source: a documented default)
 * @param investmentBase  what the rate applies to: the audited eligible investment, not the planned total
 * @param supportedProjects  the clause granting "up to" a tier of investment to supported (符合条件的) projects
 */
public record RenovationGrantMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<List<RenovationGrantTier>> intelligentTiers,
    Parameter<Rate> equipmentUpgradeRate,
    Parameter<MonetaryAmount> capPerProject,
    Parameter<Rate> minimumFixedAssetShare,
    Parameter<Rate> minimumEquipmentShare,
    Parameter<MoneyRounding> rounding,
    Citation investmentBase,
    Citation supportedProjects) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "grants.technical-renovation-grant";

  /** The built-in Shenzhen measure's id (小升规 three-year plan 第十条). */
  public static final TypedMeasureId<RenovationGrantMeasure> SHENZHEN_2022 =
      TypedMeasureId.of("sz-gxj-2022-small-to-scale.technical-renovation-grant", RenovationGrantMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public RenovationGrantMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(intelligentTiers, "intelligentTiers");
    List<RenovationGrantTier> tiers = Args.listCopy(intelligentTiers.value(), "intelligentTiers/value");
    if (tiers.isEmpty()) {
      throw new InvalidInputException("intelligentTiers/value", "[]", "must hold at least one tier");
    }
    for (int i = 0; i < tiers.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (tiers.get(i).minimumLevel() == tiers.get(j).minimumLevel()) {
          throw new InvalidInputException("intelligentTiers/value/" + i + "/minimumLevel",
              tiers.get(i).minimumLevel(), "must not repeat");
        }
      }
    }
    intelligentTiers = intelligentTiers.withValue(tiers);
    Args.notNull(equipmentUpgradeRate, "equipmentUpgradeRate");
    requirePositiveRatio(equipmentUpgradeRate.value(), "equipmentUpgradeRate/value");
    Args.notNull(capPerProject, "capPerProject");
    Cny.positiveYuan(capPerProject.value(), "capPerProject/value");
    Args.notNull(minimumFixedAssetShare, "minimumFixedAssetShare");
    requirePositiveRatio(minimumFixedAssetShare.value(), "minimumFixedAssetShare/value");
    Args.notNull(minimumEquipmentShare, "minimumEquipmentShare");
    requirePositiveRatio(minimumEquipmentShare.value(), "minimumEquipmentShare/value");
    Args.notNull(rounding, "rounding");
    Args.notNull(investmentBase, "investmentBase");
    Args.notNull(supportedProjects, "supportedProjects");
  }

  /**
   * Returns the intelligent-renovation tier a maturity level earns: the tier with the highest minimum level not above
   * it.
   *
   * @param level  the GB/T 39116 maturity level reached
   * @return the tier, or empty if the level is below every tier
   */
  public Optional<RenovationGrantTier> tierFor(int level) {
    RenovationGrantTier best = null;
    for (RenovationGrantTier tier : intelligentTiers.value()) {
      if (tier.minimumLevel() <= level && (best == null || tier.minimumLevel() > best.minimumLevel())) {
        best = tier;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the highest rate any intelligent-renovation tier grants.
   *
   * @return the highest tier rate
   */
  public Rate highestIntelligentRate() {
    Rate highest = Rate.ZERO;
    for (RenovationGrantTier tier : intelligentTiers.value()) {
      highest = tier.rate().isGreaterThan(highest) ? tier.rate() : highest;
    }
    return highest;
  }

  private static void requirePositiveRatio(Rate rate, String field) {
    if (rate.compareTo(Rate.ZERO) <= 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException(field, rate, "must be above 0% and at most 100%");
    }
  }
}
