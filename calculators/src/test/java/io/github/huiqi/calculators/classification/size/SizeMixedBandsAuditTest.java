package io.github.huiqi.calculators.classification.size;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit of 工信部联企业〔2011〕300号 第四条 for firms whose indicators fall in different columns (domain reference §2.14,
 * X persons, Y 营业收入 in 万元): "大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的
 * 一项即可" — the class is the highest column whose every lower bound is met; a firm meeting no small column is micro.
 */
class SizeMixedBandsAuditTest {

  private static final SizeStandard STANDARD = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);

  @ParameterizedTest(name = "{0}: {1} persons, {2} yuan → {3}")
  @CsvSource({
      // 工业 (C3484): large X≥1000 & Y≥40000; medium X≥300 & Y≥2000; small X≥20 & Y≥300
      "C3484, 1000, 400000000.00, LARGE",     // both at the large bounds
      "C3484, 1000, 399999999.99, MEDIUM",    // Y one fen short of large: down one class
      "C3484, 5000, 19999999.99, SMALL",      // X far above large, Y under medium's 2000万: small
      "C3484, 299, 400000000.00, SMALL",      // Y large, X one short of medium: small
      "C3484, 19, 400000000.00, MICRO",       // X < 20: micro, one indicator suffices
      "C3484, 1000, 2999999.99, MICRO",       // Y < 300万: micro
      "C3484, 20, 3000000.00, SMALL",         // both at the small bounds
      // 软件和信息技术服务业 (I6510): large X≥300 & Y≥10000; medium X≥100 & Y≥1000; small X≥10 & Y≥50
      "I6510, 300, 100000000.00, LARGE",
      "I6510, 300, 99999999.99, MEDIUM",
      "I6510, 99, 100000000.00, SMALL",
      "I6510, 10, 499999.99, MICRO",
      "I6510, 9, 100000000.00, MICRO",
      // 批发业 (F5112): large X≥200 & Y≥40000; medium X≥20 & Y≥5000; small X≥5 & Y≥1000
      "F5112, 200, 400000000.00, LARGE",
      "F5112, 199, 400000000.00, MEDIUM",
      "F5112, 500, 49999999.99, SMALL",
      "F5112, 4, 400000000.00, MICRO",
      "F5112, 5, 10000000.00, SMALL",
      // 零售业 (F5211): large X≥300 & Y≥20000; medium X≥50 & Y≥500; small X≥10 & Y≥100
      "F5211, 300, 200000000.00, LARGE",
      "F5211, 300, 4999999.99, SMALL",
      "F5211, 49, 200000000.00, SMALL",
      "F5211, 10, 999999.99, MICRO",
      "F5211, 10, 1000000.00, SMALL"})
  void test_mixedColumns_theHighestColumnWhollyMet(String code, int employees, String revenue,
      EnterpriseSize size) {
    SizeRequest request = SizeRequest.builder().industryCode(code).employees(employees).revenue(Cny.of(revenue))
        .build();
    assertThat(SizeClassifier.DEFAULT.classify(STANDARD, request)).isEqualTo(size);
  }
}
