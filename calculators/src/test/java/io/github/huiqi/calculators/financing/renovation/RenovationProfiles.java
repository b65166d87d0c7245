package io.github.huiqi.calculators.financing.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Enterprise profiles with renovation projects, and the built-in catalogue's renovation entries, for the evaluator
 * tests. The facts repeat those of {@link RenovationFixtures}: a level-3 intelligent renovation of 10,000,000
 * eligible investment (12,000,000 total, fixed assets 9,600,000 = 80%, equipment 6,720,000 = 70% of them).
 */
final class RenovationProfiles {

  static final Catalog CATALOG = Catalog.builtIn();
  static final MeasureId GRANT_ID = RenovationGrantMeasure.SHENZHEN_2022.id();
  static final MeasureId INTEREST_ID = RenovationInterestMeasure.SHENZHEN_2022.id();
  /** Inside the plan's window (2022-2024). */
  static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private RenovationProfiles() {
  }

  /** The fixtures' level-3 intelligent renovation, supported, without financing. */
  static RenovationProject.Builder level3(String id) {
    return RenovationProject.builder().projectId(id).category(RenovationCategory.INTELLIGENT).maturityLevel(3)
        .eligibleInvestment(Cny.of("10000000")).totalInvestment(Cny.of("12000000"))
        .fixedAssetInvestment(Cny.of("9600000")).equipmentInvestment(Cny.of("6720000")).eligibleProject(true);
  }

  /** An equipment upgrade whose eligible investment is its total, with fixed assets 80% and equipment 70% of them. */
  static RenovationProject.Builder upgrade(String id, String investment) {
    BigDecimal total = new BigDecimal(investment);
    BigDecimal fixed = total.multiply(new BigDecimal("0.8"));
    return RenovationProject.builder().projectId(id).category(RenovationCategory.EQUIPMENT_UPGRADE)
        .eligibleInvestment(Cny.of(total)).totalInvestment(Cny.of(total)).fixedAssetInvestment(Cny.of(fixed))
        .equipmentInvestment(Cny.of(fixed.multiply(new BigDecimal("0.7")))).eligibleProject(true);
  }

  /** A project financed by the fixtures' loan and lease: 100,000.00 + 80,000.01 paid in 2023, start 2023-01-01. */
  static RenovationProject.Builder financed(String id) {
    return level3(id).subsidyStart(RenovationFixtures.START).addInterestPayments(
        RenovationFixtures.loanInterest("P1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), "100000.00"),
        RenovationFixtures.leaseInterest("P2", LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 1), "80000.01"));
  }

  static RenovationInterestPayment loan(String id, int fromYear, int untilYear, String paid) {
    return RenovationFixtures.loanInterest(id, LocalDate.of(fromYear, 1, 1), LocalDate.of(untilYear, 1, 1), paid);
  }

  static EnterpriseProfile profile(RenovationProject... projects) {
    return EnterpriseProfile.builder().name("深圳某精密制造有限公司").registrationRegionCode("440305")
        .renovationProjects(List.of(projects)).build();
  }

  static MeasureOutcome plain(MeasureId id, EnterpriseProfile profile) {
    Catalog.Entry entry = CATALOG.get(id);
    return entry.evaluate(profile, new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, entry),
        false);
  }

  static MeasureOutcome explained(MeasureId id, EnterpriseProfile profile) {
    return CATALOG.evaluate(id, profile, AS_OF);
  }

  /** Checks that the two forms agree on verdict, amount, binding limit and missing facts, and the plain is bare. */
  static MeasureOutcome agreeing(MeasureId id, EnterpriseProfile profile) {
    MeasureOutcome plain = plain(id, profile);
    MeasureOutcome explained = explained(id, profile);
    assertThat(plain.verdict()).isEqualTo(explained.verdict());
    assertThat(plain.amount()).isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
    assertThat(plain.reasons()).isEmpty();
    assertThat(plain.explanation().steps()).isEmpty();
    return explained;
  }

  /** Checks that each pointer resolves in the JSON of a profile holding every fact. */
  static void resolveIn(EnterpriseProfile full, List<String> pointers) throws Exception {
    JsonNode json = new ObjectMapper().readTree(HuiqiJson.write(full));
    for (String pointer : pointers) {
      assertThat(json.at(pointer).isMissingNode()).as("%s resolves in the full profile", pointer).isFalse();
    }
  }
}
