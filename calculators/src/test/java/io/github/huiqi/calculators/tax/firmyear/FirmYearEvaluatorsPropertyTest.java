package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the three tax evaluators over seeded random profiles: the plain and the explaining form agree (the
 * 小型微利企业 plain form takes its own path when the deduction is exact); an ineligible outcome is zero; and wherever
 * the year's taxable income and R&amp;D are known, the 小型微利企业 and R&amp;D savings are the firm-year view's own
 * lines for the same facts ({@link FirmYearCalculator}).
 */
class FirmYearEvaluatorsPropertyTest {

  private static final String[] INDUSTRIES = {"C4190", "I6510", "F5211"};

  @Test
  void test_formsAgreeAndTheSavingsAreTheFirmYearViews() {
    Random random = new Random(20231);
    for (int run = 0; run < 300; run++) {
      int year = pick(random, new int[] {2017, 2019, 2021, 2022, 2023, 2023, 2023, 2024, 2028});
      EnterpriseProfile profile = profile(random, year);
      LocalDate asOf = LocalDate.of(year, 6, 30);
      String label = "run " + run + ": " + profile;
      MeasureOutcome slpe = check(SmallLowProfitMeasure.SHENZHEN_2023.id(), profile, asOf, label);
      MeasureOutcome rd = check(RdMeasure.SHENZHEN_2023.id(), profile, asOf, label);
      check(VatMeasure.SHENZHEN_2023.id(), profile, asOf, label);
      EnterpriseYear figures = profile.years().orElseThrow().get(0);
      boolean known = figures.taxableIncomeBeforeRd().isPresent() && figures.rdExpensedCosts().isPresent()
          && figures.rdIntangibles().isPresent() && figures.quarters().map(q -> !q.isEmpty()).orElse(true);
      if (known && year >= 2019 && year <= 2027) {
        FirmYearResult view = FirmYearFixtures.CALCULATOR.explainTotalSaved(FirmYearFixtures.MEASURES,
            FirmYearRequest.builder().taxYear(year).incomeTax(FirmYearIncomeTax.from(profile, year))
                .rd(RdRequest.from(profile, year)).build());
        assertThat(slpe.amount()).as(label).isEqualTo(OutcomeAmount.of(
            view.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved()));
        assertThat(rd.amount()).as(label).isEqualTo(OutcomeAmount.of(
            view.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved()));
      }
    }
  }

  private static MeasureOutcome check(MeasureId id, EnterpriseProfile profile,
      LocalDate asOf, String label) {
    MeasureOutcome outcome;
    try {
      outcome = agreeing(id, profile, asOf);
    } catch (AssertionError ex) {
      throw new AssertionError(id + " " + label, ex);
    }
    if (outcome.verdict() == Verdict.INELIGIBLE) {
      assertThat(outcome.amount()).as(label).isEqualTo(OutcomeAmount.ZERO);
    }
    return outcome;
  }

  private static EnterpriseProfile profile(Random random, int year) {
    EnterpriseYear.Builder figures = EnterpriseYear.builder().year(year);
    if (random.nextInt(10) > 0) {
      figures.taxableIncomeBeforeRd(Cny.of(fen(random, -200_000, 5_000_000)));
    }
    if (random.nextInt(10) > 0) {
      figures.rdExpensedCosts(FirmYearProfiles.personnel(fen(random, 0, 1_500_000).max(BigDecimal.ZERO)
          .toPlainString()));
    }
    if (random.nextInt(10) > 0) {
      figures.rdIntangibles(random.nextBoolean() ? List.of() : List.of(RdIntangibleAsset.builder()
          .cost(Cny.of(fen(random, 0, 2_000_000).max(BigDecimal.ZERO))).amortisationMonths(12 + random.nextInt(229))
          .monthsInYear(1 + random.nextInt(12)).build()));
    }
    int quarters = random.nextInt(12);
    if (quarters > 0) {
      figures.quarters(SmallLowProfitFixtures.steady(1, 1 + random.nextInt(4), 250 + random.nextInt(60),
          fen(random, 1_000_000, 55_000_000).max(BigDecimal.ZERO).toPlainString()));
    } else if (random.nextBoolean()) {
      figures.quarters(List.of());
    }
    if (random.nextInt(8) > 0 && year <= 2027) {
      List<VatPeriodSales> periods = new ArrayList<>();
      for (int q = 2; q <= 4; q++) {
        if (random.nextBoolean()) {
          periods.add(FirmYearProfiles.quarter(year, q, fen(random, 0, 600_000).max(BigDecimal.ZERO)
              .toPlainString()));
        }
      }
      figures.vatPeriods(periods);
    }
    EnterpriseProfile.Builder profile = EnterpriseProfile.builder().years(List.of(figures.build()));
    if (random.nextInt(10) > 0) {
      profile.industryCode(INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
    }
    if (random.nextInt(10) > 0) {
      profile.restrictedOrProhibitedIndustry(random.nextInt(20) == 0);
    }
    if (random.nextInt(5) > 0) {
      profile.techSme(Qualification.held(random.nextBoolean()));
    }
    if (random.nextInt(5) > 0) {
      profile.icOrMachineTool(random.nextInt(4) == 0);
    }
    if (random.nextInt(5) > 0) {
      profile.smallScaleTaxpayer(random.nextInt(5) > 0);
    }
    if (random.nextInt(5) > 0) {
      profile.registrationRegionCode(random.nextBoolean() ? "440305" : "420100");
    }
    return profile.build();
  }

  /** A whole number of fen between the bounds, in yuan. */
  private static BigDecimal fen(Random random, long minYuan, long maxYuan) {
    long cents = minYuan * 100 + Math.floorMod(random.nextLong(), (maxYuan - minYuan) * 100 + 1);
    return BigDecimal.valueOf(cents, 2);
  }

  private static int pick(Random random, int[] values) {
    return values[random.nextInt(values.length)];
  }
}
