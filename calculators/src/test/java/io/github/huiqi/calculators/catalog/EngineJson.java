package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The built-in engine through its JSON entry point, as a platform calls it: a request in, the report's tree out, and
 * the assertion that an outcome is ineligible in the JSON's own terms (verdict, no fact asked, nothing in reach).
 */
public final class EngineJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EngineJson() {
  }

  /**
   * Evaluates a request ({@code {"profile": …, "asOf": …, "measures": […]}}) with {@code evaluateJson}.
   *
   * @param request  the request's JSON
   * @return the report's tree
   */
  public static JsonNode report(String request) {
    try {
      return MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Evaluates a request naming one measure and returns its outcome.
   *
   * @param request  the request's JSON
   * @return the first outcome's tree
   */
  public static JsonNode firstOutcome(String request) {
    return report(request).at("/outcomes/0");
  }

  /**
   * Finds a report's outcome of a measure.
   *
   * @param report  the report's tree
   * @param id  the measure's id
   * @return the outcome's tree
   * @throws AssertionError if the report has no outcome of the measure
   */
  public static JsonNode outcome(JsonNode report, String id) {
    for (JsonNode outcome : report.at("/outcomes")) {
      if (outcome.at("/measure").asText().equals(id)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome " + id);
  }

  /**
   * Returns an outcome's least amount, in yuan.
   *
   * @param outcome  the outcome's tree
   * @return {@code /amount/minimum/amount}
   */
  public static BigDecimal least(JsonNode outcome) {
    return outcome.at("/amount/minimum/amount").decimalValue();
  }

  /**
   * Returns an outcome's most amount, in yuan.
   *
   * @param outcome  the outcome's tree
   * @return {@code /amount/maximum/amount}
   */
  public static BigDecimal most(JsonNode outcome) {
    return outcome.at("/amount/maximum/amount").decimalValue();
  }

  /**
   * Adds up what a report's total in reach should be, from its outcomes: each outcome counted in the total, least and
   * most, with the members of a declared joint limit counted once, from its minimum to its maximum (decisions
   * register §4.6 items 49 and 50).
   *
   * @param report  the report's tree
   * @return the sum; {@code bounded} false when a counted outcome has no upper bound
   */
  public static CountedSum countedSum(JsonNode report) {
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal most = BigDecimal.ZERO;
    boolean bounded = true;
    for (JsonNode outcome : report.at("/outcomes")) {
      if (outcome.at("/countedInTotal").asBoolean()) {
        least = least.add(least(outcome));
        if (outcome.at("/amount/maximum").isMissingNode() || outcome.at("/amount/maximum").isNull()) {
          bounded = false;
        } else {
          most = most.add(most(outcome));
        }
      }
    }
    for (JsonNode joint : report.at("/jointLimits")) {
      for (JsonNode member : joint.at("/measures")) {
        JsonNode outcome = outcome(report, member.asText());
        least = least.subtract(least(outcome));
        most = most.subtract(most(outcome));
      }
      least = least.add(joint.at("/minimum/amount").decimalValue());
      most = most.add(joint.at("/maximum/amount").decimalValue());
    }
    return new CountedSum(least, most, bounded);
  }

  /**
   * What a report's total in reach should be.
   *
   * @param least  the least, in yuan
   * @param most  the most, in yuan, when bounded
   * @param bounded  whether every counted outcome has an upper bound
   */
  public record CountedSum(BigDecimal least, BigDecimal most, boolean bounded) {
  }

  /**
   * Whether an outcome carries a note of a code.
   *
   * @param outcome  the outcome's tree
   * @param code  the note's code
   * @return true if one of {@code /notes} has the code
   */
  public static boolean noted(JsonNode outcome, String code) {
    for (JsonNode note : outcome.at("/notes")) {
      if (note.at("/code").asText().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Asserts an outcome is ineligible: the verdict, no missing fact, and a maximum of zero.
   *
   * @param outcome  the outcome's tree
   */
  public static void assertIneligible(JsonNode outcome) {
    assertThat(outcome.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(outcome.at("/missingFacts").size()).isZero();
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("0");
  }
}
