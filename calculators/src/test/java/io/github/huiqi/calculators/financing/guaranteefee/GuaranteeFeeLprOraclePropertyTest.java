package io.github.huiqi.calculators.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.error.NoRateOnDateException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test of the LPR option of the 专精特新 draft's cap ({@code options.benchmark} LPR_1Y / LPR_5Y) against
 * {@link GuaranteeFeeLprOracle}: contract dates on every change date of either LPR, the day before and the day after,
 * the day before the first announcement (outside the measure's validity, which starts with it: ineligible on
 * {@code event-outside-validity}, no LPR read, decisions register §4.6 item 86)
 * and dates after the table's last change (the last rate stays in force); proposed fee rates at the cap exactly and a
 * basis point either side; through the plain, explaining and JSON forms. Coverage of every change date under both
 * options is asserted, so the test cannot pass vacuously, and a table broken at any one date is shown to be caught.
 */
class GuaranteeFeeLprOraclePropertyTest {

  private static final long SEED = 2019_08_20L;
  private static final int CASES = 3_000;
  private static final BigDecimal BASIS_POINT = new BigDecimal("0.0001");
  private static final GuaranteeFeeBenchmarkCapMeasure CAP =
      PolicyData.builtIn().getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final GuaranteeFeeBenchmarkCapCalculator SUT = GuaranteeFeeBenchmarkCapCalculator.DEFAULT;
  /**
   * The start of the built-in measure's validity, the first LPR announcement (the pack's note: chosen at the LPR
   * reform so that both benchmark readings are defined); a loan contracted before it is outside the measure.
   */
  private static final LocalDate VALID_FROM = LocalDate.of(2019, 8, 20);
  private static final GuaranteeFeeBenchmarkBasis[] OPTIONS =
      {GuaranteeFeeBenchmarkBasis.LPR_1Y, GuaranteeFeeBenchmarkBasis.LPR_5Y};

  @Test
  void test_lprCap_agreesWithTheOracle() {
    Run run = run(GuaranteeFeeLprOracle.LPR_1Y, GuaranteeFeeLprOracle.LPR_5Y, SEED, CASES);
    assertThat(run.disagreements.stream().limit(5).toList())
        .as("seed " + SEED + ": " + run.disagreements.size() + " disagreements, the first five").isEmpty();
    // coverage: every change date of either table, the day before and after, under each option
    for (GuaranteeFeeBenchmarkBasis basis : OPTIONS) {
      for (LocalDate date : anchors(GuaranteeFeeLprOracle.LPR_1Y, GuaranteeFeeLprOracle.LPR_5Y)) {
        for (int offset = -1; offset <= 1; offset++) {
          assertThat(run.covered).as("seed " + SEED + ": " + basis + " on " + date.plusDays(offset))
              .contains(basis + " " + date.plusDays(offset));
        }
      }
      for (String kind : List.of("at-cap", "above-cap", "below-cap", "before-first", "beyond-last", "json",
          "json-before-first", "eligible", "ineligible", "undetermined", "fee")) {
        assertThat(run.covered).as("seed " + SEED + ": " + basis + " " + kind).contains(basis + " " + kind);
      }
    }
    System.out.println("seed " + SEED + ": " + CASES + " LPR cases, " + run.checks + " checks, no disagreement");
  }

