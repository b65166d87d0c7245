package io.github.huiqi.core.grants.award;

/**
 * How the tiers of an award combine when an enterprise earns more than one (such as a provincial 专精特新 and a
 * national 小巨人 recognition): the highest one alone ("就高不重复") or their sum. No source settles it for the built-in
 * measures (decisions register §4.4 item 25); the pack names the default as a library default.
 */
public enum AwardCombination {
  /** The highest tier alone: ranges combine as [max of minimums, max of maximums]. */
  HIGHEST,
  /** Every tier earned: ranges add. */
  SUM
}
