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

  /**
   * The pattern of a GB/T 4754-2017 section, division, group or class code: a letter A..T and 0, 2, 3 or 4 digits,
   * the first two a division of that section (A 01–05, B 06–12, C 13–43, D 44–46, E 47–50, F 51–52, G 53–60,
   * H 61–62, I 63–65, J 66–69, K 70, L 71–72, M 73–75, N 76–79, O 80–82, P 83, Q 84–85, R 86–90, S 91–96, T 97).
   */
  public static final String INDUSTRY_CODE_PATTERN =
      "(A(0[1-5]([0-9]{1,2})?)?|B((0[6-9]|1[0-2])([0-9]{1,2})?)?|"
      + "C((1[3-9]|[23][0-9]|4[0-3])([0-9]{1,2})?)?|D(4[4-6]([0-9]{1,2})?)?|"
      + "E((4[7-9]|50)([0-9]{1,2})?)?|F(5[12]([0-9]{1,2})?)?|G((5[3-9]|60)([0-9]{1,2})?)?|"
      + "H(6[12]([0-9]{1,2})?)?|I(6[3-5]([0-9]{1,2})?)?|J(6[6-9]([0-9]{1,2})?)?|K(70([0-9]{1,2})?)?|"
      + "L(7[12]([0-9]{1,2})?)?|M(7[3-5]([0-9]{1,2})?)?|N(7[6-9]([0-9]{1,2})?)?|O(8[0-2]([0-9]{1,2})?)?|"
      + "P(83([0-9]{1,2})?)?|Q(8[45]([0-9]{1,2})?)?|R((8[6-9]|90)([0-9]{1,2})?)?|"
      + "S(9[1-6]([0-9]{1,2})?)?|T(97([0-9]{1,2})?)?)";

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
