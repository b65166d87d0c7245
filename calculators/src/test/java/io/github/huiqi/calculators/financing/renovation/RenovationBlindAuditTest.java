package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.BlindAuditEngine.assertOutcome;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.GRANT;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.financing.BlindAuditEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A blind, hand-worked audit of the technical-renovation support (小升规方案 第十条: "对符合条件的技术改造项目分档分类给予
 * 不超过项目总投资额10-20%的资助，资助上限为5000万元，对其中采用银行固定资产贷款或融资租赁方式开展技术改造的项目，还可叠加
 * 享受贷款贴息，按实际支付利息的50%，给予最高500万元的贴息资助"), through the typed calculators (plain, explained and
 * JSON) and the entitlement engine typed and {@code evaluateJson}.
 * <p>
 * The readings worked by hand: the interest subsidy is 50% of the interest paid within at most 3 subsidised years,
 * from the subsidy start (counted) to the day before the same date 3 years on (《民法典》第二百零二条: from 29 February
 * to 28 February), a period straddling them apportioned by its days inside (算头不算尾), half-up to the fen a payment,
 * the 50% applied to the sum and rounded once, capped at 5,000,000 a project (register §4.1 item 9); the start within
 * the plan's validity 2022-08-03..2024-12-31. The grant is up to the tier's rate × the audited eligible investment
 * (智能化改造 GB/T 39116 level ≥4: 20%, 3: 16%, 2: 12%; 技术装备升级换代改造 10%), half-up to the fen, capped at
 * 50,000,000, with fixed assets ≥ 80% of the total and equipment ≥ 70% of the fixed assets (register §4.4 item 26,
 * §4.6 item 149: a range from zero, the authority fixes the figure).
 */
class RenovationBlindAuditTest {

  private static final String GRANT_ID = RenovationGrantMeasure.SHENZHEN_2022.id().toString();
  private static final String INTEREST_ID = RenovationInterestMeasure.SHENZHEN_2022.id().toString();

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  private static RenovationInterestRequest request(String start, RenovationInterestPayment... payments) {
    return RenovationInterestRequest.of(d(start), List.of(payments));
  }

  /** The subsidy on the plain, explained and JSON forms, which must agree; returns the explained result. */
  private static RenovationInterestResult assertSubsidy(RenovationInterestRequest request, String expected) {
    assertThat(RenovationInterestCalculator.DEFAULT.subsidy(INTEREST, request)).as("plain")
        .isEqualTo(Cny.of(expected));
    RenovationInterestResult explained = RenovationInterestCalculator.DEFAULT.explainSubsidy(INTEREST, request);
    assertThat(explained.amount()).as("explained").isEqualTo(AmountRange.exactly(Cny.of(expected)));
    RenovationInterestResult json = HuiqiJson.read(RenovationInterestCalculator.DEFAULT.explainSubsidyJson(INTEREST,
        HuiqiJson.write(request)), RenovationInterestResult.class);
    assertThat(json.amount()).as("json").isEqualTo(explained.amount());
    return explained;
  }

  //-------------------------------------------------------------------------
  // the interest subsidy

  @Test
  void interest_wholePeriod_halfOfItHalfUp() {
    // 50% × 21,000.01 = 10,500.005 → 10,500.01
    RenovationInterestResult r = assertSubsidy(request("2023-01-01",
        loanInterest("R1", d("2023-01-01"), d("2023-04-01"), "21000.01")), "10500.01");
    assertThat(r.interestCounted()).isEqualTo(Cny.of("21000.01"));
    assertThat(HuiqiJson.write(r)).contains("第十条");
  }

