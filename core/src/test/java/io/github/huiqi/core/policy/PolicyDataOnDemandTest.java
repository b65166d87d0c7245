package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.rates.RateSeriesId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The built-in data reads each pack when a lookup first needs it: one measure by id reads its own document's pack
 * only, and whatever is read, in whatever order and on however many threads, is the data that reading all seven
 * packs at once gives, with the same measure instances.
 */
class PolicyDataOnDemandTest {

  private static PolicyData readAtOnce() {
    List<PolicyPack> packs = new ArrayList<>();
    for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
      packs.add(PolicyPacks.readBuiltIn(resource));
    }
    return PolicyData.of(packs);
  }

  @Test
  void oneMeasureByIdReadsItsOwnDocumentsPackOnly() {
    BuiltInPacks packs = new BuiltInPacks();
    PolicyData data = PolicyData.onDemand(packs);
    assertThat(packs.packsRead()).isZero();

    FirstLoanMeasure firstLoan = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    // sz-gxj-2023-26.first-loan-interest-subsidy is in sz-gxj-2023-26.json, and nothing else was read
    assertThat(packs.packsRead()).isEqualTo(1);
    assertThat(firstLoan).isEqualTo(readAtOnce().getMeasure(FirstLoanMeasure.SHENZHEN_2023));
    assertThat(data.findListing(FirstLoanMeasure.SHENZHEN_2023.id())).isPresent();
    assertThat(data.getDocument(DocumentId.of("sz-gxj-2023-26")).id().value()).isEqualTo("sz-gxj-2023-26");
    assertThat(packs.packsRead()).isEqualTo(1);

    // a measure of another document reads that document's pack too
    assertThat(data.findMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023.id())).isPresent();
    assertThat(packs.packsRead()).isEqualTo(2);
  }

  @Test
  void aLookupThatNeedsEveryPackReadsTheRestAndKeepsTheInstances() {
    BuiltInPacks packs = new BuiltInPacks();
    PolicyData data = PolicyData.onDemand(packs);
    FirstLoanMeasure first = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);

    PolicyData atOnce = readAtOnce();
    assertThat(data.measures()).isEqualTo(atOnce.measures());
    assertThat(packs.packsRead()).isEqualTo(PolicyPacks.BUILT_IN_RESOURCES.size());
    // the measure found first is the very instance the full list holds
    assertThat(data.measures()).anySatisfy(m -> assertThat(m).isSameAs(first));
    assertThat(data.getMeasure(FirstLoanMeasure.SHENZHEN_2023)).isSameAs(first);
    assertThat(data.documents()).isEqualTo(atOnce.documents());
    assertThat(data.getRateSeries(RateSeriesId.LPR_1Y)).isEqualTo(atOnce.getRateSeries(RateSeriesId.LPR_1Y));
    for (Measure measure : atOnce.measures()) {
      assertThat(data.findListing(measure.id())).isEqualTo(atOnce.findListing(measure.id()));
    }
  }

  @Test
  void aRateSeriesOrAnUnknownIdLooksInEveryPack() {
    BuiltInPacks packs = new BuiltInPacks();
    PolicyData data = PolicyData.onDemand(packs);
    assertThat(data.findRateSeries(RateSeriesId.LPR_1Y)).isPresent();
    assertThat(packs.packsRead()).isEqualTo(PolicyPacks.BUILT_IN_RESOURCES.size());

    PolicyData other = PolicyData.onDemand(new BuiltInPacks());
    // the id names a built-in document, but no measure of it: the answer is that of every pack
    assertThatThrownBy(() -> other.getMeasure(MeasureId.of("sz-gxj-2023-26.no-such-measure"), Measure.class))
        .isInstanceOf(UnknownIdentifierException.class)
        .hasMessageContaining("sz-gxj-2023-26.no-such-measure");
    assertThat(other.findMeasure(MeasureId.of("no-such-document.measure"))).isEmpty();
    assertThat(other.findDocument(DocumentId.of("no-such-document"))).isEmpty();
  }

  @Test
  void manyThreadsSeeOneInstanceOfEachMeasure() throws Exception {
    PolicyData data = PolicyData.onDemand(new BuiltInPacks());
    List<MeasureId> ids = readAtOnce().measures().stream().map(Measure::id).toList();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<Measure>>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          List<Measure> found = new ArrayList<>();
          for (int i = 0; i < ids.size(); i++) {
            // each thread starts at another measure, and every fourth thread asks for the whole list first
            if (offset % 4 == 0 && i == 0) {
              data.measures();
            }
            found.add(data.findMeasure(ids.get((i + offset) % ids.size())).orElseThrow());
          }
          return found;
        }));
      }
      for (Future<List<Measure>> future : futures) {
        for (Measure measure : future.get()) {
          assertThat(data.getMeasure(measure.id(), Measure.class)).isSameAs(measure);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
