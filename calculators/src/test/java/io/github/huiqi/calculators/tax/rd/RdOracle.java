package io.github.huiqi.calculators.tax.rd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An independent oracle for the R&amp;D super deduction (深工信〔2023〕26号 第1条 and the national instruments behind
 * it; domain reference §1.2 card 000-1d and §2.13), written from the instruments, not from {@link RdCalculator}, for
 * a year's expensed costs not itemised by project and intangibles amortised in the year.
 */
final class RdOracle {

  private static final BigDecimal HUNDRED_PERCENT = BigDecimal.ONE;
  /** 其他相关费用 ≤ the other five × 10% ÷ (1 − 10%) (财税〔2015〕119号 第一条（一）6; 2021年第28号 pools it). */
  private static final BigDecimal OTHER_SHARE = new BigDecimal("0.10");
  /** 无形资产摊销年限不得低于10年 (企业所得税法实施条例 第六十七条): 120 months by default. */
  private static final int DEFAULT_PERIOD_MONTHS = 120;
  /** The negative list (财税〔2015〕119号 第四条), by GB/T 4754-2017 code prefix. */
  private static final List<String> EXCLUDED = List.of("C16", "H", "F", "K", "L", "R90");

  private RdOracle() {
  }

  /** One intangible: its cost, its period in months (null for the default) and its months in the tax year. */
  record Intangible(BigDecimal cost, Integer periodMonths, int monthsInYear) {
  }

  /** The facts of a year. */
  record Year(int taxYear, String industryCode, boolean techSme, boolean manufacturing, boolean icOrMachineTool,
      BigDecimal personnel, BigDecimal directInputs, BigDecimal depreciation, BigDecimal amortisation,
      BigDecimal design, BigDecimal other, List<Intangible> intangibles) {
  }

  /** The expected figures: eligibility, the rate, the cap, the expensed extra, each intangible's extra, the total. */
  record Expected(boolean eligible, BigDecimal rate, BigDecimal cap, BigDecimal allowedOther, BigDecimal base,
      BigDecimal expensedExtra, List<BigDecimal> intangibleExtras, BigDecimal total) {
  }

  /**
   * The extra rate on expensed R&amp;D for the year and the enterprise's kinds, the most favourable row that applies:
   * 50% for all 2016–2017 (财税〔2015〕119号 第一条); 75% for 科技型中小企业 2017–2019 (财税〔2017〕34号) and for all
   * 2018–2023 (财税〔2018〕99号, 2021年第6号); 100% for manufacturers from 2021 (2021年第13号), 科技型中小企业 from 2022
   * (2022年第16号) and all from 2023 (2023年第7号); 120% for IC and 工业母机 enterprises 2023–2027 (2023年第44号).
   */
  static BigDecimal rate(int year, boolean techSme, boolean manufacturing, boolean ic) {
    BigDecimal best = BigDecimal.ZERO;
    if (year >= 2016 && year <= 2017) {
      best = best.max(new BigDecimal("0.50"));
    }
    if (techSme && year >= 2017 && year <= 2019 || year >= 2018 && year <= 2023) {
      best = best.max(new BigDecimal("0.75"));
    }
    if (manufacturing && year >= 2021 || techSme && year >= 2022 || year >= 2023) {
      best = best.max(HUNDRED_PERCENT);
    }
    if (ic && year >= 2023 && year <= 2027) {
      best = best.max(new BigDecimal("1.20"));
    }
    return best;
  }

  static boolean excluded(String industryCode) {
    return EXCLUDED.stream().anyMatch(industryCode::startsWith);
  }

  /**
   * The year's extra deduction: rate × (five + min(other, five × 10% ÷ 90%)), the cap one division rounded half-up
   * to the fen and the extra rounded once (register §4.5 item 35); each intangible cost × rate × months in the year
   * ÷ its period, rounded once, at the tax year's rate (register §4.5 item 34); nothing on the negative list.
   */
  static Expected expected(Year y) {
    BigDecimal five = y.personnel.add(y.directInputs).add(y.depreciation).add(y.amortisation).add(y.design);
    BigDecimal cap = five.multiply(OTHER_SHARE).divide(BigDecimal.ONE.subtract(OTHER_SHARE), 2, RoundingMode.HALF_UP);
    BigDecimal allowed = y.other.min(cap);
    BigDecimal base = five.add(allowed);
    if (excluded(y.industryCode)) {
      return new Expected(false, null, cap, allowed, base, BigDecimal.ZERO.setScale(2),
          y.intangibles.stream().map(i -> BigDecimal.ZERO.setScale(2)).toList(), BigDecimal.ZERO.setScale(2));
    }
    BigDecimal rate = rate(y.taxYear, y.techSme, y.manufacturing, y.icOrMachineTool);
    BigDecimal expensed = base.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    List<BigDecimal> extras = y.intangibles.stream().map(i -> i.cost.multiply(rate)
        .multiply(BigDecimal.valueOf(i.monthsInYear))
        .divide(BigDecimal.valueOf(i.periodMonths == null ? DEFAULT_PERIOD_MONTHS : i.periodMonths), 2,
            RoundingMode.HALF_UP)).toList();
    BigDecimal total = extras.stream().reduce(expensed, BigDecimal::add);
    return new Expected(true, rate, cap, allowed, base, expensed, extras, total);
  }
}
