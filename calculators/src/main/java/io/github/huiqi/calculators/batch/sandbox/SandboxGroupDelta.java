package io.github.huiqi.calculators.batch.sandbox;

import io.github.huiqi.core.internal.Args;
import javax.money.MonetaryAmount;

/**
 * The change in fiscal cost for one group of firms (a size class or a district), summed over the fiscal measures.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param group  the group: a size class name ({@code SMALL}), a district code ({@code 440305}) or {@code unknown}
 * @param firms  the firms in the group
 * @param gainers  firms of the group whose amount in reach rose on some measure and fell on none
 * @param losers  firms of the group whose amount in reach fell on some measure and rose on none
 * @param inReachChange  the change in cost in reach, CNY (after − before)
 */
public record SandboxGroupDelta(String group, long firms, long gainers, long losers, MonetaryAmount inReachChange) {

  /**
   * Creates a group's delta.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public SandboxGroupDelta {
    Args.notNull(group, "group");
    Args.notNull(inReachChange, "inReachChange");
  }
}
