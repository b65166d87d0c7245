package io.github.huiqi.core.employment.housingfund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application to defer housing-fund contributions (缓缴住房公积金), as an enterprise profile holds it (in its
 * {@code housingFundDeferrals}).
 * <p>
 * {@code deferralStart} is the first day of the first month deferred; {@code requestedEnd}, if any, the last day the
 * employer asks to defer to, not before the start. {@code hardship}: whether the employer has real difficulty paying
 * because of the epidemic ("受疫情影响缴存住房公积金确有困难").
 * <p>
 * In JSON: {@code {"applicationId": "HF-1", "applicationDate": "2023-06-30", "deferralStart": "2023-07-01",
 * "requestedEnd": "2024-06-30", "hardship": true}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableHousingFundDeferral.class)
@JsonDeserialize(as = ImmutableHousingFundDeferral.class)
public abstract class HousingFundDeferral {

  HousingFundDeferral() {
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
   * Returns the application's id, unique among the profile's applications.
   *
   * @return the id
   */
  public abstract String applicationId();

  /**
   * Returns the day the employer applied to the housing-fund centre.
   *
   * @return the date
   */
  public abstract LocalDate applicationDate();

  /**
   * Returns the first day of the first month deferred.
   *
   * @return the date
   */
  public abstract LocalDate deferralStart();

  /**
   * Returns the last day the employer asks to defer to, not before the start.
   *
   * @return the date, if asked
   */
  public abstract Optional<LocalDate> requestedEnd();

  /**
   * Returns whether the employer has real difficulty paying because of the epidemic.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> hardship();

  @Value.Check
  void check() {
    Args.notBlank(applicationId(), "applicationId");
    Args.date(applicationDate(), "applicationDate");
    Args.date(deferralStart(), "deferralStart");
    Args.date(requestedEnd(), "requestedEnd")
        .ifPresent(end -> Args.inOrder(deferralStart(), end, "deferralStart", "requestedEnd"));
    Args.notNullOptional(hardship(), "hardship");
  }

  /**
   * Builds a {@link HousingFundDeferral}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} naming the field.
   */
  public static class Builder extends ImmutableHousingFundDeferral.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
