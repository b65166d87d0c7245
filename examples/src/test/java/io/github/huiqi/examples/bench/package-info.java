/**
 * JMH benchmarks. They are test sources, run by hand (see each class), never as unit tests and never with timing
 * assertions; report results as ratios to the baseline in the same run.
 */
package io.github.huiqi.examples.bench;
