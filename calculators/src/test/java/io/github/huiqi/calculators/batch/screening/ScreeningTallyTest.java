package io.github.huiqi.calculators.batch.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link ScreeningTally}'s sums to {@link ScreeningMeasureTotals}' definitions, on firms written by hand: the
 * certain cost sums the eligible firms' least amounts, the cost in reach the eligible and undetermined firms' most
 * (a floor counted at its least, and counted as unbounded), an outcome a stacking rule set aside counted apart and in
 * neither, and a firm with any failure is a failed firm.
 */
class ScreeningTallyTest {

  private static final MeasureId SUBSIDY = MeasureId.of("test-2023-1.subsidy");
  private static final MeasureId FEE = MeasureId.of("test-2023-1.fee");

  private static ScreeningOutcome outcome(MeasureId measure, AmountKind kind, Verdict verdict, String least,
      String most) {
    return new ScreeningOutcome(measure, kind, verdict, Cny.of(least),
        most == null ? Optional.empty() : Optional.of(Cny.of(most)), List.of());
  }

  private static ScreeningFirm firm(long index, List<String> failures, ScreeningOutcome... outcomes) {
    return new ScreeningFirm(index, Optional.of("F" + index), Optional.of("440305"),
        Optional.of(EnterpriseSize.SMALL), List.of(outcomes), failures);
  }

