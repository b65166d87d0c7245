package io.github.huiqi.calculators.tax;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.quarter;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A profile whose years all come after the evaluation date's year (a platform that holds a firm's recent figures,
 * evaluated on an earlier date) is missing the tax year's figures, not known to lack them (decisions register §4.6):
 * the 小型微利企业 relief, the R&amp;D extra deduction and the small-scale VAT relief are undetermined, naming
 * {@code /years}, with the ranges they have when the years are not given. Only a firm known to have had no tax year
 * by then (its years known to be empty, or registered after the date's year) is ineligible ({@code no-tax-year}).
 * Evaluated on 2023-06-30, a Shenzhen manufacturer that gives only its 2025 figures.
 */
class TaxYearsAfterEvaluationTest {

  private static final MeasureId SLPE = SmallLowProfitMeasure.SHENZHEN_2023.id();
  private static final MeasureId RD = RdMeasure.SHENZHEN_2023.id();
  private static final MeasureId VAT = VatMeasure.SHENZHEN_2023.id();

  /** 2025 only: a year of 1,000,000 taxable income, and a quarter of 100,000 sales. */
  private static EnterpriseYear year2025() {
    return year(2025, "1000000", "0").vatPeriods(List.of(quarter(2025, 1, "100000"))).build();
  }

  @Test
  void test_onlyLaterYears_theTaxMeasuresAreUndeterminedNamingTheYears() {
    EnterpriseProfile later = firm(year2025()).build();
    // 小型微利企业: as with the years not given on 2023-06-30 (SmallLowProfitEvaluatorTest): the most relief at the
    // 3,000,000 limit over the tax years up to 2023 is 2022's, 1,000,000 × 22.5% + 2,000,000 × 20% = 625,000.00
    // (财政部 税务总局公告2021年第12号 第一条, 2022年第13号 第一条): from 0 to 625,000.00
    MeasureOutcome relief = agreeing(SLPE, later);
    assertThat(relief.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(relief.missingFacts()).containsExactly("/years");
    assertThat(relief.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("625000.00")));
    // R&D and VAT: nothing bounds the costs or the sales, so from zero with no upper bound
    for (MeasureId id : List.of(RD, VAT)) {
      MeasureOutcome outcome = agreeing(id, later);
      assertThat(outcome.verdict()).as(id.value()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.missingFacts()).as(id.value()).containsExactly("/years");
      assertThat(outcome.amount()).as(id.value()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    }
  }

  @Test
  void test_registeredAfterTheYear_orYearsKnownEmpty_noTaxYear() {
    // registered 2024-03-01: no tax year up to 2023 existed, so none of the three has anything to relieve
    EnterpriseProfile young = firm(year2025()).registrationDate(LocalDate.of(2024, 3, 1)).build();
    // the years known to be empty: the firm is known to have no year's figures at all
    EnterpriseProfile none = firm().build();
    for (EnterpriseProfile profile : List.of(young, none)) {
      for (MeasureId id : List.of(SLPE, RD, VAT)) {
        MeasureOutcome outcome = agreeing(id, profile);
        assertThat(outcome.verdict()).as(id.value()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(outcome.amount()).as(id.value()).isEqualTo(OutcomeAmount.ZERO);
        assertThat(outcome.reasons()).as(id.value()).extracting(Reason::code).containsExactly("no-tax-year");
      }
    }
    // registered in 2023 itself, years from 2025: the 2023 year existed and is missing, so undetermined
    EnterpriseProfile existed = firm(year2025()).registrationDate(LocalDate.of(2023, 12, 31)).build();
    assertThat(agreeing(SLPE, existed).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(agreeing(VAT, existed).missingFacts()).containsExactly("/years");
  }
}
