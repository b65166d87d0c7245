package io.github.huiqi.calculators.financing.stacking;

/**
 * The firm of the tests that set the renovation interest subsidy (小升规方案 第十条) against the first-loan and
 * tech-SME subsidies (深工信〔2023〕26号 第5条 and 第13条): a 深圳市宝安区 (440306) enterprise making C3484 goods, small
 * on its 2022 figures (revenue 15,000,000, 80 employees, assets 20,000,000; not above scale), an independent legal
 * person registered 2016-05-01, outside the restricted industries and the dishonesty list, enrolled as a 科技型中小企业
 * from 2022-01-01 to 2025-12-31 with nothing yet received from the programme. Each test adds its first-time borrowing,
 * loans, payments and renovation projects.
 */
final class RenovationStackingFirm {

  /** The firm's facts as the first members of a profile's JSON object, ending with a comma. */
  static final String FACTS = """
      "registrationRegionCode": "440306", "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
      "legalForm": "ENTERPRISE", "independentLegalPerson": true,
      "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
      "techSme": {"held": true, "since": "2022-01-01", "until": "2025-12-31"}, "onSeriousDishonestyList": false,
      "years": [{"year": 2022, "revenue": {"amount": 15000000, "currency": "CNY"}, "employees": 80,
         "totalAssets": {"amount": 20000000, "currency": "CNY"}, "aboveScale": false}],
      """;

  private RenovationStackingFirm() {
  }
}
