package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The report table's status column says "in force" (有效) only for a document in force: a reply letter
 * (INFORMATIONAL, "reports other instruments without enacting them") reads 参考 as in the catalogue, a draft
 * 征求意见稿, a document no longer in force 已失效.
 */
class HuiqiCliStatusColumnTest {

  /** The row of a measure title in the built-in sample's table (Chinese), as of 2023-06-30. */
  private static String row(String out, String title) {
    return out.lines().filter(line -> line.startsWith(title)).findFirst().orElseThrow();
  }

  @Test
  void test_sampleTable_replyLetterMeasure_readsInformationalNotInForce() {
    String out = HuiqiCliTest.run().out();
    // 市工业和信息化局关于对市政协七届一次会议第20210370号提案答复意见的函 二: a reply letter, catalogued as 参考
    String reply = row(out, "小型微型企业银行贷款担保费资助");
    assertThat(reply).contains("参考").doesNotContain("有效");
    // 深工信〔2023〕26号 第5条: in force, window 2023 open on 2023-06-30
    assertThat(row(out, "首贷户贷款贴息")).contains("有效");
    // the 专精特新 draft (征求意见稿) stays a draft
    assertThat(row(out, "专精特新企业担保费率不高于基准利率的二分之一")).contains("征求意见稿");
  }

  @Test
  void test_status_eachDocumentStatusAndWindow() {
    Labels zh = new Labels(Locale.CHINESE);
    Labels en = new Labels(Locale.ENGLISH);
    assertThat(zh.status(DocumentStatus.IN_FORCE, WindowStatus.OPEN)).isEqualTo("有效");
    assertThat(zh.status(DocumentStatus.INFORMATIONAL, WindowStatus.OPEN)).isEqualTo("参考");
    assertThat(en.status(DocumentStatus.INFORMATIONAL, WindowStatus.OPEN)).isEqualTo("informational");
    assertThat(zh.status(DocumentStatus.INFORMATIONAL, WindowStatus.CLOSED)).isEqualTo("已到期");
    assertThat(zh.status(DocumentStatus.EXPIRED, WindowStatus.OPEN)).isEqualTo("已失效");
    assertThat(zh.status(DocumentStatus.DRAFT, WindowStatus.OPEN)).isEqualTo("征求意见稿");
    assertThat(zh.status(DocumentStatus.IN_FORCE, WindowStatus.NOT_YET_OPEN)).isEqualTo("未施行");
  }
}
