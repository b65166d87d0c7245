package io.github.huiqi.calculators.classification.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import org.junit.jupiter.api.Test;

/**
 * 装卸搬运 (GB/T 4754-2017 group 591, in division 59 装卸搬运和仓储业) is sized as 交通运输业, not 仓储业: the 2017
 * statistical method (附表 注) reads "交通运输业包括道路运输业，水上运输业，航空运输业，管道运输业，多式联运和运输代理业、
 * 装卸搬运，不包括铁路运输业" and "仓储业包括通用仓储，低温仓储，危险品仓储，谷物、棉花等农产品仓储，中药材仓储和其他仓储业".
 */
class SizeLoadingTest {

  private static final SizeStandard STANDARD = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);

  private static EnterpriseSize size(String code) {
    // 25 employees, 营业收入 150万元
    SizeRequest request = SizeRequest.builder().industryCode(code).employees(25).revenue(Cny.of("1500000")).build();
    return SizeClassifier.DEFAULT.classify(STANDARD, request);
  }

  @Test
  void test_loading_isTransport_warehousingIsNot() {
    assertThat(SizeIndustry.ofCode("G591")).isEqualTo(SizeIndustry.TRANSPORT);
    assertThat(SizeIndustry.ofCode("G5910")).isEqualTo(SizeIndustry.TRANSPORT);
    assertThat(SizeIndustry.ofCode("G5920")).isEqualTo(SizeIndustry.WAREHOUSING);
    assertThat(SizeIndustry.ofCode("G5960")).isEqualTo(SizeIndustry.WAREHOUSING);
    // 300号 第四条（六）交通运输业: small needs X ≥ 20 and Y ≥ 200万元; 150万元 < 200万元: micro (下划一档)
    assertThat(size("G5910")).isEqualTo(EnterpriseSize.MICRO);
    // 第四条（七）仓储业: small needs X ≥ 20 and Y ≥ 100万元; 25 ≥ 20 and 150万元 ≥ 100万元: small
    assertThat(size("G5920")).isEqualTo(EnterpriseSize.SMALL);
  }

  @Test
  void test_divisionAlone_spansTwoGroups_refused() {
    assertThat(SizeIndustry.isTooCoarse("G59")).isTrue();
    assertThatThrownBy(() -> SizeIndustry.ofCode("G59")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("industryCode").hasMessageContaining("G591");
  }
}
