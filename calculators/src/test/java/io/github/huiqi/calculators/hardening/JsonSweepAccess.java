package io.github.huiqi.calculators.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@link JsonSweep} battery for an entry point outside this package: every document of the battery answered and
 * checked as {@link AnswerCheck} requires, the entry point returning {@code "{}"} for an accepted document.
 */
public final class JsonSweepAccess {

  private JsonSweepAccess() {
  }

  /**
   * Runs the battery.
   *
   * @param validJson  a document the entry point accepts
   * @param call  the entry point, {@code "{}"} for an accepted document
   * @return the problems found, empty when every answer is sound
   */
  public static List<String> sweep(String validJson, UnaryOperator<String> call) {
    List<String> problems = new ArrayList<>();
    for (JsonSweep.Case sweep : new JsonSweep(validJson).cases()) {
      JsonMutation mutation = sweep.mutation();
      String what = mutation.toString();
      try {
        String result;
        try {
          result = call.apply(mutation.document());
        } catch (RuntimeException | StackOverflowError ex) {
          AnswerCheck.checkError(what, mutation, ex);
          continue;
        }
        AnswerCheck.checkResult(what, mutation, result, "{}");
      } catch (AssertionError failure) {
        problems.add(failure.getMessage().lines().findFirst().orElse(""));
      }
    }
    return problems;
  }
}
