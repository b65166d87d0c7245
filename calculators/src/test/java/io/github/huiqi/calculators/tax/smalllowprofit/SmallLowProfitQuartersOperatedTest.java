package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.plain;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which quarters the 小型微利企业 test averages from a profile. The indicators are the year's quarterly averages:
 * 季度平均值＝(季初值＋季末值)÷2, 全年季度平均值＝全年各季度平均值之和÷4, and a firm starting (or stopping) mid-year takes
 * its actual operating period as the year (财税〔2019〕13号 第二条, restated with the definition of 财政部 税务总局公告
 * 2022年第13号 第二条). So the quarters operated run from the registration's (the first, when registered before the
 * year) through the fourth; a profile missing one of them leaves the averages unknown: undetermined, not averaged
 * over what is given.
 * <p>
 * The year, as {@code SmallLowProfitEvaluatorTest}'s: TIb 3,400,000, R&amp;D 500,000 deducted again in full (2023年
 * 第7号), TIa 2,900,000 ≤ 3,000,000; due 2,900,000 × 5% = 145,000 (2023年第6号 第一条, 2023年第12号 第三条) against
 * 2,900,000 × 25% = 725,000 (企业所得税法 第四条): the relief 580,000.00 when eligible. Every quarter given has 100
 * employees and 10,000,000 of assets (within 300 and 50,000,000 however many are averaged).
 */
class SmallLowProfitQuartersOperatedTest {

