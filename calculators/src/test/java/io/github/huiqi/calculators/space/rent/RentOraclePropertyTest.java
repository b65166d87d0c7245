package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPayment;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The three rent measures of the 2021 reply letter against {@link RentOracle} on seeded random firms: leases ending
 * on the day before, on or after each figure's first day, discounts at 30% and 70% and between or not given, areas
 * and rents to the fen, prior-year rent around the 400,000 that meets the 200,000 cap, support years at the end of
 * the three; through the plain, explaining and JSON forms.
 */
class RentOraclePropertyTest {

  private static final long SEED = 0x5EED_4E47L;
  private static final int CASES = 2000;
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final RentPolicyMeasure POLICY = DATA.getMeasure(RentPolicyMeasure.SHENZHEN_2021);
  private static final RentAreaMeasure AREA = DATA.getMeasure(RentAreaMeasure.GUANGMING);
  private static final RentShareMeasure SHARE = DATA.getMeasure(RentShareMeasure.LONGGANG);

  @Test
  void test_policyRent_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<RentOracle.Lease> leases = randomLeases(random, RentOracle.POLICY_FROM, 2021);
      String label = "seed " + SEED + " case " + i + ": " + leases;
      BigDecimal[] expected = RentOracle.policyRent(leases);
      RentPolicyRequest request = new RentPolicyRequest(leases(leases));
      RentPolicyResult result = RentPolicyCalculator.DEFAULT.explainMonthlyRent(POLICY, request);
      checkPolicy(label, result, expected);
      AmountRange plain = RentPolicyCalculator.DEFAULT.monthlyRent(POLICY, request);
      assertThat(plain).as(label).isEqualTo(result.monthlyRent());
      if (i % 10 == 0) {
        checkPolicy(label + " (JSON)", HuiqiJson.read(RentPolicyCalculator.DEFAULT.explainMonthlyRentJson(POLICY,
            HuiqiJson.write(request)), RentPolicyResult.class), expected);
      }
    }
  }

  private static void checkPolicy(String label, RentPolicyResult result, BigDecimal[] expected) {
    assertThat(result.eligibility().verdict()).as(label)
        .isEqualTo(expected == null ? Verdict.INELIGIBLE : Verdict.ELIGIBLE);
    BigDecimal[] range = expected == null ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO} : expected;
    assertThat(yuan(result.monthlyRent().minimum())).as(label).isEqualByComparingTo(range[0]);
    assertThat(yuan(result.monthlyRent().maximum())).as(label).isEqualByComparingTo(range[1]);
  }

  @Test
  void test_areaSubsidy_agreesWithTheOracle() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < CASES; i++) {
      List<RentOracle.Lease> leases = randomLeases(random, RentOracle.DISTRICT_FROM, 2021);
      boolean techSme = random.nextInt(3) == 0;
      boolean highTech = random.nextInt(3) == 0;
      String label = "seed " + (SEED + 1) + " case " + i + ": techSme " + techSme + ", highTech " + highTech + ", "
          + leases;
      BigDecimal expected = RentOracle.areaSubsidy(techSme, highTech, leases);
      RentAreaRequest request = RentAreaRequest.builder().techSme(techSme).highTech(highTech).leases(leases(leases))
          .build();
      RentAreaResult result = RentAreaCalculator.DEFAULT.explainSubsidyPerPeriod(AREA, request);
      checkArea(label, result, expected);
      assertThat(yuan(RentAreaCalculator.DEFAULT.subsidyPerPeriod(AREA, request))).as(label)
          .isEqualByComparingTo(expected == null ? BigDecimal.ZERO : expected);
      if (i % 20 == 0) {
        // the engine on a 光明区 firm with these facts: at least one month's subsidy (no duration is stated)
        MeasureOutcome outcome = CatalogRuns.both(RentAreaMeasure.GUANGMING.id(), EnterpriseProfile.builder()
            .registrationRegionCode("440311").techSme(Qualification.held(techSme))
            .highTech(Qualification.held(highTech)).leases(leases(leases)).build(), LocalDate.of(2023, 6, 30));
        assertThat(outcome.verdict()).as(label + " (engine)")
            .isEqualTo(expected == null ? Verdict.INELIGIBLE : Verdict.ELIGIBLE);
        assertThat(outcome.amount()).as(label + " (engine)").isEqualTo(expected == null ? OutcomeAmount.ZERO
            : OutcomeAmount.atLeast(Cny.of(expected)));
      }
      if (i % 10 == 0) {
        checkArea(label + " (JSON)", HuiqiJson.read(RentAreaCalculator.DEFAULT.explainSubsidyPerPeriodJson(AREA,
            HuiqiJson.write(request)), RentAreaResult.class), expected);
      }
    }
  }

  private static void checkArea(String label, RentAreaResult result, BigDecimal expected) {
    assertThat(result.eligibility().verdict()).as(label)
        .isEqualTo(expected == null ? Verdict.INELIGIBLE : Verdict.ELIGIBLE);
    assertThat(yuan(result.perPeriod())).as(label).isEqualByComparingTo(expected == null ? BigDecimal.ZERO
        : expected);
  }

  @Test
  void test_shareOfRent_agreesWithTheOracle() {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < CASES; i++) {
      int supportYear = 2022 + random.nextInt(4);
      List<RentOracle.Lease> leases = randomLeases(random, RentOracle.DISTRICT_FROM, supportYear - 1);
      boolean highTech = random.nextInt(4) != 0;
      Integer first = random.nextBoolean() ? null : supportYear - random.nextInt(5);
      String label = "seed " + (SEED + 2) + " case " + i + ": highTech " + highTech + ", support " + supportYear
          + ", first " + first + ", " + leases;
      BigDecimal expected = RentOracle.shareMaximum(highTech, leases, supportYear, first);
      RentShareRequest request = RentShareRequest.builder().highTech(highTech).leases(leases(leases))
          .supportYear(supportYear).firstSupportYear(Optional.ofNullable(first)).build();
      RentShareResult result = RentShareCalculator.DEFAULT.explainMaximumSubsidy(SHARE, request);
      checkShare(label, result, expected, leases, supportYear);
      if (result.eligibility().verdict() != Verdict.UNDETERMINED) {
        assertThat(yuan(RentShareCalculator.DEFAULT.maximumSubsidy(SHARE, request))).as(label)
            .isEqualByComparingTo(expected == null ? BigDecimal.ZERO : expected);
      }
      if (i % 20 == 0) {
        // the engine on a 龙岗区 firm, support year the evaluation date's: its first support year is not in a profile
        // (not checked); a park lease's rent not given leaves it eligible up to the cap (register §4.6 item 42)
        BigDecimal most = RentOracle.shareMaximum(highTech, leases, supportYear, null);
        MeasureOutcome outcome = CatalogRuns.both(RentShareMeasure.LONGGANG.id(), EnterpriseProfile.builder()
            .registrationRegionCode("440307").highTech(Qualification.held(highTech)).leases(leases(leases)).build(),
            LocalDate.of(supportYear, 6, 30));
        assertThat(outcome.verdict()).as(label + " (engine)")
            .isEqualTo(most == null ? Verdict.INELIGIBLE : Verdict.ELIGIBLE);
        assertThat(outcome.amount()).as(label + " (engine)").isEqualTo(most == null ? OutcomeAmount.ZERO
            : OutcomeAmount.upTo(Cny.of(most)));
      }
      if (i % 10 == 0) {
        checkShare(label + " (JSON)", HuiqiJson.read(RentShareCalculator.DEFAULT.explainMaximumSubsidyJson(SHARE,
            HuiqiJson.write(request)), RentShareResult.class), expected, leases, supportYear);
      }
    }
  }

  private static void checkShare(String label, RentShareResult result, BigDecimal expected,
      List<RentOracle.Lease> leases, int supportYear) {
    // a park lease's prior-year rent not given leaves the verdict open, unless the rent known on park space already
    // gives the 200,000 cap (50%, half-up to the fen), which no other rent can move (decisions register §4.6 item 142)
    BigDecimal known = leases.stream().filter(l -> l.districtPark() && l.runsIn(supportYear - 1)
        && l.paidYear() != null && l.paidYear() == supportYear - 1).map(RentOracle.Lease::paid)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean capKnown = known.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP)
        .compareTo(new BigDecimal("200000")) >= 0;
    boolean rentOpen = expected != null && !capKnown && leases.stream().anyMatch(l -> l.districtPark()
        && l.runsIn(supportYear - 1) && (l.paidYear() == null || l.paidYear() != supportYear - 1));
    assertThat(result.eligibility().verdict()).as(label).isEqualTo(expected == null ? Verdict.INELIGIBLE
        : rentOpen ? Verdict.UNDETERMINED : Verdict.ELIGIBLE);
    assertThat(yuan(result.subsidy().minimum())).as(label).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(yuan(result.subsidy().maximum())).as(label).isEqualByComparingTo(expected == null ? BigDecimal.ZERO
        : expected);
  }

  //-------------------------------------------------------------------------
  /** One to three leases; each ends the day before, on or after the figure's first day, or later. */
  private static List<RentOracle.Lease> randomLeases(Random random, LocalDate from, int paidYear) {
    List<RentOracle.Lease> leases = new ArrayList<>();
    int count = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      LocalDate end = switch (random.nextInt(4)) {
        case 0 -> from.minusDays(1);
        case 1 -> from;
        case 2 -> from.plusDays(1);
        default -> from.plusDays(random.nextInt(2000));
      };
      LocalDate start = end.minusDays(random.nextInt(1500));
      BigDecimal area = BigDecimal.valueOf(1 + random.nextInt(500_000), 2);
      // a reference rent is positive (decisions register §4.6 item 173)
      BigDecimal reference = BigDecimal.valueOf(1 + random.nextInt(19_999), 2);
      BigDecimal discount = switch (random.nextInt(5)) {
        case 0 -> null;
        case 1 -> RentOracle.LEAST_DISCOUNT;
        case 2 -> RentOracle.MOST_DISCOUNT;
        default -> BigDecimal.valueOf(3000 + random.nextInt(4001), 4);
      };
      // around 400,000, whose 50% is the 200,000 cap, or anything; sometimes another year's only
      BigDecimal paid = random.nextBoolean() ? new BigDecimal("400000.00").add(BigDecimal.valueOf(random.nextInt(5)
          - 2, 2)) : BigDecimal.valueOf(random.nextInt(100_000_000), 2);
      Integer year = random.nextInt(6) == 0 ? paidYear - 1 : paidYear;
      leases.add(new RentOracle.Lease(area, start, end, random.nextBoolean(), random.nextBoolean(), reference,
          discount, year, paid));
    }
    return leases;
  }

  private static List<RentLease> leases(List<RentOracle.Lease> leases) {
    List<RentLease> built = new ArrayList<>();
    for (int k = 0; k < leases.size(); k++) {
      RentOracle.Lease l = leases.get(k);
      RentLease.Builder builder = RentLease.builder().leaseId("L" + k).area(l.area()).start(l.start()).end(l.end())
          .innovationSpace(l.innovationSpace()).districtPark(l.districtPark()).referenceRent(Cny.of(l.referenceRent()))
          .rentPaid(List.of(new RentPayment(l.paidYear(), Cny.of(l.paid()))));
      if (l.discount() != null) {
        builder.rentDiscount(Rate.ofFraction(l.discount()));
      }
      built.add(builder.build());
    }
    return built;
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
