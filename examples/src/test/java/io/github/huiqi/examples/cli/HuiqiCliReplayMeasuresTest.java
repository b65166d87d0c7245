package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replaying a report made with {@code --measure} from the profile file it was made from: the report holds the
 * outcomes of those measures alone, and the replay asks for them again (in catalogue order, the order
 * {@code --measure} now puts them in a request whatever order they were given in), as it takes the date and the
 * options the report records. Before, the replay asked for every measure and never matched.
 */
class HuiqiCliReplayMeasuresTest {

  /** Catalogue order: 第5条's first-loan subsidy before 第13条's tech-SME subsidy (see {@code huiqi catalog}). */
  private static final String FIRST_LOAN = HuiqiCliEngineOptionsTest.FIRST_LOAN;
  private static final String TECH_SME = HuiqiCliEngineOptionsTest.TECH_SME;
  private static final String AS_OF = HuiqiCliEngineOptionsTest.AS_OF;

  @TempDir
  Path dir;

  private Path profile;

  @BeforeEach
  void writeTheFirm() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("stackingaudit/firm-joint-limit.json")) {
      profile = Files.write(dir.resolve("firm.json"), in.readAllBytes());
    }
  }

  /** An explained JSON report of the firm on 2023-12-31 for the measures, given in this order. */
  private Path report(String name, String... measures) throws IOException {
    List<String> args = new ArrayList<>(List.of(profile.toString(), "--as-of", AS_OF, "--explain", "--json"));
    for (String measure : measures) {
      args.addAll(List.of("--measure", measure));
    }
    HuiqiCliTest.Run run = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return Files.writeString(dir.resolve(name), run.out(), StandardCharsets.UTF_8);
  }

  private static List<String> outcomeMeasures(Path report) throws IOException {
    List<String> ids = new ArrayList<>();
    HuiqiJson.read(Files.readString(report), JsonNode.class).get("outcomes")
        .forEach(outcome -> ids.add(outcome.get("measure").asText()));
    return ids;
  }

  @Test
  void test_aReportOfSomeMeasures_replayedFromItsProfileFile_matches() throws IOException {
    // given out of catalogue order: the report lists the outcomes in catalogue order, and the request too
    Path report = report("report.json", TECH_SME, FIRST_LOAN);
    assertThat(outcomeMeasures(report)).containsExactly(FIRST_LOAN, TECH_SME);
    HuiqiCliTest.Run replay = HuiqiCliTest.run("replay", profile.toString(), report.toString(), "--lang", "en");
    assertThat(replay.status()).as(replay.out() + replay.err()).isZero();
    assertThat(replay.out()).startsWith("replay matches");
  }

  @Test
  void test_theSameMeasuresInAnyOrder_giveTheSameReport() throws IOException {
    // the request is the same whichever order --measure was given in, so are the receipt's input and result hashes
    JsonNode one = HuiqiJson.read(Files.readString(report("one.json", TECH_SME, FIRST_LOAN)), JsonNode.class);
    JsonNode other = HuiqiJson.read(Files.readString(report("other.json", FIRST_LOAN, TECH_SME)), JsonNode.class);
    assertThat(one.at("/receipt/inputSha256")).isEqualTo(other.at("/receipt/inputSha256"));
    assertThat(one.at("/receipt/resultSha256")).isEqualTo(other.at("/receipt/resultSha256"));
  }

  @Test
  void test_aReportOfOneMeasure_replayedFromARequestAskingForAnother_doesNotMatch() throws IOException {
    // a request file naming its own measures is replayed as it is: its input is not the report's
    Path report = report("report.json", FIRST_LOAN);
    Path request = Files.writeString(dir.resolve("request.json"), "{\"profile\": " + Files.readString(profile)
        + ", \"asOf\": \"" + AS_OF + "\", \"measures\": [\"" + TECH_SME + "\"]}", StandardCharsets.UTF_8);
    HuiqiCliTest.Run replay = HuiqiCliTest.run("replay", request.toString(), report.toString(), "--lang", "en");
    assertThat(replay.status()).isEqualTo(HuiqiCli.MISMATCH);
    assertThat(replay.out()).contains("inputSha256: recorded ");
  }

  @Test
  void test_aWholeReport_replayedFromItsProfileFile_stillMatches() throws IOException {
    Path report = report("whole.json");
    assertThat(HuiqiCliTest.run("replay", profile.toString(), report.toString()).status()).isZero();
  }
}
