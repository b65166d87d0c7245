package io.github.huiqi.calculators.grants.share;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The share calculator on the built-in Shanghai measures of 沪企服办〔2023〕1号, each expected value worked by hand from
 * its clause: 第二条 (5% of the prior-year R&amp;D input, 最高50万元, one-off, for a valid 高新技术企业 first becoming
 * 四上), 第三条 (加计30% on the 高新技术成果转化 base), 第五条 (不超过核定总投资的10%, threshold 1000万元以上) and 第八条
 * (不超过合同金额30%). The conditions, for each event of the measure's code: in the 2023 window; for 第二条 and 第三条
 * the 高新技术企业 or 科技型中小企业 held on the event's date; the base given; for 第五条 the base at least 10,000,000.
 */
class ShareCalculatorTest {

  private static final ShareMeasure FOUR_ABOVE = DATA.getMeasure(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023);
  private static final ShareMeasure UPLIFT = DATA.getMeasure(ShareMeasure.SHANGHAI_ACHIEVEMENT_UPLIFT_2023);
  private static final ShareMeasure RENOVATION = DATA.getMeasure(ShareMeasure.SHANGHAI_RENOVATION_2023);
  private static final ShareMeasure CONTRACT = DATA.getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);
  private static final ShareCalculator CALCULATOR = ShareCalculator.DEFAULT;
  /** A 高新技术企业 certificate valid 2021-12-23..2024-12-22. */
  private static final Qualification HIGH_TECH = held("2021-12-23", "2024-12-22");

  private static ShareRequest fourAbove(Qualification highTech, GrantEvent... events) {
    return ShareRequest.builder().highTech(Optional.ofNullable(highTech)).grantEvents(List.of(events)).build();
  }

  private static GrantEvent entry(String date, String rdInput) {
    return event("E-1", "first-four-above", date, rdInput);
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "R&D input {0} → {1}")
  @CsvSource({
      // 5% × 3,456,789.01 = 172,839.4505 → 172,839.45 (half-up to the fen)
      "3456789.01, 172839.45, false",
      // 5% × 9,999,999.99 = 499,999.9995 → 500,000.00 by rounding, not by the cap
      "9999999.99, 500000.00, false",
      // 5% × 10,000,000.00 = 500,000.00: the cap "最高50万元" reached exactly, not exceeded
      "10000000.00, 500000.00, false",
      // 5% × 10,000,000.20 = 500,000.01 → capped at 500,000.00, binding
      "10000000.20, 500000.00, true",
      // 5% × 12,000,000 = 600,000 → capped at 500,000.00 (沪企服办〔2023〕1号 第二条)
      "12000000, 500000.00, true"})
  void test_fourAbove_fivePercentOfRd_cappedAt500000(String rdInput, String expected, boolean capBinding) {
    ShareResult result = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH, entry("2023-03-31", rdInput)));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of(expected)));
    assertThat(result.bindingLimit().isPresent()).isEqualTo(capBinding);
    // entry on 2023-03-31 in the window; the certificate (2021-12-23..2024-12-22) valid on it
    assertOutcomes(result.explanation(), MET, MET);
    assertThat(CALCULATOR.share(FOUR_ABOVE, fourAbove(HIGH_TECH, entry("2023-03-31", rdInput))))
        .isEqualTo(OutcomeAmount.exactly(Cny.of(expected)));
  }

  @ParameterizedTest(name = "entry on {0}: {1}")
  @CsvSource({
      "2022-12-31, INELIGIBLE", // the day before the 2023 window
      "2023-01-01, ELIGIBLE",   // its first day
      "2023-12-31, ELIGIBLE",   // its last day
      "2024-01-01, INELIGIBLE"}) // the day after
  void test_fourAbove_window(String date, Verdict verdict) {
    ShareResult result = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH, entry(date, "2000000")));
    assertThat(result.eligibility().verdict()).isEqualTo(verdict);
    // 5% × 2,000,000 = 100,000.00 inside the window; nothing outside
    assertThat(result.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of(verdict == Verdict.ELIGIBLE
        ? "100000.00" : "0")));
    // outside the window the certificate is not looked at
    if (verdict == Verdict.ELIGIBLE) {
      assertOutcomes(result.explanation(), MET, MET);
    } else {
      assertOutcomes(result.explanation(), NOT_MET);
    }
  }

  @Test
  void test_fourAbove_certificateMustBeValidOnTheEntryDate() {
    // "有效期内高新技术企业": a certificate ending 2023-03-30 does not cover an entry on 2023-03-31
    ShareResult lapsed = CALCULATOR.explainShare(FOUR_ABOVE,
        fourAbove(held("2020-03-31", "2023-03-30"), entry("2023-03-31", "2000000")));
    assertThat(lapsed.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(lapsed.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(lapsed.eligibility().reasons()).extracting(Reason::code).contains("not-held-high-tech-on-event-date");
    assertOutcomes(lapsed.explanation(), MET, NOT_MET);
    // ending on the entry day itself still covers it
    ShareResult lastDay = CALCULATOR.explainShare(FOUR_ABOVE,
        fourAbove(held("2020-03-31", "2023-03-31"), entry("2023-03-31", "2000000")));
    assertThat(lastDay.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("100000.00")));
    assertOutcomes(lastDay.explanation(), MET, MET);
  }

  @Test
  void test_fourAbove_missingFacts_undeterminedUpToTheCap() {
    // the certificate not known: up to 5% × 2,000,000 = 100,000.00, naming /highTech
    ShareResult noCertificate = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(null, entry("2023-03-31", "2000000")));
    assertThat(noCertificate.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noCertificate.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("100000.00")));
    assertThat(noCertificate.missingFacts()).containsExactly("/highTech");
    assertOutcomes(noCertificate.explanation(), MET, UNKNOWN);
    // the R&D input not known: up to the cap 500,000, naming the event's amount
    ShareResult noInput = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH, entry("2023-03-31", null)));
    assertThat(noInput.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(noInput.missingFacts()).containsExactly("/grantEvents/0/amount");
    // in the window, the certificate valid, the base (the R&D input) not given
    assertOutcomes(noInput.explanation(), MET, MET, UNKNOWN);
    // the events not known at all
    ShareRequest unknown = ShareRequest.builder().highTech(HIGH_TECH).build();
    assertThat(CALCULATOR.explainShare(FOUR_ABOVE, unknown).missingFacts()).containsExactly("/grantEvents");
    assertOutcomes(CALCULATOR.explainShare(FOUR_ABOVE, unknown).explanation(), UNKNOWN);
    assertThatThrownBy(() -> CALCULATOR.share(FOUR_ABOVE, unknown)).isInstanceOf(MissingFactsException.class);
    // known to be none: ineligible, zero
    ShareResult none = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH));
    assertThat(none.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);
    // no first-four-above event among them
    assertOutcomes(none.explanation(), NOT_MET);
  }

  @Test
  void test_fourAbove_oneOff_theEarliestEntryOnly() {
    // "一次性奖励": entries on 2023-02-01 (4,000,000 → 200,000.00) and 2023-05-01 (2,000,000 → 100,000.00): only the
    // earliest counts, 200,000.00, not 300,000.00
    ShareResult result = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH,
        event("E-2", "first-four-above", "2023-05-01", "2000000"),
        event("E-1", "first-four-above", "2023-02-01", "4000000")));
    assertThat(result.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
    assertThat(result.notes()).extracting(Reason::code).contains("one-off-earliest-event");
    // only the earliest entry is checked (window, certificate): the later one can never earn, so its conditions are
    // not listed as if it could
    assertOutcomes(result.explanation(), MET, MET);
    assertThat(result.explanation().steps().toString()).contains("/grantEvents/1").doesNotContain("/grantEvents/0");
  }

  @Test
  void test_fourAbove_oneOff_firstEntryBeforeTheWindow_explainsThatEntryAlone() {
    // the first entry (首次) on 2022-12-31, before the 2023 window, and a second on 2023-03-01: nothing is earned
    // (the second is not a first entry), and the explanation checks the first entry's window alone, NOT_MET — before,
    // it also listed the 2023 entry's window and certificate as MET
    ShareResult result = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH,
        event("E-0", "first-four-above", "2022-12-31", "1000000"),
        event("E-1", "first-four-above", "2023-03-01", "2000000")));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(result.notes()).extracting(Reason::code).contains("one-off-earliest-event");
    assertOutcomes(result.explanation(), NOT_MET);
    assertThat(result.explanation().steps().toString()).contains("/grantEvents/0").doesNotContain("/grantEvents/1");
  }

  @Test
  void test_fourAbove_oneOff_aSingleEntry_noOneOffNote() {
    // one entry of the code (and one of another code): the one-off rule changes nothing, so no note
    ShareResult result = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH,
        event("X-1", "sh-digital-service-contract", "2023-01-15", "500000"),
        event("E-1", "first-four-above", "2023-03-01", "2000000")));
    // 5% × 2,000,000 = 100,000.00
    assertThat(result.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("100000.00")));
    assertThat(result.notes()).extracting(Reason::code).doesNotContain("one-off-earliest-event");
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "approved investment {0} → up to {1}")
  @CsvSource({
      // "由项目总投资2000万元以上调整为1000万元以上": 以上 is inclusive, so 10,000,000.00 qualifies: up to 10% = 1,000,000.00
      "10000000.00, ELIGIBLE, 1000000.00",
      // one fen short of the threshold: nothing
      "9999999.99, INELIGIBLE, 0",
      // the former threshold: 20,000,000 → up to 2,000,000.00
      "20000000, ELIGIBLE, 2000000.00",
      // 10% × 12,345,678.95 = 1,234,567.895 → 1,234,567.90 (half-up)
      "12345678.95, ELIGIBLE, 1234567.90"})
  void test_renovation_threshold_andUpToTenPercent(String investment, Verdict verdict, String upTo) {
    // a small firm: within the clause's 中小企业 (加大对中小企业技术改造支持)
    ShareResult result = CALCULATOR.explainShare(RENOVATION, ShareRequest.ofEvents(List.of(
        event("R-1", "sh-technical-renovation-project", "2023-08-15", investment))).withSize(EnterpriseSize.SMALL));
    assertThat(result.eligibility().verdict()).isEqualTo(verdict);
    assertThat(result.amount()).isEqualTo(verdict == Verdict.ELIGIBLE
        ? OutcomeAmount.upTo(Cny.of(upTo)) : OutcomeAmount.ZERO);
    // approved on 2023-08-15, in the window; the investment against the 10,000,000 threshold
    assertOutcomes(result.explanation(), MET, verdict == Verdict.ELIGIBLE ? MET : NOT_MET);
    if (verdict == Verdict.INELIGIBLE) {
      assertThat(result.eligibility().reasons()).extracting(Reason::code).contains("not-base-at-least-minimum");
    } else {
      // "不超过": the ceiling is not the amount due; the notes say the authority fixes it
      assertThat(result.notes()).extracting(Reason::code).contains("ceiling-fixed-by-authority");
    }
  }

  @Test
  void test_contracts_eachUpToThirtyPercent() {
    // 第八条 "不超过合同金额30%": 30% × 800,000 = 240,000.00 and 30% × 123,456.78 = 37,037.034 → 37,037.03;
    // together up to 277,037.03, for a small firm (第八条 supports 中小企业' contracts)
    ShareResult result = CALCULATOR.explainShare(CONTRACT, ShareRequest.ofEvents(List.of(
        event("C-1", "sh-digital-service-contract", "2023-07-01", "800000"),
        event("C-2", "sh-digital-service-contract", "2023-11-30", "123456.78"))).withSize(EnterpriseSize.SMALL));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("277037.03")));
    assertThat(result.bindingLimit()).isEmpty();
    // both signed in 2023; 第八条 sets no threshold and no holder condition
    assertOutcomes(result.explanation(), MET, MET);
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("800000.00 × 30%").contains("第八条");
  }

  @Test
  void test_uplift_thirtyPercentOfTheBase_forAnEnrolledTechSme() {
    // 第三条 "在原高新技术成果转化认定政策扶持金额基础上加计30%": 30% × 1,000,000 = 300,000.00 on top of the base
    ShareRequest enrolled = ShareRequest.builder().techSme(held("2023-04-20", "2023-12-31"))
        .grantEvents(List.of(event("T-1", "sh-achievement-transfer-support", "2023-09-01", "1000000"))).build();
    assertThat(CALCULATOR.share(UPLIFT, enrolled)).isEqualTo(OutcomeAmount.exactly(Cny.of("300000.00")));
    // granted before the enrolment (2023-04-19): not a 科技型中小企业 then
    ShareRequest early = ShareRequest.builder().techSme(held("2023-04-20", "2023-12-31"))
        .grantEvents(List.of(event("T-1", "sh-achievement-transfer-support", "2023-04-19", "1000000"))).build();
    assertThat(CALCULATOR.share(UPLIFT, early)).isEqualTo(OutcomeAmount.ZERO);
    // granted 2023-09-01 in the window, enrolled (2023-04-20..2023-12-31) on it; 2023-04-19 in the window, not enrolled
    assertOutcomes(CALCULATOR.explainShare(UPLIFT, enrolled).explanation(), MET, MET);
    assertOutcomes(CALCULATOR.explainShare(UPLIFT, early).explanation(), MET, NOT_MET);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheField() {
    // a negative contract amount, a rank of 0, an unknown-form code, a repeated id: each names its field
    assertField(() -> CALCULATOR.explainShareJson(CONTRACT, "{\"grantEvents\": [{\"eventId\": \"C-1\", "
        + "\"code\": \"sh-digital-service-contract\", \"date\": \"2023-07-01\", "
        + "\"amount\": {\"amount\": -1, \"currency\": \"CNY\"}}]}"), "/grantEvents/0/amount");
    assertField(() -> CALCULATOR.explainShareJson(CONTRACT, "{\"grantEvents\": [{\"eventId\": \"C-1\", "
        + "\"code\": \"sh-digital-service-contract\", \"date\": \"2023-07-01\", \"rank\": 0}]}"),
        "/grantEvents/0/rank");
    assertField(() -> CALCULATOR.explainShareJson(CONTRACT, "{\"grantEvents\": [{\"eventId\": \"C-1\", "
        + "\"code\": \"Digital Contract\", \"date\": \"2023-07-01\"}]}"), "/grantEvents/0/code");
    assertField(() -> ShareRequest.ofEvents(List.of(event("C-1", "sh-digital-service-contract", "2023-07-01", "1"),
        event("C-1", "sh-digital-service-contract", "2023-07-02", "2"))), "grantEvents/1/eventId");
  }

  //-------------------------------------------------------------------------
  private static List<ConditionStep> conditions(ShareResult result) {
    return result.explanation().steps().stream().filter(ConditionStep.class::isInstance)
        .map(ConditionStep.class::cast).toList();
  }

  @Test
  void test_fourAbove_oneEntry_noOneOffNote() {
    // a single entry: 5% × 2,000,000 = 100,000.00 (第二条), exact; with one entry the one-off rule discards nothing
    ShareResult result = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH, entry("2023-03-31", "2000000")));
    assertThat(result.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("100000.00")));
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void test_fourAbove_explanation_baseRoundingAndCap() {
    // 5% × 12,000,000 = 600,000.00, above "最高50万元": capped at 500,000.00
    ShareResult result = CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH, entry("2023-03-31", "12000000")));
    List<ExplanationStep> steps = result.explanation().steps();
    assertThat(steps).extracting(step -> (Object) step.getClass()).containsExactly(ConditionStep.class,
        ConditionStep.class, InputStep.class, CalculationStep.class, RoundingStep.class, CapStep.class);
    assertThat(steps.get(2)).isEqualTo(new InputStep(LocalizedText.of("基数 /grantEvents/0/amount",
        "base /grantEvents/0/amount"), "12000000.00 — " + FOUR_ABOVE.base().label()));
    assertThat(((RoundingStep) steps.get(4)).after()).isEqualByComparingTo("600000.00");
    CapStep cap = (CapStep) steps.get(5);
    assertThat(cap.limit()).isEqualByComparingTo("500000");
    assertThat(cap.before()).isEqualByComparingTo("600000.00");
    assertThat(cap.after()).isEqualByComparingTo("500000.00");
    // the R&D input not given: the base condition unknown, naming the event's amount
    assertThat(conditions(CALCULATOR.explainShare(FOUR_ABOVE, fourAbove(HIGH_TECH, entry("2023-03-31", null)))))
        .last().satisfies(step -> {
          assertThat(step.outcome()).isEqualTo(UNKNOWN);
          assertThat(step.detail()).isEqualTo("/grantEvents/0/amount not given");
        });
  }

  @Test
  void test_renovation_explanation_theBaseAgainstTheThreshold() {
    // 第五条 "1000万元以上": 9,999,999.99 against 10,000,000.00, not met
    ShareResult result = CALCULATOR.explainShare(RENOVATION, ShareRequest.ofEvents(List.of(
        event("R-1", "sh-technical-renovation-project", "2023-08-15", "9999999.99"))));
    assertThat(conditions(result)).last().satisfies(step -> {
      assertThat(step.outcome()).isEqualTo(NOT_MET);
      assertThat(step.condition().en()).isEqualTo("base at least 10000000.00 yuan");
      assertThat(step.detail()).isEqualTo("/grantEvents/0/amount = 9999999.99");
    });
  }

  @Test
  void test_contracts_draftNote_onlyForADraft() {
    // 第八条 is in force: only the "不超过" note; the same measure as a draft (no built-in share measure is one)
    // puts the draft note first
    ShareRequest request = ShareRequest.ofEvents(List.of(
        event("C-1", "sh-digital-service-contract", "2023-07-01", "800000")));
    assertThat(CALCULATOR.explainShare(CONTRACT, request).notes()).extracting(Reason::code)
        .containsExactly("ceiling-fixed-by-authority");
    ShareMeasure draft = new ShareMeasure(CONTRACT.id(), CONTRACT.clause(), DocumentStatus.DRAFT, CONTRACT.title(),
        CONTRACT.trigger(), CONTRACT.rate(), CONTRACT.bound(), CONTRACT.minimumBase(), CONTRACT.cap(),
        CONTRACT.oneOff(), CONTRACT.rounding(), CONTRACT.base());
    assertThat(CALCULATOR.explainShare(draft, request).notes()).extracting(Reason::code)
        .containsExactly("draft", "ceiling-fixed-by-authority");
  }
}
