package io.github.huiqi.core.tax.rd;

/**
 * Over what the 10% limit on "其他相关费用" is computed in a tax year: each R&amp;D project on its own, or all the
 * year's projects together.
 * <p>
 * The built-in rules: {@link #PER_PROJECT} for the tax years 2016 to 2020 (国家税务总局公告2015年第97号 第二条（三）:
 * 在计算每个项目其他相关费用的限额时…, paraphrase) and {@link #POOLED} from the tax year 2021 (国家税务总局公告2021年第28号
 * 第二条: the limit of all projects computed together, paraphrase).
 */
public enum RdOtherCostsScope {
  /** Each project's other related costs are limited by 10% ÷ 90% of its own five other categories. */
  PER_PROJECT,
  /** The year's other related costs of all projects are limited by 10% ÷ 90% of all their five other categories. */
  POOLED
}