  private static final MeasureId SLPE = SmallLowProfitMeasure.SHENZHEN_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2024, 5, 31);

  private static List<OperatingQuarter> quarters(int first, int last) {
    return SmallLowProfitFixtures.steady(first, last, 100, "10000000");
  }

  private static EnterpriseProfile firm(Optional<LocalDate> registered, List<OperatingQuarter> quarters) {
    EnterpriseYear year = year(2023, "3400000", "500000").quarters(quarters).build();
    return FirmYearProfiles.firm(year).registrationDate(registered).build();
  }

  @Test
  void test_registeredBeforeTheYear_twoQuartersGiven_undetermined_notAveragedOverTwo() {
    // registered 2015-03-01: the firm operated the four quarters of 2023; Q3 and Q4 are not given, so Σ÷4 is not
    // known (before, the two given were averaged as if the year were two quarters long: eligible, 580,000.00)
    MeasureOutcome outcome = agreeing(SLPE, firm(Optional.of(LocalDate.of(2015, 3, 1)), quarters(1, 2)), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("580000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/years/0/quarters");
  }

  @Test
  void test_registeredInTheYear_everyQuarterFromItsOwn_eligible_overTheActualPeriod() {
    // registered 2023-07-15, in Q3: the operating period is Q3..Q4; both given: (100 + 100) ÷ 2 = 100 ≤ 300,
    // (10,000,000 + 10,000,000) ÷ 2 ≤ 50,000,000: eligible, 580,000.00
    MeasureOutcome outcome = agreeing(SLPE, firm(Optional.of(LocalDate.of(2023, 7, 15)), quarters(3, 4)), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("580000.00")));
    assertThat(outcome.missingFacts()).isEmpty();
    // the registration quarter's first and last days: 2023-07-01 is in Q3 (Q3..Q4 needed), 2023-06-30 in Q2
    assertThat(agreeing(SLPE, firm(Optional.of(LocalDate.of(2023, 7, 1)), quarters(3, 4)), AS_OF).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(agreeing(SLPE, firm(Optional.of(LocalDate.of(2023, 6, 30)), quarters(3, 4)), AS_OF).missingFacts())
        .contains("/years/0/quarters");
  }

  @Test
  void test_registeredInTheYear_aLaterQuarterMissing_undetermined() {
    // registered in Q3, only Q4 given: Q3 was operated and is not known
    MeasureOutcome outcome = agreeing(SLPE, firm(Optional.of(LocalDate.of(2023, 8, 1)), quarters(4, 4)), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).contains("/years/0/quarters");
    // registered in Q1 of the year (2023-01-01): all four needed, Q1..Q3 given
    assertThat(agreeing(SLPE, firm(Optional.of(LocalDate.of(2023, 1, 1)), quarters(1, 3)), AS_OF).verdict())
        .isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void test_registrationNotKnown_fewerThanFour_namesTheDateToo() {
    // Q3..Q4 given, the registration date not known: complete if the firm started in Q3, not if it is older
    MeasureOutcome outcome = agreeing(SLPE, firm(Optional.empty(), quarters(3, 4)), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("580000.00")));
    assertThat(outcome.missingFacts()).contains("/years/0/quarters", "/registrationDate");
    // all four given: nothing else needed, whatever the date
    MeasureOutcome four = agreeing(SLPE, firm(Optional.empty(), quarters(1, 4)), AS_OF);
    assertThat(four.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(four.missingFacts()).isEmpty();
  }

  @Test
  void test_incompleteQuarters_theR_and_dFactsNamedOnlyWhenTheyMoveTheDeduction() {
    // QA audit: with the quarters open the relief is a range, and the R&D facts were named with them even when the
    // deduction could not change. TIb 2,000,000 and no R&D costs: E = 0 whatever the IC / 工业母机 flag (120% of 0,
    // 2023年第44号), so only the quarters decide: the relief if eligible 2,000,000 × 25% − 2,000,000 × 5% =
    // 400,000.00
    EnterpriseYear none = year(2023, "2000000", "0").quarters(quarters(1, 2)).build();
    EnterpriseProfile unknownKind = FirmYearProfiles.firm(none).registrationDate(LocalDate.of(2015, 3, 1))
        .icOrMachineTool(Optional.empty()).build();
    MeasureOutcome noCosts = agreeing(SLPE, unknownKind, AS_OF);
    assertThat(noCosts.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("400000.00")));
    assertThat(noCosts.missingFacts()).containsExactly("/years/0/quarters");
    // R&D personnel 500,000: E = 500,000 (100%, a manufacturer) or 600,000 (120%, an IC or 工业母机 enterprise);
    // TIa 2,900,000 or 2,800,000; the relief at most 725,000 − 145,000 = 580,000.00; the flag now moves it
    EnterpriseYear some = year(2023, "3400000", "500000").quarters(quarters(1, 2)).build();
    MeasureOutcome withCosts = agreeing(SLPE, FirmYearProfiles.firm(some).registrationDate(LocalDate.of(2015, 3, 1))
        .icOrMachineTool(Optional.empty()).build(), AS_OF);
    assertThat(withCosts.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("580000.00")));
    assertThat(withCosts.missingFacts()).contains("/years/0/quarters", "/icOrMachineTool");
  }

  @Test
  void test_anotherConditionFails_ineligibleWhateverTheQuarters() {
    // TIb 4,000,000 − 500,000 = 3,500,000 > 3,000,000: no relief, however the missing quarters would average
    EnterpriseYear year = year(2023, "4000000", "500000").quarters(quarters(1, 1)).build();
    EnterpriseProfile profile = FirmYearProfiles.firm(year).registrationDate(LocalDate.of(2015, 3, 1)).build();
    MeasureOutcome outcome = agreeing(SLPE, profile, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_badQuarters_stillRefused_beforeAnyCompleteness() {
    // Q2, Q1, Q2 for a firm registered in 2015 (Q3 and Q4 missing too): Q2 repeated, refused naming the repeat as
    // listed before the completeness is looked at (Q2 then Q1 alone was refused as out of order until 2026-12-07; the
    // quarters are now read in the order of their numbers, register §4.6 item 126)
    EnterpriseProfile disordered = firm(Optional.of(LocalDate.of(2015, 3, 1)),
        List.of(quarters(2, 2).get(0), quarters(1, 1).get(0), quarters(2, 2).get(0)));
    assertField(() -> plain(SLPE, disordered, AS_OF), "/years/0/quarters/2/quarter");
    assertField(() -> FirmYearProfiles.explained(SLPE, disordered, AS_OF), "/years/0/quarters/2/quarter");
  }

  @Test
  void test_firmYearFromTheProfile_readsTheSameQuarters() {
    // the public firm-year view of a profile: an incomplete year's quarters are not known (its missing fact is the
    // profile's /years/0/quarters); a complete one's are the year's own
    assertThat(FirmYearIncomeTax.from(firm(Optional.of(LocalDate.of(2015, 3, 1)), quarters(1, 2)), 2023).quarters())
        .isEmpty();
    assertThat(FirmYearIncomeTax.from(firm(Optional.of(LocalDate.of(2023, 7, 15)), quarters(3, 4)), 2023)
        .quarters()).hasSize(2);
  }
}
