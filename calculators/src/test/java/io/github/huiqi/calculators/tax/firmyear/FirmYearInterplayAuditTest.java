package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.MEASURES;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.max;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.min;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.quarter;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.saved;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.staff;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.rd.RdFixtures;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * QA audit (second pass): the firm-year view's typed API on a 2022 software firm (I6510) whose 科技型中小企业
 * enrolment decides the 小型微利企业 cliff, with a year of quarterly VAT, each figure worked by hand.
 * <p>
 * R&amp;D 300,000 of personnel costs: 100% for an enrolled 科技型中小企业 (深工信〔2023〕26号 第1条, 2022年第16号),
 * else 75% (财税〔2018〕99号, 2021年第6号). TIb 3,225,000.01. 小型微利企业 2022: 2.5% to 1,000,000 (2021年第12号),
 * 5% from 1,000,000 to 3,000,000 (2022年第13号), none above. VAT 2022 quarterly: Q1 450,000.01 above the 450,000
 * threshold at 1% (2022年第15号 第一条) = 4,500.00 against 13,500.00, saved 9,000.00; Q2 600,000 exempt however much
 * (2022年第15号 第二条), saved 18,000.00; Q3 0; Q4 450,000, saved 13,500.00; VAT saved 40,500.00.
 */
class FirmYearInterplayAuditTest {

  private static final List<VatRequest> VAT = List.of(
      quarter(2022, 1, "450000.01").withTaxpayerRegionCode("440305"),
      quarter(2022, 2, "600000").withTaxpayerRegionCode("440305"),
      quarter(2022, 3, "0").withTaxpayerRegionCode("440305"),
      quarter(2022, 4, "450000").withTaxpayerRegionCode("440305"));

  private static FirmYearRequest firm(RdRequest rd) {
    return FirmYearRequest.builder().taxYear(2022).vatPeriods(VAT)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("3225000.01"), staff(50))).rd(rd).build();
  }

  private static RdRequest rd() {
    return RdRequest.of(2022, RdFixtures.costs("300000", "0", "0", "0", "0", "0")).withIndustryCode("I6510");
  }

  @Test
  void test_enrolled_theDeductionBringsTheIncomeWithinTheLimit() {
    // E 300,000 → TIa 2,925,000.01: due 25,000 + 1,925,000.01 × 5% = 121,250.0005 → 121,250.00;
    // std(TIb) 806,250.0025 → 806,250.00; std(TIa) 731,250.0025 → 731,250.00
    // (a) R&D 806,250.00 − 731,250.00 = 75,000.00; (b) 731,250.00 − 121,250.00 = 610,000.00
    // total 40,500.00 + 75,000.00 + 610,000.00 = 725,500.00
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm(rd().withKinds(RdEnterpriseKind.TECH_SME)));
    assertThat(yuan(result.vatSaved())).isEqualByComparingTo("40500.00");
    assertThat(yuan(result.taxableIncomeAfterRd())).isEqualByComparingTo("2925000.01");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("75000.00");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("610000.00");
    assertThat(yuan(result.incomeTaxDue())).isEqualByComparingTo("121250.00");
    assertThat(yuan(result.totalSaved())).isEqualByComparingTo("725500.00");
  }

  @Test
  void test_notEnrolled_oneFenAboveTheLimit_noRelief() {
    // E 225,000 → TIa 3,000,000.01 > 3,000,000: due 750,000.0025 → 750,000.00; (a) 806,250.00 − 750,000.00 =
    // 56,250.00; (b) 0; total 40,500.00 + 56,250.00 = 96,750.00
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm(rd().withKinds()));
    assertThat(yuan(result.taxableIncomeAfterRd())).isEqualByComparingTo("3000000.01");
    assertThat(saved(result, FirmYearRelief.RD_SUPER_DEDUCTION)).isEqualByComparingTo("56250.00");
    assertThat(saved(result, FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE)).isEqualByComparingTo("0");
    assertThat(yuan(result.totalSaved())).isEqualByComparingTo("96750.00");
  }

  @Test
  void test_enrolmentNotKnown_theTotalRunsBetweenTheTwo_namingRdTechSme() {
    // the two cases above are the ends: [96,750.00, 725,500.00]
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, firm(rd().withFlags(Optional.empty(),
        Optional.of(false), Optional.of(false))));
    assertThat(min(result.totalSaved())).isEqualByComparingTo("96750.00");
    assertThat(max(result.totalSaved())).isEqualByComparingTo("725500.00");
    assertThat(result.missingFacts()).contains("/rd/techSme");
  }
}
