package io.github.huiqi.core.testing;

import java.util.Random;
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
}
