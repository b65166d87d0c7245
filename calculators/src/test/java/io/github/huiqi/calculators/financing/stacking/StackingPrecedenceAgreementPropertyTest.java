package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Loan;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Profile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two interest-subsidy precedences give the same outcomes when no loan records a claim: under FIRST_CLAIMED "with
 * neither claimed, the larger" decides (decisions register §4.1 item 10, §4.6 item 72), as under LARGER; this holds
 * for the firm's larger in all too (§4.6 item 100: a loan that alone brings the tech-SME claim within the enrolment's
 * dates). Over {@link StackingOraclePropertyTest}'s seeded profiles, every recorded claim removed and the tech-SME
 * enrolment set to start on a day of 2023 (so that it may miss the claim the stacking keeps), with facts known and
 * open, through the engine's {@code evaluateJson}: every outcome's verdict, amount and missing facts alike under both.
 * The seed is printed in the failure's description.
 */
class StackingPrecedenceAgreementPropertyTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int CASES = 1_500;

  @Test
  void test_noClaimRecorded_firstClaimedAndLargerAgree() throws IOException {
    int enrolmentMissed = 0;
    for (long seed = 70_001; seed < 70_001 + CASES; seed++) {
      Random random = new Random(seed);
      Profile generated = StackingOraclePropertyTest.generate(random, seed % 2 == 0);
      List<Loan> unclaimed = new ArrayList<>();
      for (Loan loan : generated.loans()) {
        unclaimed.add(loan.withClaimed(null));
      }
      Profile profile = new Profile(generated.shanghai(), generated.firm(), unclaimed, generated.fees(),
          generated.projects());
      LocalDate since = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300));
      String firstClaimed = request(profile, false, since);
      String larger = request(profile, true, since);
      JsonNode a = MAPPER.readTree(ENGINE.evaluateJson(firstClaimed));
      JsonNode b = MAPPER.readTree(ENGINE.evaluateJson(larger));
      String at = "seed " + seed + ", enrolled from " + since;
      assertThat(a.at("/outcomes").size()).as(at).isEqualTo(b.at("/outcomes").size());
      for (int i = 0; i < a.at("/outcomes").size(); i++) {
        JsonNode x = a.at("/outcomes/" + i);
        JsonNode y = b.at("/outcomes/" + i);
        String where = at + ", " + x.at("/measure").asText();
        assertThat(x.at("/verdict")).as(where).isEqualTo(y.at("/verdict"));
        assertThat(x.at("/amount")).as(where).isEqualTo(y.at("/amount"));
        assertThat(x.at("/missingFacts")).as(where).isEqualTo(y.at("/missingFacts"));
        assertThat(x.at("/countedInTotal")).as(where).isEqualTo(y.at("/countedInTotal"));
        enrolmentMissed += x.at("/notes").toString().contains("left to the tech-SME subsidy") ? 1 : 0;
      }
      assertThat(a.at("/totals")).as(at).isEqualTo(b.at("/totals"));
    }
    // the generator reaches firms whose tech-SME claim reaches the enrolment only with a loan left to it
    assertThat(enrolmentMissed).isGreaterThanOrEqualTo(5);
  }

  private static String request(Profile profile, boolean larger, LocalDate since) {
    return StackingOraclePropertyTest.request(profile, larger, false, LocalDate.of(2023, 12, 31))
        .replace("\"since\": \"2022-01-01\"", "\"since\": \"" + since + "\"");
  }
}
