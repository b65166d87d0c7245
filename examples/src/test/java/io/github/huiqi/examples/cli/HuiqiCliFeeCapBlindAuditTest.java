package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind QA audit of the Shenzhen 专精特新 draft's guarantee-fee cap (《深圳市关于促进专精特新企业高质量发展的若干措施》
 * (征求意见稿) 第五条: "鼓励政府性融资担保及再担保机构加大对专精特新企业融资担保支持力度,担保费率不高于国家当期银行贷款基准利率的
 * 二分之一") and the small/micro guarantee-fee subsidy (the 2021 reply letter on proposal 20210370, 二, with the 2017
 * guide: 30% of the fee paid on loans ≤3,000,000 whose fee rate is ≤ 50% of the loan's rate), through the engine's
 * Java API, its JSON entry point and the command line (the table in zh and en, and {@code --json}), with the
 * profiles of {@code feecapaudit/}. Every figure is worked by hand: the PBoC benchmark (≤1y 4.35%, 1–5y 4.75% from
 * 2015-10-24) read on the contract date (decisions register §4.3 item 20), the fee at the cap over whole months ÷ 12
 * plus odd days ÷ 360 (item 21), half-up to the fen (§4.5 item 35), the validity from 2019-08-20 (§4.6 item 86). The
 * draft's outcome says DRAFT and counts in no total; the reply letter's says INFORMATIONAL.
 */
class HuiqiCliFeeCapBlindAuditTest {

