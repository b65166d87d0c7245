package io.github.huiqi.calculators.batch.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The typed failures of a screening ({@link ScreeningFirm#failureDetails()}) and the failed counts the tally reads
 * from them ({@link ScreeningMeasureTotals#failed()}), worked by hand over five lines of NDJSON taken from the blind
 * audit's population ({@link ScreeningBlindAuditPopulation}, as of 2023-07-15):
 * <ol start="0">
 *   <li>SZ-A: eligible for the first-loan subsidy, 50,277.78 (as {@code ScreeningBlindAuditTest} works it);</li>
 *   <li>SZ-BAD: SZ-A's line with {@code "size":"HUGE"}, a bad field: not a profile;</li>
 *   <li>{@code this line is not JSON}: not a profile;</li>
 *   <li>SZ-N: its risk pool fails (1,500,000 outstanding of a 1,000,000 loan, at
 *       {@code /loans/0/nonPerforming/principalOutstanding}), its first-loan subsidy eligible, 10,222.22;</li>
 *   <li>SZ-K: ineligible for the first-loan subsidy (as the blind audit has it), no failure.</li>
 * </ol>
 */
class ScreeningFailureCountsTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final MeasureId FIRST_LOAN = ScreeningBlindAuditTest.FIRST_LOAN;
  private static final MeasureId POOL = ScreeningBlindAuditTest.POOL;
  private static final String NOT_JSON = "this line is not JSON";

  /** The five lines: SZ-A, SZ-BAD, the line that is not JSON, SZ-N, SZ-K. */
  static List<String> lines() {
    List<String> blind = ScreeningBlindAuditPopulation.lines();
    return List.of(blind.get(0), blind.get(ScreeningBlindAuditPopulation.BAD_LINE), NOT_JSON, blind.get(11),
        blind.get(10));
  }

  @Test
  void eachFailure_typed_besideItsText() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningRun.screenJson(ENGINE, lines().iterator(), ScreeningBlindAuditPopulation.AS_OF, firms::add);
    assertThat(firms).hasSize(5);
    assertThat(firms.get(0).failureDetails()).isEmpty();
    assertThat(firms.get(4).failureDetails()).isEmpty();
    // SZ-BAD: the whole profile, at /size, the value the line gave
    ScreeningFailure bad = firms.get(1).failureDetails().get(0);
    assertThat(firms.get(1).failures()).containsExactly("profile: input.unknown-value at /size");
    assertThat(bad.wholeProfile()).isTrue();
    assertThat(bad.measure()).isEmpty();
    assertThat(bad.who()).isEqualTo("profile");
    assertThat(List.of(bad.code(), bad.field(), bad.value())).containsExactly("input.unknown-value", "/size", "HUGE");
    assertThat(bad.message()).contains("/size").contains("HUGE");
    // the line that is not JSON: the whole profile, the line as a whole (/)
    ScreeningFailure cut = firms.get(2).failureDetails().get(0);
    assertThat(firms.get(2).failures()).containsExactly("profile: input.malformed-json at /");
    assertThat(cut.wholeProfile()).isTrue();
    assertThat(List.of(cut.code(), cut.field())).containsExactly("input.malformed-json", "/");
    assertThat(cut.message()).isNotBlank();
    // SZ-N: the risk pool alone, the outstanding principal that breaks it
    ScreeningFailure pool = firms.get(3).failureDetails().get(0);
    assertThat(firms.get(3).failureDetails()).hasSize(1);
    assertThat(firms.get(3).failures()).containsExactly(POOL.value()
        + ": input.conflict at /loans/0/nonPerforming/principalOutstanding");
    assertThat(pool.measure()).contains(POOL);
    assertThat(pool.wholeProfile()).isFalse();
    assertThat(List.of(pool.code(), pool.field())).containsExactly("input.conflict",
        "/loans/0/nonPerforming/principalOutstanding");
    assertThat(pool.value()).contains("1500000");
    assertThat(pool.message()).isNotBlank();
  }

  @Test
  void ndjsonLine_keepsItsTexts_andAddsTheTypedFailures() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningRun.screenJson(ENGINE, lines().iterator(), ScreeningBlindAuditPopulation.AS_OF, firms::add);
    JsonNode bad = HuiqiJson.read(firms.get(1).toJson(), JsonNode.class);
    assertThat(bad.path("failures").get(0).asText()).isEqualTo("profile: input.unknown-value at /size");
    JsonNode typed = bad.path("failureDetails").get(0);
    // the whole profile: no "measure" member
    assertThat(typed.has("measure")).isFalse();
    assertThat(typed.path("code").asText()).isEqualTo("input.unknown-value");
    assertThat(typed.path("field").asText()).isEqualTo("/size");
    assertThat(typed.path("value").asText()).isEqualTo("HUGE");
    assertThat(typed.path("message").asText()).isNotBlank();
    JsonNode n = HuiqiJson.read(firms.get(3).toJson(), JsonNode.class).path("failureDetails").get(0);
    assertThat(n.path("measure").asText()).isEqualTo(POOL.value());
    assertThat(n.path("field").asText()).isEqualTo("/loans/0/nonPerforming/principalOutstanding");
    // a firm with no failure: both lists empty
    JsonNode a = HuiqiJson.read(firms.get(0).toJson(), JsonNode.class);
    assertThat(a.path("failures").size()).isZero();
    assertThat(a.path("failureDetails").size()).isZero();
  }

  @Test
  void failedPerMeasure_byHand_onOneThreadAndTwo() {
    for (int threads : new int[] {1, 2}) {
      ScreeningTotals totals = ScreeningRun.screenJson(ENGINE, lines().iterator(), ScreeningBlindAuditPopulation.AS_OF,
          firm -> { }, threads);
      String what = threads + " thread(s)";
      // five firms; three with a failure: SZ-BAD, the line that is not JSON, SZ-N
      assertThat(totals.firms()).as(what).isEqualTo(5);
      assertThat(totals.failedFirms()).as(what).isEqualTo(3);
      // 第5条: eligible SZ-A and SZ-N, ineligible SZ-K; failed the two lines that are no profile.
      // certain 50,277.78 + 10,222.22 = 60,500.00
      ScreeningMeasureTotals firstLoan = totals.measure(FIRST_LOAN).orElseThrow();
      assertThat(List.of(firstLoan.eligible(), firstLoan.undetermined(), firstLoan.ineligible(), firstLoan.failed()))
          .as(what).containsExactly(2L, 0L, 1L, 2L);
      assertThat(firstLoan.certain()).isEqualTo(Cny.of("60500.00"));
      // the risk pool: SZ-A and SZ-K ineligible (no loan of theirs is non-performing); failed SZ-N and the two lines
      ScreeningMeasureTotals pool = totals.measure(POOL).orElseThrow();
      assertThat(List.of(pool.eligible(), pool.undetermined(), pool.ineligible(), pool.failed()))
          .as(what).containsExactly(0L, 0L, 2L, 3L);
      // every other measure: the two lines that are no profile failed, the three profiles in a verdict
      assertThat(totals.measures()).as(what).hasSizeGreaterThan(2).allSatisfy(m -> {
        assertThat(m.failed()).as(m.measure().value()).isEqualTo(m.measure().equals(POOL) ? 3 : 2);
        assertThat(m.eligible() + m.undetermined() + m.ineligible() + m.failed()).as(m.measure().value())
            .isEqualTo(5);
      });
    }
  }

  @Test
  void tally_readsTheTypedFailures_notTheTexts() {
    ScreeningOutcome poolIneligible = new ScreeningOutcome(POOL, AmountKind.PAYMENT_TO_LENDER, Verdict.INELIGIBLE,
        Cny.ZERO, Optional.of(Cny.ZERO), List.of());
    // a text a platform may word as it likes; the typed failure says it is the first-loan subsidy's
    ScreeningFirm odd = new ScreeningFirm(0, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(poolIneligible), List.of("first loan: could not be evaluated"),
        List.of(new ScreeningFailure(Optional.of(FIRST_LOAN), "input.invalid", "/loans/0", "x", "bad")));
    ScreeningFirm notProfile = new ScreeningFirm(1, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        List.of("profile: input.malformed-json at /"),
        List.of(new ScreeningFailure(Optional.empty(), "input.malformed-json", "/", "", "not JSON")));
    ScreeningTally tally = new ScreeningTally().add(odd).add(notProfile);
    // the pool: reported (one outcome); failed only the firm that is not a profile
    assertThat(tally.totals().measure(POOL).orElseThrow().failed()).isEqualTo(1);
    // the first-loan subsidy: not reported (no outcome), its failures counted all the same: odd, and notProfile
    assertThat(tally.totals().measure(FIRST_LOAN)).isEmpty();
    assertThat(tally.failed(FIRST_LOAN)).isEqualTo(2);
    assertThat(tally.failed(MeasureId.of("no.such-measure"))).isEqualTo(1);
  }

  @Test
  void firm_typedFailuresAsManyAsTexts_andTheSixArgumentForm_readsTheTexts() {
    assertThatThrownBy(() -> new ScreeningFirm(0, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        List.of("profile: input.required"), List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field())
            .isEqualTo("failureDetails"));
    ScreeningFirm fromTexts = new ScreeningFirm(0, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        List.of("profile: input.required", POOL.value() + ": input.conflict at /loans/0/nonPerforming"));
    assertThat(fromTexts.failureDetails()).containsExactly(
        new ScreeningFailure(Optional.empty(), "input.required", "", "", ""),
        new ScreeningFailure(Optional.of(POOL), "input.conflict", "/loans/0/nonPerforming", "", ""));
    assertThatThrownBy(() -> ScreeningFailure.parse("no colon here")).isInstanceOf(InvalidInputException.class);
  }
}
