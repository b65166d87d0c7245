package io.github.huiqi.core.grants.award;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.MeasureParameters;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the award model: the built-in Shanghai district award as loaded (沪企服办〔2023〕1号 第一条: floors of 100,000
 * and 300,000 for 2023), and the invariants a host's own award must meet.
 */
class AwardMeasureTest {

  private static final Citation CITED = Citation.sourceText("沪企服办〔2023〕1号", "第一条", "不低于 30 万元");
  private static final DateRange Y2023 = DateRange.year(2023);

  private static AwardTier tier(String code) {
    return new AwardTier(code, LocalizedText.of("小巨人", "little giant"),
        GrantTrigger.newlyRecognised(GrantQualification.LITTLE_GIANT, Parameter.of(Y2023, CITED, Y2023), CITED),
        Parameter.of(new AwardAmount(AwardBound.AT_LEAST, Cny.of("300000")), CITED, Y2023));
  }

  private static AwardMeasure measure(List<AwardTier> tiers) {
    return new AwardMeasure(MeasureId.of("host.award"), ClauseRef.of(DocumentId.of("host"), "第一条"),
        DocumentStatus.IN_FORCE, LocalizedText.of("奖励", "award"), tiers,
        Parameter.of(AwardCombination.HIGHEST, Citation.libraryDefault("§4.4 item 25", "highest"), Y2023), null);
  }

  @Test
  void test_builtInShanghai_floorsFor2023() {
    AwardMeasure district = PolicyData.builtIn().getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
    assertThat(district.tiers()).extracting(AwardTier::code).containsExactly("specialised", "little-giant");
    assertThat(district.tiers()).extracting(t -> t.amount().value())
        .containsExactly(new AwardAmount(AwardBound.AT_LEAST, Cny.of("100000")),
            new AwardAmount(AwardBound.AT_LEAST, Cny.of("300000")));
    assertThat(MeasureParameters.window(district)).isEqualTo(DateRange.of(LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 12, 31)));
    assertThat(district.combination().citation().item()).hasValue("25");
  }

  @Test
  void test_invariants_nameTheField() {
    assertThat(measure(List.of(tier("little-giant"))).consequences()).isEmpty();
    assertField(() -> measure(List.of()), "tiers");
    InvalidInputException twice = assertField(() -> measure(List.of(tier("a"), tier("a"))), "tiers/1/code");
    // a repeat, as any other: input.duplicate (was input.invalid, "不符合要求（must not repeat）")
    assertThat(twice.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(twice.value()).isEqualTo("a");
    assertThat(twice.problemZh()).isEqualTo("必须唯一，不得重复");
    assertField(() -> tier("Little Giant"), "code");
    assertField(() -> new AwardAmount(AwardBound.UP_TO, Cny.of("0")), "value");
  }
}
