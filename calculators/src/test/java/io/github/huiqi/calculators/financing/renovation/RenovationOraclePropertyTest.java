package io.github.huiqi.calculators.financing.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests of the 小升规方案 第十条 renovation support against {@link RenovationOracle}: the grant's tiers
 * by category and level, its 80% and 70% shares exactly and a fen either side, its 50,000,000 cap binding and not;
 * the interest subsidy's three years from their first day (a period straddling either end, starts at the plan's
 * 2022-08-03 and 2024-12-31 and a day either side), its 5,000,000 cap; each yes/no fact true, false or not given.
 * Through the plain and explaining forms, a share through the JSON entry point.
 */
class RenovationOraclePropertyTest {

  private static final long SEED = 2022_08_03L;
  private static final RenovationGrantMeasure GRANT =
      PolicyData.builtIn().getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
  private static final RenovationInterestMeasure INTEREST =
      PolicyData.builtIn().getMeasure(RenovationInterestMeasure.SHENZHEN_2022);

  @Test
  void test_grant_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int n = 0; n < 3_000; n++) {
      boolean upgrade = random.nextInt(3) == 0;
      Integer level = random.nextInt(8) == 0 ? null : 1 + random.nextInt(5);
      // around the cap: 50,000,000 ÷ 20% = 250,000,000, ÷ 10% = 500,000,000
      BigDecimal total = random.nextInt(4) == 0 ? new BigDecimal(random.nextBoolean() ? "250000000" : "500000000")
          .add(BigDecimal.valueOf(random.nextInt(5)).movePointLeft(2))
          : fen(random, random.nextBoolean() ? 100_000_000_000L : 10_000_000L).add(new BigDecimal("0.01"));
      BigDecimal eligible = random.nextInt(3) == 0 ? total : total.subtract(fen(random, total.movePointRight(2)
          .longValue()));
      BigDecimal fixed = share(random, total, RenovationOracle.FIXED_SHARE);
      BigDecimal equipment = share(random, fixed, RenovationOracle.EQUIPMENT_SHARE);
      boolean totalKnown = random.nextInt(10) != 0;
      boolean fixedKnown = random.nextInt(10) != 0;
      boolean equipmentKnown = random.nextInt(10) != 0;
      Boolean supported = random.nextInt(10) == 0 ? null : random.nextInt(8) != 0;
      RenovationGrantRequest.Builder builder = RenovationGrantRequest.builder()
          .category(upgrade ? RenovationCategory.EQUIPMENT_UPGRADE : RenovationCategory.INTELLIGENT)
          .eligibleInvestment(Cny.of(eligible));
      Optional.ofNullable(level).ifPresent(builder::maturityLevel);
      if (totalKnown) {
        builder.totalInvestment(Cny.of(total));
      }
      if (fixedKnown) {
        builder.fixedAssetInvestment(Cny.of(fixed));
      }
      if (equipmentKnown) {
        builder.equipmentInvestment(Cny.of(equipment));
      }
      Optional.ofNullable(supported).ifPresent(builder::eligibleProject);
      RenovationGrantRequest request = builder.build();
      RenovationOracle.Grant expected = RenovationOracle.grant(upgrade, level, eligible, totalKnown ? total : null,
          fixedKnown ? fixed : null, equipmentKnown ? equipment : null, supported);
      String what = "seed " + SEED + " grant case " + n + ": " + request;

      RenovationGrantResult result = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, request);
      assertThat(result.eligibility().verdict().name()).as(what).isEqualTo(expected.verdict());
      assertThat(yuan(result.amount().minimum())).as(what).isZero();
      assertThat(yuan(result.amount().maximum())).as(what).isEqualByComparingTo(expected.most());
      // the cap binds when the rounded product is above it ("min(cap, round(rate × investment))": 250,000,000.02
      // × 20% = 50,000,000.004 rounds to the cap, which then reduces nothing)
      assertThat(result.bindingLimit().isPresent()).as(what).isEqualTo(!"INELIGIBLE".equals(expected.verdict())
          && expected.most().compareTo(RenovationOracle.GRANT_CAP) == 0
          && eligible.multiply(result.rate().orElseThrow().fraction()).setScale(2, java.math.RoundingMode.HALF_UP)
          .compareTo(RenovationOracle.GRANT_CAP) > 0);
      if (!"UNDETERMINED".equals(expected.verdict())) {
        assertThat(yuan(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, request))).as(what)
            .isEqualByComparingTo(expected.most());
      }
      if (n % 10 == 0) {
        RenovationGrantResult viaJson = HuiqiJson.read(RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(
            GRANT, HuiqiJson.write(request)), RenovationGrantResult.class);
        assertThat(yuan(viaJson.amount().maximum())).as(what).isEqualByComparingTo(expected.most());
        assertThat(viaJson.eligibility().verdict().name()).as(what).isEqualTo(expected.verdict());
      }
      if (n % 5 == 0) {
        // stacked (第十条 "还可叠加享受贷款贴息") with a loan's 100,000.00 of 2023 interest from a start of 2023-01-01:
        // 50% = 50,000.00; the total runs from the subsidy to the grant's most plus it
        RenovationInterestRequest interest = RenovationInterestRequest.builder().eligibleProject(true)
            .subsidyStart(LocalDate.of(2023, 1, 1)).addPayments(RenovationInterestPayment.of("P1",
                RenovationFinancingKind.BANK_FIXED_ASSET_LOAN, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1),
                Cny.of("100000.00"))).build();
        RenovationSupportResult support = RenovationSupportCalculator.DEFAULT.explainMaximumSupport(GRANT, INTEREST,
            RenovationSupportRequest.of(request, interest));
        assertThat(yuan(support.total().minimum())).as(what).isEqualByComparingTo("50000.00");
        assertThat(yuan(support.total().maximum())).as(what)
            .isEqualByComparingTo(expected.most().add(new BigDecimal("50000.00")));
      }
      if (n % 20 == 0) {
        RenovationProject.Builder project = RenovationProject.builder().projectId("R1")
            .category(request.category()).maturityLevel(request.maturityLevel())
            .eligibleInvestment(request.eligibleInvestment()).totalInvestment(request.totalInvestment())
            .fixedAssetInvestment(request.fixedAssetInvestment()).equipmentInvestment(request.equipmentInvestment())
            .eligibleProject(request.eligibleProject());
        MeasureOutcome outcome = engineOutcome(project.build(), GRANT.id());
        assertThat(outcome.verdict().name()).as(what + "\n" + outcome).isEqualTo(expected.verdict());
        assertThat(yuan(outcome.amount().minimum())).as(what + "\n" + outcome).isZero();
        assertThat(yuan(outcome.amount().maximum().orElseThrow())).as(what + "\n" + outcome)
            .isEqualByComparingTo(expected.most());
      }
    }
  }

  /** The engine's outcome of a measure for a Shenzhen firm with the one project, on 2023-06-30. */
  private static MeasureOutcome engineOutcome(RenovationProject project, MeasureId measure) {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .renovationProjects(List.of(project)).build();
    for (MeasureOutcome outcome : EntitlementEngine.builtIn().evaluate(profile, LocalDate.of(2023, 6, 30))
        .outcomes()) {
      if (outcome.measure().equals(measure)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome " + measure);
  }

  @Test
  void test_interest_agreesWithTheOracle() {
    Random random = new Random(SEED + 1);
    LocalDate[] starts = {RenovationOracle.PLAN_FIRST, RenovationOracle.PLAN_LAST, LocalDate.of(2024, 2, 29),
        LocalDate.of(2023, 1, 31), LocalDate.of(2023, 3, 1)};
    for (int n = 0; n < 3_000; n++) {
      LocalDate first = random.nextBoolean() ? starts[random.nextInt(starts.length)].plusDays(random.nextInt(3) - 1)
          : RenovationOracle.PLAN_FIRST.plusDays(random.nextInt(880) - 20);
      // the years as an option one case in four
      int years = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : RenovationOracle.YEARS;
      LocalDate end = RenovationOracle.yearsEnd(first, years);
      List<RenovationOracle.Payment> payments = new ArrayList<>();
      RenovationInterestRequest.Builder builder = RenovationInterestRequest.builder().subsidyStart(first);
      for (int i = random.nextInt(5); i >= 0; i--) {
        LocalDate anchor = switch (random.nextInt(3)) {
          case 0 -> first;
          case 1 -> end;
          default -> first.plusDays(random.nextInt(1_100));
        };
        LocalDate from = anchor.plusDays(-random.nextInt(120) + (random.nextInt(3) == 0 ? 0 : random.nextInt(60)));
        LocalDate until = from.plusDays(1 + random.nextInt(random.nextBoolean() ? 3 : 200));
        BigDecimal interest = random.nextInt(6) == 0 ? fen(random, 1_200_000_000L)
            : fen(random, random.nextBoolean() ? 50_000_000L : 1_000L);
        payments.add(new RenovationOracle.Payment(interest, from, until));
        builder.addPayments(RenovationInterestPayment.of("P" + i, random.nextBoolean()
            ? RenovationFinancingKind.BANK_FIXED_ASSET_LOAN : RenovationFinancingKind.EQUIPMENT_FINANCE_LEASE, from,
            until, Cny.of(interest)));
      }
      Boolean supported = random.nextInt(10) == 0 ? null : random.nextInt(8) != 0;
      Optional.ofNullable(supported).ifPresent(builder::eligibleProject);
      if (years != RenovationOracle.YEARS || random.nextInt(8) == 0) {
        builder.options(RenovationInterestOptions.builder().maximumSubsidyYears(years).build());
      }
      RenovationInterestRequest request = builder.build();
      BigDecimal subsidy = RenovationOracle.interest(first, payments, years);
      Verdict verdict = !RenovationOracle.startsWithinPlan(first) || Boolean.FALSE.equals(supported)
          ? Verdict.INELIGIBLE : supported == null ? Verdict.UNDETERMINED : Verdict.ELIGIBLE;
      String what = "seed " + (SEED + 1) + " interest case " + n + ": " + request;

      RenovationInterestResult result = RenovationInterestCalculator.DEFAULT.explainSubsidy(INTEREST, request);
      assertThat(result.eligibility().verdict()).as(what).isEqualTo(verdict);
      assertThat(result.subsidisedYears().end().orElseThrow()).as(what).isEqualTo(end.minusDays(1));
      BigDecimal most = verdict == Verdict.INELIGIBLE ? BigDecimal.ZERO : subsidy;
      assertThat(yuan(result.amount().maximum())).as(what).isEqualByComparingTo(most);
      assertThat(yuan(result.amount().minimum())).as(what)
          .isEqualByComparingTo(verdict == Verdict.ELIGIBLE ? subsidy : BigDecimal.ZERO);
      if (verdict != Verdict.UNDETERMINED) {
        assertThat(yuan(RenovationInterestCalculator.DEFAULT.subsidy(INTEREST, request))).as(what)
            .isEqualByComparingTo(most);
      }
      if (n % 10 == 0) {
        RenovationInterestResult viaJson = HuiqiJson.read(RenovationInterestCalculator.DEFAULT.explainSubsidyJson(
            INTEREST, HuiqiJson.write(request)), RenovationInterestResult.class);
        assertThat(yuan(viaJson.amount().maximum())).as(what).isEqualByComparingTo(most);
        assertThat(viaJson.eligibility().verdict()).as(what).isEqualTo(verdict);
      }
      if (n % 20 == 0 && years == RenovationOracle.YEARS) {
        RenovationProject project = RenovationProject.builder().projectId("R1")
            .category(RenovationCategory.EQUIPMENT_UPGRADE).eligibleInvestment(Cny.of("1000000"))
            .eligibleProject(request.eligibleProject()).subsidyStart(first).interestPayments(request.payments())
            .build();
        MeasureOutcome outcome = engineOutcome(project, INTEREST.id());
        assertThat(outcome.verdict()).as(what + "\n" + outcome).isEqualTo(verdict);
        assertThat(yuan(outcome.amount().maximum().orElseThrow())).as(what + "\n" + outcome)
            .isEqualByComparingTo(most);
        assertThat(yuan(outcome.amount().minimum())).as(what + "\n" + outcome)
            .isEqualByComparingTo(verdict == Verdict.ELIGIBLE ? subsidy : BigDecimal.ZERO);
      }
    }
  }

  /** A part of a whole at the share exactly, a fen either side, or anywhere up to the whole. */
  private static BigDecimal share(Random random, BigDecimal whole, BigDecimal share) {
    if (random.nextBoolean()) {
      return fen(random, whole.movePointRight(2).longValue());
    }
    BigDecimal exact = whole.multiply(share).setScale(2, java.math.RoundingMode.CEILING);
    BigDecimal part = exact.add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2));
    return part.max(BigDecimal.ZERO).min(whole);
  }

  private static BigDecimal fen(Random random, long max) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max + 1)).movePointLeft(2);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
