package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportResult;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import java.io.PrintStream;
import java.util.Locale;

/**
 * An enterprise platform evaluates a Shenzhen technical-renovation project (小升规方案 第十条) from JSON: the grant
 * range, the loan and lease interest subsidy, and their stacked total, returned as JSON.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class RenovationExample {

  /** The platform's request: an intelligent renovation at GB/T 39116 level 4, financed by a loan and a lease. */
  static final String REQUEST = """
      {
        "grant": {
          "category": "INTELLIGENT",
          "maturityLevel": 4,
          "eligibleInvestment": {"amount": 30000000, "currency": "CNY"},
          "totalInvestment": {"amount": 32000000, "currency": "CNY"},
          "fixedAssetInvestment": {"amount": 28000000, "currency": "CNY"},
          "equipmentInvestment": {"amount": 21000000, "currency": "CNY"},
          "eligibleProject": true
        },
        "interest": {
          "eligibleProject": true,
          "subsidyStart": "2023-03-01",
          "payments": [
            {"paymentId": "LOAN-H1", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-03-01",
             "interestUntil": "2023-09-01", "interestPaid": {"amount": 600000, "currency": "CNY"}},
            {"paymentId": "LEASE-H2", "kind": "EQUIPMENT_FINANCE_LEASE", "interestFrom": "2023-09-01",
             "interestUntil": "2024-03-01", "interestPaid": {"amount": 450000, "currency": "CNY"}}
          ]
        }
      }
      """;

  private RenovationExample() {
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
   * @return the explained result, read back from the JSON the platform receives
   */
  public static RenovationSupportResult run(PrintStream out) {
    PolicyData data = PolicyData.builtIn();
    RenovationGrantMeasure grant = data.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
    RenovationInterestMeasure interest = data.getMeasure(
        RenovationInterestMeasure.SHENZHEN_2022);
    String json = RenovationSupportCalculator.DEFAULT.explainMaximumSupportJson(grant, interest, REQUEST);
    out.println(json);
    RenovationSupportResult result = HuiqiJson.read(json, RenovationSupportResult.class);
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(result.explanation().render(Locale.ENGLISH));
    return result;
  }
}