  @Test
  void sums_perMeasure_byVerdict() {
    ScreeningTally tally = new ScreeningTally()
        .add(firm(0, List.of(), outcome(SUBSIDY, AmountKind.PAYMENT_TO_FIRM, Verdict.ELIGIBLE, "100.00", "300.00"),
            outcome(FEE, AmountKind.FEE_SAVED, Verdict.INELIGIBLE, "0.00", "0.00")))
        .add(firm(1, List.of(), outcome(SUBSIDY, AmountKind.PAYMENT_TO_FIRM, Verdict.UNDETERMINED, "0.00", "500.00"),
            outcome(FEE, AmountKind.FEE_SAVED, Verdict.ELIGIBLE, "20.00", "20.00")))
        // a floor (不低于 50): certain 50, in reach counted at its least, unbounded
        .add(firm(2, List.of(), outcome(SUBSIDY, AmountKind.PAYMENT_TO_FIRM, Verdict.ELIGIBLE, "50.00", null)))
        // undetermined with no upper bound: nothing certain, in reach at its least 0, unbounded
        .add(firm(3, List.of("test-2023-1.fee: input.invalid at /loans/0"),
            outcome(SUBSIDY, AmountKind.PAYMENT_TO_FIRM, Verdict.UNDETERMINED, "0.00", null)))
        // ineligible with no upper bound given: counts nowhere but as ineligible
        .add(firm(4, List.of(), outcome(SUBSIDY, AmountKind.PAYMENT_TO_FIRM, Verdict.INELIGIBLE, "0.00", null)))
        // a profile the engine rejected: no outcomes, one failure
        .add(firm(5, List.of("profile: input.required")));
    ScreeningTotals totals = tally.totals();

    assertThat(totals.firms()).isEqualTo(6);
    // firms 3 and 5 have failures
    assertThat(totals.failedFirms()).isEqualTo(2);
    // in the order first met
    assertThat(totals.measures()).extracting(ScreeningMeasureTotals::measure).containsExactly(SUBSIDY, FEE);
    ScreeningMeasureTotals subsidy = totals.measure(SUBSIDY).orElseThrow();
    assertThat(subsidy.kind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(subsidy.eligible()).isEqualTo(2);
    assertThat(subsidy.undetermined()).isEqualTo(2);
    assertThat(subsidy.ineligible()).isEqualTo(1);
    // certain: firm 0's least 100.00 + firm 2's least 50.00 = 150.00
    assertThat(subsidy.certain()).isEqualTo(Cny.of("150.00"));
    // in reach: 300.00 (firm 0's most) + 500.00 (firm 1's most) + 50.00 (firm 2's floor) + 0.00 (firm 3) = 850.00
    assertThat(subsidy.inReach()).isEqualTo(Cny.of("850.00"));
    // firms 2 and 3 have no upper bound; firm 4 is ineligible and not counted
    assertThat(subsidy.unbounded()).isEqualTo(2);
    ScreeningMeasureTotals fee = totals.measure(FEE).orElseThrow();
    assertThat(fee.kind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(fee.eligible()).isEqualTo(1);
    assertThat(fee.undetermined()).isZero();
    assertThat(fee.ineligible()).isEqualTo(1);
    assertThat(fee.certain()).isEqualTo(Cny.of("20.00"));
    assertThat(fee.inReach()).isEqualTo(Cny.of("20.00"));
    assertThat(fee.unbounded()).isZero();
    assertThat(totals.measure(MeasureId.of("test-2023-1.other"))).isEmpty();
  }

  private static ScreeningOutcome setAside(MeasureId measure, Verdict verdict, String least, String most) {
    return new ScreeningOutcome(measure, AmountKind.TAX_SAVED, verdict, Cny.of(least),
        most == null ? Optional.empty() : Optional.of(Cny.of(most)), verdict == Verdict.UNDETERMINED
            ? List.of("/registrationRegionCode") : List.of(), true);
  }

  @Test
  void setAside_countedApart_inNeitherAmount_verdictsUnchanged() {
    MeasureId relief = MeasureId.of("test-2023-1.relief");
    ScreeningTally tally = new ScreeningTally()
        // counted: eligible, 480.00 exactly
        .add(firm(0, List.of(), outcome(relief, AmountKind.TAX_SAVED, Verdict.ELIGIBLE, "480.00", "480.00")))
        // set aside by a stacking rule (another measure holds the same relief): undetermined, up to 480.00
        .add(firm(1, List.of(), setAside(relief, Verdict.UNDETERMINED, "0.00", "480.00")))
        // set aside, eligible, 300.00 exactly: not certain either
        .add(firm(2, List.of(), setAside(relief, Verdict.ELIGIBLE, "300.00", "300.00")))
        // set aside with no upper bound: not among the unbounded, which are counted in reach at their least
        .add(firm(3, List.of(), setAside(relief, Verdict.ELIGIBLE, "50.00", null)))
        // counted, undetermined, up to 200.00
        .add(firm(4, List.of(), outcome(relief, AmountKind.TAX_SAVED, Verdict.UNDETERMINED, "0.00", "200.00")));
    ScreeningMeasureTotals totals = tally.totals().measure(relief).orElseThrow();
    // the verdicts as they are: eligible firms 0, 2, 3; undetermined 1, 4
    assertThat(totals.eligible()).isEqualTo(3);
    assertThat(totals.undetermined()).isEqualTo(2);
    assertThat(totals.ineligible()).isZero();
    // firms 1, 2 and 3 set aside
    assertThat(totals.setAside()).isEqualTo(3);
    // certain: firm 0's 480.00 only (before: + 300.00 + 50.00 of firms 2 and 3 = 830.00)
    assertThat(totals.certain()).isEqualTo(Cny.of("480.00"));
    // in reach: 480.00 (firm 0) + 200.00 (firm 4) = 680.00 (before: + 480.00 + 300.00 + 50.00 = 1,510.00)
    assertThat(totals.inReach()).isEqualTo(Cny.of("680.00"));
    assertThat(totals.unbounded()).isZero();
  }

  @Test
  void setAside_neverIneligible_andTheOldConstructorIsNotSetAside() {
    assertThatThrownBy(() -> setAside(SUBSIDY, Verdict.INELIGIBLE, "0.00", "0.00"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("setAside");
    assertThat(outcome(SUBSIDY, AmountKind.PAYMENT_TO_FIRM, Verdict.ELIGIBLE, "1.00", "1.00").setAside()).isFalse();
    // no outcome set aside: none counted
    ScreeningTotals totals = new ScreeningTally()
        .add(firm(0, List.of(), outcome(SUBSIDY, AmountKind.PAYMENT_TO_FIRM, Verdict.ELIGIBLE, "1.00", "1.00")))
        .totals();
    assertThat(totals.measure(SUBSIDY).orElseThrow().setAside()).isZero();
  }

  @Test
  void empty_andNullFirm() {
    ScreeningTotals none = new ScreeningTally().totals();
    assertThat(none.firms()).isZero();
    assertThat(none.failedFirms()).isZero();
    assertThat(none.measures()).isEmpty();
    assertThatThrownBy(() -> new ScreeningTally().add(null)).isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("firm");
  }
}
