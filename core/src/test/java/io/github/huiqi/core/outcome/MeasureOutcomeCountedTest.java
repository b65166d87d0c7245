package io.github.huiqi.core.outcome;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link MeasureOutcome#countedInTotal()}: decided by its rule when a builder leaves it unset (a benefit to the
 * firm, not ineligible, in an open window, not a draft), kept as set when a builder or a stacking rule sets it aside,
 * and never true where the rule says no.
 */
class MeasureOutcomeCountedTest {

  /** An eligible payment of 30,000.00 in an open window of a document in force: every part of the rule holds. */
  private static MeasureOutcome.Builder counted() {
    return OutcomeFixtures.firstLoanSubsidy();
  }

  @Test
  void test_everyPartHolds() {
    assertThat(counted().build().countedInTotal()).isTrue();
    // an undetermined benefit counts too: its range is in reach
    assertThat(counted().verdict(Verdict.UNDETERMINED).amount(OutcomeAmount.upTo(Cny.of("30000.00")))
        .addMissingFacts("/loans").build().countedInTotal()).isTrue();
  }

  @Test
  void test_eachPartFails() {
    assertThat(counted().verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO).build().countedInTotal()).isFalse();
    assertThat(counted().windowStatus(WindowStatus.CLOSED).build().countedInTotal()).isFalse();
    assertThat(counted().windowStatus(WindowStatus.NOT_YET_OPEN).build().countedInTotal()).isFalse();
    assertThat(counted().documentStatus(DocumentStatus.DRAFT).build().countedInTotal()).isFalse();
    assertThat(counted().amountKind(AmountKind.COUNTERPARTY_CEILING).build().countedInTotal()).isFalse();
    assertThat(counted().amountKind(AmountKind.PAYMENT_TO_LENDER).build().countedInTotal()).isFalse();
    // an expired document's measure still counts while its window is open: only a draft is excluded by status
    assertThat(counted().documentStatus(DocumentStatus.EXPIRED).build().countedInTotal()).isTrue();
  }

  @Test
  void test_setExplicitly() {
    // a stacking rule sets an outcome aside; the rule does not override what was set
    MeasureOutcome setAside = counted().countedInTotal(false).build();
    assertThat(setAside.countedInTotal()).isFalse();
    assertThat(counted().build().withCountedInTotal(false).countedInTotal()).isFalse();
    assertThat(setAside.toBuilder().build().countedInTotal()).isFalse();
  }

  /**
   * Outcomes the rule leaves out of the total: a ceiling, a lender's compensation, no money, ineligible, closed, not
   * yet open, a draft.
   */
  private static List<MeasureOutcome.Builder> leftOutByTheRule() {
    return List.of(
        counted().amountKind(AmountKind.COUNTERPARTY_CEILING),
        counted().amountKind(AmountKind.PAYMENT_TO_LENDER),
        counted().amountKind(AmountKind.NON_MONETARY),
        counted().verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO),
        counted().windowStatus(WindowStatus.CLOSED),
        counted().windowStatus(WindowStatus.NOT_YET_OPEN),
        counted().documentStatus(DocumentStatus.DRAFT));
  }

  @Test
  void test_neverCountedWhereTheRuleSaysNo() {
    // a ceiling, a lender's compensation or no money, an ineligible, closed, not yet open or draft outcome set counted
    // by a host's evaluator or a JSON document: refused, so that the engine's total never adds it
    List<MeasureOutcome.Builder> outside = leftOutByTheRule();
    for (MeasureOutcome.Builder builder : outside) {
      assertField(() -> builder.countedInTotal(true).build(), "countedInTotal");
    }
    MeasureOutcome ceiling = counted().amountKind(AmountKind.COUNTERPARTY_CEILING).build();
    assertField(() -> ceiling.withCountedInTotal(true), "countedInTotal");
    String json = HuiqiJson.write(ceiling).replace("\"countedInTotal\" : false", "\"countedInTotal\" : true");
    assertField(() -> HuiqiJson.read(json, MeasureOutcome.class), "/countedInTotal");
    // where the rule says yes, setting it true is what the rule gives
    assertThat(counted().countedInTotal(true).build()).isEqualTo(counted().build());
  }

  @Test
  void test_setAside_onlyWhatTheRuleWouldCount() {
    // counted by the rule: not set aside
    assertThat(counted().build().setAside()).isFalse();
    // a stacking rule sets it aside: counted by the rule, not in the total
    assertThat(counted().countedInTotal(false).build().setAside()).isTrue();
    assertThat(counted().build().withCountedInTotal(false).setAside()).isTrue();
    assertThat(counted().verdict(Verdict.UNDETERMINED).amount(OutcomeAmount.upTo(Cny.of("30000.00")))
        .addMissingFacts("/registrationRegionCode").countedInTotal(false).build().setAside()).isTrue();
    // left out by the rule itself, whatever the builder says: never "set aside", so a population's totals keep
    // counting a ceiling or a lender's compensation, and an ineligible, closed, not yet open or draft outcome is
    // what its verdict and window say
    List<MeasureOutcome.Builder> outside = leftOutByTheRule();
    for (MeasureOutcome.Builder builder : outside) {
      assertThat(builder.build().setAside()).isFalse();
      assertThat(builder.countedInTotal(false).build().setAside()).isFalse();
    }
  }

  @Test
  void test_setAside_derived_keptThroughJson_noFieldOfItsOwn() {
    MeasureOutcome setAside = counted().countedInTotal(false).build();
    String json = HuiqiJson.write(setAside);
    // the JSON holds countedInTotal (false) and no setAside member: it is derived when read
    assertThat(json).contains("\"countedInTotal\" : false").doesNotContain("setAside");
    MeasureOutcome read = HuiqiJson.read(json, MeasureOutcome.class);
    assertThat(read.setAside()).isTrue();
    assertThat(HuiqiJson.read(HuiqiJson.write(counted().build()), MeasureOutcome.class).setAside()).isFalse();
    MeasureOutcome ceiling = counted().amountKind(AmountKind.COUNTERPARTY_CEILING).build();
    assertThat(HuiqiJson.read(HuiqiJson.write(ceiling), MeasureOutcome.class).setAside()).isFalse();
  }

  @Test
  void test_jsonKeepsTheValue() {
    MeasureOutcome setAside = counted().countedInTotal(false).build();
    MeasureOutcome read = HuiqiJson.read(HuiqiJson.write(setAside), MeasureOutcome.class);
    assertThat(read).isEqualTo(setAside);
    assertThat(read.countedInTotal()).isFalse();
  }
}
