package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.FailingEngines;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.testing.InputAssertions;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the engine, on the Java and the JSON path: each gets the typed error naming the field, and a measure
 * that fails is reported, never a partial result presented as whole.
 */
class EntitlementEngineInputTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String PROFILE = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\"}";

  /** Asserts the call fails naming the field, and that the rejected value contains the fragment. */
  private static void assertField(ThrowingCallable call, String field, String valueFragment) {
    InvalidInputException ex = InputAssertions.assertField(call, field);
    assertThat(ex.value()).contains(valueFragment);
  }

  private static String request(String profile, String rest) {
    return "{\"profile\": " + profile + ", \"asOf\": \"2023-06-30\"" + rest + "}";
  }

  @Test
  void test_json_unknownMeasureIdNamesItsPointer() {
    assertField(() -> ENGINE.evaluateJson(request(PROFILE,
        ", \"measures\": [\"sz-gxj-2023-26.first-loan-interest-subsidy\", \"sz-gxj-2023-26.no-such-measure\"]")),
        "/measures/1", "no-such-measure");
  }

  @Test
  void test_json_malformedMeasureIdAndRepeatedMeasure() {
    assertField(() -> ENGINE.evaluateJson(request(PROFILE, ", \"measures\": [\"Not An Id\"]")), "/measures/0",
        "Not An Id");
    assertField(() -> ENGINE.evaluateJson(request(PROFILE, ", \"measures\": [\"sz-gxj-2023-26.loan-deferral\", "
        + "\"sz-gxj-2023-26.loan-deferral\"]")), "/measures/1", "loan-deferral");
  }

  @Test
  void test_json_malformedProfileAndWrongTypes() {
    assertThatThrownBy(() -> ENGINE.evaluateJson("{\"profile\": {\"registrationRegionCode\": "))
        .isInstanceOf(InvalidInputException.class);
    assertField(() -> ENGINE.evaluateJson(request("{\"firstTimeBorrower\": \"yes\"}", "")),
        "/profile/firstTimeBorrower", "");
    assertField(() -> ENGINE.evaluateJson(request("{\"registrationRegionCode\": \"44030\"}", "")),
        "/profile/registrationRegionCode", "44030");
    assertField(() -> ENGINE.evaluateJson(request("{\"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": "
        + "-5, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-02-10\", \"maturityDate\": \"2024-02-10\", "
        + "\"annualInterestRate\": \"3%\"}]}", "")), "/profile/loans/0/principal", "-5");
    assertField(() -> ENGINE.evaluateJson(request("{\"noSuchFact\": true}", "")), "/profile/noSuchFact", "");
  }

  @Test
  void test_json_dateOutOfRangeOrMissing() {
    assertField(() -> ENGINE.evaluateJson("{\"profile\": " + PROFILE + ", \"asOf\": \"1989-12-31\"}"), "/asOf",
        "1989-12-31");
    assertField(() -> ENGINE.evaluateJson("{\"profile\": " + PROFILE + ", \"asOf\": \"2101-01-01\"}"), "/asOf",
        "2101-01-01");
    assertField(() -> ENGINE.evaluateJson("{\"profile\": " + PROFILE + ", \"asOf\": \"2023-02-30\"}"), "/asOf",
        "2023-02-30");
    assertThatThrownBy(() -> ENGINE.evaluateJson("{\"profile\": " + PROFILE + "}"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("asOf");
  }

  @Test
  void test_java_badArguments() {
    EnterpriseProfile profile = CatalogProfiles.bare();
    assertField(() -> ENGINE.evaluate(null, LocalDate.of(2023, 6, 30)), "profile", "");
    assertField(() -> ENGINE.evaluate(profile, null), "asOf", "");
    assertField(() -> ENGINE.evaluate(profile, LocalDate.of(1900, 1, 1)), "asOf", "1900-01-01");
    // a measure asked for twice is refused where it repeats, not called an unknown measure
    MeasureId deferral = MeasureId.of("sz-gxj-2023-26.loan-deferral");
    EntitlementRequest request = EntitlementRequest.of(profile, LocalDate.of(2023, 6, 30));
    InvalidInputException twice = InputAssertions.assertField(() -> request.withMeasures(List.of(deferral,
        MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"), deferral)), "measures/2");
    assertThat(twice.getMessage()).contains("more than once").doesNotContain("Unknown");
    assertThatThrownBy(() -> ENGINE.evaluate(EntitlementRequest.of(profile, LocalDate.of(2023, 6, 30))
        .withMeasures(List.of(MeasureId.of("sz-gxj-2023-26.no-such-measure")))))
        .isInstanceOf(UnknownIdentifierException.class).hasMessageContaining("no-such-measure");
  }

  @Test
  void test_aFailingMeasureIsReportedAndTheRestEvaluated() {
    EntitlementEngine engine = FailingEngines.firstLoanFailing();
    EntitlementReport report = engine.evaluate(CatalogProfiles.sample(), LocalDate.of(2023, 6, 30));
    assertThat(report.complete()).isFalse();
    assertThat(report.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.measure()).isEqualTo(FirstLoanMeasure.SHENZHEN_2023.id());
      assertThat(failure.code()).isEqualTo("input.invalid");
      assertThat(failure.field()).isEqualTo("/loans/0/drawdownDate");
    });
    assertThat(report.outcome(FirstLoanMeasure.SHENZHEN_2023.id())).isEmpty();
    assertThat(report.outcomes()).hasSize(Catalog.builtIn().entries().size() - 1);
  }
}
