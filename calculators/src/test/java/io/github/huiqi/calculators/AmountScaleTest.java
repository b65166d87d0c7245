package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculatorTest;
import io.github.huiqi.calculators.financing.renovation.RenovationFixtures;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolPropertyTest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingPropertyTest;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmePropertyTest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearPropertyTest;
import io.github.huiqi.calculators.tax.rd.RdFixtures;
import io.github.huiqi.calculators.tax.rd.RdPropertyTest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPropertyTest;
import io.github.huiqi.calculators.tax.vat.VatFixtures;
import io.github.huiqi.calculators.tax.vat.VatPropertyTest;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Every amount the library returns is at the fen's scale, two decimals ({@code 200000.00}, never {@code 2E+5}): in
 * every calculator's JSON result and in the engine's report, over seeded random requests, and in the plain forms.
 */
class AmountScaleTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final int SEEDS = 25;
  /** An amount as the JSON writes it: {"amount": n, "currency": "CNY"}. */
  private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*([^,}\\s]+)\\s*,\\s*\"currency\"");
  private static final Pattern FEN = Pattern.compile("-?[0-9]+\\.[0-9]{2}");

  /** Asserts that the JSON holds amounts, each written with exactly two decimals; returns how many. */
  private static int assertAtTheFen(String what, String json) {
    Matcher matcher = AMOUNT.matcher(json);
    int count = 0;
    while (matcher.find()) {
      assertThat(matcher.group(1)).as("%s: amount #%s", what, count).matches(FEN);
      count++;
    }
    return count;
  }

  private static void assertAtTheFen(String what, MonetaryAmount amount) {
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
    assertThat(number.scale()).as(what + " = " + number).isEqualTo(2);
    assertThat(amount.getNumber().getScale()).as(what).isEqualTo(2);
  }

  private static void plain(String what, Supplier<MonetaryAmount> call) {
    try {
      assertAtTheFen(what, call.get());
    } catch (MissingFactsException undetermined) {
      // the plain form has no amount to return for this request
    }
  }

  private static int everySeed(String what, java.util.function.Function<Random, String> call) {
    int amounts = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      amounts += assertAtTheFen(what + " seed " + seed, call.apply(new Random(seed)));
    }
    return amounts;
  }

  @Test
  void test_cny_parsesAndReturnsAtScaleTwo() {
    // the cases: 200000.00 kept, 2E+5 brought to 200000.00, equal to the ledger's BigDecimal
    assertThat(Cny.of("200000.00").getNumber().numberValue(BigDecimal.class)).isEqualTo(new BigDecimal("200000.00"));
    assertThat(Cny.of(new BigDecimal("2E+5")).getNumber().numberValue(BigDecimal.class))
        .isEqualTo(new BigDecimal("200000.00"));
    assertThat(Cny.yuan(Cny.of(new BigDecimal("2E+5")), "a")).isEqualTo(new BigDecimal("200000.00"));
    assertThat(Cny.ZERO.getNumber().numberValue(BigDecimal.class)).isEqualTo(new BigDecimal("0.00"));
    assertThat(Cny.of("1.5").add(Cny.of("2")).getNumber().numberValue(BigDecimal.class))
        .isEqualTo(new BigDecimal("3.50"));
    assertThat(Cny.of("200000").toString()).isEqualTo("CNY 200000.00");
    assertThat(HuiqiJson.write(Cny.of(new BigDecimal("2E+5")))).contains("200000.00");
  }

  @Test
  void test_everyFinancingCalculator_jsonAndPlain() {
    List<Integer> counts = new ArrayList<>();
    counts.add(everySeed("first loan", r -> FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FirstLoanFixtures.MEASURE,
        HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L1")
            .principal(Cny.of(new BigDecimal(1 + r.nextInt(5_000_000)).movePointLeft(r.nextInt(3)))).build())))));
    plain("first loan", () -> FirstLoanFixtures.CALCULATOR.subsidy(FirstLoanFixtures.MEASURE,
        FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build())));
    counts.add(assertAtTheFen("guaranteed first loan", FirstLoanGuaranteedFixtures.CALCULATOR.explainSubsidyJson(
        FirstLoanGuaranteedFixtures.MEASURE, HuiqiJson.write(FirstLoanGuaranteedFixtures.request(12,
            FirstLoanGuaranteedFixtures.loan("G1").build())))));
    counts.add(everySeed("tech SME", r -> TechSmeFixtures.CALCULATOR.explainSubsidyJson(TechSmeFixtures.MEASURE,
        HuiqiJson.write(TechSmePropertyTest.randomRequest(r)))));
    counts.add(everySeed("stacking", r -> StackingCalculator.DEFAULT.explainTotalSubsidyJson(
        FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, HuiqiJson.write(StackingPropertyTest.randomRequest(r)))));
    RenovationGrantMeasure grant = DATA.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
    RenovationInterestMeasure interest = DATA.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);
    counts.add(assertAtTheFen("renovation grant", RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(grant,
        HuiqiJson.write(RenovationFixtures.grantRequest()))));
    counts.add(assertAtTheFen("renovation interest", RenovationInterestCalculator.DEFAULT.explainSubsidyJson(interest,
        HuiqiJson.write(RenovationFixtures.interestRequest(RenovationFixtures.loanInterest("P1",
            LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), "123456.70"))))));
    counts.add(assertAtTheFen("renovation support", RenovationSupportCalculator.DEFAULT.explainMaximumSupportJson(
        grant, interest, HuiqiJson.write(new RenovationSupportRequest(RenovationFixtures.grantRequest(),
            RenovationFixtures.interestRequest(RenovationFixtures.leaseInterest("P1", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 7, 1), "2000")))))));
    plain("renovation grant", () -> RenovationGrantCalculator.DEFAULT.maximumGrant(grant,
        RenovationFixtures.grantRequest()));
    GuaranteeFeeReductionMeasure reduction = DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    counts.add(everySeed("fee reduction", r -> GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(reduction,
        HuiqiJson.write(GuaranteeFeeReductionCalculatorTest.randomRequest(r)))));
    GuaranteeFeeAverageMeasure average = DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
    counts.add(everySeed("average fee", r -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(average,
        HuiqiJson.write(GuaranteeFeeAverageCalculatorTest.randomBook(r)))));
    GuaranteeFeeBenchmarkCapMeasure cap = DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    counts.add(everySeed("benchmark cap", r -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(cap,
        HuiqiJson.write(GuaranteeFeeBenchmarkCapCalculatorTest.randomLoan(r)))));
    GuaranteeFeeSubsidyMeasure feeSubsidy = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    counts.add(everySeed("fee subsidy", r -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(feeSubsidy,
        HuiqiJson.write(GuaranteeFeeSubsidyCalculatorTest.randomFirm(r)))));
    counts.add(everySeed("risk pool", r -> {
      List<RiskPoolClaim> claims = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        claims.add(RiskPoolPropertyTest.randomClaim(r, new BigDecimal(r.nextInt(2_000_000)).movePointLeft(2)));
      }
      return RiskPoolCalculator.DEFAULT.explainClaimsJson(RiskPoolFixtures.POOL,
          HuiqiJson.write(RiskPoolRequest.of(claims)));
    }));
    DeferralMeasure deferral = DATA.getMeasure(DeferralMeasure.SHENZHEN_2023);
    assertAtTheFen("deferral", DeferralCalculator.DEFAULT.explainDeferredUntilJson(deferral, HuiqiJson.write(
        DeferralRequest.ofEnterprise("D1", EnterpriseSize.SMALL, LocalDate.of(2022, 11, 30), true, null))));
    // every calculator with amounts wrote some: the assertions above were not vacuous
    assertThat(counts).allSatisfy(count -> assertThat(count).isPositive());
  }

  @Test
  void test_everyTaxCalculator_json() {
    SmallLowProfitMeasure smallLowProfit = DATA.getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
    List<Integer> counts = new ArrayList<>();
    counts.add(everySeed("VAT", r -> VatFixtures.CALCULATOR.explainVatDueJson(VatFixtures.MEASURE,
        HuiqiJson.write(VatPropertyTest.randomRequest(r)))));
    counts.add(everySeed("R&D", r -> RdFixtures.CALCULATOR.explainExtraDeductionJson(RdFixtures.MEASURE,
        HuiqiJson.write(RdPropertyTest.randomRequest(r)))));
    counts.add(everySeed("small low-profit", r -> SmallLowProfitCalculator.DEFAULT.explainTaxDueJson(smallLowProfit,
        HuiqiJson.write(SmallLowProfitPropertyTest.randomRequest(r)))));
    counts.add(everySeed("prepayment", r -> SmallLowProfitCalculator.DEFAULT.explainPrepaymentPayableJson(
        smallLowProfit, HuiqiJson.write(SmallLowProfitPropertyTest.randomPrepayment(r)))));
    counts.add(everySeed("firm year", r -> FirmYearCalculator.DEFAULT.explainTotalSavedJson(FirmYearFixtures.MEASURES,
        HuiqiJson.write(FirmYearPropertyTest.randomRequest(r)))));
    assertThat(counts).allSatisfy(count -> assertThat(count).isPositive());
  }

  @Test
  void test_engine_everyOutcomeTotalAndQuestion() {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    int amounts = assertAtTheFen("engine sample", engine.evaluateJson(HuiqiJson.write(
        EntitlementRequest.of(CatalogProfiles.sample(), asOf).withExplain(true))));
    amounts += everySeed("engine with gaps", r -> engine.evaluateJson(HuiqiJson.write(
        EntitlementRequest.of(CatalogProfiles.sampleWithGaps(r, 30), asOf))));
    assertThat(amounts).isPositive();
  }
}
