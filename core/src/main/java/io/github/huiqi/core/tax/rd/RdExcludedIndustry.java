package io.github.huiqi.core.tax.rd;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;

/**
 * An industry on the R&amp;D super-deduction negative list (不适用税前加计扣除政策的行业), such as 烟草制造业.
 * <p>
 * The industry is named by its code in 《国民经济行业分类》 GB/T 4754-2017: a section letter ({@code H} 住宿和餐饮业) or a
 * letter and a two-digit division ({@code C16} 烟草制品业, {@code R90} 娱乐业). An enterprise's industry code is in the
 * excluded industry when it starts with that code.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the GB/T 4754-2017 section or division code, such as {@code F} or {@code C16}
 * @param name  the industry's name
 * @param citation  the instrument listing it
 */
public record RdExcludedIndustry(String code, LocalizedText name, Citation citation) {

  /** The pattern of a GB/T 4754-2017 section, division, group or class code: a letter A..T and 0, 2, 3 or 4 digits. */
  public static final String INDUSTRY_CODE_PATTERN = "[A-T]([0-9]{2}([0-9]{1,2})?)?";

  /**
   * Creates an entry.
   *
   * @throws InvalidInputException if a field is null or the code is not a section or division code, naming it
   */
  public RdExcludedIndustry {
    Args.notNull(code, "code");
    if (!Args.isSectionOrDivision(code)) {
      throw new InvalidInputException("code", code, "must be a GB/T 4754-2017 section letter or division, such as C16");
    }
    Args.notNull(name, "name");
    Args.notNull(citation, "citation");
  }

  /**
   * Checks whether an enterprise's industry code lies within this industry.
   *
   * @param industryCode  a GB/T 4754-2017 code, such as {@code C1610}
   * @return true if the code starts with this entry's code
   */
  public boolean contains(String industryCode) {
    return Args.notNull(industryCode, "industryCode").startsWith(code);
  }

  /**
   * Checks whether an enterprise's industry code is too coarse to tell: it is a proper prefix of this entry's code
   * (the section {@code R} for the division {@code R90}), so the enterprise may or may not be in this industry.
   *
   * @param industryCode  a GB/T 4754-2017 code
   * @return true if the code is shorter than this entry's and starts it
   */
  public boolean mayContain(String industryCode) {
    return code.length() > Args.notNull(industryCode, "industryCode").length() && code.startsWith(industryCode);
  }
}
