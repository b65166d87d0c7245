package io.github.huiqi.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The READMEs' text as a test reads it: their fenced blocks, and the regions of a test's own source that mirror a
 * README's Java snippet (between a line {@code // >>> README name} and a line {@code // <<< README}), each compared
 * with its whitespace normalised.
 */
final class ReadmeText {

  /** The English README, from the module's directory (the tests' working directory). */
  static final Path README = Path.of("..", "README.md");
  /** The Chinese README. */
  static final Path README_ZH = Path.of("..", "README.zh-CN.md");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern LINE_COMMENT = Pattern.compile("(^|\\s)//.*$", Pattern.MULTILINE);

  private ReadmeText() {
  }

  /**
   * Reads a file as UTF-8.
   *
   * @param file  the file
   * @return its text
   */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Returns the fenced blocks of a Markdown text in a language, in order, each as written (indented blocks in a list
   * item keep their indentation, which {@link #normalised} removes).
   *
   * @param markdown  the text
   * @param language  the fence's language, such as {@code java}; empty for a fence with none
   * @return the blocks' contents
   */
  static List<String> fencedBlocks(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    String fenceLanguage = null;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (block == null) {
        if (trimmed.startsWith("```")) {
          fenceLanguage = trimmed.substring(3).strip();
          block = new StringBuilder();
        }
      } else if (trimmed.equals("```")) {
        if (fenceLanguage.equals(language)) {
          blocks.add(block.toString());
        }
        block = null;
      } else {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  /**
   * Returns the regions of a test source marked {@code // >>> README name} ... {@code // <<< README}, by name.
   *
   * @param source  the test's source text
   * @return each region's lines, by its name, in order
   */
  static Map<String, String> mirroredRegions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    String name = null;
    StringBuilder region = null;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("// >>> README ")) {
        name = trimmed.substring("// >>> README ".length()).strip();
        region = new StringBuilder();
      } else if (trimmed.equals("// <<< README")) {
        regions.put(name, region.toString());
        region = null;
      } else if (region != null) {
        region.append(line).append('\n');
      }
    }
    return regions;
  }

  /**
   * Returns a text with every run of whitespace one space, and none at either end.
   *
   * @param text  the text
   * @return the normalised text
   */
  static String normalised(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Returns Java code without its line comments, normalised: the Chinese README's snippets are the English ones'
   * code with their comments translated.
   *
   * @param code  the code
   * @return the code alone, normalised
   */
  static String codeOnly(String code) {
    return normalised(LINE_COMMENT.matcher(code).replaceAll(""));
  }
}
