/**
 * Tests of the QA kit: the assertions fail when they should, with the fen in the message; the conformance pack passes
 * against huiqi itself, fails a deliberately wrong implementation naming the vector, and each vector traces to the
 * hand-worked library test it was copied from.
 */
package io.github.huiqi.calculators.testkit;