  @Test
  void interest_aPeriodStraddlingTheStart_acrossTheYearEnd() {
    // start 2022-12-20; 2022-12-01 → 2023-01-10 is 40 days, 21 of them from 2022-12-20 (12 in December, 9 in
    // January): 4,000.00 × 21 / 40 = 2,100.00; 50% = 1,050.00
    RenovationInterestResult r = assertSubsidy(request("2022-12-20",
        loanInterest("R1", d("2022-12-01"), d("2023-01-10"), "4000.00")), "1050.00");
    assertThat(r.payments().get(0).daysInWindow()).isEqualTo(21);
    // start 2023-02-15; 2023-01-01 → 2023-04-01 is 90 days, 45 inside (14 in February, 31 in March):
    // 9,000.01 × 45 / 90 = 4,500.005 → 4,500.01; 50% = 2,250.005 → 2,250.01
    assertSubsidy(request("2023-02-15", loanInterest("R2", d("2023-01-01"), d("2023-04-01"), "9000.01")),
        "2250.01");
  }

  @Test
  void interest_theYearsEndOn28FebruaryFromALeapDay() {
    // start 2024-02-29: the years are 2024-02-29..2027-02-28 (第二百零二条: no 29 February in 2027, the month's
    // last day). 2027-01-01 → 2027-04-01 is 90 days (31 + 28 + 31), 59 inside (2027-01-01..2027-02-28):
    // 9,000.00 × 59 / 90 = 5,900.00; 50% = 2,950.00
    RenovationInterestResult r = assertSubsidy(request("2024-02-29",
        loanInterest("R1", d("2027-01-01"), d("2027-04-01"), "9000.00")), "2950.00");
    assertThat(r.subsidisedYears().end()).contains(d("2027-02-28"));
    // a period ending on 2027-03-01, not counted, lies wholly inside: 50% × 2,800.00 = 1,400.00
    assertSubsidy(request("2024-02-29", loanInterest("R2", d("2027-02-01"), d("2027-03-01"), "2800.00")),
        "1400.00");
    // one day more (2027-02-01 → 2027-03-02, 29 days, 28 inside): 2,900.00 × 28 / 29 = 2,800.00; 1,400.00
    assertSubsidy(request("2024-02-29", loanInterest("R3", d("2027-02-01"), d("2027-03-02"), "2900.00")),
        "1400.00");
    // start 2023-03-01: the years end 2026-02-28; a period from 2026-03-01 lies wholly after: 0.00, eligible
    RenovationInterestResult after = assertSubsidy(request("2023-03-01",
        loanInterest("R4", d("2026-03-01"), d("2026-04-01"), "3100.00")), "0.00");
    assertThat(after.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(after.subsidisedYears().end()).contains(d("2026-02-28"));
  }

  @Test
  void interest_thePerProjectCap_atAndOneFenOver() {
    // 50% × 10,000,000.00 = 5,000,000.00: at the cap, not cut
    RenovationInterestResult at = assertSubsidy(request("2023-01-01",
        loanInterest("R1", d("2023-01-01"), d("2024-01-01"), "6000000.00"),
        loanInterest("R2", d("2024-01-01"), d("2025-01-01"), "4000000.00")), "5000000.00");
    assertThat(at.bindingLimit()).isEmpty();
    // 50% × 10,000,000.01 = 5,000,000.005 → 5,000,000.01 → the cap 5,000,000.00 (最高500万元), named
    RenovationInterestResult over = assertSubsidy(request("2023-01-01",
        loanInterest("R1", d("2023-01-01"), d("2024-01-01"), "6000000.00"),
        loanInterest("R2", d("2024-01-01"), d("2025-01-01"), "4000000.01")), "5000000.00");
    assertThat(over.bindingLimit()).isPresent();
  }

  @Test
  void interest_theStartWithinThePlansValidity() {
    // 2022-08-03..2024-12-31: the first and last day pay, the day before and after do not
    String[][] cases = {{"2022-08-02", "0.00"}, {"2022-08-03", "500.00"}, {"2024-12-31", "500.00"},
        {"2025-01-01", "0.00"}};
    for (String[] c : cases) {
      RenovationInterestRequest r = request(c[0], loanInterest("R1", d(c[0]), d(c[0]).plusMonths(1), "1000.00"));
      assertThat(RenovationInterestCalculator.DEFAULT.subsidy(INTEREST, r)).as(c[0]).isEqualTo(Cny.of(c[1]));
      assertThat(RenovationInterestCalculator.DEFAULT.explainSubsidy(INTEREST, r).eligibility().verdict())
          .as(c[0]).isEqualTo(c[1].equals("0.00") ? Verdict.INELIGIBLE : Verdict.ELIGIBLE);
    }
  }

  @Test
  void interest_theProjectNotKnownToBeSupported_isARange() {
    RenovationInterestRequest open = RenovationInterestRequest.builder().subsidyStart(d("2023-01-01"))
        .addPayments(loanInterest("R1", d("2023-01-01"), d("2023-07-01"), "12345.67")).build();
    // 50% × 12,345.67 = 6,172.835 → 6,172.84: 0 – 6,172.84, naming /eligibleProject; the plain form refuses
    RenovationInterestResult r = RenovationInterestCalculator.DEFAULT.explainSubsidy(INTEREST, open);
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(r.eligibility().missingFacts()).containsExactly("/eligibleProject");
    assertThat(r.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("6172.84")));
    assertThatThrownBy(() -> RenovationInterestCalculator.DEFAULT.subsidy(INTEREST, open))
        .isInstanceOf(MissingFactsException.class);
    RenovationInterestRequest no = RenovationInterestRequest.builder().from(open).eligibleProject(false).build();
    assertThat(RenovationInterestCalculator.DEFAULT.subsidy(INTEREST, no)).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void interest_wrongInput() {
    assertThatThrownBy(() -> loanInterest("R1", d("2023-01-01"), d("2023-01-01"), "1.00"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("interestUntil"));
    assertThatThrownBy(() -> loanInterest("R1", d("2023-01-01"), d("2023-02-01"), "-0.01"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("interestPaid"));
    assertThatThrownBy(() -> request("2023-01-01", loanInterest("R1", d("2023-01-01"), d("2023-02-01"), "1"),
        loanInterest("R1", d("2023-02-01"), d("2023-03-01"), "1")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("payments/1/paymentId"));
    assertThatThrownBy(() -> request("2023-01-01"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("payments"));
  }

  //-------------------------------------------------------------------------
  // the grant

  private static RenovationGrantRequest.Builder grant(RenovationCategory category, Integer level, String eligible,
      String total, String fixed, String equipment) {
    return RenovationGrantRequest.builder().category(category).maturityLevel(Optional.ofNullable(level))
        .eligibleInvestment(Cny.of(eligible)).totalInvestment(Cny.of(total)).fixedAssetInvestment(Cny.of(fixed))
        .equipmentInvestment(Cny.of(equipment)).eligibleProject(true);
  }

  private static RenovationGrantResult assertGrant(RenovationGrantRequest request, String most) {
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, request)).isEqualTo(Cny.of(most));
    RenovationGrantResult r = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, request);
    RenovationGrantResult json = HuiqiJson.read(RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(GRANT,
        HuiqiJson.write(request)), RenovationGrantResult.class);
    assertThat(r.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of(most)));
    assertThat(json.amount()).isEqualTo(r.amount());
    return r;
  }

  @Test
  void grant_eachTier_onAnOddFigure() {
    // 10,000,000.03 eligible of 12,000,000 total, fixed 9,600,000 (80%), equipment 6,720,000 (70% of fixed):
    // level 5 and 4: 20% = 2,000,000.006 → 2,000,000.01; level 3: 16% = 1,600,000.0048 → 1,600,000.00;
    // level 2: 12% = 1,200,000.0036 → 1,200,000.00; equipment upgrade: 10% = 1,000,000.003 → 1,000,000.00
    String[] fig = {"10000000.03", "12000000", "9600000", "6720000"};
    assertGrant(grant(RenovationCategory.INTELLIGENT, 5, fig[0], fig[1], fig[2], fig[3]).build(), "2000000.01");
    assertGrant(grant(RenovationCategory.INTELLIGENT, 4, fig[0], fig[1], fig[2], fig[3]).build(), "2000000.01");
    RenovationGrantResult three = assertGrant(grant(RenovationCategory.INTELLIGENT, 3, fig[0], fig[1], fig[2],
        fig[3]).build(), "1600000.00");
    assertThat(three.rate()).contains(Rate.parse("16%"));
    assertGrant(grant(RenovationCategory.INTELLIGENT, 2, fig[0], fig[1], fig[2], fig[3]).build(), "1200000.00");
    assertGrant(grant(RenovationCategory.EQUIPMENT_UPGRADE, null, fig[0], fig[1], fig[2], fig[3]).build(),
        "1000000.00");
    // level 1 has no tier: ineligible, nothing
    RenovationGrantRequest one = grant(RenovationCategory.INTELLIGENT, 1, fig[0], fig[1], fig[2], fig[3]).build();
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, one)).isEqualTo(Cny.of("0.00"));
    assertThat(RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, one).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void grant_theCap_atAndOneFenOver() {
    // 20% × 250,000,000.00 = 50,000,000.00 (资助上限为5000万元): at the cap, not cut
    RenovationGrantResult at = assertGrant(grant(RenovationCategory.INTELLIGENT, 4, "250000000.00", "250000000",
        "200000000", "140000000").build(), "50000000.00");
    assertThat(at.bindingLimit()).isEmpty();
    // 20% × 250,000,000.05 = 50,000,000.01 → 50,000,000.00, the cap named
    RenovationGrantResult over = assertGrant(grant(RenovationCategory.INTELLIGENT, 4, "250000000.05",
        "250000000.05", "200000000.04", "140000000.03").build(), "50000000.00");
    assertThat(over.bindingLimit()).isPresent();
  }

