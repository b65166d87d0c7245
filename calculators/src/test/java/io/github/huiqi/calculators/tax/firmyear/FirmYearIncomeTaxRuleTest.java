package io.github.huiqi.calculators.tax.firmyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The R&amp;D super deduction and the 小型微利企业 relief of one tax year counted together within that year's income tax
 * at the standard rate (decisions register §4.6 item 176), worked by hand.
 * <p>
 * Both reliefs reduce one enterprise income tax, 25% of the taxable income (企业所得税法 第四条); 沪企服办〔2023〕1号
 * 第二十二条 and 深工信〔2023〕26号 第1条 restate them for 2023: the 小型微利企业's taxable income "减按 25% 计入应纳税所得额，
 * 按 20% 的税率缴纳企业所得税" (5% in all) up to 3,000,000, and R&amp;D expensed deducted 100% more (财政部 税务总局公告
 * 2023年第7号). With the R&amp;D costs not given, the deduction may be as large as the income, so the R&amp;D outcome runs
 * to the whole standard tax, while the relief's most is worked at the income with no deduction.
 */
class FirmYearIncomeTaxRuleTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);
  private static final List<MeasureId> SHANGHAI_PAIR = List.of(SmallLowProfitMeasure.SHANGHAI_2023.id(),
      RdMeasure.SHANGHAI_2023.id());

  /** A small manufacturer (C3484) of 上海市浦东新区 with one 2023 year: its taxable income, no quarters, no R&amp;D. */
  private static EnterpriseProfile shanghaiFirm(String taxableIncome) {
    return EnterpriseProfile.builder().registrationRegionCode("310115").industryCode("C3484")
        .size(EnterpriseSize.SMALL).restrictedOrProhibitedIndustry(false)
        .years(List.of(EnterpriseYear.builder().year(2023).taxableIncomeBeforeRd(Cny.of(taxableIncome)).build()))
        .build();
  }

  private static EntitlementReport pairOnly(EnterpriseProfile profile) {
    return ENGINE.evaluate(EntitlementRequest.of(profile, MID_2023).withMeasures(SHANGHAI_PAIR));
  }

  private static void assertBetween(OutcomeAmount amount, String least, String most) {
    assertThat(amount).isEqualTo(OutcomeAmount.between(Cny.of(least), Cny.of(most)));
  }

  @Test
  void test_rdCostsNotGiven_pairCountedWithinTheStandardTax() {
    EntitlementReport report = pairOnly(shanghaiFirm("2000000"));
    // each outcome keeps its own range: the relief at the income with no deduction, 2,000,000 × 25% − 2,000,000 × 5%
    // = 500,000.00 − 100,000.00 = 400,000.00, open on the quarters (the averages of employees and assets)
    assertBetween(report.outcome(SHANGHAI_PAIR.get(0)).orElseThrow().amount(), "0.00", "400000.00");
    // the deduction as large as the income: 2,000,000 × 25% = 500,000.00
    assertBetween(report.outcome(SHANGHAI_PAIR.get(1)).orElseThrow().amount(), "0.00", "500000.00");
    // together at most the tax before either relief, std(TIb) = 2,000,000 × 25% = 500,000.00 (not 900,000.00)
    assertThat(report.jointLimits()).hasSize(1);
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.measures()).isEqualTo(SHANGHAI_PAIR);
    assertThat(limit.taxYear()).contains(2023);
    assertThat(limit.loanIds()).isEmpty();
    assertThat(limit.minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(limit.maximum()).isEqualTo(Cny.of("500000.00"));
    assertThat(limit.reason().code()).isEqualTo(FirmYearIncomeTaxRule.CODE);
    assertThat(limit.reason().message().en()).contains("2,000,000.00 × 25% = 500,000.00", "900,000.00");
    assertThat(limit.reason().citation().article()).isEqualTo("decisions register §4.6 item 176");
    assertBetween(report.totals().inReach(), "0.00", "500000.00");
    // the next questions share the pair's 500,000.00 among its facts: none decides more than the pair's width
    BigDecimal decided = report.nextQuestions().stream()
        .map(question -> Cny.yuan(question.amountDecided(), "decided")).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(decided).isEqualByComparingTo("500000.00");
  }

  @Test
  void test_incomeAboveTheLimit_pairWithinTheTaxOnTheWholeIncome() {
    EntitlementReport report = pairOnly(shanghaiFirm("5000000"));
    // the relief's bound is its most within the limit, 3,000,000 × 25% − 3,000,000 × 5% = 600,000.00; the deduction's
    // most 5,000,000 × 25% = 1,250,000.00; together at most 1,250,000.00, not 1,850,000.00
    assertBetween(report.outcome(SHANGHAI_PAIR.get(0)).orElseThrow().amount(), "0.00", "600000.00");
    assertBetween(report.outcome(SHANGHAI_PAIR.get(1)).orElseThrow().amount(), "0.00", "1250000.00");
    assertThat(report.jointLimits()).singleElement()
        .satisfies(limit -> assertThat(limit.maximum()).isEqualTo(Cny.of("1250000.00")));
    assertBetween(report.totals().inReach(), "0.00", "1250000.00");
  }

  @Test
  void test_sample_rdGiven_maximaWithinTheTax_nothingDeclared() {
    // the sample: 250,000.00 + 480,000.00 = 730,000.00 (RestatedReliefRuleTest), within 3,400,000 × 25% = 850,000.00
    EntitlementReport report = ENGINE.evaluate(CatalogProfiles.sample(), MID_2023);
    assertThat(report.jointLimits()).noneMatch(limit -> limit.taxYear().isPresent());
  }

  @Test
  void test_incomeNotGiven_orNoIncomeTax_nothingDeclared() {
    EnterpriseProfile noIncome = EnterpriseProfile.builder().from(shanghaiFirm("2000000"))
        .years(List.of(EnterpriseYear.builder().year(2023).build())).build();
    assertThat(pairOnly(noIncome).jointLimits()).isEmpty();
    // a partnership pays no enterprise income tax (企业所得税法 第一条第二款): both ineligible, nothing to bound
    EnterpriseProfile partnership = EnterpriseProfile.builder().from(shanghaiFirm("2000000"))
        .legalForm(LegalForm.PARTNERSHIP).build();
    EntitlementReport report = pairOnly(partnership);
    assertThat(report.jointLimits()).isEmpty();
    assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_regionNotGiven_theShenzhenPairBounded() {
    // not registered anywhere known: the Shenzhen restatements count (decisions register §1.7), the Shanghai ones are
    // set aside, so only the Shenzhen pair is bounded, at the same 500,000.00
    EnterpriseProfile anywhere = EnterpriseProfile.builder().industryCode("C3484").size(EnterpriseSize.SMALL)
        .restrictedOrProhibitedIndustry(false)
        .years(List.of(EnterpriseYear.builder().year(2023).taxableIncomeBeforeRd(Cny.of("2000000")).build()))
        .build();
    EntitlementReport report = ENGINE.evaluate(anywhere, MID_2023);
    assertThat(report.jointLimits()).filteredOn(limit -> limit.taxYear().isPresent()).singleElement()
        .satisfies(limit -> {
          assertThat(limit.measures()).containsExactly(SmallLowProfitMeasure.SHENZHEN_2023.id(),
              RdMeasure.SHENZHEN_2023.id());
          assertThat(limit.maximum()).isEqualTo(Cny.of("500000.00"));
        });
  }

  @Test
  void test_json_limitNamesTheTaxYear_noLoans() {
    String request = "{\"asOf\": \"2023-06-30\", \"measures\": [\"sh-qfb-2023-1.small-low-profit-enterprise\", "
        + "\"sh-qfb-2023-1.rd-super-deduction\"], \"profile\": {\"registrationRegionCode\": \"310115\", "
        + "\"industryCode\": \"C3484\", \"size\": \"SMALL\", \"restrictedOrProhibitedIndustry\": false, "
        + "\"years\": [{\"year\": 2023, \"taxableIncomeBeforeRd\": {\"amount\": 2000000, \"currency\": \"CNY\"}}]}}";
    JsonNode report = EngineJson.report(request);
    JsonNode limit = report.at("/jointLimits/0");
    assertThat(limit.at("/taxYear").asInt()).isEqualTo(2023);
    assertThat(limit.has("loanIds")).isFalse();
    assertThat(limit.at("/maximum/amount").decimalValue()).isEqualByComparingTo("500000.00");
    assertThat(report.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("500000.00");
    // read back, the limit is the same
    JointLimit read = HuiqiJson.read(limit.toString(), JointLimit.class);
    assertThat(read.taxYear()).contains(2023);
    assertThat(read.loanIds()).isEmpty();
    assertThat(read.maximum()).isEqualTo(Cny.of("500000.00"));
  }

  @Test
  void test_limit_namesLoansOrATaxYear_exactlyOne() {
    Reason reason = new Reason("x", LocalizedText.of("x", "x"), FirmYearIncomeTaxRule.WITHIN_THE_TAX);
    assertThatThrownBy(() -> new JointLimit(SHANGHAI_PAIR, List.of("L1"), Optional.of(2023), Cny.ZERO, Cny.ZERO,
        reason, List.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("loanIds");
    assertThatThrownBy(() -> new JointLimit(SHANGHAI_PAIR, List.of(), Optional.empty(), Cny.ZERO, Cny.ZERO, reason,
        List.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("loanIds");
    assertThatThrownBy(() -> JointLimit.ofTaxYear(SHANGHAI_PAIR, 1989, Cny.ZERO, Cny.ZERO, reason))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("taxYear").hasMessageContaining("1989");
    assertThat(JointLimit.ofTaxYear(SHANGHAI_PAIR, 1990, Cny.ZERO, Cny.ZERO, reason).taxYear()).contains(1990);
  }
}
