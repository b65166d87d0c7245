package io.github.huiqi.calculators.catalog.engine;

import static io.github.huiqi.calculators.catalog.CatalogProfiles.outcome;
import static io.github.huiqi.calculators.catalog.CatalogProfiles.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the Chinese and English texts of explained outcomes: each states the same figures and dates.
 */
class ExplainedTextsAuditTest {

  @Test
  void test_deferralNote_bothLanguagesNameTheDueWindow() {
    // 深工信〔2023〕26号 第7条 "对于2022年第四季度到期的…小微企业贷款": the due window 2022-10-01..2022-12-31 was in the
    // Chinese note only
    MeasureOutcome outcome = outcome(quoted("{'registrationRegionCode': '440306', 'size': 'SMALL', "
        + "'affectedByEpidemic': true, 'loans': [{'loanId': 'L1', 'principal': {'amount': 1000000, 'currency': "
        + "'CNY'}, 'drawdownDate': '2021-11-15', 'maturityDate': '2022-11-15', 'annualInterestRate': '3.65%'}]}"),
        LocalDate.of(2023, 1, 15), MeasureId.of("sz-gxj-2023-26.loan-deferral"), true);
    LocalizedText note = outcome.notes().stream().filter(n -> n.code().equals("due-on-maturity")).findFirst()
        .map(Reason::message).orElseThrow();
    assertThat(note.zh()).contains("2022-10-01..2022-12-31");
    assertThat(note.en()).contains("2022-10-01..2022-12-31");
  }

  @Test
  void test_insuranceTitles_bothLanguagesNameTheRepaymentDeadline() {
    // 深工信〔2023〕26号 第2条 and 沪企服办〔2023〕1号 第二十条: "在2023年12月31日前…补缴，补缴期间免收滞纳金"; the English
    // title named 2023-12-31, the Chinese one did not
    for (String id : new String[] {"sz-gxj-2023-26.insurance-late-fee-waiver",
        "sh-qfb-2023-1.insurance-late-fee-waiver"}) {
      LocalizedText title = outcome(quoted("{'registrationRegionCode': '440306'}"), LocalDate.of(2023, 6, 30),
          MeasureId.of(id), true).title();
      assertThat(title.zh()).as(id).isEqualTo("缓缴社会保险费2023年12月31日前补缴，补缴期间免收滞纳金");
      assertThat(title.en()).as(id).contains("repaid by 2023-12-31");
    }
  }

  @Test
  void test_overseasEntrustedCap_bothLanguagesNameTheDomesticBase() {
    // 财税〔2018〕64号 第一条: overseas entrusted R&D counts at 80% (2,000,000 × 80% = 1,600,000.00) up to 2/3 of the
    // domestic qualifying R&D, own 900,000 + entrusted at home 500,000 × 80% = 1,300,000.00: 866,666.67. The
    // English cap named the 1,300,000.00, the Chinese one did not
    MeasureOutcome outcome = outcome(quoted("{'registrationRegionCode': '440306', 'industryCode': 'C3484', "
        + "'restrictedOrProhibitedIndustry': false, 'size': 'SMALL', 'techSme': {'held': false}, "
        + "'icOrMachineTool': false, 'years': [{'year': 2023, 'taxableIncomeBeforeRd': {'amount': 10000000, "
        + "'currency': 'CNY'}, 'rdExpensedCosts': {'personnel': {'amount': 900000, 'currency': 'CNY'}, "
        + "'directInputs': {'amount': 0, 'currency': 'CNY'}, 'depreciation': {'amount': 0, 'currency': 'CNY'}, "
        + "'intangibleAmortisation': {'amount': 0, 'currency': 'CNY'}, 'newProductDesign': {'amount': 0, "
        + "'currency': 'CNY'}, 'otherRelated': {'amount': 0, 'currency': 'CNY'}}, 'rdIntangibles': [], "
        + "'rdEntrustments': [{'entrustee': 'DOMESTIC', 'price': {'amount': 500000, 'currency': 'CNY'}, "
        + "'relatedParty': false}, {'entrustee': 'OVERSEAS_ENTITY', 'price': {'amount': 2000000, 'currency': "
        + "'CNY'}, 'relatedParty': false}]}]}"), LocalDate.of(2023, 12, 31),
        MeasureId.of("sz-gxj-2023-26.rd-super-deduction"), true);
    CapStep cap = outcome.explanation().stepsOf(CapStep.class).stream()
        .filter(step -> step.cap().en().startsWith("entrusted overseas")).findFirst().orElseThrow();
    assertThat(cap.before()).isEqualByComparingTo("1600000.00");
    assertThat(cap.limit()).isEqualByComparingTo("866666.67");
    assertThat(cap.after()).isEqualByComparingTo("866666.67");
    assertThat(cap.cap().zh()).isEqualTo("委托境外研发费用不超过境内符合条件的研发费用（1300000.00）的2/3");
    assertThat(cap.cap().en()).isEqualTo("entrusted overseas at most 2/3 of the domestic qualifying R&D (1300000.00)");
  }
}
