package io.github.huiqi.calculators.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPack;
import io.github.huiqi.core.policy.PolicyPacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Parameter-mutation coverage of the built-in policy packs: every figure of every pack ({@link PackMutants}), nudged,
 * is noticed by a worked case ({@link MutationOracles}): refused by the pack reader, or some vector or engine outcome
 * differs. A figure no case notices is dead (the calculator reads a constant of its own instead of the pack) or
 * unpinned (no test sits where the figure decides); each one left is on {@link #ALLOWLIST} with its reason.
 * <p>
 * The fast default runs the mutants of one place in {@value #FAST_STRIDE} of those not on the allowlist (chosen by
 * position, so the same places every run): a figure newly left unpinned fails it. {@code
 * -Dhuiqi.paramMutation.full=true} runs every place, the allowlisted ones too (so an entry a case has come to notice
 * fails it), and mutates each parameter's validity dates as well, printing what no case notices there without failing
 * on it (a validity date is the span a figure is cited for, read by the engine only through the measure's window,
 * the union of its parameters' validity).
 */
class ParameterMutationCoverageTest {

  private static final boolean FULL = Boolean.getBoolean("huiqi.paramMutation.full");
  private static final int FAST_STRIDE = 2;
  private static final int POPULATION = 40;

  @Test
  void test_everyPackFigure_nudged_isNoticedByAWorkedCase() {
    MutationOracles oracles = new MutationOracles(POPULATION);
    List<PolicyPack> builtIn = PolicyPacks.BUILT_IN_RESOURCES.stream().map(PolicyPacks::readBuiltIn).toList();
    // the oracles are quiet on the unmutated packs, read as a host reads them
    List<PolicyPack> reread = PolicyPacks.BUILT_IN_RESOURCES.stream()
        .map(r -> PolicyPacks.read(PackMutants.text(r), r)).toList();
    assertThat(oracles.difference(PolicyData.of(reread))).isEmpty();

    Map<String, List<String>> unnoticed = new LinkedHashMap<>();
    List<String> run = new ArrayList<>();
    int mutants = 0;
    int refused = 0;
    for (int i = 0; i < builtIn.size(); i++) {
      String resource = PolicyPacks.BUILT_IN_RESOURCES.get(i);
      Map<String, Boolean> places = new LinkedHashMap<>();
      int unlisted = 0;
      for (PackMutants.Mutant mutant : PackMutants.of(resource, PackMutants.text(resource), FULL)) {
        if (!places.containsKey(mutant.place())) {
          boolean listed = ParameterMutationAllowlist.reason(mutant.place()).isPresent();
          places.put(mutant.place(), FULL || !listed && unlisted % FAST_STRIDE == 0);
          unlisted += listed ? 0 : 1;
        }
        if (!places.get(mutant.place())) {
          continue;
        }
        mutants++;
        Optional<String> noticed = notice(oracles, builtIn, i, mutant);
        refused += noticed.filter(how -> how.startsWith("refused")).isPresent() ? 1 : 0;
        if (noticed.isEmpty()) {
          unnoticed.computeIfAbsent(mutant.place(), k -> new ArrayList<>()).add(mutant.change());
        }
      }
      places.forEach((place, ran) -> {
        if (ran) {
          run.add(place);
        }
      });
    }
    List<String> report = new ArrayList<>();
    unnoticed.forEach((place, changes) -> report.add(place + "  " + changes
        + ParameterMutationAllowlist.reason(place).map(reason -> "  [allowlisted: " + reason + "]").orElse("")));
    System.out.printf("parameter mutation: %d places, %d mutants (%d refused by the reader), %d engine cases; %d"
        + " places unnoticed:%n%s%n", run.size(), mutants, refused, oracles.requestCount(), unnoticed.size(),
        String.join("\n", report));
    List<String> offending = report.stream()
        .filter(line -> !line.contains("[allowlisted") && !line.contains("/validity/")).toList();
    assertThat(offending).as("pack figures no worked case notices:%n%s", String.join("\n", offending)).isEmpty();
    // and the allowlist holds nothing a case notices: a place pinned since is taken off
    List<String> stale = run.stream().filter(place -> ParameterMutationAllowlist.reason(place).isPresent())
        .filter(place -> !unnoticed.containsKey(place)).toList();
    assertThat(stale).as("allowlisted places a case now notices").isEmpty();
  }

  @Test
  void test_walker_findsEachKindOfFigure_andNudgesItBothWays() {
    // the walker cannot pass this test by finding nothing: 第5条's 2% and its 200,000 cap, the 2023-Q1 window, a
    // boolean, a rate-series point, and more than 100 value places in that pack (141 now)
    String pack = "sz-gxj-2023-26.json";
    Map<String, List<String>> changes = new LinkedHashMap<>();
    for (PackMutants.Mutant mutant : PackMutants.of(pack, PackMutants.text(pack), false)) {
      changes.computeIfAbsent(mutant.pointer(), k -> new ArrayList<>()).add(mutant.change());
    }
    assertThat(changes).hasSizeGreaterThan(100);
    assertThat(changes.get("/measures/0/annualSubsidyRate/value")).containsExactly("\"2%\" → \"2.2%\"",
        "\"2%\" → \"1%\"");
    assertThat(changes.get("/measures/0/capPerEnterprise/value/amount")).containsExactly("200000 → 220000",
        "200000 → 199999");
    assertThat(changes.get("/measures/0/firstLoanWindow/value/start")).containsExactly(
        "\"2023-01-01\" → \"2023-01-02\"", "\"2023-01-01\" → \"2022-12-01\"");
    assertThat(changes.get("/measures/2/returnRecoveries/value")).containsExactly("true → false");
    assertThat(changes.keySet()).noneMatch(pointer -> pointer.contains("citation") || pointer.endsWith("/code"));
    List<PackMutants.Mutant> rates = PackMutants.of("cn-reference-rates.json",
        PackMutants.text("cn-reference-rates.json"), true);
    assertThat(rates).anyMatch(m -> m.pointer().equals("/rateSeries/0/points/9/rate")
        && m.change().equals("\"3.55%\" → \"3.54%\""));
    // a mutant is the pack with that one value changed: 2% read back as 2.2%
    PackMutants.Mutant rate = PackMutants.of(pack, PackMutants.text(pack), false).stream()
        .filter(m -> m.pointer().equals("/measures/0/annualSubsidyRate/value")).findFirst().orElseThrow();
    FirstLoanMeasure read = (FirstLoanMeasure) PolicyPacks.read(rate.json(), pack).measures().get(0);
    assertThat(read.annualSubsidyRate().value().percent()).isEqualByComparingTo("2.2");
  }

  private static Optional<String> notice(MutationOracles oracles, List<PolicyPack> builtIn, int index,
      PackMutants.Mutant mutant) {
    List<PolicyPack> packs = new ArrayList<>(builtIn);
    PolicyData data;
    try {
      packs.set(index, PolicyPacks.read(mutant.json(), mutant.pack()));
      data = PolicyData.of(packs);
    } catch (PolicyDataException | io.github.huiqi.core.error.InvalidInputException ex) {
      return Optional.of("refused: " + ex.getMessage());
    }
    return oracles.difference(data);
  }
}
