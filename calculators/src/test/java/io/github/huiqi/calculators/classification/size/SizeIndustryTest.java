package io.github.huiqi.calculators.classification.size;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.size.SizeIndustry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GB/T 4754-2017 codes mapped to the groups of 工信部联企业〔2011〕300号, as the 2017 statistical method lists them
 * (domain reference §2.14): section, division, group and class codes.
 */
class SizeIndustryTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "A, AGRICULTURE", "A0511, AGRICULTURE",
      "B, INDUSTRY", "B0610, INDUSTRY", "C, INDUSTRY", "C13, INDUSTRY", "C3484, INDUSTRY", "C43, INDUSTRY",
      "D4411, INDUSTRY",
      "E, CONSTRUCTION", "E50, CONSTRUCTION",
      "F51, WHOLESALE", "F5299, RETAIL",
      "G54, TRANSPORT", "G5810, TRANSPORT", "G5920, WAREHOUSING", "G599, WAREHOUSING", "G60, POSTAL",
      "H61, ACCOMMODATION", "H62, CATERING",
      "I63, INFORMATION_TRANSMISSION", "I64, INFORMATION_TRANSMISSION", "I6510, SOFTWARE_AND_IT_SERVICES",
      "K701, REAL_ESTATE_DEVELOPMENT", "K7020, PROPERTY_MANAGEMENT", "K703, OTHER", "K7090, OTHER",
      "L, LEASING_AND_BUSINESS_SERVICES", "L7111, LEASING_AND_BUSINESS_SERVICES",
      "M, OTHER", "N7610, OTHER", "O80, OTHER", "Q85, OTHER", "R8610, OTHER"})
  void test_code_mapsToItsGroup(String code, SizeIndustry industry) {
    assertThat(SizeIndustry.ofCode(code)).isEqualTo(industry);
  }
}
