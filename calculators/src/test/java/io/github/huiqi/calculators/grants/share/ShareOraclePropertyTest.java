package io.github.huiqi.calculators.grants.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The four share measures of 沪企服办〔2023〕1号 against {@link ShareOracle} on seeded random firms: events on the
 * window's ends and a day outside, bases at the 10,000,000 least base and at the 10,000,000 whose 5% meets the
 * 500,000 cap, to the fen either side, qualifications starting or ending on the event's date, every size; through the
 * plain, explaining and JSON forms.
 */
class ShareOraclePropertyTest {

  private static final long SEED = 0x5EED_54AEL;
  private static final int CASES = 1500;
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final LocalDate[] DATES = {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 6, 15), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)};

  @Test
  void test_fourAbove_agreesWithTheOracle() {
    run(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023, ShareOracle.FOUR_ABOVE, SEED);
  }

  @Test
  void test_achievementUplift_agreesWithTheOracle() {
    run(ShareMeasure.SHANGHAI_ACHIEVEMENT_UPLIFT_2023, ShareOracle.ACHIEVEMENT, SEED + 1);
  }

  @Test
  void test_renovation_agreesWithTheOracle() {
    run(ShareMeasure.SHANGHAI_RENOVATION_2023, ShareOracle.RENOVATION, SEED + 2);
  }

  @Test
  void test_digitalContract_agreesWithTheOracle() {
    run(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023, ShareOracle.DIGITAL, SEED + 3);
  }

  @Test
  void test_platformFeeSaved_agreesWithTheOracle() {
    ShareFeeMeasure measure = DATA.getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT);
    ShareOracle.Terms terms = new ShareOracle.Terms(ShareOracle.PLATFORM_FEE, false, false, ShareOracle.CHARGED_SHARE,
        null, null, false, false, false);
    long seed = SEED + 4;
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      List<ShareOracle.Event> events = new ArrayList<>();
      for (ShareOracle.Event e : randomEvents(random, terms)) {
        // odd fen, whose half is a half fen, and a standard of one fen, now and then
        BigDecimal amount = random.nextInt(4) == 0 ? new BigDecimal("0.01")
            : random.nextBoolean() ? e.amount().setScale(2).add(new BigDecimal("0.01")) : e.amount();
        events.add(new ShareOracle.Event(e.code(), e.date(), amount));
      }
      ShareOracle.Held specialised = randomHeld(random);
      String label = "seed " + seed + " case " + i + ": " + events + ", 专精特新 " + specialised;
      BigDecimal saved = ShareOracle.feeSaved(events, specialised);
      // not a 小巨人: the 专精特新中小企业 recognition alone decides (register §4.6 item 59)
      ShareRequest request = ShareRequest.builder().specialisedAndInnovative(qualification(specialised))
          .littleGiant(Qualification.held(false)).grantEvents(grantEvents(events)).build();
      ShareOracle.Expected expected = saved == null ? new ShareOracle.Expected("INELIGIBLE", BigDecimal.ZERO,
          BigDecimal.ZERO) : new ShareOracle.Expected("ELIGIBLE", saved, saved);
      check(label, ShareCalculator.DEFAULT.feeSaved(measure, request), expected);
      ShareResult result = ShareCalculator.DEFAULT.explainFeeSaved(measure, request);
      assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
      check(label, result.amount(), expected);
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(ShareCalculator.DEFAULT.explainFeeSavedJson(measure,
            HuiqiJson.write(request)), ShareResult.class).amount(), expected);
      }
    }
  }

  private static void run(TypedMeasureId<ShareMeasure> id, ShareOracle.Terms terms, long seed) {
    ShareMeasure measure = DATA.getMeasure(id);
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      List<ShareOracle.Event> events = randomEvents(random, terms);
      ShareOracle.Held highTech = randomHeld(random);
      ShareOracle.Held techSme = randomHeld(random);
      boolean sizeKnown = random.nextInt(6) != 0;
      EnterpriseSize size = EnterpriseSize.values()[random.nextInt(4)];
      String label = "seed " + seed + " case " + i + ": " + events + ", highTech " + highTech + ", techSme "
          + techSme + ", size " + (sizeKnown ? size : "not given");
      ShareOracle.Expected expected = ShareOracle.expected(terms, events, highTech, techSme, size, sizeKnown);
      ShareRequest request = ShareRequest.builder().techSme(qualification(techSme))
          .highTech(qualification(highTech)).grantEvents(grantEvents(events))
          .size(sizeKnown ? Optional.of(size) : Optional.empty()).build();

      // the plain form throws when the facts not given leave the amount open, a range of width above zero (0.00 for
      // a large firm, up to the share for an SME); a share of 0.00 either way is returned
      if (expected.verdict().equals("UNDETERMINED") && expected.least().compareTo(expected.most()) != 0) {
        assertThatThrownBy(() -> ShareCalculator.DEFAULT.share(measure, request)).as(label)
            .isInstanceOfSatisfying(MissingFactsException.class,
                ex -> assertThat(ex.missingFacts()).containsExactly("/size"));
      } else {
        check(label, ShareCalculator.DEFAULT.share(measure, request), expected);
      }
      ShareResult result = ShareCalculator.DEFAULT.explainShare(measure, request);
      assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
      check(label, result.amount(), expected);
      if (i % 20 == 0) {
        // the engine on a Shanghai firm with these facts, evaluated at the end of 2023
        EnterpriseProfile.Builder profile = EnterpriseProfile.builder().registrationRegionCode("310115")
            .techSme(qualification(techSme)).highTech(qualification(highTech)).grantEvents(grantEvents(events));
        if (sizeKnown) {
          profile.size(size);
        }
        MeasureOutcome outcome = CatalogRuns.both(id.id(), profile.build(), ShareOracle.LAST);
        assertThat(outcome.verdict().name()).as(label + " (engine)").isEqualTo(expected.verdict());
        check(label + " (engine)", outcome.amount(), expected);
      }
      if (i % 10 == 0) {
        ShareResult viaJson = HuiqiJson.read(ShareCalculator.DEFAULT.explainShareJson(measure,
            HuiqiJson.write(request)), ShareResult.class);
        assertThat(viaJson.eligibility().verdict().name()).as(label + " (JSON)").isEqualTo(expected.verdict());
        check(label + " (JSON)", viaJson.amount(), expected);
      }
    }
  }

  private static void check(String label, OutcomeAmount amount, ShareOracle.Expected expected) {
    assertThat(Cny.yuan(amount.minimum(), "minimum")).as(label).isEqualByComparingTo(expected.least());
    assertThat(Cny.yuan(amount.maximum().orElseThrow(), "maximum")).as(label).isEqualByComparingTo(expected.most());
  }

  //-------------------------------------------------------------------------
  private static List<ShareOracle.Event> randomEvents(Random random, ShareOracle.Terms terms) {
    List<ShareOracle.Event> events = new ArrayList<>();
    Set<LocalDate> used = new HashSet<>();
    int count = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      LocalDate date = random.nextBoolean() ? DATES[random.nextInt(DATES.length)]
          : LocalDate.of(2022, 11, 1).plusDays(random.nextInt(500));
      if (!used.add(date)) {
        continue;
      }
      // the least base 10,000,000 (第五条) and 10,000,000 × 5% = 500,000, the cap (第二条), to the fen either side
      BigDecimal amount = random.nextBoolean()
          ? new BigDecimal("10000000").add(BigDecimal.valueOf(random.nextInt(5) - 2, 2))
          : BigDecimal.valueOf(random.nextLong(3_000_000_000L), 2);
      String code = random.nextInt(6) == 0 ? "sh-other-event" : terms.code();
      events.add(new ShareOracle.Event(code, date, amount));
    }
    return events;
  }

  private static ShareOracle.Held randomHeld(Random random) {
    boolean held = random.nextInt(5) != 0;
    LocalDate since = random.nextBoolean() ? null : DATES[random.nextInt(DATES.length)];
    LocalDate until = random.nextBoolean() ? null : DATES[random.nextInt(DATES.length)];
    if (since != null && until != null && until.isBefore(since)) {
      until = since;
    }
    return new ShareOracle.Held(held, since, until);
  }

  private static Qualification qualification(ShareOracle.Held held) {
    return Qualification.builder().held(held.held()).since(Optional.ofNullable(held.since()))
        .until(Optional.ofNullable(held.until())).build();
  }

  private static List<GrantEvent> grantEvents(List<ShareOracle.Event> events) {
    List<GrantEvent> built = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      ShareOracle.Event e = events.get(k);
      built.add(GrantEvent.builder().eventId("E" + k).code(e.code()).date(e.date()).amount(Cny.of(e.amount()))
          .build());
    }
    return built;
  }
}
