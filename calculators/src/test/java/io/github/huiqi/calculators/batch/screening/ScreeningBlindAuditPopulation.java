package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.json.HuiqiJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The population of the blind audit of the screening and the sandbox: twelve lines of NDJSON, one enterprise profile
 * (一企一档) a line, as a platform feeds its register, Shenzhen and Shanghai firms mixed, evaluated as of 2023-07-15.
 * <p>
 * Each profile states what it does not hold (no qualifications, empty lists of loans, hires, events and bills, no
 * years), so that every measure not named below is ineligible at 0.00, and then adds the facts of its case:
 * <ol start="0">
 *   <li>SZ-A (南山 440305, SMALL), a first-time borrower: A1 of 5,000,000 drawn 2023-02-10 from a Shenzhen bank at
 *       3.65%, the first drawdown of its first contract, for production.</li>
 *   <li>SZ-B (宝安 440306, MICRO), the same with B1 of 25,000,000 drawn 2023-03-20.</li>
 *   <li>SZ-C (龙岗 440307, MEDIUM), the same with C1 of 2,000,000 drawn 2023-01-15, its use not given.</li>
 *   <li>SH-D (浦东 310115, SMALL): hires H1 (registered unemployed 4 months, hired 2023-03-01 to 2024-02-29), H2
 *       (a Shanghai graduate of 2023, hired 2023-07-01, open-ended), H3 (hired 2022-12-15), H4 (a graduate of 2023,
 *       hired 2023-05-01 to 2023-12-31), each with social insurance paid; D1 of 2,000,000 drawn 2022-11-15 from a
 *       Shanghai bank, maturity 2023-11-15, its first 普惠 loan, guaranteed through the policy fund.</li>
 *   <li>U-E (region not given, SMALL): tax year 2022, 1,000,000 of taxable income before R&amp;D, no R&amp;D, 50
 *       employees and 10,000,000 of assets in each quarter.</li>
 *   <li>U-J (region not given, SMALL), a first-time borrower: J1 of 1,000,000 drawn 2023-03-01 from a Shenzhen bank;
 *       hire J-H1 (registered unemployed 3 months, hired 2023-02-01, open-ended).</li>
 *   <li>SZ-BAD: SZ-A's line with {@code "size":"HUGE"}, a value the profile does not know.</li>
 *   <li>SZ-F (440305, SMALL): a 创客中国 Shenzhen award, second place, 2023-05-20.</li>
 *   <li>SZ-G (440305, SMALL), affected by the epidemic: 10,000 of electricity overdue from 2023-01-01, paid
 *       2023-02-10, at 0.2% a day.</li>
 *   <li>SH-H (徐汇 310104, SMALL): recognised a 专精特新中小企业 on 2023-04-01.</li>
 *   <li>SZ-K (440305, SMALL), a first-time borrower: K1 of 1,000,000 drawn 2023-04-03.</li>
 *   <li>SZ-N (宝安 440306, SMALL), a first-time borrower: N1 of 1,000,000 drawn 2023-03-01, non-performing since
 *       2023-06-01 with 1,500,000 outstanding, above its principal.</li>
 * </ol>
 */
public final class ScreeningBlindAuditPopulation {

  /** The evaluation date. */
  public static final LocalDate AS_OF = LocalDate.of(2023, 7, 15);

  /** The line (from 0) that is not a profile. */
  public static final int BAD_LINE = 6;

  private static final String BASE = """
      {"name":"?","registrationRegionCode":"440305","legalForm":"ENTERPRISE","independentLegalPerson":true,
      "registrationDate":"2015-03-01","industryCode":"C3484","restrictedOrProhibitedIndustry":false,"size":"SMALL",
      "smallScaleTaxpayer":false,"techSme":{"held":false},"specialisedAndInnovative":{"held":false},
      "littleGiant":{"held":false},"highTech":{"held":false},"icOrMachineTool":false,"firstTimeBorrower":false,
      "onSeriousDishonestyList":false,"affectedByEpidemic":false,"years":[],"loans":[],"interestPayments":[],
      "guaranteeFeePayments":[],"insurancePremiumPayments":[],"renovationProjects":[],"grantEvents":[],"hires":[],
      "insuranceDeferrals":[],"leases":[],"housingFundDeferrals":[],"industrialOutputs":[],"arrearsClaims":[],
      "trainingSessions":[],"utilityBills":[]}""";

  private ScreeningBlindAuditPopulation() {
  }

