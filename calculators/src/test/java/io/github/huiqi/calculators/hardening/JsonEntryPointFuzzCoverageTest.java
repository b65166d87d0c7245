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
 * {@code ShareCalculator.explainFeeSavedJson}, which had none) cannot be left out of the fuzzing again; and the READMEs
 * give the counts of entry points, corpus documents and fuzz targets that the code has.
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

  @Test
  void test_theReadmes_countTheEntryPointsTheDocumentsAndTheTargets() throws IOException {
    int entryPoints = JsonEntryPoints.all().size();
    int calculators = entryPoints - 5;
    int documents = BadInputCorpusTest.DOCUMENTS_PER_ENTRY_POINT * (entryPoints - 3)
        + 3 * BadInputCorpusTest.DOCUMENTS_PER_ENGINE_FORM;
    int targets = fuzzTargets().size() + oracleTargets();
    // the English README, its lines joined with one space
    String english = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertThat(english).contains("the calculators' " + calculators + " `explain…Json` methods",
        "as the document changed): " + entryPoints + " in all;",
        String.format(java.util.Locale.ROOT, "%,d documents (260 an entry point, 120 for each", documents),
        "a `@FuzzTest` for each of the " + entryPoints + " JSON entry points",
        "The regression runs of all " + targets + " targets");
    // the Chinese README, its lines joined with nothing between them
    String chinese = Files.readString(Path.of("..", "README.zh-CN.md"), StandardCharsets.UTF_8)
        .replaceAll("\\s*\\n\\s*", "");
    assertThat(chinese).contains("各计算器的 " + calculators + " 个 `explain…Json` 方法", "共 " + entryPoints + " 个；",
        String.format(java.util.Locale.ROOT, "共 %,d 份文档（每个入口 260 份", documents),
        entryPoints + " 个 JSON 入口各有一个", "全部 " + targets + " 个目标的回归运行");
  }

  private static int oracleTargets() {
    return (int) Arrays.stream(OracleFuzzTest.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(FuzzTest.class)).count();
  }

  private static List<String> fuzzTargets() {
    return Arrays.stream(JsonEntryPointFuzzTest.class.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(FuzzTest.class)).map(Method::getName).sorted().toList();
  }
}
