package io.github.huiqi.calculators.batch.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
  }
}
