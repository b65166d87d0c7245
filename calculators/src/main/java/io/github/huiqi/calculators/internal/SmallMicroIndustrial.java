package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.Optional;

/**
 * The 小升规 plan's population, 小型微型工业企业: an industrial firm (工业: GB/T 4754-2017 sections B 采矿业, C 制造业,
 * D 电力、热力、燃气及水生产和供应业) of small or micro size under 工信部联企业〔2011〕300号. Its two conditions are read by
 * the cultivation pool (第四条), the 小升规 reward (its industry) and the plan's guarantee-fee support (第十四条,
 * decisions register §1.3 item 001-14), each citing its own clause; the missing facts are {@code /industryCode} and
 * {@code /size}, under the profile's names.
 * <p>
 * Not part of the public API. This class is immutable and thread-safe.
 */
public final class SmallMicroIndustrial {

  private SmallMicroIndustrial() {
  }

  /**
   * Tells whether an industry code is 工业 under GB/T 4754-2017: sections B, C and D.
   *
   * @param industryCode  a valid GB/T 4754-2017 code, such as {@code C3484}
   * @return true if in section B, C or D
   */
  public static boolean isIndustrial(String industryCode) {
    char section = industryCode.charAt(0);
    return section == 'B' || section == 'C' || section == 'D';
  }

  /**
   * The condition that the firm is industrial, reason code {@code industrial-enterprise}.
   *
   * @param industryCode  the firm's GB/T 4754-2017 code, if known
   * @param citation  the clause that asks for it
   * @return the condition, naming {@code /industryCode} when the code is not known
   */
  public static TracedCondition industrial(Optional<String> industryCode, Citation citation) {
    return TracedCondition.of(industryCode, SmallMicroIndustrial::isIndustrial, "/industryCode",
        "industrial-enterprise", () -> LocalizedText.of("工业企业（GB/T 4754-2017 门类 B、C、D）",
            "an industrial enterprise (GB/T 4754-2017 sections B, C, D)"), citation);
  }

  /**
   * The condition that the firm is small or micro, reason code {@code small-or-micro}.
   *
   * @param size  the firm's size class, if known
   * @param citation  the clause that asks for it
   * @return the condition, naming {@code /size} when the size is not known
   */
  public static TracedCondition smallOrMicro(Optional<EnterpriseSize> size, Citation citation) {
    return TracedCondition.of(size, EnterpriseSize::isSmallOrMicro, "/size", "small-or-micro",
        () -> LocalizedText.of("小型或微型企业（工信部联企业〔2011〕300号）",
            "a small or micro enterprise (工信部联企业〔2011〕300号)"), citation);
  }
}
