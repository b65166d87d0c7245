package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.hardening.JsonMutation.Expect;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixed bad-input battery of {@link JsonSweep} over every JSON entry point ({@link JsonEntryPoints}): every
 * member of each valid sample left out, nulled, mistyped, given extreme numbers and bad dates, and the documents that
 * are not a request at all, about 25,000 documents. Each answer is checked as {@link AnswerCheck} requires (a typed
 * error naming the place changed, or a sound result), and an error naming the place changed, for a value no reading
 * accepts, quotes that value. Where a change contradicts another fact, the error may name the other side and give
 * the place among its related fields (a loan id changed: the interest naming it no longer finds it in
 * {@code /loans}). A changed saved result or receipt may be answered by a replay that does not match.
 */
class SystematicBadInputTest {

  private static final Pattern NOT_MATCHED = Pattern.compile("\"matches\"\\s*:\\s*false");

  static Stream<JsonEntryPoint> entryPoints() {
    return JsonEntryPoints.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_battery_typedErrorNamingThePlaceAndValue_orASoundResult(JsonEntryPoint entry) {
    String validResult = entry.answer(entry.validJson());
    boolean savedDocument = entry.name().endsWith("(result)") || entry.name().endsWith("(receipt)");
    List<String> problems = new ArrayList<>();
    List<JsonSweep.Case> cases = new JsonSweep(entry.validJson()).cases();
    for (JsonSweep.Case sweep : cases) {
      JsonMutation mutation = sweep.mutation();
      String what = entry + ", " + mutation;
      try {
        String result;
        try {
          result = entry.answer(mutation.document());
        } catch (RuntimeException | StackOverflowError ex) {
          checkError(what, mutation, ex);
          HuiqiException error = (HuiqiException) ex;
          if (mutation.expect() == Expect.REJECTED && !sweep.value().isEmpty()
              && error.field().equals(mutation.pointer())) {
            assertThat(error.value().toLowerCase(Locale.ROOT)).as("%s: the value quoted (%s)", what,
                error.getMessage()).contains(sweep.value().toLowerCase(Locale.ROOT));
          }
          continue;
        }
        if (savedDocument && mutation.expect() == Expect.REJECTED && NOT_MATCHED.matcher(result).find()) {
          // a saved result changed after issue: the replay does not match
          continue;
        }
        checkResult(what, mutation, result, validResult);
      } catch (AssertionError failure) {
        problems.add(failure.getMessage().lines().findFirst().orElse(""));
      }
    }
    assertThat(problems).as("%s: %d of %d documents", entry, problems.size(), cases.size()).isEmpty();
  }

  /**
   * {@link AnswerCheck#checkResult}, or an item failure of a contradiction naming the place changed (or the value
   * holding it) in its problem, as a batch's failure names the other side ("must not exceed /claims/0/principal").
   */
  private static void checkResult(String what, JsonMutation mutation, String result, String validResult) {
    try {
      AnswerCheck.checkResult(what, mutation, result, validResult);
    } catch (AssertionError notThePlace) {
      String place = mutation.pointer();
      boolean named = false;
      for (String at = place; !at.isEmpty(); at = JsonMutator.parentOf(at)) {
        named |= result.contains(" " + at + " '");
      }
      if (!named || !notThePlace.getMessage().contains("not the place changed")) {
        throw notThePlace;
      }
    }
  }

  /** {@link AnswerCheck#checkError}, or a contradiction naming the place changed among its related fields. */
  private static void checkError(String what, JsonMutation mutation, Throwable thrown) {
    try {
      AnswerCheck.checkError(what, mutation, thrown);
    } catch (AssertionError notThePlace) {
      boolean related = thrown instanceof InvalidInputException input && !mutation.pointer().isEmpty()
          && input.relatedFields().stream().anyMatch(other -> mutation.pointer().startsWith(other + "/"));
      if (!related || !notThePlace.getMessage().contains("not the place changed")) {
        throw notThePlace;
      }
    }
  }
}
