package io.github.huiqi.calculators.classification.size;

import static io.github.huiqi.core.testing.InputAssertions.assertField;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.policy.PolicyData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of the figures 工信部联企业〔2011〕300号 sizes a firm from (从业人员, 营业收入, 资产总额), written wrong in JSON: through
 * the engine (the profile's years) and the classifier's own request, each refused with a typed error naming the JSON
 * Pointer, never a Jackson exception, NPE or ArithmeticException.
 */
class SizeJsonAuditTest {

  private static final SizeStandard STANDARD = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"employees\": -1|/profile/years/0/employees",
      "\"employees\": \"eighty\"|/profile/years/0/employees",
      "\"employees\": 80.5|/profile/years/0/employees",
      "\"revenue\": {\"amount\": -0.01, \"currency\": \"CNY\"}|/profile/years/0/revenue",
      "\"revenue\": {\"amount\": 1e400, \"currency\": \"CNY\"}|/profile/years/0/revenue/amount",
      "\"revenue\": {\"amount\": 100, \"currency\": \"USD\"}|/profile/years/0/revenue/currency",
      "\"totalAssets\": 100|/profile/years/0/totalAssets",
      "\"year\": 1800|/profile/years/0/year"})
  void test_profileFigures_badValue_namesThePointer(String member, String pointer) {
    String json = "{\"asOf\": \"2023-06-30\", \"profile\": {\"registrationRegionCode\": \"440306\", "
        + "\"industryCode\": \"C3484\", \"years\": [{\"year\": 2022, " + member + "}]}}";
    json = json.replace("{\"year\": 2022, \"year\": 1800}", "{\"year\": 1800}");
    String request = json;
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(request), pointer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"industryCode\": \"C3484\", \"employees\": -5}|/employees",
      "{\"industryCode\": \"C34-84\", \"employees\": 5}|/industryCode",
      "{\"industryCode\": 3484, \"employees\": 5}|/industryCode",
      "{\"industryCode\": \"C3484\", \"revenue\": {\"amount\": \"lots\", \"currency\": \"CNY\"}}|/revenue/amount"})
  void test_classifierRequest_badValue_namesThePointer(String json, String pointer) {
    assertField(() -> SizeClassifier.DEFAULT.explainClassifyJson(STANDARD, json), pointer);
  }
}
