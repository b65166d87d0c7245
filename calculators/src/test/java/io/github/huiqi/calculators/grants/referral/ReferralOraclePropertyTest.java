package io.github.huiqi.calculators.grants.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.TypedMeasureId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The measures with no figure of their own (the 小升规 plan 第十四条; the Shenzhen 专精特新 draft 第五条's pool
 * compensation and interest subsidy) against {@link ReferralOracle} on seeded random firms: industries of 工业 (B, C,
 * D) and not, each size and none; 专精特新中小企业 and 小巨人 recognitions held, not held, not given, starting the day
 * of the date or the day after, ending the day of the date or the day before. Through the plain, explaining and JSON
 * forms, and the engine for a share of the cases (the date within 2023–2024, where both documents run).
 */
class ReferralOraclePropertyTest {

  private static final long SEED = 0x5EED_4EF0L;
  private static final int CASES = 1000;
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final String[] INDUSTRIES = {"C3484", "C3911", "D4411", "B0610", "F5121", "I6510", "A0111",
      "E4710"};

  @Test
  void test_smallToScaleFee_agreesWithTheOracle() {
    run(ReferralMeasure.SHENZHEN_SMALL_TO_SCALE_FEE,
        List.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy"), true, SEED);
  }

  @Test
  void test_draftPoolCompensation_agreesWithTheOracle() {
    run(TypedMeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation", ReferralMeasure.class),
        List.of("sz-gxj-2023-26.risk-compensation-pool"), false, SEED + 1);
  }

  @Test
  void test_draftInterestSubsidy_agreesWithTheOracle() {
    run(TypedMeasureId.of("sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy", ReferralMeasure.class),
        List.of("sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy",
            "sz-gxj-2023-26.tech-sme-interest-subsidy"), false, SEED + 2);
  }

  private static void run(TypedMeasureId<ReferralMeasure> id, List<String> refersTo, boolean population,
      long seed) {
    ReferralMeasure measure = DATA.getMeasure(id);
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      LocalDate asOf = LocalDate.of(2022, 6, 1).plusDays(random.nextInt(1100));
      ReferralOracle.Held si = randomHeld(random, asOf);
      ReferralOracle.Held lg = randomHeld(random, asOf);
      String industry = random.nextInt(5) == 0 ? null : INDUSTRIES[random.nextInt(INDUSTRIES.length)];
      EnterpriseSize size = random.nextInt(5) == 0 ? null : EnterpriseSize.values()[random.nextInt(4)];
      String label = "seed " + seed + " case " + i + ": asOf " + asOf + ", 专精特新 " + si + ", 小巨人 " + lg
          + ", industry " + industry + ", size " + size;
      ReferralOracle.Expected expected = population ? ReferralOracle.smallMicroIndustrial(industry, size)
          : ReferralOracle.specialisedEnterprise(si, lg, asOf);

      // a fact drawn as null is not given
      Optional<Qualification> specialised = Optional.ofNullable(si).map(ReferralOraclePropertyTest::qualification);
      Optional<Qualification> littleGiant = Optional.ofNullable(lg).map(ReferralOraclePropertyTest::qualification);
      ReferralRequest request = ReferralRequest.builder().asOf(asOf).specialisedAndInnovative(specialised)
          .littleGiant(littleGiant).industryCode(Optional.ofNullable(industry)).size(Optional.ofNullable(size))
          .build();

      if (expected.verdict().equals("UNDETERMINED")) {
        assertThatThrownBy(() -> ReferralCalculator.DEFAULT.applies(measure, request)).as(label)
            .isInstanceOfSatisfying(MissingFactsException.class,
                ex -> assertThat(ex.missingFacts()).containsExactlyElementsOf(expected.missing()));
      } else {
        assertThat(ReferralCalculator.DEFAULT.applies(measure, request)).as(label + " (plain)")
            .isEqualTo(expected.verdict().equals("ELIGIBLE"));
      }
      ReferralResult result = ReferralCalculator.DEFAULT.explainReferral(measure, request);
      assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
      assertThat(result.eligibility().missingFacts()).as(label + " (missing)")
          .containsExactlyElementsOf(expected.missing());
      assertThat(result.refersTo()).as(label + " (refers to)")
          .containsExactlyElementsOf(refersTo.stream().map(MeasureId::of).toList());
      if (i % 10 == 0) {
        ReferralResult viaJson = HuiqiJson.read(ReferralCalculator.DEFAULT.explainReferralJson(measure,
            HuiqiJson.write(request)), ReferralResult.class);
        assertThat(viaJson.eligibility().verdict().name()).as(label + " (JSON)").isEqualTo(expected.verdict());
      }
      boolean bothOpen = !asOf.isBefore(LocalDate.of(2023, 1, 1)) && !asOf.isAfter(LocalDate.of(2024, 12, 31));
      if (i % 10 == 0 && bothOpen) {
        EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
            .specialisedAndInnovative(specialised).littleGiant(littleGiant).industryCode(Optional.ofNullable(industry))
            .size(Optional.ofNullable(size)).build();
        MeasureOutcome outcome = CatalogRuns.both(id.id(), profile, asOf);
        assertThat(outcome.verdict().name()).as(label + " (engine)").isEqualTo(expected.verdict());
        assertThat(outcome.amount()).as(label + " (engine amount)").isEqualTo(OutcomeAmount.ZERO);
      }
    }
  }

  //-------------------------------------------------------------------------
  private static LocalDate near(Random random, LocalDate asOf) {
    return switch (random.nextInt(4)) {
      case 0 -> asOf;
      case 1 -> asOf.minusDays(1);
      case 2 -> asOf.plusDays(1);
      default -> asOf.plusDays(random.nextInt(2000) - 1000);
    };
  }

  private static ReferralOracle.Held randomHeld(Random random, LocalDate asOf) {
    int kind = random.nextInt(8);
    if (kind == 0) {
      return null;
    }
    if (kind == 1) {
      return new ReferralOracle.Held(false, null, null);
    }
    LocalDate since = random.nextInt(4) == 0 ? null : near(random, asOf);
    LocalDate until = random.nextInt(3) == 0 ? null : near(random, asOf);
    if (since != null && until != null && until.isBefore(since)) {
      LocalDate swap = since;
      since = until;
      until = swap;
    }
    return new ReferralOracle.Held(true, since, until);
  }

  private static Qualification qualification(ReferralOracle.Held held) {
    return Qualification.builder().held(held.held()).since(Optional.ofNullable(held.since()))
        .until(Optional.ofNullable(held.until())).build();
  }
}
