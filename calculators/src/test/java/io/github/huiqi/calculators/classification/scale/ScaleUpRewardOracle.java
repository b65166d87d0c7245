package io.github.huiqi.calculators.classification.scale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An independent oracle for the 小升规 reward of the Shenzhen 小升规方案 第四条 ("对首次纳入规模以上工业企业库并于入库次年
 * 实现产值(营业收入)正增长的工业企业按相关规定给予最高20万元奖励"), written from the clause and the decisions register
 * §4.4 item 29 (the plan's years 2022–2024, the entry year or the year after it within them), not from
 * {@link ScaleUpRewardCalculator}.
 */
final class ScaleUpRewardOracle {

  /** 最高20万元 (第四条): a ceiling the authority fixes within (register §4.4 item 29). */
  static final BigDecimal CEILING = new BigDecimal("200000");
  static final int PLAN_FIRST = 2022;
  static final int PLAN_LAST = 2024;

  private ScaleUpRewardOracle() {
  }

  /** A year of the firm's history: in the 规上 database (null: not known) and its revenue (null: not known). */
  record Year(int year, Boolean inDatabase, BigDecimal revenue) {
  }

  /** The verdict's word and the entry year found (null: none). */
  record Expected(String verdict, Integer entry) {
  }

  private enum Truth { YES, NO, OPEN }

  /**
   * The conditions, each true, false or open: an industrial firm (GB/T 4754-2017 sections B 采矿业, C 制造业, D 电力、
   * 热力、燃气及水生产和供应业, the 规上工业 population); 首次纳入: the earliest year in the database is the entry E, the
   * year before it given (the firm not yet in), no earlier year open; E or E + 1 within the plan's years (an entry
   * before the plan is never within it; one after it only once E − 1 and the earlier years are known); in E + 1 still
   * in the database with revenue above E's ("正增长", strictly). Ineligible if any is false, else undetermined if any is
   * open.
   */
  static Expected expected(String industryCode, List<Year> history) {
    // a year not known, before the first known in the database, may be the first entry itself: the verdict is the
    // one every completion of those years' statuses gives, else undetermined (decisions register §4.6 item 70); the
    // entry year is then not known (an earlier year not given may have been it), so none is given
    List<Year> sorted = history.stream().sorted(Comparator.comparingInt(Year::year)).toList();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < sorted.size() && !Boolean.TRUE.equals(sorted.get(i).inDatabase); i++) {
      if (sorted.get(i).inDatabase == null) {
        open.add(i);
      }
    }
    Expected given = completed(industryCode, sorted);
    if (open.isEmpty()) {
      return given;
    }
    Set<String> verdicts = new HashSet<>();
    for (int mask = 0; mask < 1 << open.size(); mask++) {
      List<Year> completion = new ArrayList<>(sorted);
      for (int b = 0; b < open.size(); b++) {
        Year y = sorted.get(open.get(b));
        completion.set(open.get(b), new Year(y.year, (mask >> b & 1) == 1, y.revenue));
      }
      verdicts.add(completed(industryCode, completion).verdict());
    }
    String verdict = verdicts.size() == 1 ? verdicts.iterator().next() : "UNDETERMINED";
    return new Expected(verdict, null);
  }

  /** The verdict on a history whose years before the first one in the database are all known, or taken so. */
  private static Expected completed(String industryCode, List<Year> history) {
    Truth verdict = industryCode == null ? Truth.OPEN
        : "BCD".indexOf(industryCode.charAt(0)) >= 0 ? Truth.YES : Truth.NO;
    List<Year> sorted = history.stream().sorted(Comparator.comparingInt(Year::year)).toList();
    boolean openBefore = false;
    Year entry = null;
    for (Year y : sorted) {
      if (y.inDatabase == null) {
        openBefore = true;
      } else if (y.inDatabase) {
        entry = y;
        break;
      }
    }
    if (entry == null) {
      verdict = and(verdict, openBefore ? Truth.OPEN : Truth.NO);
      return new Expected(word(verdict), null);
    }
    int e = entry.year;
    Year before = find(history, e - 1);
    boolean tooEarly = e + 1 < PLAN_FIRST;
    boolean tooLate = e > PLAN_LAST && !openBefore && before != null;
    if (tooEarly || tooLate) {
      verdict = and(verdict, Truth.NO);
    }
    verdict = and(verdict, before == null || openBefore ? Truth.OPEN : Truth.YES);
    Year after = find(history, e + 1);
    if (after == null) {
      verdict = and(verdict, Truth.OPEN);
    } else {
      verdict = and(verdict, after.inDatabase == null ? Truth.OPEN : after.inDatabase ? Truth.YES : Truth.NO);
      verdict = and(verdict, entry.revenue == null || after.revenue == null ? Truth.OPEN
          : after.revenue.compareTo(entry.revenue) > 0 ? Truth.YES : Truth.NO);
    }
    // the entry year is known only when the year before it is given (and not in the database): a history that
    // starts at the year first in it may have entered earlier (decisions register §4.4 item 29, §4.6 item 70)
    return new Expected(word(verdict), before != null && !openBefore ? e : null);
  }

  private static Truth and(Truth a, Truth b) {
    return a == Truth.NO || b == Truth.NO ? Truth.NO : a == Truth.OPEN || b == Truth.OPEN ? Truth.OPEN : Truth.YES;
  }

  private static String word(Truth truth) {
    return truth == Truth.YES ? "ELIGIBLE" : truth == Truth.NO ? "INELIGIBLE" : "UNDETERMINED";
  }

  private static Year find(List<Year> history, int year) {
    return history.stream().filter(y -> y.year == year).findFirst().orElse(null);
  }
}
