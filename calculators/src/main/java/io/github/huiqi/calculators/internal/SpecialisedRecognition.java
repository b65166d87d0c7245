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
 * not given. This class is immutable and thread-safe.
 */
public final class SpecialisedRecognition {

  /** The profile's JSON Pointer of the 专精特新中小企业 recognition, the fact named when the answer is not known. */
  public static final String SPECIALISED = "/specialisedAndInnovative";

  private SpecialisedRecognition() {
  }

  /**
   * Tests whether the enterprise is a 专精特新企业 on a date.
   *
   * @param specialised  the 专精特新中小企业 recognition, if known
   * @param littleGiant  the 专精特新"小巨人" recognition, if known
   * @param date  the date
   * @return true if the 小巨人 recognition is held on the date, otherwise whether the 专精特新中小企业 one is; empty
   *     when neither the 小巨人 recognition is held nor the 专精特新中小企业 one given
   */
  public static Optional<Boolean> heldOn(Optional<Qualification> specialised, Optional<Qualification> littleGiant,
      LocalDate date) {
    Args.notNull(date, "date");
    if (Args.notNullOptional(littleGiant, "littleGiant").map(q -> q.isHeldOn(date)).orElse(false)) {
      return Optional.of(true);
    }
    return Args.notNullOptional(specialised, "specialisedAndInnovative").map(q -> q.isHeldOn(date));
  }
}
