package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.calculators.batch.book.BookCalculator;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookFirstLoanColumns;
import io.github.huiqi.calculators.batch.book.BookFirstLoanFastPath;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeRecord;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyLoan;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingRequest;
import io.github.huiqi.calculators.financing.stacking.StackingResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonLimits;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank engineer's blind audit of the typed Java API: each calculator a bank calls in-process on its own data (the
 * first-loan subsidy, the risk pool, the guarantee-fee reduction, cap and subsidy, the tech-SME subsidy, the stacking
 * and the book paths), written from the Javadoc's usage snippets and the README's Conventions only, each with one
 * figure worked by hand from the clause (/work/shared/seeds and the decisions register), its arithmetic beside it.
 * <p>
 * Each test copies its calculator's class-level usage snippet as written (the request read from JSON, as the snippet
 * says), then checks the amount form, the explaining form and the JSON form; the results' value semantics (equals,
 * hashCode, toString, a JSON round trip), the fen's scale; required facts never set and bad values as typed errors
 * naming the field and the value; and the verb pattern the README promises.
 */
class BankApiBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  // ---------------------------------------------------------------- inputs a bank would build from its own data

  /** A 南山区 firm meeting every first-loan condition (深工信〔2023〕26号 第5条). */
  private static EnterpriseFacts firstLoanFirm() {
    return EnterpriseFacts.builder().registrationRegionCode("440305").independentLegalPerson(true)
        .firstTimeBorrower(true).onSeriousDishonestyList(false).build();
  }

  /** 2,000,000 drawn 2023-02-01 from a Shenzhen bank, repaid 2023-05-01 (89 days of use), every loan fact known. */
  private static LoanFacts.Builder firstLoan() {
    return LoanFacts.builder().loanId("FL-1").principal(Cny.of("2000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .maturityDate(LocalDate.of(2024, 2, 1)).repaymentDate(LocalDate.of(2023, 5, 1))
        .annualInterestRate(Rate.parse("3.65%")).lenderRegionCode("440300").firstDrawdownOfFirstContract(true)
        .forProductionOrOperation(true).subsidisedUnderAnotherMunicipalScheme(false);
  }

  /** A GENERAL loan of 1,000,000 granted 2023-02-10 (in the uplift window), 500,000 outstanding when it turned bad. */
  private static RiskPoolClaim.Builder riskPoolClaim() {
    return RiskPoolClaim.builder().loanId("RP-1").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000")).grantDate(LocalDate.of(2023, 2, 10))
        .firstNonPerformingDate(LocalDate.of(2024, 2, 10)).principalOutstanding(Cny.of("500000.00"))
        .guaranteedByFinancingGuarantor(false).reGuaranteed(false).underOtherRiskCompensation(false);
  }

  /** A small firm's 1,000,000 guaranteed by a government guarantor at a standard 2% for 2023-03-01 .. 2024-03-01. */
  private static GuaranteeFeeReductionRequest feeReduction() {
    return GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"), Rate.parse("2%"),
        LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1));
  }

  /** A 专精特新 firm's 5,000,000 contracted 2023-05-10, 2023-05-12 .. 2024-05-12, proposed at 2%. */
  private static GuaranteeFeeBenchmarkCapRequest feeCap() {
    return GuaranteeFeeBenchmarkCapRequest.builder().specialisedAndInnovative(true).governmentGuarantor(true)
        .contractDate(LocalDate.of(2023, 5, 10)).loanStart(LocalDate.of(2023, 5, 12))
        .maturity(LocalDate.of(2024, 5, 12)).proposedFeeRate(Rate.parse("2%"))
        .guaranteedPrincipal(Cny.of("5000000")).build();
  }

  /** A small 南山区 firm's 2,000,000 at 5% drawn 2023-04-01, guaranteed at 1.5%, 30,000.00 of fee paid. */
  private static GuaranteeFeeSubsidyLoan.Builder feeSubsidyLoan() {
    return GuaranteeFeeSubsidyLoan.builder().loanId("GS-1").principal(Cny.of("2000000"))
        .drawdownDate(LocalDate.of(2023, 4, 1)).annualInterestRate(Rate.parse("5%"))
        .guaranteeFeeRate(Rate.parse("1.5%")).guaranteeFeePaid(Cny.of("30000.00")).guarantorInRegion(true)
        .vehicleOrRealEstatePurchase(false);
  }

  private static GuaranteeFeeSubsidyRequest feeSubsidy(GuaranteeFeeSubsidyLoan loan) {
    return GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023, List.of(loan));
  }

  /** An enrolled tech SME, not a first-time borrower, with 12,345.67 of interest accrued and paid in 2023. */
  private static TechSmeRequest techSme(EnterpriseFacts firm) {
    return TechSmeRequest.ofInterest(firm, List.of(TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 1), Cny.of("12345.67"))));
  }

  private static EnterpriseFacts techSmeFirm() {
    return EnterpriseFacts.builder().registrationRegionCode("440305").enrolledTechSme(true).firstTimeBorrower(false)
        .build();
  }

  private static AmountRange exactly(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  private static void assertFenScale(MonetaryAmount amount) {
    assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(amount.getNumber().numberValue(BigDecimal.class).scale()).as(amount.toString()).isEqualTo(2);
  }

  private static void assertFenScale(AmountRange range) {
    assertFenScale(range.minimum());
    assertFenScale(range.maximum());
  }

  /** Asserts what a bank expects of a result: equal to a recomputation, the same hash, printable, a JSON round trip. */
  private static <T> void assertValueSemantics(Supplier<T> compute, Class<T> type) {
    T one = compute.get();
    T two = compute.get();
    assertThat(one).isEqualTo(two);
    assertThat(one.hashCode()).isEqualTo(two.hashCode());
    assertThat(one.toString()).isNotBlank().isEqualTo(two.toString());
    T back = HuiqiJson.read(HuiqiJson.write(one), type);
    assertThat(back).as(type.getSimpleName() + " JSON round trip").isEqualTo(one);
    assertThat(back.hashCode()).isEqualTo(one.hashCode());
  }

  private static void assertInvalid(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
      if (value != null) {
        assertThat(e.value()).as(e.getMessage()).contains(value);
      }
      assertThat(e.getMessage()).contains(field);
    });
  }

  // ---------------------------------------------------------------- the first-loan subsidy

  @Test
  void firstLoan_snippetAsWritten_andTheHandWorkedFigure() {
    String requestJson = HuiqiJson.write(FirstLoanRequest.of(firstLoanFirm(), List.of(firstLoan().build())));
    // FirstLoanCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure measure = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    // the request: read from JSON here, or built in Java
    FirstLoanRequest request = HuiqiJson.read(requestJson, FirstLoanRequest.class);
    MonetaryAmount subsidy = FirstLoanCalculator.DEFAULT.subsidy(measure, request);
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = FirstLoanCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);

    // 第5条 "给予2%的贴息补助…贴息期限不超过6个月": used 2023-02-01 (counted) .. 2023-05-01 (repaid, not counted)
    // = 28 + 31 + 30 = 89 days, under the 6 months; ACT/360 (register §4.1 item 1):
    // 2,000,000 × 2% × 89 / 360 = 3,560,000 / 360 = 9,888.888… → 9,888.89 (half-up to the fen)
    assertThat(subsidy).isEqualTo(Cny.of("9888.89"));
    assertFenScale(subsidy);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.amount()).isEqualTo(exactly("9888.89"));
    assertThat(explained.exactAmount()).contains(Cny.of("9888.89"));
    assertThat(explained.bindingLimit()).isEmpty();   // far below 单户企业贴息金额最高20万元
    assertThat(explained.eligibility().reasons()).extracting(r -> r.code()).contains("first-time-borrower");
    assertThat(steps).contains("9888.89").contains("第5条");
    assertThat(HuiqiJson.read(resultJson, FirstLoanResult.class).amount()).isEqualTo(exactly("9888.89"));
    assertFenScale(explained.amount());
    assertValueSemantics(() -> FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request), FirstLoanResult.class);

    // the lender's place not given: the plain form cannot give an amount, the explaining form gives the range
    FirstLoanRequest open = FirstLoanRequest.of(firstLoanFirm(), List.of(LoanFacts.builder()
        .from(firstLoan().build()).lenderRegionCode(Optional.empty()).build()));
    assertThatThrownBy(() -> FirstLoanCalculator.DEFAULT.subsidy(measure, open))
        .isInstanceOfSatisfying(MissingFactsException.class,
            e -> assertThat(e.missingFacts()).containsExactly("/loans/0/lenderRegionCode"));
    FirstLoanResult range = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, open);
    assertThat(range.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("9888.89")));
    assertThat(range.exactAmount()).isEmpty();
    assertThat(range.eligibility().missingFacts()).containsExactly("/loans/0/lenderRegionCode");
    assertFenScale(range.amount());
  }

  // ---------------------------------------------------------------- the risk pool

  @Test
  void riskPool_snippetAsWritten_andTheHandWorkedFigure() {
    String requestJson = HuiqiJson.write(riskPoolClaim().build());
    String claimsJson = HuiqiJson.write(RiskPoolRequest.of(List.of(riskPoolClaim().build())));
    // RiskPoolCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    RiskPoolMeasure measure = data.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    // the request: read from JSON here, or built in Java
    RiskPoolClaim request = HuiqiJson.read(requestJson, RiskPoolClaim.class);
    MonetaryAmount compensation = RiskPoolCalculator.DEFAULT.compensation(measure, request);
    RiskPoolLoanCompensation explained = RiskPoolCalculator.DEFAULT.explainCompensation(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String claimResultJson = RiskPoolCalculator.DEFAULT.explainCompensationJson(measure, requestJson);
    String resultJson = RiskPoolCalculator.DEFAULT.explainClaimsJson(measure, claimsJson);   // a RiskPoolRequest

    // 第5条 "2023年1月1日至3月31日新增贷款…风险损失补偿比例提高30个百分点，补偿比例最高为80%" on the pool's 30%
    // (2021 reply letter 二 "总体按30%的比例给予风险补偿"): granted 2023-02-10, inside the window:
    // 30% + 30 pp = 60% ≤ 80%; the loss is the principal outstanding: 500,000.00 × 60% = 300,000.00
    assertThat(compensation).isEqualTo(Cny.of("300000.00"));
    assertFenScale(compensation);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.ratio()).isEqualTo(Rate.parse("60%"));
    assertThat(explained.compensation()).isEqualTo(exactly("300000.00"));
    assertThat(explained.bindingLimit()).isEmpty();
    assertThat(steps).contains("300000.00");
    // the one claim's JSON form reads back as the explaining form's result, the receipt aside (a new one each call)
    RiskPoolLoanCompensation fromJson = HuiqiJson.read(claimResultJson, RiskPoolLoanCompensation.class);
    assertThat(fromJson.compensation()).isEqualTo(exactly("300000.00"));
    assertThat(fromJson.eligibility()).isEqualTo(explained.eligibility());
    assertThat(fromJson.explanation()).isEqualTo(explained.explanation());
    // its receipt replays from the claim as a request of that one claim, as the Javadoc says
    JsonNode replayed = HuiqiJson.read(CalculatorReplay.builtIn().replayJson(
        HuiqiJson.write(RiskPoolRequest.of(List.of(request))), claimResultJson), JsonNode.class);
    assertThat(replayed.at("/matches").asBoolean()).as(replayed.toString()).isTrue();
    // a bad claim in JSON: the typed error names its pointer (a category that is none)
    assertThatThrownBy(() -> RiskPoolCalculator.DEFAULT.explainCompensationJson(measure,
        requestJson.replace("\"GENERAL\"", "\"NONE\""))).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/category"));
    assertThatThrownBy(() -> RiskPoolCalculator.DEFAULT.explainCompensationJson(measure, null))
        .isInstanceOf(InvalidInputException.class);
    RiskPoolResult batch = HuiqiJson.read(resultJson, RiskPoolResult.class);
    assertThat(batch.toString()).contains("300000.00");
    assertFenScale(explained.compensation());
    assertValueSemantics(() -> RiskPoolCalculator.DEFAULT.explainCompensation(measure, request),
        RiskPoolLoanCompensation.class);
    assertValueSemantics(() -> RiskPoolCalculator.DEFAULT.explainClaims(measure,
        RiskPoolRequest.of(List.of(request))), RiskPoolResult.class);

    // the second snippet (explainClaimsJson with a codec), as written
    JsonCodec codec = HuiqiJson.codec(JsonLimits.ofDocumentLength(50_000_000))
        .with(JsonOutput.COMPACT.withoutExplanation());
    String compactJson = RiskPoolCalculator.DEFAULT.explainClaimsJson(measure, claimsJson, codec);
    RiskPoolResult result = codec.read(compactJson, RiskPoolResult.class);   // explanations empty
    assertThat(result.toString()).contains("300000.00");

    // the re-guarantee not known: undetermined; the plain form names the missing fact
    RiskPoolClaim open = riskPoolClaim().reGuaranteed(Optional.empty()).build();
    assertThatThrownBy(() -> RiskPoolCalculator.DEFAULT.compensation(measure, open))
        .isInstanceOfSatisfying(MissingFactsException.class,
            e -> assertThat(e.missingFacts()).containsExactly("/reGuaranteed"));
    RiskPoolLoanCompensation range = RiskPoolCalculator.DEFAULT.explainCompensation(measure, open);
    assertThat(range.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(range.eligibility().missingFacts()).containsExactly("/reGuaranteed");
    assertThat(range.compensation()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("300000.00")));
    // an exclusion met: ineligible, the reason's code is not- + … or the explicit exclusion code
    RiskPoolLoanCompensation excluded = RiskPoolCalculator.DEFAULT.explainCompensation(measure,
        riskPoolClaim().reGuaranteed(true).build());
    assertThat(excluded.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(excluded.eligibility().reasons()).extracting(r -> r.code()).contains("re-guaranteed");
    assertThat(RiskPoolCalculator.DEFAULT.compensation(measure, riskPoolClaim().reGuaranteed(true).build()))
        .isEqualTo(Cny.of("0.00"));
  }

  // ---------------------------------------------------------------- the guarantee-fee reduction

  @Test
  void guaranteeFeeReduction_snippetAsWritten_andTheHandWorkedFigure() {
    String requestJson = HuiqiJson.write(feeReduction());
    // GuaranteeFeeReductionCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    GuaranteeFeeReductionMeasure measure = data.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    // the request: read from JSON here, or built in Java
    GuaranteeFeeReductionRequest request = HuiqiJson.read(requestJson, GuaranteeFeeReductionRequest.class);
    MonetaryAmount fee = GuaranteeFeeReductionCalculator.DEFAULT.fee(measure, request);
    GuaranteeFeeReductionResult explained = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(measure, requestJson);

    // 第6条 "担保费率最高减免40%、且不高于1%": 2% × (1 − 40%) = 1.2% > 1%, so the 1% ceiling sets the rate;
    // 2023-03-01 .. 2024-03-01 is 12 whole months, 12 ÷ 12 = 1 year (README Conventions, 年费率 × 期限(月) ÷ 12):
    // 1,000,000 × 1% × 1 = 10,000.00; the standard fee 1,000,000 × 2% = 20,000.00
    assertThat(fee).isEqualTo(Cny.of("10000.00"));
    assertFenScale(fee);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    assertThat(explained.ceilingBinding()).isTrue();
    assertThat(explained.standardFee()).isEqualTo(Cny.of("20000.00"));
    assertThat(explained.amount()).isEqualTo(exactly("10000.00"));
    assertThat(steps).contains("10000.00");
    assertThat(HuiqiJson.read(resultJson, GuaranteeFeeReductionResult.class).amount())
        .isEqualTo(exactly("10000.00"));
    assertFenScale(explained.amount());
    assertFenScale(explained.standardFee());
    assertFenScale(explained.reducedFee());
    assertValueSemantics(() -> GuaranteeFeeReductionCalculator.DEFAULT.explainFee(measure, request),
        GuaranteeFeeReductionResult.class);

    // the borrower's size not known (builder, size never set): undetermined, naming /borrowerSize
    GuaranteeFeeReductionRequest open = GuaranteeFeeReductionRequest.builder().governmentGuarantor(true)
        .guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("2%"))
        .guaranteeStart(LocalDate.of(2023, 3, 1)).guaranteeEnd(LocalDate.of(2024, 3, 1)).build();
    GuaranteeFeeReductionResult range = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(measure, open);
    assertThat(range.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(range.eligibility().missingFacts()).containsExactly("/borrowerSize");
    // a small firm pays 10,000.00, a firm outside the measure the standard 20,000.00
    assertThat(range.amount()).isEqualTo(new AmountRange(Cny.of("10000.00"), Cny.of("20000.00")));
    assertThatThrownBy(() -> GuaranteeFeeReductionCalculator.DEFAULT.fee(measure, open))
        .isInstanceOfSatisfying(MissingFactsException.class,
            e -> assertThat(e.missingFacts()).containsExactly("/borrowerSize"));
  }

  // ---------------------------------------------------------------- the guarantee-fee cap (专精特新 draft)

  @Test
  void guaranteeFeeCap_snippetAsWritten_andTheHandWorkedFigure() {
    String requestJson = HuiqiJson.write(feeCap());
    // GuaranteeFeeBenchmarkCapCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    GuaranteeFeeBenchmarkCapMeasure measure = data.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    // the request: read from JSON here, or built in Java
    GuaranteeFeeBenchmarkCapRequest request = HuiqiJson.read(requestJson, GuaranteeFeeBenchmarkCapRequest.class);
    Optional<Rate> cap = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(measure, request);
    GuaranteeFeeBenchmarkCapResult explained =
        GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(measure, requestJson);

    // 第五条 "担保费率不高于国家当期银行贷款基准利率的二分之一", read (register §4.3 item 20) as the PBoC 1-year
    // benchmark 4.35% in force on the contract date 2023-05-10: 4.35% × ½ = 2.175%; the proposed 2% is within it.
    // The fee at the cap for 12 whole months (§4.3 item 21): 5,000,000 × 2.175% × 12/12 = 108,750.00
    assertThat(cap).contains(Rate.parse("2.175%"));
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.benchmarkRate()).contains(Rate.parse("4.35%"));
    assertThat(explained.proposedWithinCap()).contains(true);
    assertThat(explained.maximumFee()).contains(Cny.of("108750.00"));
    assertFenScale(explained.maximumFee().orElseThrow());
    assertThat(steps).contains("2.175%");
    assertThat(HuiqiJson.read(resultJson, GuaranteeFeeBenchmarkCapResult.class).maximumFee())
        .contains(Cny.of("108750.00"));
    assertValueSemantics(() -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(measure, request),
        GuaranteeFeeBenchmarkCapResult.class);

    // the 专精特新 recognition never set on the builder (of(...) sets it true, as its Javadoc says): undetermined,
    // naming it; the cap and the fee at the cap still shown (register §4.6 item 76's reading for the draft's cap)
    GuaranteeFeeBenchmarkCapResult open = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(measure,
        GuaranteeFeeBenchmarkCapRequest.builder().governmentGuarantor(true).contractDate(LocalDate.of(2023, 5, 10))
            .loanStart(LocalDate.of(2023, 5, 12)).maturity(LocalDate.of(2024, 5, 12))
            .proposedFeeRate(Rate.parse("2%")).guaranteedPrincipal(Cny.of("5000000")).build());
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.eligibility().missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(open.feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(open.maximumFee()).contains(Cny.of("108750.00"));
  }

  // ---------------------------------------------------------------- the guarantors' average fee ceiling

  @Test
  void guaranteeFeeAverage_snippetAsWritten_andTheHandWorkedFigure() {
    // a government guarantor's 2023 book: G1 3,000,000 at 0.8% and G2 1,000,000 at 1.4%, both all of 2023
    String requestJson = HuiqiJson.write(GuaranteeFeeAverageRequest.builder().governmentGuarantor(true)
        .guarantees(List.of(
            GuaranteeFeeRecord.of("G1", Cny.of("3000000"), Rate.parse("0.8%"), LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1)),
            GuaranteeFeeRecord.of("G2", Cny.of("1000000"), Rate.parse("1.4%"), LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1)))).build());
    // GuaranteeFeeAverageCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    GuaranteeFeeAverageMeasure measure = data.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
    // the request: read from JSON here, or built in Java
    GuaranteeFeeAverageRequest request = HuiqiJson.read(requestJson, GuaranteeFeeAverageRequest.class);
    boolean within = GuaranteeFeeAverageCalculator.DEFAULT.isWithinCeiling(measure, request);
    GuaranteeFeeAverageResult explained = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRate(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(measure, requestJson);

    // 沪企服办〔2023〕1号 第十五条 "政府性融资担保机构平均担保费率保持1%（含）以下"; the same days for both, so the
    // amount-time weights are the amounts: (3,000,000 × 0.8% + 1,000,000 × 1.4%) ÷ 4,000,000 = 38,000 ÷ 4,000,000
    // = 0.95% ≤ 1%
    assertThat(within).isTrue();
    assertThat(explained.withinCeiling()).isTrue();
    assertThat(explained.ceiling()).isEqualTo(Rate.parse("1%"));
    assertThat(explained.averageFeeRate().isAtMost(Rate.parse("0.95%"))).isTrue();
    assertThat(explained.averageFeeRate().compareTo(Rate.parse("0.95%"))).isZero();
    assertThat(steps).contains("0.95");
    assertThat(HuiqiJson.read(resultJson, GuaranteeFeeAverageResult.class).withinCeiling()).isTrue();
    assertFenScale(explained.feeIncome());
    assertValueSemantics(() -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRate(measure, request),
        GuaranteeFeeAverageResult.class);
    // no guarantee at all: a typed error at build time naming the list
    assertInvalid(() -> GuaranteeFeeAverageRequest.builder().governmentGuarantor(true).build(), "guarantees", null);
  }

  // ---------------------------------------------------------------- the small/micro guarantee-fee subsidy

  @Test
  void guaranteeFeeSubsidy_snippetAsWritten_andTheHandWorkedFigure() {
    String requestJson = HuiqiJson.write(feeSubsidy(feeSubsidyLoan().build()));
    // GuaranteeFeeSubsidyCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    GuaranteeFeeSubsidyMeasure measure = data.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    // the request: read from JSON here, or built in Java
    GuaranteeFeeSubsidyRequest request = HuiqiJson.read(requestJson, GuaranteeFeeSubsidyRequest.class);
    MonetaryAmount subsidy = GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(measure, request);
    GuaranteeFeeSubsidyResult explained = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);

    // register §4.6 item 99 (the 2017 guide's figures): 30% of the fee paid on a loan of at most 3,000,000 at a fee
    // rate at most 50% of the loan rate (1.5% ≤ 5% × 50% = 2.5%), at most 300,000 a year:
    // 30,000.00 × 30% = 9,000.00
    assertThat(subsidy).isEqualTo(Cny.of("9000.00"));
    assertFenScale(subsidy);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.amount()).isEqualTo(exactly("9000.00"));
    assertThat(explained.exactAmount()).contains(Cny.of("9000.00"));
    assertThat(steps).contains("9000.00");
    assertThat(HuiqiJson.read(resultJson, GuaranteeFeeSubsidyResult.class).amount()).isEqualTo(exactly("9000.00"));
    assertFenScale(explained.amount());
    assertValueSemantics(() -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(measure, request),
        GuaranteeFeeSubsidyResult.class);

    // the guarantor's place never set: undetermined 0 – 9,000.00, naming it
    GuaranteeFeeSubsidyRequest open = feeSubsidy(GuaranteeFeeSubsidyLoan.builder().loanId("GS-1")
        .principal(Cny.of("2000000")).drawdownDate(LocalDate.of(2023, 4, 1)).annualInterestRate(Rate.parse("5%"))
        .guaranteeFeeRate(Rate.parse("1.5%")).guaranteeFeePaid(Cny.of("30000.00"))
        .vehicleOrRealEstatePurchase(false).build());
    GuaranteeFeeSubsidyResult range = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(measure, open);
    assertThat(range.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("9000.00")));
    assertThat(range.eligibility().missingFacts()).containsExactly("/loans/0/guarantorInRegion");
    assertThatThrownBy(() -> GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(measure, open))
        .isInstanceOfSatisfying(MissingFactsException.class,
            e -> assertThat(e.missingFacts()).containsExactly("/loans/0/guarantorInRegion"));
  }

  // ---------------------------------------------------------------- the tech-SME subsidy

  @Test
  void techSme_snippetAsWritten_andTheHandWorkedFigure() {
    String requestJson = HuiqiJson.write(techSme(techSmeFirm()));
    // TechSmeCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    TechSmeMeasure measure = data.getMeasure(TechSmeMeasure.SHENZHEN_2023);
    // the request: read from JSON here, or built in Java
    TechSmeRequest request = HuiqiJson.read(requestJson, TechSmeRequest.class);
    MonetaryAmount subsidy = TechSmeCalculator.DEFAULT.subsidy(measure, request);
    TechSmeResult explained = TechSmeCalculator.DEFAULT.explainSubsidy(measure, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = TechSmeCalculator.DEFAULT.explainSubsidyJson(measure, requestJson);

    // 第13条 "2023 年期间产生的利息，贴息支持比例提高 30 个百分点，最高可按照实际支付利息的 80%": 50% + 30 pp = 80%;
    // 12,345.67 × 80% = 9,876.536 → 9,876.54 (half-up to the fen)
    assertThat(subsidy).isEqualTo(Cny.of("9876.54"));
    assertFenScale(subsidy);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.upliftedInterestRatio()).contains(Rate.parse("80%"));
    assertThat(explained.amount()).isEqualTo(exactly("9876.54"));
    assertThat(explained.exactAmount()).contains(Cny.of("9876.54"));
    assertThat(steps).contains("9876.54");
    assertThat(HuiqiJson.read(resultJson, TechSmeResult.class).amount()).isEqualTo(exactly("9876.54"));
    assertFenScale(explained.amount());
    assertValueSemantics(() -> TechSmeCalculator.DEFAULT.explainSubsidy(measure, request), TechSmeResult.class);

    // the enrolment never set: undetermined from 0, naming /enterprise/enrolledTechSme
    TechSmeRequest open = techSme(EnterpriseFacts.builder().registrationRegionCode("440305")
        .firstTimeBorrower(false).build());
    TechSmeResult range = TechSmeCalculator.DEFAULT.explainSubsidy(measure, open);
    assertThat(range.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(range.eligibility().missingFacts()).contains("/enterprise/enrolledTechSme");
    assertThat(range.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("9876.54")));
    assertThatThrownBy(() -> TechSmeCalculator.DEFAULT.subsidy(measure, open))
        .isInstanceOf(MissingFactsException.class);
  }

  // ---------------------------------------------------------------- the stacking

  /**
   * Register §4.1 item 72's worked case: a first-time borrower enrolled as a 科技型中小企业, L1 of 1,000,000 drawn
   * 2023-02-01 at 4% and 10,000 of 2023 interest on it, no claim recorded.
   */
  private static StackingRequest stacking() {
    EnterpriseFacts firm = EnterpriseFacts.builder().registrationRegionCode("440305").independentLegalPerson(true)
        .firstTimeBorrower(true).onSeriousDishonestyList(false).enrolledTechSme(true).build();
    LoanFacts l1 = LoanFacts.builder().loanId("L1").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 2, 1)).maturityDate(LocalDate.of(2024, 2, 1))
        .annualInterestRate(Rate.parse("4%")).lenderRegionCode("440300").firstDrawdownOfFirstContract(true)
        .forProductionOrOperation(true).subsidisedUnderAnotherMunicipalScheme(false).build();
    TechSmeInterestItem interest = TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 2, 1),
        LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 1), Cny.of("10000"));
    return StackingRequest.builder().enterprise(firm).loans(List.of(l1)).interest(List.of(interest))
        .guaranteeFees(List.of()).insurancePremiums(List.of()).programmeTotalReceived(Cny.ZERO)
        .firstClaims(List.of()).build();
  }

  @Test
  void stacking_snippetAsWritten_andTheHandWorkedFigure() {
    String requestJson = HuiqiJson.write(stacking());
    // StackingCalculator's Javadoc, as written:
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure firstLoan = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    TechSmeMeasure techSme = data.getMeasure(TechSmeMeasure.SHENZHEN_2023);
    // the request: read from JSON here, or built in Java
    StackingRequest request = HuiqiJson.read(requestJson, StackingRequest.class);
    MonetaryAmount total = StackingCalculator.DEFAULT.totalSubsidy(firstLoan, techSme, request);
    StackingResult explained = StackingCalculator.DEFAULT.explainTotalSubsidy(firstLoan, techSme, request);
    String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
    String resultJson = StackingCalculator.DEFAULT.explainTotalSubsidyJson(firstLoan, techSme, requestJson);

    // "同一笔贷款只能享受一次贴息政策" (2022 深圳 首贷 rules); no claim recorded, the larger (register §4.1 item 72):
    // 第5条 1,000,000 × 2% × 181/360 (2023-02-01 .. 2023-08-01) = 10,055.555… → 10,055.56 against 第13条
    // 10,000 × 80% = 8,000.00: L1 goes to the first-loan subsidy, 10,055.56 + 0.00
    assertThat(total).isEqualTo(Cny.of("10055.56"));
    assertFenScale(total);
    assertThat(explained.firstLoanTotal()).isEqualTo(Cny.of("10055.56"));
    assertThat(explained.techSmeTotal()).isEqualTo(Cny.of("0.00"));
    assertThat(explained.total()).isEqualTo(Cny.of("10055.56"));
    assertThat(explained.missingFacts()).isEmpty();
    assertThat(steps).contains("10055.56");
    assertThat(HuiqiJson.read(resultJson, StackingResult.class).total()).isEqualTo(Cny.of("10055.56"));
    assertFenScale(explained.firstLoanTotal());
    assertFenScale(explained.techSmeTotal());
    assertValueSemantics(() -> StackingCalculator.DEFAULT.explainTotalSubsidy(firstLoan, techSme, request),
        StackingResult.class);
  }

  // ---------------------------------------------------------------- the book paths

  @Test
  void books_snippetsAsWritten() {
    RiskPoolMeasure measure = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    List<RiskPoolClaim> claims = List.of(riskPoolClaim().build(),
        riskPoolClaim().loanId("RP-2").reGuaranteed(Optional.empty()).build());
    List<BookItem> items = new ArrayList<>();
    // BookCalculators' Javadoc, as written:
    BookCalculator<RiskPoolClaim> pool = BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS);
    BookTotals totals = pool.run(claims, item -> items.add(item));   // one BookItem a claim, a bad one failed
    totals.amount();                                                 // the book's compensation, certain to in reach

    // RP-1 300,000.00 as above; RP-2 open on its re-guarantee: 0 – 300,000.00; the book: 300,000.00 – 600,000.00
    assertThat(items).hasSize(2);
    assertThat(items.get(0).amount()).contains(exactly("300000.00"));
    assertThat(items.get(1).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("300000.00")));
    assertThat(items.get(1).missingFacts()).containsExactly("/reGuaranteed");
    assertThat(totals.amount()).isEqualTo(new AmountRange(Cny.of("300000.00"), Cny.of("600000.00")));
    assertThat(totals.undetermined()).isEqualTo(1);
    assertFenScale(totals.amount());
    // a bank compares book lines and totals as values too
    List<RiskPoolClaim> both = claims;
    assertThat(pool.run(both, item -> { })).isEqualTo(totals);
    assertValueSemantics(() -> pool.results(both.stream()).toList().get(1), BookItem.class);
    assertValueSemantics(() -> pool.run(both, item -> { }), BookTotals.class);

    // BookRiskPoolFastPath's Javadoc, as written (RP-2 is left out: a fast path carries no missing fact)
    claims = List.of(riskPoolClaim().build());
    BookRiskPoolColumns book = new BookRiskPoolColumns(claims.size());   // or fill its arrays directly
    for (int i = 0; i < claims.size(); i++) {
      book.set(i, claims.get(i));
    }
    BookColumnTotals columnTotals = BookRiskPoolFastPath.of(measure, RiskPoolOptions.DEFAULTS).compute(book, 2);
    columnTotals.minimumFen();      // the book's compensation in fen; a row's in book.compensationFen(), book.item(i)
    assertThat(columnTotals.minimumFen()).isEqualTo(30_000_000L);   // 300,000.00 in fen
    assertThat(book.compensationFen()[0]).isEqualTo(30_000_000L);

    // BookFirstLoanFastPath's Javadoc, as written
    FirstLoanMeasure firstLoanMeasure = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    List<FirstLoanRequest> requests = List.of(FirstLoanRequest.of(firstLoanFirm(), List.of(firstLoan().build())));
    int loanCount = 1;
    BookFirstLoanColumns firstLoanBook = new BookFirstLoanColumns(requests.size(), loanCount);
    requests.forEach(firstLoanBook::add);                     // one enterprise a request, its loans after it
    BookColumnTotals firstLoanTotals = BookFirstLoanFastPath.of(firstLoanMeasure, FirstLoanOptions.DEFAULTS)
        .compute(firstLoanBook, 2);
    firstLoanTotals.minimumFen();      // the subsidies sure to be paid, in fen; each enterprise's in book.minimumFen()
    assertThat(firstLoanTotals.minimumFen()).isEqualTo(988_889L);   // 9,888.89 as worked above
    assertThat(firstLoanBook.minimumFen()[0]).isEqualTo(988_889L);
  }

  @Test
  void bookNdjson_snippetAsWritten(@TempDir Path dir) throws IOException {
    RiskPoolMeasure measure = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    Path claims = dir.resolve("claims.ndjson");
    Path results = dir.resolve("results.ndjson");
    Files.writeString(claims, HuiqiJson.codec().with(JsonOutput.COMPACT).write(riskPoolClaim().build()) + "\n");
    // BookNdjson's Javadoc, as written:
    try (Reader in = Files.newBufferedReader(claims); Writer out = Files.newBufferedWriter(results)) {
      BookTotals totals = BookNdjson.items(BookSource.ndjson(in, RiskPoolClaim.class, c -> Optional.of(c.loanId()),
          "loanId", HuiqiJson.codec()), BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS), out,
          HuiqiJson.codec());
      assertThat(totals.amount()).isEqualTo(exactly("300000.00"));   // RP-1 as worked above
    }
    assertThat(Files.readString(results)).contains("300000.00").contains("RP-1");
  }

  // ---------------------------------------------------------------- required facts never set

  @Test
  void requiredFactsNeverSet_areTypedErrorsNamingTheField() {
    // LoanFacts' Javadoc: required loanId, principal, drawdownDate, maturityDate, annualInterestRate
    assertInvalid(() -> LoanFacts.builder().principal(Cny.of("1000000")).drawdownDate(LocalDate.of(2023, 2, 1))
        .maturityDate(LocalDate.of(2024, 2, 1)).annualInterestRate(Rate.parse("4%")).build(), "loanId", null);
    assertInvalid(() -> LoanFacts.builder().loanId("L").drawdownDate(LocalDate.of(2023, 2, 1))
        .maturityDate(LocalDate.of(2024, 2, 1)).annualInterestRate(Rate.parse("4%")).build(), "principal", null);
    assertInvalid(() -> LoanFacts.builder().loanId("L").principal(Cny.of("1000000"))
        .maturityDate(LocalDate.of(2024, 2, 1)).annualInterestRate(Rate.parse("4%")).build(), "drawdownDate", null);
    assertInvalid(() -> LoanFacts.builder().loanId("L").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 2, 1)).annualInterestRate(Rate.parse("4%")).build(), "maturityDate", null);
    assertInvalid(() -> LoanFacts.builder().loanId("L").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 2, 1)).maturityDate(LocalDate.of(2024, 2, 1)).build(),
        "annualInterestRate", null);
    // FirstLoanRequest's builder: "build() validates, throwing InvalidInputException if a field is null, there is
    // no loan"
    assertInvalid(() -> FirstLoanRequest.builder().loans(List.of(firstLoan().build())).build(), "enterprise", null);
    assertInvalid(() -> FirstLoanRequest.builder().enterprise(firstLoanFirm()).build(), "loans", null);
    // RiskPoolClaim's Javadoc: required loan id, category, principal, grant date, first NPL date, outstanding
    assertInvalid(() -> RiskPoolClaim.builder().loanId("RP").principal(Cny.of("1000000"))
        .grantDate(LocalDate.of(2023, 2, 10)).firstNonPerformingDate(LocalDate.of(2024, 2, 10))
        .principalOutstanding(Cny.of("500000")).build(), "category", null);
    assertInvalid(() -> RiskPoolClaim.builder().loanId("RP").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000")).grantDate(LocalDate.of(2023, 2, 10))
        .principalOutstanding(Cny.of("500000")).build(), "firstNonPerformingDate", null);
    // the fee reduction: the principal, the standard rate and the period are required
    assertInvalid(() -> GuaranteeFeeReductionRequest.builder().borrowerSize(EnterpriseSize.SMALL)
        .standardFeeRate(Rate.parse("2%")).guaranteeStart(LocalDate.of(2023, 3, 1))
        .guaranteeEnd(LocalDate.of(2024, 3, 1)).build(), "guaranteedPrincipal", null);
    assertInvalid(() -> GuaranteeFeeReductionRequest.builder().guaranteedPrincipal(Cny.of("1000000"))
        .guaranteeStart(LocalDate.of(2023, 3, 1)).guaranteeEnd(LocalDate.of(2024, 3, 1)).build(),
        "standardFeeRate", null);
    // the fee cap: the three dates are required
    assertInvalid(() -> GuaranteeFeeBenchmarkCapRequest.builder().loanStart(LocalDate.of(2023, 5, 12))
        .maturity(LocalDate.of(2024, 5, 12)).build(), "contractDate", null);
    // the fee subsidy: the year and the loans; a loan's fee paid
    assertInvalid(() -> GuaranteeFeeSubsidyRequest.builder().enterpriseSize(EnterpriseSize.SMALL)
        .loans(List.of(feeSubsidyLoan().build())).build(), "subsidyYear", null);
    assertInvalid(() -> GuaranteeFeeSubsidyLoan.builder().loanId("GS").principal(Cny.of("2000000"))
        .drawdownDate(LocalDate.of(2023, 4, 1)).annualInterestRate(Rate.parse("5%"))
        .guaranteeFeeRate(Rate.parse("1.5%")).build(), "guaranteeFeePaid", null);
    // the tech-SME request: the enterprise
    assertInvalid(() -> TechSmeRequest.builder().interest(List.of()).guaranteeFees(List.of())
        .insurancePremiums(List.of()).programmeTotalReceived(Cny.ZERO).build(), "enterprise", null);
    // the stacking request: the programme's total received
    assertInvalid(() -> StackingRequest.builder().enterprise(techSmeFirm()).loans(stacking().loans())
        .interest(List.of()).guaranteeFees(List.of()).insurancePremiums(List.of()).firstClaims(List.of()).build(),
        "programmeTotalReceived", null);
  }

  // ---------------------------------------------------------------- bad values

  @Test
  void badValues_areTypedErrorsNamingTheFieldAndTheValue() {
    // a principal in USD
    assertInvalid(() -> firstLoan().principal(Money.of(new BigDecimal("1000000"), "USD")).build(),
        "principal", "USD");
    assertInvalid(() -> riskPoolClaim().principalOutstanding(Money.of(new BigDecimal("500000"), "USD")).build(),
        "principalOutstanding", "USD");
    assertInvalid(() -> feeSubsidyLoan().guaranteeFeePaid(Money.of(new BigDecimal("30000"), "USD")).build(),
        "guaranteeFeePaid", "USD");
    assertInvalid(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true,
        Money.of(new BigDecimal("1000000"), "USD"), Rate.parse("2%"), LocalDate.of(2023, 3, 1),
        LocalDate.of(2024, 3, 1)), "guaranteedPrincipal", "USD");
    assertInvalid(() -> feeCap().withProposal(Rate.parse("2%"), Money.of(new BigDecimal("5000000"), "USD")),
        "guaranteedPrincipal", "USD");
    assertInvalid(() -> TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1),
        LocalDate.of(2023, 4, 1), Money.of(new BigDecimal("100"), "USD")), "interestPaid", "USD");
    // a negative amount
    assertInvalid(() -> firstLoan().principal(Cny.of("-1000000")).build(), "principal", "-1000000");
    assertInvalid(() -> riskPoolClaim().principalOutstanding(Cny.of("-1")).build(), "principalOutstanding", "-1");
    assertInvalid(() -> feeSubsidyLoan().guaranteeFeePaid(Cny.of("-30000")).build(), "guaranteeFeePaid", "-30000");
    assertInvalid(() -> TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1),
        LocalDate.of(2023, 4, 1), Cny.of("-0.01")), "interestPaid", "-0.01");
    // more than two decimals
    assertInvalid(() -> firstLoan().principal(Cny.of("1000000.001")).build(), "principal", "1000000.001");
    // Moneta's own Money (this test class path sets its precision to six digits, as a host's might: 12.345 fits)
    assertInvalid(() -> firstLoan().principal(Money.of(new BigDecimal("12.345"), "CNY")).build(),
        "principal", "12.345");
    assertInvalid(() -> riskPoolClaim().principalOutstanding(Cny.of("500000.005")).build(),
        "principalOutstanding", "500000.005");
    assertInvalid(() -> feeSubsidyLoan().guaranteeFeePaid(Cny.of("30000.001")).build(),
        "guaranteeFeePaid", "30000.001");
    // a rate above 100%
    assertInvalid(() -> firstLoan().annualInterestRate(Rate.parse("101%")).build(), "annualInterestRate", "101");
    assertInvalid(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"),
        Rate.parse("150%"), LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1)), "standardFeeRate", "150");
    assertInvalid(() -> feeSubsidyLoan().guaranteeFeeRate(Rate.parse("101%")).build(), "guaranteeFeeRate", "101");
    assertInvalid(() -> riskPoolClaim().baseRatio(Rate.parse("120%")).build(), "baseRatio", "120");
    assertInvalid(() -> feeCap().withProposal(Rate.parse("200%"), Cny.of("5000000")), "proposedFeeRate", "200");
    // a date before 1949
    assertInvalid(() -> firstLoan().drawdownDate(LocalDate.of(1948, 12, 31)).build(), "drawdownDate", "1948-12-31");
    assertInvalid(() -> riskPoolClaim().grantDate(LocalDate.of(1948, 12, 31)).build(), "grantDate", "1948-12-31");
    assertInvalid(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"),
        Rate.parse("2%"), LocalDate.of(1948, 3, 1), LocalDate.of(2024, 3, 1)), "guaranteeStart", "1948-03-01");
    assertInvalid(() -> GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(1948, 5, 10), LocalDate.of(2023, 5, 12),
        LocalDate.of(2024, 5, 12)), "contractDate", "1948-05-10");
    assertInvalid(() -> feeSubsidyLoan().drawdownDate(LocalDate.of(1948, 4, 1)).build(), "drawdownDate",
        "1948-04-01");
    assertInvalid(() -> TechSmeInterestItem.of("I1", "L1", LocalDate.of(1948, 1, 1), LocalDate.of(2023, 4, 1),
        LocalDate.of(2023, 4, 1), Cny.of("100")), "accrualStart", "1948-01-01");
  }

  @Test
  void moreBadValues_nullArguments_optionsAndJson() {
    FirstLoanMeasure firstLoan = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    RiskPoolMeasure pool = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    GuaranteeFeeSubsidyMeasure feeSubsidyMeasure = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    TechSmeMeasure techSme = DATA.getMeasure(TechSmeMeasure.SHENZHEN_2023);
    // "@throws InvalidInputException if an argument is null" on every form
    assertInvalid(() -> FirstLoanCalculator.DEFAULT.subsidy(null, FirstLoanRequest.of(firstLoanFirm(),
        List.of(firstLoan().build()))), "measure", null);
    assertInvalid(() -> FirstLoanCalculator.DEFAULT.explainSubsidy(firstLoan, null), "request", null);
    assertInvalid(() -> RiskPoolCalculator.DEFAULT.compensation(pool, null), "claim", null);
    assertInvalid(() -> TechSmeCalculator.DEFAULT.explainSubsidy(null, techSme(techSmeFirm())), "measure", null);
    assertInvalid(() -> StackingCalculator.DEFAULT.totalSubsidy(firstLoan, null, stacking()), "techSmeMeasure",
        null);
    // a subsidy year before 1949
    assertInvalid(() -> GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 1948,
        List.of(feeSubsidyLoan().build())), "subsidyYear", "1948");
    // a re-guarantee rate above 100%
    assertInvalid(() -> feeReduction().withStandardReGuaranteeFeeRate(Rate.parse("101%")),
        "standardReGuaranteeFeeRate", "101");
    // the stacking's programme total in USD, negative, below the fen
    assertInvalid(() -> StackingRequest.builder().from(stacking())
        .programmeTotalReceived(Money.of(new BigDecimal("100"), "USD")).build(), "programmeTotalReceived", "USD");
    assertInvalid(() -> StackingRequest.builder().from(stacking()).programmeTotalReceived(Cny.of("-1")).build(),
        "programmeTotalReceived", "-1");
    assertInvalid(() -> TechSmeRequest.builder().from(techSme(techSmeFirm()))
        .programmeTotalReceived(Cny.of("0.001")).build(), "programmeTotalReceived", "0.001");
    // the JSON forms name the JSON Pointer and the value
    String usd = HuiqiJson.write(FirstLoanRequest.of(firstLoanFirm(), List.of(firstLoan().build())))
        .replace("\"CNY\"", "\"USD\"");
    assertInvalid(() -> FirstLoanCalculator.DEFAULT.explainSubsidyJson(firstLoan, usd), "/loans/0/principal/currency",
        "USD");
    String old = HuiqiJson.write(feeSubsidy(feeSubsidyLoan().build())).replace("2023-04-01", "1948-04-01");
    assertInvalid(() -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(feeSubsidyMeasure, old),
        "/loans/0/drawdownDate", "1948-04-01");
    String fine = HuiqiJson.write(techSme(techSmeFirm())).replace("12345.67", "12345.678");
    assertInvalid(() -> TechSmeCalculator.DEFAULT.explainSubsidyJson(techSme, fine), "/interest/0/interestPaid",
        "12345.678");
  }

  // ---------------------------------------------------------------- the verb pattern

  /** The README: "Calculators share one verb pattern: the amount (…), explainX and explainXJson". */
  @Test
  void verbPattern_amountExplainAndJson_onEveryCalculator() {
    assertVerbs(FirstLoanCalculator.class, "subsidy", "explainSubsidy", "explainSubsidyJson");
    assertVerbs(TechSmeCalculator.class, "subsidy", "explainSubsidy", "explainSubsidyJson");
    assertVerbs(GuaranteeFeeSubsidyCalculator.class, "subsidy", "explainSubsidy", "explainSubsidyJson");
    assertVerbs(GuaranteeFeeReductionCalculator.class, "fee", "explainFee", "explainFeeJson");
    assertVerbs(StackingCalculator.class, "totalSubsidy", "explainTotalSubsidy", "explainTotalSubsidyJson");
    // the cap's "amount" is a rate (Optional<Rate>), as its Javadoc's snippet says; the pattern holds on its name
    assertVerbs(GuaranteeFeeBenchmarkCapCalculator.class, "feeRateCap", "explainFeeRateCap",
        "explainFeeRateCapJson");
    // the risk pool: the three for one claim, and the explaining and JSON forms for a batch (RiskPoolRequest)
    assertVerbs(RiskPoolCalculator.class, "compensation", "explainCompensation", "explainCompensationJson");
    assertThat(methodNames(RiskPoolCalculator.class)).contains("explainClaims", "explainClaimsJson");
    // options travel on each request (the README), except the risk pool's single claim, whose options are an
    // argument of explainCompensation (or go on a RiskPoolRequest), and the books, which take them as an argument
    assertThat(methodNames(FirstLoanRequest.class)).contains("options", "withOptions");
    assertThat(methodNames(TechSmeRequest.class)).contains("options", "withOptions");
    assertThat(methodNames(GuaranteeFeeReductionRequest.class)).contains("options", "withOptions");
    assertThat(methodNames(GuaranteeFeeBenchmarkCapRequest.class)).contains("options", "withOptions");
    assertThat(methodNames(StackingRequest.class)).contains("options", "withOptions");
    assertThat(methodNames(RiskPoolRequest.class)).contains("options", "withOptions");
    assertThat(methodNames(RiskPoolClaim.class)).doesNotContain("options", "withOptions");
  }

  private static Set<String> methodNames(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toSet());
  }

  private static void assertVerbs(Class<?> calculator, String amount, String explain, String json) {
    Set<String> names = methodNames(calculator);
    assertThat(names).as(calculator.getSimpleName()).contains(amount, explain, json);
    Method jsonForm = Arrays.stream(calculator.getMethods()).filter(m -> m.getName().equals(json)).findFirst()
        .orElseThrow();
    assertThat(jsonForm.getReturnType()).isEqualTo(String.class);
  }
}
