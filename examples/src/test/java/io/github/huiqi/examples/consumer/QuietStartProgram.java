package io.github.huiqi.examples.consumer;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import java.time.LocalDate;

/**
 * A host's first use of the library in a fresh JVM, run by {@link QuietStartTest}: the built-in data, the engine on a
 * small profile, and one line of its own output so the test can tell the program ran.
 */
public final class QuietStartProgram {

  private QuietStartProgram() {
  }

  /**
   * Loads the built-in policy data and evaluates every measure for a small Shenzhen firm.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode("440306").size(EnterpriseSize.SMALL)
        .build();
    int outcomes = EntitlementEngine.builtIn().evaluate(firm, LocalDate.of(2023, 6, 30)).outcomes().size();
    System.out.println("outcomes: " + outcomes);
  }
}
