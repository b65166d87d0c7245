package io.github.huiqi.calculators.space.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityKind;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The 2023-Q1 utility relief against {@link UtilityOracle} on seeded random firms: bills overdue from or paid on the
 * quarter's first and last days and a day either side, unpaid, rates of 0.1%, 0.2% and 0.3% a day, every size and
 * legal form, in difficulty or not; through the plain, explaining and JSON forms.
 */
class UtilityOraclePropertyTest {

  private static final long SEED = 0x5EED_0711L;
  private static final int CASES = 3000;
  private static final UtilityMeasure MEASURE = PolicyData.builtIn().getMeasure(UtilityMeasure.SHENZHEN_2023);
  private static final UtilityCalculator CALCULATOR = UtilityCalculator.DEFAULT;
  private static final LocalDate[] DATES = {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 1, 2), LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1),
      LocalDate.of(2023, 4, 2)};
  private static final String[] RATES = {"0.001", "0.002", "0.003"};

  @Test
  void test_waivedLateFees_agreeWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      boolean individual = random.nextInt(4) == 0;
      EnterpriseSize size = EnterpriseSize.values()[random.nextInt(4)];
      boolean difficulty = random.nextInt(5) != 0;
      List<UtilityOracle.Bill> bills = randomBills(random);
      String label = "seed " + SEED + " case " + i + ": individual " + individual + ", " + size + ", difficulty "
          + difficulty + ", " + bills;
      UtilityOracle.Expected expected = UtilityOracle.expected(individual, size, difficulty, bills);
      UtilityRequest request = UtilityRequest.builder()
          .legalForm(individual ? LegalForm.INDIVIDUAL_BUSINESS : LegalForm.ENTERPRISE).size(size)
          .affectedByEpidemic(difficulty).utilityBills(build(bills)).build();

      assertThat(Cny.yuan(CALCULATOR.waivedLateFees(MEASURE, request), "waived")).as(label)
          .isEqualByComparingTo(expected.waived());
      check(label, CALCULATOR.explainWaivedLateFees(MEASURE, request), expected);
      // the engine reads a bill without its paid date as unpaid or not known (UtilityEvaluator: a range from the bill
      // paid the day its fee began), so only bills with their paid dates go to it
      if (i % 10 == 0 && bills.stream().allMatch(b -> b.paid() != null)) {
        // the engine on a Shenzhen firm with these facts, evaluated on the quarter's last day
        MeasureOutcome outcome = CatalogRuns.both(UtilityMeasure.SHENZHEN_2023.id(), EnterpriseProfile.builder()
            .registrationRegionCode("440305").legalForm(individual ? LegalForm.INDIVIDUAL_BUSINESS
            : LegalForm.ENTERPRISE).size(size).affectedByEpidemic(difficulty).utilityBills(build(bills)).build(),
            UtilityOracle.LAST);
        assertThat(outcome.verdict().name()).as(label + " (engine)").isEqualTo(expected.verdict());
        assertThat(outcome.amount()).as(label + " (engine)")
            .isEqualTo(OutcomeAmount.exactly(Cny.of(expected.waived())));
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainWaivedLateFeesJson(MEASURE,
            HuiqiJson.write(request)), UtilityResult.class), expected);
      }
    }
  }

  private static void check(String label, UtilityResult result, UtilityOracle.Expected expected) {
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(Cny.yuan(result.waivedKnown(), "waived")).as(label).isEqualByComparingTo(expected.waived());
  }

  private static List<UtilityOracle.Bill> randomBills(Random random) {
    List<UtilityOracle.Bill> bills = new ArrayList<>();
    int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      LocalDate from = random.nextBoolean() ? DATES[random.nextInt(DATES.length)]
          : LocalDate.of(2022, 11, 1).plusDays(random.nextInt(200));
      LocalDate paid = switch (random.nextInt(4)) {
        case 0 -> null;
        case 1 -> {
          LocalDate d = DATES[random.nextInt(DATES.length)];
          yield d.isBefore(from) ? from : d;
        }
        default -> from.plusDays(random.nextInt(150));
      };
      BigDecimal arrears = BigDecimal.valueOf(1 + random.nextLong(50_000_000L), 2);
      bills.add(new UtilityOracle.Bill(arrears, from, paid, new BigDecimal(RATES[random.nextInt(RATES.length)])));
    }
    return bills;
  }

  private static List<UtilityBill> build(List<UtilityOracle.Bill> bills) {
    List<UtilityBill> built = new ArrayList<>();
    for (int k = 0; k < bills.size(); k++) {
      UtilityOracle.Bill b = bills.get(k);
      UtilityBill.Builder builder = UtilityBill.builder().billId("B" + k)
          .utility(UtilityKind.values()[k % UtilityKind.values().length]).arrears(Cny.of(b.arrears()))
          .overdueFrom(b.overdueFrom()).dailyLateFeeRate(Rate.ofFraction(b.dailyRate()));
      if (b.paid() != null) {
        builder.paidDate(b.paid());
      }
      built.add(builder.build());
    }
    return built;
  }
}
