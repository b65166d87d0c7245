package io.github.huiqi.core.testing;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Seeds for property tests: JUnit 5 parameterized tests over seeded generators, no jqwik.
 * <p>
 * Use as {@code @ParameterizedTest(name = "seed {0}") @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")}
 * and build a {@link Random} from the seed: the failing seed appears in the test's display name, and
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1} replays exactly that case. The defaults give 200 runs
 * from the base seed 20261122, the same on every machine.
 */
public final class PropertyRuns {

  /** The base seed unless {@code huiqi.property.seed} is set. */
  public static final long DEFAULT_BASE_SEED = 20261122L;
  /** The number of runs unless {@code huiqi.property.runs} is set. */
  public static final int DEFAULT_RUNS = 200;

  private PropertyRuns() {
  }

  /**
   * Returns the seeds of the runs: the base seed first, then seeds drawn from it.
   *
   * @return the seeds
   */
  public static LongStream seeds() {
    long base = Long.getLong("huiqi.property.seed", DEFAULT_BASE_SEED);
    int runs = Integer.getInteger("huiqi.property.runs", DEFAULT_RUNS);
    Random random = new Random(base);
    return LongStream.concat(LongStream.of(base), LongStream.generate(random::nextLong).limit(runs - 1L));
  }

  /**
   * Runs a property's check over every seed, a number of cases a seed, and returns the kinds of case it reached, so
   * that a test can assert the generator reaches each of them (a property never reached is vacuous):
   * {@code assertThat(PropertyRuns.casesSeen(20, random -> check(randomRequest(random)))).containsOnly(Case.values())}.
   *
   * @param <T>  the kind of case
   * @param perSeed  the cases drawn from each seed's {@link Random}
   * @param oneCase  draws one case from the random source, checks it and says which kind it was
   * @return the kinds reached, in the order first reached
   */
  public static <T> Set<T> casesSeen(int perSeed, Function<Random, T> oneCase) {
    Set<T> seen = new LinkedHashSet<>();
    seeds().forEach(seed -> {
      Random random = new Random(seed);
      for (int i = 0; i < perSeed; i++) {
        seen.add(oneCase.apply(random));
      }
    });
    return seen;
  }
}
