package io.github.huiqi.core.employment.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A training session the enterprise organised (as 承办机构), as a profile holds it (in its {@code trainingSessions}):
 * how many enterprise trainees (参与企业人次) attended and the cost per trainee.
 * <p>
 * In JSON: {@code {"sessionId": "T-1", "trainees": 40, "costPerTrainee": {"amount": 25000, "currency": "CNY"},
 * "specialisedProgramme": true}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableTrainingSession.class)
@JsonDeserialize(as = ImmutableTrainingSession.class)
public abstract class TrainingSession {

  TrainingSession() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the session's id, unique among the profile's sessions.
   *
   * @return the id
   */
  public abstract String sessionId();

  /**
   * Returns the enterprise trainees who attended (参与企业人次), a whole number.
   *
   * @return the count, not negative
   */
  public abstract Integer trainees();

  /**
   * Returns the training cost per trainee, CNY.
   *
   * @return the cost, not negative
   */
  public abstract MonetaryAmount costPerTrainee();

  /**
   * Returns whether the session belongs to the 专精特新 entrepreneur training programme (专精特新企业家培育工程).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> specialisedProgramme();

  @Value.Check
  void check() {
    Args.notBlank(sessionId(), "sessionId");
    Args.notNegative(Args.notNull(trainees(), "trainees"), "trainees");
    Cny.notNegativeYuan(costPerTrainee(), "costPerTrainee");
    Args.notNullOptional(specialisedProgramme(), "specialisedProgramme");
  }

  /**
   * Builds a {@link TrainingSession}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} naming the field (a negative count).
   */
  public static class Builder extends ImmutableTrainingSession.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
