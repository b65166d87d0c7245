/**
 * A test kit for a bank's or a platform's QA team: AssertJ assertions for results ({@link
 * io.github.huiqi.calculators.testkit.HuiqiAssertions}), typical and boundary profiles per measure family ({@link
 * io.github.huiqi.calculators.testkit.QaProfiles}) and a conformance pack, the library's hand-worked cases as JSON
 * vectors, with a runner that checks any implementation given as a function ({@link
 * io.github.huiqi.calculators.testkit.ConformanceRunner}).
 * <pre>
 * // in a bank's own JUnit test, with AssertJ on its test class path
 * MeasureId firstLoan = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
 * MeasureOutcome outcome = Catalog.builtIn().evaluate(firstLoan, QaProfiles.of("first-loan/ninety-days").build(),
 *     LocalDate.of(2023, 6, 30));
 * HuiqiAssertions.assertThat(outcome).isEligible().hasExactAmount("5000.00").citesClause("第5条");
 *
 * // the bank's own system against the policy: no JUnit, no AssertJ needed
 * ConformanceReport report = ConformanceRunner.run(vector -&gt; bankSystem.answer(vector));
 * if (!report.allPassed()) { System.out.println(report.summary()); }
 * </pre>
 * <h2>Why here, and why AssertJ is optional</h2>
 * The kit lives in {@code huiqi-calculators} itself rather than in an artifact of its own, so that its fixtures and
 * vectors always match the calculators of the same version and a bank adds no further coordinate. AssertJ is an
 * <em>optional</em> compile dependency of {@code huiqi-calculators}: it is not in a consumer's runtime closure (which
 * stays Jackson, {@code moneta-core}, {@code money-api} and {@code jakarta.annotation-api}), and a consumer that uses
 * {@link io.github.huiqi.calculators.testkit.HuiqiAssertions} adds {@code org.assertj:assertj-core} to its own test
 * scope. Only the assertion types ({@code HuiqiAssertions}, {@code MeasureOutcomeAssert},
 * {@code EntitlementReportAssert}) need AssertJ; the fixtures, the pack and the runner need neither AssertJ nor JUnit
 * (the runner returns a {@link io.github.huiqi.calculators.testkit.ConformanceReport} rather than failing a test),
 * so they also run in a bank's acceptance job or from its own main.
 */
package io.github.huiqi.calculators.testkit;
