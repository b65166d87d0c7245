/**
 * The hardening issue's audit kept in the project's own tests: every JSON entry point with a valid sample document
 * ({@link io.github.huiqi.calculators.hardening.JsonEntryPoints}), a seeded generator of bad documents made from those
 * samples ({@link io.github.huiqi.calculators.hardening.JsonMutator}), the corpus run over all of them
 * ({@code BadInputCorpusTest}), the bad calls to the Java builders ({@code BuilderNullCorpusTest}), and the Jazzer fuzz
 * targets ({@code JsonEntryPointFuzzTest}, {@code OracleFuzzTest}) whose saved inputs run in CI.
 */
package io.github.huiqi.calculators.hardening;
