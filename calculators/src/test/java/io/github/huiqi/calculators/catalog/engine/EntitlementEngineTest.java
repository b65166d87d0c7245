package io.github.huiqi.calculators.catalog.engine;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine on the Shenzhen sample, worked by hand from the clauses; on a bare profile; across regions, windows and
 * the stacking options.
 * <p>
 * The sample (EntitlementSamples): a small manufacturer of 宝安区 (440306), C3484, an enrolled 科技型中小企业 and
 * first-time borrower; loan A 3,000,000 drawn 2023-02-10 to 2024-02-10, the first drawdown of its first contract;
 * loan B 2,000,000 drawn 2023-03-01 to 2024-03-01; both guaranteed by a Shenzhen government guarantor at 1% (its
 * standard rate 2%), fees 30,000 and 20,000 paid; interest 4,000.00 and 18,400.00 paid on B; 2023 taxable income
 * 3,400,000 before R&amp;D of 1,000,000 expensed; employees 110–122 and assets 28–32 million through the quarters; a
 * general VAT taxpayer; renovation projects not given.
 */
class EntitlementEngineTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);
  private static final LocalDate EARLY_2024 = LocalDate.of(2024, 1, 15);

  private static MeasureOutcome outcome(EntitlementReport report, TypedMeasureId<?> id) {
    return report.outcome(id.id()).orElseThrow();
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_sample_eachMeasureWorkedByHand() {
    EntitlementReport report = ENGINE.evaluate(CatalogProfiles.sample(), MID_2023);
    assertThat(report.complete()).isTrue();
    assertThat(report.outcomes()).hasSize(49);

    // 深工信〔2023〕26号 第5条, 2% a year for at most 6 months: loan A 2023-02-10 → 2023-08-10, 18+31+30+31+30+31+10
    // = 181 days; 3,000,000 × 2% × 181/360 = 30,166.666… → 30,166.67 (ACT/360, half-up). Loan B is not the first
    // drawdown of the first contract.
    MeasureOutcome firstLoan = outcome(report, FirstLoanMeasure.SHENZHEN_2023);
    assertThat(firstLoan.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(firstLoan.amount()).isEqualTo(exactly("30166.67"));
    assertThat(firstLoan.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);

    // 第13条 with the 2020 办法 第十四条: a first-time borrower's 70% + 30 points for 2023 interest = 100%, capped at
    // 80%; (4,000.00 + 18,400.00) × 80% = 17,920.00. Guarantee fees (贴保) 50%: (30,000 + 20,000) × 50% = 25,000.00.
    // 17,920.00 + 25,000.00 = 42,920.00, under the 1,000,000 a year. Loan A earns no tech-SME interest (none paid on
    // it), so one subsidy per loan changes nothing.
    MeasureOutcome techSme = outcome(report, TechSmeMeasure.SHENZHEN_2023);
    assertThat(techSme.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(techSme.amount()).isEqualTo(exactly("42920.00"));

    // 第6条: a small firm's government guarantee fee cut by up to 40% and at most 1%: 2% × 60% = 1.2% > 1%, so 1%.
    // Fee saved against the standard 2% over each guarantee, on the measure's fee basis 年费率 × 期限(月) ÷ 12 (whole
    // months ÷ 12 plus odd days ÷ 360, domain reference §4.3 item 21): A 2023-02-10 → 2024-02-10 and B 2023-03-01 →
    // 2024-03-01 are 12 whole months each (365 and 366 days alike). A: 3,000,000 × 2% × 12/12 = 60,000.00 less
    // 3,000,000 × 1% × 12/12 = 30,000.00 saves 30,000.00; B: 2,000,000 × 2% × 12/12 = 40,000.00 less
    // 2,000,000 × 1% × 12/12 = 20,000.00 saves 20,000.00; together 50,000.00.
    MeasureOutcome fee = outcome(report, GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    assertThat(fee.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(fee.amount()).isEqualTo(exactly("50000.00"));
    assertThat(fee.amountKind()).isEqualTo(AmountKind.FEE_SAVED);

    // 第1条 (2023年第6号 / 2022年第13号 restated): the R&D super deduction first, 100% of 1,000,000 in 2023, so
    // taxable income 3,400,000 − 1,000,000 = 2,400,000 ≤ 3,000,000, with at most 300 employees and 50 million of
    // assets on the quarterly averages: 小型微利企业. Its tax 2,400,000 × 25% × 20% = 120,000 against 25% × 2,400,000
    // = 600,000: 480,000.00 saved. The deduction itself saves 25% × 1,000,000 = 250,000.00 (850,000 − 600,000).
    MeasureOutcome slpe = outcome(report, SmallLowProfitMeasure.SHENZHEN_2023);
    assertThat(slpe.amount()).isEqualTo(exactly("480000.00"));
    assertThat(slpe.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
    assertThat(outcome(report, RdMeasure.SHENZHEN_2023).amount()).isEqualTo(exactly("250000.00"));

    // a general VAT taxpayer: the small-scale relief does not apply
    assertThat(outcome(report, VatMeasure.SHENZHEN_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // no non-performing loan; no loan due in 2022-Q4; not 专精特新
    assertThat(outcome(report, RiskPoolMeasure.SHENZHEN_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(report, DeferralMeasure.SHENZHEN_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    MeasureOutcome draft = outcome(report, GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    assertThat(draft.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(draft.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    // the small/micro guarantee-fee subsidy of a year pays on the year before's loans: none in 2022
    assertThat(outcome(report, GuaranteeFeeSubsidyMeasure.SHENZHEN_2021).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // the Shanghai measures are for Shanghai enterprises
    for (TypedMeasureId<?> shanghai : List.of(FirstLoanGuaranteedMeasure.SHANGHAI_2023,
        GuaranteeFeeAverageMeasure.SHANGHAI_2023)) {
      assertThat(outcome(report, shanghai).verdict()).isEqualTo(Verdict.INELIGIBLE);
    }
    // renovation projects not given: undetermined, nothing caps the number of projects
    for (TypedMeasureId<?> renovation : List.of(RenovationGrantMeasure.SHENZHEN_2022,
        RenovationInterestMeasure.SHENZHEN_2022)) {
      MeasureOutcome open = outcome(report, renovation);
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(open.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
      assertThat(open.missingFacts()).containsExactly("/renovationProjects");
    }
    // 工信部联企业〔2011〕300号: the sample has no 2022 figures (the prior full year), so its stated size SMALL stands:
    // a small enterprise is an SME under the standard; a classification is worth no money
    MeasureOutcome size = outcome(report, SizeStandard.MIIT_2011);
    assertThat(size.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(size.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(size.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(size.detail().orElseThrow().zh()).startsWith("小型企业");
  }

  @Test
  void test_sample_totalsAndFirstQuestion() {
    EntitlementReport report = ENGINE.evaluate(CatalogProfiles.sample(), MID_2023);
    // in reach: 30,166.67 + 42,920.00 + 50,000.00 + 480,000.00 + 250,000.00 = 853,086.67, with no upper bound while
    // the renovation projects are unknown
    assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.atLeast(Cny.of("853086.67")));
    assertThat(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM))
        .isEqualTo(OutcomeAmount.atLeast(Cny.of("73086.67")));
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED)).isEqualTo(exactly("730000.00"));
    // the fee saved above: 30,000.00 + 20,000.00 = 50,000.00
    assertThat(report.totals().byKind().get(AmountKind.FEE_SAVED)).isEqualTo(exactly("50000.00"));
    assertThat(report.nextQuestions()).filteredOn(question -> question.fact().equals("/renovationProjects"))
        .singleElement().satisfies(question -> {
          assertThat(question.unboundedMeasures()).isEqualTo(2);
          assertThat(question.amountDecided()).isEqualTo(Cny.of("0.00"));
        });
    // the 小升规 reward (小升规方案 第四条, 最高20万元) hangs on the firm's 规上 status, not given for 2023, and, were
    // 2023 its first entry, on the years around it (2022 out, 2024 in with growth), not in the profile: 200,000.00
    // shared by /years/0/aboveScale and /years, 100,000.00 each (decisions register §4.6 item 70); /years, also
    // needed by the cultivation pool (no money, the 2022 figures), comes first at the same amount (two measures)
    assertThat(report.nextQuestions()).extracting(question -> question.fact())
        .containsExactly("/years", "/years/0/aboveScale", "/renovationProjects");
    assertThat(report.firstQuestion().orElseThrow().amountDecided()).isEqualTo(Cny.of("100000.00"));
  }

  @Test
  void test_sample_explained_agreesWithPlainAndCites() {
    EntitlementReport plain = ENGINE.evaluate(CatalogProfiles.sample(), MID_2023);
    EntitlementReport explained = ENGINE.explain(CatalogProfiles.sample(), MID_2023);
    assertThat(explained.totals()).isEqualTo(plain.totals());
    assertThat(explained.nextQuestions()).isEqualTo(plain.nextQuestions());
    MeasureOutcome firstLoan = outcome(explained, FirstLoanMeasure.SHENZHEN_2023);
    assertThat(firstLoan.reasons()).extracting(Reason::code).contains("first-time-borrower");
    assertThat(firstLoan.explanation().steps()).isNotEmpty();
    assertThat(firstLoan.clauseLabel()).isEqualTo("深工信〔2023〕26号 第5条");
    assertThat(firstLoan.responsibleDepartments()).extracting(text -> text.zh()).containsExactly("市中小企业服务局",
        "市地方金融监管局", "人民银行深圳市中心支行", "深圳银保监局");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_bareProfile_rangesAndARankedQuestionList() {
    EnterpriseProfile bare = CatalogProfiles.bare();
    EntitlementReport report = ENGINE.evaluate(bare, MID_2023);
    assertThat(report.complete()).isTrue();
    // 首贷 "单户企业贴息金额最高20万元": up to 200,000 until the loans and the firm's credit facts are known
    MeasureOutcome firstLoan = outcome(report, FirstLoanMeasure.SHENZHEN_2023);
    assertThat(firstLoan.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(firstLoan.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(firstLoan.missingFacts()).containsExactly("/independentLegalPerson", "/firstTimeBorrower",
        "/onSeriousDishonestyList", "/loans");
    // tech-SME: up to the 1,000,000 a year of the 2020 办法
    assertThat(outcome(report, TechSmeMeasure.SHENZHEN_2023).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("1000000")));
    // the small/micro fee subsidy: up to 300,000 a year
    assertThat(outcome(report, GuaranteeFeeSubsidyMeasure.SHENZHEN_2021).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("300000")));
    assertThat(report.totals().inReach().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(report.totals().inReach().isBounded()).isFalse();
    // /grantEvents decides the whole of four Shenzhen awards, each its only fact, and a share of the 专精特新 awards.
    // Two have no upper bound while the events are not known, any number of which may each earn (decisions register
    // §4.6 item 60): 创客中国 "最高给予30万元" per winning project (26号 第16条) and the 专精特新 awards, whose municipal
    // tier pays on each recognition event (2021 reply letter 一). The digital platforms' "每年…不超过1000万元" (第17条)
    // pays once a year within its 2023 window: 10,000,000; the demonstration platform's "最高50万元" is one-off (二):
    // 500,000. So 10,500,000.00, the most any fact decides: the first question
    NextQuestion events = report.firstQuestion().orElseThrow();
    assertThat(events.fact()).isEqualTo("/grantEvents");
    assertThat(events.amountDecided()).isEqualTo(Cny.of("10500000.00"));
    assertThat(events.unboundedMeasures()).isEqualTo(2);
    // the fee subsidy's 300,000 is decided by the loans and by the size class alike (a medium or large firm is out
    // whatever its loans), and the size by the years' figures (300号, which the engine reads): 100,000 each of
    // /loans, /size and /years. /years decides that share, the whole 小升规 reward ("最高20万元", its only fact) and
    // the whole 小型微利企业 relief, at most its relief at the 3,000,000 limit in 2022 (1,000,000 × 22.5% + 2,000,000
    // × 20% = 625,000): 925,000.00, and three ranges with no upper bound (VAT, the fee reduction, R&D)
    NextQuestion years = report.nextQuestions().get(1);
    assertThat(years.fact()).isEqualTo("/years");
    assertThat(years.amountDecided()).isEqualTo(Cny.of("925000.00"));
    assertThat(years.unboundedMeasures()).isEqualTo(3);
    // /loans decides its share of the first-loan range (200,000 over its 4 facts = 50,000) and of the fee subsidy
    // (100,000): 150,000.00, and the fee reduction, which has no upper bound
    NextQuestion loans = report.nextQuestions().stream().filter(q -> q.fact().equals("/loans")).findFirst()
        .orElseThrow();
    assertThat(loans.amountDecided()).isEqualTo(Cny.of("150000.00"));
    assertThat(loans.unboundedMeasures()).isEqualTo(1);
    // then the tech-SME facts: 1,000,000 over its 5 missing facts = 200,000.00 each
    assertThat(report.nextQuestions().get(2).amountDecided()).isEqualTo(Cny.of("200000.00"));
    assertThat(report.nextQuestions()).extracting(NextQuestion::fact).contains("/years", "/renovationProjects",
        "/techSme", "/smallScaleTaxpayer");
  }

  @Test
  void test_emptyProfile_aFactsAmountDecidedIsItsExactSharesRoundedOnce() {
    // A profile with only two credit facts, two measures. The tech-SME subsidy (深工信〔2023〕26号 第13条, "每年最高100万
    // 元") is open by 1,000,000 over its 6 missing facts, the first-loan subsidy (第5条, "单户企业贴息金额最高20万元", a
    // cap the loans' interest decides within) by 200,000 over its 3 (/registrationRegionCode, /firstTimeBorrower,
    // /loans); /registrationRegionCode is in both: 1,000,000 ÷ 6 + 200,000 ÷ 3 = 166,666.666… + 66,666.666… =
    // 233,333.333…, half-up to the fen 233,333.33 (each share rounded first, 166,666.67 + 66,666.67, gave 233,333.34)
    List<MeasureId> both = List.of(TechSmeMeasure.SHENZHEN_2023.id(), FirstLoanMeasure.SHENZHEN_2023.id());
    EnterpriseProfile credit = EnterpriseProfile.builder().independentLegalPerson(true).onSeriousDishonestyList(false)
        .build();
    EntitlementReport report = ENGINE.evaluate(EntitlementRequest.of(credit, MID_2023).withMeasures(both));
    assertThat(outcome(report, TechSmeMeasure.SHENZHEN_2023).missingFacts()).hasSize(6)
        .contains("/registrationRegionCode");
    assertThat(outcome(report, FirstLoanMeasure.SHENZHEN_2023).missingFacts()).hasSize(3)
        .contains("/registrationRegionCode");
    NextQuestion region = report.firstQuestion().orElseThrow();
    assertThat(region.fact()).isEqualTo("/registrationRegionCode");
    assertThat(region.amountDecided()).isEqualTo(Cny.of("233333.33"));
    // a fact of one measure only: 1,000,000 ÷ 6 = 166,666.67 and 200,000 ÷ 3 = 66,666.67
    assertThat(report.nextQuestions()).filteredOn(question -> question.fact().equals("/techSme"))
        .singleElement().extracting(NextQuestion::amountDecided).isEqualTo(Cny.of("166666.67"));
    assertThat(report.nextQuestions()).filteredOn(question -> question.fact().equals("/loans"))
        .singleElement().extracting(NextQuestion::amountDecided).isEqualTo(Cny.of("66666.67"));
  }

  @Test
  void test_ceilingTheAuthorityFixes_isStillCreditedToTheFactsThatOpenIt() {
    // An empty profile, the tech-SME subsidy (1,000,000 over its 6 facts) and the 小升规 reward (小升规方案 第四条,
    // "最高20万元": 0 – 200,000 over /registrationRegionCode, /industryCode, /years). The authority fixes the reward's
    // figure within the ceiling (widthFixedByAuthority 200,000: a "yes" to every fact leaves 0 – 200,000 open), but a
    // "no" to any of them closes the whole range, so the facts are still credited with it (decisions register §4.4
    // item 29): /years and /industryCode 200,000 ÷ 3 = 66,666.67 each, not 0.00
    List<MeasureId> both = List.of(TechSmeMeasure.SHENZHEN_2023.id(), ScaleUpRewardMeasure.SHENZHEN_2022.id());
    EntitlementReport report = ENGINE.evaluate(EntitlementRequest.of(EnterpriseProfile.builder().build(), MID_2023)
        .withMeasures(both));
    MeasureOutcome reward = outcome(report, ScaleUpRewardMeasure.SHENZHEN_2022);
    assertThat(reward.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(reward.widthFixedByAuthority()).contains(Cny.of("200000"));
    assertThat(report.nextQuestions()).filteredOn(question -> question.fact().equals("/years"))
        .singleElement().extracting(NextQuestion::amountDecided).isEqualTo(Cny.of("66666.67"));
    assertThat(report.nextQuestions()).filteredOn(question -> question.fact().equals("/industryCode"))
        .singleElement().extracting(NextQuestion::amountDecided).isEqualTo(Cny.of("66666.67"));
    // the region is in both: 1,000,000 ÷ 6 + 200,000 ÷ 3 = 233,333.333… → 233,333.33, asked first
    assertThat(report.firstQuestion().orElseThrow().fact()).isEqualTo("/registrationRegionCode");
    assertThat(report.firstQuestion().orElseThrow().amountDecided()).isEqualTo(Cny.of("233333.33"));
  }

  @Test
  void test_regionUnknown_localMeasuresAskForIt() {
    EnterpriseProfile noRegion = EnterpriseProfile.builder().from(CatalogProfiles.sample())
        .registrationRegionCode(Optional.empty()).build();
    EntitlementReport report = ENGINE.evaluate(noRegion, MID_2023);
    MeasureOutcome fee = outcome(report, GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    assertThat(fee.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(fee.missingFacts()).startsWith("/registrationRegionCode");
    // up to the 50,000.00 the sample's two guarantees save when the firm is a Shenzhen one (worked above)
    assertThat(fee.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("50000.00")));
    // the national tax reliefs the document restates apply anywhere
    assertThat(outcome(report, SmallLowProfitMeasure.SHENZHEN_2023).amount()).isEqualTo(exactly("480000.00"));
  }

  @Test
  void test_shanghaiFirm_shenzhenMeasuresIneligibleByRegion() {
    EnterpriseProfile shanghai = EnterpriseProfile.builder().from(CatalogProfiles.sample())
        .registrationRegionCode("310115").build();
    EntitlementReport report = ENGINE.explain(shanghai, MID_2023);
    MeasureOutcome fee = outcome(report, GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    assertThat(fee.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(fee.reasons()).extracting(Reason::code).containsExactly("not-enterprise-in-region");
    // the region condition alone, not met (310115 is in Shanghai, not Shenzhen 4403); the fee reduction does not run
    assertOutcomes(fee.explanation(), NOT_MET);
    // the national 小型微利企业 relief is the Shanghai restatement's for a Shanghai firm (沪企服办〔2023〕1号 第二十二条,
    // RestatedReliefRule): the Shenzhen one is not the firm's, the Shanghai one eligible
    assertThat(outcome(report, SmallLowProfitMeasure.SHENZHEN_2023).verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome(report, SmallLowProfitMeasure.SHANGHAI_2023).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_windows_aClosedMeasureSaysSoAndLeavesTheTotal() {
    EntitlementReport report = ENGINE.evaluate(CatalogProfiles.sample(), EARLY_2024);
    MeasureOutcome firstLoan = outcome(report, FirstLoanMeasure.SHENZHEN_2023);
    // the 2023 first-loan measure's parameters are valid 2023-01-01..2023-12-31: closed on 2024-01-15
    assertThat(firstLoan.windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(firstLoan.amount()).isEqualTo(exactly("30166.67"));
    assertThat(firstLoan.countedInTotal()).isFalse();
    assertThat(outcome(report, TechSmeMeasure.SHENZHEN_2023).windowStatus()).isEqualTo(WindowStatus.OPEN);
    EntitlementReport before = ENGINE.evaluate(CatalogProfiles.sample(), LocalDate.of(2022, 12, 31));
    assertThat(outcome(before, FirstLoanMeasure.SHENZHEN_2023).windowStatus())
        .isEqualTo(WindowStatus.NOT_YET_OPEN);
  }

  @Test
  void test_unsettledStacking_countBothByDefault_countHigherAsAnOption() {
    // on 2024-01-15 the small/micro fee subsidy pays on 2023's loans: 30% × (30,000 + 20,000) = 15,000.00; the
    // tech-SME 贴保 also subsidises those fees and no source says whether both may be drawn
    EntitlementReport both = ENGINE.evaluate(CatalogProfiles.sample(), EARLY_2024);
    MeasureOutcome subsidy = outcome(both, GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    assertThat(subsidy.amount()).isEqualTo(exactly("15000.00"));
    assertThat(subsidy.countedInTotal()).isTrue();
    assertThat(subsidy.notes()).extracting(Reason::code).contains("unsettled-stacking");
    // 42,920.00 + 15,000.00 + 480,000.00 + 250,000.00 (first-loan and fee-reduction windows closed)
    assertThat(both.totals().inReach().minimum()).isEqualTo(Cny.of("787920.00"));

    EntitlementReport higher = ENGINE.withOptions(EngineOptions.DEFAULTS
        .withUnsettledStacking(EngineOptions.UnsettledStacking.COUNT_HIGHER)).evaluate(CatalogProfiles.sample(),
        EARLY_2024);
    assertThat(outcome(higher, GuaranteeFeeSubsidyMeasure.SHENZHEN_2021).countedInTotal()).isFalse();
    assertThat(outcome(higher, TechSmeMeasure.SHENZHEN_2023).countedInTotal()).isTrue();
    assertThat(higher.totals().inReach().minimum()).isEqualTo(Cny.of("772920.00"));
  }

  @Test
  void test_withOptions_theEnginesOwn_isTheEngineItself_otherOptions_aNewEngine() {
    // a request with the engine's own options (every request with the defaults, to the default engine) is evaluated
    // by the engine itself, which keeps its outcomes of the measures an enterprise is registered outside of
    assertThat(ENGINE.withOptions(EngineOptions.DEFAULTS)).isSameAs(ENGINE);
    EngineOptions higher = EngineOptions.DEFAULTS.withUnsettledStacking(EngineOptions.UnsettledStacking.COUNT_HIGHER);
    EntitlementEngine other = ENGINE.withOptions(higher);
    assertThat(other).isNotSameAs(ENGINE);
    assertThat(other.options()).isEqualTo(higher);
    assertThat(other.withOptions(higher)).isSameAs(other);
    assertThat(other.withOptions(EngineOptions.DEFAULTS).options()).isEqualTo(EngineOptions.DEFAULTS);
    assertThatThrownBy(() -> ENGINE.withOptions(null)).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("options"));
  }

  @Test
  void test_oneMeasureAsked_getsTheOutcomeOfTheWholeRun_everyMeasure() {
    // the measures a stacking rule pairs an asked one with are evaluated for the rule only: each measure asked alone
    // gets the outcome the whole catalogue's run gives it, for the sample, a bare profile and a Shanghai firm, in
    // 2023 and in 2024 (the first loan and the tech-SME subsidy stacked; the restated tax reliefs counted once)
    EnterpriseProfile shanghai = EnterpriseProfile.builder().from(CatalogProfiles.sample())
        .registrationRegionCode("310115").build();
    for (EnterpriseProfile profile : List.of(CatalogProfiles.sample(), CatalogProfiles.bare(), shanghai)) {
      for (LocalDate asOf : List.of(MID_2023, EARLY_2024)) {
        EntitlementReport whole = ENGINE.evaluate(profile, asOf);
        for (MeasureOutcome expected : whole.outcomes()) {
          EntitlementReport alone = ENGINE.evaluate(EntitlementRequest.of(profile, asOf)
              .withMeasures(List.of(expected.measure())));
          assertThat(alone.outcomes()).as(expected.measure() + " " + asOf).containsExactly(expected);
        }
      }
    }
  }

  @Test
  void test_theEdgesOfTheEvaluationDates_everyMeasureAnswers() {
    // 1990-01-01 and 2100-12-31 are accepted dates: every measure answers, none is a failure (the small/micro fee
    // subsidy, which counts the loans of the year before, refused any date before 2001)
    for (LocalDate edge : List.of(EntitlementRequest.EARLIEST, EntitlementRequest.LATEST)) {
      for (EnterpriseProfile profile : List.of(CatalogProfiles.sample(), CatalogProfiles.bare())) {
        EntitlementReport report = ENGINE.evaluate(profile, edge);
        assertThat(report.failures()).as(edge.toString()).isEmpty();
        assertThat(report.complete()).isTrue();
      }
    }
    // on 1990-01-01 every measure is not yet in force: nothing in reach
    assertThat(ENGINE.evaluate(CatalogProfiles.sample(), EntitlementRequest.EARLIEST).totals().inReach())
        .isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_oneSubsidyPerLoan_aClosedFirstLoanSubsidyTakesNoLoanFromTheTechSmeSubsidy() {
    // The sample with 10,000.00 of interest paid on loan A too (accrued 2023-02-10 → 2023-08-10, all in 2023: 80%
    // under 第13条, 8,000.00). On 2023-06-30 both subsidies are open: loan A takes the larger, the first-loan
    // subsidy's 30,166.67 (第5条, 3,000,000 × 2% × 181/360), and the tech-SME subsidy keeps 42,920.00 (80% × 22,400
    // on loan B + 50% × 50,000 of fees). On 2024-01-15 the 2023 first-loan subsidy is closed and out of the total:
    // the firm can only draw the tech-SME subsidy on loan A, 42,920.00 + 8,000.00 = 50,920.00.
    EnterpriseProfile sample = CatalogProfiles.sample();
    List<InterestPayment> interest = new ArrayList<>(sample.interestPayments().orElseThrow());
    interest.add(new InterestPayment("I-3", "SZ-2023-000123", LocalDate.of(2023, 2, 10), LocalDate.of(2023, 8, 10),
        LocalDate.of(2023, 8, 10), Cny.of("10000.00")));
    EnterpriseProfile profile = new EnterpriseProfile.Builder().from(sample).interestPayments(interest).build();
    List<MeasureId> both = List.of(FirstLoanMeasure.SHENZHEN_2023.id(), TechSmeMeasure.SHENZHEN_2023.id());

    EntitlementReport open = ENGINE.evaluate(EntitlementRequest.of(profile, MID_2023).withMeasures(both));
    assertThat(outcome(open, FirstLoanMeasure.SHENZHEN_2023).amount()).isEqualTo(exactly("30166.67"));
    assertThat(outcome(open, TechSmeMeasure.SHENZHEN_2023).amount()).isEqualTo(exactly("42920.00"));
    assertThat(open.totals().inReach()).isEqualTo(exactly("73086.67"));

    EntitlementReport closed = ENGINE.evaluate(EntitlementRequest.of(profile, EARLY_2024).withMeasures(both));
    assertThat(outcome(closed, FirstLoanMeasure.SHENZHEN_2023).countedInTotal()).isFalse();
    assertThat(outcome(closed, TechSmeMeasure.SHENZHEN_2023).amount()).isEqualTo(exactly("50920.00"));
    assertThat(closed.totals().inReach()).isEqualTo(exactly("50920.00"));
  }

  @Test
  void test_unsettledStacking_countHigher_anOutcomeOutOfTheTotalSetsNothingAside() {
    // On 2019-06-30 the tech-SME 贴息贴保 (2020 办法, window from 2020-02-28) is not yet open, so it is not counted;
    // the small/micro fee subsidy (2021 reply letter 二, 2017 guide 资助标准) pays on the 2018 loan:
    // 30% × 30,000 = 9,000.00 (fee rate 1.5% ≤ 50% × 4.35%, 2,000,000 ≤ 3,000,000). COUNT_HIGHER keeps the higher
    // of two amounts that could both be drawn; a measure not yet in force cannot be drawn, so the 9,000.00 stays.
    String request = """
        {"asOf": "2019-06-30", "options": {"unsettledStacking": "COUNT_HIGHER"},
         "measures": ["sz-gxj-2023-26.tech-sme-interest-subsidy",
                      "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy"],
         "profile": {"registrationRegionCode": "440306", "industryCode": "C3484", "size": "SMALL",
          "techSme": {"held": true, "since": "2017-05-10"},
          "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
          "loans": [{"loanId": "L1", "principal": {"amount": 2000000, "currency": "CNY"},
            "drawdownDate": "2018-03-01", "maturityDate": "2019-03-01", "annualInterestRate": "4.35%",
            "lenderRegionCode": "440300", "vehicleOrRealEstatePurchase": false,
            "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
              "standardFeeRate": "2%", "feeRate": "1.5%", "feePaid": {"amount": 30000, "currency": "CNY"}}}],
          "interestPayments": [{"paymentId": "I-1", "loanId": "L1", "accrualStart": "2018-03-01",
            "accrualEnd": "2019-03-01", "paymentDate": "2019-03-01",
            "interestPaid": {"amount": 87000.00, "currency": "CNY"}}],
          "guaranteeFeePayments": [{"paymentId": "G-1", "paymentDate": "2018-03-01",
            "amountPaid": {"amount": 30000, "currency": "CNY"}}],
          "insurancePremiumPayments": []}}
        """;
    EntitlementReport report = ENGINE.evaluate(HuiqiJson.read(request, EntitlementRequest.class));
    MeasureOutcome tech = outcome(report, TechSmeMeasure.SHENZHEN_2023);
    assertThat(tech.windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
    assertThat(tech.countedInTotal()).isFalse();
    MeasureOutcome subsidy = outcome(report, GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    assertThat(subsidy.amount()).isEqualTo(exactly("9000.00"));
    assertThat(subsidy.countedInTotal()).isTrue();
    assertThat(subsidy.notes()).extracting(Reason::code).doesNotContain("unsettled-stacking");
    assertThat(report.totals().inReach()).isEqualTo(exactly("9000.00"));
  }

  @Test
  void test_json_entryPoint_roundTripsAndMatchesJava() {
    String json = ENGINE.evaluateJson(EntitlementSamples.shenzhenManufacturer2023Json());
    EntitlementReport fromJson = HuiqiJson.read(json, EntitlementReport.class);
    assertThat(fromJson).isEqualTo(ENGINE.evaluate(CatalogProfiles.sample(), MID_2023));
    String limited = ENGINE.evaluateJson("{\"profile\": {\"registrationRegionCode\": \"440306\"}, \"asOf\": "
        + "\"2023-06-30\", \"measures\": [\"sz-gxj-2023-26.loan-deferral\"], "
        + "\"options\": {\"interestSubsidyPrecedence\": "
        + "\"LARGER\"}}");
    EntitlementReport one = HuiqiJson.read(limited, EntitlementReport.class);
    assertThat(one.outcomes()).hasSize(1);
    assertThat(one.options().interestSubsidyPrecedence()).isEqualTo(StackingPrecedence.LARGER);
  }
}
