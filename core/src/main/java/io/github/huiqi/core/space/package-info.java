/**
 * Typed models of space measures, one package per measure family: {@code rent} (policy rent of 创新型产业用房 and the
 * district rent subsidies, with a profile's leases), {@code highrise} (the 工业上楼 average-rent ceiling),
 * {@code purchase} (buying leased state-owned industrial space) and {@code utility} (utility arrears).
 * <p>
 * The matching calculators are in the same family's package under {@code io.github.huiqi.calculators.space}.
 */
package io.github.huiqi.core.space;
