package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.FactDrops;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The companion of {@code EntitlementFactNamingPropertyTest} over the firms of {@link FinancingFactDropPropertyTest}
 * (one to three loans with their guarantees, interest, fees and premiums, renovation projects): each fact of a firm's
 * JSON is dropped in turn, and every measure whose outcome then differs from the complete profile's (its verdict, its
 * least or its most) must name the fact, a pointer holding it or a fact within it, or it must be named by an outcome
 * the stacking pairs it with on a loan: a member of a joint limit it belongs to, or, between the first-loan and
 * tech-SME subsidies and the renovation interest subsidy, the other side (one municipal interest subsidy per loan,
 * decisions register §4.6 item 43, whose other side names the facts that leave the loan's choice open).
 * <p>
 * Left out as {@link FinancingFactDropPropertyTest} leaves them out: the facts read by a documented default
 * ({@link FinancingFactDropPropertyTest#documentedDefault}, a qualification's dates, §4.6 item 58) and its known
 * contradictions ({@link FinancingFactDropPropertyTest#knownCase}), which move an outcome the stacking cannot bound
 * while a list it reads is not given. Every failure message starts with the seed.
 */
class FinancingFactNamingPropertyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final List<String> LOAN_PAIR = List.of("sz-gxj-2023-26.first-loan-interest-subsidy",
      "sz-gxj-2023-26.tech-sme-interest-subsidy");
  private static final String RENOVATION_INTEREST =
      "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2024, 3, 15));

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {2L, 20261205L})
  void test_aFactThatMovesAFinancingOutcome_isNamed(long seed) throws Exception {
    Random random = new Random(seed);
    int moved = 0;
    List<String> omissions = new ArrayList<>();
    for (int index = 0; index < 14; index++) {
      JsonNode tree = FinancingFactDropPropertyTest.firm(random);
      EnterpriseProfile full = HuiqiJson.read(MAPPER.writeValueAsString(tree), EnterpriseProfile.class);
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
          for (MeasureOutcome known : complete.outcomes()) {
            MeasureOutcome open = partial.outcome(known.measure()).orElseThrow();
            boolean same = open.verdict() == known.verdict() && FactDrops.contains(open.amount(), known.amount())
                && FactDrops.contains(known.amount(), open.amount());
            if (same || FactDrops.qualificationDate(path)
                || FinancingFactDropPropertyTest.documentedDefault(path, known, full)
                || FinancingFactDropPropertyTest.knownCase(path, known, full)) {
              continue;
            }
            moved++;
            if (!named(partial, open, path)) {
              omissions.add("seed " + seed + ", firm " + index + ", " + asOf + ", drop " + path + ", "
                  + known.measure() + ": with it " + known.verdict() + " " + known.amount() + ", without it "
                  + open.verdict() + " " + open.amount() + " naming " + open.missingFacts());
            }
          }
        }
      }
    }
    assertThat(moved).as("seed %d: outcomes moved by a drop", seed).isGreaterThan(500);
    assertThat(omissions).as("seed %d: facts that moved an outcome not named", seed).isEmpty();
  }

  /** Whether the outcome, a member of its joint limit, or its other side in the renovation stacking names the fact. */
  private static boolean named(EntitlementReport report, MeasureOutcome open, String path) {
    List<String> partners = new ArrayList<>();
    for (JointLimit limit : report.jointLimits()) {
      if (limit.measures().contains(open.measure())) {
        limit.measures().forEach(member -> partners.add(member.value()));
      }
    }
    String measure = open.measure().value();
    if (LOAN_PAIR.contains(measure)) {
      partners.add(RENOVATION_INTEREST);
    } else if (measure.equals(RENOVATION_INTEREST)) {
      partners.addAll(LOAN_PAIR);
    }
    if (names(open, path)) {
      return true;
    }
    for (String partner : partners) {
      Optional<MeasureOutcome> other = report.outcome(new MeasureId(partner));
      if (other.isPresent() && names(other.get(), path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the outcome names the dropped path, a pointer holding it, or a fact within it: a dropped object is named by
   * the member that decides (a loan's {@code guarantee} dropped, Shanghai's guaranteed first loan names
   * {@code /loans/i/guarantee/policyFund}, decisions register §4.6 item 69; found on seeds 104, 109, 110 and 114).
   */
  private static boolean names(MeasureOutcome outcome, String path) {
    return outcome.missingFacts().stream().anyMatch(fact -> path.equals(fact) || path.startsWith(fact + "/")
        || fact.startsWith(path + "/"));
  }
}
