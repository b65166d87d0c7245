package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.classification.size.SizeFiguresYear;
import io.github.huiqi.calculators.classification.size.SizeOptions;
import io.github.huiqi.calculators.classification.size.SizeProfileStep;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestOptions;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestResult;
import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.calculators.grants.award.AwardOptions;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.award.AwardResult;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the options of the renovation interest subsidy (subsidised years, decisions register §4.1 item 9),
 * of the awards (the combination of tiers, §4.4 item 25) and of the size classification (which year's figures, §4.6
 * item 36), worked by hand and run through every public path that takes them (the engine takes none of them: its
 * evaluators run the defaults). The family tests of the other options are beside their families:
 * {@code RiskPoolOptionsBlindAuditTest}, {@code FirstLoanOptionsBlindAuditTest}, {@code TechSmeOptionsBlindAuditTest},
 * {@code GuaranteeFeeOptionsBlindAuditTest}, {@code TaxOptionsBlindAuditTest}, {@code EngineOptionsBlindAuditTest}.
 */
class OptionsBlindAuditTest {

  private static final RenovationInterestMeasure RENOVATION = PolicyData.builtIn()
      .getMeasure(RenovationInterestMeasure.SHENZHEN_2022);

  //-------------------------------------------------------------------------
  /**
   * 小升规方案 第十条 "按实际支付利息的50%…给予最高500万元的贴息资助", subsidised years from 2023-01-01 (3 by default:
   * to 2025-12-31). P1: 9,000.00 for 2025-12-01 → 2026-03-01 (90 days, 31 of them in 2025). P2: interest for
   * 2026-03-01 → 2026-06-01.
   */
  private static RenovationInterestRequest project(String p2) {
    return RenovationInterestRequest.builder().eligibleProject(true).subsidyStart(LocalDate.of(2023, 1, 1))
        .payments(List.of(
            RenovationInterestPayment.of("P1", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1), Cny.of("9000.00")),
            RenovationInterestPayment.of("P2", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), Cny.of(p2))))
        .build();
  }

  private static void assertRenovation(RenovationInterestRequest request, String counted, String amount,
      boolean capNamed) {
    RenovationInterestCalculator calculator = RenovationInterestCalculator.DEFAULT;
    assertThat(calculator.subsidy(RENOVATION, request)).isEqualTo(Cny.of(amount));
    for (RenovationInterestResult result : List.of(calculator.explainSubsidy(RENOVATION, request),
        HuiqiJson.read(calculator.explainSubsidyJson(RENOVATION, HuiqiJson.write(request)),
            RenovationInterestResult.class))) {
      assertThat(result.interestCounted()).isEqualTo(Cny.of(counted));
      assertThat(result.amount()).isEqualTo(AmountRange.exactly(Cny.of(amount)));
      assertThat(result.bindingLimit().isPresent()).as("cap named").isEqualTo(capNamed);
    }
  }

  @Test
  void renovation_subsidisedYears() {
    // 3 years (to 2025-12-31): P1's 31 of 90 days, 9,000 × 31/90 = 3,100.00; P2 outside; 50% = 1,550.00
    assertRenovation(project("9996000.00"), "3100.00", "1550.00", false);
    // 4 years (to 2026-12-31): 9,000.00 + 9,996,000.00 = 10,005,000.00; 50% = 5,002,500.00 > 5,000,000: the cap
    RenovationInterestOptions four = RenovationInterestOptions.DEFAULTS.withMaximumSubsidyYears(4);
    assertRenovation(project("9996000.00").withOptions(four), "10005000.00", "5000000.00", true);
    // P2 9,991,000.00: 10,000,000.00 counted, 50% = 5,000,000.00 exactly, only reaching the cap: none named
    assertRenovation(project("9991000.00").withOptions(four), "10000000.00", "5000000.00", false);
    // 1 year (to 2023-12-31): nothing of either counted
    assertRenovation(project("9991000.00").withOptions(RenovationInterestOptions.DEFAULTS.withMaximumSubsidyYears(1)),
        "0.00", "0.00", false);
  }

  @Test
  void renovation_yearsOutOfRange_areTypedErrors() {
    assertThatThrownBy(() -> RenovationInterestOptions.DEFAULTS.withMaximumSubsidyYears(0))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("maximumSubsidyYears"));
    String json = HuiqiJson.write(project("1.00").withOptions(RenovationInterestOptions.DEFAULTS
        .withMaximumSubsidyYears(4)));
    for (String bad : new String[] {"0", "31", "-1", "3.5", "\"4\"", "true"}) {
      assertThatThrownBy(() -> RenovationInterestCalculator.DEFAULT.explainSubsidyJson(RENOVATION,
          json.replaceFirst("\"maximumSubsidyYears\"\\s*:\\s*4", "\"maximumSubsidyYears\": " + bad)))
          .as(bad).isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.field()).isEqualTo("/options/maximumSubsidyYears"));
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void award_sumOfTiers() {
    AwardMeasure measure = PolicyData.builtIn().getMeasure(AwardMeasure.SHENZHEN_SPECIALISED);
    // 省专精特新 since 2021-06-01 (最高20万元), the 小巨人 not known (最高50万元 if recognised), no 市级 event
    AwardRequest request = AwardRequest.builder()
        .specialisedAndInnovative(Qualification.builder().held(true).since(LocalDate.of(2021, 6, 1)).build())
        .grantEvents(List.of()).build();
    // 就高不重复 (the default): [0, max(200,000, 500,000)] = [0, 500,000]
    assertAward(measure, request, OutcomeAmount.upTo(Cny.of("500000")));
    // SUM: [0, 200,000 + 500,000] = [0, 700,000]
    AwardRequest sum = request.withOptions(AwardOptions.combining(AwardCombination.SUM));
    assertAward(measure, sum, OutcomeAmount.upTo(Cny.of("700000")));
    // the 小巨人 known not held: one tier, nothing to combine: [0, 200,000] either way
    AwardRequest one = AwardRequest.builder().from(request).littleGiant(Qualification.held(false)).build();
    assertAward(measure, one, OutcomeAmount.upTo(Cny.of("200000")));
    assertAward(measure, one.withOptions(AwardOptions.combining(AwardCombination.SUM)),
        OutcomeAmount.upTo(Cny.of("200000")));
    assertThatThrownBy(() -> AwardCalculator.DEFAULT.explainAwardJson(measure, HuiqiJson.write(sum)
        .replace("\"SUM\"", "\"BOTH\""))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/options/combination"));
  }

  private static void assertAward(AwardMeasure measure, AwardRequest request, OutcomeAmount expected) {
    assertThat(AwardCalculator.DEFAULT.award(measure, request)).isEqualTo(expected);
    assertThat(AwardCalculator.DEFAULT.explainAward(measure, request).amount()).isEqualTo(expected);
    assertThat(HuiqiJson.read(AwardCalculator.DEFAULT.explainAwardJson(measure, HuiqiJson.write(request)),
        AwardResult.class).amount()).isEqualTo(expected);
  }

  //-------------------------------------------------------------------------
  private static EnterpriseProfile manufacturer(int employees2023, String revenue2023) {
    return HuiqiJson.read("""
        {"registrationRegionCode": "440306", "industryCode": "C3484",
         "years": [{"year": 2022, "revenue": {"amount": 15000000, "currency": "CNY"}, "employees": 80,
                    "totalAssets": {"amount": 20000000, "currency": "CNY"}},
                   {"year": 2023, "revenue": {"amount": REVENUE, "currency": "CNY"}, "employees": EMPLOYEES,
                    "totalAssets": {"amount": 30000000, "currency": "CNY"}}]}"""
        .replace("REVENUE", revenue2023).replace("EMPLOYEES", String.valueOf(employees2023)),
        EnterpriseProfile.class);
  }

  @Test
  void size_figuresOfTheEvaluationYear() {
    // 工信部联企业〔2011〕300号, 工业: 中型 从业人员300人及以上且营业收入2000万元及以上; 小型 20人及以上且300万元及以上
    LocalDate asOf = LocalDate.of(2023, 12, 31);
    SizeOptions evaluationYear = new SizeOptions(SizeFiguresYear.EVALUATION_YEAR);
    // 2022 (the prior full year, the default): 80 staff, 15,000,000: small
    EnterpriseProfile medium = manufacturer(300, "20000000");
    assertThat(SizeProfileStep.of(medium, PolicyData.builtIn(), asOf).derivedSize()).contains(EnterpriseSize.SMALL);
    // 2023, chosen: 300 staff and 20,000,000 exactly, both thresholds reached (及以上): medium
    assertThat(SizeProfileStep.of(medium, PolicyData.builtIn(), asOf, evaluationYear).derivedSize())
        .contains(EnterpriseSize.MEDIUM);
    // 299 staff: one below: small
    assertThat(SizeProfileStep.of(manufacturer(299, "20000000"), PolicyData.builtIn(), asOf, evaluationYear)
        .derivedSize()).contains(EnterpriseSize.SMALL);
    // 19,999,999.99 of revenue: small
    assertThat(SizeProfileStep.of(manufacturer(300, "19999999.99"), PolicyData.builtIn(), asOf, evaluationYear)
        .derivedSize()).contains(EnterpriseSize.SMALL);
    assertThatThrownBy(() -> HuiqiJson.read("{\"figuresYear\": \"CURRENT_YEAR\"}", SizeOptions.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/figuresYear"));
  }
}
