package io.github.huiqi.calculators.batch.screening;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A screening whose firms include one of unknown region: the national 小型微利企业 relief, restated by 深工信〔2023〕26号
 * 第1条 and by 沪企服办〔2023〕1号 第二十二条, is counted once in the population's cost (decisions register §1.7, rule
 * {@code restated-tax-relief-counted-once}): the Shanghai restatement, set aside for the firm of unknown region, is
 * counted apart and adds nothing to its measure's amounts.
 * <p>
 * Each firm, worked by hand: a manufacturer (C4190, not restricted) with 100 employees and 10,000,000 of total assets
 * in each quarter of 2023, taxable income before R&amp;D of 3,400,000 and 500,000 of R&amp;D personnel costs expensed,
 * deducted again in full (财政部 税务总局公告2023年第7号: 100%), so a taxable income of 2,900,000, within the
 * 3,000,000, 300 employees and 50,000,000 of assets of a 小型微利企业 (财政部 税务总局公告2022年第13号 第二条). Tax year
 * 2023: the whole income counted at 25% and taxed at 20%, 5% (财政部 税务总局公告2023年第6号 第一条, 2023年第12号 第三条;
 * 沪企服办〔2023〕1号 第二十二条: "自 2023 年至 2024 年，符合条件的小型微利企业年应纳税所得额，减按 25% 计入应纳税所得额，按
 * 20% 的税率缴纳企业所得税"): 2,900,000 × 5% = 145,000.00 due against 2,900,000 × 25% = 725,000.00 (企业所得税法
 * 第四条), 580,000.00 saved.
 */
class ScreeningSetAsideTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final MeasureId SHENZHEN = SmallLowProfitMeasure.SHENZHEN_2023.id();
  private static final MeasureId SHANGHAI = SmallLowProfitMeasure.SHANGHAI_2023.id();

  /** The firm above, registered in the place given (none: not known). */
  static EnterpriseProfile firmIn(String name, String region) {
    return EnterpriseProfile.builder().from(firm(year(2023, "3400000", "500000").build()).build()).name(name)
        .registrationRegionCode(Optional.ofNullable(region)).build();
  }

  @Test
  void unknownRegion_theShanghaiRestatementSetAside_theReliefOnceInThePopulationsCost() {
    List<EnterpriseProfile> population = List.of(firmIn("U", null), firmIn("S", "440305"),
        firmIn("H", "310115"));
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screen(ENGINE, population.iterator(), AS_OF, firms::add);

    // U (region unknown): the Shenzhen restatement, read for an enterprise anywhere, counts 580,000.00; the Shanghai
    // one is undetermined on the region, up to 580,000.00, and set aside
    ScreeningOutcome uShenzhen = outcome(firms.get(0), SHENZHEN);
    assertThat(uShenzhen.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(uShenzhen.minimum()).isEqualTo(Cny.of("580000.00"));
    assertThat(uShenzhen.setAside()).isFalse();
    ScreeningOutcome uShanghai = outcome(firms.get(0), SHANGHAI);
    assertThat(uShanghai.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(uShanghai.maximum()).contains(Cny.of("580000.00"));
    assertThat(uShanghai.missingFacts()).contains("/registrationRegionCode");
    assertThat(uShanghai.setAside()).isTrue();
    // S (Shenzhen): its own city's restatement; the Shanghai one is not for a firm outside 上海市
    assertThat(outcome(firms.get(1), SHENZHEN).minimum()).isEqualTo(Cny.of("580000.00"));
    assertThat(outcome(firms.get(1), SHANGHAI).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // H (Shanghai): its own city's restatement counts; the Shenzhen one is not the firm's (ineligible, zero), and
    // neither is "set aside": an ineligible outcome is out of every total by its verdict
    assertThat(outcome(firms.get(2), SHANGHAI).minimum()).isEqualTo(Cny.of("580000.00"));
    assertThat(outcome(firms.get(2), SHENZHEN).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // a firm whose region is known has no outcome set aside; U's are Shanghai restatements only
    assertThat(firms.get(1).outcomes()).noneMatch(ScreeningOutcome::setAside);
    assertThat(firms.get(2).outcomes()).noneMatch(ScreeningOutcome::setAside);
    assertThat(firms.get(0).outcomes()).filteredOn(ScreeningOutcome::setAside).extracting(o -> o.measure().value())
        .contains(SHANGHAI.value()).allMatch(id -> id.startsWith("sh-qfb-2023-1."));

    // 深工信〔2023〕26号 第1条: U and S eligible, 580,000.00 each; H ineligible
    ScreeningMeasureTotals shenzhen = totals.measure(SHENZHEN).orElseThrow();
    assertThat(shenzhen.kind()).isEqualTo(AmountKind.TAX_SAVED);
    assertThat(shenzhen.eligible()).isEqualTo(2);
    assertThat(shenzhen.undetermined()).isZero();
    assertThat(shenzhen.ineligible()).isEqualTo(1);
    assertThat(shenzhen.setAside()).isZero();
    // 580,000.00 + 580,000.00 = 1,160,000.00
    assertThat(shenzhen.certain()).isEqualTo(Cny.of("1160000.00"));
    assertThat(shenzhen.inReach()).isEqualTo(Cny.of("1160000.00"));
    // 沪企服办〔2023〕1号 第二十二条: H eligible 580,000.00; U undetermined but set aside; S ineligible
    ScreeningMeasureTotals shanghai = totals.measure(SHANGHAI).orElseThrow();
    assertThat(shanghai.eligible()).isEqualTo(1);
    assertThat(shanghai.undetermined()).isEqualTo(1);
    assertThat(shanghai.ineligible()).isEqualTo(1);
    assertThat(shanghai.setAside()).isEqualTo(1);
    assertThat(shanghai.certain()).isEqualTo(Cny.of("580000.00"));
    // H's 580,000.00 alone; before, U's "up to 580,000.00" was added too: 1,160,000.00
    assertThat(shanghai.inReach()).isEqualTo(Cny.of("580000.00"));
    assertThat(shanghai.unbounded()).isZero();
    // the population's cost of the relief: three firms, 580,000.00 each, once: 1,740,000.00 (was 2,320,000.00)
    assertThat(Cny.yuan(shenzhen.inReach(), "a").add(Cny.yuan(shanghai.inReach(), "b")))
        .isEqualByComparingTo(new BigDecimal("1740000.00"));
  }

  @Test
  void theTallyAgreesWithEachFirmsOwnTotal() {
    // the relief's two measures summed over the population equal the sum of each firm's tax saved on them, which
    // the engine's own total counts once per firm
    List<EnterpriseProfile> population = List.of(firmIn("U", null), firmIn("S", "440305"),
        firmIn("H", "310115"));
    ScreeningTotals totals = ScreeningRun.screen(ENGINE, population.iterator(), AS_OF, f -> { });
    BigDecimal perFirm = BigDecimal.ZERO;
    for (EnterpriseProfile profile : population) {
      EntitlementReport report = ENGINE.evaluate(profile, AS_OF);
      for (MeasureId id : List.of(SHENZHEN, SHANGHAI)) {
        var outcome = report.outcome(id).orElseThrow();
        if (outcome.countedInTotal()) {
          perFirm = perFirm.add(Cny.yuan(outcome.amount().maximum().orElseThrow(), "max"));
        }
      }
    }
    BigDecimal screened = Cny.yuan(totals.measure(SHENZHEN).orElseThrow().inReach(), "a")
        .add(Cny.yuan(totals.measure(SHANGHAI).orElseThrow().inReach(), "b"));
    assertThat(screened).isEqualByComparingTo(perFirm);
    // 3 × 580,000.00
    assertThat(perFirm).isEqualByComparingTo("1740000.00");
    assertThat(ENGINE.evaluate(firmIn("U", null), AS_OF).outcome(SHANGHAI).orElseThrow().amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("580000.00")));
  }

  @Test
  void ndjson_saysWhichOutcomeWasSetAside() {
    ScreeningFirm u = ScreeningRun.screenOne(ENGINE, 0, firmIn("U", null), AS_OF);
    var json = HuiqiJson.read(u.toJson(), com.fasterxml.jackson.databind.JsonNode.class);
    boolean seen = false;
    for (var outcome : json.path("outcomes")) {
      boolean shanghai = outcome.path("measure").asText().equals(SHANGHAI.value());
      assertThat(outcome.path("setAside").isBoolean()).isTrue();
      if (shanghai) {
        assertThat(outcome.path("setAside").asBoolean()).isTrue();
        seen = true;
      } else if (outcome.path("measure").asText().equals(SHENZHEN.value())) {
        assertThat(outcome.path("setAside").asBoolean()).isFalse();
      }
    }
    assertThat(seen).isTrue();
  }

  private static ScreeningOutcome outcome(ScreeningFirm firm, MeasureId id) {
    return firm.outcomes().stream().filter(o -> o.measure().equals(id)).findFirst().orElseThrow();
  }
}
