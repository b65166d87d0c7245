package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.classification.size.SizeClassifier;
import io.github.huiqi.calculators.classification.size.SizeRequest;
import io.github.huiqi.calculators.classification.size.SizeResult;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.PolicyData;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A Shenzhen manufacturer checks its size class (工信部联企业〔2011〕300号) and its 小升规 reward (小升规方案 第四条) on
 * an enterprise platform: it gives its yearly figures, not its size; the engine classifies it first.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class SizeAndSmallToScaleExample {

  /** The firm's file: no size stated; out of the 规上 database in 2021, in from 2022, still in 2023 and growing. */
  static final String PROFILE = """
      {
        "name": "深圳市示例智能装备有限公司",
        "registrationRegionCode": "440306",
        "industryCode": "C3484",
        "years": [
          {"year": 2021, "aboveScale": false, "employees": 70,
           "revenue": {"amount": 16000000, "currency": "CNY"}},
          {"year": 2022, "aboveScale": true, "employees": 95,
           "revenue": {"amount": 23000000, "currency": "CNY"},
           "totalAssets": {"amount": 30000000, "currency": "CNY"}},
          {"year": 2023, "aboveScale": true, "employees": 110,
           "revenue": {"amount": 26500000, "currency": "CNY"},
           "totalAssets": {"amount": 34000000, "currency": "CNY"}}
        ]
      }
      """;

  /** The evaluation date: the 2023 figures are the prior full year's. */
  static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

  private SizeAndSmallToScaleExample() {
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
   * @return the size classification and the engine's report
   */
  public static Outcome run(PrintStream out) {
    EnterpriseProfile profile = HuiqiJson.read(PROFILE, EnterpriseProfile.class);
    // 1. the size class on the prior full year's figures, explained
    EnterpriseYear last = profile.year(AS_OF.getYear() - 1).orElseThrow();
    SizeStandard standard = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);
    SizeRequest request = SizeRequest.builder().industryCode(profile.industryCode().orElseThrow())
        .employees(last.employees()).revenue(last.revenue()).totalAssets(last.totalAssets()).build();
    SizeResult size = SizeClassifier.DEFAULT.explainClassify(standard, request);
    out.println(size.explanation().render(Locale.SIMPLIFIED_CHINESE));
    // 2. every measure: the engine derives the size from the same figures before it evaluates
    EntitlementReport report = EntitlementEngine.builtIn().explain(profile, AS_OF);
    for (MeasureOutcome outcome : new MeasureOutcome[] {
        report.outcome(SizeStandard.MIIT_2011.id()).orElseThrow(),
        report.outcome(ScaleUpPoolMeasure.SHENZHEN_2022.id()).orElseThrow(),
        report.outcome(ScaleUpRewardMeasure.SHENZHEN_2022.id()).orElseThrow()}) {
      out.println(outcome.title().zh() + "：" + outcome.verdict() + "，" + outcome.amount() + " — "
          + outcome.clauseLabel() + outcome.detail().map(detail -> "（" + detail.zh() + "）").orElse(""));
    }
    return new Outcome(size, report);
  }

  /**
   * What the example returns.
   *
   * @param size  the explained size classification
   * @param report  the engine's report
   */
  public record Outcome(SizeResult size, EntitlementReport report) {
  }
}
