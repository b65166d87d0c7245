package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table's first line names the size class 工信部联企业〔2011〕300号 gives the firm, which many measures turn on and
 * whose row shows only a verdict; a firm whose class the facts leave undecided gets no class in that line.
 */
class HuiqiCliSizeClassHeaderTest {

  @TempDir
  Path dir;

  @Test
  void sample_headerNamesTheSmallClass_inChineseAndEnglish() {
    // on 2023-06-30 the class is that of the year before, 2022 (SizeOptions.DEFAULTS); the sample gives no 2022
    // figures and states its size SMALL, so the class is the stated one and the line says so
    assertThat(HuiqiCliTest.run().out()).startsWith(
        "惠企政策测算 · 深圳市示例精密制造有限公司 · 规模 小型企业（档案所填规模） · 测算日 2023-06-30\n");
    assertThat(HuiqiCliTest.run("--lang", "en").out()).startsWith(
        "huiqi entitlements · 深圳市示例精密制造有限公司 · size small (as the profile states) · as of 2023-06-30\n");
  }

  @Test
  void figuresGiven_headerNamesTheClassTheyGive() throws IOException {
    // 300号 第四条（二）工业: 300 ≤ 500 persons < 1,000 and 20,000,000 ≤ 100,000,000 of revenue < 400,000,000: 中型
    Path file = CliAuditFiles.writeAsIs(dir, "medium.json", """
        {"registrationRegionCode": "440306", "industryCode": "C3484", "name": "中型甲",
         "years": [{"year": 2022, "employees": 500, "revenue": {"amount": 100000000, "currency": "CNY"}}]}
        """);
    assertThat(HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30").out()).startsWith(
        "惠企政策测算 · 中型甲 · 规模 中型企业（2022年数据） · 测算日 2023-06-30\n");
  }

  @Test
  void classNotDecided_headerWithoutAClass() throws IOException {
    // no size and no figures: the class is undetermined, so the line says nothing of it
    Path file = CliAuditFiles.writeAsIs(dir, "sparse.json", """
        {"registrationRegionCode": "440306", "industryCode": "C3484", "name": "未知乙"}
        """);
    assertThat(HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30").out()).startsWith(
        "惠企政策测算 · 未知乙 · 测算日 2023-06-30\n");
  }
}
