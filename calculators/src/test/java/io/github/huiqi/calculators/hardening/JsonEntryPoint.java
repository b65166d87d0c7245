package io.github.huiqi.calculators.hardening;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One JSON entry point of the library: its name, a valid sample document, and the call that answers a document.
 *
 * @param name  the entry point, such as {@code FirstLoanCalculator.explainSubsidyJson}
 * @param validJson  a document the entry point answers with a result
 * @param call  the call: the document in, the result's JSON out (or a typed error)
 */
public record JsonEntryPoint(String name, String validJson, UnaryOperator<String> call) {

  /**
   * Creates an entry point.
   *
   * @param name  the name
   * @param validJson  the valid sample
   * @param call  the call
   */
  public JsonEntryPoint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(validJson, "validJson");
    Objects.requireNonNull(call, "call");
  }

  /**
   * Answers a document.
   *
   * @param json  the document
   * @return the result's JSON
   */
  public String answer(String json) {
    return call.apply(json);
  }

  @Override
  public String toString() {
    return name;
  }
}
