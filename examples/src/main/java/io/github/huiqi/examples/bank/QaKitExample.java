package io.github.huiqi.examples.bank;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.testkit.ConformanceAnswer;
import io.github.huiqi.calculators.testkit.ConformancePack;
import io.github.huiqi.calculators.testkit.ConformanceReport;
import io.github.huiqi.calculators.testkit.ConformanceRunner;
import io.github.huiqi.calculators.testkit.ConformanceVector;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A bank's QA team runs the conformance pack (the library's hand-worked cases, each with its clause) against the
 * bank's own subsidy service, here a stub that delegates to huiqi, and then against a build of it with a defect: it
 * keeps whole yuan and drops the fen. The report names each vector the defect fails, with the difference.
 * <pre>
 * ConformanceReport report = ConformanceRunner.run(BankSubsidyService.delegatingToHuiqi()::answer);
 * </pre>
 * Needs neither JUnit nor AssertJ; the bank's JUnit suite (see this example's test) adds AssertJ test-scoped and uses
 * {@code HuiqiAssertions} on single outcomes.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class QaKitExample {

  private QaKitExample() {
  }

  /**
   * Runs the example, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the pack against the sound service and the defective one, printing both summaries.
   *
   * @param out  where to print
   * @return the defective service's report
   */
  public static ConformanceReport run(PrintStream out) {
    out.println("conformance pack: " + ConformancePack.builtIn().vectors().size() + " hand-worked vectors");
    ConformanceReport sound = ConformanceRunner.run(BankSubsidyService.delegatingToHuiqi()::answer);
    out.println("bank service: " + sound.summary());
    ConformanceReport defective = ConformanceRunner.run(BankSubsidyService.truncatingToYuan()::answer);
    out.println("bank service, build that drops the fen: " + defective.summary());
    return defective;
  }

  /**
   * A bank's own subsidy service as its QA team sees it: a measure, an enterprise profile and a date in, the bank's
   * own decision out. This stub delegates to huiqi's engine, asked for the one measure (so that a profile giving its
   * figures but not its size is classified first, as the pack expects); a real one may be the bank's existing system.
   * Immutable and thread-safe.
   */
  public static final class BankSubsidyService {

    private final EntitlementEngine engine = EntitlementEngine.builtIn();
    private final boolean dropsTheFen;

    private BankSubsidyService(boolean dropsTheFen) {
      this.dropsTheFen = dropsTheFen;
    }

    /**
     * Returns the sound service.
     *
     * @return the service
     */
    public static BankSubsidyService delegatingToHuiqi() {
      return new BankSubsidyService(false);
    }

    /**
     * Returns a build with a defect: every amount truncated to whole yuan.
     *
     * @return the service
     */
    public static BankSubsidyService truncatingToYuan() {
      return new BankSubsidyService(true);
    }

    /**
     * Assesses one measure for one enterprise, as huiqi computes it.
     *
     * @param measure  the measure
     * @param profile  the enterprise's facts
     * @param asOf  the evaluation date
     * @return huiqi's outcome
     */
    public MeasureOutcome assess(MeasureId measure, EnterpriseProfile profile, LocalDate asOf) {
      return engine.evaluate(EntitlementRequest.of(profile, asOf).withMeasures(List.of(measure)).withExplain(true))
          .outcome(measure).orElseThrow(() -> new IllegalStateException("huiqi could not evaluate " + measure.value()));
    }

    /**
     * Decides one measure the bank's way: verdict, amounts in yuan and the clause, as the bank's ledger keeps them.
     *
     * @param measure  the measure
     * @param profile  the enterprise's facts
     * @param asOf  the evaluation date
     * @return the decision
     */
    public BankDecision decide(MeasureId measure, EnterpriseProfile profile, LocalDate asOf) {
      MeasureOutcome outcome = assess(measure, profile, asOf);
      return new BankDecision(outcome.verdict(), yuan(Cny.yuan(outcome.amount().minimum(), "minimum")),
          outcome.amount().maximum().map(max -> yuan(Cny.yuan(max, "maximum"))), outcome.clauseLabel());
    }

    /**
     * The adapter the QA team writes once: a conformance vector in, the bank's decision as a conformance answer out.
     *
     * @param vector  the vector
     * @return the answer
     */
    public ConformanceAnswer answer(ConformanceVector vector) {
      BankDecision decision = decide(vector.measure(), vector.profile(), vector.asOf());
      return new ConformanceAnswer(decision.verdict(), decision.minimum(), decision.maximum(),
          Optional.of(decision.clause()));
    }

    private BigDecimal yuan(BigDecimal amount) {
      return dropsTheFen ? amount.setScale(0, RoundingMode.DOWN) : amount;
    }
  }

  /**
   * The bank's own record of a decision.
   *
   * @param verdict  the verdict
   * @param minimum  the least amount, yuan
   * @param maximum  the greatest amount, yuan; empty for no upper bound
   * @param clause  the clause applied
   */
  public record BankDecision(Verdict verdict, BigDecimal minimum, Optional<BigDecimal> maximum, String clause) {
  }
}
