package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.BlindAuditEngine.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.financing.BlindAuditEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A blind, hand-worked audit of the risk-compensation pool (深工信〔2023〕26号 第5条: "市中小微企业银行贷款风险补偿资金池对
 * 各商业银行在2023年1月1日至3月31日新增贷款（展期视同新增）的风险损失补偿比例提高30个百分点，补偿比例最高为80%"), each case
 * run through the typed calculator (plain and explained), the batch as JSON, the book path and, for profiles, the
 * entitlement engine typed and {@code evaluateJson}.
 * <p>
 * The figures, worked from the clause and the register's readings: the base is the 2019 细则's "总体按30%" for every
 * category (register §4.2 item 11); +30 points for a loan granted, or extended (展期视同新增, §4.2 item 15), on
 * 2023-01-01..2023-03-31 or, the precedent, 2022-03-01..2022-06-30 (惠企纾困"30条"); at most 80%; the loss the
 * principal outstanding at first non-performing classification (§4.2 item 12); half-up to the fen, never above 80% of
 * the loss (§4.5 item 35); a recovery returns recovery × ratio, never more than the compensation (§4.2 item 13); a
 * loss classified before 2019-01-01 is not the pool's (§4.6 item 65). No source sets a per-loan or per-bank limit
 * (domain §4.2 item 17), so a bank's claims add.
 */
class RiskPoolBlindAuditTest {

  private static final String POOL = RiskPoolMeasure.SHENZHEN_2023.id().toString();
  private static final String OUT = "123456.79";

  private static RiskPoolClaim.Builder claim(String id, LocalDate granted, String outstanding) {
    return RiskPoolClaim.builder().loanId(id).category(RiskPoolLoanCategory.GENERAL).principal(Cny.of("200000.00"))
        .grantDate(granted).firstNonPerformingDate(granted.plusYears(1)).principalOutstanding(Cny.of(outstanding))
        .noExclusions();
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** Runs an eligible claim through every calculator path and asserts the one figure. */
  private static RiskPoolLoanCompensation assertExact(RiskPoolClaim claim, String expected) {
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(RiskPoolFixtures.POOL, claim))
        .as(claim.loanId() + " plain").isEqualTo(Cny.of(expected));
    RiskPoolLoanCompensation loan = RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, claim);
    assertThat(loan.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(loan.compensation()).as(claim.loanId() + " explained").isEqualTo(AmountRange.exactly(Cny.of(expected)));
    RiskPoolResult json = HuiqiJson.read(RiskPoolFixtures.CALCULATOR.explainClaimsJson(RiskPoolFixtures.POOL,
        HuiqiJson.write(RiskPoolRequest.of(List.of(claim)))), RiskPoolResult.class);
    assertThat(json.totalCompensation()).as(claim.loanId() + " json").isEqualTo(AmountRange.exactly(Cny.of(expected)));
    List<BookItem> book = BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS)
        .results(Stream.of(claim)).toList();
    assertThat(book.get(0).amount()).as(claim.loanId() + " book").contains(AmountRange.exactly(Cny.of(expected)));
    return loan;
  }

  //-------------------------------------------------------------------------
  // the windows' boundaries, on an outstanding principal of 123,456.79:
  // 30% × 123,456.79 = 37,037.037 → 37,037.04; 60% × 123,456.79 = 74,074.074 → 74,074.07

  @Test
  void window2023_firstAndLastDayUplifted_theDaysOutsideNot() {
    assertExact(claim("W1", d("2022-12-31"), OUT).build(), "37037.04");
    RiskPoolLoanCompensation first = assertExact(claim("W2", d("2023-01-01"), OUT).build(), "74074.07");
    assertThat(first.ratio()).isEqualTo(Rate.parse("60%"));
    assertThat(first.upliftWindow().orElseThrow().start()).isEqualTo(d("2023-01-01"));
    // the uplift's explanation cites 第5条 of 深工信〔2023〕26号
    assertThat(HuiqiJson.write(first)).contains("深工信〔2023〕26号", "第5条");
    assertExact(claim("W3", d("2023-03-31"), OUT).build(), "74074.07");
    RiskPoolLoanCompensation after = assertExact(claim("W4", d("2023-04-01"), OUT).build(), "37037.04");
    assertThat(after.upliftWindow()).isEmpty();
    assertThat(after.ratio()).isEqualTo(Rate.parse("30%"));
  }

  @Test
  void window2022_precedent_firstAndLastDayUplifted_theDaysOutsideNot() {
    // 惠企纾困"30条" (2022): loans newly granted 2022-03-01..2022-06-30, +30 points, 最高可达80%
    assertExact(claim("V1", d("2022-02-28"), OUT).build(), "37037.04");
    RiskPoolLoanCompensation first = assertExact(claim("V2", d("2022-03-01"), OUT).build(), "74074.07");
    assertThat(HuiqiJson.write(first)).contains("惠企纾困");
    assertExact(claim("V3", d("2022-06-30"), OUT).build(), "74074.07");
    assertExact(claim("V4", d("2022-07-01"), OUT).build(), "37037.04");
    // between the windows: 2022-12-31 above; a leap-year day far from both, 2020-02-29: 30%
    assertExact(claim("V5", d("2020-02-29"), OUT).build(), "37037.04");
  }

  @Test
  void extension_countsAsGrantedOnItsDate_eitherWay() {
    // 展期视同新增 (§4.2 item 15): granted 2021-05-20, extended on the 2022 window's last day: 60%
    assertExact(claim("E1", d("2021-05-20"), OUT).extensionDate(d("2022-06-30")).firstNonPerformingDate(
        d("2023-01-15")).build(), "74074.07");
    // granted 2022-12-31 (outside), extended 2023-01-01 (inside): 60%
    assertExact(claim("E2", d("2022-12-31"), OUT).extensionDate(d("2023-01-01")).build(), "74074.07");
    // granted on the window's last day, extended the day after: a loan of 2023-04-01, 30% (register §4.6 item 65)
    assertExact(claim("E3", d("2023-03-31"), OUT).extensionDate(d("2023-04-01")).build(), "37037.04");
    // extended the day it turned bad: allowed ("must not be after"), 60%
    assertExact(claim("E4", d("2022-11-01"), OUT).extensionDate(d("2023-02-01")).firstNonPerformingDate(
        d("2023-02-01")).build(), "74074.07");
  }

  @Test
  void ceiling_an80PercentRatioIsKept_aHigherOneCut_andTheAmountNeverPasses80PercentOfTheLoss() {
    // agreed base 50% in the window: 50% + 30 = 80% exactly; 80% × 123,456.79 = 98,765.432 → 98,765.43
    RiskPoolLoanCompensation at = assertExact(claim("C1", d("2023-02-01"), OUT).baseRatio(Rate.parse("50%"))
        .build(), "98765.43");
    assertThat(at.ratio()).isEqualTo(Rate.parse("80%"));
    // agreed base 51%: 81% → 80% (最高为80%), the ceiling named as the binding limit
    RiskPoolLoanCompensation over = assertExact(claim("C2", d("2023-02-01"), OUT).baseRatio(Rate.parse("51%"))
        .build(), "98765.43");
    assertThat(over.ratio()).isEqualTo(Rate.parse("80%"));
    assertThat(over.bindingLimit()).isPresent();
    // base 50% outside the windows: 50% × 123,456.79 = 61,728.395 → half-up 61,728.40 (an exact half fen)
    assertExact(claim("C3", d("2023-04-01"), OUT).baseRatio(Rate.parse("50%")).build(), "61728.40");
    // 80% × 100,000.07 = 80,000.056: half-up would give 80,000.06, above 80% of the loss; never above: 80,000.05
    assertExact(claim("C4", d("2023-04-01"), "100000.07").baseRatio(Rate.parse("80%")).build(), "80000.05");
    // base 0% in the window: 0 + 30 = 30%
    assertExact(claim("C5", d("2023-02-01"), OUT).baseRatio(Rate.parse("0%")).build(), "37037.04");
    // an agreed base above the 80% ceiling is bad input naming baseRatio
    assertThatThrownBy(() -> RiskPoolFixtures.CALCULATOR.compensation(RiskPoolFixtures.POOL,
        claim("C6", d("2023-04-01"), OUT).baseRatio(Rate.parse("80.01%")).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("baseRatio"));
  }

  @Test
  void everyCategory_takesTheOverall30Percent() {
    // register §4.2 item 11: each category's row is the 2019 细则's 30%; in the window 60% × 1,000.01 = 600.006 →
    // 600.01, outside 30% × 1,000.01 = 300.003 → 300.00
    for (RiskPoolLoanCategory category : RiskPoolLoanCategory.values()) {
      assertExact(claim("K-" + category, d("2023-03-15"), "1000.01").category(category).build(), "600.01");
      assertExact(claim("K-" + category, d("2023-07-15"), "1000.01").category(category).build(), "300.00");
    }
  }

  @Test
  void fenAmounts_roundHalfUpOnce() {
    // 30% × 0.05 = 0.015 → 0.02; 30% × 0.01 = 0.003 → 0.00; nothing outstanding: 0.00
    assertExact(claim("F1", d("2023-05-01"), "0.05").build(), "0.02");
    // 60% × 0.01 = 0.006 → half-up 0.01, but 0.01 is 100% of the loss: never above 80% × 0.01 = 0.008, rounded
    // down, 0.00 (补偿比例最高为80%; the pack's rounding, register §4.5 item 35); 60% × 0.02 = 0.012 → 0.01 (≤ 0.016)
    RiskPoolLoanCompensation fen = assertExact(claim("F2", d("2023-02-01"), "0.01").build(), "0.00");
    assertThat(fen.bindingLimit()).isPresent();
    assertExact(claim("F5", d("2023-02-01"), "0.02").build(), "0.01");
    assertExact(claim("F3", d("2023-05-01"), "0.01").build(), "0.00");
    assertExact(claim("F4", d("2023-02-01"), "0").build(), "0.00");
  }

  @Test
  void recoveries_returnTheRatio_neverMoreThanTheCompensation() {
    // 60% × 123,456.79 = 74,074.07; 0.01 recovered: 60% × 0.01 = 0.006 → 0.01 returned, net 74,074.06
    RiskPoolLoanCompensation small = assertExact(claim("R1", d("2023-02-01"), OUT).recoveries(Cny.of("0.01"))
        .build(), "74074.07");
    assertThat(small.recoveryReturn()).isEqualTo(AmountRange.exactly(Cny.of("0.01")));
    assertThat(small.netCompensation()).isEqualTo(AmountRange.exactly(Cny.of("74074.06")));
    // 200,000.00 recovered: 60% = 120,000.00, cut to the compensation 74,074.07; net 0.00
    RiskPoolLoanCompensation all = assertExact(claim("R2", d("2023-02-01"), OUT).recoveries(Cny.of("200000.00"))
        .build(), "74074.07");
    assertThat(all.recoveryReturn()).isEqualTo(AmountRange.exactly(Cny.of("74074.07")));
    assertThat(all.netCompensation()).isEqualTo(AmountRange.exactly(Cny.of("0.00")));
  }

  @Test
  void exclusions_excludedIsNothing_unknownIsARangeNamingTheFact() {
    // guaranteed by a financing-guarantee company: excluded (2018 方案, 补偿范围)
    RiskPoolClaim guaranteed = claim("X1", d("2023-02-01"), OUT).guaranteedByFinancingGuarantor(true).build();
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(RiskPoolFixtures.POOL, guaranteed)).isEqualTo(Cny.of("0.00"));
    assertThat(RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, guaranteed).eligibility()
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
    // re-guarantee not known: 0 – 74,074.07, naming /reGuaranteed; the plain form refuses to guess
    RiskPoolClaim open = RiskPoolClaim.builder().from(claim("X2", d("2023-02-01"), OUT).build()).reGuaranteed(
        java.util.Optional.empty()).build();
    RiskPoolLoanCompensation loan = RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, open);
    assertThat(loan.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(loan.eligibility().missingFacts()).containsExactly("/reGuaranteed");
    assertThat(loan.compensation()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("74074.07")));
    assertThatThrownBy(() -> RiskPoolFixtures.CALCULATOR.compensation(RiskPoolFixtures.POOL, open))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/reGuaranteed"));
    // in the book: undetermined, the same range and fact
    BookItem item = BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS)
        .results(Stream.of(open)).toList().get(0);
    assertThat(item.verdict()).contains(Verdict.UNDETERMINED);
    assertThat(item.amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("74074.07")));
  }

  @Test
  void lossBeforeThe2019Rules_isNotThePools() {
    // register §4.6 item 65: first classified 2018-12-31, nothing; 2019-01-01, the 30% base
    RiskPoolClaim before = claim("P1", d("2018-06-01"), OUT).firstNonPerformingDate(d("2018-12-31")).build();
    assertThat(RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, before).eligibility()
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(RiskPoolFixtures.POOL, before)).isEqualTo(Cny.of("0.00"));
    assertExact(claim("P2", d("2018-06-01"), OUT).firstNonPerformingDate(d("2019-01-01")).build(), "37037.04");
  }

  @Test
  void aBanksClaims_addWithoutALimit_andALoanClaimedTwiceFailsTheSecond() {
    // no per-loan or per-bank limit is in any source: 74,074.07 + 37,037.04 + 0.00 (excluded) = 111,111.11; the
    // second claim on W2 fails at /claims/3/loanId and is left out of the totals
    List<RiskPoolClaim> claims = List.of(claim("W2", d("2023-01-01"), OUT).build(),
        claim("W4", d("2023-04-01"), OUT).build(),
        claim("X1", d("2023-02-01"), OUT).underOtherRiskCompensation(true).build(),
        claim("W2", d("2023-02-01"), OUT).build());
    RiskPoolResult result = RiskPoolFixtures.CALCULATOR.explainClaims(RiskPoolFixtures.POOL,
        RiskPoolRequest.of(claims));
    assertThat(result.totalCompensation()).isEqualTo(AmountRange.exactly(Cny.of("111111.11")));
    assertThat(result.claims().get(3).failure().orElseThrow().field()).isEqualTo("/claims/3/loanId");
    RiskPoolResult json = HuiqiJson.read(RiskPoolFixtures.CALCULATOR.explainClaimsJson(RiskPoolFixtures.POOL,
        HuiqiJson.write(RiskPoolRequest.of(claims))), RiskPoolResult.class);
    assertThat(json.totalCompensation()).isEqualTo(AmountRange.exactly(Cny.of("111111.11")));
    assertThat(json.claims().get(3).failure().orElseThrow().field()).isEqualTo("/claims/3/loanId");
  }

  @Test
  void wrongInput_isATypedErrorNamingTheField() {
    // classified before the grant; extended before the grant; extended after it turned bad; more outstanding than
    // lent; a negative outstanding; a zero principal
    assertField(() -> claim("B1", d("2023-02-01"), OUT).firstNonPerformingDate(d("2023-01-31")).build(),
        "firstNonPerformingDate");
    assertField(() -> claim("B2", d("2023-02-01"), OUT).extensionDate(d("2023-01-31")).build(), "extensionDate");
    assertField(() -> claim("B3", d("2023-02-01"), OUT).extensionDate(d("2024-02-02")).build(), "extensionDate");
    assertField(() -> claim("B4", d("2023-02-01"), "200000.01").build(), "principalOutstanding");
    assertField(() -> claim("B5", d("2023-02-01"), "-0.01").build(), "principalOutstanding");
    assertField(() -> claim("B6", d("2023-02-01"), "0").principal(Cny.of("0")).build(), "principal");
    assertField(() -> claim("B7", d("2023-02-01"), OUT).baseRatio(Rate.parse("100.01%")).build(), "baseRatio");
  }

  @Test
  void theColumnarBook_agreesOnTheEdgeCases() {
    // the same hand figures on BookRiskPoolFastPath, in fen: the windows' edges (37,037.04 / 74,074.07), an
    // extension out of the window (37,037.04), a 50% agreed base outside (61,728.395 → 61,728.40), 80% of
    // 100,000.07 kept at 80,000.05, a fen whose 60% would pass 80% of it (0.00), excluded (0), a loss of 2018 (0),
    // the re-guarantee not known (0 – 74,074.07)
    List<RiskPoolClaim> claims = List.of(claim("W1", d("2022-12-31"), OUT).build(),
        claim("W2", d("2023-01-01"), OUT).build(), claim("V4", d("2022-07-01"), OUT).build(),
        claim("E3", d("2023-03-31"), OUT).extensionDate(d("2023-04-01")).build(),
        claim("C3", d("2023-04-01"), OUT).baseRatio(Rate.parse("50%")).build(),
        claim("C4", d("2023-04-01"), "100000.07").baseRatio(Rate.parse("80%")).build(),
        claim("F2", d("2023-02-01"), "0.01").build(),
        claim("X1", d("2023-02-01"), OUT).guaranteedByFinancingGuarantor(true).build(),
        claim("P1", d("2018-06-01"), OUT).firstNonPerformingDate(d("2018-12-31")).build(),
        RiskPoolClaim.builder().from(claim("X2", d("2023-02-01"), OUT).build()).reGuaranteed(
            java.util.Optional.empty()).build());
    long[] expected = {3703704, 7407407, 3703704, 3703704, 6172840, 8000005, 0, 0, 0, 7407407};
    io.github.huiqi.calculators.batch.book.BookRiskPoolColumns columns =
        new io.github.huiqi.calculators.batch.book.BookRiskPoolColumns(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      columns.set(i, claims.get(i));
    }
    io.github.huiqi.calculators.batch.book.BookColumnTotals totals = io.github.huiqi.calculators.batch.book
        .BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS).compute(columns, 1);
    for (int i = 0; i < claims.size(); i++) {
      assertThat(columns.compensationFen()[i]).as(claims.get(i).loanId()).isEqualTo(expected[i]);
    }
    // sure, all but X2: 3 × 3,703,704 + 7,407,407 + 6,172,840 + 8,000,005 = 32,691,364 fen; most, with X2's
    // 7,407,407: 40,098,771 fen
    assertThat(totals.minimumFen()).isEqualTo(32691364L);
    assertThat(totals.maximumFen()).isEqualTo(40098771L);
  }

  @Test
  void theJsonBatch_failsABadClaimAlone_namingItsPointer() {
    // claim 0: 60% × 123,456.79 = 74,074.07; claim 1 an unknown category; claim 2 classified before its grant;
    // claim 3 more outstanding than lent; claim 4 30% × 123,456.79 = 37,037.04. Total 111,111.11, three failed
    String good = HuiqiJson.write(claim("G1", d("2023-03-31"), OUT).build());
    String json = "{\"claims\": [" + good + ", "
        + good.replace("\"G1\"", "\"G2\"").replace("\"GENERAL\"", "\"SPECIAL\"") + ", "
        + good.replace("\"G1\"", "\"G3\"").replace("\"2024-03-31\"", "\"2023-03-30\"") + ", "
        + good.replace("\"G1\"", "\"G4\"").replace("123456.79", "200000.01") + ", "
        + HuiqiJson.write(claim("G5", d("2023-04-01"), OUT).build()) + "]}";
    RiskPoolResult result = HuiqiJson.read(RiskPoolFixtures.CALCULATOR.explainClaimsJson(RiskPoolFixtures.POOL, json),
        RiskPoolResult.class);
    assertThat(result.totalCompensation()).isEqualTo(AmountRange.exactly(Cny.of("111111.11")));
    assertThat(result.failedClaims()).isEqualTo(3);
    assertThat(result.claims().get(1).failure().orElseThrow().field()).isEqualTo("/claims/1/category");
    assertThat(result.claims().get(2).failure().orElseThrow().field()).isEqualTo("/claims/2/firstNonPerformingDate");
    assertThat(result.claims().get(3).failure().orElseThrow().field()).isEqualTo("/claims/3/principalOutstanding");
    assertThat(result.claims().get(4).compensation().orElseThrow().compensation())
        .isEqualTo(AmountRange.exactly(Cny.of("37037.04")));
  }

  private static void assertField(Runnable build, String field) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo(field));
  }

  //-------------------------------------------------------------------------
  // the engine, typed and evaluateJson, on profiles

  private static String loan(String id, String drawdown, String extension, String since, String outstanding,
      String exclusions) {
    return """
        {"loanId": "%s", "principal": {"amount": 200000, "currency": "CNY"}, "drawdownDate": "%s",
         "maturityDate": "2025-12-31", "annualInterestRate": "4.35%%", "riskPoolCategory": "GENERAL",%s
         "nonPerforming": {"since": "%s", "principalOutstanding": {"amount": %s, "currency": "CNY"}}%s}
        """.formatted(id, drawdown, extension == null ? "" : " \"extensionDate\": \"" + extension + "\",", since,
        outstanding, exclusions);
  }

  private static final String NONE = ", \"guaranteed\": false, \"underOtherRiskCompensation\": false";

  private static String firm(String size, String... loans) {
    return """
        {"registrationRegionCode": "440305", %s"loans": [%s]}
        """.formatted(size == null ? "" : "\"size\": \"" + size + "\", ", String.join(", ", loans));
  }

  @Test
  void engine_aMediumFirmsLoans_theWindowsEdges_andAnExtension() {
    // L1 2023-01-01: 74,074.07; L2 2023-04-01: 37,037.04; L3 granted 2022-11-30 and extended 2023-03-31:
    // 74,074.07; L4 granted 2022-06-30 (the 2022 window's last day): 74,074.07. In all 259,259.25, paid to the
    // lenders (not in the firm's total)
    String profile = firm("MEDIUM",
        loan("L1", "2023-01-01", null, "2023-09-01", OUT, NONE),
        loan("L2", "2023-04-01", null, "2023-09-01", OUT, NONE),
        loan("L3", "2022-11-30", "2023-03-31", "2023-09-01", OUT, NONE),
        loan("L4", "2022-06-30", null, "2023-09-01", OUT, NONE));
    MeasureOutcome outcome = BlindAuditEngine.outcome(profile, "2024-06-30", POOL);
    assertOutcome(outcome, Verdict.ELIGIBLE, "259259.25", "259259.25");
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    assertThat(outcome.clauseLabel()).isEqualTo("深工信〔2023〕26号 第5条");
    assertThat(outcome.missingFacts()).isEmpty();
  }

  @Test
  void engine_aLargeFirm_isNotInTheSmePool() {
    // 第5条 names the 中小微企业 pool: a firm known to be large has no loan it compensates
    MeasureOutcome outcome = BlindAuditEngine.outcome(firm("LARGE",
        loan("L1", "2023-01-01", null, "2023-09-01", OUT, NONE)), "2024-06-30", POOL);
    assertOutcome(outcome, Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void engine_theGuaranteeNotGiven_isARangeNamingIt() {
    // L1 60%: 74,074.07 sure; L2 2023-03-31, its guarantee not given: 0 or 74,074.07, naming /loans/1/guaranteed
    MeasureOutcome outcome = BlindAuditEngine.outcome(firm("SMALL",
        loan("L1", "2023-01-01", null, "2023-09-01", OUT, NONE),
        loan("L2", "2023-03-31", null, "2023-09-01", OUT, ", \"underOtherRiskCompensation\": false")),
        "2024-06-30", POOL);
    assertOutcome(outcome, Verdict.ELIGIBLE, "74074.07", "148148.14");
    assertThat(outcome.missingFacts()).containsExactly("/loans/1/guaranteed");
  }

  @Test
  void engine_aLossBefore2019_andALoanExtendedAfterItTurnedBad() {
    // classified 2018-12-31: not the pool's (register §4.6 item 65): ineligible
    assertOutcome(BlindAuditEngine.outcome(firm("SMALL", loan("L1", "2018-03-01", null, "2018-12-31", OUT, NONE)),
        "2024-06-30", POOL), Verdict.INELIGIBLE, "0", "0");
    // extended 2023-02-01 after turning bad 2023-01-15: bad input naming the profile's pointer
    assertThatThrownBy(() -> BlindAuditEngine.outcome(firm("SMALL",
        loan("L1", "2022-05-01", "2023-02-01", "2023-01-15", OUT, NONE)), "2024-06-30", POOL))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).startsWith("/loans/0/"));
  }

  @Test
  void engine_aLoanRepaidInFullBeforeItTurnedBad_isBadInput() {
    // repaid in full 2023-04-30 (repaymentDate), then first classified non-performing 2023-05-01 with 123,456.79
    // outstanding: contradictory, and the pool would pay 60% of a loss a repaid loan cannot have (it paid 74,074.07)
    String repaid = firm("SMALL", loan("L1", "2023-02-01", null, "2023-05-01", OUT,
        NONE + ", \"repaymentDate\": \"2023-04-30\""));
    assertThatThrownBy(() -> BlindAuditEngine.outcome(repaid, "2024-06-30", POOL))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/loans/0/repaymentDate");
          assertThat(ex.relatedFields()).containsExactly("/loans/0/nonPerforming/since");
        });
    assertThatThrownBy(() -> io.github.huiqi.calculators.catalog.engine.EntitlementEngine.builtIn().evaluateJson(
        "{\"profile\": " + repaid + ", \"asOf\": \"2024-06-30\", \"measures\": [\"" + POOL + "\"]}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/profile/loans/0/repaymentDate"));
    // repaid in full on the day it turned bad, or later (a recovery): the loan is the pool's, 74,074.07
    for (String day : List.of("2023-05-01", "2023-09-30")) {
      String later = firm("SMALL", loan("L1", "2023-02-01", null, "2023-05-01", OUT,
          NONE + ", \"repaymentDate\": \"" + day + "\""));
      assertOutcome(BlindAuditEngine.outcome(later, "2024-06-30", POOL), Verdict.ELIGIBLE, "74074.07", "74074.07");
    }
  }
}
