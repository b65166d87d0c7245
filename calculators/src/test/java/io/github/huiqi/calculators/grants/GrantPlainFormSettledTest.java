package io.github.huiqi.calculators.grants;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareRequest;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grant calculators' plain forms on an undetermined verdict: they throw {@link MissingFactsException} only when
 * the facts not given leave the amount open (a range of width above zero), and return the amount when it is one figure
 * whichever way those facts fall, as the first-loan, risk-pool and tax plain forms do.
 */
class GrantPlainFormSettledTest {

  private static final ShareMeasure FOUR_ABOVE = DATA.getMeasure(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023);
  private static final ShareMeasure CONTRACT = DATA.getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);
  private static final ShareFeeMeasure FEE = DATA.getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT);
  private static final ShareCalculator SHARE = ShareCalculator.DEFAULT;

  @Test
  void test_share_certificateNotGiven_zeroEitherWay_returned() {
    // 沪企服办〔2023〕1号 第二条 "上一年度研发投入5%、最高50万元": an R&D input of 0.00 earns 5% × 0.00 = 0.00 whether or
    // not the 高新技术企业 certificate (not given) is held: undetermined, but the amount is 0.00 either way
    ShareRequest request = ShareRequest.builder().grantEvents(List.of(event("E-1", "first-four-above", "2023-03-31",
        "0"))).build();
    assertThat(SHARE.explainShare(FOUR_ABOVE, request).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(SHARE.share(FOUR_ABOVE, request)).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
  }

  @Test
  void test_share_certificateNotGiven_openRange_throws() {
    // the same with an R&D input of 2,000,000: 0 if the certificate is not held, up to 5% × 2,000,000 = 100,000.00
    // if it is: open, so the plain form names /highTech
    ShareRequest request = ShareRequest.builder().grantEvents(List.of(event("E-1", "first-four-above", "2023-03-31",
        "2000000"))).build();
    assertThatThrownBy(() -> SHARE.share(FOUR_ABOVE, request)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/highTech"));
  }

  @Test
  void test_share_sizeNotGiven_contractOfOneFen_zeroEitherWay() {
    // 第八条 "对中小企业…不超过合同金额30%": a contract of 0.01 gives 30% × 0.01 = 0.003 → 0.00 (half-up to the fen);
    // the size not given leaves the verdict undetermined (an SME rule), but the amount is 0.00 whatever the size
    ShareRequest oneFen = ShareRequest.ofEvents(List.of(event("C-1", "sh-digital-service-contract", "2023-05-10",
        "0.01")));
    assertThat(SHARE.explainShare(CONTRACT, oneFen).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(SHARE.share(CONTRACT, oneFen)).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    // a contract of 800,000: 0 for a large firm, up to 30% × 800,000 = 240,000.00 for an SME: open, names /size
    ShareRequest contract = ShareRequest.ofEvents(List.of(event("C-1", "sh-digital-service-contract", "2023-05-10",
        "800000")));
    assertThatThrownBy(() -> SHARE.share(CONTRACT, contract)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/size"));
    // known to be small: 0.00 – 240,000.00, the authority fixing the figure ("不超过")
    assertThat(SHARE.share(CONTRACT, contract.withSize(EnterpriseSize.SMALL)))
        .isEqualTo(OutcomeAmount.upTo(Cny.of("240000.00")));
  }

  @Test
  void test_feeSaved_recognitionNotGiven_standardOfOneFen_zeroEitherWay() {
    // 专精特新 draft 第十二条 "按50%比例收取服务费用": a standard fee of 0.01 is charged 50% × 0.01 = 0.005 → 0.01
    // (half-up), saving 0.01 − 0.01 = 0.00 (decisions register §4.6 item 51); the 专精特新 recognition not given, the
    // fee saved is 0.00 either way
    ShareRequest oneFen = ShareRequest.ofEvents(List.of(event("F-1", "sz-public-service-platform-fee", "2023-05-10",
        "0.01")));
    assertThat(SHARE.explainFeeSaved(FEE, oneFen).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(SHARE.feeSaved(FEE, oneFen)).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    // a standard fee of 40,000: 0 or 40,000 − 20,000 = 20,000.00 saved: open, names the recognition
    ShareRequest fee = ShareRequest.ofEvents(List.of(event("F-1", "sz-public-service-platform-fee", "2023-05-10",
        "40000")));
    assertThatThrownBy(() -> SHARE.feeSaved(FEE, fee)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/specialisedAndInnovative"));
  }

  @Test
  void test_award_undetermined_alwaysOpen_throws_determined_returned() {
    // 沪企服办〔2023〕1号 第一条 "对新认定专精特新中小企业给予不低于10万元奖励，对新认定…'小巨人'企业给予不低于30万元": every
    // tier's figure is positive, so an undetermined award runs from zero upwards and the plain form names the facts
    AwardMeasure district = DATA.getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
    AwardRequest unknown = AwardRequest.builder().build();
    assertThatThrownBy(() -> AwardCalculator.DEFAULT.award(district, unknown))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).contains("/specialisedAndInnovative", "/littleGiant"));
    // the recognitions known: a 小巨人 since 2023-07-01 is new in 2023, "不低于30万元", a floor with no upper bound
    AwardRequest known = AwardRequest.builder().specialisedAndInnovative(held("2022-09-01", "2025-08-31"))
        .littleGiant(held("2023-07-01", "2026-06-30")).build();
    assertThat(AwardCalculator.DEFAULT.award(district, known)).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
  }
}
