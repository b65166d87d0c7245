package io.github.huiqi.calculators.grants;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;

/**
 * Facts and profiles for the grant tests: events, qualifications, a Shanghai (浦东新区) and a Shenzhen (南山区) firm,
 * and the two forms of the catalogue's evaluation, checked to agree.
 */
public final class GrantProfiles {

  /** The built-in catalogue. */
  public static final Catalog CATALOG = Catalog.builtIn();

  /** The built-in policy data. */
  public static final PolicyData DATA = CATALOG.data();

  /** The evaluation date. */
  public static final LocalDate AS_OF = LocalDate.of(2023, 10, 31);

  private GrantProfiles() {
  }

  /**
   * Returns an event with an amount.
   *
   * @param id  the id
   * @param code  the code
   * @param date  the date, ISO
   * @param yuan  the amount, or null for none
   * @return the event
   */
  public static GrantEvent event(String id, String code, String date, String yuan) {
    GrantEvent.Builder builder = GrantEvent.builder().eventId(id).code(code).date(LocalDate.parse(date));
    if (yuan != null) {
      builder.amount(Cny.of(yuan));
    }
    return builder.build();
  }

  /**
   * Returns a qualification held from one date to another.
   *
   * @param since  the first day, ISO, or null
   * @param until  the last day, ISO, or null
   * @return the qualification
   */
  public static Qualification held(String since, String until) {
    Qualification.Builder builder = Qualification.builder().held(true);
    if (since != null) {
      builder.since(LocalDate.parse(since));
    }
    if (until != null) {
      builder.until(LocalDate.parse(until));
    }
    return builder.build();
  }

  /**
   * Returns a builder for a Shanghai firm (上海市浦东新区).
   *
   * @return the builder
   */
  public static EnterpriseProfile.Builder shanghai() {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.name("上海某智能装备有限公司").registrationRegionCode("310115");
    return builder;
  }

  /**
   * Returns a builder for a Shenzhen firm (深圳市南山区).
   *
   * @return the builder
   */
  public static EnterpriseProfile.Builder shenzhen() {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.name("深圳某软件有限公司").registrationRegionCode("440305");
    return builder;
  }

  /**
   * Evaluates a measure in both forms on {@link #AS_OF}, checks they agree and that the plain form is bare, and
   * returns the explained outcome.
   *
   * @param id  the measure
   * @param profile  the profile
   * @return the explained outcome
   */
  public static MeasureOutcome agreeing(MeasureId id, EnterpriseProfile profile) {
    return agreeing(id, profile, AS_OF);
  }

  /**
   * Evaluates a measure in both forms on a date, checks they agree and that the plain form is bare, and returns the
   * explained outcome.
   *
   * @param id  the measure
   * @param profile  the profile
   * @param asOf  the evaluation date
   * @return the explained outcome
   */
  public static MeasureOutcome agreeing(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    Catalog.Entry entry = CATALOG.get(id);
    EvaluationContext context = new EvaluationContext(asOf, DATA, EngineOptions.DEFAULTS, entry);
    MeasureOutcome plain = entry.evaluate(profile, context, false);
    MeasureOutcome explained = entry.evaluate(profile, context, true);
    assertThat(plain.verdict()).isEqualTo(explained.verdict());
    assertThat(plain.amount()).isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
    assertThat(plain.detail()).isEqualTo(explained.detail());
    assertThat(plain.reasons()).isEmpty();
    assertThat(plain.notes()).isEmpty();
    assertThat(plain.explanation().steps()).isEmpty();
    return explained;
  }
}
