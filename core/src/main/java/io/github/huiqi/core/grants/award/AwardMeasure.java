package io.github.huiqi.core.grants.award;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An award on a recognition or an event (奖励): one or more tiers, each a trigger and a figure that is exact, a
 * ceiling ("最高/不超过 X": from zero to X, the authority fixes the figure) or a floor ("不低于 X": from X, no upper
 * bound), combined by a cited rule when an enterprise earns more than one; and non-monetary consequences reported as
 * notes.
 * <p>
 * The built-in instances: Shanghai's district awards for new 专精特新 (不低于10万元) and 小巨人 (不低于30万元) recognitions
 * (沪企服办〔2023〕1号 第一条); green upgrading (最高1000万元, 第六条); Shenzhen's 创客中国 award (最高30万元, with the
 * national top-500 and top-50 fast tracks; 深工信〔2023〕26号 第16条 and the 专精特新 draft 第九条); its digital platforms
 * (不超过1000万元 a platform a year, 第17条); its 专精特新 awards (深府规〔2021〕1号 and 深府〔2022〕31号, cited by the 2021
 * reply letter) and its public-service demonstration platforms (最高50万元, one-off). A new district's award is a pack
 * entry of this kind.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param tiers  the tiers, at least one, with distinct codes
 * @param combination  how the tiers combine when more than one is earned, cited
 * @param consequences  the non-monetary consequences, possibly empty
 * @param smeRule  where the clause limits the measure to 中小企业 (medium, small and micro enterprises under
 *     工信部联企业〔2011〕300号), cited; empty when it names no size
 */
public record AwardMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    List<AwardTier> tiers,
    Parameter<AwardCombination> combination,
    List<AwardConsequence> consequences,
    Optional<Citation> smeRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "grants.award";

  /** Shanghai's district awards for new 专精特新 and 小巨人 recognitions (沪企服办〔2023〕1号 第一条). */
  public static final TypedMeasureId<AwardMeasure> SHANGHAI_SPECIALISED_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.specialised-recognition-award", AwardMeasure.class);

  /** Shanghai's green-upgrading support (沪企服办〔2023〕1号 第六条). */
  public static final TypedMeasureId<AwardMeasure> SHANGHAI_GREEN_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.green-upgrade-support", AwardMeasure.class);

  /** Shenzhen's 创客中国 award (深工信〔2023〕26号 第16条). */
  public static final TypedMeasureId<AwardMeasure> SHENZHEN_MAKER_CHINA_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.maker-china-award", AwardMeasure.class);

  /** Shenzhen's digital-platform subsidy (深工信〔2023〕26号 第17条). */
  public static final TypedMeasureId<AwardMeasure> SHENZHEN_DIGITAL_PLATFORM_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.digital-platform-subsidy", AwardMeasure.class);

  /** Shenzhen's 专精特新 awards (深府规〔2021〕1号; 深府〔2022〕31号), as the 2021 reply letter cites them. */
  public static final TypedMeasureId<AwardMeasure> SHENZHEN_SPECIALISED =
      TypedMeasureId.of("sz-gxj-2021-reply-20210370.specialised-award", AwardMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a field is null, there is no tier, or two tiers share a code
   */
  public AwardMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    tiers = Args.listCopy(tiers, "tiers");
    if (tiers.isEmpty()) {
      throw new InvalidInputException("tiers", "[]", "must hold at least one tier");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      if (!codes.add(tiers.get(i).code())) {
        throw new InvalidInputException("tiers/" + i + "/code", tiers.get(i).code(), "must not repeat");
      }
    }
    Args.notNull(combination, "combination");
    consequences = consequences == null ? List.of() : Args.listCopy(consequences, "consequences");
    smeRule = smeRule == null ? Optional.empty() : smeRule;
  }

  /**
   * Creates a model for any enterprise size (no {@code smeRule}).
   *
   * @param id  the measure id
   * @param clause  the enacting clause
   * @param documentStatus  the legal status of the enacting document
   * @param title  the title
   * @param tiers  the tiers, at least one, with distinct codes
   * @param combination  how the tiers combine when more than one is earned, cited
   * @param consequences  the non-monetary consequences, possibly empty
   * @throws InvalidInputException as the canonical constructor
   */
  public AwardMeasure(MeasureId id, ClauseRef clause, DocumentStatus documentStatus, LocalizedText title,
      List<AwardTier> tiers, Parameter<AwardCombination> combination, List<AwardConsequence> consequences) {
    this(id, clause, documentStatus, title, tiers, combination, consequences, Optional.empty());
  }
}
