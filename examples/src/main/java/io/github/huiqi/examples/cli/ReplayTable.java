package io.github.huiqi.examples.cli;

import io.github.huiqi.core.audit.ReplayResult;
import java.util.Locale;

/**
 * The replay verb's answer as text: whether the receipt still matches, and each difference.
 */
final class ReplayTable {

  private ReplayTable() {
  }

  /**
   * Renders a replay.
   *
   * @param replay  the replay
   * @param locale  zh or en
   * @return the text, ending with a newline
   */
  static String render(ReplayResult replay, Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    StringBuilder text = new StringBuilder();
    if (replay.matches()) {
      text.append(zh ? "回放一致：库版本、政策包、评估日、输入与结果均与回执相同" : "replay matches: the library version, "
          + "policy packs, date, input and result are those of the receipt").append('\n');
    } else {
      text.append(zh ? "回放不一致：" : "replay does not match: ").append(replay.differences().size())
          .append(zh ? " 处不同" : " difference(s)").append('\n');
      for (ReplayResult.Difference difference : replay.differences()) {
        text.append("  ").append(difference.field()).append(zh ? "：回执 " : ": recorded ")
            .append(difference.recorded()).append(zh ? "，现在 " : ", now ").append(difference.now()).append('\n');
      }
    }
    text.append(zh ? "库版本 " : "library version ").append(replay.recomputed().libraryVersion()).append('\n');
    return text.toString();
  }
}