  @Test
  void test_aTableBrokenAtOneDate_isCaught() {
    List<List<GuaranteeFeeLprOracle.Change>> tables =
        List.of(GuaranteeFeeLprOracle.LPR_1Y, GuaranteeFeeLprOracle.LPR_5Y);
    for (int t = 0; t < 2; t++) {
      for (int i = 0; i < tables.get(t).size(); i++) {
        GuaranteeFeeLprOracle.Change change = tables.get(t).get(i);
        // the rate a basis point off, then the change a day late
        List<GuaranteeFeeLprOracle.Change> rateOff = new ArrayList<>(tables.get(t));
        rateOff.set(i, new GuaranteeFeeLprOracle.Change(change.from(), change.percent().add(new BigDecimal("0.01"))));
        List<GuaranteeFeeLprOracle.Change> dayLate = new ArrayList<>(tables.get(t));
        dayLate.set(i, new GuaranteeFeeLprOracle.Change(change.from().plusDays(1), change.percent()));
        for (List<GuaranteeFeeLprOracle.Change> broken : List.of(rateOff, dayLate)) {
          Run run = t == 0 ? run(broken, GuaranteeFeeLprOracle.LPR_5Y, SEED, 500)
              : run(GuaranteeFeeLprOracle.LPR_1Y, broken, SEED, 500);
          assertThat(run.disagreements).as("seed " + SEED + ": table " + t + " broken at " + change + ": " + broken)
              .isNotEmpty();
        }
      }
    }
  }

