package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.hardening.JsonMutation.Expect;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fuzz targets' one check of a JSON entry point, for any input bytes: a typed error with a code and both messages
 * in the library's words, or a result with every amount at the fen's scale and no internal error.
 * <p>
 * An input whose first byte is below {@code 0x80} is the document itself, as UTF-8 text (so a saved input such as
 * {@code valid.json} is readable); an input whose first byte is {@code 0x80} or above seeds {@link JsonMutator} with
 * its next eight bytes, so that the fuzzer reaches every trick of the corpus from the entry point's valid sample.
 */
final class JsonFuzzing {

  private static final Map<String, JsonMutator> MUTATORS = new ConcurrentHashMap<>();

  private JsonFuzzing() {
  }

  /**
   * Answers an input at an entry point and checks the answer.
   *
   * @param entryPoint  the entry point's name, as in {@link JsonEntryPoints}
   * @param input  the fuzzer's bytes
   */
  static void check(String entryPoint, byte[] input) {
    JsonEntryPoint entry = JsonEntryPoints.named(entryPoint);
    JsonMutation mutation = document(entry, input);
    String what = entryPoint + ", " + mutation;
    String result;
    try {
      result = entry.answer(mutation.document());
    } catch (RuntimeException ex) {
      AnswerCheck.checkError(what, mutation, ex);
      return;
    }
    AnswerCheck.checkResult(what, mutation, result, "");
  }

  /** The document an input stands for, with no expectation beyond "a typed error or a sound result". */
  static JsonMutation document(JsonEntryPoint entry, byte[] input) {
    if (input.length == 0) {
      return new JsonMutation("valid", "", entry.validJson(), Expect.EITHER);
    }
    if ((input[0] & 0x80) == 0) {
      return new JsonMutation("raw", "", new String(input, StandardCharsets.UTF_8), Expect.EITHER);
    }
    long seed = ByteBuffer.wrap(java.util.Arrays.copyOfRange(input, 1, 9)).getLong();
    JsonMutation mutation = MUTATORS.computeIfAbsent(entry.name(), name -> new JsonMutator(entry.validJson()))
        .next(new Random(seed));
    // any field may be named: a raw document has no one place changed, and the check here is the typed error
    return new JsonMutation(mutation.kind(), "", mutation.document(), Expect.EITHER);
  }
}
