/**
 * Quality checks of the test suite itself: parameter-mutation coverage of the built-in policy packs
 * ({@code ParameterMutationCoverageTest}), which nudges each figure of each pack ({@link
 * io.github.huiqi.calculators.qa.PackMutants}) and asks whether any worked case notices ({@link
 * io.github.huiqi.calculators.qa.MutationOracles}): a figure no case notices is either dead (the calculator reads a
 * constant of its own) or unpinned by the tests.
 */
package io.github.huiqi.calculators.qa;
