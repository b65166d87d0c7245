/**
 * JMH benchmarks and measuring harnesses. They are test sources, run by hand (see each class), never as unit tests
 * and never with timing assertions; report results as ratios to the baseline in the same run. The one exception,
 * {@code NdjsonBookRunTest}, runs the NDJSON book harness at a small size to prove that it works, asserting its totals,
 * not its time.
 */
package io.github.huiqi.examples.bench;
