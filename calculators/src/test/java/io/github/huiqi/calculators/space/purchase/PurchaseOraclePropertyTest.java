package io.github.huiqi.calculators.space.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The purchase of leased state-owned space against {@link PurchaseOracle} on seeded random firms: output at
 * 300,000,000 to the fen either side, leases from the first and last days of months and 29 February, the date on
 * the 3 years' last day and a day either side, leases ending then, not given or not known to be state-owned; through
 * the plain, explaining and JSON forms.
 */
class PurchaseOraclePropertyTest {

  private static final long SEED = 0x5EED_9C4AL;
  private static final int CASES = 3000;
  private static final PurchaseMeasure MEASURE = PolicyData.builtIn().getMeasure(PurchaseMeasure.SHENZHEN_DRAFT);
  private static final PurchaseCalculator CALCULATOR = PurchaseCalculator.DEFAULT;
  private static final LocalDate[] STARTS = {LocalDate.of(2020, 2, 29), LocalDate.of(2020, 7, 1),
      LocalDate.of(2020, 1, 31), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 3, 1)};

  @Test
  void test_mayPurchase_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      int pick = random.nextInt(6);
      Boolean specialised = pick == 0 ? null : pick != 1;
      BigDecimal output = random.nextInt(8) == 0 ? null : random.nextBoolean()
          ? PurchaseOracle.OUTPUT.add(BigDecimal.valueOf(random.nextInt(5) - 2, 2))
          : BigDecimal.valueOf(random.nextLong(100_000_000_000L), 2);
      List<PurchaseOracle.Lease> leases = new ArrayList<>();
      LocalDate anchor = null;
      for (int k = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(2); k > 0; k--) {
        LocalDate start = random.nextBoolean() ? STARTS[random.nextInt(STARTS.length)]
            : LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2000));
        LocalDate needed = PurchaseOracle.threeYears(start);
        anchor = anchor == null ? needed : anchor;
        LocalDate end = switch (random.nextInt(5)) {
          case 0 -> null;
          case 1 -> needed;
          case 2 -> needed.minusDays(1);
          default -> start.plusDays(random.nextInt(2500));
        };
        int owned = random.nextInt(6);
        leases.add(new PurchaseOracle.Lease(start, end, owned == 0 ? null : owned != 1));
      }
      LocalDate asOf = anchor != null && random.nextBoolean() ? anchor.plusDays(random.nextInt(3) - 1)
          : LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
      String label = "seed " + SEED + " case " + i + ": specialised " + specialised + ", output " + output
          + ", as of " + asOf + ", " + leases;
      String expected = PurchaseOracle.expected(specialised, output, leases, asOf);
      PurchaseRequest request = PurchaseRequest.builder().specialisedAndInnovative(Optional.ofNullable(specialised))
          .annualOutput(Optional.ofNullable(output).map(Cny::of)).leases(build(leases)).asOf(asOf).build();

      assertThat(CALCULATOR.explainMayPurchase(MEASURE, request).eligibility().verdict().name()).as(label)
          .isEqualTo(expected);
      if (expected.equals("UNDETERMINED")) {
        assertThatThrownBy(() -> CALCULATOR.mayPurchase(MEASURE, request)).as(label)
            .isInstanceOf(MissingFactsException.class);
      } else {
        assertThat(CALCULATOR.mayPurchase(MEASURE, request)).as(label).isEqualTo(expected.equals("ELIGIBLE"));
      }
      if (i % 10 == 0) {
        assertThat(HuiqiJson.read(CALCULATOR.explainMayPurchaseJson(MEASURE, HuiqiJson.write(request)),
            PurchaseResult.class).eligibility().verdict().name()).as(label + " (JSON)").isEqualTo(expected);
      }
    }
  }

  private static List<RentLease> build(List<PurchaseOracle.Lease> leases) {
    List<RentLease> built = new ArrayList<>();
    for (int k = 0; k < leases.size(); k++) {
      PurchaseOracle.Lease l = leases.get(k);
      RentLease.Builder builder = RentLease.builder().leaseId("S" + k).area(new BigDecimal("1000")).start(l.start())
          .end(Optional.ofNullable(l.end()));
      if (l.stateOwned() != null) {
        builder.stateOwned(l.stateOwned());
      }
      built.add(builder.build());
    }
    return built;
  }
}
