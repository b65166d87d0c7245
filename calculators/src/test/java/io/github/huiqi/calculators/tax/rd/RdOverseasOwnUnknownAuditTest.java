package io.github.huiqi.calculators.tax.rd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the R&amp;D super deduction (深工信〔2023〕26号 第1条; 2023: 100% of qualifying R&amp;D, 财政部 税务总局公告
 * 2023年第7号 第一条) when R&amp;D entrusted to an overseas entity is given and the firm's own expensed R&amp;D is not: the
 * overseas R&amp;D counts at 80% within two thirds of the domestic (财税〔2018〕64号 第一条), and with the own costs read
 * as none for the least it had none to count within, so the engine failed the measure (and the 小型微利企业 relief
 * with it) instead of leaving the deduction open. A 南山区 manufacturer (C3484), 2023 taxable income before the
 * deduction 1,000,000, an overseas entrustment of 300,000, evaluated on 2023-12-31.
 */
class RdOverseasOwnUnknownAuditTest {

  private static final MeasureId RD = MeasureId.of("sz-gxj-2023-26.rd-super-deduction");
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String firm(String costs) {
    return "{'registrationRegionCode': '440305', 'legalForm': 'ENTERPRISE', 'independentLegalPerson': true, "
        + "'industryCode': 'C3484', 'restrictedOrProhibitedIndustry': false, 'techSme': {'held': false}, "
        + "'icOrMachineTool': false, 'years': [{'year': 2023, 'taxableIncomeBeforeRd': {'amount': 1000000, "
        + "'currency': 'CNY'}, " + costs + "'rdIntangibles': [], 'rdEntrustments': [{'entrustee': "
        + "'OVERSEAS_ENTITY', 'price': {'amount': 300000, 'currency': 'CNY'}, 'relatedParty': false}]}]}";
  }

  private static String personnel(String yuan) {
    return "'rdExpensedCosts': {'personnel': {'amount': " + yuan + ", 'currency': 'CNY'}, 'directInputs': "
        + "{'amount': 0, 'currency': 'CNY'}, 'depreciation': {'amount': 0, 'currency': 'CNY'}, "
        + "'intangibleAmortisation': {'amount': 0, 'currency': 'CNY'}, 'newProductDesign': {'amount': 0, "
        + "'currency': 'CNY'}, 'otherRelated': {'amount': 0, 'currency': 'CNY'}}, ";
  }

  @Test
  void test_ownCostsNotGiven_theDeductionOpen_notAFailure() {
    // before: the measure failed (input.invalid at /years/0/rdEntrustments/0/price) and the report was incomplete.
    // The own costs not given: the saving runs from 0.00 (no own R&D, nothing for the overseas R&D to count within)
    // to the whole standard tax, 25% × 1,000,000 = 250,000.00 (企业所得税法 第四条), the costs asked
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(CatalogProfiles.quoted(firm("")), AS_OF);
    assertThat(report.failures()).isEmpty();
    assertThat(EntitlementEngine.builtIn().explain(CatalogProfiles.quoted(firm("")), AS_OF).failures()).isEmpty();
    MeasureOutcome open = report.outcome(RD).orElseThrow();
    assertThat(open.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("250000.00")));
    assertThat(open.missingFacts()).contains("/years/0/rdExpensedCosts");
    // given, 600,000 of personnel costs: the overseas R&D counts min(80% × 300,000, 2/3 × 600,000) = min(240,000,
    // 400,000) = 240,000; E = 100% × (600,000 + 240,000) = 840,000; saving 250,000 − 25% × (1,000,000 − 840,000)
    // = 250,000 − 40,000 = 210,000.00, within the open range
    MeasureOutcome known = CatalogProfiles.outcome(CatalogProfiles.quoted(firm(personnel("600000"))), AS_OF, RD,
        false);
    assertThat(known.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("210000.00")));
  }

  @Test
  void test_ownCostsKnownToBeNone_stillRefused() {
    // own R&D known to be none: the overseas R&D has nothing to count within, and the request is refused as before
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(CatalogProfiles.quoted(firm(personnel("0"))),
        AS_OF);
    assertThat(report.failures()).anySatisfy(failure -> {
      assertThat(failure.measure()).isEqualTo(RD);
      assertThat(failure.field()).isEqualTo("/years/0/rdEntrustments/0/price");
    });
  }
}
