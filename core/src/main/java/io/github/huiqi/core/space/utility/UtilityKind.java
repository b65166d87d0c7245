package io.github.huiqi.core.space.utility;

/**
 * A utility supplied to business premises.
 */
public enum UtilityKind {
  /** Water (水). */
  WATER,
  /** Electricity (电). */
  ELECTRICITY,
  /** Gas (气). */
  GAS
}
