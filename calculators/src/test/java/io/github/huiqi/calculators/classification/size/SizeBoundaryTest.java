package io.github.huiqi.calculators.classification.size;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lower bound of every column of every industry group of 工信部联企业〔2011〕300号 第四条, exactly met and one
 * unit short (one person; one fen).
 * <p>
 * The table below is written by hand from the domain reference §2.14 (X persons, Y and Z in 万元), not from the pack.
 * For each group, column and indicator: the firm has every indicator of the group exactly at the column's lower bound,
 * so it is in the column ("须同时满足所列指标的下限"); then the one indicator is one unit short, and the firm drops one
 * class ("否则下划一档"), since its other figures still meet the lower column's bounds. One short of a small bound is
 * micro ("微型企业只须满足所列指标中的一项").
 */
class SizeBoundaryTest {

  private static final SizeStandard STANDARD = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);

  /** group code | indicator=large,medium,small | ... (domain reference §2.14; Y and Z in 万元). */
  private static final List<String> TABLE = List.of(
      "A0111 | Y=20000,500,50",                       // 农、林、牧、渔业
      "C3311 | X=1000,300,20 | Y=40000,2000,300",      // 工业
      "E4710 | Y=80000,6000,300 | Z=80000,5000,300",   // 建筑业
      "F5112 | X=200,20,5 | Y=40000,5000,1000",        // 批发业
      "F5211 | X=300,50,10 | Y=20000,500,100",         // 零售业
      "G5430 | X=1000,300,20 | Y=30000,3000,200",      // 交通运输业
      "G5990 | X=200,100,20 | Y=30000,1000,100",       // 仓储业
      "G6010 | X=1000,300,20 | Y=30000,2000,100",      // 邮政业
      "H6110 | X=300,100,10 | Y=10000,2000,100",       // 住宿业
      "H6210 | X=300,100,10 | Y=10000,2000,100",       // 餐饮业
      "I6311 | X=2000,100,10 | Y=100000,1000,100",     // 信息传输业
      "I6510 | X=300,100,10 | Y=10000,1000,50",        // 软件和信息技术服务业
      "K7010 | Y=200000,1000,100 | Z=10000,5000,2000", // 房地产开发经营
      "K7020 | X=1000,300,100 | Y=5000,1000,500",      // 物业管理
      "L7212 | X=300,100,10 | Z=120000,8000,100",      // 租赁和商务服务业
      "M7310 | X=300,100,10");                         // 其他未列明行业

  private static final EnterpriseSize[] COLUMNS = {EnterpriseSize.LARGE, EnterpriseSize.MEDIUM, EnterpriseSize.SMALL,
      EnterpriseSize.MICRO};

  static Stream<Arguments> bounds() {
    List<Arguments> cases = new ArrayList<>();
    for (String row : TABLE) {
      String[] parts = row.split("\\|");
      String code = parts[0].trim();
      Map<Character, String[]> bounds = new LinkedHashMap<>();
      for (int i = 1; i < parts.length; i++) {
        String[] indicator = parts[i].trim().split("=");
        bounds.put(indicator[0].charAt(0), indicator[1].split(","));
      }
      for (int column = 0; column < 3; column++) {
        for (char indicator : bounds.keySet()) {
          cases.add(Arguments.of(code, COLUMNS[column], indicator, bounds, column));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} bound of {2}: met, and one unit short")
  @MethodSource("bounds")
  void test_boundMetAndOneUnitShort(String code, EnterpriseSize size, char indicator,
      Map<Character, String[]> bounds, int column) {
    SizeRequest atBounds = request(code, bounds, column, ' ');
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, atBounds)).isEqualTo(size);
    SizeRequest short1 = request(code, bounds, column, indicator);
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, short1)).isEqualTo(COLUMNS[column + 1]);
    SizeResult explained = SizeClassifier.DEFAULT.explainClassify(STANDARD, short1);
    assertThat(explained.size()).contains(COLUMNS[column + 1]);
    assertThat(explained.decidingBound()).hasValueSatisfying(bound -> {
      assertThat(bound.column()).isEqualTo(size);
      assertThat(bound.indicator().field()).isEqualTo(field(indicator));
    });
  }

  /** Every indicator at the column's bound, the one named one unit short (' ' for none). */
  private static SizeRequest request(String code, Map<Character, String[]> bounds, int column, char shortOne) {
    SizeRequest.Builder builder = SizeRequest.builder().industryCode(code);
    for (Map.Entry<Character, String[]> entry : bounds.entrySet()) {
      BigDecimal value = new BigDecimal(entry.getValue()[column]);
      boolean isShort = entry.getKey() == shortOne;
      switch (entry.getKey()) {
        case 'X':
          builder.employees(value.intValueExact() - (isShort ? 1 : 0));
          break;
        case 'Y':
          builder.revenue(Cny.of(wan(value, isShort)));
          break;
        default:
          builder.totalAssets(Cny.of(wan(value, isShort)));
          break;
      }
    }
    return builder.build();
  }

  /** 万元 to yuan, one fen less when short. */
  private static BigDecimal wan(BigDecimal wan, boolean isShort) {
    BigDecimal yuan = wan.multiply(BigDecimal.valueOf(10_000)).setScale(2);
    return isShort ? yuan.subtract(new BigDecimal("0.01")) : yuan;
  }

  private static String field(char indicator) {
    return indicator == 'X' ? "employees" : indicator == 'Y' ? "revenue" : "totalAssets";
  }
}
