package io.github.huiqi.calculators.catalog.engine;

import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.MEASURES;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SH_AWARD;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SH_FIRST_LOAN;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SH_HIRING;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SZ_FIRST_LOAN;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SZ_RENOVATION_GRANT;
import static io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.SZ_TECH_SME;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EngineOracleCalls.Typed;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The entitlement engine against the typed calculators over seeded random firms: every fact the six measures read is
 * known (region, legal person, size, credit facts, the 科技型中小企业, 专精特新 and 小巨人 qualifications with their dates,
 * loans with every loan fact, interest, guarantee fees, premiums and the programme's past payments, hires, renovation
 * projects, grant events), and for each of 深工信〔2023〕26号 第5条 and 第13条, 小升规方案 第十条 (grant),
 * 沪企服办〔2023〕1号 第一条, 第十五条 and 第十九条 the
 * engine's verdict and amount must be the typed calculator's on the oracle's own request
 * ({@link EngineOracleRequests}).
 * <p>
 * Where the calculator takes no enterprise region (tech-SME, grant, 上海 first loan, hiring, award), the oracle adds the
 * measure's city itself: a firm registered outside it gets nothing. Stacking: the engine applies rules across
 * measures (one Shenzhen municipal interest subsidy per loan, the renovation rules); the oracle detects an outcome a
 * rule changed by comparing it with the same measure evaluated alone ({@link Catalog#evaluate}, which applies no
 * stacking rule): one that differs in verdict, amount or count in the total is set aside from the equality, and
 * instead checked to be no more than the calculator's (a rule only takes away) while the measure alone still equals the
 * calculator. Each firm's seed is printed on failure; {@code -Dhuiqi.oracle.firms} and {@code -Dhuiqi.oracle.seed} run
 * other firms (15,000 from seed 30,000,000 passed).
 */
class EngineCalculatorOraclePropertyTest {

  private static final int FIRMS = Integer.getInteger("huiqi.oracle.firms", 2_000);
  private static final long FIRST_SEED = Long.getLong("huiqi.oracle.seed", 20_261_206L);
  private static final Catalog CATALOG = EngineOracleCalls.ENGINE.catalog();
  private static final String[] SZ_CODES = {"440305", "440306", "440300", "440104"};
  private static final String[] SH_CODES = {"310115", "310104", "310000", "110105"};
  private static final String[] LENDERS = {"440300", "440305", "310000", "310115", "110000"};
  private static final String[] AS_OF = {"2023-06-30", "2023-12-31", "2024-12-31"};

  @Test
  void test_engineEqualsTheTypedCalculators_onRandomCompleteFirms() {
    Map<String, Map<Verdict, Integer>> verdicts = new HashMap<>();
    Map<String, Integer> stacked = new HashMap<>();
    long started = System.nanoTime();
    for (int i = 0; i < FIRMS; i++) {
      long seed = FIRST_SEED + i;
      String json = firm(new Random(seed));
      String asOf = AS_OF[(int) (seed % AS_OF.length)];
      try {
        check(json, asOf, i % 100 == 0, i % 10 == 0, verdicts, stacked);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + " as of " + asOf + ": " + json + "\n" + e.getMessage(), e);
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("EngineCalculatorOraclePropertyTest: " + FIRMS + " firms in " + millis + " ms; verdicts "
        + verdicts + "; set aside as stacked " + stacked);
    // the generator reaches every verdict that matters: each measure eligible and ineligible on many firms
    for (MeasureId id : MEASURES) {
      Map<Verdict, Integer> counts = verdicts.get(id.value());
      assertThat(counts.getOrDefault(Verdict.ELIGIBLE, 0)).as(id + " eligible").isGreaterThan(FIRMS / 50);
      assertThat(counts.getOrDefault(Verdict.INELIGIBLE, 0)).as(id + " ineligible").isGreaterThan(FIRMS / 50);
    }
    // the stacking rule is reached, and sets aside few outcomes
    assertThat(stacked.getOrDefault(SZ_TECH_SME, 0) + stacked.getOrDefault(SZ_FIRST_LOAN, 0)).isPositive()
        .isLessThan(FIRMS / 4);
  }

  private static void check(String json, String asOf, boolean allPaths, boolean allForms,
      Map<String, Map<Verdict, Integer>> verdicts, Map<String, Integer> stacked) {
    EnterpriseProfile profile = HuiqiJson.read(json, EnterpriseProfile.class);
    LocalDate date = LocalDate.parse(asOf);
    EntitlementReport report;
    if (allPaths) {
      report = EngineOracleCalls.engine(json, asOf).plain();
    } else {
      report = EngineOracleCalls.ENGINE.evaluate(EntitlementRequest.of(profile, date).withMeasures(MEASURES));
    }
    String region = profile.registrationRegionCode().orElseThrow();
    Map<String, Typed> typed = Map.of(
        SZ_FIRST_LOAN, EngineOracleCalls.firstLoan(profile, allForms),
        SZ_TECH_SME, inCity(region, "4403", profile, p -> EngineOracleCalls.techSme(p, false, allForms)),
        SZ_RENOVATION_GRANT, inCity(region, "4403", profile, p -> EngineOracleCalls.renovationGrant(p, allForms)),
        SH_FIRST_LOAN, inCity(region, "31", profile, p -> EngineOracleCalls.guaranteedFirstLoan(p, allForms)),
        SH_HIRING, inCity(region, "31", profile, p -> EngineOracleCalls.hiring(p, allForms)),
        SH_AWARD, inCity(region, "31", profile, p -> EngineOracleCalls.award(p, allForms)));
    for (MeasureId id : MEASURES) {
      MeasureOutcome engine = report.outcome(id).orElseThrow();
      MeasureOutcome alone = CATALOG.evaluate(id, profile, date);
      Typed expected = typed.get(id.value());
      // the measure alone is the calculator's, always
      assertThat(alone.verdict()).as(id + " alone: verdict").isEqualTo(expected.verdict());
      assertThat(alone.amount()).as(id + " alone: amount").isEqualTo(expected.outcomeAmount());
      boolean changed = engine.verdict() != alone.verdict() || !engine.amount().equals(alone.amount())
          || engine.countedInTotal() != alone.countedInTotal();
      if (changed) {
        // a stacking rule changed it: never more than the measure alone
        stacked.merge(id.value(), 1, Integer::sum);
        expected.outcomeAmount().maximum().ifPresent(most -> assertThat(
            Cny.yuan(engine.amount().maximum().orElseThrow(), "maximum")).as(id + " stacked")
            .isLessThanOrEqualTo(Cny.yuan(most, "maximum")));
        if (id.value().equals(SZ_TECH_SME) && typed.get(SZ_FIRST_LOAN).verdict() == Verdict.INELIGIBLE) {
          // no loan for the first-loan subsidy: the one rule at work is that a loan subsidised by another municipal
          // scheme takes neither subsidy; the engine's amount is the calculator's on the other loans' interest, its
          // verdict the measure's alone (the rule replaces amounts, keeping verdicts: register §4.1 item 10)
          Typed others = region.startsWith("4403") ? EngineOracleCalls.techSme(profile, true, allForms)
              : EngineOracleCalls.NOTHING;
          assertThat(engine.verdict()).as(id + ": one subsidy per loan: verdict").isEqualTo(alone.verdict());
          assertThat(engine.amount()).as(id + ": one subsidy per loan: amount").isEqualTo(others.outcomeAmount());
          stacked.merge(id.value() + " (checked, subsidised elsewhere)", 1, Integer::sum);
        }
      } else {
        assertThat(engine.verdict()).as(id + ": verdict").isEqualTo(expected.verdict());
        assertThat(engine.amount()).as(id + ": amount").isEqualTo(expected.outcomeAmount());
      }
      verdicts.computeIfAbsent(id.value(), k -> new EnumMap<>(Verdict.class)).merge(engine.verdict(), 1,
          Integer::sum);
    }
  }

  /** A measure of one city, whose calculator takes no enterprise region: outside the city, nothing. */
  private static Typed inCity(String region, String prefix, EnterpriseProfile profile,
      Function<EnterpriseProfile, Typed> calculator) {
    return region.startsWith(prefix) ? calculator.apply(profile)
        : EngineOracleCalls.NOTHING;
  }

  //-------------------------------------------------------------------------
  /** A random firm with every fact the five measures read known, as JSON. */
  static String firm(Random random) {
    boolean shenzhen = random.nextBoolean();
    String region = (shenzhen ? SZ_CODES : SH_CODES)[random.nextInt(4)];
    String[] sizes = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
    StringBuilder json = new StringBuilder("{\"registrationRegionCode\": \"").append(region)
        .append("\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": ").append(random.nextInt(10) > 0)
        .append(", \"size\": \"").append(sizes[random.nextInt(4)]).append("\", \"firstTimeBorrower\": ")
        .append(random.nextBoolean()).append(", \"onSeriousDishonestyList\": ").append(random.nextInt(15) == 0)
        .append(", \"techSme\": ").append(qualification(random))
        .append(", \"specialisedAndInnovative\": ").append(qualification(random))
        .append(", \"littleGiant\": ").append(qualification(random))
        .append(", \"techSmeSubsidyReceived\": ").append(cny(random.nextInt(4) == 0
            ? BigDecimal.valueOf(random.nextInt(3_100_000)) : BigDecimal.ZERO));
    int loans = random.nextInt(4);
    StringBuilder loanList = new StringBuilder();
    StringBuilder interest = new StringBuilder();
    int payments = 0;
    for (int l = 0; l < loans; l++) {
      // half the drawdowns in or a few days around a window: 上海's 2022年第四季度, 深圳's 2023年1-3月
      LocalDate drawn = random.nextBoolean() ? day(random, LocalDate.of(2022, 9, 1), 600)
          : shenzhen ? day(random, LocalDate.of(2022, 12, 28), 97) : day(random, LocalDate.of(2022, 9, 28), 98);
      LocalDate matures = drawn.plusMonths(1 + random.nextInt(24)).plusDays(random.nextInt(3) - 1);
      if (!matures.isAfter(drawn)) {
        matures = drawn.plusDays(1);
      }
      String repaid = "";
      if (random.nextInt(3) == 0) {
        long span = matures.toEpochDay() - drawn.toEpochDay();
        repaid = ", \"repaymentDate\": \"" + drawn.plusDays(1 + random.nextInt((int) span)) + "\"";
      }
      String rate = random.nextInt(8) == 0 ? "2%" : BigDecimal.valueOf(150 + random.nextInt(451), 2) + "%";
      String guarantee = random.nextBoolean() ? ", \"guaranteed\": false"
          : ", \"guarantee\": {\"governmentGuarantor\": " + random.nextBoolean() + ", \"policyFund\": "
              + (random.nextInt(3) > 0) + "}";
      if (l > 0) {
        loanList.append(", ");
      }
      loanList.append("{\"loanId\": \"L").append(l).append("\", \"principal\": ")
          .append(cny(BigDecimal.valueOf(10_000L + random.nextInt(40_000_000), random.nextInt(4) == 0 ? 2 : 0)))
          .append(", \"drawdownDate\": \"").append(drawn).append("\", \"maturityDate\": \"").append(matures)
          .append("\", \"annualInterestRate\": \"").append(rate).append("\"").append(repaid)
          .append(", \"lenderRegionCode\": \"").append(random.nextInt(5) < 3 ? (shenzhen ? "440300" : "310000")
              : LENDERS[random.nextInt(LENDERS.length)])
          .append("\", \"firstDrawdownOfFirstContract\": ").append(random.nextInt(3) > 0)
          .append(", \"forProductionOrOperation\": ").append(random.nextInt(10) > 0)
          .append(", \"subsidisedUnderAnotherMunicipalScheme\": ").append(random.nextInt(8) == 0)
          .append(", \"firstInclusiveFinanceLoan\": ").append(random.nextInt(3) > 0).append(guarantee).append("}");
      // interest paid quarterly from the drawdown
      LocalDate from = drawn;
      int quarters = random.nextInt(4);
      for (int q = 0; q < quarters; q++) {
        LocalDate to = from.plusMonths(3);
        if (payments++ > 0) {
          interest.append(", ");
        }
        interest.append("{\"paymentId\": \"I").append(l).append('-').append(q).append("\", \"loanId\": \"L")
            .append(l).append("\", \"accrualStart\": \"").append(from).append("\", \"accrualEnd\": \"").append(to)
            .append("\", \"paymentDate\": \"").append(to.plusDays(random.nextInt(3))).append("\", \"interestPaid\": ")
            .append(cny(BigDecimal.valueOf(random.nextInt(80_000_000), 2))).append("}");
        from = to;
      }
    }
    json.append(", \"loans\": [").append(loanList).append("], \"interestPayments\": [").append(interest).append("]");
    json.append(", \"guaranteeFeePayments\": [").append(fees(random, "G", 350_000)).append("]");
    json.append(", \"insurancePremiumPayments\": [").append(fees(random, "P", 600_000)).append("]");
    json.append(", \"hires\": [").append(hires(random)).append("]");
    json.append(", \"renovationProjects\": [").append(projects(random)).append("], \"grantEvents\": []");
    return json.append("}").toString();
  }

  private static String qualification(Random random) {
    if (random.nextInt(4) == 0) {
      return "{\"held\": false}";
    }
    StringBuilder q = new StringBuilder("{\"held\": true");
    if (random.nextInt(4) > 0) {
      LocalDate since = day(random, LocalDate.of(2021, 1, 1), 1200);
      q.append(", \"since\": \"").append(since).append("\"");
      if (random.nextBoolean()) {
        q.append(", \"until\": \"").append(since.plusYears(3).minusDays(1)).append("\"");
      }
    }
    return q.append("}").toString();
  }

  private static String fees(Random random, String prefix, int most) {
    StringBuilder list = new StringBuilder();
    int count = random.nextInt(3);
    for (int f = 0; f < count; f++) {
      if (f > 0) {
        list.append(", ");
      }
      list.append("{\"paymentId\": \"").append(prefix).append(f).append("\", \"paymentDate\": \"")
          .append(day(random, LocalDate.of(2022, 10, 1), 800)).append("\", \"amountPaid\": ")
          .append(cny(BigDecimal.valueOf(random.nextInt(most * 100), 2))).append("}");
    }
    return list.toString();
  }

  private static String hires(Random random) {
    StringBuilder list = new StringBuilder();
    int count = random.nextInt(5);
    for (int h = 0; h < count; h++) {
      LocalDate hired = day(random, LocalDate.of(2022, 12, 20), 390);
      boolean graduate = random.nextBoolean();
      boolean openEnded = random.nextInt(3) == 0;
      if (h > 0) {
        list.append(", ");
      }
      list.append("{\"hireId\": \"H").append(h).append("\", \"hireDate\": \"").append(hired)
          .append("\", \"registeredUnemployedMonths\": ").append(random.nextInt(7))
          .append(", \"shanghaiGraduate\": ").append(graduate);
      if (graduate) {
        list.append(", \"graduationYear\": ").append(2022 + random.nextInt(3));
      }
      list.append(", \"openEndedContract\": ").append(openEnded);
      if (!openEnded) {
        list.append(", \"contractEnd\": \"").append(hired.plusYears(1).plusDays(random.nextInt(7) - 4)
            .plusMonths(random.nextInt(3) == 0 ? random.nextInt(24) : 0)).append("\"");
      }
      list.append(", \"socialInsurancePaid\": ").append(random.nextInt(6) > 0).append("}");
    }
    return list.toString();
  }

  private static String projects(Random random) {
    StringBuilder list = new StringBuilder();
    int count = random.nextInt(3);
    for (int p = 0; p < count; p++) {
      boolean intelligent = random.nextBoolean();
      BigDecimal total = BigDecimal.valueOf(1_000_000L + (long) random.nextInt(60_000) * 10_000L);
      BigDecimal eligible = total.multiply(BigDecimal.valueOf(70 + random.nextInt(31))).divide(BigDecimal.valueOf(100));
      // fixed assets 70% to 100% of the total, equipment 60% to 100% of the fixed assets, whole yuan, some exactly
      // on the 80% and 70% bounds
      BigDecimal fixed = random.nextInt(6) == 0 ? total.multiply(new BigDecimal("0.8"))
          : total.multiply(BigDecimal.valueOf(70 + random.nextInt(31))).divide(BigDecimal.valueOf(100));
      BigDecimal equipment = random.nextInt(6) == 0 ? fixed.multiply(new BigDecimal("0.7"))
          : fixed.multiply(BigDecimal.valueOf(60 + random.nextInt(41))).divide(BigDecimal.valueOf(100));
      if (p > 0) {
        list.append(", ");
      }
      list.append("{\"projectId\": \"P").append(p).append("\", \"category\": \"")
          .append(intelligent ? "INTELLIGENT" : "EQUIPMENT_UPGRADE").append("\"");
      if (intelligent || random.nextBoolean()) {
        list.append(", \"maturityLevel\": ").append(1 + random.nextInt(5));
      }
      list.append(", \"eligibleInvestment\": ").append(cny(eligible)).append(", \"totalInvestment\": ")
          .append(cny(total)).append(", \"fixedAssetInvestment\": ").append(cny(fixed))
          .append(", \"equipmentInvestment\": ").append(cny(equipment)).append(", \"eligibleProject\": ")
          .append(random.nextInt(5) > 0).append(", \"interestPayments\": []}");
    }
    return list.toString();
  }

  private static LocalDate day(Random random, LocalDate from, int days) {
    return from.plusDays(random.nextInt(days));
  }

  private static String cny(BigDecimal yuan) {
    return "{\"amount\": " + yuan.toPlainString() + ", \"currency\": \"CNY\"}";
  }
}
