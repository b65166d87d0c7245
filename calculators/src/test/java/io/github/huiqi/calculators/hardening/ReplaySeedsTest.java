package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The saved {@code valid.json} and {@code reordered.json} of the four replay fuzz targets of
 * {@link JsonEntryPointFuzzTest} replay to a match on today's packs: a receipt records the packs' and the measures'
 * hashes, the input's and the result's, and the library version, so a seed saved before a pack was edited replays
 * only to a mismatch, and the "valid" seed quietly tests the mismatch path alone. Each seed is answered by its entry
 * point (the other document the sample's, made now) and must read {@code "matches" : true}.
 * <p>
 * To refresh the seeds after a pack edit (or a change of the sample, or of the version), from the {@code calculators}
 * directory run this test with {@code -Dhuiqi.replaySeeds.refresh=true}: for each target whose seeds no longer both
 * match it writes {@code valid.json} as the entry point's sample document (as {@link JsonEntryPoints} makes it now)
 * and {@code reordered.json} as the same with every object's members reversed ({@link JsonText#reversed}, the
 * mutator's "reordered"), then checks them as usual; seeds that still match are kept as saved (the engine request's
 * states its options, which the sample leaves to their defaults). Review the diff: only hashes (and the version)
 * should move.
 */
class ReplaySeedsTest {

  /** The replay fuzz targets, each with its entry point: the seeds whose meaning depends on the packs' hashes. */
  static final List<Map.Entry<String, String>> TARGETS = List.of(
      Map.entry("fuzzCalculatorReplayRequest", "CalculatorReplay.replayJson(request)"),
      Map.entry("fuzzCalculatorReplayResult", "CalculatorReplay.replayJson(result)"),
      Map.entry("fuzzEntitlementEngineReplayRequest", "EntitlementEngine.replayJson(request)"),
      Map.entry("fuzzEntitlementEngineReplayReceipt", "EntitlementEngine.replayJson(receipt)"));

  private static final Path INPUTS = Path.of("src", "test", "resources", "io", "github", "huiqi", "calculators",
      "hardening", "JsonEntryPointFuzzTestInputs");
  private static final boolean REFRESH = Boolean.getBoolean("huiqi.replaySeeds.refresh");

  @ParameterizedTest(name = "{0}")
  @FieldSource("TARGETS")
  void test_validAndReorderedSeeds_replayToAMatch(Map.Entry<String, String> target) throws IOException {
    JsonEntryPoint entry = JsonEntryPoints.named(target.getValue());
    Path directory = INPUTS.resolve(target.getKey());
    if (REFRESH && !(replay(entry, directory, "valid.json").matches()
        && replay(entry, directory, "reordered.json").matches())) {
      Files.writeString(directory.resolve("valid.json"), entry.validJson(), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("reordered.json"), JsonText.reversed(JsonMutator.parse(entry.validJson())),
          StandardCharsets.UTF_8);
    }
    for (String seed : List.of("valid.json", "reordered.json")) {
      ReplayResult replay = replay(entry, directory, seed);
      assertThat(replay.matches())
          .as("%s/%s no longer replays to a match on today's packs (%s); refresh the seeds: from calculators/,"
              + " mvn test -Dtest=ReplaySeedsTest -Dhuiqi.replaySeeds.refresh=true, and review the diff",
              target.getKey(), seed, replay.differences())
          .isTrue();
    }
  }

  private static ReplayResult replay(JsonEntryPoint entry, Path directory, String seed) throws IOException {
    String document = Files.readString(directory.resolve(seed), StandardCharsets.UTF_8);
    return HuiqiJson.read(entry.answer(document), ReplayResult.class);
  }
}
