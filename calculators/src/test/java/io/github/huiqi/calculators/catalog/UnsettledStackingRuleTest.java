package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link UnsettledStackingRule} on the built-in pair (the tech-SME 贴保 and the small/micro guarantee-fee subsidy,
 * decisions register §4.4 item 25): the note on both outcomes wherever they sit in the list, nothing when either is
 * not live, and under COUNT_HIGHER which one is set aside (an unbounded maximum is the higher; a tie keeps the first).
 */
class UnsettledStackingRuleTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate EARLY_2024 = LocalDate.of(2024, 1, 15);
  private static final MeasureOutcome TECH = CATALOG.evaluate(TechSmeMeasure.SHENZHEN_2023.id(),
      CatalogProfiles.sample(), EARLY_2024);
  private static final MeasureOutcome FEE = CATALOG.evaluate(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id(),
      CatalogProfiles.sample(), EARLY_2024);
  private static final MeasureOutcome OTHER = CATALOG.evaluate(DeferralMeasure.SHENZHEN_2023.id(),
      CatalogProfiles.sample(), EARLY_2024);

  private static List<MeasureOutcome> apply(EngineOptions.UnsettledStacking choice, MeasureOutcome... outcomes) {
    EngineOptions options = EngineOptions.DEFAULTS.withUnsettledStacking(choice);
    EvaluationContext context = new EvaluationContext(EARLY_2024, CATALOG.data(), options,
        CATALOG.get(TechSmeMeasure.SHENZHEN_2023.id()));
    return UnsettledStackingRule.DEFAULT.apply(List.of(outcomes), CatalogProfiles.sample(), context, CATALOG, true);
  }

  /** The outcome made eligible for an amount, counted in the total when it is money for the firm. */
  private static MeasureOutcome paying(MeasureOutcome outcome, OutcomeAmount amount) {
    return outcome.toBuilder().verdict(Verdict.ELIGIBLE).amount(amount)
        .countedInTotal(outcome.amountKind().isBenefitToFirm()).build();
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  private static boolean noted(MeasureOutcome outcome) {
    return outcome.notes().stream().anyMatch(note -> note.code().equals("unsettled-stacking"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_countBoth_notesBothWhereverTheySit() {
    assertThat(UnsettledStackingRule.DEFAULT.code()).isEqualTo("unsettled-stacking");
    MeasureOutcome tech = paying(TECH, exactly("1000"));
    MeasureOutcome fee = paying(FEE, exactly("2000"));
    List<MeasureOutcome> shifted = apply(EngineOptions.UnsettledStacking.COUNT_BOTH, OTHER, tech, fee);
    assertThat(noted(shifted.get(0))).isFalse();
    assertThat(shifted.get(1).notes()).filteredOn(note -> note.code().equals("unsettled-stacking")).singleElement()
        .satisfies(note -> {
          assertThat(note.message().in(Locale.ENGLISH)).endsWith("under option COUNT_BOTH both count in the total");
          assertThat(note.message().in(Locale.SIMPLIFIED_CHINESE)).endsWith("按选项 COUNT_BOTH 两项均计入合计");
        });
    assertThat(noted(shifted.get(2))).isTrue();
    assertThat(shifted).extracting(MeasureOutcome::countedInTotal).containsExactly(OTHER.countedInTotal(), true, true);
    // first in the list, either way round
    assertThat(apply(EngineOptions.UnsettledStacking.COUNT_BOTH, tech, fee)).allMatch(UnsettledStackingRuleTest::noted);
    assertThat(apply(EngineOptions.UnsettledStacking.COUNT_BOTH, fee, tech)).allMatch(UnsettledStackingRuleTest::noted);
  }

  @Test
  void test_notLive_noNote() {
    // an eligible subsidy of exactly zero cannot be drawn twice: nothing to settle
    List<MeasureOutcome> zero = apply(EngineOptions.UnsettledStacking.COUNT_BOTH, paying(TECH, exactly("1000")),
        paying(FEE, OutcomeAmount.ZERO));
    assertThat(zero).noneMatch(UnsettledStackingRuleTest::noted);
    // only one of the pair in the list: nothing, whatever else pays
    assertThat(apply(EngineOptions.UnsettledStacking.COUNT_BOTH, paying(OTHER, exactly("500")),
        paying(TECH, exactly("1000")))).noneMatch(UnsettledStackingRuleTest::noted);
    // one out of the total (a window not open, a draft, already set aside): it cannot be drawn with the other, and
    // under COUNT_HIGHER its larger amount must not set the counted one aside
    MeasureOutcome outOfTotal = paying(TECH, exactly("5000")).toBuilder().countedInTotal(false).build();
    List<MeasureOutcome> kept = apply(EngineOptions.UnsettledStacking.COUNT_HIGHER, outOfTotal,
        paying(FEE, exactly("2000")));
    assertThat(kept).extracting(MeasureOutcome::countedInTotal).containsExactly(false, true);
    assertThat(kept).noneMatch(UnsettledStackingRuleTest::noted);
  }

  @Test
  void test_countHigher_setsAsideTheLower() {
    EngineOptions.UnsettledStacking higher = EngineOptions.UnsettledStacking.COUNT_HIGHER;
    // 1,000.01 > 1,000.00: the tech-SME outcome is set aside
    List<MeasureOutcome> feeHigher = apply(higher, paying(TECH, exactly("1000")), paying(FEE, exactly("1000.01")));
    assertThat(feeHigher).extracting(MeasureOutcome::countedInTotal).containsExactly(false, true);
    assertThat(feeHigher.get(0).notes()).extracting(Reason::message).filteredOn(m -> m.en().contains("COUNT_HIGHER"))
        .singleElement().satisfies(m -> {
          assertThat(m.en()).endsWith("under option COUNT_HIGHER only the higher counts");
          assertThat(m.zh()).endsWith("按选项 COUNT_HIGHER 仅计较高一项");
        });
    // a tie keeps the first of the pair (the tech-SME outcome)
    assertThat(apply(higher, paying(TECH, exactly("1000")), paying(FEE, exactly("1000"))))
        .extracting(MeasureOutcome::countedInTotal).containsExactly(true, false);
    // an unbounded maximum is the higher
    OutcomeAmount unbounded = OutcomeAmount.atLeast(Cny.of("1"));
    assertThat(apply(higher, paying(TECH, exactly("1000")), paying(FEE, unbounded)))
        .extracting(MeasureOutcome::countedInTotal).containsExactly(false, true);
    assertThat(apply(higher, paying(TECH, unbounded), paying(FEE, exactly("1000"))))
        .extracting(MeasureOutcome::countedInTotal).containsExactly(true, false);
    // both unbounded: a tie
    assertThat(apply(higher, paying(TECH, unbounded), paying(FEE, unbounded)))
        .extracting(MeasureOutcome::countedInTotal).containsExactly(true, false);
  }
}
