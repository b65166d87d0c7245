package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.plain;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.q;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.steady;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles;
import io.github.huiqi.calculators.tax.internal.ProfileTaxYear;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quarter listed that ends before the registration date (decisions register §4.6 item 116). The employees and total
 * assets are averaged over the quarters of the actual operating period: 季度平均值＝(季初值＋季末值)÷2, 全年季度平均值＝
 * 全年各季度平均值之和÷4, and 年度中间开业或者终止经营活动的，以其实际经营期作为一个纳税年度确定上述相关指标 (财税〔2019〕13号
 * 第二条, the same in 财政部 税务总局公告2022年第13号 第二条 and 2023年第12号 第五条). A firm registered on 2023-05-10
 * operated from Q2: Q1 is not of its year, and was averaged in before 2026-12-06, lowering the averages by a quarter.
 * <p>
 * The year, as {@code SmallLowProfitQuartersOperatedTest}'s: TIb 3,400,000, R&amp;D personnel 500,000 deducted again
 * in full (2023年第7号) → TIa 2,900,000 ≤ 3,000,000; due 2,900,000 × 5% = 145,000 (2023年第6号 第一条, 2023年第12号
 * 第三条) against 2,900,000 × 25% = 725,000 (企业所得税法 第四条): the relief 580,000.00 when eligible.
 */
class SmallLowProfitQuartersBeforeRegistrationTest {

