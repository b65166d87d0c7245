package io.github.huiqi.core.tax.vat;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.Parameter;

/**
 * A regional exception to a small-scale VAT regime's levy: taxpayers in the region are taxed by another levy.
 * <p>
 * For example Hubei (湖北省, 420000) in 2020-03..2021-03, where 3%-rate sales were exempt while the rest of the
 * country paid 1% (财政部 税务总局公告2020年第13号, extended by 2020年第24号 and 2021年第7号; from 2021-04-01 Hubei too paid 1%).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param region  the region, matched against the taxpayer's administrative division code
 * @param levy  the levy in the region, cited and dated
 */
public record VatRegionalLevy(Jurisdiction region, Parameter<VatLevy> levy) {

  /**
   * Creates a regional levy.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, naming it
   */
  public VatRegionalLevy {
    Args.notNull(region, "region");
    Args.notNull(levy, "levy");
  }
}
