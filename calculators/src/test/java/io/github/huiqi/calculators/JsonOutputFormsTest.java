package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonLimits;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The output forms on a calculator's own JSON entry point, through {@link JsonCodec#apply}: compact and without
 * explanations, each reading back; the codec's limits apply to the request.
 */
class JsonOutputFormsTest {

  private static final FirstLoanRequest REQUEST = FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build(),
      FirstLoanFixtures.loan("L2").build());

  private static FirstLoanResult explain(FirstLoanRequest request) {
    return FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE, request);
  }

  @Test
  void test_apply_eachFormReadsBack_likeTheEntryPoint() {
    String requestJson = HuiqiJson.write(REQUEST);
    FirstLoanResult expected = explain(REQUEST);
    // the default codec gives the calculator's own entry point's text
    assertThat(HuiqiJson.codec().apply(requestJson, FirstLoanRequest.class, JsonOutputFormsTest::explain))
        .isEqualTo(FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FirstLoanFixtures.MEASURE, requestJson));
    String compact = HuiqiJson.codec().with(JsonOutput.COMPACT)
        .apply(requestJson, FirstLoanRequest.class, JsonOutputFormsTest::explain);
    assertThat(compact).doesNotContain("\n");
    assertThat(HuiqiJson.read(compact, FirstLoanResult.class)).isEqualTo(expected);

    String lean = HuiqiJson.codec().with(JsonOutput.COMPACT.withoutExplanation())
        .apply(requestJson, FirstLoanRequest.class, JsonOutputFormsTest::explain);
    assertThat(lean).doesNotContain("\"explanation\"");
    assertThat(lean.length()).isLessThan(compact.length());
    FirstLoanResult back = HuiqiJson.read(lean, FirstLoanResult.class);
    // every explanation is empty (the result's and each loan's); all else is as computed
    assertThat(back.explanation()).isEqualTo(new Explanation(List.of()));
    assertThat(back).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*explanation")
        .isEqualTo(expected);
    assertThat(back.amount()).isEqualTo(expected.amount());
  }

  @Test
  void test_apply_requestUnderTheCodecsLimits() {
    String requestJson = HuiqiJson.write(REQUEST);
    JsonCodec small = HuiqiJson.codec(JsonLimits.DEFAULTS.withMaxDocumentLength(requestJson.length() - 1));
    InvalidInputException ex = Assertions.catchThrowableOfType(
        () -> small.apply(requestJson, FirstLoanRequest.class, JsonOutputFormsTest::explain),
        InvalidInputException.class);
    assertThat(ex.field()).isEqualTo("/");
    assertThat(ex.value()).isEqualTo(String.valueOf(requestJson.length()));
  }
}
