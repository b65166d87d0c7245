package io.github.huiqi.calculators.grants.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the Shanghai grants whose clause names 中小企业 as the firms supported (沪企服办〔2023〕1号 第五条
 * technical renovation, 第六条 green upgrading, 第八条 digital-service contracts): a large enterprise is outside them,
 * an SME inside, and a size not known leaves them undetermined naming it.
 */
class ShareSmeAuditTest {

  private static final MeasureId CONTRACT = MeasureId.of("sh-qfb-2023-1.digital-service-contract-support");
  private static final MeasureId GREEN = MeasureId.of("sh-qfb-2023-1.green-upgrade-support");
  private static final MeasureId RENOVATION = MeasureId.of("sh-qfb-2023-1.technical-renovation-support");
  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 1);

  private static MeasureOutcome outcome(String size, MeasureId id, boolean explain) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '310115'" + size
        + ", 'grantEvents': [{'eventId': 'C', 'code': 'sh-digital-service-contract', 'date': '2023-07-01', "
        + "'amount': {'amount': 800000, 'currency': 'CNY'}}, {'eventId': 'G', 'code': 'sh-green-upgrade-project', "
        + "'date': '2023-07-01'}, {'eventId': 'R', 'code': 'sh-technical-renovation-project', 'date': '2023-07-01', "
        + "'amount': {'amount': 12000000, 'currency': 'CNY'}}]}"), AS_OF, id, explain);
  }

  @Test
  void test_sme_supported() {
    // 第八条: 不超过合同金额 30%: up to 30% × 800,000 = 240,000.00; 第六条: up to 10,000,000 (最高 1000 万元)
    MeasureOutcome contract = outcome(", 'size': 'SMALL'", CONTRACT, false);
    assertThat(contract.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(contract.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("240000.00")));
    assertThat(outcome(", 'size': 'MEDIUM'", GREEN, false).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("10000000.00")));
    // 第五条: 12,000,000 approved, at least the 1000 万元 threshold: 不超过核定总投资的 10%, up to 1,200,000.00
    MeasureOutcome renovation = outcome(", 'size': 'MICRO'", RENOVATION, false);
    assertThat(renovation.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(renovation.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1200000.00")));
  }

  @Test
  void test_largeEnterprise_outside() {
    for (boolean explain : new boolean[] {false, true}) {
      // 第五条 too: its lowered threshold is how it 加大对中小企业技术改造支持, in a document for 中小微企业
      for (MeasureId id : new MeasureId[] {CONTRACT, GREEN, RENOVATION}) {
        MeasureOutcome large = outcome(", 'size': 'LARGE'", id, explain);
        assertThat(large.verdict()).as(id.toString()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(large.amount()).isEqualTo(OutcomeAmount.ZERO);
        assertThat(large.countedInTotal()).isFalse();
        if (explain) {
          assertThat(large.reasons()).extracting(r -> r.code()).contains("not-sme");
        }
      }
    }
  }

  @Test
  void test_reasons_theSmeConditionFirst_thenTheMeasuresOwn() {
    // an SME: the 中小企业 reason leads, the measure's own (the contract event) follow
    MeasureOutcome sme = outcome(", 'size': 'SMALL'", CONTRACT, true);
    assertThat(sme.reasons()).extracting(r -> r.code()).first().isEqualTo("sme");
    assertThat(sme.reasons()).hasSizeGreaterThan(1);
    // a large firm: the one reason that rules it out, none of the measure's own, and no detail or limit of an amount
    // it does not get
    for (MeasureId id : new MeasureId[] {CONTRACT, GREEN, RENOVATION}) {
      MeasureOutcome large = outcome(", 'size': 'LARGE'", id, true);
      assertThat(large.reasons()).extracting(r -> r.code()).as(id.toString()).containsExactly("not-sme");
      assertThat(large.detail()).as(id.toString()).isEmpty();
      assertThat(large.bindingLimit()).as(id.toString()).isEmpty();
    }
    // an SME the measure itself rules out (no contract event): its own reasons only, no 中小企业 reason
    MeasureOutcome ruledOut = CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '310115', "
        + "'size': 'SMALL', 'grantEvents': []}"), AS_OF, CONTRACT, true);
    assertThat(ruledOut.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ruledOut.reasons()).isNotEmpty().extracting(r -> r.code()).doesNotContain("sme", "not-sme");
  }

  @Test
  void test_sizeNotKnown_undeterminedNamingIt() {
    MeasureOutcome open = outcome("", CONTRACT, false);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).contains("/size");
    assertThat(open.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("240000.00")));
    MeasureOutcome renovation = outcome("", RENOVATION, false);
    assertThat(renovation.verdict()).isEqualTo(Verdict.UNDETERMINED);
    // the size, and the facts that would decide it (the industry and the years' figures)
    assertThat(renovation.missingFacts()).startsWith("/size").contains("/industryCode", "/years");
    assertThat(renovation.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1200000.00")));
  }
}
