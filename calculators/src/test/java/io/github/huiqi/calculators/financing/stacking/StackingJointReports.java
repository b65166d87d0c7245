package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/** The joint-limit tests' reading of a report: through the engine's JSON entry point, and its amounts in yuan. */
final class StackingJointReports {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private StackingJointReports() {
  }

  /** The report through the JSON entry point, read back: the JSON round trip keeps the joint limits. */
  static EntitlementReport report(String request) {
    String json = ENGINE.evaluateJson(request);
    EntitlementReport report = HuiqiJson.read(json, EntitlementReport.class);
    assertThat(HuiqiJson.write(report)).isEqualTo(json);
    return report;
  }

  static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(new MeasureId(id)).orElseThrow();
  }

  static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  static void assertRange(OutcomeAmount amount, String least, String most) {
    assertThat(yuan(amount.minimum())).isEqualByComparingTo(least);
    assertThat(yuan(amount.maximum().orElseThrow())).isEqualByComparingTo(most);
  }
}
