package io.github.huiqi.core.classification.size;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.List;

/**
 * The sixteen industry groups of the size standard (工信部联企业〔2011〕300号 第二条 and 第四条), each with its own
 * indicators and bands.
 * <p>
 * {@link #ofCode(String)} maps a GB/T 4754-2017 code (国民经济行业分类) to its group, as the 2017 statistical method
 * (《统计上大中小微型企业划分办法（2017）》) lists the codes: 农、林、牧、渔业 A; 工业 B, C, D; 建筑业 E; 批发业 F51;
 * 零售业 F52; 交通运输业 G54–G58 and 装卸搬运 G591 (not 铁路运输业 G53); 仓储业 G592–G599; 邮政业 G60; 住宿业 H61;
 * 餐饮业 H62; 信息传输业 I63, I64; 软件和信息技术服务业 I65; 房地产开发经营 K701; 物业管理 K702; 租赁和商务服务业 L; 其他未列明行业 M, N, O,
 * Q85 (社会工作), R, K703 (房地产中介服务) and K709 (其他房地产业). The codes outside the standard (铁路运输业 G53,
 * 金融业 J, 自有房地产经营 K704, 教育 P, 卫生 Q84, 公共管理 S, 国际组织 T) and a section letter alone where the
 * section spans several groups (F, G, H, I, K, Q), or the division K70 or G59 alone, are refused ({@link #mayBeIn}
 * gives the groups such a code may fall in, which the size classification tries each of). The 2017 method
 * puts 装卸搬运 with 交通运输业 ("多式联运和运输代理业、装卸搬运") and lists 仓储业 as 通用仓储 to 其他仓储业; GB/T
 * 4754-2017 codes 装卸搬运 as group 591 of division 59 装卸搬运和仓储业.
 */
public enum SizeIndustry {
  /** 农、林、牧、渔业 (A). */
  AGRICULTURE("农、林、牧、渔业", "agriculture, forestry, animal husbandry and fishery"),
  /** 工业: 采矿业 (B), 制造业 (C), 电力、热力、燃气及水生产和供应业 (D). */
  INDUSTRY("工业", "industry (mining, manufacturing, power, heat, gas and water)"),
  /** 建筑业 (E). */
  CONSTRUCTION("建筑业", "construction"),
  /** 批发业 (F51). */
  WHOLESALE("批发业", "wholesale"),
  /** 零售业 (F52). */
  RETAIL("零售业", "retail"),
  /** 交通运输业 (G54–G58 and 装卸搬运 G591, not railway). */
  TRANSPORT("交通运输业", "transport (not railway)"),
  /** 仓储业 (G592–G599). */
  WAREHOUSING("仓储业", "warehousing"),
  /** 邮政业 (G60). */
  POSTAL("邮政业", "postal services"),
  /** 住宿业 (H61). */
  ACCOMMODATION("住宿业", "accommodation"),
  /** 餐饮业 (H62). */
  CATERING("餐饮业", "catering"),
  /** 信息传输业 (I63, I64). */
  INFORMATION_TRANSMISSION("信息传输业", "information transmission"),
  /** 软件和信息技术服务业 (I65). */
  SOFTWARE_AND_IT_SERVICES("软件和信息技术服务业", "software and IT services"),
  /** 房地产开发经营 (K701). */
  REAL_ESTATE_DEVELOPMENT("房地产开发经营", "real-estate development"),
  /** 物业管理 (K702). */
  PROPERTY_MANAGEMENT("物业管理", "property management"),
  /** 租赁和商务服务业 (L). */
  LEASING_AND_BUSINESS_SERVICES("租赁和商务服务业", "leasing and business services"),
  /** 其他未列明行业 (M, N, O, Q85, R, K703, K709). */
  OTHER("其他未列明行业", "other industries not listed");

  private static final String FIELD = "industryCode";

  private final LocalizedText label;

