package io.github.huiqi.core.grants.referral;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import java.util.List;
import java.util.Optional;

/**
 * A measure that promises support with no figure of its own ("按有关规定给予贴息补助", "担保费予以补贴"): its outcome is
 * non-monetary, points to the measures that carry the figures and says the source gives no number.
 * <p>
 * The built-in instances: the Shenzhen 专精特新 draft's pool compensation and R&amp;D / renovation interest subsidy
 * (第五条), and the 小升规 plan's guarantee-fee subsidy (第十四条). An optional qualification the enterprise must hold on
 * the evaluation date (专精特新 for the draft's) and an optional population of small and micro industrial
 * enterprises (the 小升规 plan's, whose “小升规”企业 are 小型微型工业企业) decide the verdict; without either the
 * measure applies to every enterprise its region admits, on the terms of the measures it points to.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param requiredQualification  a qualification the enterprise must hold on the evaluation date, cited, if any
 * @param smallMicroIndustrial  present when the measure is for small and micro industrial enterprises only (工业:
 *     GB/T 4754-2017 sections B, C, D; small or micro under 工信部联企业〔2011〕300号): the clause that says so
 * @param refersTo  the ids of the measures that carry the figures, at least one, cited
 * @param noFigure  the source's words promising support without a figure
 */
public record ReferralMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Optional<Parameter<GrantQualification>> requiredQualification,
    Optional<Citation> smallMicroIndustrial,
    Parameter<List<MeasureId>> refersTo,
    Citation noFigure) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "grants.referral";

  /** The 小升规 plan's guarantee-fee subsidy (第十四条). */
  public static final TypedMeasureId<ReferralMeasure> SHENZHEN_SMALL_TO_SCALE_FEE =
      TypedMeasureId.of("sz-gxj-2022-small-to-scale.guarantee-fee-subsidy", ReferralMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a field is null or no measure is referred to
   */
  public ReferralMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNullOptional(requiredQualification, "requiredQualification");
    Args.notNullOptional(smallMicroIndustrial, "smallMicroIndustrial");
    Args.notNull(refersTo, "refersTo");
    List<MeasureId> ids = Args.listCopy(refersTo.value(), "refersTo/value");
    if (ids.isEmpty()) {
      throw new InvalidInputException("refersTo/value", "[]", "must name at least one measure");
    }
    refersTo = refersTo.withValue(ids);
    Args.notNull(noFigure, "noFigure");
  }
}
