package io.github.huiqi.calculators.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The 专精特新 draft's guarantee-fee cap (第五条, "担保费率不高于国家当期银行贷款基准利率的二分之一") through the engine, for a
 * 专精特新"小巨人": the draft's 专精特新企业 are "专精特新企业(含专精特新“小巨人”企业和专精特新中小企业)" (its opening
 * paragraph; decisions register §1.6 item 004-scope), so a 小巨人 recognition held on the contract date qualifies the
 * firm whether or not its 专精特新中小企业 recognition is held.
 * <p>
 * The loan: 1,000,000 drawn 2023-03-01 (no contract date: the benchmark and the recognition read on the drawdown
 * date), maturing 2024-03-01, guaranteed by a government guarantor. A term of one year is in the benchmark's bracket of
 * at most a year, 4.35% (decisions register §4.3 item 20); half of it, 2.175%, over 12 whole months ÷ 12 (§4.3 item
 * 21): 1,000,000 × 2.175% × 1 = 21,750.00.
 */
class GuaranteeFeeBenchmarkCapLittleGiantAuditTest {

  private static final MeasureId CAP = MeasureId.of("sz-gxj-zjtx-32-draft.guarantee-fee-cap");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final String LOANS = "'loans': [{'loanId': 'L1', 'principal': {'amount': 1000000, 'currency': 'CNY'}, "
      + "'drawdownDate': '2023-03-01', 'maturityDate': '2024-03-01', 'annualInterestRate': '4%', "
      + "'guaranteed': true, 'guarantee': {'governmentGuarantor': true}}]";

  private static MeasureOutcome outcome(String facts) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440305', 'size': 'SMALL', "
        + facts + "}"), AS_OF, CAP, false);
  }

  @Test
  void test_littleGiantOnTheContractDate_withoutTheSmeRecognition_capPriced() {
    MeasureOutcome outcome = outcome("'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2022-07-01', 'until': '2025-06-30'}, " + LOANS);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("21750.00")));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.countedInTotal()).as("a draft's ceiling on the guarantor is never counted").isFalse();
  }

  @Test
  void test_littleGiantExpiredBeforeTheContract_andNoSmeRecognition_ineligible() {
    // the 小巨人 recognition ran out on 2023-02-28, the day before the loan's contract (drawdown) date
    MeasureOutcome outcome = outcome("'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2020-03-01', 'until': '2023-02-28'}, " + LOANS);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_loansNotKnown_aLittleGiantIsNotRuledOut() {
    // no 专精特新中小企业 recognition, but a 小巨人 one: with the loans not known the cap has no upper bound yet
    MeasureOutcome outcome = outcome("'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2022-07-01'}");
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).contains("/loans");
    // neither recognition held: out on every contract date, whatever the loans
    assertThat(outcome("'specialisedAndInnovative': {'held': false}, 'littleGiant': {'held': false}").verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_noLittleGiant_theSmeRecognitionNotGiven_askedFor() {
    // without a 小巨人 recognition held, the 专精特新中小企业 one decides and is the fact asked for: 0 to 21,750.00
    MeasureOutcome outcome = outcome("'littleGiant': {'held': false}, " + LOANS);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("21750.00")));
    assertThat(outcome.missingFacts()).containsExactly("/specialisedAndInnovative");
  }

  @Test
  void test_smeRecognitionLapsedBeforeTheContract_theLittleGiantAsked() {
    // the 专精特新中小企业 recognition ran 2020-03-01..2023-02-28, lapsed the day before the contract (drawdown) date; a
    // 小巨人, recognised from among those enterprises, runs its own term (decisions register §4.6 item 59): with it
    // not given, 0 to 21,750.00 and the 小巨人 recognition asked (before: INELIGIBLE, 0.00)
    String lapsed = "'specialisedAndInnovative': {'held': true, 'since': '2020-03-01', 'until': '2023-02-28'}, ";
    MeasureOutcome outcome = outcome(lapsed + LOANS);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("21750.00")));
    assertThat(outcome.missingFacts()).containsExactly("/littleGiant");
    assertThat(outcome(lapsed + "'littleGiant': {'held': false}, " + LOANS).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }
}
