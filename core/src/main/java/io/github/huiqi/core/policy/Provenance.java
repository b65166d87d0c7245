package io.github.huiqi.core.policy;

/**
 * Where a parameter value comes from.
 */
public enum Provenance {
  /** Stated in the source policy text itself (one of the seed documents or a host's own document). */
  SOURCE_TEXT,
  /** Taken from a named external instrument: implementing rules, a national announcement, a PBoC notice. */
  EXTERNAL_INSTRUMENT,
  /** A documented library default, chosen because no source settles the question; a caller may override it. */
  LIBRARY_DEFAULT
}
