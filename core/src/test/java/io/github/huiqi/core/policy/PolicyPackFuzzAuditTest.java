package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.testing.ProfileSchemaOracle;
import io.github.huiqi.core.testing.SeededMutator;
import io.github.huiqi.core.testing.SeededMutator.Mutant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz audit of a host's own policy pack, read from text ({@link PolicyPacks#read(String, String)}) and from
 * a file ({@link PolicyPacks#read(Path)}): every built-in pack changed by {@link SeededMutator} (a wrong JSON type,
 * an extreme number, a bad date, an empty array, a removed or unknown member, a key written twice, the document cut
 * short, bytes that are not UTF-8).
 * <p>
 * Each answer is a pack, or a {@link PolicyDataException} naming the pack (or file) and a field; a change to the text
 * that no reading makes valid is never a pack; a file's bad bytes are the same typed error, never an I/O failure.
 * On a failure the seed, the run and the changed pack are printed.
 */
class PolicyPackFuzzAuditTest {

  private static final long SEED = 0x9ACC1204L;

  @TempDir
  Path dir;

  @Test
  void test_mutatedBuiltInPacks_aPackOrATypedErrorNamingThePackAndField() throws IOException {
    Random random = new Random(SEED);
    List<String> problems = new ArrayList<>();
    int runs = 0;
    for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
      SeededMutator mutator = new SeededMutator(ProfileSchemaOracle.read(text(resource)), "");
      for (int i = 0; i < 60; i++, runs++) {
        Mutant mutant = mutator.next(random);
        boolean fromFile = mutant.textual() || random.nextInt(4) == 0;
        Path file = dir.resolve("pack-" + runs + ".json");
        try {
          PolicyPack pack;
          try {
            if (fromFile) {
              Files.write(file, mutant.bytes());
              pack = PolicyPacks.read(file);
            } else {
              pack = PolicyPacks.read(mutant.text(), resource);
            }
          } catch (RuntimeException | StackOverflowError thrown) {
            assertThat(thrown).as("not a typed error: %s", thrown).isInstanceOf(PolicyDataException.class);
            String named = fromFile ? file.toString() : resource;
            assertThat(thrown.getMessage()).as("the pack named").contains(named);
            assertThat(((HuiqiException) thrown).field().isEmpty() || ((HuiqiException) thrown).field()
                .startsWith("/")).as("a JSON Pointer: %s", thrown.getMessage()).isTrue();
            continue;
          }
          assertThat(pack).isNotNull();
          assertThat(mutant.textual()).as("a pack no reading makes valid was read").isFalse();
        } catch (AssertionError failure) {
          if (problems.size() < 3) {
            String text = mutant.text();
            System.out.println("seed " + SEED + " run " + runs + " " + resource + " " + mutant + "\n  pack: "
                + (text.length() > 3000 ? text.substring(0, 3000) + "..." : text));
          }
          problems.add("run " + runs + ": " + resource + " " + mutant + ": "
              + failure.getMessage().lines().findFirst().orElse(""));
        }
      }
    }
    assertThat(problems).as("seed %s: %d of %d packs", SEED, problems.size(), runs).isEmpty();
  }

  //-------------------------------------------------------------------------
  // regressions found by the fuzz (runs 17, 105, ...): a pack file with a byte that is not UTF-8, or cut inside a
  // character, was an UncheckedIOException wrapping a MalformedInputException, as if the disk had failed

  @Test
  void test_packFileWithAByteNotUtf8_isTheTypedErrorNamingTheFileAndTheByte() throws IOException {
    // {"documentId":" is 15 bytes (1 + 1 + 10 + 1 + 1 + 1), so the 0xFF after it is byte 15
    Path file = dir.resolve("host-pack.json");
    Files.write(file, concat("{\"documentId\":\"".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF},
        "\"}".getBytes(StandardCharsets.US_ASCII)));
    PolicyDataException error = readRefused(file);
    assertThat(error.getMessage()).contains(file.toString(), "must be UTF-8 text", "byte 15");
    assertThat(error.value()).isEqualTo("byte 15");
    assertThat(error.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("必须为 UTF-8 文本");
  }

  @Test
  void test_packFileCutInsideACharacter_isTheTypedErrorNamingTheByte() throws IOException {
    // {"a":" is 6 bytes; 深 is E6 B7 B1 in UTF-8, and the file ends after its first two bytes: bad from byte 6
    Path file = dir.resolve("cut-pack.json");
    Files.write(file, concat("{\"a\":\"".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE6, (byte) 0xB7}));
    assertThat(readRefused(file).value()).isEqualTo("byte 6");
  }

  private static PolicyDataException readRefused(Path file) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> PolicyPacks.read(file));
    assertThat(thrown).isInstanceOf(PolicyDataException.class);
    assertThat(((PolicyDataException) thrown).code()).isEqualTo(PolicyDataException.CODE);
    assertThat(thrown.getCause()).isInstanceOf(io.github.huiqi.core.error.InvalidInputException.class);
    assertThat(((HuiqiException) thrown.getCause()).code())
        .isEqualTo(io.github.huiqi.core.error.InvalidInputException.MALFORMED_JSON);
    return (PolicyDataException) thrown;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String text(String resource) {
    try (InputStream in = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
