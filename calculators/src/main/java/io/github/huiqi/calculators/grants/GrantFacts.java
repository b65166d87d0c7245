package io.github.huiqi.calculators.grants;

import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * The facts a grant's trigger reads, under the enterprise profile's names: the four qualifications and the
 * {@code grantEvents}. A grant calculator's request implements it, so that {@code /highTech} or
 * {@code /grantEvents/0/amount} means the same in the request and in the profile.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public interface GrantFacts {

  /**
   * Returns the 科技型中小企业 enrolment.
   *
   * @return the qualification, if known
   */
  Optional<Qualification> techSme();

  /**
   * Returns the 专精特新中小企业 recognition.
   *
   * @return the qualification, if known
   */
  Optional<Qualification> specialisedAndInnovative();

  /**
   * Returns the 专精特新"小巨人" recognition.
   *
   * @return the qualification, if known
   */
  Optional<Qualification> littleGiant();

  /**
   * Returns the 高新技术企业 certification.
   *
   * @return the qualification, if known
   */
  Optional<Qualification> highTech();

  /**
   * Returns the events and projects grant programmes reward.
   *
   * @return the events, if known; empty if known to be none
   */
  Optional<List<GrantEvent>> grantEvents();

  /**
   * Returns a qualification by its kind.
   *
   * @param qualification  the kind
   * @return the qualification, if known
   */
  default Optional<Qualification> qualification(GrantQualification qualification) {
    switch (Args.notNull(qualification, "qualification")) {
      case TECH_SME:
        return techSme();
      case SPECIALISED_AND_INNOVATIVE:
        return specialisedAndInnovative();
      case LITTLE_GIANT:
        return littleGiant();
      default:
        return highTech();
    }
  }
}
