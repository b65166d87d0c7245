package io.github.huiqi.calculators;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * The seeds of a property test that a hunt may widen: a system property holding a comma-separated list of seeds
 * (such as {@code -Dhuiqi.engineDrop.seeds=1,2,3}) in place of the committed ones, which CI runs.
 * <pre>{@code
 * static LongStream seeds() {
 *   return HuntSeeds.of("huiqi.engineDrop.seeds", 20261203L, 11L);
 * }
 * }</pre>
 */
public final class HuntSeeds {

  private HuntSeeds() {
  }

  /**
   * Returns the seeds the property gives, else the committed ones.
   *
   * @param property  the system property's name
   * @param committed  the seeds a run without the property uses
   * @return the seeds, in the order given
   * @throws IllegalArgumentException naming the property and the value if an entry is not a whole number
   */
  public static LongStream of(String property, long... committed) {
    String given = System.getProperty(property);
    if (given == null || given.isBlank()) {
      return LongStream.of(committed);
    }
    return Arrays.stream(given.split(",")).map(String::trim).mapToLong(seed -> parse(property, given, seed));
  }

  private static long parse(String property, String given, String seed) {
    try {
      return Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + property + "=" + given + ": \"" + seed
          + "\" is not a seed (a comma-separated list of whole numbers)", e);
    }
  }
}