  SizeIndustry(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /**
   * Returns the group's name, such as 工业.
   *
   * @return the name in Chinese and English
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Maps a GB/T 4754-2017 code to its group.
   * <p>
   * The code is the profile's {@code industryCode} format: a section letter {@code A}..{@code T} alone or followed by
   * the 2-digit division, 3-digit group or 4-digit class, such as {@code C}, {@code C33}, {@code C331} or
   * {@code C3311}; the letter must be the division's section (division 33 is in section C).
   *
   * @param code  the code
   * @return the group
   * @throws InvalidInputException naming {@code industryCode} if the code is null or malformed, its letter is not its
   *     division's section, the code is outside the standard, or a section letter alone spans several groups
   */
  public static SizeIndustry ofCode(String code) {
    if (code == null) {
      throw new InvalidInputException(FIELD);
    }
    Args.industryCode(code, FIELD);
    char section = code.charAt(0);
    if (code.length() == 1) {
      return ofSection(code, section);
    }
    int division = Integer.parseInt(code.substring(1, 3));
    char expected = sectionOf(division);
    if (expected != section) {
      throw new InvalidInputException(FIELD, code, expected == '?'
          ? "has no GB/T 4754-2017 division " + code.substring(1, 3)
          : "names division " + code.substring(1, 3) + ", which is in section " + expected + ", not " + section);
    }
    return ofDivision(code, division);
  }

  /**
   * Checks whether a well-formed code is too coarse to name one group: a section letter alone where the section spans
   * several groups ({@code F}, {@code G}, {@code H}, {@code I}, {@code K}, {@code Q}), or the division {@code K70} or
   * {@code G59} (装卸搬运 G591 is 交通运输业, the rest of G59 仓储业).
   *
   * @param code  the code, may be null
   * @return true if a finer code would name the group
   */
  public static boolean isTooCoarse(String code) {
    return code != null && (code.length() == 1 && "FGHIKQ".indexOf(code.charAt(0)) >= 0 || "K70".equals(code)
        || "G59".equals(code));
  }

  /**
   * Returns the groups a code too coarse to name one group may fall in ({@link #isTooCoarse}): the groups of the codes
   * that start with it, when every such code is in the standard. {@code F} holds 批发业 F51 and 零售业 F52, {@code H}
   * 住宿业 H61 and 餐饮业 H62, {@code I} 信息传输业 I63–I64 and 软件和信息技术服务业 I65, {@code G59} 交通运输业 (装卸搬运
   * G591) and 仓储业 (G592–G599). {@code G} (铁路运输业 G53), {@code K} and {@code K70} (自有房地产经营 K704) and
   * {@code Q} (卫生 Q84) may hold a code outside the standard, which no figures classify: none (decisions register
   * §4.6 item 137).
   *
   * @param code  the code, may be null
   * @return the groups, in declaration order; empty when the code is not too coarse or may be outside the standard
   */
  public static List<SizeIndustry> mayBeIn(String code) {
    if (!isTooCoarse(code)) {
      return List.of();
    }
    switch (code) {
      case "F":
        return List.of(WHOLESALE, RETAIL);
      case "H":
        return List.of(ACCOMMODATION, CATERING);
      case "I":
        return List.of(INFORMATION_TRANSMISSION, SOFTWARE_AND_IT_SERVICES);
      case "G59":
        return List.of(TRANSPORT, WAREHOUSING);
      default:
        return List.of();
    }
  }

  private static SizeIndustry ofSection(String code, char section) {
    switch (section) {
      case 'A':
        return AGRICULTURE;
      case 'B':
      case 'C':
      case 'D':
        return INDUSTRY;
      case 'E':
        return CONSTRUCTION;
      case 'L':
        return LEASING_AND_BUSINESS_SERVICES;
      case 'M':
      case 'N':
      case 'O':
      case 'R':
        return OTHER;
      case 'F':
      case 'G':
      case 'H':
      case 'I':
      case 'K':
      case 'Q':
        throw new InvalidInputException(FIELD, code, "spans several industry groups of 工信部联企业〔2011〕300号: "
            + "give the division (such as F51 or F52)");
      default:
        throw outside(code);
    }
  }

  private static SizeIndustry ofDivision(String code, int division) {
    switch (division) {
      case 51:
        return WHOLESALE;
      case 52:
        return RETAIL;
      case 53:
        throw outside(code);
      case 59:
        return loadingOrWarehousing(code);
      case 60:
        return POSTAL;
      case 61:
        return ACCOMMODATION;
      case 62:
        return CATERING;
      case 63:
      case 64:
        return INFORMATION_TRANSMISSION;
      case 65:
        return SOFTWARE_AND_IT_SERVICES;
      case 70:
        return realEstate(code);
      case 84:
        throw outside(code);
      case 85:
        return OTHER;
      default:
        if (division >= 54 && division <= 58) {
          return TRANSPORT;
        }
        return ofSection(code, code.charAt(0));
    }
  }

  /** Division 59 装卸搬运和仓储业: 装卸搬运 (591) is 交通运输业 in the 2017 method, the other groups 仓储业. */
  private static SizeIndustry loadingOrWarehousing(String code) {
    if (code.length() < 4) {
      throw new InvalidInputException(FIELD, code, "spans several industry groups of 工信部联企业〔2011〕300号: "
          + "give the group (G591 装卸搬运 is 交通运输业, G592..G599 仓储业)");
    }
    return code.charAt(3) == '1' ? TRANSPORT : WAREHOUSING;
  }

  private static SizeIndustry realEstate(String code) {
    if (code.length() < 4) {
      throw new InvalidInputException(FIELD, code, "spans several industry groups of 工信部联企业〔2011〕300号: "
          + "give the group (such as K701 or K702)");
    }
    switch (code.charAt(3)) {
      case '1':
        return REAL_ESTATE_DEVELOPMENT;
      case '2':
        return PROPERTY_MANAGEMENT;
      case '3':
      case '9':
        return OTHER;
      default:
        throw outside(code);
    }
  }

  private static InvalidInputException outside(String code) {
    return new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, FIELD, code,
        "is outside the industries of 工信部联企业〔2011〕300号 (railway G53, finance J, own real estate K704, "
            + "education P, health Q84, public administration S and international organisations T are not classified)",
        "不属于工信部联企业〔2011〕300号所列行业", null);
  }

  /** The section of a GB/T 4754-2017 division, or '?' for a number that is no division. */
  private static char sectionOf(int division) {
    int[] firstDivision = {1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97, 98};
    if (division < 1 || division > 97) {
      return '?';
    }
    for (int i = 0; i < firstDivision.length - 1; i++) {
      if (division < firstDivision[i + 1]) {
        return (char) ('A' + i);
      }
    }
    return '?';
  }
}
