package io.github.huiqi.core.classification.scale;

import io.github.huiqi.core.policy.LocalizedText;

/**
 * The kinds of "四上" unit (规上 / 限上 / 资质内 / 房地产开发经营) the national statistics bureau keeps in its databases of
 * enterprises above designated size, each with its own entry rule.
 */
public enum ScaleCategory {
  /** 规模以上工业: GB/T 4754-2017 sections B, C, D, by 主营业务收入. */
  INDUSTRY("规模以上工业", "industry above designated size"),
  /** 资质内建筑业: section E, holding a construction qualification (资质). */
  CONSTRUCTION("有资质的建筑业", "qualified construction"),
  /** 限额以上批发业: F51, by 主营业务收入. */
  WHOLESALE("限额以上批发业", "wholesale above the limit"),
  /** 限额以上零售业: F52, by 主营业务收入. */
  RETAIL("限额以上零售业", "retail above the limit"),
  /** 限额以上住宿业: H61, by 主营业务收入. */
  ACCOMMODATION("限额以上住宿业", "accommodation above the limit"),
  /** 限额以上餐饮业: H62, by 主营业务收入. */
  CATERING("限额以上餐饮业", "catering above the limit"),
  /** 规模以上服务业: by 营业收入, with a threshold by sector. */
  SERVICES("规模以上服务业", "services above designated size"),
  /** 房地产开发经营: K701, every unit with development activity (a qualification held). */
  REAL_ESTATE_DEVELOPMENT("房地产开发经营业", "real-estate development");

  private final LocalizedText label;

  ScaleCategory(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * Returns the category's name, such as 规模以上工业.
   *
   * @return the name in Chinese and English
   */
  public LocalizedText label() {
    return label;
  }
}
