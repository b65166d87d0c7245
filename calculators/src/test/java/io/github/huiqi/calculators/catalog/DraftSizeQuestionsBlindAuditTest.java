package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.classification.size.SizeClassifier;
import io.github.huiqi.calculators.classification.size.SizeRequest;
import io.github.huiqi.calculators.classification.size.SizeResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeTermBracket;
import io.github.huiqi.calculators.grants.referral.ReferralCalculator;
import io.github.huiqi.calculators.grants.referral.ReferralRequest;
import io.github.huiqi.calculators.grants.referral.ReferralResult;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareRequest;
import io.github.huiqi.calculators.grants.share.ShareResult;
import io.github.huiqi.calculators.space.purchase.PurchaseCalculator;
import io.github.huiqi.calculators.space.purchase.PurchaseRequest;
import io.github.huiqi.calculators.space.purchase.PurchaseResult;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit, by a QA lead who did not write the library, of the Shenzhen 专精特新 draft's financing and space items
 * (深圳市关于促进专精特新企业高质量发展的若干措施(征求意见稿), seed 004: 第五条's guarantee-fee cap, pool compensation and
 * R&D/renovation interest subsidy, 第十二条's platform fee, 第二十九条's purchase of state-owned space) and of the size
 * standard (工信部联企业〔2011〕300号 第四条), each case worked by hand from the clause, the reference (domain §1.6,
 * §2.9, §2.14) and the decisions register before the library was run, then run through the typed calculator's plain,
 * explaining and JSON forms and through the entitlement engine, typed and {@code evaluateJson}. Every draft outcome
 * must say it is a draft and never count in a total. The next questions and totals are audited on the command line
 * (HuiqiCliQuestionsBlindAuditTest), which runs the engine's typed and JSON paths too.
 */
class DraftSizeQuestionsBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final GuaranteeFeeBenchmarkCapMeasure CAP =
      DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final ReferralMeasure POOL = DATA.getMeasure(
      MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation"), ReferralMeasure.class);
  private static final ReferralMeasure RD_INTEREST = DATA.getMeasure(
      MeasureId.of("sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy"), ReferralMeasure.class);
  private static final ShareFeeMeasure PLATFORM = DATA.getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT);
  private static final PurchaseMeasure PURCHASE = DATA.getMeasure(PurchaseMeasure.SHENZHEN_DRAFT);
  private static final SizeStandard SIZE = DATA.getMeasure(SizeStandard.MIIT_2011);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String CAP_ID = "sz-gxj-zjtx-32-draft.guarantee-fee-cap";
  private static final String POOL_ID = "sz-gxj-zjtx-32-draft.pool-compensation";
  private static final String RD_ID = "sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy";
  private static final String PLATFORM_ID = "sz-gxj-zjtx-32-draft.platform-service-fee";
  private static final String PURCHASE_ID = "sz-gxj-zjtx-32-draft.state-owned-space-purchase";
  private static final String SIZE_ID = "miit-2011-300.enterprise-size";
  private static final String REDUCTION_ID = "sz-gxj-2023-26.guarantee-fee-reduction";

  private static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException ex) {
      throw new AssertionError(ex);
    }
  }

  //-------------------------------------------------------------------------
  // 第五条 guarantee-fee cap: "担保费率不高于国家当期银行贷款基准利率的二分之一"; register §4.3 item 20: the PBoC
  // benchmark for the loan's term bracket on the contract date (≤1y 4.35%, 1–5y 4.75%, >5y 4.90% since 2015-10-24,
  // domain §2.9); §4.3 item 21: whole months ÷ 12 + odd days ÷ 360; half-up to the fen (§4.5 item 35)

  private static String capRequest(String zjtx, String contract, String start, String maturity, String proposed,
      String options) {
    return "{" + (zjtx == null ? "" : "\"specialisedAndInnovative\": " + zjtx + ", ")
        + "\"governmentGuarantor\": true, \"contractDate\": \"" + contract + "\", \"loanStart\": \"" + start
        + "\", \"maturity\": \"" + maturity + "\", \"proposedFeeRate\": \"" + proposed + "\", "
        + "\"guaranteedPrincipal\": {\"amount\": 1000000, \"currency\": \"CNY\"}"
        + (options == null ? "" : ", \"options\": " + options) + "}";
  }

  /** One loan through the plain, explaining and JSON forms: the cap, the bracket, the fee, and the draft status. */
  private static GuaranteeFeeBenchmarkCapResult assertCap(String requestJson, GuaranteeFeeTermBracket bracket,
      String benchmark, String cap, String fee, boolean within) {
    GuaranteeFeeBenchmarkCapRequest request = HuiqiJson.read(requestJson, GuaranteeFeeBenchmarkCapRequest.class);
    Rate plain = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(CAP, request).orElseThrow();
    assertThat(plain.percent()).isEqualByComparingTo(cap);
    GuaranteeFeeBenchmarkCapResult explained = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(CAP,
        request);
    assertThat(explained.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(explained.indicativeOnly()).isTrue();
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.termBracket()).isEqualTo(bracket);
    assertThat(explained.benchmarkRate().orElseThrow().percent()).isEqualByComparingTo(benchmark);
    assertThat(explained.feeRateCap().orElseThrow().percent()).isEqualByComparingTo(cap);
    assertThat(yuan(explained.maximumFee().orElseThrow())).isEqualByComparingTo(fee);
    assertThat(explained.proposedWithinCap()).contains(within);
    // the explanation says draft in both languages, first
    assertThat(explained.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("征求意见稿");
    assertThat(explained.explanation().render(Locale.ENGLISH)).contains("draft");
    JsonNode json = tree(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(CAP, requestJson));
    assertThat(json.at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(json.at("/termBracket").asText()).isEqualTo(bracket.name());
    assertThat(new BigDecimal(json.at("/maximumFee/amount").asText())).isEqualByComparingTo(fee);
    assertThat(json.at("/proposedWithinCap").asBoolean()).isEqualTo(within);
    return explained;
  }

  @Test
  void test_cap_oneYearLoan_halfOf435_atTheCapInclusive() {
    // 2023-03-01 → 2024-03-01 is one year exactly: "一年以内（含一年）", 4.35% (from 2015-10-24) on the contract date
    // 2023-02-20; cap 4.35% × ½ = 2.175%; fee 1,000,000 × 2.175% × 12/12 = 21,750.00; 2.175% proposed is "不高于"
    GuaranteeFeeBenchmarkCapResult result = assertCap(capRequest("true", "2023-02-20", "2023-03-01", "2024-03-01",
        "2.175%", null), GuaranteeFeeTermBracket.UP_TO_1Y, "4.35", "2.175", "21750.00", true);
    assertThat(result.benchmarkValidFrom()).contains(LocalDate.of(2015, 10, 24));
    // a ten-thousandth of a point above the cap is not within
    assertCap(capRequest("true", "2023-02-20", "2023-03-01", "2024-03-01", "2.1751%", null),
        GuaranteeFeeTermBracket.UP_TO_1Y, "4.35", "2.175", "21750.00", false);
  }

  @Test
  void test_cap_oneDayOverAYear_theOneToFiveYearBracket() {
    // 2023-03-01 → 2024-03-02: a year and a day, "一至五年（含五年）" 4.75% → 2.375%;
    // fee 1,000,000 × 2.375% × (12/12 + 1/360) = 23,750 + 65.9722… = 23,815.97
    assertCap(capRequest("true", "2023-02-20", "2023-03-01", "2024-03-02", "2.375%", null),
        GuaranteeFeeTermBracket.OVER_1Y_TO_5Y, "4.75", "2.375", "23815.97", true);
    // five years exactly (2028-03-01) is still 1–5y: 1,000,000 × 2.375% × 60/12 = 118,750.00
    assertCap(capRequest("true", "2023-02-20", "2023-03-01", "2028-03-01", "2.3751%", null),
        GuaranteeFeeTermBracket.OVER_1Y_TO_5Y, "4.75", "2.375", "118750.00", false);
    // five years and a day: "五年以上" 4.90% → 2.45%; 1,000,000 × 2.45% × (5 + 1/360) = 122,500 + 68.0555…
    // = 122,568.06
    assertCap(capRequest("true", "2023-02-20", "2023-03-01", "2028-03-02", "2.45%", null),
        GuaranteeFeeTermBracket.OVER_5Y, "4.90", "2.45", "122568.06", true);
  }

  @Test
  void test_cap_lprOption_readOnTheContractDate() {
    // the 1-year LPR option (register §4.3 item 20): 3.65% valid 2022-08-22 .. 2023-06-19, 3.55% from 2023-06-20
    // (domain §2.9): 2023-06-19 → 1.825%, fee 18,250.00; 2023-06-20 → 1.775%, fee 17,750.00
    assertCap(capRequest("true", "2023-06-19", "2023-07-01", "2024-07-01", "1.8%", "{\"benchmark\": \"LPR_1Y\"}"),
        GuaranteeFeeTermBracket.UP_TO_1Y, "3.65", "1.825", "18250.00", true);
    assertCap(capRequest("true", "2023-06-20", "2023-07-01", "2024-07-01", "1.8%", "{\"benchmark\": \"LPR_1Y\"}"),
        GuaranteeFeeTermBracket.UP_TO_1Y, "3.55", "1.775", "17750.00", false);
    // the 5-year LPR 4.20% from 2023-06-20 → 2.10% a year, whatever the term
    assertCap(capRequest("true", "2023-06-20", "2023-07-01", "2024-07-01", "2.1%", "{\"benchmark\": \"LPR_5Y\"}"),
        GuaranteeFeeTermBracket.UP_TO_1Y, "4.20", "2.10", "21000.00", true);
  }

  @Test
  void test_cap_notSpecialised_orNotKnown() {
    // 第五条 is for 专精特新企业: a firm known not to be one has no cap (plain: empty; explained: ineligible, draft)
    GuaranteeFeeBenchmarkCapRequest no = HuiqiJson.read(capRequest("false", "2023-02-20", "2023-03-01", "2024-03-01",
        "2%", null), GuaranteeFeeBenchmarkCapRequest.class);
    assertThat(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(CAP, no)).isEmpty();
    GuaranteeFeeBenchmarkCapResult ineligible = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(CAP, no);
    assertThat(ineligible.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ineligible.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    // not given: the plain form cannot answer and names the fact; the explaining and JSON forms are undetermined
    String unknownJson = capRequest(null, "2023-02-20", "2023-03-01", "2024-03-01", "2%", null);
    GuaranteeFeeBenchmarkCapRequest unknown = HuiqiJson.read(unknownJson, GuaranteeFeeBenchmarkCapRequest.class);
    assertThatThrownBy(() -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(CAP, unknown))
        .isInstanceOf(MissingFactsException.class)
        .satisfies(ex -> assertThat(((MissingFactsException) ex).missingFacts())
            .containsExactly("/specialisedAndInnovative"));
    assertThat(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(CAP, unknown).eligibility()
        .missingFacts()).containsExactly("/specialisedAndInnovative");
    JsonNode json = tree(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(CAP, unknownJson));
    assertThat(json.at("/eligibility/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(json.at("/documentStatus").asText()).isEqualTo("DRAFT");
  }

  @Test
  void test_cap_bookPath_theSameFiguresPerLoan() {
    // the book path (BookCalculators.guaranteeFeeCap) over three loans: L1 as above (2.175%, 21,750.00), L2 a year
    // and a day (2.375%, 23,815.97), L3 of a firm not known to be 专精特新 (undetermined, the cap still the rate the
    // loan would get, naming the recognition), L4 of a firm known not to be one (no cap, no amount)
    List<GuaranteeFeeBenchmarkCapRequest> book = List.of(
        HuiqiJson.read(capRequest("true", "2023-02-20", "2023-03-01", "2024-03-01", "2%", null),
            GuaranteeFeeBenchmarkCapRequest.class),
        HuiqiJson.read(capRequest("true", "2023-02-20", "2023-03-01", "2024-03-02", "2%", null),
            GuaranteeFeeBenchmarkCapRequest.class),
        HuiqiJson.read(capRequest(null, "2023-02-20", "2023-03-01", "2024-03-01", "2%", null),
            GuaranteeFeeBenchmarkCapRequest.class),
        HuiqiJson.read(capRequest("false", "2023-02-20", "2023-03-01", "2024-03-01", "2%", null),
            GuaranteeFeeBenchmarkCapRequest.class));
    List<BookItem> items = new ArrayList<>();
    BookCalculators.guaranteeFeeCap(CAP).run(book.iterator(), items::add);
    assertThat(items.get(0).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(0).rate().orElseThrow().percent()).isEqualByComparingTo("2.175");
    assertThat(yuan(items.get(0).amount().orElseThrow().minimum())).isEqualByComparingTo("21750.00");
    assertThat(items.get(1).rate().orElseThrow().percent()).isEqualByComparingTo("2.375");
    assertThat(yuan(items.get(1).amount().orElseThrow().minimum())).isEqualByComparingTo("23815.97");
    assertThat(items.get(2).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(2).missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(items.get(3).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(3).rate()).isEmpty();
    assertThat(items.get(3).amount()).isEmpty();
  }

  @Test
  void test_draftPack_everyRegisterItemItMentionsExists() throws java.io.IOException {
    // the cap's benchmark note cited "§4.6 item 39", an entry the register does not have (the contract-date reading
    // is §4.3 item 20's): every "§N.N item M" the draft's pack mentions must be a heading of the register
    String register;
    String pack;
    try (java.io.InputStream r = PolicyData.class.getResourceAsStream("decisions-register.md");
        java.io.InputStream p = PolicyData.class.getResourceAsStream("packs/sz-gxj-zjtx-32-draft.json")) {
      register = new String(r.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      pack = new String(p.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    java.util.regex.Matcher items = java.util.regex.Pattern.compile("§(\\d\\.\\d) item (\\d+)").matcher(pack);
    while (items.find()) {
      assertThat(register).as(items.group()).contains("## §" + items.group(1) + " item " + items.group(2) + " ");
    }
    assertThat(CAP.benchmark().citation().note().orElseThrow()).doesNotContain("item 39");
  }

  /** A Shenzhen 专精特新 firm with one government-guaranteed loan, for the engine. */
  private static String capProfile(String since, String contractDate) {
    return """
        {"registrationRegionCode": "440306", "industryCode": "C3484", "size": "SMALL",
         "specialisedAndInnovative": {"held": true, "since": "%s"},
         "littleGiant": {"held": false},
         "loans": [{"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"},
           %s "drawdownDate": "2023-03-01", "maturityDate": "2024-03-01", "annualInterestRate": "3.65%%",
           "guarantee": {"governmentGuarantor": true, "feeRate": "1.5%%"}}]}
        """.formatted(since, contractDate == null ? "" : "\"contractDate\": \"" + contractDate + "\",");
  }

  /** The outcome of one measure on the engine's typed path, checked against its JSON path field by field. */
  private static MeasureOutcome engine(String profileJson, String asOf, String measure) {
    return engineReport(profileJson, asOf, measure).outcome(MeasureId.of(measure)).orElseThrow();
  }

  private static EntitlementReport engineReport(String profileJson, String asOf, String... measures) {
    List<MeasureId> ids = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    for (String m : measures) {
      ids.add(MeasureId.of(m));
      list.append(list.length() == 0 ? "" : ", ").append('"').append(m).append('"');
    }
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    EntitlementReport typed = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(profile,
        LocalDate.parse(asOf)).withMeasures(ids));
    String request = "{\"asOf\": \"" + asOf + "\", \"measures\": [" + list + "], \"profile\": " + profileJson + "}";
    JsonNode fromJson = tree(EntitlementEngine.builtIn().evaluateJson(request));
    JsonNode fromTyped = tree(HuiqiJson.write(typed));
    for (String member : List.of("/outcomes", "/totals", "/nextQuestions")) {
      assertThat(fromJson.at(member)).as(member).isEqualTo(fromTyped.at(member));
    }
    return typed;
  }

  private static void assertDraft(MeasureOutcome outcome) {
    assertThat(outcome.documentStatus()).as(outcome.measure().toString()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(outcome.countedInTotal()).as(outcome.measure() + " never in a total").isFalse();
  }

  private static void assertAmount(MeasureOutcome outcome, Verdict verdict, String least, String most) {
    assertThat(outcome.verdict()).as(outcome.measure().toString()).isEqualTo(verdict);
    assertThat(yuan(outcome.amount().minimum())).as("least").isEqualByComparingTo(least);
    if (most == null) {
      assertThat(outcome.amount().maximum()).as("most").isEmpty();
    } else {
      assertThat(yuan(outcome.amount().maximum().orElseThrow())).as("most").isEqualByComparingTo(most);
    }
  }

  @Test
  void test_cap_engine_aCeilingNeverCounted_recognitionOnTheContractDate() {
    // recognised 2022-01-01, contract 2023-02-20: 1,000,000 × 2.175% × 12/12 = 21,750.00, the most the guarantor
    // may charge (a counterparty's ceiling), a draft: not in the total
    MeasureOutcome held = engine(capProfile("2022-01-01", "2023-02-20"), "2023-06-30", CAP_ID);
    assertAmount(held, Verdict.ELIGIBLE, "21750.00", "21750.00");
    assertThat(held.amountKind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    assertDraft(held);
    // register §4.3 item 20: the recognition is tested on the contract date; granted on it (since inclusive): held
    assertAmount(engine(capProfile("2023-02-20", "2023-02-20"), "2023-06-30", CAP_ID), Verdict.ELIGIBLE,
        "21750.00", "21750.00");
    // granted the day after the contract: not a 专精特新企业 when the fee was set
    MeasureOutcome after = engine(capProfile("2023-02-21", "2023-02-20"), "2023-06-30", CAP_ID);
    assertAmount(after, Verdict.INELIGIBLE, "0", "0");
    assertDraft(after);
    // the contract date not given: the drawdown (2023-03-01) is read; recognised 2023-02-21 holds by then
    assertAmount(engine(capProfile("2023-02-21", null), "2023-06-30", CAP_ID), Verdict.ELIGIBLE, "21750.00",
        "21750.00");
    EntitlementReport report = engineReport(capProfile("2022-01-01", "2023-02-20"), "2023-06-30", CAP_ID);
    assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.ZERO);
  }

  //-------------------------------------------------------------------------
  // 第五条 pool compensation and R&D/renovation interest subsidy: no figure of their own (register §1.6 items 004-5b,
  // 004-5c); the firm must be a 专精特新企业 on the date (item 004-scope; §4.6 item 59 for a lapsed recognition)

  private static ReferralResult referral(ReferralMeasure measure, String json) {
    ReferralRequest request = HuiqiJson.read(json, ReferralRequest.class);
    ReferralResult explained = ReferralCalculator.DEFAULT.explainReferral(measure, request);
    JsonNode fromJson = tree(ReferralCalculator.DEFAULT.explainReferralJson(measure, json));
    assertThat(fromJson.at("/eligibility/verdict").asText()).isEqualTo(explained.eligibility().verdict().name());
    assertThat(fromJson.at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(explained.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    if (explained.eligibility().verdict() != Verdict.UNDETERMINED) {
      assertThat(ReferralCalculator.DEFAULT.applies(measure, request))
          .isEqualTo(explained.eligibility().verdict() == Verdict.ELIGIBLE);
    }
    return explained;
  }

  @Test
  void test_poolAndInterest_recognitionOnTheDate_edges() {
    // held 2022-09-01 .. 2023-10-31, asked on 2023-10-31 (until inclusive): eligible; pool figures are the pool's
    ReferralResult pool = referral(POOL, "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-09-01\","
        + " \"until\": \"2023-10-31\"}, \"asOf\": \"2023-10-31\"}");
    assertThat(pool.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(pool.refersTo()).extracting(MeasureId::toString)
        .containsExactly("sz-gxj-2023-26.risk-compensation-pool");
    // the interest subsidy's figures are the renovation interest subsidy's and the 科技贴息's (item 004-5c)
    ReferralResult interest = referral(RD_INTEREST, "{\"specialisedAndInnovative\": {\"held\": true, \"since\": "
        + "\"2022-09-01\"}, \"asOf\": \"2023-10-31\"}");
    assertThat(interest.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(interest.refersTo()).extracting(MeasureId::toString).containsExactly(
        "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy", "sz-gxj-2023-26.tech-sme-interest-subsidy");
    // expired the day before, the 小巨人 not given: it may still run (item 59), so /littleGiant is asked
    ReferralResult lapsed = referral(POOL, "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-09-01\","
        + " \"until\": \"2023-10-30\"}, \"asOf\": \"2023-10-31\"}");
    assertThat(lapsed.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(lapsed.eligibility().missingFacts()).containsExactly("/littleGiant");
    // the 小巨人 held on the date qualifies on its own (item 004-scope)
    assertThat(referral(POOL, "{\"specialisedAndInnovative\": {\"held\": true, \"until\": \"2023-10-30\"}, "
        + "\"littleGiant\": {\"held\": true}, \"asOf\": \"2023-10-31\"}").eligibility().verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(referral(POOL, "{\"specialisedAndInnovative\": {\"held\": true, \"until\": \"2023-10-30\"}, "
        + "\"littleGiant\": {\"held\": false}, \"asOf\": \"2023-10-31\"}").eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // granted the day after the date: not held; nothing given: /specialisedAndInnovative
    assertThat(referral(POOL, "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2023-11-01\"}, "
        + "\"asOf\": \"2023-10-31\"}").eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    ReferralResult unknown = referral(RD_INTEREST, "{\"asOf\": \"2023-10-31\"}");
    assertThat(unknown.eligibility().missingFacts()).containsExactly("/specialisedAndInnovative");
  }

  @Test
  void test_poolAndInterest_engine_nonMonetaryDrafts() {
    String profile = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\", "
        + "\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-09-01\"}}";
    for (String id : List.of(POOL_ID, RD_ID)) {
      MeasureOutcome outcome = engine(profile, "2023-10-31", id);
      assertAmount(outcome, Verdict.ELIGIBLE, "0", "0");
      assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
      assertDraft(outcome);
      assertThat(outcome.missingFacts()).isEmpty();
    }
  }

  //-------------------------------------------------------------------------
  // 第十二条: listed platforms "按50%比例收取服务费用"; register §4.6 item 51 (a): the charge rounded half-up once, the
  // saving the standard less the charge; window from 2023-01-01 (the pack's reading of the undated draft)

  private static final String EVENTS = """
      "grantEvents": [
        {"eventId": "E1", "code": "sz-public-service-platform-fee", "date": "2023-01-01",
         "amount": {"amount": 12345.67, "currency": "CNY"}},
        {"eventId": "E2", "code": "sz-public-service-platform-fee", "date": "2022-12-31",
         "amount": {"amount": 10000, "currency": "CNY"}},
        {"eventId": "E3", "code": "sz-public-service-platform-fee", "date": "2023-05-10",
         "amount": {"amount": 0.01, "currency": "CNY"}},
        {"eventId": "E4", "code": "sz-public-service-platform-fee", "date": "2023-06-01",
         "amount": {"amount": 1000.00, "currency": "CNY"}}]
      """;

  private static ShareResult platform(String json) {
    ShareRequest request = HuiqiJson.read(json, ShareRequest.class);
    OutcomeAmount plain = ShareCalculator.DEFAULT.feeSaved(PLATFORM, request);
    ShareResult explained = ShareCalculator.DEFAULT.explainFeeSaved(PLATFORM, request);
    assertThat(explained.amount()).isEqualTo(plain);
    assertThat(explained.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    JsonNode fromJson = tree(ShareCalculator.DEFAULT.explainFeeSavedJson(PLATFORM, json));
    assertThat(fromJson.at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(new BigDecimal(fromJson.at("/amount/minimum/amount").asText()))
        .isEqualByComparingTo(yuan(plain.minimum()));
    return explained;
  }

  @Test
  void test_platformFee_halfCharged_windowAndRecognitionOnTheServiceDate() {
    // held since 2022-01-01: E1 (2023-01-01, the window's first day) 12,345.67 × 50% = 6,172.835 → charged 6,172.84,
    // saved 12,345.67 − 6,172.84 = 6,172.83; E2 (2022-12-31) before the window: 0; E3 0.01 × 50% = 0.005 → charged
    // 0.01, saved 0.00; E4 1,000.00 → 500.00 saved. 6,172.83 + 0.00 + 500.00 = 6,672.83
    ShareResult held = platform("{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-01-01\"}, "
        + EVENTS + "}");
    assertThat(held.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(held.amount()).isEqualTo(OutcomeAmount.exactly(io.github.huiqi.core.money.Cny.of("6672.83")));
    // recognised 2023-05-15: only E4 (2023-06-01) is a 专精特新企业's service: 500.00
    ShareResult late = platform("{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2023-05-15\"}, "
        + EVENTS + "}");
    assertThat(yuan(late.amount().minimum())).isEqualByComparingTo("500.00");
    assertThat(late.amount().isExact()).isTrue();
    // the engine: the same 6,672.83 as a fee saved, a draft, never in the total
    MeasureOutcome outcome = engine("{\"registrationRegionCode\": \"440306\", \"industryCode\": \"M7320\", "
        + "\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-01-01\"}, " + EVENTS + "}",
        "2023-12-31", PLATFORM_ID);
    assertAmount(outcome, Verdict.ELIGIBLE, "6672.83", "6672.83");
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertDraft(outcome);
  }

  //-------------------------------------------------------------------------
  // 第二十九条: "年产值达3亿以上、租用国有产业用房3年以上的专精特新企业"; register §1.6 card 004-29: the prior calendar
  // year's output; the tenure from the lease's start through the earlier of the date and its end, 3 years inclusive

  private static PurchaseResult purchase(String output, String stateOwned, String asOf) {
    String json = "{\"specialisedAndInnovative\": true, \"annualOutput\": {\"amount\": " + output
        + ", \"currency\": \"CNY\"}, \"leases\": [{\"leaseId\": \"SO\", \"area\": 5000, \"start\": \"2020-07-01\", "
        + "\"end\": \"2030-06-30\"" + (stateOwned == null ? "" : ", \"stateOwned\": " + stateOwned)
        + "}], \"asOf\": \"" + asOf + "\"}";
    PurchaseRequest request = HuiqiJson.read(json, PurchaseRequest.class);
    PurchaseResult explained = PurchaseCalculator.DEFAULT.explainMayPurchase(PURCHASE, request);
    assertThat(explained.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    if (explained.eligibility().verdict() != Verdict.UNDETERMINED) {
      assertThat(PurchaseCalculator.DEFAULT.mayPurchase(PURCHASE, request))
          .isEqualTo(explained.eligibility().verdict() == Verdict.ELIGIBLE);
    }
    JsonNode fromJson = tree(PurchaseCalculator.DEFAULT.explainMayPurchaseJson(PURCHASE, json));
    assertThat(fromJson.at("/eligibility/verdict").asText()).isEqualTo(explained.eligibility().verdict().name());
    assertThat(fromJson.at("/documentStatus").asText()).isEqualTo("DRAFT");
    return explained;
  }

  @Test
  void test_purchase_outputAndTenureEdges() {
    // 300,000,000.00 is "3亿以上" (以上 includes the number); 2020-07-01 → 2023-06-30 is exactly 3 years: eligible
    assertThat(purchase("300000000.00", "true", "2023-06-30").eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // a day short of three years
    assertThat(purchase("300000000.00", "true", "2023-06-29").eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // a fen short of 3亿
    assertThat(purchase("299999999.99", "true", "2023-06-30").eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // a lease not known to be state-owned: named
    PurchaseResult open = purchase("300000000.00", null, "2023-06-30");
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.eligibility().missingFacts()).containsExactly("/leases/0/stateOwned");
  }

  @Test
  void test_purchase_engine_theYearBeforeTheDate() {
    String profile = """
        {"registrationRegionCode": "440306", "industryCode": "C3484",
         "specialisedAndInnovative": {"held": true, "since": "2021-07-01"},
         "industrialOutputs": [{"year": 2022, "grossOutput": {"amount": 300000000.00, "currency": "CNY"}},
                               {"year": 2023, "grossOutput": {"amount": 299999999.99, "currency": "CNY"}}],
         "leases": [{"leaseId": "SO", "area": 5000, "start": "2020-07-01", "end": "2030-06-30",
                     "stateOwned": true}]}
        """;
    // 2023-12-31 reads 2022 (300,000,000.00) and 3½ years held: eligible; 2024-01-01 reads 2023 (a fen short)
    MeasureOutcome in2023 = engine(profile, "2023-12-31", PURCHASE_ID);
    assertAmount(in2023, Verdict.ELIGIBLE, "0", "0");
    assertThat(in2023.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertDraft(in2023);
    MeasureOutcome in2024 = engine(profile, "2024-01-01", PURCHASE_ID);
    assertAmount(in2024, Verdict.INELIGIBLE, "0", "0");
    assertDraft(in2024);
    // 2025-01-01 reads 2024, not in the list: the year's output is the fact asked
    MeasureOutcome in2025 = engine(profile, "2025-01-01", PURCHASE_ID);
    assertThat(in2025.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(in2025.missingFacts()).containsExactly("/industrialOutputs");
    assertDraft(in2025);
  }

  @Test
  void test_purchase_engine_leasesNotGiven_aFailedConditionRulesOut() {
    // 第二十九条's three conditions are all needed ("、"): with the leases not given, a firm known to hold no
    // 专精特新 recognition (nor a 小巨人 one) on the date, or whose 2022 output is a fen short of 3亿, can buy no
    // space whatever its leases: ineligible, nothing asked. Before the audit both were undetermined naming
    // /leases alone (as the draft's guarantee-fee cap already read a firm holding no recognition whose loans are
    // unknown); with a condition not given beside the leases, that condition is named too
    String notHeld = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\", "
        + "\"specialisedAndInnovative\": {\"held\": false}, \"littleGiant\": {\"held\": false}}";
    MeasureOutcome out = engine(notHeld, "2023-06-30", PURCHASE_ID);
    assertAmount(out, Verdict.INELIGIBLE, "0", "0");
    assertThat(out.missingFacts()).isEmpty();
    assertDraft(out);
    String low = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\", "
        + "\"specialisedAndInnovative\": {\"held\": true}, \"industrialOutputs\": [{\"year\": 2022, "
        + "\"grossOutput\": {\"amount\": 299999999.99, \"currency\": \"CNY\"}}]}";
    assertAmount(engine(low, "2023-06-30", PURCHASE_ID), Verdict.INELIGIBLE, "0", "0");
    // at 3亿 exactly the output is met: the leases decide, and are asked
    MeasureOutcome open = engine(low.replace("299999999.99", "300000000.00"), "2023-06-30", PURCHASE_ID);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/leases");
    // a recognition expired before the date with the 小巨人 not given may still be a 小巨人 (register §4.6 item
    // 59): not ruled out; the leases, the 小巨人 and the output asked
    MeasureOutcome lapsed = engine("{\"registrationRegionCode\": \"440306\", "
        + "\"specialisedAndInnovative\": {\"held\": true, \"until\": \"2023-06-29\"}}", "2023-06-30", PURCHASE_ID);
    assertThat(lapsed.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(lapsed.missingFacts()).containsExactlyInAnyOrder("/littleGiant", "/industrialOutputs", "/leases");
    // nothing given: each of the three conditions may fail, so each is named (either alone can decide)
    MeasureOutcome bare = engine("{\"registrationRegionCode\": \"440306\"}", "2023-06-30", PURCHASE_ID);
    assertThat(bare.missingFacts()).containsExactlyInAnyOrder("/specialisedAndInnovative", "/industrialOutputs",
        "/leases");
  }

  //-------------------------------------------------------------------------
  // 工信部联企业〔2011〕300号 第四条: each column's lower bounds inclusive (及以上), all of them for large, medium and
  // small ("且"), one figure below the small column makes a firm micro ("或"); X 从业人员, Y 营业收入, Z 资产总额

  /** A size request's JSON: the industry code and whichever of the three figures is given (null: not given). */
  private static StringBuilder sizeRequestJson(String code, Integer employees, String revenue, String assets) {
    StringBuilder json = new StringBuilder("{\"industryCode\": \"" + code + "\"");
    if (employees != null) {
      json.append(", \"employees\": ").append(employees);
    }
    if (revenue != null) {
      json.append(", \"revenue\": {\"amount\": ").append(revenue).append(", \"currency\": \"CNY\"}");
    }
    if (assets != null) {
      json.append(", \"totalAssets\": {\"amount\": ").append(assets).append(", \"currency\": \"CNY\"}");
    }
    json.append('}');
    return json;
  }

  @ParameterizedTest(name = "{0} X={1} Y={2} Z={3} → {4}")
  @CsvSource(nullValues = "-", value = {
      // （二）工业 (C): large X≥1000 且 Y≥40000万; medium X≥300 且 Y≥2000万; small X≥20 且 Y≥300万
      "C3484, 1000, 400000000.00, -, LARGE",
      "C3484, 999, 400000000.00, -, MEDIUM",
      "C3484, 1000, 399999999.99, -, MEDIUM",
      "C3484, 300, 20000000, -, MEDIUM",
      "C3484, 299, 20000000, -, SMALL",
      "C3484, 300, 19999999, -, SMALL",
      "C3484, 20, 3000000, -, SMALL",
      "C3484, 19, 3000000, -, MICRO",
      "C3484, 20, 2999999, -, MICRO",
      "C3484, 19, 400000000, -, MICRO",
      "C3484, 5000, 2999999.99, -, MICRO",
      // （三）建筑业 (E): Y and Z; medium Y≥6000万 且 Z≥5000万; small Y≥300万 且 Z≥300万; employees not read
      "E4811, -, 800000000, 800000000, LARGE",
      "E4811, -, 800000000, 799999999, MEDIUM",
      "E4811, -, 60000000, 50000000, MEDIUM",
      "E4811, -, 59999999, 50000000, SMALL",
      "E4811, -, 3000000, 3000000, SMALL",
      "E4811, -, 3000000, 2999999, MICRO",
      // （四）批发业 (F51): large X≥200 且 Y≥40000万; medium X≥20 且 Y≥5000万; small X≥5 且 Y≥1000万
      "F5123, 200, 400000000, -, LARGE",
      "F5123, 199, 400000000, -, MEDIUM",
      "F5123, 20, 50000000, -, MEDIUM",
      "F5123, 19, 50000000, -, SMALL",
      "F5123, 5, 10000000, -, SMALL",
      "F5123, 4, 10000000, -, MICRO",
      "F5123, 5, 9999999, -, MICRO",
      // （五）零售业 (F52): large X≥300 且 Y≥20000万; medium X≥50 且 Y≥500万; small X≥10 且 Y≥100万
      "F5211, 300, 200000000, -, LARGE",
      "F5211, 300, 199999999, -, MEDIUM",
      "F5211, 50, 5000000, -, MEDIUM",
      "F5211, 49, 5000000, -, SMALL",
      "F5211, 10, 1000000, -, SMALL",
      "F5211, 10, 999999, -, MICRO",
      "F5211, 9, 1000000, -, MICRO",
      // （十二）软件和信息技术服务业 (I65): large X≥300 且 Y≥10000万; medium X≥100 且 Y≥1000万; small X≥10 且 Y≥50万
      "I6510, 300, 100000000, -, LARGE",
      "I6510, 299, 100000000, -, MEDIUM",
      "I6510, 100, 10000000, -, MEDIUM",
      "I6510, 100, 9999999, -, SMALL",
      "I6510, 10, 500000, -, SMALL",
      "I6510, 10, 499999, -, MICRO",
      "I6510, 9, 500000, -, MICRO",
      // （十三）房地产开发经营 (K701): large Y≥200000万 且 Z≥10000万; medium Y≥1000万 且 Z≥5000万; small Y≥100万 且 Z≥2000万
      "K7010, -, 2000000000, 100000000, LARGE",
      "K7010, -, 2000000000, 99999999, MEDIUM",
      "K7010, -, 10000000, 50000000, MEDIUM",
      "K7010, -, 10000000, 49999999, SMALL",
      "K7010, -, 1000000, 20000000, SMALL",
      "K7010, -, 1000000, 19999999, MICRO",
      "K7010, -, 999999, 20000000, MICRO",
      // （十五）租赁和商务服务业 (L): X and Z; medium X≥100 且 Z≥8000万; small X≥10 且 Z≥100万; revenue not read
      "L7211, 300, -, 1200000000, LARGE",
      "L7211, 300, -, 1199999999, MEDIUM",
      "L7211, 100, -, 80000000, MEDIUM",
      "L7211, 99, -, 80000000, SMALL",
      "L7211, 10, -, 1000000, SMALL",
      "L7211, 10, -, 999999, MICRO",
      // （一）农、林、牧、渔业 (A): Y only; medium Y≥500万; small Y≥50万
      "A0111, -, 200000000, -, LARGE",
      "A0111, -, 199999999, -, MEDIUM",
      "A0111, -, 5000000, -, MEDIUM",
      "A0111, -, 4999999, -, SMALL",
      "A0111, -, 500000, -, SMALL",
      "A0111, -, 499999, -, MICRO",
      // （十六）其他未列明行业 (M): X only; large 300; medium 100; small 10
      "M7320, 300, -, -, LARGE",
      "M7320, 299, -, -, MEDIUM",
      "M7320, 100, -, -, MEDIUM",
      "M7320, 99, -, -, SMALL",
      "M7320, 10, -, -, SMALL",
      "M7320, 9, -, -, MICRO"})
  void test_size_eachBandEdge(String code, Integer employees, String revenue, String assets, EnterpriseSize size) {
    StringBuilder json = sizeRequestJson(code, employees, revenue, assets);
    SizeRequest request = HuiqiJson.read(json.toString(), SizeRequest.class);
    assertThat(SizeClassifier.DEFAULT.classify(SIZE, request)).isEqualTo(size);
    SizeResult explained = SizeClassifier.DEFAULT.explainClassify(SIZE, request);
    assertThat(explained.size()).contains(size);
    assertThat(explained.possibleSizes()).containsExactly(size);
    assertThat(explained.missingFacts()).isEmpty();
    JsonNode fromJson = tree(SizeClassifier.DEFAULT.explainClassifyJson(SIZE, json.toString()));
    assertThat(fromJson.at("/size").asText()).isEqualTo(size.name());
  }

  @ParameterizedTest(name = "{0} X={1} Y={2} Z={3} → {4}, missing {5}")
  @CsvSource(nullValues = "-", delimiter = ';', value = {
      // industrial revenue below 2000万 with the headcount unknown: medium fails on Y; small needs X≥20 → small/micro
      "C3484; -; 19999999; -; SMALL MICRO; /employees",
      // at 2000万 the headcount decides medium, small or micro; at 40000万 it could be large too
      "C3484; -; 20000000; -; MEDIUM SMALL MICRO; /employees",
      "C3484; -; 400000000; -; LARGE MEDIUM SMALL MICRO; /employees",
      // 19 employees: micro whatever the revenue ("或": one figure is enough)
      "C3484; 19; -; -; MICRO; -",
      // 1000 employees, revenue unknown: every class
      "C3484; 1000; -; -; LARGE MEDIUM SMALL MICRO; /revenue",
      // construction at 80000万 of revenue, assets unknown: every class
      "E4811; -; 800000000; -; LARGE MEDIUM SMALL MICRO; /totalAssets",
      // other industries read the headcount alone: the revenue not given decides nothing
      "M7320; 150; -; -; MEDIUM; -",
      // agriculture reads revenue alone: a headcount decides nothing
      "A0111; 5000; -; -; LARGE MEDIUM SMALL MICRO; /revenue"})
  void test_size_unknownFigures(String code, Integer employees, String revenue, String assets, String possible,
      String missing) {
    StringBuilder json = sizeRequestJson(code, employees, revenue, assets);
    SizeRequest request = HuiqiJson.read(json.toString(), SizeRequest.class);
    List<EnterpriseSize> sizes = new ArrayList<>();
    for (String s : possible.split(" ")) {
      sizes.add(EnterpriseSize.valueOf(s));
    }
    SizeResult explained = SizeClassifier.DEFAULT.explainClassify(SIZE, request);
    assertThat(explained.possibleSizes()).containsExactlyElementsOf(sizes);
    if (missing == null) {
      assertThat(explained.size()).contains(sizes.get(0));
      assertThat(SizeClassifier.DEFAULT.classify(SIZE, request)).isEqualTo(sizes.get(0));
    } else {
      assertThat(explained.size()).isEmpty();
      assertThat(explained.missingFacts()).containsExactly(missing);
      assertThatThrownBy(() -> SizeClassifier.DEFAULT.classify(SIZE, request))
          .isInstanceOf(MissingFactsException.class);
    }
  }

  /** An industrial firm of three years' figures, as the engine reads them. */
  private static final String YEARS = """
      {"registrationRegionCode": "440306", "industryCode": "C3484",
       "years": [
        {"year": 2021, "employees": 500, "revenue": {"amount": 50000000, "currency": "CNY"}},
        {"year": 2022, "employees": 120, "revenue": {"amount": 18000000, "currency": "CNY"}},
        {"year": 2023, "employees": 15, "revenue": {"amount": 2500000, "currency": "CNY"}}]}
      """;

  @Test
  void test_size_engine_thePriorFullYear() {
    // register §4.6 item 36: the prior full year's figures. 2022-12-31 reads 2021 (500, 5000万: medium);
    // 2023-06-30 reads 2022 (120, 1800万: Y < 2000万, X ≥ 20 and Y ≥ 300万: small); 2024-01-01 reads 2023
    // (15 < 20: micro). Each an SME: eligible, non-monetary, the class in the detail
    assertSizeDetail(engine(YEARS, "2022-12-31", SIZE_ID), "medium");
    assertSizeDetail(engine(YEARS, "2023-06-30", SIZE_ID), "small");
    assertSizeDetail(engine(YEARS, "2024-01-01", SIZE_ID), "micro");
    // 2025-03-01 reads 2024, not in the profile: undetermined, naming /years
    MeasureOutcome none = engine(YEARS, "2025-03-01", SIZE_ID);
    assertThat(none.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(none.missingFacts()).containsExactly("/years");
  }

  private static void assertSizeDetail(MeasureOutcome outcome, String size) {
    assertAmount(outcome, Verdict.ELIGIBLE, "0", "0");
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH).toLowerCase(Locale.ROOT)).contains(size);
  }

  @Test
  void test_size_engine_largeIsIneligible_openHeadcountStillAnSme() {
    // 2022: 1000 employees and 40000万: both large bounds met → large, not an SME: ineligible
    String large = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\", \"years\": [{\"year\": 2022,"
        + " \"employees\": 1000, \"revenue\": {\"amount\": 400000000, \"currency\": \"CNY\"}}]}";
    assertAmount(engine(large, "2023-06-30", SIZE_ID), Verdict.INELIGIBLE, "0", "0");
    // a fen below 40000万: medium, an SME
    String medium = large.replace("400000000", "399999999.99");
    assertSizeDetail(engine(medium, "2023-06-30", SIZE_ID), "medium");
    // register §4.6 item 42: 1800万 with the headcount not given is small or micro, an SME either way: eligible,
    // the detail naming both classes, the headcount still named
    String open = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\", \"years\": [{\"year\": 2022,"
        + " \"revenue\": {\"amount\": 18000000, \"currency\": \"CNY\"}}]}";
    MeasureOutcome outcome = engine(open, "2023-06-30", SIZE_ID);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.missingFacts()).containsExactly("/years/0/employees");
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH)).contains("small").contains("micro");
    // at 40000万 with the headcount not given the firm may be large: undetermined
    MeasureOutcome maybeLarge = engine(open.replace("18000000", "400000000"), "2023-06-30", SIZE_ID);
    assertThat(maybeLarge.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(maybeLarge.missingFacts()).containsExactly("/years/0/employees");
  }

  /** A firm with one government-guaranteed 2023 loan, for the 小微企业 guarantee-fee reduction. */
  private static String reductionProfile(String year2022) {
    return """
        {"registrationRegionCode": "440306", "industryCode": "C3484",
         "years": [%s],
         "loans": [{"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"},
           "drawdownDate": "2023-03-01", "maturityDate": "2024-03-01", "annualInterestRate": "3.65%%",
           "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
                         "standardFeeRate": "2%%", "feeRate": "1%%"}}]}
        """.formatted(year2022);
  }

  @Test
  void test_size_feedsTheSmallMicroMeasure_oneEmployeeDecides() {
    // 深工信〔2023〕26号 第6条: "政府性融资担保机构针对小微企业的担保费率最高减免40%、且不高于1%"; register §4.3
    // item 18: min(2% × 60%, 1%) = 1%; the guarantor charges 1%: 1,000,000 × (2% − 1%) × 12/12 = 10,000.00 saved.
    // 2022 at 299 employees and 2000万: medium needs 300 → small, a 小微企业: 10,000.00
    String small = "{\"year\": 2022, \"employees\": 299, \"revenue\": {\"amount\": 20000000, \"currency\": \"CNY\"}}";
    MeasureOutcome smallOutcome = engine(reductionProfile(small), "2023-06-30", REDUCTION_ID);
    assertAmount(smallOutcome, Verdict.ELIGIBLE, "10000.00", "10000.00");
    assertThat(smallOutcome.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    // one more employee: 300 and 2000万 meet the medium column: not 小微, nothing
    MeasureOutcome mediumOutcome = engine(reductionProfile(small.replace("299", "300")), "2023-06-30",
        REDUCTION_ID);
    assertAmount(mediumOutcome, Verdict.INELIGIBLE, "0", "0");
    // register §0.4: 1800万 with the headcount not given is small or micro; both give 10,000.00, so that is the
    // outcome, naming nothing
    String open = "{\"year\": 2022, \"revenue\": {\"amount\": 18000000, \"currency\": \"CNY\"}}";
    MeasureOutcome openOutcome = engine(reductionProfile(open), "2023-06-30", REDUCTION_ID);
    assertAmount(openOutcome, Verdict.ELIGIBLE, "10000.00", "10000.00");
    assertThat(openOutcome.missingFacts()).isEmpty();
    // 2000万 with the headcount not given: medium (nothing), small or micro (10,000.00): the outcome is open from
    // zero and names both facts that decide it, the headcount and the stated size (a size the firm states is read by
    // every measure, SizeProfileStep); each decides half the width: 10,000.00 ÷ 2 = 5,000.00, ranked by pointer at
    // equal amounts, so that the two add up to the total's 10,000.00 width (next questions, register §0.6)
    String wide = "{\"year\": 2022, \"revenue\": {\"amount\": 20000000, \"currency\": \"CNY\"}}";
    EntitlementReport report = engineReport(reductionProfile(wide), "2023-06-30", REDUCTION_ID);
    MeasureOutcome wideOutcome = report.outcome(MeasureId.of(REDUCTION_ID)).orElseThrow();
    assertAmount(wideOutcome, Verdict.UNDETERMINED, "0", "10000.00");
    assertThat(wideOutcome.missingFacts()).containsExactlyInAnyOrder("/size", "/years/0/employees");
    assertThat(report.nextQuestions()).extracting(q -> q.fact()).containsExactly("/size", "/years/0/employees");
    assertThat(report.nextQuestions()).allSatisfy(q -> assertThat(yuan(q.amountDecided()))
        .isEqualByComparingTo("5000.00"));
    assertThat(yuan(report.totals().inReach().minimum())).isEqualByComparingTo("0");
    assertThat(yuan(report.totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("10000.00");
  }
}
