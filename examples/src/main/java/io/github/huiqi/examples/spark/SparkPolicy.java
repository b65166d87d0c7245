package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.examples.platform.SandboxExample;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy data of one JVM, loaded when a task first asks for it and kept for every later task: on a cluster, the
 * built-in packs are read once per executor, not once per partition or per row, and never shipped from the driver.
 * <p>
 * The holder class ({@code BuiltIn}) is initialised by the JVM on first use, so loading is lazy and happens once even
 * when several tasks of one executor start together (the library's own {@code PolicyData.builtIn()} and
 * {@code EntitlementEngine.builtIn()} are such holders too); the engines over changed packs (the sandbox's) are made
 * once per change and kept in a concurrent map. Everything held is immutable and thread-safe. The jobs' functions
 * capture nothing of the policy data, only small values such as a {@link Change} and a date.
 */
public final class SparkPolicy {

  private static final Map<Change, EntitlementEngine> CHANGED = new ConcurrentHashMap<>();

  private SparkPolicy() {
  }

  /**
   * Returns the built-in policy data, loading it on first use in this JVM.
   *
   * @return the built-in data
   */
  public static PolicyData data() {
    return BuiltIn.DATA;
  }

  /**
   * Returns the Shenzhen risk-compensation pool of the built-in data (深工信〔2023〕26号 第5条).
   *
   * @return the measure
   */
  public static RiskPoolMeasure riskPool() {
    return BuiltIn.RISK_POOL;
  }

  /**
   * Returns the Shenzhen first-loan interest subsidy of the built-in data (深工信〔2023〕26号 第5条).
   *
   * @return the measure
   */
  public static FirstLoanMeasure firstLoan() {
    return BuiltIn.FIRST_LOAN;
  }

  /**
   * Returns the engine over the built-in catalogue.
   *
   * @return the engine
   */
  public static EntitlementEngine engine() {
    return BuiltIn.ENGINE;
  }

  /**
   * Returns the engine over the built-in catalogue with a change applied, made once per change in this JVM.
   *
   * @param change  the change
   * @return the engine
   */
  public static EntitlementEngine engine(Change change) {
    return CHANGED.computeIfAbsent(change, c -> EntitlementEngine.of(Catalog.of(c.apply(data()))));
  }

  /**
   * A policy change the sandbox tries, small enough to ship to every task: the Shenzhen risk pool's uplift in
   * percentage points and the first-loan cap per enterprise in yuan (深工信〔2023〕26号 第5条), each as decimal text.
   *
   * @param poolUpliftPoints  the uplift, such as {@code "40"} (the packs say 30)
   * @param firstLoanCapYuan  the cap, such as {@code "300000"} (the packs say 200,000)
   */
  public record Change(String poolUpliftPoints, String firstLoanCapYuan) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Applies the change to policy data.
     *
     * @param data  the data
     * @return the changed data
     */
    public PolicyData apply(PolicyData data) {
      return data.withMeasure(SandboxExample.firstLoanCap(data, firstLoanCapYuan))
          .withMeasure(SandboxExample.poolUplift(data, poolUpliftPoints));
    }
  }

  /** Initialised by the JVM on the first call that needs it, once. */
  private static final class BuiltIn {
    private static final PolicyData DATA = PolicyData.builtIn();
    private static final RiskPoolMeasure RISK_POOL = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  }
}
