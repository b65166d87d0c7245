package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonEntryPointFuzzTest} has a fuzz target for every JSON entry point of the corpus ({@link JsonEntryPoints}),
 * as its Javadoc and the README's "Hardening" section say, and each target has its saved inputs, so that an entry point
 * added to the main code (such as {@code RiskPoolCalculator.explainCompensationJson} or
 * {@code ShareCalculator.explainFeeSavedJson}, which had none) cannot be left out of the fuzzing again.
 */
class JsonEntryPointFuzzCoverageTest {

  private static final Path SOURCE = Path.of("src", "test", "java", "io", "github", "huiqi", "calculators",
      "hardening", "JsonEntryPointFuzzTest.java");
  private static final Path INPUTS = Path.of("src", "test", "resources", "io", "github", "huiqi", "calculators",
      "hardening", "JsonEntryPointFuzzTestInputs");
  private static final Pattern CHECKED = Pattern.compile("JsonFuzzing\\.check\\(\"([^\"]+)\", input\\)");

  @Test
  void test_everyJsonEntryPoint_hasOneFuzzTarget() throws IOException {
    List<String> checked = new ArrayList<>();
    Matcher matcher = CHECKED.matcher(Files.readString(SOURCE, StandardCharsets.UTF_8));
    while (matcher.find()) {
      checked.add(matcher.group(1));
    }
    List<String> entryPoints = JsonEntryPoints.all().stream().map(JsonEntryPoint::name).toList();
    // one target an entry point, none twice: 40 calculators' explain...Json methods, the engine's evaluateJson and its
    // replayJson for each of its two documents, CalculatorReplay.replayJson for each of its two
    assertThat(checked).containsExactlyInAnyOrderElementsOf(entryPoints);
    assertThat(fuzzTargets()).hasSameSizeAs(entryPoints);
  }

  @Test
  void test_everyFuzzTarget_hasItsSavedInputs() {
    for (String target : fuzzTargets()) {
      // the valid sample, the same reordered and two generator seeds, run in regression mode in every build
      assertThat(INPUTS.resolve(target).resolve("valid.json")).as(target).isRegularFile();
      assertThat(INPUTS.resolve(target).resolve("reordered.json")).as(target).isRegularFile();
      assertThat(INPUTS.resolve(target).resolve("mutator-1.bin")).as(target).isRegularFile();
    }
  }

  private static List<String> fuzzTargets() {
    return Arrays.stream(JsonEntryPointFuzzTest.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(FuzzTest.class)).map(Method::getName).sorted().toList();
  }
}
