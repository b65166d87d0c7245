package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.classification.scale.ScaleCategory;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One category (or 规模以上服务业 tier) a GB/T 4754-2017 code too coarse to name one may fall in, and the "四上" test
 * under it (decisions register §4.6 item 140): {@code F} may be 批发业 F51 or 零售业 F52, {@code H} 住宿业 H61 or 餐饮业
 * H62, {@code K} and {@code K70} 房地产开发经营 K701 or the 10,000,000 tier (K702, K703, K704, K709), {@code Q} 卫生
 * Q84 (20,000,000) or 社会工作 Q85 (5,000,000).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param category  the category
 * @param codes  the finer codes under the given code that fall in it, such as {@code F51}, at least one
 * @param threshold  the least revenue applied, CNY, empty for a category that needs a qualification instead
 * @param aboveScale  whether the unit is above designated size under it, empty when undetermined
 */
public record ScaleAlternative(
    ScaleCategory category,
    List<String> codes,
    Optional<MonetaryAmount> threshold,
    Optional<Boolean> aboveScale) {

  /**
   * Creates an alternative.
   *
   * @throws InvalidInputException if a field is null or no code is given
   */
  public ScaleAlternative {
    Args.notNull(category, "category");
    codes = Args.listCopy(codes, "codes");
    if (codes.isEmpty()) {
      throw new InvalidInputException("codes", "[]", "must name at least one code");
    }
    Args.notNullOptional(threshold, "threshold");
    Args.notNullOptional(aboveScale, "aboveScale");
  }
}
