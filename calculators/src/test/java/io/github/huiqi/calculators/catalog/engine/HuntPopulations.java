package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.financing.stacking.FinancingHuntFirms;
import io.github.huiqi.core.json.HuiqiJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The three seeded populations the engine's metamorphic hunts draw their firms from, each firm as its profile's JSON
 * tree: the same seed gives the same firms to every hunt.
 */
final class HuntPopulations {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HuntPopulations() {
  }

  /** {@link ScreeningPopulation}'s firms, {@code unknownPerMille} thousandths of its unknowable facts left absent. */
  static List<JsonNode> screening(long seed, int firms, int unknownPerMille) throws Exception {
    ScreeningPopulation population = ScreeningPopulation.of(seed, firms, unknownPerMille);
    List<JsonNode> trees = new ArrayList<>();
    while (population.hasNext()) {
      trees.add(MAPPER.readTree(HuiqiJson.write(population.next())));
    }
    return trees;
  }

  /** The rich firms of {@link EntitlementFactPairDropPropertyTest#rich}: every measure family's facts. */
  static List<JsonNode> rich(long seed, int firms) {
    Random random = new Random(seed);
    List<JsonNode> trees = new ArrayList<>();
    for (int index = 0; index < firms; index++) {
      trees.add(EntitlementFactPairDropPropertyTest.rich(random, index));
    }
    return trees;
  }

  /** The financing hunt's firms, biased towards the stacking's edges ({@link FinancingHuntFirms#biased}). */
  static List<JsonNode> financing(long seed, int firms) {
    Random random = new Random(seed);
    List<JsonNode> trees = new ArrayList<>();
    for (int index = 0; index < firms; index++) {
      trees.add(FinancingHuntFirms.biased(random));
    }
    return trees;
  }
}
