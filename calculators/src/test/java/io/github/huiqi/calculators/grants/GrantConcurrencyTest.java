package io.github.huiqi.calculators.grants;

import static io.github.huiqi.calculators.grants.GrantProfiles.event;
import static io.github.huiqi.calculators.grants.GrantProfiles.held;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The grant calculators are pure: 32 threads evaluating the same Shanghai firm, in both forms, give what one thread
 * gives.
 */
class GrantConcurrencyTest {

  private static final AwardMeasure DISTRICT = GrantProfiles.DATA.getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
  private static final ShareMeasure CONTRACT =
      GrantProfiles.DATA.getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);

  private static String both(EnterpriseProfile firm) {
    return HuiqiJson.write(AwardCalculator.DEFAULT.explainAward(DISTRICT, AwardRequest.from(firm)))
        + AwardCalculator.DEFAULT.award(DISTRICT, AwardRequest.from(firm))
        + HuiqiJson.write(ShareCalculator.DEFAULT.explainShare(CONTRACT, ShareRequest.from(firm)))
        + ShareCalculator.DEFAULT.share(CONTRACT, ShareRequest.from(firm));
  }

  @Test
  void test_threadsGiveWhatOneGives() throws Exception {
    List<EnterpriseProfile> firms = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // a small firm: 第八条 supports 中小企业' contracts
      firms.add(GrantProfiles.shanghai().size(EnterpriseSize.SMALL)
          .specialisedAndInnovative(held("2023-0" + (i + 1) + "-10", null))
          .littleGiant(held("2022-12-3" + (i % 2), null))
          .grantEvents(List.of(event("C-" + i, "sh-digital-service-contract", "2023-07-01", (i + 1) + "00000.5" + i)))
          .build());
    }
    List<String> expected = new ArrayList<>();
    for (EnterpriseProfile firm : firms) {
      expected.add(both(firm));
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            int k = (i + offset) % firms.size();
            if (!both(firms.get(k)).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