  @Test
  void test_engineOnAHostMeasureReadingTheLpr_agreesWithTheOracle() throws Exception {
    // the engine takes no per-request options: a host pack copies the draft with the LPR as its measure's benchmark;
    // loans on every change date, the day before and after, and after the last change
    Random random = new Random(SEED + 1);
    List<LocalDate> anchors = anchors(GuaranteeFeeLprOracle.LPR_1Y, GuaranteeFeeLprOracle.LPR_5Y);
    ObjectMapper mapper = new ObjectMapper();
    for (GuaranteeFeeBenchmarkBasis basis : OPTIONS) {
      List<GuaranteeFeeLprOracle.Change> table =
          basis == GuaranteeFeeBenchmarkBasis.LPR_1Y ? GuaranteeFeeLprOracle.LPR_1Y : GuaranteeFeeLprOracle.LPR_5Y;
      String document = "sz-gxj-zjtx-host-" + basis.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      JsonNode pack = mapper.readTree(HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-zjtx-32-draft.json"))
          .replace("sz-gxj-zjtx-32-draft", document));
      for (JsonNode measure : pack.get("measures")) {
        if (measure.get("id").asText().endsWith(".guarantee-fee-cap")) {
          ((ObjectNode) measure.get("benchmark")).put("value", basis.name());
        }
      }
      EntitlementEngine engine = EntitlementEngine.of(Catalog.of(PolicyData.builtIn()
          .withPack(PolicyPacks.read(mapper.writeValueAsString(pack), "host")), MeasureRegistry.BUILT_IN));
      Set<LocalDate> covered = new HashSet<>();
      for (int n = 0; n < 3 * anchors.size() + 40; n++) {
        StringBuilder loans = new StringBuilder();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = random.nextInt(3); i >= 0; i--) {
          LocalDate contract = n < 3 * anchors.size() && i == 0 ? anchors.get(n / 3).plusDays(n % 3 - 1)
              : random.nextBoolean() ? anchors.get(random.nextInt(anchors.size())).plusDays(random.nextInt(3) - 1)
              : anchors.get(anchors.size() - 1).plusDays(1 + random.nextInt(200));
          contract = contract.isBefore(anchors.get(0)) ? anchors.get(0) : contract;
          covered.add(contract);
          LocalDate drawdown = contract.plusDays(random.nextInt(20));
          LocalDate maturity = drawdown.plusYears(random.nextInt(7)).plusDays(1 + random.nextInt(400));
          BigDecimal principal = BigDecimal.valueOf(1 + Math.floorMod(random.nextLong(), 2_000_000_000L))
              .movePointLeft(2);
          BigDecimal cap = GuaranteeFeeLprOracle.cap(table, contract).orElseThrow();
          expected = expected.add(GuaranteeFeeOracle.feeOver(principal, cap, drawdown, maturity));
          loans.append(loans.length() == 0 ? "" : ", ").append("{\"loanId\": \"L" + i + "\", \"principal\": "
              + "{\"amount\": " + principal.toPlainString() + ", \"currency\": \"CNY\"}, \"contractDate\": \""
              + contract + "\", \"drawdownDate\": \"" + drawdown + "\", \"maturityDate\": \"" + maturity
              + "\", \"annualInterestRate\": \"4%\", \"guaranteed\": true, \"guarantee\": "
              + "{\"governmentGuarantor\": true, \"feeRate\": \"1%\"}}");
        }
        String request = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\","
            + " \"specialisedAndInnovative\": {\"held\": true}, \"loans\": [" + loans + "]}, \"asOf\": "
            + "\"2025-12-31\", \"measures\": [\"" + document + ".guarantee-fee-cap\"]}";
        JsonNode outcome = mapper.readTree(engine.evaluateJson(request)).at("/outcomes/0");
        String what = "seed " + (SEED + 1) + " engine " + basis + " case " + n + ": " + request + "\n" + outcome;
        assertThat(outcome.at("/verdict").asText()).as(what).isEqualTo("ELIGIBLE");
        assertThat(EngineJson.most(outcome)).as(what).isEqualByComparingTo(expected);
      }
      for (LocalDate date : anchors) {
        assertThat(covered).as("seed " + (SEED + 1) + " engine " + basis).contains(date, date.plusDays(1));
        assertThat(covered.contains(date.plusDays(-1)) || date.equals(anchors.get(0))).as("seed " + (SEED + 1)
            + " engine " + basis + " " + date.plusDays(-1)).isTrue();
      }
      // a contract the day before the first LPR, outside the copied measure's validity (from 2019-08-20, register
      // §4.6 item 86): the loan is ineligible and adds nothing, the outcome complete
      String before = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\","
          + " \"specialisedAndInnovative\": {\"held\": true}, \"loans\": [{\"loanId\": \"L0\", \"principal\":"
          + " {\"amount\": 1000000, \"currency\": \"CNY\"}, \"contractDate\": \"2019-08-19\", \"drawdownDate\":"
          + " \"2019-08-26\", \"maturityDate\": \"2020-08-26\", \"annualInterestRate\": \"4%\", \"guaranteed\":"
          + " true, \"guarantee\": {\"governmentGuarantor\": true, \"feeRate\": \"1%\"}}]}, \"asOf\":"
          + " \"2025-12-31\", \"measures\": [\"" + document + ".guarantee-fee-cap\"]}";
      JsonNode report = mapper.readTree(engine.evaluateJson(before));
      assertThat(report.at("/failures").size()).as(basis + " " + report).isZero();
      assertThat(report.at("/outcomes/0/verdict").asText()).as(basis + " " + report).isEqualTo("INELIGIBLE");
      assertThat(EngineJson.most(report.at("/outcomes/0"))).as(basis + " " + report).isEqualByComparingTo("0");
    }
  }

  //-------------------------------------------------------------------------
  /** The disagreements found and what was covered. */
  private static final class Run {
    final List<String> disagreements = new ArrayList<>();
    final Set<String> covered = new HashSet<>();
    int checks;

    void expect(String what, String check, Object actual, Object expected) {
      checks++;
      boolean same = actual instanceof BigDecimal a && expected instanceof BigDecimal e
          ? a.compareTo(e) == 0 : Objects.equals(actual, expected);
      if (!same) {
        disagreements.add(what + " | " + check + ": was " + actual + ", expected " + expected);
      }
    }

    /**
     * Checks a loan contracted before the measure's validity: the plain form no cap (not even missing facts), the
     * explaining form (or with {@code json} the JSON form) ineligible on {@code event-outside-validity}, no LPR, cap,
     * test of the proposal or fee.
     */
    void expectOutsideValidity(String what, String form, GuaranteeFeeBenchmarkCapRequest request, String json) {
      checks++;
      try {
        if (json == null) {
          expect(what, "plain outside validity", SUT.feeRateCap(CAP, request), Optional.empty());
        }
        GuaranteeFeeBenchmarkCapResult result = json == null ? SUT.explainFeeRateCap(CAP, request)
            : HuiqiJson.read(SUT.explainFeeRateCapJson(CAP, json), GuaranteeFeeBenchmarkCapResult.class);
        expect(what, form + " verdict outside validity", result.eligibility().verdict(), Verdict.INELIGIBLE);
        expect(what, form + " reason outside validity", result.eligibility().reasons().get(0).code(),
            "event-outside-validity");
        expect(what, form + " nothing read outside validity", List.of(result.benchmarkRate(),
            result.benchmarkValidFrom(), result.feeRateCap(), result.proposedWithinCap(), result.maximumFee()),
            List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      } catch (RuntimeException ex) {
        disagreements.add(what + " | " + form + ": unexpected " + ex);
      }
    }

    /** Runs a form that must fail as bad input naming the contract date; returns whether it did. */
    void expectNoRate(String what, String form, Supplier<?> call) {
      checks++;
      try {
        Object result = call.get();
        disagreements.add(what + " | " + form + ": expected no rate on the contract date, got " + result);
      } catch (InvalidInputException ex) {
        if (!"/contractDate".equals(ex.field()) || !NoRateOnDateException.CODE.equals(ex.code())) {
          disagreements.add(what + " | " + form + ": wrong error " + ex.code() + " at " + ex.field());
        }
      } catch (RuntimeException ex) {
        disagreements.add(what + " | " + form + ": unexpected " + ex);
      }
    }
  }

  /** Every change date of either table, sorted. */
  private static List<LocalDate> anchors(List<GuaranteeFeeLprOracle.Change> oneYear,
      List<GuaranteeFeeLprOracle.Change> fiveYear) {
    Set<LocalDate> dates = new TreeSet<>();
    oneYear.forEach(change -> dates.add(change.from()));
    fiveYear.forEach(change -> dates.add(change.from()));
    return List.copyOf(dates);
  }

  private static Run run(List<GuaranteeFeeLprOracle.Change> oneYear, List<GuaranteeFeeLprOracle.Change> fiveYear,
      long seed, int cases) {
    Run run = new Run();
    Random random = new Random(seed);
    List<LocalDate> anchors = anchors(GuaranteeFeeLprOracle.LPR_1Y, GuaranteeFeeLprOracle.LPR_5Y);
    LocalDate first = anchors.get(0);
    LocalDate last = anchors.get(anchors.size() - 1);
    int cycle = 0;
    for (int n = 0; n < cases; n++) {
      GuaranteeFeeBenchmarkBasis chosen = OPTIONS[random.nextInt(2)];
      LocalDate contract;
      int mode = random.nextInt(10);
      if (mode < 6) {
        // cycle through every change date × {day before, on, day after} × both options
        int k = cycle++;
        chosen = OPTIONS[k % 2];
        contract = anchors.get((k / 6) % anchors.size()).plusDays((k / 2) % 3 - 1);
      } else if (mode == 6) {
        contract = first.minusDays(1 + (random.nextBoolean() ? 0 : random.nextInt(2_000)));
      } else if (mode == 7) {
        contract = last.plusDays(1 + random.nextInt(800));
      } else {
        contract = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 60));
      }
      GuaranteeFeeBenchmarkBasis basis = chosen;
      List<GuaranteeFeeLprOracle.Change> table = basis == GuaranteeFeeBenchmarkBasis.LPR_1Y ? oneYear : fiveYear;
      RateSeriesId series = basis == GuaranteeFeeBenchmarkBasis.LPR_1Y ? RateSeriesId.LPR_1Y : RateSeriesId.LPR_5Y;
      // the LPR is whatever the loan's term: short, around one and five years, and long
      LocalDate start = contract.plusDays(random.nextInt(40));
      LocalDate maturity = switch (random.nextInt(4)) {
        case 0 -> start.plusDays(1 + random.nextInt(365));
        case 1 -> start.plusYears(1).plusDays(random.nextInt(3) - 1);
        case 2 -> start.plusYears(5).plusDays(random.nextInt(3) - 1);
        default -> start.plusYears(5).plusDays(1 + random.nextInt(3_000));
      };
      Optional<BigDecimal> rate = GuaranteeFeeLprOracle.rateOn(table, contract);
      Optional<BigDecimal> cap = GuaranteeFeeLprOracle.cap(table, contract);
      BigDecimal around = cap.orElse(new BigDecimal("0.02"));
      int proposal = random.nextInt(5);
      Optional<BigDecimal> proposed = switch (proposal) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(around);
        case 2 -> Optional.of(around.add(BASIS_POINT));
        case 3 -> Optional.of(around.subtract(BASIS_POINT));
        default -> Optional.of(BigDecimal.valueOf(random.nextInt(400)).movePointLeft(4));
      };
      Optional<BigDecimal> principal = random.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(BigDecimal.valueOf(1 + Math.floorMod(random.nextLong(), 5_000_000_000L)).movePointLeft(2));
      Optional<Boolean> zjtx = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(5) != 0);
      Optional<Boolean> government = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(5) != 0);
      Verdict verdict = !zjtx.orElse(true) || !government.orElse(true) ? Verdict.INELIGIBLE
          : zjtx.isEmpty() || government.isEmpty() ? Verdict.UNDETERMINED : Verdict.ELIGIBLE;

      GuaranteeFeeBenchmarkCapRequest.Builder builder = GuaranteeFeeBenchmarkCapRequest.builder()
          .contractDate(contract).loanStart(start).maturity(maturity)
          .options(GuaranteeFeeBenchmarkCapOptions.builder().benchmark(basis).build());
      zjtx.ifPresent(builder::specialisedAndInnovative);
      government.ifPresent(builder::governmentGuarantor);
      proposed.ifPresent(value -> builder.proposedFeeRate(Rate.ofFraction(value)));
      principal.ifPresent(amount -> builder.guaranteedPrincipal(Cny.of(amount)));
      GuaranteeFeeBenchmarkCapRequest request = builder.build();
      String json = requestJson(basis, contract, start, maturity, zjtx, government, proposed, principal);
      String what = "seed " + seed + " LPR case " + n + ": " + request;

      run.covered.add(basis + " " + contract);
      if (contract.isBefore(VALID_FROM)) {
        // outside the measure's validity (register §4.6 item 86): ineligible, no LPR read, no cap, in every form
        run.covered.add(basis + " before-first");
        run.expectOutsideValidity(what, "plain", request, null);
        if (n % 3 == 0) {
          run.covered.add(basis + " json-before-first");
          run.expectOutsideValidity(what, "json", request, json);
        }
        continue;
      }
      if (cap.isEmpty()) {
        run.covered.add(basis + " before-first");
        run.expectNoRate(what, "plain", () -> SUT.feeRateCap(CAP, request));
        run.expectNoRate(what, "explain", () -> SUT.explainFeeRateCap(CAP, request));
        if (n % 3 == 0) {
          run.covered.add(basis + " json-before-first");
          run.expectNoRate(what, "json", () -> SUT.explainFeeRateCapJson(CAP, json));
        }
        continue;
      }
      if (contract.isAfter(table.get(table.size() - 1).from())) {
        run.covered.add(basis + " beyond-last");
      }
      run.covered.add(basis + " " + verdict.name().toLowerCase(java.util.Locale.ROOT));
      if (proposal >= 1 && proposal <= 3) {
        run.covered.add(basis + " " + List.of("at-cap", "above-cap", "below-cap").get(proposal - 1));
      }
      Optional<Boolean> within = proposed.map(value -> value.compareTo(cap.get()) <= 0);
      Optional<BigDecimal> fee = principal.map(amount -> GuaranteeFeeOracle.feeOver(amount, cap.get(), start,
          maturity));
      fee.ifPresent(x -> run.covered.add(basis + " fee"));

      GuaranteeFeeBenchmarkCapResult result;
      try {
        result = SUT.explainFeeRateCap(CAP, request);
      } catch (RuntimeException ex) {
        run.disagreements.add(what + " | explain: unexpected " + ex);
        continue;
      }
      run.expect(what, "explain verdict", result.eligibility().verdict(), verdict);
      run.expect(what, "explain series", result.benchmarkSeries(), series);
      run.expect(what, "explain LPR", result.benchmarkRate().orElseThrow().fraction(), rate.get());
      run.expect(what, "explain cap", result.feeRateCap().orElseThrow().fraction(), cap.get());
      run.expect(what, "explain within", result.proposedWithinCap(), within);
      run.expect(what, "explain fee", result.maximumFee().map(GuaranteeFeeLprOraclePropertyTest::yuan).orElse(null),
          fee.orElse(null));
      // the point read took effect on or before the contract date, no earlier than the oracle's last change
      LocalDate onDate = contract;
      LocalDate changed = table.stream().map(GuaranteeFeeLprOracle.Change::from).filter(d -> !d.isAfter(onDate))
          .reduce((a, b) -> b).orElseThrow();
      run.expect(what, "explain rate in force from", !result.benchmarkValidFrom().orElseThrow().isAfter(contract)
          && !result.benchmarkValidFrom().orElseThrow().isBefore(changed), true);

      try {
        Optional<Rate> plain = SUT.feeRateCap(CAP, request);
        run.expect(what, "plain verdict", verdict == Verdict.UNDETERMINED ? "returned" : "ok",
            verdict == Verdict.UNDETERMINED ? "MissingFactsException" : "ok");
        run.expect(what, "plain cap", plain.map(Rate::fraction).orElse(null),
            verdict == Verdict.ELIGIBLE ? cap.get() : null);
      } catch (MissingFactsException ex) {
        run.expect(what, "plain verdict", "MissingFactsException",
            verdict == Verdict.UNDETERMINED ? "MissingFactsException" : "ok");
      } catch (RuntimeException ex) {
        run.disagreements.add(what + " | plain: unexpected " + ex);
      }

      if (n % 3 == 0) {
        run.covered.add(basis + " json");
        try {
          GuaranteeFeeBenchmarkCapResult viaJson = HuiqiJson.read(SUT.explainFeeRateCapJson(CAP, json),
              GuaranteeFeeBenchmarkCapResult.class);
          run.expect(what, "json verdict", viaJson.eligibility().verdict(), verdict);
          run.expect(what, "json series", viaJson.benchmarkSeries(), series);
          run.expect(what, "json LPR", viaJson.benchmarkRate().orElseThrow().fraction(), rate.get());
          run.expect(what, "json cap", viaJson.feeRateCap().orElseThrow().fraction(), cap.get());
          run.expect(what, "json within", viaJson.proposedWithinCap(), within);
          run.expect(what, "json fee", viaJson.maximumFee().map(GuaranteeFeeLprOraclePropertyTest::yuan)
              .orElse(null), fee.orElse(null));
        } catch (RuntimeException ex) {
          run.disagreements.add(what + " | json " + json + ": unexpected " + ex);
        }
      }
    }
    return run;
  }

  /** The request written by hand, as a caller would, not by the library's writer. */
  private static String requestJson(GuaranteeFeeBenchmarkBasis basis, LocalDate contract, LocalDate start,
      LocalDate maturity, Optional<Boolean> zjtx, Optional<Boolean> government, Optional<BigDecimal> proposed,
      Optional<BigDecimal> principal) {
    StringBuilder json = new StringBuilder("{\"contractDate\": \"" + contract + "\", \"loanStart\": \"" + start
        + "\", \"maturity\": \"" + maturity + "\", \"options\": {\"benchmark\": \"" + basis + "\"}");
    zjtx.ifPresent(value -> json.append(", \"specialisedAndInnovative\": ").append(value));
    government.ifPresent(value -> json.append(", \"governmentGuarantor\": ").append(value));
    proposed.ifPresent(value -> json.append(", \"proposedFeeRate\": \"").append(value.movePointRight(2)
        .toPlainString()).append("%\""));
    principal.ifPresent(value -> json.append(", \"guaranteedPrincipal\": {\"amount\": ").append(value.toPlainString())
        .append(", \"currency\": \"CNY\"}"));
    return json.append("}").toString();
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
