package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.policy.PolicyPacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixed bad-input battery of {@link JsonSweep} over a host's policy pack read by {@link PolicyPacks#read(String,
 * String)}, from two built-in packs as the valid samples (a measure pack and the reference-rate pack): each bad pack
 * is a typed error naming the place changed (a {@code PolicyDataException} naming the field), or a pack. A value
 * that may be valid on its own but contradicts another part of the pack (an id a listing names, a revenue bound
 * against the other) may be named at that other part.
 */
class PolicyPackBadInputSweepTest {

  @ParameterizedTest
  @ValueSource(strings = {"sz-gxj-2022-small-to-scale.json", "cn-reference-rates.json"})
  void test_battery_typedErrorNamingThePlace_orAPack(String resource) {
    String valid = text(resource);
    JsonEntryPoint entry = new JsonEntryPoint("PolicyPacks.read", valid, json -> {
      PolicyPacks.read(json, resource);
      return "{}";
    });
    assertThat(entry.answer(valid)).isEqualTo("{}");
    List<String> problems = new ArrayList<>();
    List<JsonSweep.Case> cases = new JsonSweep(valid).cases();
    for (JsonSweep.Case sweep : cases) {
      JsonMutation mutation = sweep.mutation();
      String what = resource + ", " + mutation;
      try {
        String result;
        try {
          result = entry.answer(mutation.document());
        } catch (RuntimeException | StackOverflowError ex) {
          try {
            AnswerCheck.checkError(what, mutation, ex);
          } catch (AssertionError elsewhere) {
            // a value that may be valid alone, refused against another part of the pack: a listing naming a measure
            // id changed, a clause naming the pack's document, a revenue bound against the other: named there
            if (mutation.expect() != JsonMutation.Expect.EITHER
                || !elsewhere.getMessage().contains("not the place changed")) {
              throw elsewhere;
            }
          }
          continue;
        }
        AnswerCheck.checkResult(what, mutation, result, "{}");
      } catch (AssertionError failure) {
        problems.add(failure.getMessage().lines().findFirst().orElse(""));
      }
    }
    assertThat(problems).as("%s: %d of %d documents", resource, problems.size(), cases.size()).isEmpty();
  }

  private static String text(String resource) {
    try (InputStream in = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
