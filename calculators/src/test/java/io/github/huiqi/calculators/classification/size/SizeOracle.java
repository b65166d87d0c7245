package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent oracle for the size classes of 工信部联企业〔2011〕300号 (第四条, as tabulated in the domain reference
 * §2.14), written from the standard, not from {@link SizeClassifier}: the lower bounds of the large, medium and small
 * columns by industry group, met inclusively and all together ("大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；
 * 微型企业只须满足所列指标中的一项即可").
 */
final class SizeOracle {

  /** The figures: X 从业人员 (persons), Y 营业收入 and Z 资产总额 (yuan; the standard states 万元). */
  enum Figure { X, Y, Z }

  /** A group's bounds: for each of its figures, the large, medium and small lower bounds (X persons, Y/Z yuan). */
  record Group(String name, Map<Figure, long[]> bounds) {
  }

  private static final long WAN = 10_000L;
  /** The groups of 300号 第四条（一）..（十六）, in its order; the codes are GB/T 4754-2017 examples of each. */
  static final Map<String, Group> BY_CODE = new LinkedHashMap<>();

  static {
    // （一）农、林、牧、渔业: Y ≥ 20000万 large, ≥ 500万 medium, ≥ 50万 small
    put(group("农、林、牧、渔业", Figure.Y, 20000 * WAN, 500 * WAN, 50 * WAN), "A0111", "A0311");
    // （二）工业: X ≥ 1000 and Y ≥ 40000万; X ≥ 300 and Y ≥ 2000万; X ≥ 20 and Y ≥ 300万
    put(group("工业", Figure.X, 1000, 300, 20, Figure.Y, 40000 * WAN, 2000 * WAN, 300 * WAN), "C3311", "B0610",
        "D4411");
    // （三）建筑业: Y ≥ 80000万 and Z ≥ 80000万; Y ≥ 6000万 and Z ≥ 5000万; Y ≥ 300万 and Z ≥ 300万
    put(group("建筑业", Figure.Y, 80000 * WAN, 6000 * WAN, 300 * WAN, Figure.Z, 80000 * WAN, 5000 * WAN, 300 * WAN),
        "E4710");
    // （四）批发业: X ≥ 200 / 20 / 5; Y ≥ 40000万 / 5000万 / 1000万
    put(group("批发业", Figure.X, 200, 20, 5, Figure.Y, 40000 * WAN, 5000 * WAN, 1000 * WAN), "F5111");
    // （五）零售业: X ≥ 300 / 50 / 10; Y ≥ 20000万 / 500万 / 100万
    put(group("零售业", Figure.X, 300, 50, 10, Figure.Y, 20000 * WAN, 500 * WAN, 100 * WAN), "F5211");
    // （六）交通运输业 (不含铁路运输业): X ≥ 1000 / 300 / 20; Y ≥ 30000万 / 3000万 / 200万
    put(group("交通运输业", Figure.X, 1000, 300, 20, Figure.Y, 30000 * WAN, 3000 * WAN, 200 * WAN), "G5411");
    // （七）仓储业: X ≥ 200 / 100 / 20; Y ≥ 30000万 / 1000万 / 100万
    put(group("仓储业", Figure.X, 200, 100, 20, Figure.Y, 30000 * WAN, 1000 * WAN, 100 * WAN), "G5920");
    // （八）邮政业: X ≥ 1000 / 300 / 20; Y ≥ 30000万 / 2000万 / 100万
    put(group("邮政业", Figure.X, 1000, 300, 20, Figure.Y, 30000 * WAN, 2000 * WAN, 100 * WAN), "G6010");
    // （九）住宿业 and （十）餐饮业: X ≥ 300 / 100 / 10; Y ≥ 10000万 / 2000万 / 100万
    put(group("住宿业", Figure.X, 300, 100, 10, Figure.Y, 10000 * WAN, 2000 * WAN, 100 * WAN), "H6110");
    put(group("餐饮业", Figure.X, 300, 100, 10, Figure.Y, 10000 * WAN, 2000 * WAN, 100 * WAN), "H6210");
    // （十一）信息传输业: X ≥ 2000 / 100 / 10; Y ≥ 100000万 / 1000万 / 100万
    put(group("信息传输业", Figure.X, 2000, 100, 10, Figure.Y, 100000 * WAN, 1000 * WAN, 100 * WAN), "I6311");
    // （十二）软件和信息技术服务业: X ≥ 300 / 100 / 10; Y ≥ 10000万 / 1000万 / 50万
    put(group("软件和信息技术服务业", Figure.X, 300, 100, 10, Figure.Y, 10000 * WAN, 1000 * WAN, 50 * WAN), "I6511");
    // （十三）房地产开发经营: Y ≥ 200000万 / 1000万 / 100万; Z ≥ 10000万 / 5000万 / 2000万
    put(group("房地产开发经营", Figure.Y, 200000 * WAN, 1000 * WAN, 100 * WAN, Figure.Z, 10000 * WAN, 5000 * WAN,
        2000 * WAN), "K7010");
    // （十四）物业管理: X ≥ 1000 / 300 / 100; Y ≥ 5000万 / 1000万 / 500万
    put(group("物业管理", Figure.X, 1000, 300, 100, Figure.Y, 5000 * WAN, 1000 * WAN, 500 * WAN), "K7020");
    // （十五）租赁和商务服务业: X ≥ 300 / 100 / 10; Z ≥ 120000万 / 8000万 / 100万
    put(group("租赁和商务服务业", Figure.X, 300, 100, 10, Figure.Z, 120000 * WAN, 8000 * WAN, 100 * WAN), "L7211",
        "L7111");
    // （十六）其他未列明行业: X ≥ 300 / 100 / 10
    put(group("其他未列明行业", Figure.X, 300, 100, 10), "M7320", "N7711", "R8810");
  }

  private SizeOracle() {
  }

  private static Group group(String name, Object... spec) {
    Map<Figure, long[]> bounds = new LinkedHashMap<>();
    for (int i = 0; i < spec.length; i += 4) {
      bounds.put((Figure) spec[i], new long[] {((Number) spec[i + 1]).longValue(),
          ((Number) spec[i + 2]).longValue(), ((Number) spec[i + 3]).longValue()});
    }
    return new Group(name, bounds);
  }

  private static void put(Group group, String... codes) {
    for (String code : codes) {
      BY_CODE.put(code, group);
    }
  }

  /** The class of known figures: the first column from large whose every lower bound is met, else micro. */
  static EnterpriseSize classify(Group group, Map<Figure, BigDecimal> figures) {
    EnterpriseSize[] columns = {EnterpriseSize.LARGE, EnterpriseSize.MEDIUM, EnterpriseSize.SMALL};
    for (int column = 0; column < 3; column++) {
      boolean all = true;
      for (Map.Entry<Figure, long[]> bound : group.bounds().entrySet()) {
        all &= figures.get(bound.getKey()).compareTo(BigDecimal.valueOf(bound.getValue()[column])) >= 0;
      }
      if (all) {
        return columns[column];
      }
    }
    return EnterpriseSize.MICRO;
  }

  /**
   * The classes possible when some of the group's figures are not known (null): every value an unknown figure may
   * take falls between two of its bounds, so trying zero and each bound covers them all.
   */
  static Set<EnterpriseSize> possible(Group group, Map<Figure, BigDecimal> known) {
    Set<EnterpriseSize> classes = EnumSet.noneOf(EnterpriseSize.class);
    List<Map<Figure, BigDecimal>> fillings = new ArrayList<>();
    fillings.add(new LinkedHashMap<>());
    for (Map.Entry<Figure, long[]> bound : group.bounds().entrySet()) {
      Figure figure = bound.getKey();
      List<Map<Figure, BigDecimal>> next = new ArrayList<>();
      for (Map<Figure, BigDecimal> filling : fillings) {
        List<BigDecimal> values = new ArrayList<>();
        if (known.get(figure) != null) {
          values.add(known.get(figure));
        } else {
          values.add(BigDecimal.ZERO);
          for (long b : bound.getValue()) {
            values.add(BigDecimal.valueOf(b));
          }
        }
        for (BigDecimal value : values) {
          Map<Figure, BigDecimal> copy = new LinkedHashMap<>(filling);
          copy.put(figure, value);
          next.add(copy);
        }
      }
      fillings = next;
    }
    for (Map<Figure, BigDecimal> filling : fillings) {
      classes.add(classify(group, filling));
    }
    return classes;
  }
}
