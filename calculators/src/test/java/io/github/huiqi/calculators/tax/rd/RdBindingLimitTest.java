package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdMeasure;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The outcome's binding limit names the R&amp;D limit that cut the base: other related costs at most 10% of the
 * eligible total (财税〔2015〕119号 第一条（一）6: allowed ≤ five × 10% ÷ 90%, pooled from 2021, 2021年第28号), and R&amp;D
 * entrusted to an overseas entity counted at 80% within 2/3 of the domestic qualifying R&amp;D (财税〔2018〕64号 第一条);
 * the overseas one, applied last, when both bind (decisions register §4.5 item 34). Tax year 2023, extra rate 100%
 * (2023年第7号 第一条), saved at the standard 25% (企业所得税法 第四条); the firm of {@code FirmYearProfiles#firm}.
 */
class RdBindingLimitTest {

  private static final MeasureId RD = RdMeasure.SHENZHEN_2023.id();

  @Test
  void test_otherCostsCapBinds_namedWithItsClause() {
    // five = 900,000; cap = 900,000 × 10% ÷ 90% = 100,000.00 < other 200,000: allowed 100,000; E = 1,000,000 × 100%;
    // saved 3,400,000 × 25% − 2,400,000 × 25% = 850,000 − 600,000 = 250,000.00
    MeasureOutcome outcome = agreeing(RD, firm(year(2023, "3400000", null)
        .rdExpensedCosts(RdFixtures.costs("900000", "0", "0", "0", "0", "200000")).build()).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("250000.00")));
    BindingLimit limit = outcome.bindingLimit().orElseThrow();
    assertThat(limit.code()).isEqualTo("other-costs-cap");
    assertThat(limit.limit()).isEqualTo(Cny.of("100000.00"));
    assertThat(limit.citation().document()).contains("财税〔2015〕119号");
    assertThat(limit.citation().article()).isEqualTo("第一条");
    assertThat(limit.name().zh()).contains("10%");
    // the explanation's step names the same cap and says it bound
    assertThat(outcome.explanation().steps()).filteredOn(CapStep.class::isInstance).map(CapStep.class::cast)
        .filteredOn(CapStep::isBinding).singleElement().satisfies(step -> {
          assertThat(step.limit()).isEqualByComparingTo("100000.00");
          assertThat(step.citation()).isEqualTo(limit.citation());
        });
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("binding");
  }

  @Test
  void test_overseasTwoThirdsBinds_namedWithItsClause() {
    // own 300,000; overseas 600,000 × 80% = 480,000 > 2/3 × 300,000 = 200,000.00: counted 200,000; E = 500,000;
    // saved 850,000 − 2,900,000 × 25% = 850,000 − 725,000 = 125,000.00
    MeasureOutcome outcome = agreeing(RD, firm(year(2023, "3400000", "300000").rdEntrustments(List.of(
        RdFixtures.entrusted(RdEntrusteeKind.OVERSEAS_ENTITY, "600000"))).build()).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("125000.00")));
    BindingLimit limit = outcome.bindingLimit().orElseThrow();
    assertThat(limit.code()).isEqualTo("overseas-entrusted-cap");
    assertThat(limit.limit()).isEqualTo(Cny.of("200000.00"));
    assertThat(limit.citation().document()).contains("财税〔2018〕64号");
    assertThat(limit.name().zh()).contains("2/3");
  }

  @Test
  void test_bothBind_theOverseasCapAppliedLastIsNamed() {
    // own = 900,000 + min(200,000, 100,000) = 1,000,000; overseas 1,200,000 × 80% = 960,000 > 2/3 × 1,000,000 =
    // 666,666.666… → 666,666.67; E = 1,666,666.67; TIa = 1,733,333.33, × 25% = 433,333.3325 → 433,333.33;
    // saved 850,000 − 433,333.33 = 416,666.67
    MeasureOutcome outcome = agreeing(RD, firm(year(2023, "3400000", null)
        .rdExpensedCosts(RdFixtures.costs("900000", "0", "0", "0", "0", "200000"))
        .rdEntrustments(List.of(RdFixtures.entrusted(RdEntrusteeKind.OVERSEAS_ENTITY, "1200000"))).build()).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("416666.67")));
    assertThat(outcome.bindingLimit().map(BindingLimit::code)).contains("overseas-entrusted-cap");
    assertThat(outcome.bindingLimit().map(BindingLimit::limit)).contains(Cny.of("666666.67"));
  }

  @Test
  void test_noLimitBinds_orTheIncomeIsAlreadyGone_namesNothing() {
    // other 80,000 within 900,000 × 10% ÷ 90% = 100,000: nothing binds; E = 980,000; saved 245,000.00
    MeasureOutcome within = agreeing(RD, firm(year(2023, "3400000", null)
        .rdExpensedCosts(RdFixtures.costs("900000", "0", "0", "0", "0", "80000")).build()).build());
    assertThat(within.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("245000.00")));
    assertThat(within.bindingLimit()).isEmpty();
    // the cap binds but E = 1,000,000 already removes the whole 500,000 of income: saved 500,000 × 25% = 125,000.00
    // with or without the cap, so the cap decided nothing
    MeasureOutcome gone = agreeing(RD, firm(year(2023, "500000", null)
        .rdExpensedCosts(RdFixtures.costs("900000", "0", "0", "0", "0", "200000")).build()).build());
    assertThat(gone.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("125000.00")));
    assertThat(gone.bindingLimit()).isEmpty();
  }
}
