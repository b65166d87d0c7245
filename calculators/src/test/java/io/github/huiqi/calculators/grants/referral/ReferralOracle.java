package io.github.huiqi.calculators.grants.referral;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent oracle for the measures with no figure of their own, written from the clauses and the register, not
 * from {@link ReferralCalculator}:
 * <ul>
 * <li>the 小升规 plan 第十四条 "为有潜质的“小升规”企业…符合条件的,担保费予以补贴": a 小型微型工业企业 (register §1.3 item
 * 001-14: GB/T 4754-2017 sections B, C, D, small or micro under 工信部联企业〔2011〕300号), the figures those of the
 * 2021 reply letter's small/micro guarantee-fee subsidy;</li>
 * <li>the Shenzhen 专精特新 draft 第五条 "为符合要求的专精特新企业不良贷款进行风险补偿" and "按有关规定给予贴息补助": a
 * 专精特新企业 on the date, which includes the 小巨人 (§1.6 item 004-scope); a 小巨人 is recognised from among the
 * 专精特新中小企业, so a 专精特新中小企业 recognition not held, or granted after the date, rules an unstated 小巨人 out,
 * while one that lapsed before the date leaves it to be asked (§4.6 item 59).</li>
 * </ul>
 * The verdict is ELIGIBLE, INELIGIBLE or UNDETERMINED with the facts named; the amount is always nil.
 */
final class ReferralOracle {

  private ReferralOracle() {
  }

  /** A qualification: held, since and until (null when not given). */
  record Held(boolean held, LocalDate since, LocalDate until) {
    boolean on(LocalDate date) {
      return held && (since == null || !since.isAfter(date)) && (until == null || !until.isBefore(date));
    }
  }

  /** The verdict and the facts it names. */
  record Expected(String verdict, List<String> missing) {
  }

  /** 第十四条: a small or micro enterprise of 工业 (sections B, C, D); each fact not known is named when it decides. */
  static Expected smallMicroIndustrial(String industryCode, EnterpriseSize size) {
    Boolean industrial = industryCode == null ? null : "BCD".indexOf(industryCode.charAt(0)) >= 0;
    Boolean smallOrMicro = size == null ? null : size == EnterpriseSize.SMALL || size == EnterpriseSize.MICRO;
    if (Boolean.FALSE.equals(industrial) || Boolean.FALSE.equals(smallOrMicro)) {
      return new Expected("INELIGIBLE", List.of());
    }
    List<String> missing = new ArrayList<>();
    if (industrial == null) {
      missing.add("/industryCode");
    }
    if (smallOrMicro == null) {
      missing.add("/size");
    }
    return new Expected(missing.isEmpty() ? "ELIGIBLE" : "UNDETERMINED", missing);
  }

  /** 第五条: a 专精特新企业 on the date (null qualification: not given). */
  static Expected specialisedEnterprise(Held si, Held lg, LocalDate date) {
    if (lg != null && lg.on(date) || si != null && si.on(date)) {
      return new Expected("ELIGIBLE", List.of());
    }
    if (si == null) {
      // the 专精特新中小企业 recognition not given (and no 小巨人 known on the date): it is the fact asked
      return new Expected("UNDETERMINED", List.of("/specialisedAndInnovative"));
    }
    if (lg != null) {
      return new Expected("INELIGIBLE", List.of());
    }
    // held and lapsed before the date: a 小巨人 recognised on or after it may still run its own term
    boolean lapsed = si.held && (si.since == null || !si.since.isAfter(date)) && si.until != null
        && si.until.isBefore(date);
    return lapsed ? new Expected("UNDETERMINED", List.of("/littleGiant")) : new Expected("INELIGIBLE", List.of());
  }
}
