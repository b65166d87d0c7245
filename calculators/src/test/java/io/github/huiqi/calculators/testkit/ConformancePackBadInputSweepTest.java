package io.github.huiqi.calculators.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.huiqi.calculators.hardening.JsonSweepAccess;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixed bad-input battery of the hardening sweep over {@link ConformancePack#read}, from the built-in pack's first
 * two vectors as the valid sample: each bad pack is a typed error naming the place changed, or a pack.
 */
class ConformancePackBadInputSweepTest {

  @Test
  void test_battery_typedErrorNamingThePlace_orAPack() throws IOException {
    JsonNode root;
    try (InputStream in = ConformancePack.class.getResourceAsStream(ConformancePack.RESOURCE)) {
      root = HuiqiJson.read(in, JsonNode.class);
    }
    ArrayNode vectors = (ArrayNode) root.get("vectors");
    while (vectors.size() > 2) {
      vectors.remove(vectors.size() - 1);
    }
    String valid = HuiqiJson.write(root, JsonOutput.COMPACT);
    List<String> problems = JsonSweepAccess.sweep(valid, json -> {
      ConformancePack.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
      return "{}";
    });
    assertThat(problems).isEmpty();
  }
}
