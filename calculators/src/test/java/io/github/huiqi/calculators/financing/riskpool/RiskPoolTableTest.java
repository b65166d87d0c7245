package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.claim;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolBaseRatio;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CapStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 深工信〔2023〕26号 第5条 with the base ratio taken from the measure's per-category table (as a host's pack would
 * configure it), not from an agreed ratio on the claim: the uplift is added to the table's base and then capped at
 * 80%; and the extension date (展期视同新增) on the windows' first and last days and the days outside.
 */
class RiskPoolTableTest {

  /** The built-in measure with a host's table: FIRST_LOAN 49%, CREDIT 50%, TECH_ENTERPRISE 51%, GENERAL 30%. */
  private static final RiskPoolMeasure HOST_TABLE = withRows(
      row(RiskPoolLoanCategory.GENERAL, "30%"), row(RiskPoolLoanCategory.FIRST_LOAN, "49%"),
          row(RiskPoolLoanCategory.CREDIT, "50%"),
      row(RiskPoolLoanCategory.TECH_ENTERPRISE, "51%"));

  private static RiskPoolBaseRatio row(RiskPoolLoanCategory category, String ratio) {
    RiskPoolBaseRatio general = POOL.baseRatioFor(RiskPoolLoanCategory.GENERAL);
    return new RiskPoolBaseRatio(category, general.ratio().withValue(Rate.parse(ratio)));
  }

  private static RiskPoolMeasure withRows(RiskPoolBaseRatio... rows) {
    return new RiskPoolMeasure(POOL.id(), POOL.clause(), POOL.documentStatus(), POOL.title(),
        List.of(rows), POOL.upliftWindows(), POOL.ceiling(), POOL.lossBasis(), POOL.returnRecoveries(),
        POOL.rounding(), POOL.exclusionRules(), POOL.lossTrigger());
  }

  @ParameterizedTest(name = "{0} granted {1} → {2}, {3}")
  @CsvSource({
      // last day of the 2023 window: table base + 30 pp, then min(…, 80%); principal outstanding 1,000,000
      "FIRST_LOAN, 2023-03-31, 79%, 790000.00, false",       // 49% + 30 pp = 79%: 790,000.00
      "CREDIT, 2023-03-31, 80%, 800000.00, false",           // 50% + 30 pp = 80% exactly: reached, not exceeded
      "TECH_ENTERPRISE, 2023-03-31, 80%, 800000.00, true",   // 51% + 30 pp = 81% → 80%: 800,000.00
      "GREEN, 2023-03-31, 60%, 600000.00, false",            // no row: GENERAL 30% + 30 pp = 60%
      // first day of the 2022 window: the same uplift
      "TECH_ENTERPRISE, 2022-03-01, 80%, 800000.00, true",   // 51% + 30 pp = 81% → 80%
      // the day after the 2023 window: the table's base alone
      "FIRST_LOAN, 2023-04-01, 49%, 490000.00, false",       // 49%: 490,000.00
      "CREDIT, 2023-04-01, 50%, 500000.00, false",           // 50%: 500,000.00
      "TECH_ENTERPRISE, 2023-04-01, 51%, 510000.00, false",  // 51%: 510,000.00
  })
  void test_tableBase_upliftThenCeiling(RiskPoolLoanCategory category, LocalDate granted, String ratio,
      BigDecimal expected, boolean capped) {
    RiskPoolClaim loan = claim("T", granted).category(category).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(HOST_TABLE, loan);
    assertThat(result.ratio()).isEqualTo(Rate.parse(ratio));
    assertThat(Cny.yuan(result.compensation().maximum(), "c")).isEqualByComparingTo(expected);
    assertThat(result.bindingLimit().isPresent()).isEqualTo(capped);
    assertThat(result.explanation().stepsOf(CapStep.class).get(0).isBinding()).isEqualTo(capped);
    assertThat(CALCULATOR.compensation(HOST_TABLE, loan)).isEqualTo(result.compensation().maximum());
  }

  @Test
  void test_tableBase_aboveTheCeilingIsRejectedWithTheRow() {
    assertThatThrownBy(() -> withRows(row(RiskPoolLoanCategory.GENERAL, "30%"), row(RiskPoolLoanCategory.CREDIT,
        "80.01%")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("baseRatios/1/ratio/value"));
    assertThatThrownBy(() -> withRows(row(RiskPoolLoanCategory.CREDIT, "50%")))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("baseRatios"));
  }

  @ParameterizedTest(name = "extended {0} → {1}")
  @CsvSource({
      // granted 2021-06-01, outside both windows; only the extension date counts ("展期视同新增")
      "2022-02-28, 300000.00",  // the day before the 2022 window: 1,000,000 × 30% = 300,000.00
      "2022-03-01, 600000.00",  // first day: 1,000,000 × (30% + 30 pp) = 600,000.00
      "2022-06-30, 600000.00",  // last day: 600,000.00
      "2022-07-01, 300000.00",  // the day after: 300,000.00
      "2022-12-31, 300000.00",  // the day before the 2023 window: 300,000.00
      "2023-01-01, 600000.00",  // first day: 600,000.00
      "2023-03-31, 600000.00",  // last day: 600,000.00
      "2023-04-01, 300000.00",  // the day after: 300,000.00
  })
  void test_extensionDate_windowBoundaries(LocalDate extended, BigDecimal expected) {
    RiskPoolClaim loan = claim("E", date(2021, 6, 1)).extensionDate(extended)
        .firstNonPerformingDate(date(2023, 12, 31)).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.effectiveGrantDate()).isEqualTo(extended);
    assertThat(Cny.yuan(result.compensation().maximum(), "c")).isEqualByComparingTo(expected);
  }
}
