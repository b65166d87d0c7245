package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.hardening.JsonMutation.Expect;
import io.github.huiqi.core.testing.ProfileSchemaOracle;
import io.github.huiqi.core.testing.SeededMutator;
import io.github.huiqi.core.testing.SeededMutator.Mutant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded fuzz audit of every calculator's JSON form ({@code explain...Json}, listed by {@link JsonEntryPoints}):
 * {@value #RUNS} changes a calculator of its valid sample by {@link SeededMutator} (a wrong JSON type, an extreme
 * number, a bad date or code, an empty array or object, a huge string, a deep nesting, a removed or unknown member, a
 * key written twice, the document cut short).
 * <p>
 * Each answer is a typed error naming the place changed, with both messages in the library's words
 * ({@link AnswerCheck#checkError}); or a result at the fen's scale with no internal error, and in it every amount
 * range with its minimum not above its maximum, and no amount negative where the sample's result has none at that
 * place. A change to the text that no reading makes valid is never answered with a result. On a failure the seed, the
 * run and the document are printed.
 */
class CalculatorJsonFuzzAuditTest {

  private static final long SEED = 0xCA1C1204L;
  private static final int RUNS = 100;

  static Stream<JsonEntryPoint> entryPoints() {
    return JsonEntryPoints.all().stream().filter(entry -> entry.name().contains("Calculator.explain"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_mutatedSample_typedErrorNamingThePlace_orASoundResult(JsonEntryPoint entry) {
    String validResult = entry.answer(entry.validJson());
    Set<String> negativeInSample = negativePlaces(ProfileSchemaOracle.read(validResult));
    SeededMutator mutator = new SeededMutator(ProfileSchemaOracle.read(entry.validJson()), "");
    Random random = new Random(SEED ^ entry.name().hashCode());
    List<String> problems = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      Mutant mutant = mutator.next(random);
      // bytes that are not UTF-8 cannot reach an entry point that takes a string: they were decoded as U+FFFD
      boolean notJson = mutant.textual() && !"not-utf8".equals(mutant.kind());
      JsonMutation mutation = new JsonMutation(mutant.kind(), notJson ? "" : mutant.pointer(), mutant.text(),
          notJson ? Expect.REJECTED : Expect.EITHER);
      String what = entry + ", " + mutant;
      try {
        String result;
        try {
          result = entry.answer(mutant.text());
        } catch (RuntimeException | StackOverflowError ex) {
          try {
            AnswerCheck.checkError(what, mutation, ex);
          } catch (AssertionError elsewhere) {
            // a contradiction named from its other side, the place changed within a related field (a loan id
            // changed: the interest naming it no longer finds it among /loans)
            if (!elsewhere.getMessage().contains("not the place changed") || !namedWithin(ex, mutation.pointer())) {
              throw elsewhere;
            }
          }
          continue;
        }
        assertThat(notJson).as("%s: a document no reading makes valid was answered", what).isFalse();
        AnswerCheck.checkResult(what, mutation, result, validResult);
        JsonNode tree = ProfileSchemaOracle.read(result);
        checkRanges(what, tree, "");
        Set<String> negative = negativePlaces(tree);
        negative.removeAll(negativeInSample);
        assertThat(negative).as("%s: negative amounts", what).isEmpty();
      } catch (AssertionError failure) {
        if (problems.size() < 3) {
          System.out.println("seed " + SEED + " " + entry + " run " + run + " " + mutant + "\n  document: "
              + (mutant.text().length() > 3000 ? mutant.text().substring(0, 3000) + "..." : mutant.text()));
        }
        problems.add("run " + run + ": " + mutant + ": " + failure.getMessage().lines().findFirst().orElse(""));
      }
    }
    assertThat(problems).as("seed %s, %s: %d of %d documents", SEED, entry, problems.size(), RUNS).isEmpty();
  }

  private static boolean namedWithin(Throwable thrown, String place) {
    List<String> named = new ArrayList<>();
    if (thrown instanceof io.github.huiqi.core.error.InvalidInputException input) {
      named.add(input.field());
      named.addAll(input.relatedFields());
    }
    return named.stream().anyMatch(field -> ProfileSchemaOracle.names(field, place));
  }

  /** Every object with a minimum and a maximum amount has the minimum not above the maximum. */
  private static void checkRanges(String what, JsonNode node, String at) {
    if (node.isObject()) {
      JsonNode minimum = node.path("minimum").path("amount");
      JsonNode maximum = node.path("maximum").path("amount");
      if (minimum.isNumber() && maximum.isNumber()) {
        assertThat(minimum.decimalValue()).as("%s: %s: minimum above maximum", what, at)
            .isLessThanOrEqualTo(maximum.decimalValue());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> member = it.next();
        checkRanges(what, member.getValue(), at + "/" + member.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkRanges(what, node.get(i), at + "/" + i);
      }
    }
  }

  /** The places (indices left out) of the negative amounts of a result. */
  private static Set<String> negativePlaces(JsonNode result) {
    Set<String> places = new TreeSet<>();
    collectNegative(result, "", places);
    return places;
  }

  private static void collectNegative(JsonNode node, String at, Set<String> into) {
    if (node.isObject()) {
      JsonNode amount = node.path("amount");
      if (amount.isNumber() && "CNY".equals(node.path("currency").asText())
          && amount.decimalValue().compareTo(BigDecimal.ZERO) < 0) {
        into.add(at);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> member = it.next();
        collectNegative(member.getValue(), at + "/" + member.getKey(), into);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectNegative(element, at + "/*", into);
      }
    }
  }
}
