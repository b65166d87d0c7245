package io.github.huiqi.core.policy;

/**
 * The level of government that issues a policy.
 */
public enum JurisdictionLevel {
  /** The central government and its ministries (国家). */
  NATIONAL,
  /** A province or provincial-level municipality acting as a province (省级). */
  PROVINCIAL,
  /** A city, including a sub-provincial city such as Shenzhen (市级). */
  CITY,
  /** A district or county (区/县). */
  DISTRICT
}
