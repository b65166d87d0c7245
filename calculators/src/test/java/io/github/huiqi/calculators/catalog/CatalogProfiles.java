package io.github.huiqi.calculators.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Profiles for the catalogue's tests: the bare one (a region and an industry), the Shenzhen sample, and seeded
 * variants of the sample with facts dropped at random (unknown is not false, so every variant is valid).
 */
public final class CatalogProfiles {

  /** The sample's evaluation date. */
  public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** Fields that a valid profile must keep wherever they appear. */
  private static final Set<String> REQUIRED = Set.of("loanId", "principal", "drawdownDate", "maturityDate",
      "annualInterestRate", "year", "quarter", "employeesAtStart", "employeesAtEnd", "totalAssetsAtStart",
      "totalAssetsAtEnd", "paymentId", "accrualStart", "accrualEnd", "paymentDate", "interestPaid", "amountPaid",
      "held", "amount", "currency", "personnel", "directInputs", "depreciation", "intangibleAmortisation",
      "newProductDesign", "otherRelated", "since", "principalOutstanding", "period", "sales", "salesBasis",
      "projectId", "category", "eligibleInvestment", "kind", "interestFrom", "interestUntil", "cost", "month");

  private CatalogProfiles() {
  }

  /**
   * Reads a profile written in JSON with single quotes where JSON has double ones, so that a test's text stays
   * readable ({@code "{'registrationRegionCode': '440307'}"}).
   *
   * @param json  the profile, single-quoted
   * @return the profile
   */
  public static EnterpriseProfile quoted(String json) {
    return HuiqiJson.read(json.replace('\'', '"'), EnterpriseProfile.class);
  }

  /**
   * Returns one measure's outcome when the built-in engine evaluates a profile on a date.
   *
   * @param profile  the enterprise
   * @param asOf  the evaluation date
   * @param measure  the measure
   * @param explain  true for the explaining form
   * @return the outcome
   */
  public static MeasureOutcome outcome(EnterpriseProfile profile, LocalDate asOf, MeasureId measure,
      boolean explain) {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    return (explain ? engine.explain(profile, asOf) : engine.evaluate(profile, asOf)).outcome(measure)
        .orElseThrow();
  }

  /**
   * Returns a profile with only a region (深圳市宝安区) and an industry (C3484).
   *
   * @return the profile
   */
  public static EnterpriseProfile bare() {
    return EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3484").build();
  }

  /**
   * Returns the Shenzhen sample's profile.
   *
   * @return the profile
   */
  public static EnterpriseProfile sample() {
    return EntitlementSamples.shenzhenManufacturer2023().profile();
  }

  /**
   * Returns the sample with each optional fact dropped with a probability.
   *
   * @param random  the generator
   * @param dropProbability  the chance of dropping each optional fact, 0 to 1 as a percentage 0..100
   * @return the profile
   */
  public static EnterpriseProfile sampleWithGaps(Random random, int dropProbability) {
    JsonNode tree = HuiqiJson.read(HuiqiJson.write(sample()), JsonNode.class);
    drop(tree, random, dropProbability);
    return HuiqiJson.read(HuiqiJson.write(tree), EnterpriseProfile.class);
  }

  private static void drop(JsonNode node, Random random, int percent) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (!REQUIRED.contains(name) && random.nextInt(100) < percent) {
          object.remove(name);
        } else {
          drop(object.get(name), random, percent);
        }
      }
    } else if (node instanceof ArrayNode) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        drop(it.next(), random, percent);
      }
    }
  }
}
