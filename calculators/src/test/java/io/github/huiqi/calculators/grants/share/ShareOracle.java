package io.github.huiqi.calculators.grants.share;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An independent oracle for the four share measures of 沪企服办〔2023〕1号, written from the clauses, not from
 * {@link ShareCalculator}:
 * 第二条 "对首次成为“四上”企业的有效期内高新技术企业，市区联动给予企业上一年度研发投入5%、最高50万元的一次性奖励";
 * 第三条 "对符合条件的科技型中小企业可在原高新技术成果转化认定政策扶持金额基础上加计30%";
 * 第五条 "市级技术改造专项支持门槛由项目总投资2000万元以上调整为1000万元以上，支持金额不超过核定总投资的10%，加大对中小企业
 * 技术改造支持"; 第八条 "对中小企业与数字化服务商签订的服务合同给予不超过合同金额30%的支持". Each in 2023 (the plan's year).
 */
final class ShareOracle {

  static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  static final LocalDate LAST = LocalDate.of(2023, 12, 31);

  private ShareOracle() {
  }

  /** A measure's terms: its event code, the qualification held on the event's date, rate, cap, least base, kind. */
  record Terms(String code, boolean highTech, boolean techSme, BigDecimal rate, BigDecimal cap, BigDecimal minimumBase,
      boolean upTo, boolean oneOff, boolean smeOnly) {
  }

  /** 第二条: 5% of the prior year's R&amp;D, at most 500,000, once, for a 高新技术企业 on becoming 四上. */
  static final Terms FOUR_ABOVE = new Terms("first-four-above", true, false, new BigDecimal("0.05"),
      new BigDecimal("500000"), null, false, true, false);
  /** 第三条: 30% more on the original 成果转化 support, for a 科技型中小企业. */
  static final Terms ACHIEVEMENT = new Terms("sh-achievement-transfer-support", false, true, new BigDecimal("0.30"),
      null, null, false, false, false);
  /** 第五条: up to 10% of the approved investment of a project of 10,000,000 or more ("以上", inclusive), SMEs. */
  static final Terms RENOVATION = new Terms("sh-technical-renovation-project", false, false, new BigDecimal("0.10"),
      null, new BigDecimal("10000000"), true, false, true);
  /** 第八条: up to 30% of a digital-service contract of an SME. */
  static final Terms DIGITAL = new Terms("sh-digital-service-contract", false, false, new BigDecimal("0.30"), null,
      null, true, false, true);

  /** The Shenzhen 专精特新 draft 第十二条: listed platforms "按50%比例收取服务费用" of a 专精特新 firm, from 2023. */
  static final String PLATFORM_FEE = "sz-public-service-platform-fee";
  static final BigDecimal CHARGED_SHARE = new BigDecimal("0.50");

  /**
   * The fee saved on the platform services of a firm holding the 专精特新 recognition on each service's date, from
   * 2023-01-01: the standard fee less the fee charged, 50% of it rounded half-up to the fen (register §4.6 item 51:
   * charge and saving add up to the standard). Null when no service qualifies.
   */
  static BigDecimal feeSaved(List<Event> events, Held specialised) {
    BigDecimal saved = null;
    for (Event e : events) {
      if (!e.code.equals(PLATFORM_FEE) || e.date.isBefore(FIRST) || !specialised.on(e.date)) {
        continue;
      }
      BigDecimal charged = e.amount.multiply(CHARGED_SHARE).setScale(2, RoundingMode.HALF_UP);
      saved = (saved == null ? BigDecimal.ZERO.setScale(2) : saved).add(e.amount.subtract(charged));
    }
    return saved;
  }

  /** An event: its code, date and base amount. */
  record Event(String code, LocalDate date, BigDecimal amount) {
  }

  /** A qualification: held, since and until (inclusive; null when not given). */
  record Held(boolean held, LocalDate since, LocalDate until) {
    boolean on(LocalDate date) {
      return held && (since == null || !since.isAfter(date)) && (until == null || !until.isBefore(date));
    }
  }

  /** The verdict's word and the amount's least and most (most null: no upper end). */
  record Expected(String verdict, BigDecimal least, BigDecimal most) {
  }

  /**
   * The events of the measure's code, each within 2023 with the qualification held on its date and its base at least
   * the least base, each earning min(cap, rate × base rounded half-up to the fen) (register §4.5 item 35); a one-off
   * measure ("首次…一次性") counts only its earliest event; "不超过" makes each share a range from zero. An SME-only
   * measure pays no large enterprise, and a size not known leaves an earned share undetermined, from zero.
   */
  static Expected expected(Terms terms, List<Event> events, Held highTech, Held techSme, EnterpriseSize size,
      boolean sizeKnown) {
    List<Event> ofCode = events.stream().filter(e -> e.code.equals(terms.code))
        .sorted(Comparator.comparing(Event::date)).toList();
    if (terms.oneOff && !ofCode.isEmpty()) {
      ofCode = List.of(ofCode.get(0));
    }
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    boolean any = false;
    for (Event e : ofCode) {
      boolean inWindow = !e.date.isBefore(FIRST) && !e.date.isAfter(LAST);
      boolean qualified = (!terms.highTech || highTech.on(e.date)) && (!terms.techSme || techSme.on(e.date));
      boolean bigEnough = terms.minimumBase == null || e.amount.compareTo(terms.minimumBase) >= 0;
      if (!inWindow || !qualified || !bigEnough) {
        continue;
      }
      any = true;
      BigDecimal share = e.amount.multiply(terms.rate).setScale(2, RoundingMode.HALF_UP);
      sum = sum.add(terms.cap == null ? share : share.min(terms.cap));
    }
    if (!any || terms.smeOnly && sizeKnown && size == EnterpriseSize.LARGE) {
      return new Expected("INELIGIBLE", BigDecimal.ZERO, BigDecimal.ZERO);
    }
    boolean open = terms.smeOnly && !sizeKnown;
    return new Expected(open ? "UNDETERMINED" : "ELIGIBLE", terms.upTo || open ? BigDecimal.ZERO : sum, sum);
  }
}
