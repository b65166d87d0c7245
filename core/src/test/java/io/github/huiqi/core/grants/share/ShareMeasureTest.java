package io.github.huiqi.core.grants.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import org.junit.jupiter.api.Test;

/**
 * Tests the share models as the built-in packs load them: 沪企服办〔2023〕1号 第二条 (5%, 最高50万元, 一次性), 第五条
 * (不超过10%, 1000万元以上) and the Shenzhen draft 第十二条 (按50%比例收取: half the fee saved).
 */
class ShareMeasureTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  @Test
  void test_fourAbove_fivePercentCappedOneOff() {
    ShareMeasure measure = DATA.getMeasure(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023);
    assertThat(measure.rate().value()).isEqualTo(Rate.ofPercent("5"));
    assertThat(measure.cap().orElseThrow().value().isEqualTo(Cny.of("500000"))).isTrue();
    assertThat(measure.oneOff().value()).isTrue();
    assertThat(measure.bound().value()).isEqualTo(ShareBound.EXACTLY);
    assertThat(measure.trigger().heldOnEventDate()).hasValue(GrantQualification.HIGH_TECH);
  }

  @Test
  void test_renovation_thresholdAndCeiling() {
    ShareMeasure measure = DATA.getMeasure(ShareMeasure.SHANGHAI_RENOVATION_2023);
    assertThat(measure.minimumBase().orElseThrow().value().isEqualTo(Cny.of("10000000"))).isTrue();
    assertThat(measure.rate().value()).isEqualTo(Rate.ofPercent("10"));
    assertThat(measure.bound().value()).isEqualTo(ShareBound.UP_TO);
    assertThat(measure.cap()).isEmpty();
  }

  @Test
  void test_draftPlatformFee_halfSaved() {
    ShareFeeMeasure measure = DATA.getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT);
    assertThat(measure.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(measure.savedShare()).isEqualTo(Rate.ofPercent("50"));
    ShareMeasure share = measure.asShare();
    assertThat(share.id()).isEqualTo(measure.id());
    assertThat(share.rate().value()).isEqualTo(Rate.ofPercent("50"));
    assertThat(share.bound().value()).isEqualTo(ShareBound.EXACTLY);
  }
}
