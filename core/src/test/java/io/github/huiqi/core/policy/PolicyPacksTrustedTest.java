package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.TrustedJson;
import io.github.huiqi.core.rates.RateSeriesId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Tests the lean reading of the built-in packs ({@link TrustedJson}, used by {@link PolicyData#builtIn()}) against the
 * careful, hardened reading ({@link PolicyPacks#read(String, String)}): the same packs, measure by measure and to the
 * canonical JSON, so that the fast path cannot drift; and a text the lean reader does not take is read the careful
 * way, with the same typed error.
 */
class PolicyPacksTrustedTest {

  static final List<String> BUILT_IN = PolicyPacks.BUILT_IN_RESOURCES;

  @ParameterizedTest
  @FieldSource("BUILT_IN")
  void test_leanReadEqualsCarefulRead(String resource) throws TrustedJson.Unsupported {
    String json = text(resource);
    // the lean reader must take every built-in pack itself, not hand it to the careful one
    PolicyPack lean = TrustedJson.read(json, PolicyPack.class);
    PolicyPack careful = PolicyPacks.read(json, resource);
    assertThat(lean.measures()).hasSameSizeAs(careful.measures());
    for (int i = 0; i < lean.measures().size(); i++) {
      assertThat(lean.measures().get(i)).as(resource + " measure " + i).isEqualTo(careful.measures().get(i));
    }
    assertThat(lean).isEqualTo(careful);
    // equal to the scale of every decimal: the canonical JSON an audit receipt hashes is the same text
    assertThat(HuiqiJson.writeCanonical(lean)).isEqualTo(HuiqiJson.writeCanonical(careful));
  }

  @Test
  void test_builtInEqualsTheCarefullyReadPacks() {
    List<PolicyPack> careful = new ArrayList<>();
    for (String resource : BUILT_IN) {
      careful.add(PolicyPacks.read(text(resource), resource));
    }
    PolicyData expected = PolicyData.of(careful);
    PolicyData actual = PolicyData.builtIn();
    assertThat(actual.measures()).isEqualTo(expected.measures());
    assertThat(actual.documents()).isEqualTo(expected.documents());
    for (Measure measure : expected.measures()) {
      assertThat(actual.findListing(measure.id())).isEqualTo(expected.findListing(measure.id()));
    }
    assertThat(actual.packIdentities(expected.findMeasure(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"))
        .map(m -> List.of(m.id())).orElseThrow()))
        .isEqualTo(expected.packIdentities(List.of(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"))));
    // every pack, to the SHA-256 of its canonical JSON (every value and the scale of every decimal)
    List<MeasureId> all = new ArrayList<>();
    for (Measure measure : expected.measures()) {
      all.add(measure.id());
    }
    assertThat(actual.packIdentities(all)).isEqualTo(expected.packIdentities(all)).hasSize(BUILT_IN.size());
    for (RateSeriesId id : List.of(RateSeriesId.LPR_1Y, RateSeriesId.LPR_5Y, RateSeriesId.PBOC_BENCHMARK_UP_TO_1Y,
        RateSeriesId.PBOC_BENCHMARK_1Y_TO_5Y, RateSeriesId.PBOC_BENCHMARK_OVER_5Y)) {
      assertThat(actual.findRateSeries(id)).isPresent().isEqualTo(expected.findRateSeries(id));
    }
  }

  /** Each change is one the hardened reader rejects; the lean one must not accept it, and the error is the same. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"schema\": \"huiqi-policy-pack/1\",|\"schema\": \"huiqi-policy-pack/1\", \"extra\": 1,",
      "\"schema\": \"huiqi-policy-pack/1\",|\"schema\": \"huiqi-policy-pack/1\", \"schema\": \"huiqi-policy-pack/1\",",
      "\"issued\": \"2019-08-17\"|\"issued\": \"2019-8-17\"",
      "\"issued\": \"2019-08-17\"|\"issued\": 20190817",
      "\"rate\": \"4.25%\"|\"rate\": 4.25",
      "\"level\": \"NATIONAL\"|\"level\": \"national\"",
      "\"code\": \"100000\"|\"code\": 100000",
      "\"status\": \"IN_FORCE\"|\"status\": null",
      "\"measures\": [],|\"measures\": [{\"type\": \"no-such-kind\"}],",
  })
  void test_whatTheCarefulReaderRejectsFailsTheSameWay(String from, String to) {
    String json = text("cn-reference-rates.json");
    assertThat(json).contains(from);
    String broken = json.replaceFirst(Pattern.quote(from),
        Matcher.quoteReplacement(to));
    PolicyDataException expected = catchThrowableOfType(PolicyDataException.class,
        () -> PolicyPacks.read(broken, "cn-reference-rates.json"));
    assertThat(expected).as("the careful reader rejects " + to).isNotNull();
    assertThatThrownBy(() -> TrustedJson.read(broken, PolicyPack.class)).isInstanceOf(TrustedJson.Unsupported.class);
    assertThatThrownBy(() -> PolicyPacks.readTrusted(broken, "cn-reference-rates.json"))
        .isInstanceOf(PolicyDataException.class)
        .hasMessage(expected.getMessage())
        .extracting(ex -> ((PolicyDataException) ex).field()).isEqualTo(expected.field());
  }

  @Test
  void test_aTextTheLeanReaderDoesNotTakeIsReadCarefully() {
    // an explicit null list is valid for the careful reader (no listings), but not a shape the lean one takes
    String json = text("cn-reference-rates.json")
        .replaceFirst("\"measures\": \\[\\],", "\"measures\": [], \"listings\": null,");
    assertThat(json).contains("\"listings\": null");
    assertThatThrownBy(() -> TrustedJson.read(json, PolicyPack.class)).isInstanceOf(TrustedJson.Unsupported.class);
    PolicyPack read = PolicyPacks.readTrusted(json, "cn-reference-rates.json");
    assertThat(read).isEqualTo(PolicyPacks.read(json, "cn-reference-rates.json"));
    assertThat(read.listings()).isEmpty();
    assertThatThrownBy(() -> TrustedJson.read("[1]", PolicyPack.class)).isInstanceOf(TrustedJson.Unsupported.class);
    assertThatThrownBy(() -> TrustedJson.read("{} {}", PolicyPack.class))
        .isInstanceOf(TrustedJson.Unsupported.class);
  }

  private static String text(String resource) {
    try (InputStream in = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
