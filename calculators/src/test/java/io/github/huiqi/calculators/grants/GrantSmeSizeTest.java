package io.github.huiqi.calculators.grants;

import static io.github.huiqi.calculators.grants.GrantProfiles.DATA;
import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.award.AwardResult;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareRequest;
import io.github.huiqi.calculators.grants.share.ShareResult;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grant calculators' own typed and JSON entry points apply a measure's 中小企业 condition to the request's
 * {@code size}, as the entitlement engine does: 沪企服办〔2023〕1号 第八条 ("对中小企业与数字化服务商签订的服务合同给予不超过
 * 合同金额30%的支持") and 第六条 ("支持中小企业绿色化升级，最高支持1000万元") rule out a large firm, leave a firm of
 * unknown size undetermined naming {@code /size}, and give a small one the clause's figure; a measure without the
 * condition does not read the size.
 */
class GrantSmeSizeTest {

  private static final ShareMeasure CONTRACT = DATA.getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);
  private static final ShareMeasure FOUR_ABOVE = DATA.getMeasure(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023);
  private static final AwardMeasure GREEN = DATA.getMeasure(AwardMeasure.SHANGHAI_GREEN_2023);
  private static final AwardMeasure DISTRICT = DATA.getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
  /** 第八条: up to 30% × 800,000 = 240,000.00 (no cap, no threshold). */
  private static final OutcomeAmount CONTRACT_SHARE = OutcomeAmount.upTo(Cny.of("240000.00"));
  /** 第六条: one project, "最高支持1000万元": up to 10,000,000. */
  private static final OutcomeAmount GREEN_AWARD = OutcomeAmount.upTo(Cny.of("10000000"));
  private static final String CONTRACT_EVENTS = "\"grantEvents\": [{\"eventId\": \"C-1\", "
      + "\"code\": \"sh-digital-service-contract\", \"date\": \"2023-07-01\", "
      + "\"amount\": {\"amount\": 800000, \"currency\": \"CNY\"}}]";
  private static final String GREEN_EVENTS = "\"grantEvents\": [{\"eventId\": \"G-1\", "
      + "\"code\": \"sh-green-upgrade-project\", \"date\": \"2023-06-01\"}]";

  private static ShareRequest contract() {
    return ShareRequest.ofEvents(List.of(event("C-1", "sh-digital-service-contract", "2023-07-01", "800000")));
  }

  private static AwardRequest green() {
    return AwardRequest.builder()
        .grantEvents(List.of(event("G-1", "sh-green-upgrade-project", "2023-06-01", null))).build();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_share_smeRule_largeIneligible_unknownUndetermined_smallTheShare() {
    assertThat(CONTRACT.smeRule()).isPresent();
    // a large firm: outside 第八条's 中小企业, nothing, the one reason citing the rule, no cap bound
    ShareResult large = ShareCalculator.DEFAULT.explainShare(CONTRACT, contract().withSize(EnterpriseSize.LARGE));
    assertThat(large.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(large.missingFacts()).isEmpty();
    assertThat(large.bindingLimit()).isEmpty();
    assertThat(large.eligibility().reasons()).extracting(Reason::code).containsExactly("not-sme");
    assertThat(large.eligibility().reasons().get(0).citation()).isEqualTo(CONTRACT.smeRule().get());
    assertThat(ShareCalculator.DEFAULT.share(CONTRACT, contract().withSize(EnterpriseSize.LARGE)))
        .isEqualTo(OutcomeAmount.ZERO);
    // size not known: up to 240,000.00 if an SME, nothing otherwise; /size named
    ShareResult unknown = ShareCalculator.DEFAULT.explainShare(CONTRACT, contract());
    assertThat(unknown.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(CONTRACT_SHARE);
    assertThat(unknown.missingFacts()).containsExactly("/size");
    assertThat(unknown.eligibility().missingFacts()).containsExactly("/size");
    assertThatThrownBy(() -> ShareCalculator.DEFAULT.share(CONTRACT, contract()))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/size"));
    // small (and medium, micro): the contract's share as before, the 中小企业 reason first
    for (EnterpriseSize size : new EnterpriseSize[] {EnterpriseSize.MEDIUM, EnterpriseSize.SMALL,
        EnterpriseSize.MICRO}) {
      ShareResult sme = ShareCalculator.DEFAULT.explainShare(CONTRACT, contract().withSize(size));
      assertThat(sme.eligibility().verdict()).as(size.toString()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(sme.amount()).as(size.toString()).isEqualTo(CONTRACT_SHARE);
      assertThat(sme.missingFacts()).isEmpty();
      assertThat(sme.eligibility().reasons()).extracting(Reason::code).first().isEqualTo("sme");
      assertThat(ShareCalculator.DEFAULT.share(CONTRACT, contract().withSize(size))).isEqualTo(CONTRACT_SHARE);
    }
  }

  @Test
  void test_share_smeRule_json() {
    ShareResult large = HuiqiJson.read(ShareCalculator.DEFAULT.explainShareJson(CONTRACT,
        "{\"size\": \"LARGE\", " + CONTRACT_EVENTS + "}"), ShareResult.class);
    assertThat(large.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.amount()).isEqualTo(OutcomeAmount.ZERO);
    ShareResult unknown = HuiqiJson.read(ShareCalculator.DEFAULT.explainShareJson(CONTRACT,
        "{" + CONTRACT_EVENTS + "}"), ShareResult.class);
    assertThat(unknown.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/size");
    assertThat(unknown.amount()).isEqualTo(CONTRACT_SHARE);
    ShareResult small = HuiqiJson.read(ShareCalculator.DEFAULT.explainShareJson(CONTRACT,
        "{\"size\": \"SMALL\", " + CONTRACT_EVENTS + "}"), ShareResult.class);
    assertThat(small.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(small.amount()).isEqualTo(CONTRACT_SHARE);
    // a size outside the four classes names its pointer
    assertField(() -> ShareCalculator.DEFAULT.explainShareJson(CONTRACT, "{\"size\": \"HUGE\", " + CONTRACT_EVENTS
        + "}"), "/size");
  }

  @Test
  void test_share_noSmeRule_sizeNotRead() {
    // 第二条 (a 高新技术企业 first becoming 四上) names no 中小企业: 5% × 8,000,000 = 400,000.00 under the 500,000 cap,
    // exactly, for a large firm, a small one and one of unknown size alike
    assertThat(FOUR_ABOVE.smeRule()).isEmpty();
    ShareRequest unknown = ShareRequest.builder().highTech(held("2021-12-23", "2024-12-22"))
        .grantEvents(List.of(event("E-1", "first-four-above", "2023-03-31", "8000000"))).build();
    OutcomeAmount expected = OutcomeAmount.exactly(Cny.of("400000.00"));
    for (ShareRequest request : List.of(unknown, unknown.withSize(EnterpriseSize.LARGE),
        unknown.withSize(EnterpriseSize.SMALL))) {
      ShareResult result = ShareCalculator.DEFAULT.explainShare(FOUR_ABOVE, request);
      assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(result.amount()).isEqualTo(expected);
      assertThat(result.missingFacts()).isEmpty();
      assertThat(result.eligibility().reasons()).extracting(Reason::code).doesNotContain("sme", "not-sme");
    }
    ShareResult json = HuiqiJson.read(ShareCalculator.DEFAULT.explainShareJson(FOUR_ABOVE, "{\"size\": \"LARGE\", "
        + "\"highTech\": {\"held\": true, \"since\": \"2021-12-23\", \"until\": \"2024-12-22\"}, \"grantEvents\": "
        + "[{\"eventId\": \"E-1\", \"code\": \"first-four-above\", \"date\": \"2023-03-31\", "
        + "\"amount\": {\"amount\": 8000000, \"currency\": \"CNY\"}}]}"), ShareResult.class);
    assertThat(json.amount()).isEqualTo(expected);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_award_smeRule_largeIneligible_unknownUndetermined_smallTheAward() {
    assertThat(GREEN.smeRule()).isPresent();
    // a large firm: outside 第六条's 中小企业, nothing, no tier earned, the one reason citing the rule
    AwardResult large = AwardCalculator.DEFAULT.explainAward(GREEN, green().withSize(EnterpriseSize.LARGE));
    assertThat(large.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(large.tiersEarned()).isEmpty();
    assertThat(large.missingFacts()).isEmpty();
    assertThat(large.eligibility().reasons()).extracting(Reason::code).containsExactly("not-sme");
    assertThat(large.eligibility().reasons().get(0).citation()).isEqualTo(GREEN.smeRule().get());
    assertThat(AwardCalculator.DEFAULT.award(GREEN, green().withSize(EnterpriseSize.LARGE)))
        .isEqualTo(OutcomeAmount.ZERO);
    // size not known: up to 10,000,000 if an SME; /size named
    AwardResult unknown = AwardCalculator.DEFAULT.explainAward(GREEN, green());
    assertThat(unknown.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(GREEN_AWARD);
    assertThat(unknown.missingFacts()).containsExactly("/size");
    assertThatThrownBy(() -> AwardCalculator.DEFAULT.award(GREEN, green()))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/size"));
    // a small firm: the project's award as before
    AwardResult small = AwardCalculator.DEFAULT.explainAward(GREEN, green().withSize(EnterpriseSize.SMALL));
    assertThat(small.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(small.amount()).isEqualTo(GREEN_AWARD);
    assertThat(small.tiersEarned()).hasSize(1);
    assertThat(small.eligibility().reasons()).extracting(Reason::code).first().isEqualTo("sme");
    assertThat(AwardCalculator.DEFAULT.award(GREEN, green().withSize(EnterpriseSize.SMALL))).isEqualTo(GREEN_AWARD);
    // the options survive a size, and a size the options
    assertThat(green().withSize(EnterpriseSize.SMALL).withOptions(green().effectiveOptions()).size())
        .contains(EnterpriseSize.SMALL);
  }

  @Test
  void test_award_smeRule_json() {
    AwardResult large = HuiqiJson.read(AwardCalculator.DEFAULT.explainAwardJson(GREEN,
        "{\"size\": \"LARGE\", " + GREEN_EVENTS + "}"), AwardResult.class);
    assertThat(large.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.amount()).isEqualTo(OutcomeAmount.ZERO);
    AwardResult unknown = HuiqiJson.read(AwardCalculator.DEFAULT.explainAwardJson(GREEN,
        "{" + GREEN_EVENTS + "}"), AwardResult.class);
    assertThat(unknown.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/size");
    AwardResult small = HuiqiJson.read(AwardCalculator.DEFAULT.explainAwardJson(GREEN,
        "{\"size\": \"SMALL\", " + GREEN_EVENTS + "}"), AwardResult.class);
    assertThat(small.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(small.amount()).isEqualTo(GREEN_AWARD);
  }

  @Test
  void test_award_noSmeRule_sizeNotRead() {
    // 第一条 sets no size condition of its own: a 小巨人 newly recognised on 2023-07-01 earns "不低于30万元", a floor,
    // whatever the size given
    assertThat(DISTRICT.smeRule()).isEmpty();
    AwardRequest unknown = AwardRequest.builder().littleGiant(held("2023-07-01", "2026-06-30")).build();
    for (AwardRequest request : List.of(unknown, unknown.withSize(EnterpriseSize.LARGE),
        unknown.withSize(EnterpriseSize.SMALL))) {
      AwardResult result = AwardCalculator.DEFAULT.explainAward(DISTRICT, request);
      assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(result.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
    }
    AwardResult json = HuiqiJson.read(AwardCalculator.DEFAULT.explainAwardJson(DISTRICT, "{\"size\": \"LARGE\", "
        + "\"littleGiant\": {\"held\": true, \"since\": \"2023-07-01\", \"until\": \"2026-06-30\"}}"),
        AwardResult.class);
    assertThat(json.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("300000")));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_fromProfile_carriesTheSize() {
    EnterpriseProfile firm = GrantProfiles.shanghai().size(EnterpriseSize.MEDIUM).build();
    assertThat(ShareRequest.from(firm).size()).contains(EnterpriseSize.MEDIUM);
    assertThat(AwardRequest.from(firm).size()).contains(EnterpriseSize.MEDIUM);
    assertThat(ShareRequest.from(GrantProfiles.shanghai().build()).size()).isEmpty();
  }

  @Test
  void test_engine_sizeFromFigures_reachesTheRequest() {
    // no size stated, an industrial firm (C3484) with its 2022 figures, classed under 工信部联企业〔2011〕300号 (工业:
    // large from 1,000 employees and 400,000,000 of revenue; small from 20 and 3,000,000, below 300 or 20,000,000):
    // 1,200 employees and 500,000,000 → large, outside 第八条; 100 employees and 15,000,000 → small, up to 240,000.00
    LocalDate asOf = LocalDate.of(2023, 9, 1);
    String events = ", 'grantEvents': [{'eventId': 'C', 'code': 'sh-digital-service-contract', "
        + "'date': '2023-07-01', 'amount': {'amount': 800000, 'currency': 'CNY'}}]}";
    MeasureOutcome large = CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '310115', "
        + "'industryCode': 'C3484', 'years': [{'year': 2022, 'employees': 1200, "
        + "'revenue': {'amount': 500000000, 'currency': 'CNY'}}]" + events), asOf, CONTRACT.id(), true);
    assertThat(large.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.reasons()).extracting(Reason::code).containsExactly("not-sme");
    assertThat(large.notes()).extracting(Reason::code).contains("size-derived");
    MeasureOutcome small = CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '310115', "
        + "'industryCode': 'C3484', 'years': [{'year': 2022, 'employees': 100, "
        + "'revenue': {'amount': 15000000, 'currency': 'CNY'}}]" + events), asOf, CONTRACT.id(), false);
    assertThat(small.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(small.amount()).isEqualTo(CONTRACT_SHARE);
  }
}
