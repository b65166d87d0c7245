package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.PolicyData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of a library default resolves in what a user has: the decisions register shipped in huiqi-core
 * ({@code io/github/huiqi/core/policy/decisions-register.md}) has a heading for the reference of each one, in the code
 * of both modules and in the built-in packs.
 */
class DecisionsRegisterTest {

  private static final String PREFIX = "decisions register ";
  private static final Pattern IN_CODE = Pattern.compile("libraryDefault\\(\\s*\"([^\"]*)\"");

  @Test
  void test_everyDefaultInTheCodeResolves() throws IOException {
    Set<String> headings = headings();
    List<String> references = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = IN_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            references.add(m.group(1) + " (" + file.getFileName() + ")");
          }
        }
      }
    }
    assertThat(references).hasSizeGreaterThan(30);
    for (String reference : references) {
      String ref = reference.substring(0, reference.lastIndexOf(" ("));
      assertThat(ref).as(reference).startsWith(PREFIX);
      assertThat(headings).as(reference).contains(ref.substring(PREFIX.length()));
    }
  }

  @Test
  void test_everyDefaultInThePacksResolves() {
    Set<String> headings = headings();
    List<JsonNode> citations = new ArrayList<>();
    for (var measure : PolicyData.builtIn().measures()) {
      collect(HuiqiJson.read(HuiqiJson.write(measure), JsonNode.class), citations);
    }
    assertThat(citations).hasSizeGreaterThan(20);
    for (JsonNode citation : citations) {
      String article = citation.get("article").asText();
      String ref = article + (citation.has("item") ? " item " + citation.get("item").asText() : "");
      assertThat(article).as(citation.toString()).startsWith(PREFIX);
      assertThat(headings).as(citation.toString()).contains(ref.substring(PREFIX.length()));
      assertThat(citation.get("document").asText()).isEqualTo("huiqi");
    }
  }

  @Test
  void test_everyMentionOfTheRegisterResolves() throws IOException {
    // in Javadoc, explanation texts and pack notes alike: "decisions register §4.3 item 18" names a heading
    Set<String> headings = headings();
    Pattern mention = Pattern.compile(
        "decisions register (§[0-9]+(?:\\.[0-9]+)*(?: (?:card|item) [0-9a-z-]+)?|card [0-9a-z-]+)");
    List<String> checked = new ArrayList<>();
    for (Path file : mainSources()) {
      String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*?\\s*", " ");
      if (file.toString().endsWith(".json")) {
        // citations' articles, whose item is a member of its own, are checked by the test above: notes here
        StringBuilder notes = new StringBuilder();
        Matcher note = Pattern.compile("\"note\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        while (note.find()) {
          notes.append(note.group(1)).append('\n');
        }
        text = notes.toString();
      }
      Matcher m = mention.matcher(text);
      while (m.find()) {
        if (text.startsWith("\", Optional.of(\"", m.end())) {
          continue;   // a citation built in code, its item an argument of its own: checked by the first test
        }
        assertThat(headings).as(m.group() + " in " + file.getFileName()).contains(m.group(1));
        checked.add(m.group(1));
      }
    }
    assertThat(checked).hasSizeGreaterThan(50);
  }

  @Test
  void test_noCitationNamesADocumentTheUserLacks() throws IOException {
    // the domain reference, its cards and its readings were the authors' working notes; none ships
    Pattern lacking = Pattern.compile("domain\\s+(\\*\\s+)?reference|Reading [AB]\\b|domain\\.md");
    for (Path file : mainSources()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(lacking.matcher(text).find()).as(file.toString()).isFalse();
    }
  }

  /** The main code of every module and the resources of huiqi-core, where citations and notes live. */
  private static List<Path> mainSources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"),
        Path.of("../core/src/main/resources"), Path.of("../examples/src/main/java"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".json")
            || p.toString().endsWith(".md")).forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(300);
    return files;
  }

  @Test
  void test_theLabelNamesTheRegister() {
    Citation citation = Citation.libraryDefault("decisions register §4.5 item 35", "rounding");
    assertThat(citation.label()).isEqualTo("huiqi decisions register §4.5 item 35");
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isObject() && "LIBRARY_DEFAULT".equals(node.path("provenance").asText()) && node.has("article")) {
      into.add(node);
    }
    node.forEach(child -> collect(child, into));
  }

  private static Set<String> headings() {
    try (InputStream in = Citation.class.getResourceAsStream("decisions-register.md")) {
      assertThat(in).as("the register ships in huiqi-core").isNotNull();
      Set<String> headings = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("## ")) {
          int dash = line.indexOf(" — ");
          headings.add(line.substring(3, dash < 0 ? line.length() : dash));
        }
      }
      return headings;
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
