package io.github.huiqi.calculators.financing.deferral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test of the deferral (深工信〔2023〕26号 第7条) against {@link DeferralOracle}: due dates at 2022-Q4's
 * ends and a day either side, dates asked for at 2023-06-30 and a day either side or none, each borrower kind and
 * each yes/no fact true, false or not given; through the plain and explaining forms, a share through the JSON entry
 * point and, for a firm whose legal form is given, through the engine.
 */
class DeferralOraclePropertyTest {

  private static final long SEED = 2022_12_31L;
  private static final DeferralMeasure MEASURE = PolicyData.builtIn().getMeasure(DeferralMeasure.SHENZHEN_2023);

  @Test
  void test_calculatorAgreesWithTheOracle() {
    Random random = new Random(SEED);
    LocalDate[] anchors = {DeferralOracle.DUE_FIRST, DeferralOracle.DUE_LAST, LocalDate.of(2022, 11, 15)};
    for (int n = 0; n < 3_000; n++) {
      LocalDate due = random.nextBoolean() ? anchors[random.nextInt(3)].plusDays(random.nextInt(3) - 1)
          : LocalDate.of(2022, 8, 1).plusDays(random.nextInt(240));
      LocalDate requested = switch (random.nextInt(4)) {
        case 0 -> null;
        case 1 -> DeferralOracle.LATEST.plusDays(random.nextInt(3) - 1);
        default -> due.plusDays(1 + random.nextInt(400));
      };
      requested = requested == null || requested.isAfter(due) ? requested : due.plusDays(1);
      DeferralBorrowerKind kind = DeferralBorrowerKind.values()[random.nextInt(DeferralBorrowerKind.values().length)];
      Optional<EnterpriseSize> size = random.nextInt(8) == 0 ? Optional.empty()
          : Optional.of(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
      Optional<Boolean> forBusiness = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(5) != 0);
      Optional<Boolean> affected = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(5) != 0);
      DeferralRequest.Builder builder = DeferralRequest.builder().loanId("L1").borrowerKind(kind).dueDate(due);
      size.ifPresent(builder::borrowerSize);
      forBusiness.ifPresent(builder::forBusiness);
      affected.ifPresent(builder::affectedByEpidemic);
      Optional.ofNullable(requested).ifPresent(builder::requestedDeferredDate);
      DeferralRequest request = builder.build();
      boolean enterprise = kind == DeferralBorrowerKind.ENTERPRISE;
      DeferralOracle.Deferral expected = DeferralOracle.decide(due, enterprise,
          size.map(EnterpriseSize::isSmallOrMicro).orElse(null), forBusiness.orElse(null), affected.orElse(null),
          requested);
      String what = "seed " + SEED + " case " + n + ": " + request;

      DeferralResult result = DeferralCalculator.DEFAULT.explainDeferredUntil(MEASURE, request);
      assertThat(result.eligibility().verdict().name()).as(what).isEqualTo(expected.verdict());
      assertThat(result.deferredUntil()).as(what).isEqualTo(Optional.ofNullable(expected.until()));
      assertThat(result.requestCapped()).as(what).isEqualTo(expected.capped());
      assertThat(result.latestDeferredDate()).as(what).isEqualTo(DeferralOracle.LATEST);
      if (!"UNDETERMINED".equals(expected.verdict())) {
        assertThat(DeferralCalculator.DEFAULT.deferredUntil(MEASURE, request)).as(what)
            .isEqualTo(Optional.ofNullable(expected.until()));
      }
      if (n % 10 == 0) {
        DeferralResult viaJson = HuiqiJson.read(DeferralCalculator.DEFAULT.explainDeferredUntilJson(MEASURE,
            HuiqiJson.write(request)), DeferralResult.class);
        assertThat(viaJson.deferredUntil()).as(what).isEqualTo(result.deferredUntil());
        assertThat(viaJson.eligibility().verdict().name()).as(what).isEqualTo(expected.verdict());
      }
      if (n % 30 == 0 && kind != DeferralBorrowerKind.SMALL_MICRO_BUSINESS_OWNER) {
        // the legal form not given: decided as an enterprise's and as an individual business's, ineligible if both
        // are, eligible if both are, otherwise undetermined (DeferralEvaluator)
        boolean formGiven = random.nextInt(3) != 0;
        if (!formGiven) {
          String asEnterprise = DeferralOracle.decide(due, true, size.map(EnterpriseSize::isSmallOrMicro)
              .orElse(null), forBusiness.orElse(null), affected.orElse(null), requested).verdict();
          String asIndividual = DeferralOracle.decide(due, false, size.map(EnterpriseSize::isSmallOrMicro)
              .orElse(null), forBusiness.orElse(null), affected.orElse(null), requested).verdict();
          String either = asEnterprise.equals(asIndividual) && !"UNDETERMINED".equals(asEnterprise) ? asEnterprise
              : "UNDETERMINED";
          expected = new DeferralOracle.Deferral(either, "INELIGIBLE".equals(either) ? null
              : requested == null || requested.isAfter(DeferralOracle.LATEST) ? DeferralOracle.LATEST : requested,
              expected.capped());
        }
        String engineJson = engineRequest(enterprise, size, forBusiness, affected, due, requested);
        JsonNode outcome = EngineJson.firstOutcome(formGiven ? engineJson
            : engineJson.replaceFirst(", \"legalForm\": \"[A-Z_]*\"", ""));
        assertThat(outcome.at("/verdict").asText()).as(what + "\n" + outcome).isEqualTo(expected.verdict());
        if (expected.until() != null) {
          assertThat(outcome.toString()).as(what + "\n" + outcome).contains(expected.until().toString());
        }
      }
    }
  }

  /** One loan due on the date (its maturity, not repaid early), the firm's legal form given. */
  private static String engineRequest(boolean enterprise, Optional<EnterpriseSize> size,
      Optional<Boolean> forBusiness, Optional<Boolean> affected, LocalDate due, LocalDate requested) {
    StringBuilder json = new StringBuilder("{\"profile\": {\"registrationRegionCode\": \"440306\", \"legalForm\": \"")
        .append(enterprise ? "ENTERPRISE" : "INDIVIDUAL_BUSINESS").append('"');
    size.ifPresent(value -> json.append(", \"size\": \"").append(value).append('"'));
    affected.ifPresent(value -> json.append(", \"affectedByEpidemic\": ").append(value));
    json.append(", \"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"2021-06-01\", \"maturityDate\": \"").append(due)
        .append("\", \"annualInterestRate\": \"4%\"");
    forBusiness.ifPresent(value -> json.append(", \"forProductionOrOperation\": ").append(value));
    Optional.ofNullable(requested).ifPresent(date -> json.append(", \"requestedDeferredDate\": \"").append(date)
        .append('"'));
    return json.append("}]}, \"asOf\": \"2023-03-31\", \"measures\": [\"sz-gxj-2023-26.loan-deferral\"]}")
        .toString();
  }
}
