package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether an enterprise is a 专精特新企业 on a date, where a clause names the enterprises without a tier: the
 * 专精特新 draft defines them as "专精特新企业(含专精特新“小巨人”企业和专精特新中小企业)" (深圳市关于促进专精特新企业高质量发展的若干措施
 * (征求意见稿), opening paragraph), so a 专精特新"小巨人" recognition held on the date qualifies the enterprise as the
 * 专精特新中小企业 one does. Not part of the public API.
 * <p>
 * A 小巨人 is recognised from among the 专精特新中小企业 (the gradient of 创新型中小企业, 专精特新中小企业 and 小巨人), so
 * the 专精特新中小企业 recognition stays the fact asked for (decisions register §1.6 item 004-scope): held if the 小巨人
 * recognition is held on the date, otherwise as the 专精特新中小企业 recognition is on the date, not known when that is
 * not given. A 小巨人 recognition not given is asked for in one case: the 专精特新中小企业 recognition is held but
 * expired before the date, while a 小巨人 recognised from among those enterprises has its own term, which may still
 * run (decisions register §4.6 item 59); the answer is then not known, and {@link #factAsked} names
 * {@code /littleGiant}. This class is immutable and thread-safe.
 */
public final class SpecialisedRecognition {

  /** The profile's JSON Pointer of the 专精特新中小企业 recognition, the fact named when the answer is not known. */
  public static final String SPECIALISED = "/specialisedAndInnovative";
  /** The profile's JSON Pointer of the 小巨人 recognition, named when the other one expired before the date. */
  public static final String LITTLE_GIANT = "/littleGiant";

  private SpecialisedRecognition() {
  }

  /**
   * Tests whether the enterprise is a 专精特新企业 on a date.
   *
   * @param specialised  the 专精特新中小企业 recognition, if known
   * @param littleGiant  the 专精特新"小巨人" recognition, if known
   * @param date  the date
   * @return true if the 小巨人 recognition is held on the date, otherwise whether the 专精特新中小企业 one is; empty
   *     when neither the 小巨人 recognition is held nor the 专精特新中小企业 one given, or when that one expired before
   *     the date and the 小巨人 recognition is not given
   */
  public static Optional<Boolean> heldOn(Optional<Qualification> specialised, Optional<Qualification> littleGiant,
      LocalDate date) {
    Args.notNull(date, "date");
    if (Args.notNullOptional(littleGiant, "littleGiant").map(q -> q.isHeldOn(date)).orElse(false)) {
      return Optional.of(true);
    }
    if (littleGiantAsked(specialised, littleGiant, date)) {
      return Optional.empty();
    }
    return Args.notNullOptional(specialised, "specialisedAndInnovative").map(q -> q.isHeldOn(date));
  }

  /**
   * Names the fact that decides {@link #heldOn} when it is not known.
   *
   * @param specialised  the 专精特新中小企业 recognition, if known
   * @param littleGiant  the 专精特新"小巨人" recognition, if known
   * @param date  the date
   * @return {@link #LITTLE_GIANT} when the 专精特新中小企业 recognition expired before the date and the 小巨人 one is
   *     not given, otherwise {@link #SPECIALISED}
   */
  public static String factAsked(Optional<Qualification> specialised, Optional<Qualification> littleGiant,
      LocalDate date) {
    return littleGiantAsked(specialised, littleGiant, date) ? LITTLE_GIANT : SPECIALISED;
  }

  /**
   * Whether the 小巨人 recognition, not given, may still qualify the enterprise: the 专精特新中小企业 one was held and
   * expired before the date (a 小巨人, recognised from among those enterprises, runs its own term).
   */
  private static boolean littleGiantAsked(Optional<Qualification> specialised, Optional<Qualification> littleGiant,
      LocalDate date) {
    return Args.notNullOptional(littleGiant, "littleGiant").isEmpty()
        && Args.notNullOptional(specialised, "specialisedAndInnovative")
            .map(q -> q.held() && q.until().map(end -> end.isBefore(date)).orElse(false)).orElse(false);
  }
}
