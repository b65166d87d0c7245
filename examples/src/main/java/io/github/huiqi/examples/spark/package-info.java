/**
 * The loan-book claims and first-loan subsidies, the city screening and the policy sandbox on Apache Spark, beyond
 * one machine: a {@code Dataset} over CSV, NDJSON or Parquet, the library called once per partition
 * ({@code mapPartitions}), the built-in policy data loaded once per executor JVM
 * ({@link io.github.huiqi.examples.spark.SparkPolicy}), amounts carried as {@code long} fen and summed by Spark
 * exactly, so the totals equal the single-machine run's to the fen.
 * <p>
 * Spark is a {@code provided} dependency of the examples module only: {@code spark-submit} (or the cluster) supplies
 * it, and the library's own runtime closure never holds it. {@link io.github.huiqi.examples.spark.SparkExample} is the
 * program to submit.
 */
package io.github.huiqi.examples.spark;
