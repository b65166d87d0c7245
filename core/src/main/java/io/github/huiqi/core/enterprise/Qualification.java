package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A qualification an enterprise holds or does not hold, with its dates where known: 科技型中小企业 enrolment
 * (入库), 专精特新 or 专精特新"小巨人" recognition, 高新技术企业 certification.
 * <p>
 * In a profile an absent qualification means "not known"; a qualification with {@code held = false} means known not
 * held. In JSON: {@code {"held": true, "since": "2022-05-10", "until": "2025-12-31"}}. Build with
 * {@link #held(boolean)} or {@link #builder()}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableQualification.class)
@JsonDeserialize(as = ImmutableQualification.class)
public abstract class Qualification {

  Qualification() {
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
   * Obtains a qualification known to be held or not, with no dates.
   *
   * @param held  whether it is held
   * @return the qualification
   */
  public static Qualification held(boolean held) {
    return builder().held(held).build();
  }

  /**
   * Returns whether the enterprise holds the qualification; required (in JSON too: {@code {}} is rejected, never read
   * as "not held").
   *
   * @return true if held, not null
   */
  public abstract Boolean held();

  /**
   * Returns the date it was granted (认定 / 入库), if known.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> since();

  /**
   * Returns the last day it is valid, if it expires and the date is known.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> until();

  /**
   * Checks whether the qualification is held on a date: held, granted on or before it, and not expired.
   *
   * @param date  the date
   * @return true if held on the date; dates not given do not limit it
   */
  public boolean isHeldOn(LocalDate date) {
    Args.notNull(date, "date");
    return held() && since().map(start -> !start.isAfter(date)).orElse(true)
        && until().map(end -> !end.isBefore(date)).orElse(true);
  }

  @Value.Check
  void check() {
    Args.notNull(held(), "held");
    Args.date(since(), "since");
    Args.date(until(), "until");
    if (since().isPresent() && until().isPresent()) {
      Args.inOrder(since().get(), until().get(), "since", "until");
    }
  }

  /**
   * Builds a {@link Qualification}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableQualification.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