  private static final MeasureId SLPE = SmallLowProfitMeasure.SHENZHEN_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2024, 5, 31);
  private static final LocalDate REGISTERED = LocalDate.of(2023, 5, 10);

  private static EnterpriseProfile firm(List<OperatingQuarter> quarters) {
    EnterpriseYear year = year(2023, "3400000", "500000").quarters(quarters).build();
    return FirmYearProfiles.firm(year).registrationDate(REGISTERED).build();
  }

  /** Q1 with nothing (before the registration), then Q2..Q4 as given. */
  private static List<OperatingQuarter> withEmptyFirst(List<OperatingQuarter> operated) {
    List<OperatingQuarter> quarters = new ArrayList<>();
    quarters.add(q(1, 0, 0, "0", "0"));
    quarters.addAll(operated);
    return quarters;
  }

  /** Q2 300 → 400 (the start the value on the registration day, register §4.5 item 31), Q3 and Q4 400 → 400. */
  private static List<OperatingQuarter> growing() {
    return List.of(q(2, 300, 400, "10000000", "10000000"), q(3, 400, 400, "10000000", "10000000"),
        q(4, 400, 400, "10000000", "10000000"));
  }

  @Test
  void test_emptyQuarterBeforeRegistration_leftOut_theAverageOverTheQuartersOperated() {
    // employees (350 + 400 + 400) ÷ 3 = 1,150 ÷ 3 ≈ 383.33 > 300: not a 小型微利企业, nothing relieved. Averaged with
    // Q1's 0 over four, (0 + 350 + 400 + 400) ÷ 4 = 287.5 ≤ 300 read eligible, 580,000.00, before 2026-12-06
    MeasureOutcome outcome = agreeing(SLPE, firm(withEmptyFirst(growing())), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).contains("employees-above-limit");
    // the same firm listing only the quarters operated: the same verdict
    assertThat(agreeing(SLPE, firm(growing()), AS_OF).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_emptyQuarterBeforeRegistration_eligible_notedInTheExplainingForm() {
    // 100 employees and 10,000,000 of assets in Q2..Q4: (100 + 100 + 100) ÷ 3 = 100 ≤ 300, 10,000,000 ≤ 50,000,000:
    // eligible, 580,000.00; the note says Q1 was left out
    MeasureOutcome outcome = agreeing(SLPE, firm(withEmptyFirst(steady(2, 4, 100, "10000000"))), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("580000.00")));
    Reason note = FirmYearProfiles.explained(SLPE, firm(withEmptyFirst(steady(2, 4, 100, "10000000"))), AS_OF)
        .notes().stream().filter(n -> n.code().equals("quarters-before-registration")).findFirst().orElseThrow();
    assertThat(note.message().en()).contains("Q1").contains("2023-05-10");
    assertThat(note.citation().article()).isEqualTo("decisions register §4.6 item 116");
    // no note when every quarter listed is operated
    assertThat(FirmYearProfiles.explained(SLPE, firm(steady(2, 4, 100, "10000000")), AS_OF).notes())
        .extracting(Reason::code).doesNotContain("quarters-before-registration");
  }

  @Test
  void test_quartersAveraged_leaveOutOnlyThoseEndingBeforeTheRegistration() {
    EnterpriseProfile profile = firm(withEmptyFirst(growing()));
    EnterpriseYear year = profile.years().orElseThrow().get(0);
    assertThat(ProfileTaxYear.quartersToAverage(profile, year)).extracting(OperatingQuarter::quarter)
        .containsExactly(2, 3, 4);
    assertThat(ProfileTaxYear.quartersBeforeRegistration(profile, year)).containsExactly(1);
    // the firm-year view reads the same three: employees 1,150 ÷ 3
    FirmYearIncomeTax part = FirmYearIncomeTax.from(profile, 2023);
    assertThat(part.quarters()).extracting(OperatingQuarter::quarter).containsExactly(2, 3, 4);
    // registered on 2023-04-01, the first day of Q2: Q1 (to 2023-03-31) ends before it and is left out; registered
    // on 2023-03-31, Q1 holds the registration day and is operated, so it is averaged
    EnterpriseProfile april = EnterpriseProfile.builder().from(profile).registrationDate(LocalDate.of(2023, 4, 1))
        .build();
    assertThat(ProfileTaxYear.quartersToAverage(april, year)).extracting(OperatingQuarter::quarter)
        .containsExactly(2, 3, 4);
    EnterpriseProfile march = EnterpriseProfile.builder().from(profile).registrationDate(LocalDate.of(2023, 3, 31))
        .build();
    assertThat(ProfileTaxYear.quartersToAverage(march, year)).extracting(OperatingQuarter::quarter)
        .containsExactly(1, 2, 3, 4);
    assertThat(ProfileTaxYear.quartersBeforeRegistration(march, year)).isEmpty();
    // registered before the year: every quarter is operated, none left out
    EnterpriseProfile older = EnterpriseProfile.builder().from(profile).registrationDate(LocalDate.of(2015, 3, 1))
        .build();
    assertThat(ProfileTaxYear.quartersToAverage(older, year)).hasSize(4);
    // only the quarter before the registration listed: the quarters operated (Q2..Q4) are missing, unknown
    EnterpriseProfile onlyBefore = firm(withEmptyFirst(List.of()));
    assertThat(ProfileTaxYear.quartersToAverage(onlyBefore, onlyBefore.years().orElseThrow().get(0))).isEmpty();
    MeasureOutcome open = agreeing(SLPE, onlyBefore, AS_OF);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).contains("/years/0/quarters");
  }

  @Test
  void test_figureInAQuarterBeforeRegistration_badInputNamingIt() {
    // Q1 ends on 2023-03-31, before the registration on 2023-05-10: 5 employees at its end contradict the date
    List<OperatingQuarter> stated = new ArrayList<>(growing());
    stated.add(0, q(1, 0, 5, "0", "0"));
    EnterpriseProfile profile = firm(stated);
    assertField(() -> plain(SLPE, profile, AS_OF), "/years/0/quarters/0/employeesAtEnd");
    assertField(() -> FirmYearProfiles.explained(SLPE, profile, AS_OF), "/years/0/quarters/0/employeesAtEnd");
    assertField(() -> FirmYearIncomeTax.from(profile, 2023), "/years/0/quarters/0/employeesAtEnd");
    // assets alone, at the quarter's start: named there
    List<OperatingQuarter> assets = new ArrayList<>(growing());
    assets.add(0, q(1, 0, 0, "0.01", "0"));
    assertField(() -> plain(SLPE, firm(assets), AS_OF), "/years/0/quarters/0/totalAssetsAtStart");
  }

  @Test
  void test_engineJson_leftOutAndBadInput() throws Exception {
    // the engine's JSON: the empty Q1 left out, 1,150 ÷ 3 > 300, ineligible at 0.00
    JsonNode outcome = EngineJson.firstOutcome(request(firm(withEmptyFirst(growing()))));
    assertThat(outcome.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(outcome.toString()).contains("1150/3").contains("quarters-before-registration");
    // Q1 stating 5 employees: a failure naming the profile's field, no outcome
    List<OperatingQuarter> stated = new ArrayList<>(growing());
    stated.add(0, q(1, 0, 5, "0", "0"));
    JsonNode report = EngineJson.report(request(firm(stated)));
    assertThat(report.at("/outcomes").size()).isZero();
    assertThat(report.at("/failures/0/code").asText()).isEqualTo("input.invalid");
    assertThat(report.at("/failures/0/field").asText()).isEqualTo("/years/0/quarters/0/employeesAtEnd");
    assertThat(report.at("/failures/0/message").asText()).contains("2023-05-10");
  }

  private static String request(EnterpriseProfile profile) {
    return "{\"explain\": true, \"profile\": " + HuiqiJson.write(profile) + ", \"asOf\": \"" + AS_OF
        + "\", \"measures\": [\"" + SLPE.value() + "\"]}";
  }
}
