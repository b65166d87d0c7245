package io.github.huiqi.calculators.batch.sandbox;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The policy sandbox where the change moves an outcome a stacking rule set aside: the Shanghai restatement of the
 * 小型微利企业 relief (沪企服办〔2023〕1号 第二十二条) given, as a what-if, 2.5% instead of 5% on both slices in tax year
 * 2023 (income counted at 12.5% instead of 25%, taxed at 20%). A firm of unknown region gets the relief under the
 * Shenzhen restatement (深工信〔2023〕26号 第1条), its Shanghai outcome set aside (decisions register §1.7): that
 * outcome's amount changes, yet the firm gets nothing more and is counted neither as gaining nor in any group's change.
 * <p>
 * Each firm, worked by hand (as in {@code ScreeningSetAsideTest}): taxable income 3,400,000 − 500,000 of R&amp;D
 * deducted again in full (财政部 税务总局公告2023年第7号) = 2,900,000, a 小型微利企业 (财政部 税务总局公告2022年第13号
 * 第二条); the standard tax 2,900,000 × 25% = 725,000.00 (企业所得税法 第四条). Baseline, 5% (2023年第6号 第一条, 2023年第12号
 * 第三条): due 145,000.00, saved 580,000.00. Changed, 2.5%: due 1,000,000 × 2.5% + 1,900,000 × 2.5% = 25,000.00 +
 * 47,500.00 = 72,500.00, saved 725,000.00 − 72,500.00 = 652,500.00: +72,500.00.
 */
class SandboxSetAsideTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final MeasureId SHANGHAI = SmallLowProfitMeasure.SHANGHAI_2023.id();
  private static final MeasureId SHENZHEN = SmallLowProfitMeasure.SHENZHEN_2023.id();

  private static EnterpriseProfile firmIn(String name, String region) {
    return EnterpriseProfile.builder().from(firm(year(2023, "3400000", "500000").build()).build()).name(name)
        .registrationRegionCode(Optional.ofNullable(region)).build();
  }

  /** The Shanghai measure with the 2023 row's two slice rates at 2.5%. */
  private static SmallLowProfitMeasure shanghaiAtTwoAndAHalf(PolicyData data) {
    SmallLowProfitMeasure m = data.getMeasure(SmallLowProfitMeasure.SHANGHAI_2023);
    List<SmallLowProfitRates> rates = new ArrayList<>();
    for (SmallLowProfitRates row : m.rates()) {
      rates.add(row.taxYears().contains(LocalDate.of(2023, 1, 1)) ? new SmallLowProfitRates(row.taxYears(),
          row.lowerSliceRate().withValue(Rate.ofPercent("2.5")), row.upperSliceRate().withValue(Rate.ofPercent("2.5")))
          : row);
    }
    return new SmallLowProfitMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.definition(),
        m.standardRate(), m.sliceBoundary(), m.taxableIncomeLimit(), m.employeeLimit(), m.totalAssetsLimit(), rates,
        m.negativePrepayment(), m.rounding());
  }

  @Test
  void aSetAsideOutcomeChanged_isNoGain_andNoGroupsChange() {
    PolicyData data = PolicyData.builtIn();
    EntitlementEngine baseline = EntitlementEngine.builtIn();
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(data.withMeasure(shanghaiAtTwoAndAHalf(data))));
    List<EnterpriseProfile> population = List.of(firmIn("U", null), firmIn("S", "440305"),
        firmIn("H", "310115"));

    // the change does move U's Shanghai outcome, set aside under both: up to 580,000.00 → up to 652,500.00
    ScreeningOutcome was = shanghaiOf(ScreeningRun.screenOne(baseline, 0, population.get(0), AS_OF));
    ScreeningOutcome is = shanghaiOf(ScreeningRun.screenOne(changed, 0, population.get(0), AS_OF));
    assertThat(was.setAside()).isTrue();
    assertThat(is.setAside()).isTrue();
    assertThat(was.maximum()).contains(Cny.of("580000.00"));
    assertThat(is.maximum()).contains(Cny.of("652500.00"));

    SandboxReport report = SandboxRun.compare(baseline, changed, population.iterator(), AS_OF);
    SandboxMeasureDelta shanghai = report.measure(SHANGHAI).orElseThrow();
    // H alone gains, 580,000.00 → 652,500.00; U's set-aside outcome is zero in reach under both (before: U counted
    // as a gainer too, 2 gainers, and 1,160,000.00 → 1,305,000.00 in reach)
    assertThat(shanghai.gainers()).isEqualTo(1);
    assertThat(shanghai.losers()).isZero();
    assertThat(shanghai.certainBefore()).isEqualTo(Cny.of("580000.00"));
    assertThat(shanghai.certainAfter()).isEqualTo(Cny.of("652500.00"));
    assertThat(shanghai.inReachBefore()).isEqualTo(Cny.of("580000.00"));
    assertThat(shanghai.inReachAfter()).isEqualTo(Cny.of("652500.00"));
    assertThat(shanghai.inReachChange()).isEqualTo(Cny.of("72500.00"));
    assertThat(shanghai.eligibleBefore()).isEqualTo(1);
    assertThat(shanghai.eligibleAfter()).isEqualTo(1);
    // U, under both
    assertThat(shanghai.setAsideBefore()).isEqualTo(1);
    assertThat(shanghai.setAsideAfter()).isEqualTo(1);
    // the Shenzhen restatement: U and S, 580,000.00 each, unchanged
    SandboxMeasureDelta shenzhen = report.measure(SHENZHEN).orElseThrow();
    assertThat(shenzhen.inReachBefore()).isEqualTo(Cny.of("1160000.00"));
    assertThat(shenzhen.inReachChange()).isEqualTo(Cny.of("0.00"));
    assertThat(shenzhen.gainers() + shenzhen.losers()).isZero();
    // every other measure unchanged
    assertThat(report.measures()).filteredOn(m -> !m.measure().equals(SHANGHAI)).allSatisfy(m -> {
      assertThat(m.inReachChange().isZero()).as("%s", m.measure()).isTrue();
      assertThat(m.gainers() + m.losers()).as("%s", m.measure()).isZero();
    });
    // by district: 310115 (H) +72,500.00, one gainer; U's "unknown" nothing (before: +72,500.00 and a gainer)
    assertGroup(report.group("310115").orElseThrow(), 1, 1, "72500.00");
    assertGroup(report.group("unknown").orElseThrow(), 3, 1, "72500.00");
    assertGroup(report.group("440305").orElseThrow(), 1, 0, "0.00");
    // the firms give no size: all three in the size class "unknown", which is also the district of U; the report
    // finds the size class first, so U's district is read from the list
    SandboxGroupDelta unknownDistrict = report.byDistrict().stream().filter(g -> g.group().equals("unknown"))
        .findFirst().orElseThrow();
    assertGroup(unknownDistrict, 1, 0, "0.00");
    assertThat(unknownDistrict.losers()).isZero();
  }

  private static void assertGroup(SandboxGroupDelta group, long firms, long gainers, String change) {
    assertThat(group.firms()).as(group.group()).isEqualTo(firms);
    assertThat(group.gainers()).as(group.group()).isEqualTo(gainers);
    assertThat(group.inReachChange()).as(group.group()).isEqualTo(Cny.of(change));
  }

  private static ScreeningOutcome shanghaiOf(ScreeningFirm firm) {
    return firm.outcomes().stream().filter(o -> o.measure().equals(SHANGHAI)).findFirst().orElseThrow();
  }
}
