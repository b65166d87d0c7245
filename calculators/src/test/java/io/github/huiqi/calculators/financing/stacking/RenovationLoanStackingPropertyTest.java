package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property test of one municipal interest subsidy per loan between the renovation interest subsidy (小升规方案
 * 第十条 "按实际支付利息的50%，给予最高500万元的贴息资助") and the first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条)
 * subsidies ({@link RenovationLoanStackingRule}, decisions register §4.6 item 43; 2022 深圳 首贷 rules "同一笔贷款只能享受
 * 一次贴息政策"): on random profiles whose renovation payment names the loan the other two may pay on, the subsidies on
 * the loan never add up to more than the larger of the two sides' amounts on it, and the engine's total is the hand
 * rule's, worked out below from the clauses.
 * <p>
 * The firm: a 宝安区 small manufacturer, a first-time borrower, enrolled as a 科技型中小企业 since 2022-01-01, nothing
 * received from that programme, no fees or premiums. L1: a random principal drawn 2023-02-01 from a Shenzhen bank at
 * 4%, maturing 2024-02-01, the first drawdown of its first contract. Its interest X for 2023-02-01 → 2023-08-01, paid
 * 2023-08-01, is the renovation project R1's payment naming L1 and, half the time, the tech-SME interest payment too
 * (else the tech-SME subsidy has nothing to pay on). R1 (eligible, subsidised years from 2023-01-01) sometimes also
 * paid Y on a lease, naming no loan.
 */
class RenovationLoanStackingPropertyTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  private static String request(long principal, String interest, boolean techInterest, String lease) {
    String paid = "{\"amount\": " + interest + ", \"currency\": \"CNY\"}";
    String renovationPayments = "{\"paymentId\": \"P1\", \"kind\": \"BANK_FIXED_ASSET_LOAN\", \"interestFrom\":"
        + " \"2023-02-01\", \"interestUntil\": \"2023-08-01\", \"interestPaid\": " + paid + ", \"loanId\": \"L1\"}"
        + (lease == null ? "" : ", {\"paymentId\": \"P2\", \"kind\": \"EQUIPMENT_FINANCE_LEASE\", \"interestFrom\":"
        + " \"2023-02-01\", \"interestUntil\": \"2023-08-01\", \"interestPaid\": {\"amount\": " + lease
        + ", \"currency\": \"CNY\"}}");
    String techPayments = !techInterest ? "" : "{\"paymentId\": \"I-1\", \"loanId\": \"L1\", \"accrualStart\":"
        + " \"2023-02-01\", \"accrualEnd\": \"2023-08-01\", \"paymentDate\": \"2023-08-01\", \"interestPaid\": "
        + paid + "}";
    return "{\"asOf\": \"2023-09-30\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\", \"" + RENOVATION
        + "\"], \"profile\": {\"registrationRegionCode\": \"440306\", \"techSmeSubsidyReceived\": {\"amount\": 0,"
        + " \"currency\": \"CNY\"}, \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"techSme\": {\"held\": true, \"since\": \"2022-01-01\", \"until\": \"2025-12-31\"},"
        + " \"firstTimeBorrower\": true, \"onSeriousDishonestyList\": false, \"years\": [{\"year\": 2022,"
        + " \"revenue\": {\"amount\": 15000000, \"currency\": \"CNY\"}, \"employees\": 80, \"totalAssets\":"
        + " {\"amount\": 20000000, \"currency\": \"CNY\"}, \"aboveScale\": false}], \"loans\": [{\"loanId\": \"L1\","
        + " \"principal\": {\"amount\": " + principal + ", \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-02-01\","
        + " \"maturityDate\": \"2024-02-01\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\": \"440300\","
        + " \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false, \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": false}], \"interestPayments\": [" + techPayments + "], \"guaranteeFeePayments\": [],"
        + " \"insurancePremiumPayments\": [], \"renovationProjects\": [{\"projectId\": \"R1\", \"category\":"
        + " \"EQUIPMENT_UPGRADE\", \"eligibleInvestment\": {\"amount\": 10000000, \"currency\": \"CNY\"},"
        + " \"eligibleProject\": true, \"subsidyStart\": \"2023-01-01\", \"interestPayments\": ["
        + renovationPayments + "]}]}}";
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  /** An amount at one figure, in yuan. */
  private static BigDecimal exact(OutcomeAmount amount, String label) {
    assertThat(amount.isExact()).as(label + " at one figure: " + amount).isTrue();
    return yuan(amount.minimum());
  }

  private static BigDecimal fen(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261204L, 43L, 50L})
  void test_theLoansSubsidiesNeverExceedTheLarger_andTheTotalIsTheHandRules(long seed) {
    Random random = new Random(seed);
    int renovationKept = 0;
    int othersKept = 0;
    for (int n = 0; n < 60; n++) {
      long principal = 100_000L * (1 + random.nextInt(60));
      BigDecimal interest = new BigDecimal(1_000 + random.nextInt(60_000)).add(new BigDecimal(random.nextInt(100))
          .movePointLeft(2));
      boolean techInterest = random.nextBoolean();
      BigDecimal lease = random.nextInt(3) == 0 ? null : new BigDecimal(random.nextInt(20_000))
          .add(new BigDecimal(random.nextInt(100)).movePointLeft(2));
      EntitlementReport report = HuiqiJson.read(ENGINE.evaluateJson(request(principal, interest.toPlainString(),
          techInterest, lease == null ? null : lease.toPlainString())), EntitlementReport.class);
      String label = "seed " + seed + " profile " + n + " (principal " + principal + ", interest " + interest
          + ", tech-SME interest " + techInterest + ", lease " + lease + ")";

      // 第5条: 2% of the principal for 2023-02-01 → 2023-08-01 = 181 days, ACT/360 (register §4.1 item 1), half-up
      BigDecimal firstOnLoan = fen(new BigDecimal(principal).multiply(new BigDecimal("0.02"))
          .multiply(new BigDecimal(181)).divide(new BigDecimal(360), 10, RoundingMode.HALF_UP));
      // 第13条: min(70% + 30 points, 80%) = 80% of the interest of 2023 for a first-time borrower (2020 办法 第十四条（一）)
      BigDecimal techOnLoan = techInterest ? fen(interest.multiply(new BigDecimal("0.80"))) : BigDecimal.ZERO;
      // one of the two on L1 (register §4.1 item 10, neither claimed): the larger, the first-loan subsidy on a tie
      BigDecimal othersOnLoan = firstOnLoan.max(techOnLoan);
      // 第十条: 50% of the interest paid within the subsidised years, rounded once on the project's sum (register
      // §4.1 item 9), far below the 5,000,000 cap: with L1's payment and without it
      BigDecimal leasePaid = lease == null ? BigDecimal.ZERO : lease;
      BigDecimal renovationWith = fen(interest.add(leasePaid).multiply(new BigDecimal("0.5")));
      BigDecimal renovationWithout = fen(leasePaid.multiply(new BigDecimal("0.5")));
      BigDecimal renovationOnLoan = renovationWith.subtract(renovationWithout);
      // register §4.6 item 43: the larger amount on L1 keeps it, the first-loan and tech-SME subsidies on a tie
      boolean renovationKeeps = renovationOnLoan.compareTo(othersOnLoan) > 0;
      BigDecimal expected = renovationKeeps ? renovationWith : renovationWithout.add(othersOnLoan);
      if (renovationKeeps) {
        renovationKept++;
      } else {
        othersKept++;
      }

      BigDecimal first = exact(report.outcome(new MeasureId(FIRST_LOAN)).orElseThrow().amount(), label + " first");
      BigDecimal tech = exact(report.outcome(new MeasureId(TECH_SME)).orElseThrow().amount(), label + " tech");
      MeasureOutcome renovationOutcome = report.outcome(new MeasureId(RENOVATION)).orElseThrow();
      BigDecimal renovation = exact(renovationOutcome.amount(), label + " renovation");
      assertThat(first.add(tech).add(renovation)).as(label + ": the three").isEqualByComparingTo(expected);
      assertThat(exact(report.totals().inReach(), label + " total")).as(label + ": the total")
          .isEqualByComparingTo(expected);
      // on L1 itself: what the three pay beyond the lease's part never exceeds the larger side's amount on it
      assertThat(first.add(tech).add(renovation).subtract(renovationWithout)).as(label + ": on L1")
          .isLessThanOrEqualTo(renovationOnLoan.max(othersOnLoan));
      assertThat(renovationOutcome.notes()).as(label + ": noted")
          .anyMatch(note -> note.code().equals(RenovationLoanStackingRule.CODE));
    }
    assertThat(renovationKept).as("seed %d: the renovation subsidy keeps L1", seed).isGreaterThan(3);
    assertThat(othersKept).as("seed %d: the first-loan or tech-SME subsidy keeps L1", seed).isGreaterThan(3);
  }
}
