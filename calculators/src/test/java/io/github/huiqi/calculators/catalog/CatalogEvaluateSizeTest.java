package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests that {@link Catalog#evaluate(MeasureId, EnterpriseProfile, LocalDate)} classifies a profile that gives its
 * figures but not its size before a measure that needs the size (工信部联企业〔2011〕300号 第四条（二）, industry), as the
 * engine does, so that one measure asked of the catalogue and of the engine agree where no stacking rule applies.
 * The measure: 深工信〔2023〕26号 第9条, the share of government works procurement reserved for SMEs (non-monetary).
 */
class CatalogEvaluateSizeTest {

  private static final MeasureId RESERVATION = MeasureId.of("sz-gxj-2023-26.sme-procurement-reservation");
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static EnterpriseProfile manufacturer(String years) {
    return HuiqiJson.read("{\"registrationRegionCode\":\"440306\",\"industryCode\":\"C3484\",\"years\":" + years + "}",
        EnterpriseProfile.class);
  }

  private static MeasureOutcome engine(EnterpriseProfile profile) {
    return EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(profile, AS_OF)
        .withMeasures(List.of(RESERVATION)).withExplain(true)).outcomes().get(0);
  }

  @Test
  void revenueBelowTheMediumBand_isSmallOrMicro_soTheSmeMeasureIsEligible() {
    // 300号 第四条（二） 工业: medium needs 从业人员300人及以上 且 营业收入2000万元及以上; 2022 revenue 19,999,999.99 is
    // below 20,000,000, so the firm is small or micro whatever its headcount: an SME, eligible for the reservation
    EnterpriseProfile firm = manufacturer(
        "[{\"year\":2022,\"revenue\":{\"amount\":19999999.99,\"currency\":\"CNY\"}}]");

    MeasureOutcome outcome = Catalog.builtIn().evaluate(RESERVATION, firm, AS_OF);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.missingFacts()).doesNotContain("/size");
    assertThat(outcome.verdict()).isEqualTo(engine(firm).verdict());
    assertThat(outcome.amount()).isEqualTo(engine(firm).amount());
    assertThat(outcome.missingFacts()).isEqualTo(engine(firm).missingFacts());
  }

  @Test
  void aThousandEmployeesAndFourHundredMillion_isLarge_soTheSmeMeasureIsIneligible() {
    // 300号 第四条（二） 工业: 从业人员1000人以下或营业收入40000万元以下的为中小微型企业; 1,000 employees and
    // 400,000,000.00 of revenue are neither below, so the firm is large: not an SME, ineligible
    EnterpriseProfile firm = manufacturer("[{\"year\":2022,\"employees\":1000,"
        + "\"revenue\":{\"amount\":400000000.00,\"currency\":\"CNY\"}}]");

    MeasureOutcome outcome = Catalog.builtIn().evaluate(RESERVATION, firm, AS_OF);

    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.verdict()).isEqualTo(engine(firm).verdict());
  }

  @Test
  void revenueAtTheMediumBandWithTheHeadcountNotGiven_isAnSmeWhateverTheHeadcount() {
    // 20,000,000 of revenue: medium with 300 employees or more, small below (both SMEs, so eligible either way), or
    // large only with 1,000 or more and 400,000,000 of revenue, which 20,000,000 is not: an SME whatever the headcount
    EnterpriseProfile firm = manufacturer(
        "[{\"year\":2022,\"revenue\":{\"amount\":20000000.00,\"currency\":\"CNY\"}}]");

    MeasureOutcome outcome = Catalog.builtIn().evaluate(RESERVATION, firm, AS_OF);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.verdict()).isEqualTo(engine(firm).verdict());
  }
}
