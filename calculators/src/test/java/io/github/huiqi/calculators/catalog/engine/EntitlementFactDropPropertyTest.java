package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the engine says with less known never contradicts what it says with more: over seeded synthetic firms whose
 * facts are all given ({@link ScreeningPopulation}), each fact of the profile's JSON is dropped in turn, and for every
 * measure the outcome without it must allow the outcome with it — a verdict it decides (eligible or ineligible) is the
 * same, and its amount's range contains the complete profile's range. A platform that shows a firm's "certain" amount
 * before the last facts arrive relies on this: a fact given later narrows the answer, never overturns it.
 * <p>
 * Where the library reads an absent fact by a documented default rather than as unknown, dropping it may change the
 * answer, and the test leaves that pair out, each for its reason:
 * <ul>
 *   <li>{@code /legalForm}: a form not given is read as an enterprise (LegalForm, decisions register), so a sole
 *       proprietorship's tax reliefs, ineligible, become the enterprise's;</li>
 *   <li>{@code /size}: the stated size is a fact every measure reads before the figures, so a firm that states a size
 *       its figures contradict is classified by the figures once the statement is dropped; for the same reason the
 *       size standard's own outcome is left out on a firm that states its size;</li>
 *   <li>{@code /loans/i/nonPerforming}: an absent non-performance means a performing loan (the profile's schema), not
 *       an unknown one;</li>
 *   <li>{@code /registrationRegionCode} for the national tax reliefs the Shenzhen and Shanghai documents both restate:
 *       a relief counts once, under the firm's own region's restatement (decisions register §1.7), so a Shanghai
 *       firm's Shenzhen restatement, ineligible, is the one kept when the region is not known.</li>
 * </ul>
 * A dropped fact the profile cannot do without (a loan's principal) is refused as input, and that drop is skipped.
 */
class EntitlementFactDropPropertyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  /** The facts read by a documented default (below), which may change any measure's outcome and so the total. */
  private static final List<String> TOTAL_DEFAULTS = List.of("/legalForm", "/size");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2024, 3, 15));

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261203L, 11L})
  void test_droppingAFact_neverContradictsTheCompleteAnswer(long seed) throws Exception {
    ScreeningPopulation population = ScreeningPopulation.of(seed, 30, 0);
    int dropsChecked = 0;
    List<String> contradictions = new ArrayList<>();
    for (int index = 0; population.hasNext(); index++) {
      EnterpriseProfile full = population.next();
      JsonNode tree = MAPPER.readTree(HuiqiJson.write(full));
      List<String> paths = new ArrayList<>();
      FactDrops.members(tree, "", paths);
      for (LocalDate asOf : DATES) {
        EntitlementReport complete = ENGINE.evaluate(full, asOf);
        for (String path : paths) {
          Optional<EnterpriseProfile> dropped = FactDrops.without(tree, List.of(path));
          if (dropped.isEmpty()) {
            continue;
          }
          EntitlementReport partial = ENGINE.evaluate(dropped.get(), asOf);
          dropsChecked++;
          for (MeasureOutcome known : complete.outcomes()) {
            MeasureOutcome open = partial.outcome(known.measure()).orElseThrow();
            if (!FactDrops.readByDefault(path, known, full) && !FactDrops.allows(open, known)) {
              contradictions.add("seed " + seed + ", firm " + index + ", " + asOf + ", drop " + path + ", "
                  + known.measure() + ": with it " + known.verdict() + " " + known.amount() + ", without it "
                  + open.verdict() + " " + open.amount());
            }
          }
          // the totals too, in reach and by kind: without the fact each range holds the complete one's (a firm of
          // unknown region is registered in one place, the one adding the most: decisions register §0.6)
          if (!TOTAL_DEFAULTS.contains(path) && !path.endsWith("/nonPerforming")) {
            Optional<String> total = FactDrops.totalsAllow(partial.totals(), complete.totals());
            if (total.isPresent()) {
              contradictions.add("seed " + seed + ", firm " + index + ", " + asOf + ", drop " + path + ", "
                  + total.get());
            }
          }
        }
      }
    }
    assertThat(dropsChecked).as("drops evaluated").isGreaterThan(1000);
    assertThat(contradictions).as("seed %d", seed).isEmpty();
  }


}
