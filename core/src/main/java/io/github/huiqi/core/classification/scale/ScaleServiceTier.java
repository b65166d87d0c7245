package io.github.huiqi.core.classification.scale;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * One tier of 规模以上服务业: the least annual 营业收入, inclusive, and the GB/T 4754-2017 codes it applies to, each a
 * prefix of a firm's code (a section letter such as {@code G}, or a letter and digits such as {@code Q84} or
 * {@code K702}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param minimumRevenue  the least 营业收入, CNY, positive
 * @param codePrefixes  the codes the tier applies to, at least one
 */
public record ScaleServiceTier(MonetaryAmount minimumRevenue, List<String> codePrefixes) {

  /**
   * Creates a tier.
   *
   * @throws InvalidInputException if a field is null, the revenue not positive or no code given
   */
  public ScaleServiceTier {
    Args.notNull(minimumRevenue, "minimumRevenue");
    Cny.positiveYuan(minimumRevenue, "minimumRevenue");
    codePrefixes = Args.listCopy(codePrefixes, "codePrefixes");
    if (codePrefixes.isEmpty()) {
      throw new InvalidInputException("codePrefixes", "[]", "must name at least one code");
    }
  }

  /**
   * Checks whether the tier applies to a code: the longest matching prefix decides between tiers, so a caller tries
   * every tier (see {@code ScaleStandard.serviceTierOf}).
   *
   * @param code  a GB/T 4754-2017 code
   * @return the length of the longest prefix of this tier matching the code, 0 for none
   */
  public int match(String code) {
    int best = 0;
    for (String prefix : codePrefixes) {
      if (code.startsWith(prefix) && prefix.length() > best) {
        best = prefix.length();
      }
    }
    return best;
  }
}
