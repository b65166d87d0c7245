package io.github.huiqi.core.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the Shanghai first-loan subsidy model (沪企服办〔2023〕1号 第十五条) as loaded from the built-in pack.
 */
class FirstLoanGuaranteedMeasureTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final FirstLoanGuaranteedMeasure SUT = DATA.getMeasure(
      FirstLoanGuaranteedMeasure.SHANGHAI_2023);

  @Test
  void test_builtIn_valuesFromTheSource() {
    // 第十五条: "对2022年第四季度…" = 2022-10-01..2022-12-31 (domain §4.6 item 38)
    assertThat(SUT.firstLoanWindow().value()).isEqualTo(DateRange.quarter(2022, 4));
    // "从上海辖内商业银行"
    assertThat(SUT.lenderRegion().value()).isEqualTo(Jurisdiction.SHANGHAI);
    // "通过市中小微企业政策性融资担保基金管理中心担保"
    assertThat(SUT.guarantor().value()).isEqualTo("上海市中小微企业政策性融资担保基金管理中心");
    // "中小微企业"
    assertThat(SUT.eligibleBorrowerSizes().value())
        .containsExactly(EnterpriseSize.MEDIUM, EnterpriseSize.SMALL, EnterpriseSize.MICRO);
    // "给予2%的贴息补助，单户企业贴息金额最高20万元"
    assertThat(SUT.annualSubsidyRate().value()).isEqualTo(Rate.parse("2%"));
    assertThat(SUT.capPerEnterprise().value()).isEqualTo(Cny.of("200000"));
    assertThat(SUT.clause().article()).isEqualTo("第十五条");
    assertThat(SUT.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(DATA.documentOf(SUT).status()).isEqualTo(SUT.documentStatus());
  }

  @Test
  void test_builtIn_citationsAndProvenance() {
    for (var parameter : List.of(SUT.firstLoanWindow(), SUT.lenderRegion(), SUT.guarantor(),
        SUT.eligibleBorrowerSizes(), SUT.annualSubsidyRate(), SUT.capPerEnterprise())) {
      assertThat(parameter.citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
      assertThat(parameter.citation().document()).isEqualTo("沪企服办〔2023〕1号");
      assertThat(parameter.citation().article()).isEqualTo("第十五条");
      assertThat(parameter.citation().quote()).isPresent();
      assertThat(parameter.validity().contains(java.time.LocalDate.of(2022, 10, 1))).isTrue();
    }
    assertThat(SUT.capPerEnterprise().citation().quote()).hasValue("单户企业贴息金额最高20万元");
    // no source states the day basis or the rounding: documented library defaults (domain §4.1 item 1, §4.5 item 35)
    assertThat(SUT.dayCount().value()).isEqualTo(DayCount.ACT_360);
    assertThat(SUT.dayCount().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(SUT.rounding().value()).isEqualTo(MoneyRounding.FEN_HALF_UP);
    assertThat(SUT.rounding().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    // the term: the source states none, and the model says so instead of holding a guessed one (§4.1 item 5)
    assertThat(SUT.subsidyTerm().note()).hasValueSatisfying(note -> assertThat(note).contains("no subsidy term"));
    assertThat(SUT.inclusiveLoanDefinition().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
  }

  @Test
  void test_json_roundTripsThroughTheMeasureType() {
    String json = HuiqiJson.write(SUT);
    assertThat(json).contains("\"type\" : \"" + FirstLoanGuaranteedMeasure.TYPE + "\"");
    assertThat(HuiqiJson.read(json, Measure.class)).isEqualTo(SUT);
  }

  @Test
  void test_invariants_nameTheParameter() {
    FirstLoanGuaranteedMeasure m = SUT;
    assertThatThrownBy(() -> new FirstLoanGuaranteedMeasure(m.id(), m.clause(), m.documentStatus(),
        m.title(), m.firstLoanWindow(), m.lenderRegion(), m.guarantor(), m.eligibleBorrowerSizes(),
        m.annualSubsidyRate().withValue(Rate.parse("101%")), m.capPerEnterprise(), m.dayCount(), m.rounding(),
        m.inclusiveLoanDefinition(), m.subsidyTerm()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("annualSubsidyRate/value"));
    assertThatThrownBy(() -> new FirstLoanGuaranteedMeasure(m.id(), m.clause(), m.documentStatus(),
        m.title(), m.firstLoanWindow(), m.lenderRegion(), m.guarantor(), m.eligibleBorrowerSizes(),
        m.annualSubsidyRate(), m.capPerEnterprise().withValue(Cny.of("0")), m.dayCount(), m.rounding(),
        m.inclusiveLoanDefinition(), m.subsidyTerm()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("capPerEnterprise/value"));
    assertThatThrownBy(() -> new FirstLoanGuaranteedMeasure(m.id(), m.clause(), m.documentStatus(),
        m.title(), m.firstLoanWindow(), m.lenderRegion(), m.guarantor(), m.eligibleBorrowerSizes().withValue(List.of()),
        m.annualSubsidyRate(), m.capPerEnterprise(), m.dayCount(), m.rounding(), m.inclusiveLoanDefinition(),
        m.subsidyTerm()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("eligibleBorrowerSizes/value"));
    assertThatThrownBy(() -> new FirstLoanGuaranteedMeasure(m.id(), m.clause(), m.documentStatus(),
        m.title(), m.firstLoanWindow(), m.lenderRegion(), m.guarantor(), m.eligibleBorrowerSizes(),
        m.annualSubsidyRate(), m.capPerEnterprise(), m.dayCount(), m.rounding(), m.inclusiveLoanDefinition(), null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("subsidyTerm"));
  }
}
