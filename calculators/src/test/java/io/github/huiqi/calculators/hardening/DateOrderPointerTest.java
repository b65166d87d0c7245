package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.error.InvalidInputException;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regression of the fuzz audit (EnterpriseProfileFuzzAuditTest): a date that must be strictly after another, given
 * on the same day, is refused naming the later date's JSON Pointer as the field and the earlier one's among the
 * related fields, so that a host points at either side of the contradiction. Before, the error named only the later
 * date and quoted the earlier one as plain text ("must be after start 2023-01-01"), so that a caller who had changed
 * the earlier date was pointed at a field it had not touched.
 */
class DateOrderPointerTest {

  @ParameterizedTest(name = "{0}: {2} on {1}")
  @CsvSource({
      "GuaranteeFeeReductionCalculator.explainFeeJson, guaranteeStart, guaranteeEnd",
      "GuaranteeFeeBenchmarkCapCalculator.explainFeeRateCapJson, loanStart, maturity",
      "DeferralCalculator.explainDeferredUntilJson, dueDate, requestedDeferredDate",
      "TechSmeCalculator.explainSubsidyJson, accrualStart, accrualEnd",
      "GuaranteeFeeAverageCalculator.explainAverageFeeRateJson, start, end"})
  void test_laterDateOnTheEarlierOne_namesBothPointers(String entryPoint, String earlier, String later) {
    JsonEntryPoint entry = JsonEntryPoints.named(entryPoint);
    JsonNode root = JsonMutator.parse(entry.validJson());
    String holder = holderOf(root, "", earlier, later);
    assertThat(holder).as("an object with %s and %s in the sample", earlier, later).isNotNull();
    // the later date set to the earlier one's day: "must be after" is strict, so the same day is refused
    ((ObjectNode) root.at(holder)).set(later, root.at(holder + "/" + earlier).deepCopy());
    Throwable thrown = catchThrowable(() -> entry.answer(root.toString()));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    InvalidInputException error = (InvalidInputException) thrown;
    assertThat(error.code()).isEqualTo(InvalidInputException.OUT_OF_ORDER);
    assertThat(error.field()).isEqualTo(holder + "/" + later);
    assertThat(error.relatedFields()).containsExactly(holder + "/" + earlier);
    assertThat(error.getMessage()).contains("must be after " + holder + "/" + earlier + " '"
        + root.at(holder + "/" + earlier).asText() + "'");
  }

  /** The pointer of the first object holding both members, depth first; null when none does. */
  private static String holderOf(JsonNode node, String at, String first, String second) {
    if (node.isObject() && node.has(first) && node.has(second)) {
      return at;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> member = it.next();
        String found = holderOf(member.getValue(), at + "/" + member.getKey(), first, second);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = holderOf(node.get(i), at + "/" + i, first, second);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
