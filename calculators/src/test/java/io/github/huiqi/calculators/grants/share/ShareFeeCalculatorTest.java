package io.github.huiqi.calculators.grants.share;

import static io.github.huiqi.calculators.grants.GrantProfiles.agreeing;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.calculators.grants.GrantProfiles.shenzhen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fee measure's own calculator forms ({@link ShareCalculator#feeSaved}, {@code explainFeeSaved},
 * {@code explainFeeSavedJson}) on the Shenzhen 专精特新 draft 第十二条 ("纳入名录内的机构对专精特新企业开展的…事项,按50%
 * 比例收取服务费用"): the fee charged is half the standard fee, rounded half-up to the fen once, and the fee saved the
 * standard less it (decisions register §4.6 item 51), the engine's figure to the fen.
 */
class ShareFeeCalculatorTest {

  private static final ShareFeeMeasure FEE =
      PolicyData.builtIn().getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT);
  private static final String CODE = "sz-public-service-platform-fee";

  private static ShareRequest recognised(List<GrantEvent> events) {
    return ShareRequest.from(
        shenzhen().specialisedAndInnovative(held("2022-09-01", "2025-08-31")).grantEvents(events).build());
  }

  @Test
  void test_feeSaved_isTheStandardLessTheRoundedCharge() {
    // 12,345.67 × 50% = 6,172.835, charged 6,172.84 (half-up); saved 12,345.67 − 6,172.84 = 6,172.83
    ShareRequest one = recognised(List.of(event("F-2", CODE, "2023-06-01", "12345.67")));
    assertThat(ShareCalculator.DEFAULT.feeSaved(FEE, one)).isEqualTo(OutcomeAmount.exactly(Cny.of("6172.83")));
    // with 40,000.00 (charged 20,000.00, saved 20,000.00): 26,172.83
    ShareRequest two = recognised(List.of(event("F-1", CODE, "2023-05-10", "40000.00"),
        event("F-2", CODE, "2023-06-01", "12345.67")));
    assertThat(ShareCalculator.DEFAULT.feeSaved(FEE, two)).isEqualTo(OutcomeAmount.exactly(Cny.of("26172.83")));
    // a fee of 0.01: charged 0.005 → 0.01, saved 0.00
    ShareRequest fen = recognised(List.of(event("F-3", CODE, "2023-06-01", "0.01")));
    assertThat(ShareCalculator.DEFAULT.feeSaved(FEE, fen)).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    // a fee of 0.03: charged 0.015 → 0.02, saved 0.01
    ShareRequest threeFen = recognised(List.of(event("F-4", CODE, "2023-06-01", "0.03")));
    assertThat(ShareCalculator.DEFAULT.feeSaved(FEE, threeFen)).isEqualTo(OutcomeAmount.exactly(Cny.of("0.01")));
    // the share form on asShare() rounds the saving itself (6,172.835 → 6,172.84): why the fee has its own form
    assertThat(ShareCalculator.DEFAULT.share(FEE.asShare(), one)).isEqualTo(OutcomeAmount.exactly(Cny.of("6172.84")));
  }

  @Test
  void test_explainedAndJsonForms_agreeWithThePlainFormAndTheEngine() {
    List<GrantEvent> events = List.of(event("F-1", CODE, "2023-05-10", "40000.00"),
        event("F-2", CODE, "2023-06-01", "12345.67"));
    ShareResult explained = ShareCalculator.DEFAULT.explainFeeSaved(FEE, recognised(events));
    // 20,000.00 + 6,172.83 = 26,172.83, as above; a draft
    assertThat(explained.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("26172.83")));
    assertThat(explained.measure()).isEqualTo(FEE.id());
    assertThat(explained.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    String json = ShareCalculator.DEFAULT.explainFeeSavedJson(FEE, HuiqiJson.write(recognised(events)));
    assertThat(HuiqiJson.read(json, ShareResult.class).amount()).isEqualTo(explained.amount());
    // the receipt replays
    assertThat(CalculatorReplay.builtIn().replay(recognised(events), explained.explanation().receipt().orElseThrow())
        .matches()).isTrue();
    // the engine's outcome on the same facts in a profile
    assertThat(agreeing(FEE.id(), shenzhen().specialisedAndInnovative(held("2022-09-01", "2025-08-31"))
        .grantEvents(events).build()).amount()).isEqualTo(explained.amount());
  }

  @Test
  void test_unknownRecognition_missingFacts_andNulls() {
    ShareRequest unknown = ShareRequest.ofEvents(List.of(event("F-1", CODE, "2023-05-10", "40000")));
    assertThatThrownBy(() -> ShareCalculator.DEFAULT.feeSaved(FEE, unknown))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/specialisedAndInnovative"));
    ShareResult open = ShareCalculator.DEFAULT.explainFeeSaved(FEE, unknown);
    // up to 40,000 − 20,000 = 20,000.00
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("20000.00")));
    assertThatThrownBy(() -> ShareCalculator.DEFAULT.feeSaved(null, unknown))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("measure"));
    assertThatThrownBy(() -> ShareCalculator.DEFAULT.explainFeeSavedJson(FEE, "{\"grantEvents\": [{\"eventId\": "
        + "\"F-1\", \"code\": \"" + CODE + "\", \"date\": \"2023-05-10\", \"amount\": {\"amount\": -1, "
        + "\"currency\": \"CNY\"}}]}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/grantEvents/0/amount"));
  }
}
