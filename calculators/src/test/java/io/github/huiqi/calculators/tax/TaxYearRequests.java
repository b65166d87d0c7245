package io.github.huiqi.calculators.tax;

/**
 * Engine requests for one tax year of a Shenzhen manufacturer (宝安区, C3484, not a tech SME, not an IC or
 * machine-tool firm) whose quarters all start and end with the same employees and assets, and whose only R&amp;D cost
 * is personnel: the firm the 小型微利企业 and R&amp;D audits work by hand at the limits.
 */
public final class TaxYearRequests {

  private TaxYearRequests() {
  }

  /**
   * Builds a request's JSON.
   *
   * @param year  the tax year
   * @param incomeBeforeRd  the taxable income before the R&amp;D extra deduction, in yuan
   * @param employees  the employees at the start and end of every quarter
   * @param assets  the total assets at the start and end of every quarter, in yuan
   * @param rdPersonnel  the R&amp;D personnel costs, in yuan (every other R&amp;D cost zero)
   * @param asOf  the evaluation date
   * @param measures  the measures asked
   * @return the JSON text
   */
  public static String firmYear(int year, String incomeBeforeRd, int employees, String assets, String rdPersonnel,
      String asOf, String... measures) {
    StringBuilder quarters = new StringBuilder();
    for (int q = 1; q <= 4; q++) {
      quarters.append(q > 1 ? ", " : "").append("{'quarter': ").append(q).append(", 'employeesAtStart': ")
          .append(employees).append(", 'employeesAtEnd': ").append(employees)
          .append(", 'totalAssetsAtStart': ").append(cny(assets)).append(", 'totalAssetsAtEnd': ").append(cny(assets))
          .append('}');
    }
    String zero = cny("0");
    return ("{'profile': {'registrationRegionCode': '440306', 'industryCode': 'C3484', "
        + "'restrictedOrProhibitedIndustry': false, 'techSme': {'held': false}, 'icOrMachineTool': false, "
        + "'years': [{'year': " + year + ", 'taxableIncomeBeforeRd': " + cny(incomeBeforeRd) + ", "
        + "'quarters': [" + quarters + "], 'rdIntangibles': [], 'rdExpensedCosts': {'personnel': " + cny(rdPersonnel)
        + ", 'directInputs': " + zero + ", 'depreciation': " + zero + ", 'intangibleAmortisation': " + zero
        + ", 'newProductDesign': " + zero + ", 'otherRelated': " + zero + "}}]}, 'asOf': '" + asOf + "', "
        + "'measures': ['" + String.join("', '", measures) + "']}").replace('\'', '"');
  }

  private static String cny(String yuan) {
    return "{'amount': " + yuan + ", 'currency': 'CNY'}";
  }
}
