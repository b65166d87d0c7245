package io.github.huiqi.core.employment.training;

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
 * A subsidy to the organiser of a training programme, per trainee and session, up to a cap.
 * <p>
 * The built-in instance is the Shenzhen 专精特新 draft (征求意见稿) 第十四条: "对实施培训项目的承办机构，按参与企业人次，给予
 * 每人每次最高2万元补贴". So {@code subsidy ≤ Σ trainees × min(20,000, cost per trainee)} over the sessions: "最高" is a
 * ceiling the authority fixes the figure within.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param capPerTraineeSession  the most per trainee per session (20,000), positive
 * @param programmeRule  the rule that the session belongs to the programme and the firm organised it
 */
public record TrainingMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<MonetaryAmount> capPerTraineeSession,
    Citation programmeRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "employment.training-organiser-subsidy";

  /** The built-in Shenzhen draft measure's id. */
  public static final TypedMeasureId<TrainingMeasure> SHENZHEN_DRAFT =
      TypedMeasureId.of("sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy", TrainingMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a parameter is missing or out of range, naming it
   */
  public TrainingMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(capPerTraineeSession, "capPerTraineeSession");
    Cny.positiveYuan(capPerTraineeSession.value(), "capPerTraineeSession/value");
    Args.notNull(programmeRule, "programmeRule");
  }
}