  @Test
  void grant_theSharesAtTheirThresholdsAndOneFenUnder() {
    // fixed 8,000,000.00 of 10,000,000.00 is 80% exactly: met; 7,999,999.99: not met, ineligible
    assertGrant(grant(RenovationCategory.EQUIPMENT_UPGRADE, null, "10000000", "10000000", "8000000.00",
        "5600000.00").build(), "1000000.00");
    RenovationGrantRequest lowFixed = grant(RenovationCategory.EQUIPMENT_UPGRADE, null, "10000000", "10000000",
        "7999999.99", "5600000.00").build();
    assertThat(RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, lowFixed).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // equipment 5,600,000.00 of 8,000,000.00 is 70% exactly: met (above); 5,599,999.99: not met
    RenovationGrantRequest lowEquipment = grant(RenovationCategory.EQUIPMENT_UPGRADE, null, "10000000", "10000000",
        "8000000.00", "5599999.99").build();
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, lowEquipment)).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void grant_unknownFacts_rangeToTheHighestTier_andWrongInput() {
    // level not given: 0 – 20% × 10,000,000 = 2,000,000.00, naming /maturityLevel
    RenovationGrantRequest open = grant(RenovationCategory.INTELLIGENT, null, "10000000", "12000000", "9600000",
        "6720000").build();
    RenovationGrantResult r = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, open);
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(r.eligibility().missingFacts()).containsExactly("/maturityLevel");
    assertThat(r.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("2000000.00")));
    // eligible above the total; fixed above the total; equipment above the fixed; level 6
    assertThatThrownBy(() -> grant(RenovationCategory.INTELLIGENT, 3, "12000000.01", "12000000", "9600000",
        "6720000").build()).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("eligibleInvestment"));
    assertThatThrownBy(() -> grant(RenovationCategory.INTELLIGENT, 3, "1", "12000000", "12000000.01",
        "6720000").build()).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("fixedAssetInvestment"));
    assertThatThrownBy(() -> grant(RenovationCategory.INTELLIGENT, 3, "1", "12000000", "9600000",
        "9600000.01").build()).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("equipmentInvestment"));
    assertThatThrownBy(() -> grant(RenovationCategory.INTELLIGENT, 6, "1", "12000000", "9600000", "6720000")
        .build()).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("maturityLevel"));
  }

  @Test
  void grant_fixedAssetsNotGiven_theTwoSharesBoundTheEquipment() {
    // fixed assets ≥ 80% of the total and equipment ≥ 70% of them: equipment ≥ 56% of the total whatever the fixed
    // assets. 5,600,000.00 of 10,000,000 may meet both: 0 – 16% × 10,000,000 = 1,600,000.00, naming the fixed assets
    RenovationGrantRequest open = RenovationGrantRequest.builder().category(RenovationCategory.INTELLIGENT)
        .maturityLevel(3).eligibleInvestment(Cny.of("10000000")).totalInvestment(Cny.of("10000000"))
        .equipmentInvestment(Cny.of("5600000.00")).eligibleProject(true).build();
    RenovationGrantResult r = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, open);
    assertThat(r.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(r.eligibility().missingFacts()).containsExactly("/fixedAssetInvestment");
    assertThat(r.amount()).isEqualTo(new AmountRange(Cny.of("0.00"), Cny.of("1600000.00")));
    // 5,599,999.99 meets neither way: ineligible
    RenovationGrantRequest low = RenovationGrantRequest.builder().from(open)
        .equipmentInvestment(Cny.of("5599999.99")).build();
    assertThat(RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, low).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // equipment above the total is inconsistent whatever the fixed assets (equipment ≤ fixed ≤ total): bad input
    // naming the equipment, not a question about the fixed assets (it read undetermined, 0 – 1,600,000.00)
    assertThatThrownBy(() -> RenovationGrantRequest.builder().from(open)
        .equipmentInvestment(Cny.of("10000000.01")).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("equipmentInvestment");
          assertThat(ex.relatedFields()).containsExactly("totalInvestment");
        });
  }

  @Test
  void engine_equipmentAboveTheTotal_fixedAssetsNotGiven_isBadInputNamingTheProjectsField() {
    String firm = PROJECT_FIRM.replace("\"fixedAssetInvestment\": {\"amount\": 9600000, \"currency\": \"CNY\"},", "")
        .replace("\"equipmentInvestment\": {\"amount\": 6720000,",
            "\"equipmentInvestment\": {\"amount\": 12000000.01,");
    assertThat(firm).contains("12000000.01").doesNotContain("9600000");
    // the grant fails, naming the project's field (it read undetermined, asking for the fixed assets)
    EntitlementReport grant = BlindAuditEngine.report(firm, "2024-06-30", GRANT_ID);
    assertThat(grant.outcomes()).isEmpty();
    assertThat(grant.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.field()).isEqualTo("/renovationProjects/0/equipmentInvestment");
      assertThat(failure.code()).isEqualTo("input.conflict");
    });
    // the interest subsidy does not read the investment: 5,004,550.00 as above
    assertOutcome(BlindAuditEngine.outcome(firm, "2024-06-30", INTEREST_ID), Verdict.ELIGIBLE, "5004550.00",
        "5004550.00");
  }

  @Test
  void support_theGrantAndTheSubsidyStack() {
    // 还可叠加享受贷款贴息: level 3 on 10,000,000.03: 1,600,000.00, with 50% × 21,000.01 = 10,500.01: 1,610,500.01
    RenovationSupportRequest both = RenovationSupportRequest.of(grant(RenovationCategory.INTELLIGENT, 3,
        "10000000.03", "12000000", "9600000", "6720000").build(), request("2023-01-01",
        loanInterest("R1", d("2023-01-01"), d("2023-04-01"), "21000.01")));
    assertThat(RenovationSupportCalculator.DEFAULT.maximumSupport(GRANT, INTEREST, both))
        .isEqualTo(Cny.of("1610500.01"));
    RenovationSupportResult r = RenovationSupportCalculator.DEFAULT.explainMaximumSupport(GRANT, INTEREST, both);
    // the grant's range starts at zero (the authority fixes it), the subsidy is exact: 10,500.01 – 1,610,500.01
    assertThat(r.total()).isEqualTo(new AmountRange(Cny.of("10500.01"), Cny.of("1610500.01")));
  }

  //-------------------------------------------------------------------------
  // the engine, typed and evaluateJson

  private static final String PROJECT_FIRM = """
      {"registrationRegionCode": "440306", "legalForm": "ENTERPRISE", "industryCode": "C3411", "size": "SMALL",
       "renovationProjects": [
        {"projectId": "P1", "category": "INTELLIGENT", "maturityLevel": 3,
         "eligibleInvestment": {"amount": 10000000.03, "currency": "CNY"},
         "totalInvestment": {"amount": 12000000, "currency": "CNY"},
         "fixedAssetInvestment": {"amount": 9600000, "currency": "CNY"},
         "equipmentInvestment": {"amount": 6720000, "currency": "CNY"}, "eligibleProject": true,
         "subsidyStart": "2024-02-29",
         "interestPayments": [
          {"paymentId": "R1", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2024-01-01",
           "interestUntil": "2024-04-01", "interestPaid": {"amount": 9100.00, "currency": "CNY"}},
          {"paymentId": "R2", "kind": "EQUIPMENT_FINANCE_LEASE", "interestFrom": "2027-01-01",
           "interestUntil": "2027-04-01", "interestPaid": {"amount": 9000.00, "currency": "CNY"}}]},
        {"projectId": "P2", "category": "EQUIPMENT_UPGRADE",
         "eligibleInvestment": {"amount": 20000000, "currency": "CNY"},
         "totalInvestment": {"amount": 20000000, "currency": "CNY"},
         "fixedAssetInvestment": {"amount": 16000000, "currency": "CNY"},
         "equipmentInvestment": {"amount": 11200000, "currency": "CNY"}, "eligibleProject": true,
         "subsidyStart": "2023-01-01",
         "interestPayments": [
          {"paymentId": "S1", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-01-01",
           "interestUntil": "2026-01-01", "interestPaid": {"amount": 10000000.02, "currency": "CNY"}}]}]}
      """;

  @Test
  void engine_twoProjects_eachCappedOnItsOwn_leapDayYears() {
    // P1 (start 2024-02-29): R1 2024-01-01 → 2024-04-01 is 91 days (2024 a leap year: 31 + 29 + 31), 32 inside
    // (2024-02-29..2024-03-31): 9,100.00 × 32 / 91 = 3,200.00; R2 as above 5,900.00; 50% × 9,100.00 = 4,550.00.
    // P2: 50% × 10,000,000.02 = 5,000,000.01 → its own cap 5,000,000.00. The projects add (per project, §4.1
    // item 9): 5,004,550.00
    MeasureOutcome interest = BlindAuditEngine.outcome(PROJECT_FIRM, "2024-06-30", INTEREST_ID);
    assertOutcome(interest, Verdict.ELIGIBLE, "5004550.00", "5004550.00");
    assertThat(interest.clauseLabel()).contains("第十条");
    // the grant: P1 16% × 10,000,000.03 = 1,600,000.0048 → 1,600,000.00; P2 10% × 20,000,000 = 2,000,000.00;
    // each up to its maximum (the authority fixes it): 0 – 3,600,000.00
    MeasureOutcome grant = BlindAuditEngine.outcome(PROJECT_FIRM, "2024-06-30", GRANT_ID);
    assertOutcome(grant, Verdict.ELIGIBLE, "0", "3600000.00");
    assertThat(grant.missingFacts()).isEmpty();
  }

  @Test
  void engine_aProjectsStartNotGiven_isTheMostItCanReceive() {
    // register §4.1 item 9: the start not known, every payment may fall in the years: up to 50% × (9,100.00 +
    // 9,000.00) = 9,050.00, naming /renovationProjects/0/subsidyStart
    String firm = PROJECT_FIRM.replace("\"subsidyStart\": \"2024-02-29\",", "")
        .replaceAll("(?s),\\s*\\{\"projectId\": \"P2\".*\\]\\}\\]\\}", "]}");
    assertThat(firm).doesNotContain("P2").doesNotContain("2024-02-29");
    MeasureOutcome interest = BlindAuditEngine.outcome(firm, "2024-06-30", INTEREST_ID);
    assertThat(interest.verdict()).isNotEqualTo(Verdict.INELIGIBLE);
    assertThat(BlindAuditEngine.yuan(interest.amount().maximum().orElseThrow())).isEqualByComparingTo("9050.00");
    assertThat(interest.missingFacts()).contains("/renovationProjects/0/subsidyStart");
  }
}
