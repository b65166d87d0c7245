package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareResult;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * A Shanghai enterprise platform evaluates, from JSON, what a small high-tech firm's first year as a "四上" enterprise
 * and its digital-service contract are worth under 沪企服办〔2023〕1号 (第二条: 5% of the prior-year R&amp;D input, at most
 * 500,000, one-off; 第八条: up to 30% of the contract amount, for 中小企业 only), with one request for both measures.
 * The request gives the firm's size class (工信部联企业〔2011〕300号): without it 第八条 is undetermined, naming
 * {@code /size}, and a large firm is outside it; 第二条 does not read it.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class ShareExample {

  /** The platform's request: the firm's size, its 高新技术企业 certificate and its grant events, as in its profile. */
  static final String REQUEST = """
      {
        "size": "SMALL",
        "highTech": {"held": true, "since": "2021-12-23", "until": "2024-12-22"},
        "grantEvents": [
          {"eventId": "E-1", "code": "first-four-above", "date": "2023-03-31",
           "amount": {"amount": 8000000, "currency": "CNY"}},
          {"eventId": "C-1", "code": "sh-digital-service-contract", "date": "2023-07-01",
           "amount": {"amount": 800000, "currency": "CNY"}}
        ]
      }
      """;

  private ShareExample() {
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
   * @return the explained results of the 四上 reward and of the contract support, read back from the JSON
   */
  public static List<ShareResult> run(PrintStream out) {
    PolicyData data = PolicyData.builtIn();
    ShareMeasure fourAbove = data.getMeasure(ShareMeasure.SHANGHAI_FOUR_ABOVE_HIGH_TECH_2023);
    ShareMeasure contract = data.getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);
    ShareResult reward = print(out, ShareCalculator.DEFAULT.explainShareJson(fourAbove, REQUEST));
    ShareResult support = print(out, ShareCalculator.DEFAULT.explainShareJson(contract, REQUEST));
    return List.of(reward, support);
  }

  private static ShareResult print(PrintStream out, String json) {
    out.println(json);
    ShareResult result = HuiqiJson.read(json, ShareResult.class);
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(result.explanation().render(Locale.ENGLISH));
    return result;
  }
}