  /**
   * Returns the twelve lines of NDJSON, in population order.
   *
   * @return the lines
   */
  public static List<String> lines() {
    return List.of(
        firm("SZ-A", "\"440305\"", "SMALL", "firstTimeBorrower", "true",
            "loans", "[" + shenzhenLoan("A1", "5000000", "2023-02-10", "2024-02-10", true) + "]"),
        firm("SZ-B", "\"440306\"", "MICRO", "firstTimeBorrower", "true",
            "loans", "[" + shenzhenLoan("B1", "25000000", "2023-03-20", "2024-03-20", true) + "]"),
        firm("SZ-C", "\"440307\"", "MEDIUM", "firstTimeBorrower", "true",
            "loans", "[" + shenzhenLoan("C1", "2000000", "2023-01-15", "2024-01-15", false) + "]"),
        firm("SH-D", "\"310115\"", "SMALL", "hires", """
            [{"hireId":"H1","hireDate":"2023-03-01","registeredUnemployedMonths":4,"shanghaiGraduate":false,
            "openEndedContract":false,"contractEnd":"2024-02-29","socialInsurancePaid":true},
            {"hireId":"H2","hireDate":"2023-07-01","registeredUnemployedMonths":0,"shanghaiGraduate":true,
            "graduationYear":2023,"openEndedContract":true,"socialInsurancePaid":true},
            {"hireId":"H3","hireDate":"2022-12-15","registeredUnemployedMonths":6,"shanghaiGraduate":false,
            "openEndedContract":true,"socialInsurancePaid":true},
            {"hireId":"H4","hireDate":"2023-05-01","registeredUnemployedMonths":0,"shanghaiGraduate":true,
            "graduationYear":2023,"openEndedContract":false,"contractEnd":"2023-12-31","socialInsurancePaid":true}]""",
            "loans", """
            [{"loanId":"D1","principal":{"amount":2000000,"currency":"CNY"},"drawdownDate":"2022-11-15",
            "maturityDate":"2023-11-15","annualInterestRate":"3.65%","lenderRegionCode":"310000",
            "firstInclusiveFinanceLoan":true,"guaranteed":true,"guarantee":{"policyFund":true,
            "governmentGuarantor":true}}]"""),
        firm("U-E", null, "SMALL", "years", """
            [{"year":2022,"revenue":{"amount":20000000,"currency":"CNY"},"employees":50,
            "totalAssets":{"amount":10000000,"currency":"CNY"},"aboveScale":false,
            "taxableIncomeBeforeRd":{"amount":1000000,"currency":"CNY"},"quarters":[""" + quarters() + """
            ],"rdExpensedCosts":{"personnel":{"amount":0,"currency":"CNY"},"directInputs":{"amount":0,"currency":"CNY"},
            "depreciation":{"amount":0,"currency":"CNY"},"intangibleAmortisation":{"amount":0,"currency":"CNY"},
            "newProductDesign":{"amount":0,"currency":"CNY"},"otherRelated":{"amount":0,"currency":"CNY"}},
            "rdIntangibles":[]}]"""),
        firm("U-J", null, "SMALL", "firstTimeBorrower", "true",
            "loans", "[" + shenzhenLoan("J1", "1000000", "2023-03-01", "2024-03-01", true) + "]",
            "hires", """
            [{"hireId":"J-H1","hireDate":"2023-02-01","registeredUnemployedMonths":3,"shanghaiGraduate":false,
            "openEndedContract":true,"socialInsurancePaid":true}]"""),
        firm("SZ-BAD", "\"440305\"", "HUGE", "firstTimeBorrower", "true",
            "loans", "[" + shenzhenLoan("A1", "5000000", "2023-02-10", "2024-02-10", true) + "]"),
        firm("SZ-F", "\"440305\"", "SMALL", "grantEvents", """
            [{"eventId":"MC1","code":"maker-china-shenzhen-award","date":"2023-05-20","rank":2}]"""),
        firm("SZ-G", "\"440305\"", "SMALL", "affectedByEpidemic", "true", "utilityBills", """
            [{"billId":"E1","utility":"ELECTRICITY","arrears":{"amount":10000,"currency":"CNY"},
            "overdueFrom":"2023-01-01","paidDate":"2023-02-10","dailyLateFeeRate":"0.2%"}]"""),
        firm("SH-H", "\"310104\"", "SMALL", "specialisedAndInnovative", """
            {"held":true,"since":"2023-04-01"}"""),
        firm("SZ-K", "\"440305\"", "SMALL", "firstTimeBorrower", "true",
            "loans", "[" + shenzhenLoan("K1", "1000000", "2023-04-03", "2024-04-03", true) + "]"),
        firm("SZ-N", "\"440306\"", "SMALL", "firstTimeBorrower", "true",
            "loans", "[" + shenzhenLoan("N1", "1000000", "2023-03-01", "2024-03-01", true, """
                ,"riskPoolCategory":"GENERAL","nonPerforming":{"since":"2023-06-01",
                "principalOutstanding":{"amount":1500000,"currency":"CNY"}}""") + "]"));
  }

