package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's totals by kind: a benefit to the firm counts as it counts in the total in reach; any other kind (money
 * to the lender, a ceiling, no money) only while live — not ineligible, its window open and not a draft; the kinds in
 * their declared order.
 */
class EntitlementTotalsTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate MID_2023 = LocalDate.of(2023, 6, 30);

  @Test
  void byKind_moneyToTheLenderOnlyWhileLive() {
    // the sample's risk-pool outcome (深工信〔2023〕26号 第5条): money to the lender, not to the firm
    MeasureOutcome pool = CATALOG.evaluate(RiskPoolMeasure.SHENZHEN_2023.id(), CatalogProfiles.sample(), MID_2023);
    assertThat(pool.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    assertThat(pool.verdict()).isEqualTo(Verdict.INELIGIBLE);
    MeasureOutcome live = pool.toBuilder().verdict(Verdict.ELIGIBLE)
        .amount(OutcomeAmount.exactly(Cny.of("600000.00"))).build();
    MeasureOutcome closed = live.toBuilder().windowStatus(WindowStatus.CLOSED)
        .amount(OutcomeAmount.exactly(Cny.of("100.00"))).build();
    MeasureOutcome draft = live.toBuilder().documentStatus(DocumentStatus.DRAFT)
        .amount(OutcomeAmount.exactly(Cny.of("10.00"))).build();
    EntitlementTotals totals = EntitlementTotals.of(List.of(live, closed, draft, pool));
    // only the live claim's 600,000.00; none of it in reach for the firm
    assertThat(totals.byKind()).containsOnlyKeys(AmountKind.PAYMENT_TO_LENDER);
    assertThat(totals.byKind().get(AmountKind.PAYMENT_TO_LENDER))
        .isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
    assertThat(totals.inReach()).isEqualTo(OutcomeAmount.ZERO);
    // an ineligible, a closed or a draft outcome alone adds no line for its kind
    for (MeasureOutcome notLive : List.of(pool, closed, draft)) {
      assertThat(EntitlementTotals.of(List.of(notLive)).byKind()).isEmpty();
    }
  }

  @Test
  void byKind_inTheKindsOrder_onEveryRun() {
    // a bare Shenzhen profile leaves every kind live: the report lists the six in AmountKind's order, in Java and in
    // its JSON (an unordered copy listed them in an order that changed from one JVM to the next)
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(CatalogProfiles.bare(), MID_2023);
    assertThat(report.totals().byKind().keySet()).containsExactly(AmountKind.values());
    JsonNode byKind = HuiqiJson.read(HuiqiJson.write(report), JsonNode.class).at("/totals/byKind");
    List<String> names = new ArrayList<>();
    byKind.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("PAYMENT_TO_FIRM", "TAX_SAVED", "FEE_SAVED", "COUNTERPARTY_CEILING",
        "PAYMENT_TO_LENDER", "NON_MONETARY");
  }

  @Test
  void byKind_aKindWithoutItsTotal_isNamed() {
    Map<AmountKind, OutcomeAmount> byKind = new HashMap<>();
    byKind.put(AmountKind.FEE_SAVED, null);
    assertThatThrownBy(() -> new EntitlementTotals(OutcomeAmount.ZERO, byKind))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("byKind/FEE_SAVED"));
  }
}
