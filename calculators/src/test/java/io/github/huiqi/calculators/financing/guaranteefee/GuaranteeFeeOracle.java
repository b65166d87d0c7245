package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.internal.OracleCap;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Independent oracles for the guarantee-fee measures, written from the clauses in plain {@link BigDecimal}
 * arithmetic, not from the calculators' code: Shenzhen's small/micro fee subsidy, Shanghai's average fee ceiling,
 * the Shenzhen 专精特新 draft's benchmark cap and the 深工信〔2023〕26号 第6条 ceiling of 1%.
 */
final class GuaranteeFeeOracle {

  /** 2017 guide (decisions register §2.4): "实际发生的担保费 × 30%". */
  static final BigDecimal SUBSIDY_RATIO = new BigDecimal("0.30");
  /** 2017 guide: "≤ 30万元" per enterprise per year. */
  static final BigDecimal SUBSIDY_CAP = new BigDecimal("300000");
  /** 2017 guide: "单笔担保额小于300万元" read as at most 3,000,000 (inclusive, domain.md §2.4). */
  static final BigDecimal SUBSIDY_MAX_PRINCIPAL = new BigDecimal("3000000");
  /** 2017 guide: "担保费率不高于银行同期贷款利率的50%". */
  static final BigDecimal SUBSIDY_FEE_TO_LOAN_RATE = new BigDecimal("0.50");
  /** The programme's first loans are those of 2016 (the 2017 guide is for 2016 loans). */
  static final LocalDate SUBSIDY_FIRST_DRAWDOWN = LocalDate.of(2016, 1, 1);

  /** 沪企服办〔2023〕1号 第十五条: "平均担保费率保持1%（含）以下", in 2023. */
  static final BigDecimal AVERAGE_CEILING = new BigDecimal("0.01");
  static final LocalDate YEAR_2023 = LocalDate.of(2023, 1, 1);
  static final LocalDate YEAR_2024 = LocalDate.of(2024, 1, 1);

  /** 专精特新 draft 第五条: "不高于国家当期银行贷款基准利率的二分之一". */
  static final BigDecimal BENCHMARK_SHARE = new BigDecimal("0.5");

  /** 深工信〔2023〕26号 第6条: "担保费率最高减免40%". */
  static final BigDecimal MAXIMUM_REDUCTION = new BigDecimal("0.40");
  /** 深工信〔2023〕26号 第6条: "且不高于1%". */
  static final BigDecimal FEE_CEILING = new BigDecimal("0.01");

  private GuaranteeFeeOracle() {
  }

  /** One loan of the fee subsidy; a fact null when not given. */
  record SubsidyLoan(BigDecimal principal, LocalDate drawdown, BigDecimal loanRate, BigDecimal feeRate,
      BigDecimal feePaid, Boolean guarantorInRegion, Boolean vehiclePurchase) {
  }

  /**
   * The small/micro fee subsidy: a loan of a small or micro enterprise of Shenzhen (440300), drawn in the year (and
   * from 2016), guaranteed by a Shenzhen guarantor, at most 3,000,000, at a fee rate at most half its loan rate, not
   * for a vehicle or real estate, earns 30% of its fee, half-up to the fen; at most 300,000 for all.
   *
   * @param smallOrMicro  whether the enterprise is small or micro, null if not known
   * @param inShenzhen  whether it is registered in Shenzhen, null if not known
   */
  static OracleCap.Subsidy subsidy(Boolean smallOrMicro, Boolean inShenzhen, int year, List<SubsidyLoan> loans) {
    OracleCap enterprise = new OracleCap(SUBSIDY_CAP);
    for (SubsidyLoan loan : loans) {
      boolean known = loan.drawdown().getYear() == year && !loan.drawdown().isBefore(SUBSIDY_FIRST_DRAWDOWN)
          && loan.principal().compareTo(SUBSIDY_MAX_PRINCIPAL) <= 0
          && loan.feeRate().compareTo(loan.loanRate().multiply(SUBSIDY_FEE_TO_LOAN_RATE)) <= 0;
      OracleCap.Facts facts = OracleCap.Facts.of(smallOrMicro, inShenzhen, loan.guarantorInRegion(),
          loan.vehiclePurchase() == null ? null : !loan.vehiclePurchase());
      if (!known || facts.failed()) {
        enterprise.fails(loan.drawdown());
        continue;
      }
      enterprise.earns(loan.drawdown(), loan.feePaid().multiply(SUBSIDY_RATIO).setScale(2, RoundingMode.HALF_UP),
          facts.open());
    }
    return enterprise.subsidy();
  }

  /** One guarantee of the average: amount, annual rate (a fraction), start counted, end not. */
  record Guarantee(BigDecimal amount, BigDecimal rate, LocalDate start, LocalDate end) {
  }

  /** The average as an exact fraction, the fee income and the test against 1%. */
  record Average(BigDecimal numerator, BigDecimal denominator, BigDecimal feeIncome, boolean within) {
  }

  /**
   * Whole months ÷ 12 plus odd days ÷ 360, as a numerator over 360 (the guarantee-fee convention 年费率 × 期限(月) ÷ 12,
   * decisions register §4.3 item 21): a month is counted from the start's day, Java's month-end roll-back.
   */
  static long monthDays(LocalDate from, LocalDate until) {
    long months = 0;
    while (!from.plusMonths(months + 1).isAfter(until)) {
      months++;
    }
    return 30 * months + (until.toEpochDay() - from.plusMonths(months).toEpochDay());
  }

