package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.grants.award.AwardAmount;
import io.github.huiqi.core.grants.award.AwardBound;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.award.AwardTier;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * QA audit of an award tier limited by rank ("全国500强", "全国50强": {@link GrantTrigger#maximumRank()}) when the event's
 * rank is not known (decisions register §0.3, §4.6 item 42). A rank is any whole number from 1 up, with no upper end,
 * so an unknown rank can always be past every limit: when every tier on the event is limited by rank, some possible
 * rank earns nothing and the award stays undetermined from zero; a tier the event earns whatever its rank makes the
 * firm eligible, the ranked tiers only widening the range. No built-in award tier is limited by rank (创客中国's
 * "全国500强" and "全国50强" in 深工信〔2023〕26号 第16条 are consequences, not tiers), so the tiers here are a host's,
 * each an exact figure on the national placing, built on the built-in 第16条 measure.
 */
class AwardUnknownRankAuditTest {

  private static final AwardMeasure MAKER = DATA.getMeasure(AwardMeasure.SHENZHEN_MAKER_CHINA_2023);
  /** The built-in top-500 consequence's trigger: the national placing of 2023. */
  private static final GrantTrigger PLACING = MAKER.consequences().get(0).trigger();

  private static AwardTier tier(String code, Integer maximumRank, String figure) {
    GrantTrigger trigger = new GrantTrigger(Optional.empty(), PLACING.event(), Optional.ofNullable(maximumRank),
        Optional.empty(), PLACING.window(), PLACING.condition());
    return new AwardTier(code, LocalizedText.of(code, code), trigger, MAKER.tiers().get(0).amount()
        .withValue(new AwardAmount(AwardBound.EXACTLY, Cny.of(figure))));
  }

  private static AwardMeasure measure(AwardTier... tiers) {
    return new AwardMeasure(MAKER.id(), MAKER.clause(), MAKER.documentStatus(), MAKER.title(), List.of(tiers),
        MAKER.combination(), List.of());
  }

  private static AwardRequest placing(Integer rank) {
    GrantEvent.Builder event = GrantEvent.builder().eventId("M-2").code("maker-china-national-placing")
        .date(LocalDate.of(2023, 11, 18));
    if (rank != null) {
      event.rank(rank);
    }
    return AwardRequest.builder().grantEvents(List.of(event.build())).build();
  }

  @Test
  void test_builtInPacks_noAwardTierLimitedByRank() {
    List<String> ranked = new ArrayList<>();
    for (AwardMeasure award : DATA.measures().stream().filter(AwardMeasure.class::isInstance)
        .map(AwardMeasure.class::cast).toList()) {
      award.tiers().stream().filter(t -> t.trigger().maximumRank().isPresent())
          .forEach(t -> ranked.add(award.id() + "/" + t.code()));
    }
    assertThat(ranked).isEmpty();
  }

  @Test
  void test_everyTierLimitedByRank_rankUnknown_undeterminedFromZero() {
    // top 50: 200,000; top 500: 100,000. A rank of 501 earns neither, so an unknown rank may earn nothing: 0 – 200,000
    // (the highest alone, decisions register §4.4 item 25), the rank named
    AwardMeasure ranked = measure(tier("top-fifty", 50, "200000"), tier("top-five-hundred", 500, "100000"));
    AwardCalculator.Evaluation open = AwardCalculator.DEFAULT.evaluate(ranked, placing(null), false);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("200000")));
    assertThat(open.missingFacts()).containsExactly("/grantEvents/0/rank");
    // the explaining form agrees
    AwardResult explained = AwardCalculator.DEFAULT.explainAward(ranked, placing(null));
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(explained.amount()).isEqualTo(open.amount());
    // the ranks that settle it: 42nd → 200,000 (the top-50 tier, the higher); 501st → nothing
    assertThat(AwardCalculator.DEFAULT.award(ranked, placing(42))).isEqualTo(OutcomeAmount.exactly(Cny.of("200000")));
    assertThat(AwardCalculator.DEFAULT.award(ranked, placing(501))).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_aTierWhateverTheRank_rankUnknown_eligibleWithARange() {
    // beside the two ranked tiers, every national placing earns 50,000: the firm qualifies whatever its rank, so
    // ELIGIBLE from 50,000 (the 501st) to 200,000 (the top 50), the rank still missing (§4.6 item 42)
    AwardMeasure ranked = measure(tier("top-fifty", 50, "200000"), tier("top-five-hundred", 500, "100000"),
        tier("placed", null, "50000"));
    AwardCalculator.Evaluation open = AwardCalculator.DEFAULT.evaluate(ranked, placing(null), false);
    assertThat(open.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("50000"), Cny.of("200000")));
    assertThat(open.missingFacts()).containsExactly("/grantEvents/0/rank");
    AwardResult explained = AwardCalculator.DEFAULT.explainAward(ranked, placing(null));
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.amount()).isEqualTo(open.amount());
    assertThat(AwardCalculator.DEFAULT.award(ranked, placing(501))).isEqualTo(OutcomeAmount.exactly(Cny.of("50000")));
  }
}
