package io.github.huiqi.calculators.batch.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.FailingEngines;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.FailingWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Screening a population with the engine: each firm's outcomes as NDJSON and the totals per measure. */
class ScreeningRunTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

  /** A Shenzhen first-time borrower meeting every first-loan condition, its loan drawn 2023-02-15 for a year. */
  static EnterpriseProfile shenzhenBorrower(String name, String principal) {
    LoanFacts loan = LoanFacts.builder().loanId(name + "-L").principal(Cny.of(principal))
        .drawdownDate(LocalDate.of(2023, 2, 15)).maturityDate(LocalDate.of(2024, 2, 15))
        .annualInterestRate(Rate.parse("3.65%")).lenderRegionCode("440300").firstDrawdownOfFirstContract(true)
        .forProductionOrOperation(true).subsidisedUnderAnotherMunicipalScheme(false).build();
    return EnterpriseProfile.builder().name(name).registrationRegionCode("440305").independentLegalPerson(true)
        .size(EnterpriseSize.SMALL).firstTimeBorrower(true).onSeriousDishonestyList(false)
        .loans(List.of(loan)).build();
  }

  @Test
  void handWorkedFirms_firstLoanTotals() {
    List<EnterpriseProfile> population = List.of(
        // 1,000,000 × 2% × 181/360 (2023-02-15 .. 2023-08-15, six months) = 10,055.555… → 10,055.56
        shenzhenBorrower("A", "1000000"),
        // 30,000,000 × 2% × 181/360 = 301,666.67 → capped at 200,000.00 (单户企业贴息金额最高20万元)
        shenzhenBorrower("B", "30000000"),
        // registered in Shanghai: a Shenzhen measure does not apply
        EnterpriseProfile.builder().from(shenzhenBorrower("C", "1000000")).registrationRegionCode("310115").build());
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screen(ENGINE, population.iterator(), AS_OF, firms::add);

    ScreeningMeasureTotals firstLoan = totals.measure(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow();
    assertThat(firstLoan.eligible()).isEqualTo(2);
    assertThat(firstLoan.ineligible()).isEqualTo(1);
    // 10,055.56 + 200,000.00 = 210,055.56
    assertThat(firstLoan.certain()).isEqualTo(Cny.of("210055.56"));
    assertThat(firstLoan.inReach()).isEqualTo(Cny.of("210055.56"));
    assertThat(totals.firms()).isEqualTo(3);
    assertThat(firms.get(2).outcomes()).filteredOn(o -> o.measure().equals(FirstLoanMeasure.SHENZHEN_2023.id()))
        .extracting(ScreeningOutcome::verdict).containsExactly(Verdict.INELIGIBLE);
  }

  @Test
  void syntheticPopulation_oneLineAFirm_totalsAddUp() {
    StringWriter out = new StringWriter();
    ScreeningTally check = new ScreeningTally();
    long[] rejected = {0};
    ScreeningTotals totals = ScreeningRun.screen(ENGINE, ScreeningPopulation.of(7L, 150, 150), AS_OF,
        firm -> {
          ScreeningRun.ndjson(out).accept(firm);
          check.add(firm);
          rejected[0] += firm.outcomes().isEmpty() ? 1 : 0;
        });
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(150);
    JsonNode first = HuiqiJson.read(lines[0], JsonNode.class);
    assertThat(first.path("index").asLong()).isZero();
    assertThat(first.path("outcomes").size()).isEqualTo(ENGINE.catalog().entries().size());
    assertThat(totals).isEqualTo(check.totals());
    for (ScreeningMeasureTotals measure : totals.measures()) {
      assertThat(measure.eligible() + measure.undetermined() + measure.ineligible()).as("%s", measure.measure())
          .isEqualTo(150 - rejected[0]);
    }
    assertThat(totals.measures()).anySatisfy(m -> assertThat(m.eligible()).isPositive());
    assertThat(totals.measures()).anySatisfy(m -> assertThat(m.undetermined()).isPositive());
  }

  @Test
  void population_sameSeedSameFirms_validForEveryShareOfUnknowns() {
    ScreeningPopulation a = ScreeningPopulation.of(42L, 500, 150);
    ScreeningPopulation b = ScreeningPopulation.of(42L, 500, 150);
    while (a.hasNext()) {
      assertThat(a.next()).isEqualTo(b.next());
    }
    for (int share : new int[] {0, 500, 1000}) {
      ScreeningPopulation population = ScreeningPopulation.of(9L, 1000, share);
      int count = 0;
      while (population.hasNext()) {
        population.next();
        count++;
      }
      assertThat(count).isEqualTo(1000);
    }
    EnterpriseProfile all = ScreeningPopulation.of(1L, 1, 1000).next();
    assertThat(all.registrationRegionCode()).isEmpty();
    assertThat(all.loans()).isEmpty();
  }

  @Test
  void parallel_sameFirmsInTheSameOrder() {
    // 600 firms: a full block of 512 and a part block of 88 on 2 threads; one part block cut into three slices of
    // 200 on 3 threads
    long size = 600;
    List<String> one = new ArrayList<>();
    ScreeningTotals sequential = ScreeningRun.screen(ENGINE, ScreeningPopulation.of(7L, size, 150), AS_OF,
        firm -> one.add(firm.toJson()));
    for (int threads : new int[] {2, 3}) {
      List<String> many = new ArrayList<>();
      ScreeningTotals parallel = ScreeningRun.screen(ENGINE, ScreeningPopulation.of(7L, size, 150), AS_OF,
          firm -> many.add(firm.toJson()), threads);
      assertThat(parallel).isEqualTo(sequential);
      assertThat(many).isEqualTo(one);
    }
    assertThat(ScreeningRun.screen(ENGINE, ScreeningPopulation.of(7L, size, 150), AS_OF, firm -> { }, 1))
        .isEqualTo(sequential);
  }

  @Test
  void parallel_badThreads() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScreeningRun.screen(ENGINE,
        ScreeningPopulation.of(7L, 10, 150), AS_OF, firm -> { }, 0))
        .isInstanceOf(io.github.huiqi.core.error.InvalidInputException.class).hasMessageContaining("threads");
    // before: NegativeArraySizeException, the block of 256 profiles a thread overflowing an int
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScreeningRun.screen(ENGINE,
        ScreeningPopulation.of(7L, 10, 150), AS_OF, firm -> { }, Integer.MAX_VALUE))
        .isInstanceOfSatisfying(io.github.huiqi.core.error.InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("threads");
          assertThat(ex.value()).isEqualTo(String.valueOf(Integer.MAX_VALUE));
        });
  }

  @Test
  void screenOne_missingOrRejectedProfile_isAFailedFirm_notTheEndOfTheRun() {
    ScreeningFirm missing = ScreeningRun.screenOne(ENGINE, 4, null, AS_OF);
    assertThat(missing.index()).isEqualTo(4);
    assertThat(missing.name()).isEmpty();
    assertThat(missing.outcomes()).isEmpty();
    assertThat(missing.failures()).containsExactly("profile: input.required");
    // a date outside 1990-01-01 .. 2100-12-31: the engine rejects it, naming the field; the firm keeps who it is
    ScreeningFirm rejected = ScreeningRun.screenOne(ENGINE, 5, shenzhenBorrower("R", "1000000"),
        LocalDate.of(1989, 12, 31));
    assertThat(rejected.index()).isEqualTo(5);
    assertThat(rejected.name()).contains("R");
    assertThat(rejected.regionCode()).contains("440305");
    assertThat(rejected.size()).contains(EnterpriseSize.SMALL);
    assertThat(rejected.outcomes()).isEmpty();
    assertThat(rejected.failures()).singleElement().asString().startsWith("profile: input.").endsWith(" at asOf");
    // in a run, the null profile is counted as a failed firm and the next firm is still screened
    List<EnterpriseProfile> population = new ArrayList<>();
    population.add(null);
    population.add(shenzhenBorrower("A", "1000000"));
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screen(ENGINE, population.iterator(), AS_OF, firms::add);
    assertThat(totals.firms()).isEqualTo(2);
    assertThat(totals.failedFirms()).isEqualTo(1);
    assertThat(firms).extracting(ScreeningFirm::index).containsExactly(0L, 1L);
    // 1,000,000 × 2% × 181/360 = 10,055.56, as in handWorkedFirms_firstLoanTotals
    assertThat(totals.measure(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow().certain())
        .isEqualTo(Cny.of("10055.56"));
  }

  @Test
  void screenOne_aMeasureTheEngineCannotEvaluate_isNamedWithItsCodeAndField() {
    EntitlementEngine engine = FailingEngines.firstLoanFailing();
    ScreeningFirm firm = ScreeningRun.screenOne(engine, 0, shenzhenBorrower("A", "1000000"), AS_OF);
    assertThat(firm.failures()).containsExactly(FirstLoanMeasure.SHENZHEN_2023.id().value()
        + ": input.invalid at /loans/0/drawdownDate");
    // every other measure is still evaluated and condensed, in catalogue order
    assertThat(firm.outcomes()).hasSize(ENGINE.catalog().entries().size() - 1);
    assertThat(firm.outcomes()).extracting(ScreeningOutcome::measure)
        .doesNotContain(FirstLoanMeasure.SHENZHEN_2023.id());
    ScreeningTotals totals = ScreeningRun.screen(engine, List.of(shenzhenBorrower("A", "1000000")).iterator(),
        AS_OF, f -> { });
    assertThat(totals.failedFirms()).isEqualTo(1);
    assertThat(totals.measure(FirstLoanMeasure.SHENZHEN_2023.id())).isEmpty();
  }

  @Test
  void screenOne_condensesEachOutcome() {
    ScreeningFirm firm = ScreeningRun.screenOne(ENGINE, 0, shenzhenBorrower("A", "1000000"), AS_OF);
    MeasureOutcome engine = ENGINE.evaluate(shenzhenBorrower("A", "1000000"), AS_OF)
        .outcome(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow();
    ScreeningOutcome condensed = firm.outcomes().stream()
        .filter(o -> o.measure().equals(FirstLoanMeasure.SHENZHEN_2023.id())).findFirst().orElseThrow();
    assertThat(condensed.kind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(condensed.verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 1,000,000 × 2% × 181/360 = 10,055.56, exactly
    assertThat(condensed.minimum()).isEqualTo(Cny.of("10055.56"));
    assertThat(condensed.maximum()).contains(Cny.of("10055.56"));
    assertThat(condensed.missingFacts()).isEqualTo(engine.missingFacts()).isEmpty();
    assertThat(firm.outcomes()).extracting(ScreeningOutcome::measure)
        .containsExactlyElementsOf(ENGINE.catalog().entries().stream().map(e -> e.measure().id()).toList());
  }

  @Test
  void firm_districtAndJson() {
    ScreeningFirm firm = ScreeningRun.screenOne(ENGINE, 3, shenzhenBorrower("A", "1000000"), AS_OF);
    assertThat(firm.district()).isEqualTo("440305");
    JsonNode json = HuiqiJson.read(firm.toJson(), JsonNode.class);
    assertThat(firm.toJson()).doesNotContain("\n");
    assertThat(json.path("index").asLong()).isEqualTo(3);
    assertThat(json.path("name").asText()).isEqualTo("A");
    assertThat(json.path("regionCode").asText()).isEqualTo("440305");
    assertThat(json.path("size").asText()).isEqualTo("SMALL");
    assertThat(json.path("failures").size()).isZero();
    ScreeningFirm unknownPlace = new ScreeningFirm(0, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), List.of("profile: input.required"));
    assertThat(unknownPlace.district()).isEqualTo("unknown");
    assertThat(HuiqiJson.read(unknownPlace.toJson(), JsonNode.class).path("failures").get(0).asText())
        .isEqualTo("profile: input.required");
  }

  @Test
  void ndjson_oneLineAFirm_writeFailureUnchecked() {
    StringWriter out = new StringWriter();
    Consumer<ScreeningFirm> sink = ScreeningRun.ndjson(out);
    ScreeningFirm a = ScreeningRun.screenOne(ENGINE, 0, null, AS_OF);
    ScreeningFirm b = ScreeningRun.screenOne(ENGINE, 1, null, AS_OF);
    sink.accept(a);
    sink.accept(b);
    assertThat(out.toString()).isEqualTo(a.toJson() + "\n" + b.toJson() + "\n");
    Writer broken = new FailingWriter("disk full");
    assertThatThrownBy(() -> ScreeningRun.ndjson(broken).accept(a)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    assertThatThrownBy(() -> ScreeningRun.ndjson(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void screen_nullArguments_named() {
    Iterator<EnterpriseProfile> none = List.<EnterpriseProfile>of().iterator();
    for (int threads : new int[] {1, 2}) {
      assertField(() -> ScreeningRun.screen(null, none, AS_OF, f -> { }, threads), "engine");
      assertField(() -> ScreeningRun.screen(ENGINE, null, AS_OF, f -> { }, threads), "population");
      assertField(() -> ScreeningRun.screen(ENGINE, none, null, f -> { }, threads), "asOf");
      assertField(() -> ScreeningRun.screen(ENGINE, none, AS_OF, null, threads), "sink");
    }
    assertThat(ScreeningRun.screen(ENGINE, none, AS_OF, f -> { }, 2).firms()).isZero();
  }

  @Test
  void screen_aDateOutsideTheEnginesRange_isTheCallsFault_beforeAnyFirm() {
    // before: every firm "failed" with "profile: input.invalid at asOf" and the run returned totals of nothing, so a
    // mistyped year (2203 for 2023) gave a screening of failed firms instead of an error; screenOne, one firm of a
    // host's own loop (Spark's), still reports it as that firm's failure (screenOne_missingOrRejectedProfile_…)
    List<ScreeningFirm> seen = new ArrayList<>();
    for (LocalDate date : new LocalDate[] {LocalDate.of(1989, 12, 31), LocalDate.of(2101, 1, 1)}) {
      for (int threads : new int[] {1, 2}) {
        assertField(() -> ScreeningRun.screen(ENGINE, ScreeningPopulation.of(1, 3, 0), date, seen::add, threads),
            "asOf");
      }
    }
    assertThat(seen).isEmpty();
    // the range's ends are evaluation dates (1990-01-01..2100-12-31, as EntitlementRequest's)
    for (LocalDate end : new LocalDate[] {LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31)}) {
      assertThat(ScreeningRun.screen(ENGINE, ScreeningPopulation.of(1, 2, 0), end, seen::add).firms()).isEqualTo(2);
    }
    assertThat(seen).flatExtracting(ScreeningFirm::failures).noneMatch(f -> f.startsWith("profile:"));
  }

  private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo(field);
  }

  @Test
  void parallel_smallerPopulationsThanASlice_sameAsSequential() {
    // 5 firms on 4 threads: 32 slices, most of them empty; 513 firms on 2 threads: a full block and one firm
    for (long size : new long[] {5, 513}) {
      for (int threads : new int[] {2, 4}) {
        List<String> one = new ArrayList<>();
        ScreeningTotals sequential = ScreeningRun.screen(ENGINE, ScreeningPopulation.of(3L, size, 150), AS_OF,
            firm -> one.add(firm.toJson()));
        List<String> many = new ArrayList<>();
        ScreeningTotals parallel = ScreeningRun.screen(ENGINE, ScreeningPopulation.of(3L, size, 150), AS_OF,
            firm -> many.add(firm.toJson()), threads);
        assertThat(many).hasSize((int) size).isEqualTo(one);
        assertThat(parallel).isEqualTo(sequential);
      }
    }
  }

  @Test
  void parallel_takesOneBlockAtATime_sequentialOneFirm() {
    // the sink gets firm 0 once the first block is read: 256 firms a thread, so 512 on 2 threads and 768 on 3;
    // one at a time on one thread
    for (int threads : new int[] {1, 2, 3}) {
      ScreeningPopulation population = ScreeningPopulation.of(3L, 1000, 150);
      long[] read = {0};
      Iterator<EnterpriseProfile> counted = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return population.hasNext();
        }

        @Override
        public EnterpriseProfile next() {
          read[0]++;
          return population.next();
        }
      };
      List<Long> readWhenSunk = new ArrayList<>();
      ScreeningRun.screen(ENGINE, counted, AS_OF, firm -> readWhenSunk.add(read[0]), threads);
      long block = threads == 1 ? 1 : ScreeningRun.BLOCK_PER_THREAD * threads;
      assertThat(readWhenSunk.get(0)).as("threads %d", threads).isEqualTo(block);
      // the last firm is sunk after the whole population is read
      assertThat(readWhenSunk).hasSize(1000).last().isEqualTo(1000L);
    }
  }

  @Test
  void screenJson_failedPerMeasure_aLineNotAProfileFailsEveryMeasure_aRefusedMeasureFailsAlone() {
    // line 1: no profile (HUGE is no size class), failed for every measure, counted also for the measures first met
    // after it; line 2: a Shenzhen small firm, nothing known of its loans; line 3 blank; line 4: the same firm with a
    // bad loan (outstanding 2,000,000 above its principal 1,000,000), which the risk-compensation pool alone refuses
    // (input.conflict), as HuiqiCliScreenTest's register shows
    List<String> lines = List.of("{\"size\":\"HUGE\"}",
        "{\"registrationRegionCode\":\"440305\",\"size\":\"SMALL\"}", "",
        "{\"registrationRegionCode\":\"440305\",\"size\":\"SMALL\",\"loans\":[{\"loanId\":\"L1\",\"principal\":"
            + "{\"amount\":1000000,\"currency\":\"CNY\"},\"drawdownDate\":\"2023-01-15\",\"maturityDate\":"
            + "\"2024-01-15\",\"annualInterestRate\":\"3.65%\",\"nonPerforming\":{\"since\":\"2023-06-01\","
            + "\"principalOutstanding\":{\"amount\":2000000,\"currency\":\"CNY\"}}}]}");
    MeasureId pool = MeasureId.of("sz-gxj-2023-26.risk-compensation-pool");
    MeasureId size = MeasureId.of("miit-2011-300.enterprise-size");
    ScreeningTotals one = ScreeningRun.screenJson(ENGINE, lines.iterator(), AS_OF, firm -> { });
    ScreeningTotals two = ScreeningRun.screenJson(ENGINE, lines.iterator(), AS_OF, firm -> { }, 2);
    assertThat(two).isEqualTo(one);
    assertThat(one.firms()).isEqualTo(3);
    assertThat(one.failedFirms()).isEqualTo(2);
    // the pool: line 1 (no profile) and line 4 (refused) failed; line 2 has an outcome
    ScreeningMeasureTotals poolTotals = one.measure(pool).orElseThrow();
    assertThat(poolTotals.failed()).isEqualTo(2);
    assertThat(poolTotals.eligible() + poolTotals.undetermined() + poolTotals.ineligible()).isEqualTo(1);
    // 工信部联企业〔2011〕300号, the size class given (SMALL) for lines 2 and 4: eligible 2; line 1 failed
    ScreeningMeasureTotals sizeTotals = one.measure(size).orElseThrow();
    assertThat(sizeTotals.eligible()).isEqualTo(2);
    assertThat(sizeTotals.failed()).isEqualTo(1);
    // every measure reported: each of the three firms in one verdict or failed
    assertThat(one.measures()).isNotEmpty().allSatisfy(m -> assertThat(m.eligible() + m.undetermined()
        + m.ineligible() + m.failed()).as(m.measure().value()).isEqualTo(3));
    assertThat(one.measures()).filteredOn(m -> !m.measure().equals(pool)).allSatisfy(m -> assertThat(m.failed())
        .as(m.measure().value()).isEqualTo(1));
  }
}
