package io.github.huiqi.calculators.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.internal.OracleCap;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageWeighting;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests of the guarantee-fee calculators against {@link GuaranteeFeeOracle}: the small/micro fee
 * subsidy around its 3,000,000 principal, its fee rate of half the loan rate, its year and its 300,000 cap; the
 * Shanghai average at 1% exactly and a hair either side, with guarantees across 2023's ends; the 专精特新 draft's cap
 * around the benchmark's term brackets and 2015's adjustments; the 第6条 ceiling of 1% around a standard rate of
 * 1 ÷ 0.6. Each through the plain and explaining forms, a share through the JSON entry point.
 */
class GuaranteeFeeOraclePropertyTest {

  private static final long SEED = 2023_06_15L;
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final GuaranteeFeeSubsidyMeasure SUBSIDY = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
  private static final GuaranteeFeeAverageMeasure AVERAGE = DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
  private static final GuaranteeFeeBenchmarkCapMeasure CAP =
      DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final GuaranteeFeeReductionMeasure REDUCTION =
      DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);

  @Test
  void test_subsidy_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int n = 0; n < 1_200; n++) {
      Optional<EnterpriseSize> size = random.nextInt(10) == 0 ? Optional.empty()
          : Optional.of(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
      String[] regions = {"440305", "440300", "310101", "441900"};
      Optional<String> region = random.nextInt(10) == 0 ? Optional.empty()
          : Optional.of(regions[random.nextInt(4) == 0 ? 2 + random.nextInt(2) : random.nextInt(2)]);
      int year = 2015 + random.nextInt(10);
      List<GuaranteeFeeOracle.SubsidyLoan> loans = new ArrayList<>();
      GuaranteeFeeSubsidyRequest.Builder builder = GuaranteeFeeSubsidyRequest.builder().subsidyYear(year);
      size.ifPresent(builder::enterpriseSize);
      region.ifPresent(builder::registrationRegionCode);
      for (int i = random.nextInt(4); i >= 0; i--) {
        BigDecimal principal = random.nextInt(3) == 0
            ? new BigDecimal("3000000").add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2))
            : fen(random, 400_000_000L).add(new BigDecimal("0.01"));
        LocalDate drawdown = switch (random.nextInt(5)) {
          case 0 -> LocalDate.of(year, 1, 1).minusDays(random.nextInt(2));
          case 1 -> LocalDate.of(year, 12, 31).plusDays(random.nextInt(2));
          default -> LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        };
        BigDecimal loanRate = BigDecimal.valueOf(100 + random.nextInt(900)).movePointLeft(4);
        BigDecimal feeRate = switch (random.nextInt(4)) {
          case 0 -> loanRate.multiply(new BigDecimal("0.5"));
          case 1 -> loanRate.multiply(new BigDecimal("0.5")).add(new BigDecimal("0.000001"));
          case 2 -> loanRate.multiply(new BigDecimal("0.5")).subtract(new BigDecimal("0.000001"));
          default -> BigDecimal.valueOf(random.nextInt(600)).movePointLeft(4);
        };
        BigDecimal feePaid = random.nextInt(4) == 0
            ? new BigDecimal("1000000").add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2))
            : fen(random, random.nextBoolean() ? 120_000_000L : 100_000L);
        Boolean inRegion = random.nextInt(8) == 0 ? null : random.nextInt(6) != 0;
        Boolean purchase = random.nextInt(8) == 0 ? null : random.nextInt(6) == 0;
        loans.add(new GuaranteeFeeOracle.SubsidyLoan(principal, drawdown, loanRate, feeRate, feePaid, inRegion,
            purchase));
        GuaranteeFeeSubsidyLoan.Builder loan = GuaranteeFeeSubsidyLoan.builder().loanId("L" + i)
            .principal(Cny.of(principal)).drawdownDate(drawdown).annualInterestRate(Rate.ofFraction(loanRate))
            .guaranteeFeeRate(Rate.ofFraction(feeRate)).guaranteeFeePaid(Cny.of(feePaid));
        Optional.ofNullable(inRegion).ifPresent(loan::guarantorInRegion);
        Optional.ofNullable(purchase).ifPresent(loan::vehicleOrRealEstatePurchase);
        builder.addLoans(loan.build());
      }
      GuaranteeFeeSubsidyRequest request = builder.build();
      OracleCap.Subsidy expected = GuaranteeFeeOracle.subsidy(
          size.map(s -> s == EnterpriseSize.SMALL || s == EnterpriseSize.MICRO).orElse(null),
          region.map(code -> code.startsWith("4403")).orElse(null), year, loans);
      String what = "seed " + SEED + " subsidy case " + n + ": " + request;

      GuaranteeFeeSubsidyResult result = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(SUBSIDY, request);
      OracleCap.assertSubsidy(what, result.eligibility().verdict(), result.amount(),
          result.loans().stream().map(loan -> loan.computed()).toList(),
          result.loans().stream().map(loan -> loan.paid()).toList(), expected);
      if (expected.least().compareTo(expected.most()) == 0) {
        assertThat(yuan(GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(SUBSIDY, request))).as(what)
            .isEqualByComparingTo(expected.most());
      }
      if (n % 10 == 0) {
        GuaranteeFeeSubsidyResult viaJson = HuiqiJson.read(GuaranteeFeeSubsidyCalculator.DEFAULT
            .explainSubsidyJson(SUBSIDY, HuiqiJson.write(request)), GuaranteeFeeSubsidyResult.class);
        assertThat(viaJson.amount()).as(what).isEqualTo(result.amount());
        assertThat(viaJson.eligibility().verdict().name()).as(what).isEqualTo(expected.verdict());
      }
      if (n % 20 == 0 && size.isPresent() && region.isPresent()) {
        // the engine claims the loans drawn in the year before the evaluation date
        JsonNode outcome = EngineJson.firstOutcome(subsidyEngineRequest(size.get(), region.get(), year, request));
        assertThat(outcome.at("/verdict").asText()).as(what + "\n" + outcome).isEqualTo(expected.verdict());
        assertThat(EngineJson.least(outcome)).as(what + "\n" + outcome).isEqualByComparingTo(expected.least());
        assertThat(EngineJson.most(outcome)).as(what + "\n" + outcome).isEqualByComparingTo(expected.most());
      }
    }
  }

  private static String subsidyEngineRequest(EnterpriseSize size, String region, int year,
      GuaranteeFeeSubsidyRequest request) {
    StringBuilder json = new StringBuilder("{\"profile\": {\"registrationRegionCode\": \"").append(region)
        .append("\", \"size\": \"").append(size).append("\", \"loans\": [");
    for (int i = 0; i < request.loans().size(); i++) {
      GuaranteeFeeSubsidyLoan loan = request.loans().get(i);
      json.append(i == 0 ? "" : ", ").append("{\"loanId\": \"").append(loan.loanId()).append("\", \"principal\": ")
          .append(HuiqiJson.write(loan.principal())).append(", \"drawdownDate\": \"").append(loan.drawdownDate())
          .append("\", \"maturityDate\": \"").append(loan.drawdownDate().plusYears(1))
          .append("\", \"annualInterestRate\": ").append(HuiqiJson.write(loan.annualInterestRate()));
      loan.vehicleOrRealEstatePurchase().ifPresent(value -> json.append(", \"vehicleOrRealEstatePurchase\": ")
          .append(value));
      json.append(", \"guaranteed\": true, \"guarantee\": {\"feeRate\": ").append(HuiqiJson.write(
          loan.guaranteeFeeRate())).append(", \"feePaid\": ").append(HuiqiJson.write(loan.guaranteeFeePaid()));
      loan.guarantorInRegion().ifPresent(value -> json.append(", \"guarantorInRegion\": ").append(value));
      json.append("}}");
    }
    return json.append("]}, \"asOf\": \"").append(year + 1).append("-06-30\", \"measures\": [\"")
        .append(SUBSIDY.id()).append("\"]}").toString();
  }

  @Test
  void test_average_agreesWithTheOracle() {
    Random random = new Random(SEED + 1);
    for (int n = 0; n < 2_000; n++) {
      List<GuaranteeFeeOracle.Guarantee> guarantees = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      boolean balanced = random.nextInt(3) == 0;
      for (int i = 0; i < count; i++) {
        // the first guarantee always has a day in 2023
        LocalDate start = i == 0 ? LocalDate.of(2022, 12, 1).plusDays(random.nextInt(390))
            : LocalDate.of(2022, 6, 1).plusDays(random.nextInt(700));
        if (random.nextInt(5) == 0) {
          start = random.nextBoolean() ? GuaranteeFeeOracle.YEAR_2023 : LocalDate.of(2023, 12, 31);
        }
        LocalDate end = start.plusDays(1 + random.nextInt(500));
        if (random.nextInt(5) == 0) {
          end = GuaranteeFeeOracle.YEAR_2024.plusDays(random.nextInt(3) - 1);
          end = end.isAfter(start) ? end : start.plusDays(1);
        }
        if (i == 0 && !end.isAfter(GuaranteeFeeOracle.YEAR_2023)) {
          end = GuaranteeFeeOracle.YEAR_2023.plusDays(1 + random.nextInt(30));
        }
        BigDecimal amount = fen(random, 1_000_000_000L).add(new BigDecimal("0.01"));
        BigDecimal rate = BigDecimal.valueOf(9_000 + random.nextInt(2_001)).movePointLeft(6);
        if (balanced && i % 2 == 1) {
          // the pair's twin: same amount and dates, the rate as far above 1% as the first's is below (1% exactly)
          GuaranteeFeeOracle.Guarantee twin = guarantees.get(i - 1);
          amount = twin.amount();
          start = twin.start();
          end = twin.end();
          rate = new BigDecimal("0.02").subtract(twin.rate())
              .add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(8));
        }
        guarantees.add(new GuaranteeFeeOracle.Guarantee(amount, rate, start, end));
      }
      Optional<Boolean> government = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(6) != 0);
      List<GuaranteeFeeRecord> records = new ArrayList<>();
      for (int i = 0; i < guarantees.size(); i++) {
        GuaranteeFeeOracle.Guarantee g = guarantees.get(i);
        records.add(GuaranteeFeeRecord.of("G" + i, Cny.of(g.amount()), Rate.ofFraction(g.rate()), g.start(),
            g.end()));
      }
      GuaranteeFeeAverageRequest.Builder builder = GuaranteeFeeAverageRequest.builder().guarantees(records);
      government.ifPresent(builder::governmentGuarantor);
      // the options one case in three: the plain mean of the rates, and another day count
      boolean byCount = false;
      DayCount dayCount = DayCount.WHOLE_MONTHS;
      if (random.nextInt(3) == 0) {
        byCount = random.nextBoolean();
        dayCount = DayCount.values()[random.nextInt(DayCount.values().length)];
        builder.options(GuaranteeFeeAverageOptions.builder().weighting(byCount ? GuaranteeFeeAverageWeighting.COUNT
            : GuaranteeFeeAverageWeighting.AMOUNT_TIME).dayCount(dayCount).build());
      }
      GuaranteeFeeAverageRequest request = builder.build();
      GuaranteeFeeOracle.Average expected = GuaranteeFeeOracle.average(guarantees, byCount, dayCount);
      String what = "seed " + (SEED + 1) + " average case " + n + ": " + request;

      GuaranteeFeeAverageResult result = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRate(AVERAGE, request);
      Verdict verdict = government.isEmpty() ? Verdict.UNDETERMINED
          : government.get() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE;
      assertThat(result.eligibility().verdict()).as(what).isEqualTo(verdict);
      // the same fraction: a ÷ b = c ÷ d when a × d = c × b
      assertThat(result.averageFeeRate().numerator().multiply(expected.denominator())).as(what)
          .isEqualByComparingTo(expected.numerator().multiply(result.averageFeeRate().denominator()));
      assertThat(result.withinCeiling()).as(what).isEqualTo(expected.within());
      assertThat(GuaranteeFeeAverageCalculator.DEFAULT.isWithinCeiling(AVERAGE, request)).as(what)
          .isEqualTo(expected.within());
      assertThat(yuan(result.feeIncome())).as(what).isEqualByComparingTo(expected.feeIncome());
      if (n % 10 == 0) {
        GuaranteeFeeAverageResult viaJson = HuiqiJson.read(GuaranteeFeeAverageCalculator.DEFAULT
            .explainAverageFeeRateJson(AVERAGE, HuiqiJson.write(request)), GuaranteeFeeAverageResult.class);
        assertThat(viaJson.withinCeiling()).as(what).isEqualTo(expected.within());
        assertThat(yuan(viaJson.feeIncome())).as(what).isEqualByComparingTo(expected.feeIncome());
      }
    }
  }

  @Test
  void test_benchmarkCap_agreesWithTheOracle() {
    Random random = new Random(SEED + 2);
    // the benchmark's 2015 adjustments and the start of the draft's validity (register §4.6 item 86)
    LocalDate[] anchors = {LocalDate.of(2015, 6, 28), LocalDate.of(2015, 8, 26), LocalDate.of(2015, 10, 24),
        GuaranteeFeeOracle.BENCHMARK_CAP_FROM};
    // the 2015 adjustments are read under a host's copy valid from the benchmark's first date
    GuaranteeFeeBenchmarkCapMeasure host = GuaranteeFeeBenchmarkCapValidityTest.validFrom(anchors[0]);
    int outside = 0;
    for (int n = 0; n < 2_000; n++) {
      LocalDate contract = random.nextBoolean()
          ? anchors[random.nextInt(4)].plusDays(random.nextInt(3) - (random.nextBoolean() ? 0 : 1))
          : LocalDate.of(2015, 6, 28).plusDays(random.nextInt(3_800));
      contract = contract.isBefore(anchors[0]) ? anchors[0] : contract;
      LocalDate start = contract.plusDays(random.nextInt(40));
      LocalDate maturity = switch (random.nextInt(5)) {
        case 0 -> start.plusYears(1).plusDays(random.nextInt(3) - 1);
        case 1 -> start.plusYears(5).plusDays(random.nextInt(3) - 1);
        default -> start.plusDays(1 + random.nextInt(3_000));
      };
      BigDecimal cap = GuaranteeFeeOracle.benchmarkCap(contract, start, maturity);
      Optional<BigDecimal> proposed = switch (random.nextInt(4)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(cap);
        case 2 -> Optional.of(cap.add(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1).movePointLeft(8)));
        default -> Optional.of(BigDecimal.valueOf(random.nextInt(400)).movePointLeft(4));
      };
      Optional<BigDecimal> principal = random.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(fen(random, 5_000_000_000L).add(new BigDecimal("0.01")));
      Optional<Boolean> zjtx = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(5) != 0);
      Optional<Boolean> government = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(5) != 0);
      GuaranteeFeeBenchmarkCapRequest.Builder builder = GuaranteeFeeBenchmarkCapRequest.builder()
          .contractDate(contract).loanStart(start).maturity(maturity);
      zjtx.ifPresent(builder::specialisedAndInnovative);
      government.ifPresent(builder::governmentGuarantor);
      proposed.ifPresent(rate -> builder.proposedFeeRate(Rate.ofFraction(rate)));
      principal.ifPresent(amount -> builder.guaranteedPrincipal(Cny.of(amount)));
      GuaranteeFeeBenchmarkCapRequest request = builder.build();
      String what = "seed " + (SEED + 2) + " benchmark case " + n + ": " + request;
      Verdict verdict = !zjtx.orElse(true) || !government.orElse(true) ? Verdict.INELIGIBLE
          : zjtx.isEmpty() || government.isEmpty() ? Verdict.UNDETERMINED : Verdict.ELIGIBLE;

      GuaranteeFeeBenchmarkCapMeasure measure = CAP;
      if (contract.isBefore(GuaranteeFeeOracle.BENCHMARK_CAP_FROM)) {
        // outside the built-in draft's validity: ineligible, nothing read, in every form; the host's copy computes
        outside++;
        GuaranteeFeeBenchmarkCapResult none = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(CAP,
            request);
        assertThat(none.eligibility().verdict()).as(what).isEqualTo(Verdict.INELIGIBLE);
        assertThat(none.eligibility().reasons().get(0).code()).as(what).isEqualTo("event-outside-validity");
        assertThat(List.of(none.feeRateCap(), none.benchmarkRate(), none.proposedWithinCap(), none.maximumFee()))
            .as(what).containsOnly(Optional.empty());
        assertThat(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(CAP, request)).as(what).isEmpty();
        measure = host;
      }
      GuaranteeFeeBenchmarkCapResult result = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(measure,
          request);
      assertThat(result.eligibility().verdict()).as(what).isEqualTo(verdict);
      assertThat(result.benchmarkRate().orElseThrow().fraction()).as(what)
          .isEqualByComparingTo(GuaranteeFeeOracle.benchmark(contract, start, maturity));
      assertThat(result.feeRateCap().orElseThrow().fraction()).as(what).isEqualByComparingTo(cap);
      assertThat(result.proposedWithinCap()).as(what).isEqualTo(proposed.map(rate -> rate.compareTo(cap) <= 0));
      sameAmount(result.maximumFee().map(GuaranteeFeeOraclePropertyTest::yuan),
          principal.map(amount -> GuaranteeFeeOracle.feeOver(amount, cap, start, maturity)), what);
      if (verdict != Verdict.UNDETERMINED) {
        Optional<Rate> plain = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(measure, request);
        assertThat(plain.map(Rate::fraction).map(BigDecimal::stripTrailingZeros)).as(what)
            .isEqualTo(verdict == Verdict.ELIGIBLE ? Optional.of(cap.stripTrailingZeros()) : Optional.empty());
      }
      if (n % 10 == 0) {
        GuaranteeFeeBenchmarkCapResult viaJson = HuiqiJson.read(GuaranteeFeeBenchmarkCapCalculator.DEFAULT
            .explainFeeRateCapJson(measure, HuiqiJson.write(request)), GuaranteeFeeBenchmarkCapResult.class);
        assertThat(viaJson.feeRateCap().orElseThrow().fraction()).as(what).isEqualByComparingTo(cap);
        assertThat(viaJson.maximumFee()).as(what).isEqualTo(result.maximumFee());
      }
    }
    assertThat(outside).as("seed " + (SEED + 2) + ": loans before the validity").isBetween(100, 1_900);
  }

  @Test
  void test_reductionCeiling_agreesWithTheOracle() {
    Random random = new Random(SEED + 3);
    for (int n = 0; n < 2_000; n++) {
      // around 1% ÷ (1 − cut): the standard rate at which the cut reaches the ceiling exactly
      BigDecimal cut = switch (random.nextInt(4)) {
        case 0 -> GuaranteeFeeOracle.MAXIMUM_REDUCTION;
        case 1 -> BigDecimal.ZERO;
        default -> BigDecimal.valueOf(random.nextInt(41)).movePointLeft(2);
      };
      boolean defaultCut = cut.compareTo(GuaranteeFeeOracle.MAXIMUM_REDUCTION) == 0 && random.nextBoolean();
      BigDecimal standard = switch (random.nextInt(4)) {
        case 0 -> BigDecimal.valueOf(random.nextInt(400)).movePointLeft(4);
        case 1 -> new BigDecimal("0.01");
        default -> new BigDecimal("0.01").divide(BigDecimal.ONE.subtract(cut), 8, java.math.RoundingMode.HALF_UP)
            .add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(8));
      };
      BigDecimal principal = fen(random, 5_000_000_000L).add(new BigDecimal("0.01"));
      LocalDate start = LocalDate.of(2022, 12, 30).plusDays(random.nextInt(370));
      LocalDate end = start.plusDays(1 + random.nextInt(1_100));
      Optional<EnterpriseSize> size = random.nextInt(10) == 0 ? Optional.empty()
          : Optional.of(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
      Optional<Boolean> government = random.nextInt(10) == 0 ? Optional.empty() : Optional.of(random.nextInt(6) != 0);
      GuaranteeFeeReductionRequest.Builder builder = GuaranteeFeeReductionRequest.builder()
          .guaranteedPrincipal(Cny.of(principal)).standardFeeRate(Rate.ofFraction(standard)).guaranteeStart(start)
          .guaranteeEnd(end);
      size.ifPresent(builder::borrowerSize);
      government.ifPresent(builder::governmentGuarantor);
      DayCount dayCount = random.nextInt(3) == 0 ? DayCount.values()[random.nextInt(DayCount.values().length)]
          : DayCount.WHOLE_MONTHS;
      if (!defaultCut || dayCount != DayCount.WHOLE_MONTHS) {
        GuaranteeFeeReductionOptions.Builder options = GuaranteeFeeReductionOptions.builder().dayCount(dayCount);
        if (!defaultCut) {
          options.reduction(Rate.ofFraction(cut));
        }
        builder.options(options.build());
      }
      GuaranteeFeeReductionRequest request = builder.build();
      String what = "seed " + (SEED + 3) + " reduction case " + n + ": " + request;
      boolean inYear = start.getYear() == 2023;
      Boolean small = size.map(s -> s == EnterpriseSize.SMALL || s == EnterpriseSize.MICRO).orElse(null);
      Verdict verdict = !inYear || Boolean.FALSE.equals(small) || !government.orElse(true) ? Verdict.INELIGIBLE
          : small == null || government.isEmpty() ? Verdict.UNDETERMINED : Verdict.ELIGIBLE;
      BigDecimal reducedRate = GuaranteeFeeOracle.reducedRate(standard, cut);
      BigDecimal afterCut = standard.multiply(BigDecimal.ONE.subtract(cut));
      BigDecimal standardFee = GuaranteeFeeOracle.feeOver(principal, standard, start, end, dayCount);
      BigDecimal reducedFee = GuaranteeFeeOracle.feeOver(principal, reducedRate, start, end, dayCount);

      GuaranteeFeeReductionResult result = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(REDUCTION, request);
      assertThat(result.eligibility().verdict()).as(what).isEqualTo(verdict);
      assertThat(result.reducedFeeRate().fraction()).as(what).isEqualByComparingTo(reducedRate);
      assertThat(result.ceilingBinding()).as(what).isEqualTo(afterCut.compareTo(GuaranteeFeeOracle.FEE_CEILING) > 0);
      assertThat(result.limitsConflict()).as(what).isEqualTo(standard.multiply(new BigDecimal("0.6"))
          .compareTo(GuaranteeFeeOracle.FEE_CEILING) > 0);
      assertThat(yuan(result.reducedFee())).as(what).isEqualByComparingTo(reducedFee);
      assertThat(yuan(result.standardFee())).as(what).isEqualByComparingTo(standardFee);
      BigDecimal least = verdict == Verdict.INELIGIBLE ? standardFee : reducedFee;
      BigDecimal most = verdict == Verdict.ELIGIBLE ? reducedFee : standardFee;
      assertThat(yuan(result.amount().minimum())).as(what).isEqualByComparingTo(least);
      assertThat(yuan(result.amount().maximum())).as(what).isEqualByComparingTo(most);
      // the ceiling binds: the binding limit is the fee at 1% over the period
      boolean binds = afterCut.compareTo(GuaranteeFeeOracle.FEE_CEILING) > 0 && verdict != Verdict.INELIGIBLE;
      sameAmount(result.bindingLimit().map(limit -> yuan(limit.limit())), binds
          ? Optional.of(GuaranteeFeeOracle.feeOver(principal, GuaranteeFeeOracle.FEE_CEILING, start, end, dayCount))
          : Optional.empty(), what);
      if (verdict != Verdict.UNDETERMINED) {
        assertThat(yuan(GuaranteeFeeReductionCalculator.DEFAULT.fee(REDUCTION, request))).as(what)
            .isEqualByComparingTo(most);
      }
      if (n % 10 == 0) {
        GuaranteeFeeReductionResult viaJson = HuiqiJson.read(GuaranteeFeeReductionCalculator.DEFAULT
            .explainFeeJson(REDUCTION, HuiqiJson.write(request)), GuaranteeFeeReductionResult.class);
        assertThat(viaJson.amount()).as(what).isEqualTo(result.amount());
        assertThat(viaJson.ceilingBinding()).as(what).isEqualTo(result.ceilingBinding());
      }
    }
  }

  @Test
  void test_engineCeilings_agreeWithTheOracle() {
    Random random = new Random(SEED + 4);
    for (int n = 0; n < 150; n++) {
      // one to three government-guaranteed loans of a Shanghai firm, in force across 2023's ends or not at all
      StringBuilder loans = new StringBuilder();
      BigDecimal expected = BigDecimal.ZERO;
      boolean anyInForce = false;
      for (int i = random.nextInt(3); i >= 0; i--) {
        LocalDate drawdown = LocalDate.of(2022, 6, 1).plusDays(random.nextInt(700));
        LocalDate maturity = drawdown.plusDays(1 + random.nextInt(600));
        BigDecimal principal = fen(random, 2_000_000_000L).add(new BigDecimal("0.01"));
        LocalDate from = drawdown.isBefore(GuaranteeFeeOracle.YEAR_2023) ? GuaranteeFeeOracle.YEAR_2023 : drawdown;
        LocalDate until = maturity.isAfter(GuaranteeFeeOracle.YEAR_2024) ? GuaranteeFeeOracle.YEAR_2024 : maturity;
        if (until.isAfter(from)) {
          anyInForce = true;
          expected = expected.add(GuaranteeFeeOracle.feeOver(principal, GuaranteeFeeOracle.AVERAGE_CEILING, from,
              until));
        }
        loans.append(loans.length() == 0 ? "" : ", ").append(loanJson("L" + i, principal, drawdown, maturity,
            drawdown, "0.015"));
      }
      String request = "{\"profile\": {\"registrationRegionCode\": \"310115\", \"size\": \"SMALL\", \"loans\": ["
          + loans + "]}, \"asOf\": \"2023-06-30\", \"measures\": [\"" + AVERAGE.id() + "\"]}";
      JsonNode outcome = EngineJson.firstOutcome(request);
      String what = "seed " + (SEED + 4) + " average case " + n + ": " + request + "\n" + outcome;
      assertThat(outcome.at("/verdict").asText()).as(what).isEqualTo(anyInForce ? "ELIGIBLE" : "INELIGIBLE");
      assertThat(EngineJson.most(outcome)).as(what).isEqualByComparingTo(expected);
      assertThat(EngineJson.least(outcome)).as(what).isEqualByComparingTo(expected);
    }
    for (int n = 0; n < 150; n++) {
      // one to three government-guaranteed loans of a 专精特新 firm, contract dates around 2015's adjustments and the
      // draft's validity: a loan contracted before 2019-08-20 adds nothing (register §4.6 item 86)
      StringBuilder loans = new StringBuilder();
      BigDecimal expected = BigDecimal.ZERO;
      boolean anyValid = false;
      for (int i = random.nextInt(3); i >= 0; i--) {
        LocalDate contract = random.nextInt(4) == 0 ? GuaranteeFeeOracle.BENCHMARK_CAP_FROM.plusDays(
            random.nextInt(2) - 1) : LocalDate.of(2015, 10, 20).plusDays(random.nextInt(3_000));
        LocalDate drawdown = contract.plusDays(random.nextInt(20));
        LocalDate maturity = random.nextBoolean() ? drawdown.plusYears(1 + random.nextInt(5))
            .plusDays(random.nextInt(3) - 1) : drawdown.plusDays(1 + random.nextInt(2_500));
        BigDecimal principal = fen(random, 2_000_000_000L).add(new BigDecimal("0.01"));
        BigDecimal cap = GuaranteeFeeOracle.benchmarkCap(contract, drawdown, maturity);
        if (!contract.isBefore(GuaranteeFeeOracle.BENCHMARK_CAP_FROM)) {
          anyValid = true;
          expected = expected.add(GuaranteeFeeOracle.feeOver(principal, cap, drawdown, maturity));
        }
        loans.append(loans.length() == 0 ? "" : ", ").append(loanJson("L" + i, principal, drawdown, maturity,
            contract, "0.02"));
      }
      String request = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\","
          + " \"specialisedAndInnovative\": {\"held\": true}, \"loans\": [" + loans + "]}, \"asOf\": \"2023-06-30\","
          + " \"measures\": [\"" + CAP.id() + "\"]}";
      JsonNode outcome = EngineJson.firstOutcome(request);
      String what = "seed " + (SEED + 4) + " benchmark case " + n + ": " + request + "\n" + outcome;
      assertThat(outcome.at("/verdict").asText()).as(what).isEqualTo(anyValid ? "ELIGIBLE" : "INELIGIBLE");
      assertThat(EngineJson.most(outcome)).as(what).isEqualByComparingTo(expected);
    }
  }

  /** A loan guaranteed by a government guarantor at a fee rate, in the profile's JSON. */
  private static String loanJson(String id, BigDecimal principal, LocalDate drawdown, LocalDate maturity,
      LocalDate contract, String feeRate) {
    return "{\"loanId\": \"" + id + "\", \"principal\": {\"amount\": " + principal.toPlainString()
        + ", \"currency\": \"CNY\"}, \"contractDate\": \"" + contract + "\", \"drawdownDate\": \"" + drawdown
        + "\", \"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"4%\", \"guaranteed\": true,"
        + " \"guarantee\": {\"governmentGuarantor\": true, \"feeRate\": \"" + new BigDecimal(feeRate).movePointRight(2)
        .toPlainString() + "%\"}}";
  }

  private static void sameAmount(Optional<BigDecimal> actual, Optional<BigDecimal> expected, String what) {
    assertThat(actual.isPresent()).as(what).isEqualTo(expected.isPresent());
    actual.ifPresent(amount -> assertThat(amount).as(what).isEqualByComparingTo(expected.orElseThrow()));
  }

  private static BigDecimal fen(Random random, long max) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max + 1)).movePointLeft(2);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
