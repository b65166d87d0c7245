package io.github.huiqi.calculators.catalog.engine;

/**
 * Test fixture shared by the audits of the restated tax reliefs: a 浦东 software firm (I6510; 2022: 60 employees,
 * revenue 8,000,000, assets 10,000,000: small under 工信部联企业〔2011〕300号 第四条（十）), a tech SME, with 2023 taxable
 * income of 1,200,000 before 200,000 of expensed R&amp;D and four quarters of 60 employees and 10,000,000 of assets.
 */
public final class ShanghaiTaxFirm {

  /** The engine request for the firm on 2023-06-30, every measure. */
  public static final String REQUEST = """
      {"asOf": "2023-06-30", "profile": {
        "registrationRegionCode": "310115", "industryCode": "I6510", "smallScaleTaxpayer": false,
        "legalForm": "ENTERPRISE", "independentLegalPerson": true, "restrictedOrProhibitedIndustry": false,
        "icOrMachineTool": false,
        "techSme": {"held": true, "since": "2022-06-01", "until": "2025-05-31"},
        "years": [
          {"year": 2022, "revenue": {"amount": 8000000, "currency": "CNY"}, "employees": 60,
           "totalAssets": {"amount": 10000000, "currency": "CNY"}},
          {"year": 2023, "taxableIncomeBeforeRd": {"amount": 1200000, "currency": "CNY"},
           "quarters": [%s, %s, %s, %s],
           "rdExpensedCosts": {"personnel": {"amount": 200000, "currency": "CNY"},
             "directInputs": {"amount": 0, "currency": "CNY"}, "depreciation": {"amount": 0, "currency": "CNY"},
             "intangibleAmortisation": {"amount": 0, "currency": "CNY"},
             "newProductDesign": {"amount": 0, "currency": "CNY"},
             "otherRelated": {"amount": 0, "currency": "CNY"}},
           "rdIntangibles": [], "vatPeriods": []}]}}
      """.formatted(quarter(1), quarter(2), quarter(3), quarter(4));

  private ShanghaiTaxFirm() {
  }

  /**
   * The same request asking for some measures only.
   *
   * @param measureIds  the measures' ids, each in quotes and separated by commas, as in JSON
   * @return the request
   */
  public static String asking(String measureIds) {
    return REQUEST.replace("{\"asOf\": \"2023-06-30\", ", "{\"asOf\": \"2023-06-30\", \"measures\": [" + measureIds
        + "], ");
  }

  private static String quarter(int quarter) {
    return ("{\"quarter\": %d, \"employeesAtStart\": 60, \"employeesAtEnd\": 60, \"totalAssetsAtStart\": "
        + "{\"amount\": 10000000, \"currency\": \"CNY\"}, \"totalAssetsAtEnd\": {\"amount\": 10000000, "
        + "\"currency\": \"CNY\"}}").formatted(quarter);
  }
}