  /**
   * Returns the profiles, each line read alone as a platform reads it; a line that is not a profile is null (no
   * profile).
   *
   * @return the profiles, in line order
   */
  public static List<EnterpriseProfile> profiles() {
    List<EnterpriseProfile> profiles = new ArrayList<>();
    for (String line : lines()) {
      try {
        profiles.add(HuiqiJson.read(line, EnterpriseProfile.class));
      } catch (HuiqiException ex) {
        profiles.add(null);
      }
    }
    return profiles;
  }

  /**
   * Returns the lines as one NDJSON text, a line break after each.
   *
   * @return the text
   */
  public static String ndjson() {
    return lines().stream().map(line -> line + "\n").collect(Collectors.joining());
  }

  /**
   * Returns the twelve lines among seven blank ones, as a register edited by hand reaches a platform: lines 1 and 2
   * blank (empty; two spaces and the {@code \r} a Windows line end leaves when the text is split at {@code \n}
   * only), the first six firms on lines 3 to 8, lines 9 to 11 blank ({@code \r} alone; empty; a space, a tab and a
   * space), the last six on lines 12 to 17, and lines 18 and 19 blank (a space; empty). Each blank line is skipped
   * but counted, so a firm's index is its line's number less one: {@link #indexAmongBlankLines(int)}.
   *
   * @return the nineteen lines, without their line ends
   */
  public static List<String> linesAmongBlankLines() {
    List<String> firms = lines();
    List<String> lines = new ArrayList<>();
    lines.addAll(List.of("", "  \r"));
    lines.addAll(firms.subList(0, 6));
    lines.addAll(List.of("\r", "", " \t "));
    lines.addAll(firms.subList(6, 12));
    lines.addAll(List.of(" ", ""));
    return lines;
  }

  /**
   * Returns the index of a firm among {@link #linesAmongBlankLines()}: its line's number less one, the blank lines
   * before it counted (two before the first six firms, five before the last six).
   *
   * @param firm  the firm's place among the twelve, from 0
   * @return the index
   */
  public static long indexAmongBlankLines(int firm) {
    return firm < 6 ? firm + 2 : firm + 5;
  }

  /** A Shenzhen first loan from a bank of 深圳市 (440300), the first drawdown of the first contract, at 3.65%. */
  private static String shenzhenLoan(String id, String principal, String drawn, String maturity,
      boolean useGiven) {
    return shenzhenLoan(id, principal, drawn, maturity, useGiven, "");
  }

  /** The same loan with further members (raw JSON, each after a comma). */
  private static String shenzhenLoan(String id, String principal, String drawn, String maturity, boolean useGiven,
      String more) {
    return "{\"loanId\":\"" + id + "\",\"principal\":{\"amount\":" + principal + ",\"currency\":\"CNY\"},"
        + "\"drawdownDate\":\"" + drawn + "\",\"maturityDate\":\"" + maturity + "\",\"annualInterestRate\":\"3.65%\","
        + "\"lenderRegionCode\":\"440300\",\"firstDrawdownOfFirstContract\":true,"
        + (useGiven ? "\"forProductionOrOperation\":true," : "")
        + "\"subsidisedUnderAnotherMunicipalScheme\":false,\"guaranteed\":false,\"underOtherRiskCompensation\":false"
        + more.replace("\n", "") + "}";
  }

  private static String quarters() {
    StringBuilder json = new StringBuilder();
    for (int q = 1; q <= 4; q++) {
      json.append(q > 1 ? "," : "").append("{\"quarter\":").append(q).append(",\"employeesAtStart\":50,")
          .append("\"employeesAtEnd\":50,\"totalAssetsAtStart\":{\"amount\":10000000,\"currency\":\"CNY\"},")
          .append("\"totalAssetsAtEnd\":{\"amount\":10000000,\"currency\":\"CNY\"}}");
    }
    return json.toString();
  }

  /**
   * One line: the base profile with the firm's name, region (raw JSON, null to leave it out), size and members,
   * each member given replacing the base's.
   */
  private static String firm(String name, String region, String size, String... members) {
    Map<String, String> fields = new LinkedHashMap<>();
    String base = BASE.replace("\n", "");
    // the base's members, split at the top level
    int depth = 0;
    int start = 1;
    for (int i = 1; i < base.length() - 1; i++) {
      char c = base.charAt(i);
      depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
      if (depth == 0 && c == ',' || i == base.length() - 2) {
        String member = base.substring(start, c == ',' ? i : i + 1);
        int colon = member.indexOf(':');
        fields.put(member.substring(1, colon - 1), member.substring(colon + 1));
        start = i + 1;
      }
    }
    fields.put("name", "\"" + name + "\"");
    if (region == null) {
      fields.remove("registrationRegionCode");
    } else {
      fields.put("registrationRegionCode", region);
    }
    fields.put("size", "\"" + size + "\"");
    for (int i = 0; i < members.length; i += 2) {
      fields.put(members[i], members[i + 1].replace("\n", ""));
    }
    return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }
}
