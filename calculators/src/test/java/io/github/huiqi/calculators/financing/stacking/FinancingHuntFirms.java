package io.github.huiqi.calculators.financing.stacking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The firms of the fact-drop hunt ({@code FinancingFactDropPropertyTest} with {@code -Dhuiqi.factDrop.biased=true}):
 * firms drawn where the stacking of the first-loan subsidy (深工信〔2023〕26号 第5条), the tech-SME 贴息贴保 (第13条) and
 * the renovation interest subsidy (小升规方案 第十条) is hardest, which the register's items 100–116 were found on:
 * <ul>
 *   <li>the programme's 3,000,000 nearly spent (2,900,000 – 3,000,000 already received in a quarter of the firms);
 *   <li>one to four loans, a quarter of the firms with every principal 10,000,000 – 20,000,000 (the first-loan
 *       subsidy's 200,000 cap binding), drawn mostly inside the first-loan window;
 *   <li>a 科技型中小企业 enrolment dated inside the interest periods, sometimes with an end;
 *   <li>claims recorded (interestSubsidyClaimedFirst), guarantee fees and premiums, loans subsidised elsewhere;
 *   <li>a renovation project whose interest payments mostly name a loan.
 * </ul>
 * Every fact is given, so each drop is a fact the engine must treat as unknown. A firm is drawn from the generator
 * alone, so a seed and an index name it (as the hunt reports them).
 */
public final class FinancingHuntFirms {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FinancingHuntFirms() {
  }

  /**
   * Draws one firm of 深圳 (sometimes 龙华区 440307, else 宝安区 440306), every fact given.
   *
   * @param r  the generator, seeded by the caller
   * @return the firm's profile as JSON
   */
  public static ObjectNode biased(Random r) {
    ObjectNode f = MAPPER.createObjectNode();
    f.put("registrationRegionCode", r.nextInt(5) == 0 ? "440307" : "440306");
    f.put("legalForm", "ENTERPRISE");
    f.put("independentLegalPerson", r.nextInt(12) != 0);
    f.put("registrationDate", "2016-05-01");
    f.put("industryCode", "C3484");
    f.put("restrictedOrProhibitedIndustry", false);
    f.put("size", "SMALL");
    f.put("smallScaleTaxpayer", false);
    f.put("onSeriousDishonestyList", r.nextInt(15) == 0);
    f.put("firstTimeBorrower", r.nextInt(4) != 0);
    ObjectNode tech = f.putObject("techSme");
    boolean held = r.nextInt(6) != 0;
    tech.put("held", held);
    if (held) {
      int k = r.nextInt(4);
      LocalDate since = k == 0 ? LocalDate.of(2022, 1, 1) : day(r, "2023-01-01", 365);
      tech.put("since", since.toString());
      if (r.nextInt(3) == 0) {
        tech.put("until", since.plusDays(30 + r.nextInt(300)).toString());
      }
    }
    long[] received = {0, 0, 0, 2_000_000, 2_500_000, 2_950_000, 2_980_000, 2_990_000, 2_999_000, 3_000_000};
    long rec = received[r.nextInt(received.length)];
    if (r.nextInt(4) == 0) {
      rec = 2_900_000 + r.nextInt(100_000);
    }
    f.set("techSmeSubsidyReceived", money(rec * 100));
    ArrayNode years = f.putArray("years");
    for (int y = 2022; y <= 2023; y++) {
      ObjectNode yy = years.addObject();
      yy.put("year", y);
      yy.set("revenue", money(15_000_000_00L));
      yy.put("employees", 80);
      yy.set("totalAssets", money(20_000_000_00L));
      yy.put("aboveScale", false);
    }
    int n = 1 + r.nextInt(4);
    ArrayNode loans = f.putArray("loans");
    ArrayNode interest = f.putArray("interestPayments");
    ArrayNode fees = f.putArray("guaranteeFeePayments");
    ArrayNode prem = f.putArray("insurancePremiumPayments");
    boolean bigYear = r.nextInt(4) == 0;
    for (int i = 0; i < n; i++) {
      String id = "L" + (i + 1);
      ObjectNode l = loans.addObject();
      l.put("loanId", id);
      int kind = r.nextInt(10);
      LocalDate draw = kind < 6 ? day(r, "2023-01-01", 90) : kind < 8 ? day(r, "2022-06-01", 200)
          : day(r, "2023-04-01", 200);
      long principal;
      int pk = r.nextInt(6);
      if (bigYear || pk == 0) {
        principal = 10_000_000L + r.nextInt(10_001) * 1_000L;
      } else if (pk == 1) {
        principal = 5_000_000L + r.nextInt(5_000) * 1_000L;
      } else {
        principal = 300_000L + r.nextInt(3_000) * 1_000L;
      }
      l.set("principal", money(principal * 100));
      l.put("drawdownDate", draw.toString());
      LocalDate maturity = draw.plusMonths(r.nextInt(5) == 0 ? 4 + r.nextInt(6) : 12);
      l.put("maturityDate", maturity.toString());
      int bp = 300 + r.nextInt(250);
      l.put("annualInterestRate", new BigDecimal(bp).movePointLeft(2).toPlainString() + "%");
      l.put("lenderRegionCode", r.nextInt(10) == 0 ? "310000" : "440300");
      l.put("firstDrawdownOfFirstContract", kind < 6 ? r.nextInt(6) != 0 : r.nextInt(3) == 0);
      l.put("forProductionOrOperation", r.nextInt(15) != 0);
      l.put("subsidisedUnderAnotherMunicipalScheme", r.nextInt(8) == 0);
      l.put("vehicleOrRealEstatePurchase", false);
      if (r.nextInt(6) == 0) {
        l.put("interestSubsidyClaimedFirst", r.nextBoolean() ? "FIRST_LOAN" : "TECH_SME");
      }
      boolean guaranteed = r.nextInt(4) == 0;
      l.put("guaranteed", guaranteed);
      if (guaranteed) {
        ObjectNode g = l.putObject("guarantee");
        g.put("governmentGuarantor", true);
        g.put("policyFund", false);
        g.put("guarantorInRegion", true);
        g.put("reGuaranteed", false);
        g.put("standardFeeRate", "2%");
        g.put("feeRate", "1%");
        long days = ChronoUnit.DAYS.between(draw, maturity);
        long fee = principal / 100 * days / 360;
        g.set("feePaid", money(fee * 100));
        if (r.nextBoolean()) {
          ObjectNode p = fees.addObject();
          p.put("paymentId", "G-" + id);
          p.put("paymentDate", draw.toString());
          p.set("amountPaid", money(Math.max(1, fee) * 100));
        }
      }
      if (r.nextInt(8) == 0) {
        ObjectNode p = prem.addObject();
        p.put("paymentId", "P-" + id);
        p.put("paymentDate", draw.toString());
        p.set("amountPaid", money((1_000 + r.nextInt(20_000)) * 100L));
      }
      int payments = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(3);
      LocalDate start = draw.isBefore(LocalDate.of(2022, 10, 1)) && r.nextBoolean() ? LocalDate.of(2022, 11, 1) : draw;
      for (int k = 0; k < payments && start.isBefore(maturity); k++) {
        LocalDate end = start.plusDays(30 + r.nextInt(150));
        if (end.isAfter(maturity)) {
          end = maturity;
        }
        ObjectNode p = interest.addObject();
        p.put("paymentId", "I-" + id + "-" + k);
        p.put("loanId", id);
        p.put("accrualStart", start.toString());
        p.put("accrualEnd", end.toString());
        p.put("paymentDate", end.plusDays(r.nextInt(3)).toString());
        long days = ChronoUnit.DAYS.between(start, end);
        long paid = BigDecimal.valueOf(principal).multiply(BigDecimal.valueOf(bp)).multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_UP).movePointRight(2).longValue();
        if (r.nextInt(5) == 0) {
          paid = paid * (20 + r.nextInt(80)) / 100;
        }
        p.set("interestPaid", money(Math.max(100, paid)));
        start = end;
      }
    }
    ArrayNode projects = f.putArray("renovationProjects");
    if (r.nextInt(3) == 0) {
      ObjectNode pr = projects.addObject();
      pr.put("projectId", "R1");
      pr.put("category", "EQUIPMENT_UPGRADE");
      long inv = 1_000_000L * (1 + r.nextInt(40));
      pr.set("eligibleInvestment", money(inv * 100));
      pr.set("totalInvestment", money(inv * 100));
      pr.set("fixedAssetInvestment", money(inv * 90));
      pr.set("equipmentInvestment", money(inv * 80));
      pr.put("eligibleProject", r.nextInt(4) != 0);
      pr.put("subsidyStart", "2023-01-01");
      ArrayNode ps = pr.putArray("interestPayments");
      int k = r.nextInt(3);
      for (int j = 0; j < k; j++) {
        ObjectNode p = ps.addObject();
        p.put("paymentId", "RP-" + j);
        p.put("kind", "BANK_FIXED_ASSET_LOAN");
        LocalDate from = day(r, "2023-01-01", 200);
        p.put("interestFrom", from.toString());
        p.put("interestUntil", from.plusDays(60 + r.nextInt(300)).toString());
        p.set("interestPaid", money((5_000 + r.nextInt(60_000)) * 100L));
        if (r.nextInt(5) != 0) {
          p.put("loanId", "L" + (1 + r.nextInt(n)));
        }
      }
    }
    for (String empty : List.of("grantEvents", "insuranceDeferrals", "leases", "housingFundDeferrals",
        "trainingSessions", "utilityBills", "hires")) {
      f.putArray(empty);
    }
    return f;
  }

  private static ObjectNode money(long fen) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("amount", BigDecimal.valueOf(fen, 2));
    n.put("currency", "CNY");
    return n;
  }

  private static LocalDate day(Random r, String from, int days) {
    return LocalDate.parse(from).plusDays(r.nextInt(days));
  }
}
