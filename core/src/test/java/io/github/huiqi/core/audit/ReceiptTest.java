package io.github.huiqi.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPack;
import io.github.huiqi.core.policy.PolicyPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Receipt}, {@link PackIdentity}, {@link Sha256}, {@link LibraryVersion} and the packs' identities.
 */
class ReceiptTest {

  private static final String A = Sha256.of("a");
  private static final String B = Sha256.of("b");
  private static final PackIdentity RATES = new PackIdentity("cn-reference-rates", "unversioned", A);
  private static final PackIdentity SZ = new PackIdentity("sz-gxj-2023-26", "unversioned", A);
  private static final Receipt RECORDED = new Receipt("0.2.0", LocalDate.of(2023, 6, 30), List.of(RATES, SZ),
      Receipt.CANONICAL_JSON, A, A);

  @Test
  void test_sha256_knownVector() {
    // FIPS 180-2 test vector: SHA-256("abc")
    assertThat(Sha256.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void test_compareWith_sameReceiptMatches() {
    ReplayResult replay = RECORDED.compareWith(RECORDED);
    assertThat(replay.matches()).isTrue();
    assertThat(replay.differences()).isEmpty();
  }

  @Test
  void test_compareWith_namesEveryDifference() {
    Receipt now = new Receipt("0.3.0", LocalDate.of(2023, 6, 30),
        List.of(RATES, new PackIdentity("sz-gxj-2023-26", "unversioned", B),
            new PackIdentity("sh-qfb-2023-1", "unversioned", A)), Receipt.CANONICAL_JSON, A, B);
    ReplayResult replay = RECORDED.compareWith(now);
    assertThat(replay.matches()).isFalse();
    assertThat(replay.differences()).extracting(ReplayResult.Difference::field).containsExactly(
        "libraryVersion", "packs/sz-gxj-2023-26/sha256", "packs/sh-qfb-2023-1", "resultSha256");
    assertThat(replay.differences().get(1).recorded()).isEqualTo(A);
    assertThat(replay.differences().get(1).now()).isEqualTo(B);
  }

  @Test
  void test_aPackNoLongerThereIsNamed() {
    Receipt now = new Receipt("0.2.0", LocalDate.of(2023, 6, 30), List.of(RATES), Receipt.CANONICAL_JSON, A, A);
    assertThat(RECORDED.compareWith(now).differences()).singleElement()
        .satisfies(d -> {
          assertThat(d.field()).isEqualTo("packs/sz-gxj-2023-26");
          assertThat(d.now()).isEqualTo("absent");
        });
  }

  @Test
  void test_badHashIsATypedErrorNamingTheField() {
    assertThatThrownBy(() -> new Receipt("0.2.0", LocalDate.of(2023, 6, 30), List.of(), Receipt.CANONICAL_JSON,
        "ABC", A)).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("inputSha256"));
    assertThatThrownBy(() -> new PackIdentity("x", "1", A.toUpperCase()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("sha256"));
  }

  @Test
  void test_receiptReadsBackWhatItWrites() {
    assertThat(HuiqiJson.read(HuiqiJson.write(RECORDED), Receipt.class)).isEqualTo(RECORDED);
  }

  @Test
  void test_libraryVersionIsTheBuildsVersion() {
    // written into version.properties by resource filtering: never the unfiltered placeholder
    assertThat(LibraryVersion.CURRENT).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?");
  }

  @Test
  void test_packIdentities_theMeasuresPacksAndTheRatePacks() {
    List<PackIdentity> used = PolicyData.builtIn().packIdentities(
        Set.of(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy")));
    assertThat(used).extracting(PackIdentity::document).containsExactly("cn-reference-rates", "sz-gxj-2023-26");
    assertThat(used.get(1).version()).isEqualTo(PolicyPack.UNVERSIONED);
    assertThat(used.get(1).sha256()).isEqualTo(Sha256.of(HuiqiJson.writeCanonical(
        PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"))));
  }

  @Test
  void test_packHash_isOfTheContentNotTheText() {
    PolicyPack pack = PolicyPacks.readBuiltIn("sz-gxj-2023-26.json");
    String canonical = HuiqiJson.writeCanonical(pack);
    // the same content written another way (indented, members in declaration order) hashes the same
    PolicyPack rewritten = PolicyPacks.read(HuiqiJson.write(pack), "rewritten");
    assertThat(Sha256.of(HuiqiJson.writeCanonical(rewritten))).isEqualTo(Sha256.of(canonical));
    // one figure changed (the first-loan cap 200,000 → 300,000) changes it
    String changed = HuiqiJson.write(pack).replaceFirst("\"amount\" : 200000", "\"amount\" : 300000");
    assertThat(changed).isNotEqualTo(HuiqiJson.write(pack));
    assertThat(Sha256.of(HuiqiJson.writeCanonical(PolicyPacks.read(changed, "changed"))))
        .isNotEqualTo(Sha256.of(canonical));
  }

  @Test
  void test_canonicalJson_membersInAlphabeticalOrderCompact() {
    assertThat(HuiqiJson.writeCanonical(new PackIdentity("sz", "1", A)))
        .isEqualTo("{\"document\":\"sz\",\"sha256\":\"" + A + "\",\"version\":\"1\"}");
  }

  @Test
  void test_calculatorReceipt_undatedReadsBack_andNamesMeasureDifferences() {
    MeasureIdentity first = new MeasureIdentity("sz-gxj-2023-26.first-loan-interest-subsidy", "sz-gxj-2023-26", A);
    Receipt calculated = new Receipt("0.2.0", Optional.empty(), List.of(SZ), Receipt.CANONICAL_JSON, A, B,
        Optional.of("financing.first-loan.subsidy"), List.of(first));
    // no date: the member is absent, and the receipt reads back equal
    assertThat(HuiqiJson.write(calculated)).doesNotContain("asOf");
    assertThat(HuiqiJson.read(HuiqiJson.write(calculated), Receipt.class)).isEqualTo(calculated);
    // an engine receipt has neither calculation nor measures in its JSON
    assertThat(HuiqiJson.write(RECORDED)).doesNotContain("calculation").doesNotContain("measures");
    Receipt changed = new Receipt("0.2.0", Optional.empty(), List.of(), Receipt.CANONICAL_JSON, A, B,
        Optional.of("financing.first-loan.subsidy"),
        List.of(new MeasureIdentity(first.measure(), first.document(), B)));
    assertThat(calculated.compareWith(changed).differences()).extracting(ReplayResult.Difference::field)
        .containsExactly("packs/sz-gxj-2023-26", "measures/sz-gxj-2023-26.first-loan-interest-subsidy/sha256");
  }

  @Test
  void test_measureIdentity_isTheHashOfTheMeasure_rememberedForTheDatasOwn() {
    PolicyData data = PolicyData.builtIn();
    Measure measure = data.findMeasure(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy")).orElseThrow();
    MeasureIdentity identity = MeasureIdentity.of(measure);
    assertThat(identity.document()).isEqualTo("sz-gxj-2023-26");
    assertThat(identity.sha256()).isEqualTo(Sha256.of(HuiqiJson.writeCanonical(new Measure[] {measure})));
    assertThat(data.measureIdentity(measure)).isEqualTo(identity).isSameAs(data.measureIdentity(measure));
    // the pack holding it is named only while the measure is the data's own
    assertThat(data.packIdentitiesOf(List.of(measure), List.of())).extracting(PackIdentity::document)
        .containsExactly("sz-gxj-2023-26");
    assertThat(data.packIdentitiesOf(List.of(), List.of(io.github.huiqi.core.rates.RateSeriesId.LPR_1Y)))
        .extracting(PackIdentity::document).containsExactly("cn-reference-rates");
  }
}
