package io.github.huiqi.core.classification.size;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.TypedMeasureId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The enterprise size standard (中小企业划型标准规定, 工信部联企业〔2011〕300号): for each of its sixteen industry
 * groups the lower bounds of the large, medium and small columns, as pack data.
 * <p>
 * The rule ({@link #classificationRule()}): large, medium and small must meet every lower bound of their column,
 * inclusive, or drop one column; micro needs only one indicator below the small column ("大型、中型和小型企业须同时满足
 * 所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可"). The built-in instance is the pack
 * {@code miit-2011-300}; a host may load another (a revised standard) under its own id. It is also a catalogue
 * measure: its evaluator tells a firm its class (no money), and the entitlement engine classifies a profile that gives
 * the figures instead of the size before it evaluates the other measures.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the document
 * @param title  the title
 * @param industries  the bands of each of the sixteen groups, each group exactly once
 * @param classificationRule  the rule combining the indicators, cited
 * @param industryMapping  how a GB/T 4754-2017 code maps to a group ({@link SizeIndustry#ofCode}), cited
 * @param indicatorDefinitions  what the indicators mean (期末从业人员; 营业收入; 资产总计), cited
 */
public record SizeStandard(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    List<SizeIndustryBands> industries,
    Citation classificationRule,
    Citation industryMapping,
    Citation indicatorDefinitions) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "classification.enterprise-size";

  /** The built-in standard's id (工信部联企业〔2011〕300号). */
  public static final TypedMeasureId<SizeStandard> MIIT_2011 =
      TypedMeasureId.of("miit-2011-300.enterprise-size", SizeStandard.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a field is missing or a group is absent or repeated, naming it
   */
  public SizeStandard {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    industries = Args.listCopy(industries, "industries");
    Map<SizeIndustry, Integer> seen = new EnumMap<>(SizeIndustry.class);
    for (int i = 0; i < industries.size(); i++) {
      if (seen.put(industries.get(i).industry(), i) != null) {
        throw new InvalidInputException("industries/" + i + "/industry", industries.get(i).industry(),
            "must not repeat");
      }
    }
    for (SizeIndustry industry : SizeIndustry.values()) {
      if (!seen.containsKey(industry)) {
        throw new InvalidInputException("industries", industry, "must include every industry group");
      }
    }
    Args.notNull(classificationRule, "classificationRule");
    Args.notNull(industryMapping, "industryMapping");
    Args.notNull(indicatorDefinitions, "indicatorDefinitions");
  }

  /**
   * Returns the bands of an industry group.
   *
   * @param industry  the group
   * @return its bands
   * @throws InvalidInputException if the group is null
   */
  public SizeIndustryBands bandsOf(SizeIndustry industry) {
    Args.notNull(industry, "industry");
    for (SizeIndustryBands bands : industries) {
      if (bands.industry() == industry) {
        return bands;
      }
    }
    throw new IllegalStateException("checked at construction: every group is present");
  }
}
