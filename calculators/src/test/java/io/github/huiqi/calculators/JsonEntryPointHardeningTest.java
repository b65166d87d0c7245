package io.github.huiqi.calculators;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeRecord;
import io.github.huiqi.calculators.financing.renovation.RenovationFixtures;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures;
import io.github.huiqi.calculators.tax.rd.RdFixtures;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.error.ResponseTooLargeException;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hardening issue's findings, replayed on the JSON entry points of the calculators and of the entitlement engine:
 * each is now a typed error naming the input field, never a leak, a wrong number or an unbounded answer.
 */
class JsonEntryPointHardeningTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final ObjectMapper TREES = HuiqiJson.newMapper();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** Replaces the value at a JSON Pointer of a document with the given JSON text. */
  static String edit(String json, String pointer, String valueJson) {
    try {
      JsonNode root = TREES.readTree(json);
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1);
      JsonNode value = TREES.readTree(valueJson);
      if (parent instanceof ArrayNode array) {
        array.set(Integer.parseInt(last), value);
      } else {
        ((ObjectNode) parent).set(last, value);
      }
      return TREES.writeValueAsString(root);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String firstLoan() {
    return HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L1")
        .repaymentDate(LocalDate.of(2023, 4, 15)).build()));
  }

  private static String callFirstLoan(String json) {
    return FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FirstLoanFixtures.MEASURE, json);
  }

  private static String engine(String requestJson) {
    return EntitlementEngine.builtIn().evaluateJson(requestJson);
  }

  private static String sampleRequest() {
    return HuiqiJson.write(EntitlementRequest.of(CatalogProfiles.sample(), AS_OF));
  }

  private static String riskClaims(String... claims) {
    return "{\"claims\": [" + String.join(", ", claims) + "]}";
  }

  /** The risk-compensation loan: 1,000,000 granted 2021-01-01, non-performing from 2022-06-01. */
  private static final String CLAIM = "{\"loanId\": \"R1\", \"category\": \"GENERAL\", "
      + "\"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"grantDate\": \"2021-01-01\", "
      + "\"firstNonPerformingDate\": \"2022-06-01\", \"principalOutstanding\": {\"amount\": 1000000, "
      + "\"currency\": \"CNY\"}, \"guaranteedByFinancingGuarantor\": false, \"reGuaranteed\": false, "
      + "\"underOtherRiskCompensation\": false}";

  private static RiskPoolResult claims(String json) {
    return HuiqiJson.read(RiskPoolCalculator.DEFAULT.explainClaimsJson(RiskPoolFixtures.POOL, json),
        RiskPoolResult.class);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_emptyArrayDate_isNotAbsent() {
    // first loan: [] for the repayment date paid 10,055.56 as if never repaid, instead of 5,000.00
    assertThat(firstLoan()).contains("\"repaymentDate\" : \"2023-04-15\"");
    assertField(() -> callFirstLoan(edit(firstLoan(), "/loans/0/repaymentDate", "[]")), "/loans/0/repaymentDate");
    String guaranteed = HuiqiJson.write(FirstLoanGuaranteedFixtures.request(12,
        FirstLoanGuaranteedFixtures.loan("G1").build()));
    assertField(() -> FirstLoanGuaranteedFixtures.CALCULATOR.explainSubsidyJson(FirstLoanGuaranteedFixtures.MEASURE,
        edit(guaranteed, "/loans/0/loan/repaymentDate", "[]")), "/loans/0/loan/repaymentDate");
    // risk pool: [] for the extension date paid 455,000 (45.5%) instead of 755,000; now the claim fails naming it
    RiskPoolResult pool = claims(riskClaims(edit(CLAIM, "/extensionDate", "[]")));
    assertThat(pool.failedClaims()).isEqualTo(1);
    assertThat(pool.claims().get(0).failure().orElseThrow().field()).isEqualTo("/claims/0/extensionDate");
    String deferral = HuiqiJson.write(DeferralRequest.ofEnterprise("D1", EnterpriseSize.SMALL,
        LocalDate.of(2022, 11, 30), true, LocalDate.of(2023, 3, 31)));
    DeferralMeasure deferralMeasure = DATA.getMeasure(DeferralMeasure.SHENZHEN_2023);
    assertField(() -> DeferralCalculator.DEFAULT.explainDeferredUntilJson(deferralMeasure,
        edit(deferral, "/requestedDeferredDate", "[]")), "/requestedDeferredDate");
    assertField(() -> engine(edit(sampleRequest(), "/profile/loans/0/drawdownDate", "[2023,2,10]")),
        "/profile/loans/0/drawdownDate");
  }

  @Test
  void test_extremeDates_areAnInputError_neverADateTimeException() {
    String far = "\"+999999999-12-29\"";
    assertField(() -> callFirstLoan(edit(firstLoan(), "/loans/0/drawdownDate", far)), "/loans/0/drawdownDate");
    assertField(() -> callFirstLoan(edit(firstLoan(), "/loans/0/maturityDate", "\"2200-01-01\"")),
        "/loans/0/maturityDate");
    String stacking = HuiqiJson.write(StackingRequest.builder().enterprise(FirstLoanFixtures.firm().build())
        .loans(List.of(FirstLoanFixtures.loan("L1").build())).programmeTotalReceived(Cny.ZERO).build());
    assertField(() -> StackingCalculator.DEFAULT.explainTotalSubsidyJson(FirstLoanFixtures.MEASURE,
        TechSmeFixtures.MEASURE, edit(stacking, "/loans/0/drawdownDate", far)), "/loans/0/drawdownDate");
    GuaranteeFeeBenchmarkCapMeasure cap = DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    String capJson = HuiqiJson.write(GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 1, 2), LocalDate.of(2024, 1, 2)));
    assertField(() -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(cap,
        edit(capJson, "/contractDate", far)), "/contractDate");
    RenovationInterestMeasure interest = DATA.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);
    RenovationGrantMeasure grant = DATA.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
    String interestJson = HuiqiJson.write(RenovationFixtures.interestRequest(RenovationFixtures.loanInterest("P1",
        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), "1000")));
    assertField(() -> RenovationInterestCalculator.DEFAULT.explainSubsidyJson(interest,
        edit(interestJson, "/subsidyStart", "\"+999999999-12-31\"")), "/subsidyStart");
    String support = HuiqiJson.write(new RenovationSupportRequest(RenovationFixtures.grantRequest(),
        RenovationFixtures.interestRequest(RenovationFixtures.loanInterest("P1", LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 7, 1), "1000"))));
    assertField(() -> RenovationSupportCalculator.DEFAULT.explainMaximumSupportJson(grant, interest,
        edit(support, "/interest/subsidyStart", "\"2200-01-01\"")), "/interest/subsidyStart");
    assertField(() -> engine(edit(sampleRequest(), "/profile/loans/0/maturityDate", "\"2200-01-01\"")),
        "/profile/loans/0/maturityDate");
  }

  @Test
  void test_extremeDates_javaApi() {
    assertField(() -> FirstLoanFixtures.loan("L1").drawdownDate(LocalDate.MAX).build(), "drawdownDate");
    assertField(() -> FirstLoanFixtures.loan("L1").maturityDate(LocalDate.MAX).build(), "maturityDate");
    assertField(() -> GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 2),
        LocalDate.MAX), "maturity");
    assertField(() -> RenovationFixtures.interestRequest(RenovationFixtures.loanInterest("P1", LocalDate.MIN,
        LocalDate.of(2023, 7, 1), "1000")), "interestFrom");
    assertField(() -> DeferralRequest.ofEnterprise("D1", EnterpriseSize.SMALL, LocalDate.MAX, true, null),
        "dueDate");
    assertField(() -> RiskPoolFixtures.claim("R1", LocalDate.of(2023, 2, 1)).firstNonPerformingDate(LocalDate.MAX)
        .build(), "firstNonPerformingDate");
    // the evaluation date of a measure run on its own (Catalog.evaluate, an EvaluationContext)
    assertField(() -> io.github.huiqi.calculators.catalog.Catalog.builtIn().evaluate(
        io.github.huiqi.core.financing.firstloan.FirstLoanMeasure.SHENZHEN_2023.id(), CatalogProfiles.sample(),
        LocalDate.MAX), "asOf");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_lenientCoercion_isGone() {
    assertField(() -> callFirstLoan(edit(firstLoan(), "/loans/0/principal/amount", "\"1000000\"")),
        "/loans/0/principal/amount");
    assertField(() -> callFirstLoan(edit(firstLoan(), "/loans/0/loanId", "12345")), "/loans/0/loanId");
    assertField(() -> engine(edit(sampleRequest(), "/profile/loans/0/loanId", "true")), "/profile/loans/0/loanId");
    assertField(() -> engine(edit(sampleRequest(), "/profile/size", "\"SMALL \"")), "/profile/size");
    assertField(() -> engine(edit(sampleRequest(), "/profile/loans/0/principal/currency", "\"C.Y\"")),
        "/profile/loans/0/principal/currency");
    // 0e1000000000 in a claim was read as 0; it is a scale bomb, the claim fails naming it
    RiskPoolResult bomb = claims(riskClaims(CLAIM.replace("\"principalOutstanding\": {\"amount\": 1000000",
        "\"principalOutstanding\": {\"amount\": 0e1000000000")));
    assertThat(bomb.claims().get(0).failure().orElseThrow().field())
        .isEqualTo("/claims/0/principalOutstanding/amount");
  }

  @Test
  void test_rateCeiling_onInputRates() {
    // a loan rate of 365% is a mistake (a rate per mille, a daily rate's year): above the documented 100% ceiling
    InvalidInputException ex = assertField(() -> callFirstLoan(edit(firstLoan(), "/loans/0/annualInterestRate",
        "\"365%\"")), "/loans/0/annualInterestRate");
    assertThat(ex.code()).isEqualTo(InvalidInputException.RATE_RANGE);
    assertField(() -> FirstLoanFixtures.loan("L1").annualInterestRate(Rate.parse("365%")).build(),
        "annualInterestRate");
    assertThat(FirstLoanFixtures.loan("L1").annualInterestRate(Rate.parse("100%")).build()).isNotNull();
    assertField(() -> engine(edit(sampleRequest(), "/profile/loans/0/annualInterestRate", "\"101%\"")),
        "/profile/loans/0/annualInterestRate");
  }

  @Test
  void test_amountsBelowTheFen_areRejectedAtInput() {
    // a prepayment with 1.005 already prepaid returned a payable of 749,752.825
    SmallLowProfitPrepaymentRequest prepayment = SmallLowProfitPrepaymentRequest.of(2023, 4, Cny.of("3000000"),
        SmallLowProfitFixtures.small(), Cny.of("1"));
    assertField(() -> SmallLowProfitFixtures.CALCULATOR.explainPrepaymentPayableJson(SmallLowProfitFixtures.MEASURE,
        edit(HuiqiJson.write(prepayment), "/alreadyPrepaid/amount", "1.005")), "/alreadyPrepaid");
    // the firm-year view with 1.005 of taxable income returned 1,122,121.455
    String firmYear = HuiqiJson.write(FirmYearFixtures.firm("1000000", "500000"));
    InvalidInputException ex = assertField(() -> FirmYearCalculator.DEFAULT.explainTotalSavedJson(
        FirmYearFixtures.MEASURES, edit(firmYear, "/incomeTax/taxableIncomeBeforeRd/amount", "1.005")),
        "/incomeTax/taxableIncomeBeforeRd");
    assertThat(ex.code()).isEqualTo(InvalidInputException.BELOW_FEN);
    assertField(() -> FirstLoanFixtures.loan("L1").principal(Cny.of("1000000.005")).build(), "principal");
    assertField(() -> engine(edit(sampleRequest(), "/profile/loans/0/principal/amount", "1.005")),
        "/profile/loans/0/principal");
    // trailing zeros are not a part of a fen
    assertThat(FirstLoanFixtures.loan("L1").principal(Cny.of("1000000.500")).build().principal())
        .isEqualTo(Cny.of("1000000.50"));
  }

  @Test
  void test_contradictoryFacts_nameBothFields() {
    // granted 2021-01-01, non-performing from 2022-06-01, "extended" 2023-02-01: the uplift (60%, 600,000) was paid
    RiskPoolResult pool = claims(riskClaims(edit(CLAIM, "/extensionDate", "\"2023-02-01\"")));
    assertThat(pool.failedClaims()).isEqualTo(1);
    assertThat(pool.claims().get(0).failure().orElseThrow().field()).isEqualTo("/claims/0/extensionDate");
    assertThat(pool.claims().get(0).failure().orElseThrow().problem())
        .contains("/claims/0/firstNonPerformingDate");
    InvalidInputException java = assertField(() -> RiskPoolFixtures.claim("R1", LocalDate.of(2021, 1, 1))
        .firstNonPerformingDate(LocalDate.of(2022, 6, 1)).extensionDate(LocalDate.of(2023, 2, 1)).build(),
        "extensionDate");
    assertThat(java.code()).isEqualTo(InvalidInputException.CONFLICT);
    assertThat(java.relatedFields()).containsExactly("firstNonPerformingDate");
    // the profile's loan facts: an extension after the loan turned non-performing
    String extended = edit(edit(sampleRequest(), "/profile/loans/0/extensionDate", "\"2023-06-01\""),
        "/profile/loans/0/nonPerforming", "{\"since\": \"2023-05-01\", \"principalOutstanding\": "
            + "{\"amount\": 1, \"currency\": \"CNY\"}}");
    InvalidInputException profile = assertField(() -> engine(extended), "/profile/loans/0/extensionDate");
    assertThat(profile.relatedFields()).containsExactly("/profile/loans/0/nonPerforming/since");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_errorsNameTheInputField() {
    // a number of 41 characters was named at the enclosing object
    String longNumber = firstLoan().replace("\"amount\" : 1000000.00", "\"amount\" : " + "1".repeat(41));
    assertThat(longNumber).isNotEqualTo(firstLoan());
    assertField(() -> callFirstLoan(longNumber), "/loans/0/principal/amount");
    // a null claim was named /claims/0/
    RiskPoolResult nullClaim = claims(riskClaims("null", CLAIM));
    assertThat(nullClaim.claims().get(0).failure().orElseThrow().field()).isEqualTo("/claims/0");
    // renovation support: a missing fact of the grant or of the interest request carries its prefix
    RenovationInterestMeasure interest = DATA.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);
    RenovationGrantMeasure grant = DATA.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
    String support = HuiqiJson.write(new RenovationSupportRequest(RenovationFixtures.grantRequest(),
        RenovationFixtures.interestRequest(RenovationFixtures.loanInterest("P1", LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 7, 1), "1000"))));
    assertField(() -> RenovationSupportCalculator.DEFAULT.explainMaximumSupportJson(grant, interest,
        edit(support, "/interest/payments/0/interestPaid/amount", "-1")), "/interest/payments/0/interestPaid");
    String unknownProject = edit(edit(support, "/grant/eligibleProject", "null"), "/interest/eligibleProject", "null");
    RenovationSupportResult undetermined = HuiqiJson.read(RenovationSupportCalculator.DEFAULT
        .explainMaximumSupportJson(grant, interest, unknownProject), RenovationSupportResult.class);
    assertThat(undetermined.grant().eligibility().missingFacts()).containsExactly("/grant/eligibleProject");
    assertThat(undetermined.interestSubsidy().eligibility().missingFacts())
        .containsExactly("/interest/eligibleProject");
    assertThatThrownBy(() -> RenovationSupportCalculator.DEFAULT.maximumSupport(grant, interest,
        HuiqiJson.read(unknownProject, RenovationSupportRequest.class)))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/grant/eligibleProject"));
  }

  @Test
  void test_sumsBeyondSixteenDigits_areComputed_notAnInternalError() {
    // two guarantees of 9,999,999,999,999,999.99 at 1% for a year: the weighted sums have 19 integer digits, which
    // named the internal 'numerator'; the sums are exact, and the average is 1%
    GuaranteeFeeAverageMeasure average = DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
    List<GuaranteeFeeRecord> book = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      book.add(new GuaranteeFeeRecord("G" + i, Cny.of("9999999999999999.99"), Rate.parse("1%"),
          LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)));
    }
    GuaranteeFeeAverageResult result = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRate(average,
        GuaranteeFeeAverageRequest.of(book));
    assertThat(result.averageFeeRate().rounded()).isEqualTo(Rate.parse("1%"));
    // the fee income, a whole year at 1% (12 whole months, decisions register §4.3 item 21): each
    // 9,999,999,999,999,999.99 × 1% × 12/12 = 99,999,999,999,999.9999 → 100,000,000,000,000.00 half-up; two
    // 200,000,000,000,000.00, beyond no bound
    assertThat(Cny.yuan(result.feeIncome(), "feeIncome")).isEqualTo(new java.math.BigDecimal("200000000000000.00"));
    assertThat(GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(average,
        HuiqiJson.write(GuaranteeFeeAverageRequest.of(book)))).contains("\"feeIncome\"");
    // R&D (the firm-year view named the sum '/rd/amount'): six costs of 9,999,999,999,999,999.99; the first five sum
    // to 49,999,999,999,999,999.95, the other costs are capped at that × 10% ÷ 90% = 5,555,555,555,555,555.55, and
    // on the base 55,555,555,555,555,555.50 the extra deduction is 100% (财政部 税务总局公告2023年第7号), or 120%
    // = 66,666,666,666,666,666.60 for an IC or machine-tool firm (2023年第44号), which this request leaves unknown
    String big = "9999999999999999.99";
    RdResult rd = RdFixtures.CALCULATOR.explainExtraDeduction(RdFixtures.MEASURE, RdRequest.of(2023,
        RdFixtures.costs(big, big, big, big, big, big)).withIndustryCode(RdFixtures.MANUFACTURE));
    assertThat(Cny.yuan(rd.otherCostsCap(), "cap")).isEqualTo(new java.math.BigDecimal("5555555555555555.55"));
    assertThat(Cny.yuan(rd.totalExtraDeduction().minimum(), "extra"))
        .isEqualTo(new java.math.BigDecimal("55555555555555555.50"));
    assertThat(Cny.yuan(rd.totalExtraDeduction().maximum(), "extra"))
        .isEqualTo(new java.math.BigDecimal("66666666666666666.60"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_responsesAreBounded() {
    // a first-loan request of 1,000 loans explains about 14 KB a loan: beyond the 10,000,000-character default
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      loans.add(FirstLoanFixtures.loan("L" + i).build());
    }
    String json = HuiqiJson.write(FirstLoanFixtures.request(loans.toArray(LoanFacts[]::new)));
    assertThat(json.length()).isLessThan(HuiqiJson.MAX_DOCUMENT_LENGTH);
    assertThatThrownBy(() -> callFirstLoan(json)).isInstanceOfSatisfying(ResponseTooLargeException.class, ex -> {
      assertThat(ex.code()).isEqualTo("output.too-large");
      assertThat(ex.limit()).isEqualTo(HuiqiJson.MAX_RESPONSE_LENGTH);
    });
    // the engine: the sample firm with 400 loans, explained, is about 12 million characters (100 are 3 million)
    EnterpriseProfile sample = CatalogProfiles.sample();
    List<LoanFacts> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(LoanFacts.builder().from(sample.loans().orElseThrow().get(0)).loanId("L" + i).build());
    }
    String request = HuiqiJson.write(EntitlementRequest.of(EnterpriseProfile.builder().from(sample).loans(many)
        .build(), AS_OF).withExplain(true));
    assertThatThrownBy(() -> engine(request)).isInstanceOf(ResponseTooLargeException.class);
  }
}
