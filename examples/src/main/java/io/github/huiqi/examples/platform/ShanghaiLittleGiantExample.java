package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import java.io.PrintStream;

/**
 * A Shanghai enterprise-service platform asks, with one JSON request, what a 浦东 firm newly recognised as a 专精特新
 * "小巨人" in 2023 can claim under 沪企服办〔2023〕1号: its district award (第一条, at least 300,000: a floor), the support
 * for its digital-service contract (第八条, up to 30% of the contract) and the one-off subsidy for its 2023 hires
 * (第十九条, 2,000 for each hire who was registered unemployed for three months or more or is a 2023 Shanghai graduate,
 * on a contract of a year or more with social insurance paid).
 * <p>
 * The platform sends the firm's profile as it keeps it and prints what the engine answers; the Shenzhen measures of
 * the catalogue come back ineligible by region and are left out of the printout.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class ShanghaiLittleGiantExample {

  /** The platform's request: the firm's profile and the evaluation date. */
  static final String REQUEST = """
      {
        "asOf": "2023-12-15",
        "profile": {
          "name": "上海示例精工科技有限公司",
          "registrationRegionCode": "310115",
          "size": "SMALL",
          "specialisedAndInnovative": {"held": true, "since": "2022-09-01", "until": "2025-08-31"},
          "littleGiant": {"held": true, "since": "2023-07-01", "until": "2026-06-30"},
          "grantEvents": [
            {"eventId": "C-1", "code": "sh-digital-service-contract", "date": "2023-07-01",
             "amount": {"amount": 800000, "currency": "CNY"}}
          ],
          "hires": [
            {"hireId": "H-1", "hireDate": "2023-03-01", "registeredUnemployedMonths": 6, "shanghaiGraduate": false,
             "contractEnd": "2025-02-28", "socialInsurancePaid": true},
            {"hireId": "H-2", "hireDate": "2023-07-10", "shanghaiGraduate": true, "graduationYear": 2023,
             "openEndedContract": true, "socialInsurancePaid": true},
            {"hireId": "H-3", "hireDate": "2023-05-01", "registeredUnemployedMonths": 2, "shanghaiGraduate": false,
             "contractEnd": "2024-04-30", "socialInsurancePaid": true}
          ]
        }
      }
      """;

  private ShanghaiLittleGiantExample() {
  }

  /**
   * Runs the example, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out  where to print
   * @return the engine's report, read back from its JSON as the platform would
   */
  public static EntitlementReport run(PrintStream out) {
    String answer = EntitlementEngine.builtIn().evaluateJson(REQUEST);
    EntitlementReport report = HuiqiJson.read(answer, EntitlementReport.class);
    out.println("上海示例精工科技有限公司，测算日 " + report.asOf());
    for (MeasureOutcome outcome : report.outcomes()) {
      if (outcome.verdict() != Verdict.INELIGIBLE && outcome.measure().value().startsWith("sh-")) {
        out.println("  " + outcome.title().zh() + "（" + outcome.clauseLabel() + "）：" + outcome.verdict() + " "
            + outcome.amount());
      }
    }
    out.println("合计可享：" + report.totals().inReach());
    return report;
  }
}
