package io.github.huiqi.core.employment.insurance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A social-insurance contribution whose payment was deferred (缓缴), as an enterprise profile holds it (in its
 * {@code insuranceDeferrals}): what the late-fee waiver of 深工信〔2023〕26号 第2条 and 沪企服办〔2023〕1号 第二十条 reads.
 * <p>
 * {@code dueDate} is the last day the contribution was due without deferral; a late fee would run from the day after
 * it. {@code repaidDate} is the day the deferred amount was paid back (补缴), not before the due date; absent while
 * not repaid or not known.
 * <p>
 * In JSON: {@code {"deferralId": "S-1", "kind": "PENSION", "deferredAmount": {"amount": 120000, "currency": "CNY"},
 * "dueDate": "2022-12-15", "deferralApproved": true, "repaidDate": "2023-09-15"}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableInsuranceDeferral.class)
@JsonDeserialize(as = ImmutableInsuranceDeferral.class)
public abstract class InsuranceDeferral {

  InsuranceDeferral() {
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
   * Returns the deferral's id, unique among the profile's deferrals.
   *
   * @return the id
   */
  public abstract String deferralId();

  /**
   * Returns the kind of contribution deferred.
   *
   * @return the kind
   */
  public abstract InsuranceKind kind();

  /**
   * Returns the contribution deferred, CNY.
   *
   * @return the amount, positive
   */
  public abstract MonetaryAmount deferredAmount();

  /**
   * Returns the last day the contribution was due without deferral.
   *
   * @return the date
   */
  public abstract LocalDate dueDate();

  /**
   * Returns whether the deferral was granted under the phased deferral policy (阶段性缓缴).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> deferralApproved();

  /**
   * Returns the day the deferred contribution was paid back (补缴), not before the due date.
   *
   * @return the date, if repaid and known
   */
  public abstract Optional<LocalDate> repaidDate();

  @Value.Check
  void check() {
    Args.notBlank(deferralId(), "deferralId");
    Args.notNull(kind(), "kind");
    Cny.positiveYuan(deferredAmount(), "deferredAmount");
    Args.date(dueDate(), "dueDate");
    Args.notNullOptional(deferralApproved(), "deferralApproved");
    Args.date(repaidDate(), "repaidDate").ifPresent(date -> Args.inOrder(dueDate(), date, "dueDate", "repaidDate"));
  }

  /**
   * Builds an {@link InsuranceDeferral}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} naming the field.
   */
  public static class Builder extends ImmutableInsuranceDeferral.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
