/**
 * The one list of measure kinds (JSON type names to model classes). The calculators module's
 * {@code io.github.huiqi.calculators.catalog} pairs each kind with its evaluator.
 */
package io.github.huiqi.core.catalog;
