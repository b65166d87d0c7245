package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.json.HuiqiJson;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The city screening's JSON path ({@link ScreeningRun#screenOneJson}, one line of a population kept as NDJSON) under
 * the bad-input corpus's mutator: each of 260 documents changed at one place from the sample profile is a firm of the
 * run, never an exception that ends it. A document that no reading makes a profile is a firm with one failure,
 * {@code "profile: code at field"}, whose field is the place changed (or holds it, or lies inside it), as the
 * corpus asks of every JSON entry point; any other is screened, a measure its facts break being a failure of that
 * measure with its code and field. Seeded (20261202, as the corpus).
 */
class ScreeningJsonFuzzTest {

  private static final long SEED = 20_261_202L;
  private static final int DOCUMENTS = 260;
  /** A failure as the screening writes it: who failed, the error's code, the field. */
  private static final Pattern FAILURE = Pattern.compile("(\\S+): (input\\.[a-z-]+) at (\\S*)");

  @Test
  void test_everyChangedLine_isAFirm_aBadProfileNamedAtThePlaceChanged() {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    String valid = HuiqiJson.write(CatalogProfiles.sample());
    ScreeningFirm sample = ScreeningRun.screenOneJson(engine, 0, valid, CatalogProfiles.AS_OF);
    assertThat(sample.failures()).isEmpty();
    JsonMutator mutator = new JsonMutator(valid);
    int profilesRefused = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      long seed = SEED + i;
      JsonMutation mutation = mutator.next(new Random(seed));
      String what = "seed " + seed + ", " + mutation;
      ScreeningFirm firm = ScreeningRun.screenOneJson(engine, i, mutation.document(), CatalogProfiles.AS_OF);
      assertThat(firm.index()).as(what).isEqualTo(i);
      for (String failure : firm.failures()) {
        Matcher matcher = FAILURE.matcher(failure);
        assertThat(matcher.matches()).as("%s: %s", what, failure).isTrue();
        if (matcher.group(1).equals("profile")) {
          assertThat(AnswerCheck.related(matcher.group(3), mutation.pointer()))
              .as("%s: %s names the place changed", what, failure).isTrue();
        }
      }
      boolean refused = firm.failures().stream().anyMatch(failure -> failure.startsWith("profile: "));
      if (refused) {
        profilesRefused++;
        assertThat(firm.outcomes()).as(what).isEmpty();
      }
      if (mutation.expect() == JsonMutation.Expect.REJECTED) {
        assertThat(firm.failures()).as("%s: a document no reading makes valid is a failure", what).isNotEmpty();
      }
      if (mutation.expect() == JsonMutation.Expect.SAME_RESULT) {
        assertThat(firm.outcomes()).as("%s: the same meaning, the same outcomes", what).isEqualTo(sample.outcomes());
      }
    }
    // most changes break a profile: the corpus is not vacuous
    assertThat(profilesRefused).isGreaterThan(DOCUMENTS / 3);
  }
}