  /**
   * Shanghai's average fee (第十五条): each guarantee for its time in force within 2023, weighted by amount × time;
   * fee income amount × rate × time, half-up to the fen each; within when Σ amount × rate × t ≤ 1% × Σ amount × t.
   */
  static Average average(List<Guarantee> guarantees) {
    return average(guarantees, false, DayCount.WHOLE_MONTHS);
  }

  /**
   * The time from one date (counted) to another (not) as a numerator over {@link #basis}: actual days under ACT/360
   * and ACT/365F, whole months × 30 plus the odd days under WHOLE-MONTHS.
   */
  static long time(LocalDate from, LocalDate until, DayCount dayCount) {
    return dayCount == DayCount.WHOLE_MONTHS ? monthDays(from, until) : until.toEpochDay() - from.toEpochDay();
  }

  /** The days of a year under the day count: 365 for ACT/365F, otherwise 360. */
  static BigDecimal basis(DayCount dayCount) {
    return new BigDecimal(dayCount == DayCount.ACT_365F ? "365" : "360");
  }

  /**
   * The average under the options: weighted by amount × time, or each guarantee in force within 2023 alike (the
   * plain mean of the rates, GuaranteeFeeAverageWeighting.COUNT); the time and fee income under the day count.
   */
  static Average average(List<Guarantee> guarantees, boolean byCount, DayCount dayCount) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    BigDecimal income = BigDecimal.ZERO;
    for (Guarantee guarantee : guarantees) {
      LocalDate from = guarantee.start().isBefore(YEAR_2023) ? YEAR_2023 : guarantee.start();
      LocalDate until = guarantee.end().isAfter(YEAR_2024) ? YEAR_2024 : guarantee.end();
      if (!until.isAfter(from)) {
        continue;
      }
      BigDecimal t = BigDecimal.valueOf(time(from, until, dayCount));
      numerator = numerator.add(byCount ? guarantee.rate() : guarantee.amount().multiply(guarantee.rate()).multiply(t));
      denominator = denominator.add(byCount ? BigDecimal.ONE : guarantee.amount().multiply(t));
      income = income.add(guarantee.amount().multiply(guarantee.rate()).multiply(t)
          .divide(basis(dayCount), 2, RoundingMode.HALF_UP));
    }
    return new Average(numerator, denominator, income,
        numerator.compareTo(AVERAGE_CEILING.multiply(denominator)) <= 0);
  }

  /**
   * The PBoC benchmark lending rate (a fraction) on a date for a loan's term, 2015-06-28 onwards: the three
   * adjustments of 2015 (中国人民银行, 2015-06-28, 2015-08-26 and 2015-10-24), the last still current; a term up to
   * one year inclusive, up to five years inclusive, or longer.
   */
  static BigDecimal benchmark(LocalDate contract, LocalDate start, LocalDate maturity) {
    int bracket = !maturity.isAfter(start.plusYears(1)) ? 0 : !maturity.isAfter(start.plusYears(5)) ? 1 : 2;
    String[][] byAdjustment = {{"0.0485", "0.0525", "0.0540"}, {"0.0460", "0.0500", "0.0515"},
        {"0.0435", "0.0475", "0.0490"}};
    int adjustment = contract.isBefore(LocalDate.of(2015, 8, 26)) ? 0
        : contract.isBefore(LocalDate.of(2015, 10, 24)) ? 1 : 2;
    return new BigDecimal(byAdjustment[adjustment][bracket]);
  }

  /**
   * The first contract date the draft's cap applies on: its parameters' validity starts at the LPR reform, 2019-08-20
   * (the pack's note; a loan contracted before it is outside the measure, decisions register §4.6 item 86).
   */
  static final LocalDate BENCHMARK_CAP_FROM = LocalDate.of(2019, 8, 20);

  /** The draft's cap: half the benchmark; the most fee on a principal over the term, half-up to the fen. */
  static BigDecimal benchmarkCap(LocalDate contract, LocalDate start, LocalDate maturity) {
    return benchmark(contract, start, maturity).multiply(BENCHMARK_SHARE);
  }

  static BigDecimal feeOver(BigDecimal principal, BigDecimal rate, LocalDate start, LocalDate end) {
    return feeOver(principal, rate, start, end, DayCount.WHOLE_MONTHS);
  }

  /** principal × rate × time ÷ basis under the day count, half-up to the fen. */
  static BigDecimal feeOver(BigDecimal principal, BigDecimal rate, LocalDate start, LocalDate end,
      DayCount dayCount) {
    return principal.multiply(rate).multiply(BigDecimal.valueOf(time(start, end, dayCount)))
        .divide(basis(dayCount), 2, RoundingMode.HALF_UP);
  }

  /** 第6条's rate: the standard less the chosen cut (at most 40%), and at most 1%. */
  static BigDecimal reducedRate(BigDecimal standard, BigDecimal cut) {
    return standard.multiply(BigDecimal.ONE.subtract(cut)).min(FEE_CEILING);
  }
}