  private static final String CAP = "sz-gxj-zjtx-32-draft.guarantee-fee-cap";
  private static final String SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf, String... measures) throws IOException {
    return CliThreePaths.run(dir, "feecapaudit", name, asOf, measures);
  }

  /** The table in one language. */
  private String table(String name, String asOf, String lang, String... measures) throws IOException {
    return CliThreePaths.table(dir, "feecapaudit", name, asOf, lang, measures);
  }

  private static String rowOf(String text, String title) {
    return text.lines().filter(line -> line.startsWith(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + title + " in\n" + text));
  }

  private static JsonNode outcomeJson(JsonNode report, String measure) {
    for (JsonNode outcome : report.at("/outcomes")) {
      if (outcome.at("/measure").asText().equals(measure)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome " + measure);
  }

  @Test
  void test_fourLoans_eachBoundary_draftAndInformational() throws IOException {
    // a Shenzhen (南山区 440305) small firm recognised 专精特新 from 2023-03-01, four guaranteed loans at 4%:
    //   L0 contracted 2019-08-19 (the day before the validity, item 86): outside, adds nothing;
    //   L1 contracted 2023-02-28, the day before its recognition: not a 专精特新企业 on the contract date, nothing;
    //   L2 contracted 2023-03-01 (recognised that day), 2,000,000, 2023-03-01 → 2024-03-01 (≤1y: 4.35% × ½ = 2.175%),
    //      government guarantor proposing 2.5% (above the cap; the ceiling is the cap's): 2,000,000 × 2.175% × 12/12
    //      = 43,500.00;
    //   L3 contracted 2023-04-10, 1,000,000, 2023-04-15 → 2024-04-16 (a year and a day: 1–5y, 4.75% × ½ = 2.375%),
    //      the guarantor not said government or not: 0 – 1,000,000 × 2.375% × (12/12 + 1/360) = 23,815.972… →
    //      23,815.97.
    // The firm qualifies through L2, L3 opens only the amount (register §4.6 item 42): eligible, 43,500.00 –
    // 67,315.97 (43,500.00 + 23,815.97), naming L3's guarantor.
    CliThreePaths.Result result = run("fc-1-four-loans", "2024-06-30", CAP, SUBSIDY);
    MeasureOutcome cap = result.outcome(CAP);
    assertThat(cap.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(cap.amount()).isEqualTo(OutcomeAmount.between(Cny.of("43500.00"), Cny.of("67315.97")));
    assertThat(cap.missingFacts()).containsExactly("/loans/3/guarantee/governmentGuarantor");
    assertThat(cap.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(cap.countedInTotal()).isFalse();
    // the small/micro fee subsidy, as of 2024-06-30: the loans drawn in 2023 (register §2.4): L1 (1,000,000, fee 2% =
    // 50% × 4%, inclusive; 20,000.00 paid): 30% = 6,000.00; L2 (fee 2.5% > 2%): nothing; L3 (1.5% ≤ 2%, 15,000.00
    // paid): 4,500.00; L0 drawn 2019: not of the year. 6,000.00 + 4,500.00 = 10,500.00 ≤ 300,000
    MeasureOutcome subsidy = result.outcome(SUBSIDY);
    assertThat(subsidy.documentStatus()).isEqualTo(DocumentStatus.INFORMATIONAL);
    assertThat(subsidy.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10500.00")));
    // --json: the statuses, and the draft outside the total: in reach 10,500.00 (the subsidy's alone)
    JsonNode capJson = outcomeJson(result.json(), CAP);
    assertThat(capJson.at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(capJson.at("/countedInTotal").asBoolean()).isFalse();
    assertThat(capJson.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("43500.00");
    assertThat(capJson.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("67315.97");
    assertThat(outcomeJson(result.json(), SUBSIDY).at("/documentStatus").asText()).isEqualTo("INFORMATIONAL");
    assertThat(result.json().at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("10500.00");
    assertThat(result.json().at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("10500.00");
    // the tables: the draft's row says 征求意见稿 / draft, its amount marked not counted (*); the reply letter's 参考
    String zh = table("fc-1-four-loans", "2024-06-30", "zh", CAP, SUBSIDY);
    String capZh = rowOf(zh, cap.title().in(java.util.Locale.SIMPLIFIED_CHINESE));
    assertThat(capZh).contains("  征求意见稿  ").contains("43,500.00").contains("67,315.97 *");
    assertThat(rowOf(zh, subsidy.title().in(java.util.Locale.SIMPLIFIED_CHINESE))).contains("  参考  ")
        .contains("10,500.00");
    assertThat(zh).contains("合计可享：10,500.00 元");
    String en = table("fc-1-four-loans", "2024-06-30", "en", CAP, SUBSIDY);
    assertThat(rowOf(en, cap.title().in(java.util.Locale.ENGLISH))).contains("  draft  ").contains("67,315.97 *");
    assertThat(rowOf(en, subsidy.title().in(java.util.Locale.ENGLISH))).contains("  informational  ");
    assertThat(en).contains("Total in reach: 10,500.00 CNY");
  }

  @Test
  void test_recognitionUnknown_contractDateFromDrawdown() throws IOException {
    // a micro firm, the 专精特新 recognition not given; M0 of 500,000 drawn 2019-08-20 (the first day of the
    // validity), no contract date (the drawdown date stands for it, register §4.3 item 20), due 2020-08-20, a
    // government guarantor at 2%: 4.35% × ½ = 2.175%, 500,000 × 2.175% × 12/12 = 10,875.00; the recognition open:
    // undetermined 0 – 10,875.00, naming it
    CliThreePaths.Result result = run("fc-2-recognition-unknown", "2020-06-30", CAP);
    MeasureOutcome cap = result.outcome(CAP);
    assertThat(cap.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(cap.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("10875.00")));
    assertThat(cap.missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(cap.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(outcomeJson(result.json(), CAP).at("/documentStatus").asText()).isEqualTo("DRAFT");
    String en = table("fc-2-recognition-unknown", "2020-06-30", "en", CAP);
    assertThat(rowOf(en, cap.title().in(java.util.Locale.ENGLISH))).contains("  draft  ").contains("10,875.00 *");
    String zh = table("fc-2-recognition-unknown", "2020-06-30", "zh", CAP);
    assertThat(rowOf(zh, cap.title().in(java.util.Locale.SIMPLIFIED_CHINESE))).contains("  征求意见稿  ");
    // the explained outcome says the drawdown date stood for the contract date
    io.github.huiqi.calculators.catalog.engine.EntitlementReport explained = io.github.huiqi.calculators.catalog.engine
        .EntitlementEngine.builtIn().evaluate(io.github.huiqi.calculators.catalog.engine.EntitlementRequest.of(
            io.github.huiqi.core.json.HuiqiJson.read(new String(getClass().getResourceAsStream(
                "feecapaudit/fc-2-recognition-unknown.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                io.github.huiqi.core.enterprise.EnterpriseProfile.class), java.time.LocalDate.of(2020, 6, 30))
            .withMeasures(List.of(io.github.huiqi.core.policy.MeasureId.of(CAP))).withExplain(true));
    assertThat(explained.outcomes().get(0).notes()).extracting(Reason::code).contains("contract-date-from-drawdown",
        "draft");
  }
}
