package io.github.huiqi.calculators.tax.vat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit (regression): a small-scale taxpayer's filing period is a month or a quarter for the whole year
 * ("按固定期限纳税的小规模纳税人可以选择以1个月或1个季度为纳税期限，一经选择，一个会计年度内不得变更", 国家税务总局公告2019年第4号
 * 第三条; domain.md §4.5 item 33), and the exemption threshold follows it (100,000 a month or 300,000 a quarter,
 * 国家税务总局公告2023年第1号 第一条). Before the fix, a profile year of January as a month (100,000 ≤ 100,000: saved
 * 3,000.00) and the second quarter as a quarter (300,000.01: saved 9,000.00 − 3,000.00 = 6,000.00) was evaluated
 * as 9,000.00 of VAT saved, a filing no taxpayer can make; now it is bad input naming the period.
 */
class VatFilingFrequencyAuditTest {

  private static final String MIXED = ("{'profile': {'registrationRegionCode': '440306', 'smallScaleTaxpayer': true, "
      + "'years': [{'year': 2023, 'vatPeriods': ["
      + "{'period': {'year': 2023, 'month': 1}, 'sales': {'amount': 100000, 'currency': 'CNY'}, "
      + "'salesBasis': 'EXCLUDING_VAT'}, "
      + "{'period': {'year': 2023, 'quarter': 2}, 'sales': {'amount': 300000.01, 'currency': 'CNY'}, "
      + "'salesBasis': 'EXCLUDING_VAT'}]}]}, 'asOf': '2023-12-31', "
      + "'measures': ['sz-gxj-2023-26.small-scale-vat']}").replace('\'', '"');

  @Test
  void test_engineJson_aYearMixingAMonthAndAQuarter_badInputNamingThePeriod() {
    assertThatThrownBy(() -> EngineJson.report(MIXED))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/profile/years/0/vatPeriods/1/period");
          assertThat(ex.value()).isEqualTo("2023-Q2");
          assertThat(ex.problem()).contains("国家税务总局公告2019年第4号");
        });
  }

  @Test
  void test_engineJson_monthsAlone_stillEvaluated() {
    // the same year as a monthly filer throughout: January 100,000 ≤ 100,000 → exempt, saved 3,000.00; February
    // 300,000.01 → 1%: 3,000.0001 → 3,000.00, standard 9,000.0003 → 9,000.00, saved 6,000.00; in all 9,000.00
    String months = MIXED.replace("\"quarter\": 2", "\"month\": 2");
    assertThat(EngineJson.firstOutcome(months).at("/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo("9000.00");
  }

  @Test
  void test_profileYear_inJava_mixedFrequencies_rejected() {
    VatPeriodSales january = VatPeriodSales.of(VatFilingPeriod.ofMonth(2023, 1), Cny.of("100000"),
        VatSalesBasis.EXCLUDING_VAT);
    VatPeriodSales second = VatPeriodSales.of(VatFilingPeriod.ofQuarter(2023, 2), Cny.of("300000.01"),
        VatSalesBasis.EXCLUDING_VAT);
    assertThatThrownBy(() -> EnterpriseYear.builder().year(2023).vatPeriods(List.of(january, second)).build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("vatPeriods/1/period"));
  }

  @Test
  void test_firmYearRequest_mixedFrequencies_rejected() {
    // the firm-year view's own request: a quarter first, then a month of a later quarter
    assertThatThrownBy(() -> FirmYearRequest.builder().taxYear(2023)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("1"), FirmYearFixtures.staff(10)))
        .vatPeriods(List.of(FirmYearFixtures.quarter(2023, 1, "300000"), FirmYearFixtures.month(2023, 4, "1")))
        .build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("vatPeriods/1/period"));
  }
}
