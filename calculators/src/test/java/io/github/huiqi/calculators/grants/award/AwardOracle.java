package io.github.huiqi.calculators.grants.award;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An independent oracle for the grant awards, written from the clauses and the packs' readings, not from
 * {@link AwardCalculator}:
 * <ul>
 * <li>沪企服办〔2023〕1号 第一条 "各区对新认定专精特新中小企业给予不低于 10 万元奖励，对新认定专精特新“小巨人”企业给予不低于
 * 30 万元奖励" (新认定 read as recognised in 2023, the recognition date being the qualification's {@code since});</li>
 * <li>同 第六条 "支持中小企业绿色化升级…最高支持 1000 万元", each project of 2023, 中小企业 only (a large enterprise is not
 * supported; a size not given leaves an earned support undetermined from zero);</li>
 * <li>深工信〔2023〕26号 第16条 "对在深圳赛区的获奖项目，最高给予 30 万元奖励" (each winning project of 2023), with 全国 500 强 /
 * 全国 50 强 as consequences, not money; the Shenzhen 专精特新 draft 第九条 the same, from 2023-01-01, open-ended;</li>
 * <li>同 第17条 "每年…分别给予不超过 1000 万元的资助" (once a platform a year, 2023);</li>
 * <li>the 20210370 reply letter 一 "对国家专精特新“小巨人”企业，给予最高50万元奖励；对省专精特新企业，给予最高20万元奖励" (recognised
 * 2021–2025) and 深府〔2022〕31号's municipal tier, up to 100,000 on each recognition event (2022-04-08..2025-12-31);
 * 三 "一次性奖励…最高50万元" for a demonstration platform, once (register §1.4 item 002-h).</li>
 * </ul>
 * Several tiers combine by the highest (就高不重复, register §4.4 item 25) or, as an option, their sum; "最高" is a range
 * from zero (§4.4 item 29), "不低于" a floor with no upper end. Unknown facts are completed every way they could fall
 * (register §4.6 item 58: a held recognition's {@code since} not given is unknown for a 新认定 trigger); a tier paid on
 * each event has no upper end while the events are not given, one paid once a year its figure once for each year of
 * its window (§4.6 item 60).
 */
final class AwardOracle {

  private AwardOracle() {
  }

  enum Bound { UP_TO, AT_LEAST }

  enum Repeat { EACH, ONCE, ONCE_A_YEAR }

  /** A tier: a new recognition ("SI" 专精特新中小企业, "LG" 小巨人) or an event code, its window, figure and repeat. */
  record Tier(String code, String recognition, String event, LocalDate from, LocalDate to, Bound bound,
      BigDecimal figure, Repeat repeat) {
    boolean inWindow(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  /** A consequence: a placing of at most maxRank, dated within the window. */
  record Consequence(String code, String event, int maxRank, LocalDate from, LocalDate to) {
  }

  /** A measure's terms. */
  record Terms(String id, String region, List<Tier> tiers, boolean smeOnly, List<Consequence> consequences) {
  }

  /** An event: code, date, rank (null when not given). */
  record Event(String code, LocalDate date, Integer rank) {
  }

  /** A qualification: held, since and until (null when not given). */
  record Held(boolean held, LocalDate since, LocalDate until) {
  }

  /** The verdict, the amount's ends (most null: no upper end) and the tiers earned whichever way the facts fall. */
  record Expected(String verdict, BigDecimal least, BigDecimal most, Set<String> tiersEarned) {
  }

  private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  private static final LocalDate E2023 = LocalDate.of(2023, 12, 31);
  private static final String PLACING = "maker-china-national-placing";

  static final Terms SH_SPECIALISED = new Terms("sh-qfb-2023-1.specialised-recognition-award", "310115", List.of(
      new Tier("specialised", "SI", null, Y2023, E2023, Bound.AT_LEAST, new BigDecimal("100000"), Repeat.ONCE),
      new Tier("little-giant", "LG", null, Y2023, E2023, Bound.AT_LEAST, new BigDecimal("300000"), Repeat.ONCE)),
      false, List.of());
  static final Terms SH_GREEN = new Terms("sh-qfb-2023-1.green-upgrade-support", "310115", List.of(
      new Tier("green-upgrade", null, "sh-green-upgrade-project", Y2023, E2023, Bound.UP_TO,
          new BigDecimal("10000000"), Repeat.EACH)), true, List.of());
  static final Terms SZ_MAKER = new Terms("sz-gxj-2023-26.maker-china-award", "440305", List.of(
      new Tier("shenzhen-division-award", null, "maker-china-shenzhen-award", Y2023, E2023, Bound.UP_TO,
          new BigDecimal("300000"), Repeat.EACH)), false, List.of(
      new Consequence("maker-china-top-500-specialised", PLACING, 500, Y2023, E2023),
      new Consequence("maker-china-top-50-little-giant", PLACING, 50, Y2023, E2023)));
  static final Terms SZ_MAKER_DRAFT = new Terms("sz-gxj-zjtx-32-draft.maker-china-award", "440305", List.of(
      new Tier("shenzhen-division-award", null, "maker-china-shenzhen-award", Y2023, null, Bound.UP_TO,
          new BigDecimal("300000"), Repeat.EACH)), false, List.of(
      new Consequence("maker-china-top-500-specialised", PLACING, 500, Y2023, null),
      new Consequence("maker-china-top-50-little-giant", PLACING, 50, Y2023, null)));
  static final Terms SZ_PLATFORM = new Terms("sz-gxj-2023-26.digital-platform-subsidy", "440305", List.of(
      new Tier("platform-year", null, "sz-digital-platform-selected", Y2023, E2023, Bound.UP_TO,
          new BigDecimal("10000000"), Repeat.ONCE_A_YEAR)), false, List.of());
  static final Terms SZ_SPECIALISED = new Terms("sz-gxj-2021-reply-20210370.specialised-award", "440305", List.of(
      new Tier("national-little-giant", "LG", null, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31),
          Bound.UP_TO, new BigDecimal("500000"), Repeat.ONCE),
      new Tier("provincial-specialised", "SI", null, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31),
          Bound.UP_TO, new BigDecimal("200000"), Repeat.ONCE),
      new Tier("municipal-specialised", null, "sz-municipal-specialised-recognition", LocalDate.of(2022, 4, 8),
          LocalDate.of(2025, 12, 31), Bound.UP_TO, new BigDecimal("100000"), Repeat.EACH)), false, List.of());
  static final Terms SZ_DEMONSTRATION = new Terms("sz-gxj-2021-reply-20210370.demonstration-platform-award",
      "440305", List.of(new Tier("demonstration-platform", null, "sz-demonstration-platform-recognition",
          LocalDate.of(2021, 10, 20), null, Bound.UP_TO, new BigDecimal("500000"), Repeat.ONCE)), false, List.of());

  /** The window edges of a measure's tiers and consequences, each with the day either side. */
  static List<LocalDate> edges(Terms terms) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (Tier t : terms.tiers) {
      dates.add(t.from.minusDays(1));
      dates.add(t.from);
      if (t.to != null) {
        dates.add(t.to);
        dates.add(t.to.plusDays(1));
      }
    }
    return new ArrayList<>(dates);
  }

  /** The result on facts all known (each qualification given with its since when held, the events, the size). */
  static Expected known(Terms terms, Held si, Held lg, List<Event> events, EnterpriseSize size, boolean sum) {
    BigDecimal least = null;
    BigDecimal most = BigDecimal.ZERO;
    boolean unbounded = false;
    Set<String> earned = new LinkedHashSet<>();
    for (Tier t : terms.tiers) {
      int n;
      if (t.recognition != null) {
        Held h = t.recognition.equals("SI") ? si : lg;
        n = h.held && t.inWindow(h.since) ? 1 : 0;
      } else {
        List<Event> matching = events.stream().filter(e -> e.code.equals(t.event) && t.inWindow(e.date)).toList();
        n = switch (t.repeat) {
          case EACH -> matching.size();
          case ONCE -> matching.isEmpty() ? 0 : 1;
          case ONCE_A_YEAR -> (int) matching.stream().map(e -> e.date.getYear()).distinct().count();
        };
      }
      if (n == 0) {
        continue;
      }
      earned.add(t.code);
      BigDecimal tierLeast = t.bound == Bound.AT_LEAST ? t.figure.multiply(BigDecimal.valueOf(n)) : BigDecimal.ZERO;
      BigDecimal tierMost = t.bound == Bound.UP_TO ? t.figure.multiply(BigDecimal.valueOf(n)) : null;
      if (tierMost == null) {
        unbounded = true;
      } else {
        most = sum ? most.add(tierMost) : most.max(tierMost);
      }
      least = least == null ? tierLeast : sum ? least.add(tierLeast) : least.max(tierLeast);
    }
    if (earned.isEmpty() || terms.smeOnly && size == EnterpriseSize.LARGE) {
      // the 中小企业 rule is a condition of every tier: a large enterprise earns none
      return new Expected("INELIGIBLE", BigDecimal.ZERO, BigDecimal.ZERO, Set.of());
    }
    return new Expected("ELIGIBLE", least, unbounded ? null : most, earned);
  }

  /**
   * The result with some facts not given (null): each completed every way it could fall (a qualification not held,
   * or held from each window edge; a size of each class when the measure is for 中小企业; the events none, one or two
   * of each tier's code in its window). The verdict is ELIGIBLE or INELIGIBLE when every completion agrees,
   * UNDETERMINED otherwise; the amount spans the completions, with no upper end when the events are not given and a
   * tier paid on each event (or each year of a window with no end) could be earned (register §4.6 item 60).
   */
  static Expected expected(Terms terms, Held si, Held lg, List<Event> events, EnterpriseSize size, boolean sum) {
    List<LocalDate> dates = edges(terms);
    List<Held> sis = completions(si, dates);
    List<Held> lgs = completions(lg, dates);
    List<EnterpriseSize> sizes = size != null ? List.of(size)
        : terms.smeOnly ? List.of(EnterpriseSize.values()) : List.of(EnterpriseSize.SMALL);
    List<List<Event>> eventLists = new ArrayList<>();
    if (events != null) {
      eventLists.add(events);
    } else {
      eventLists.add(List.of());
      for (int k = 1; k <= 2; k++) {
        List<Event> some = new ArrayList<>();
        for (Tier t : terms.tiers) {
          if (t.event != null) {
            for (int j = 0; j < k; j++) {
              some.add(new Event(t.event, t.from.plusDays(j), null));
            }
          }
        }
        eventLists.add(some);
      }
      // a tier paid once a year: an event in each year of its window, the most it can earn
      List<Event> everyYear = new ArrayList<>();
      for (Tier t : terms.tiers) {
        if (t.event != null && t.repeat == Repeat.ONCE_A_YEAR && t.to != null) {
          for (LocalDate d = t.from; !d.isAfter(t.to); d = LocalDate.of(d.getYear() + 1, 1, 1)) {
            everyYear.add(new Event(t.event, d, null));
          }
        }
      }
      if (!everyYear.isEmpty()) {
        eventLists.add(everyYear);
      }
    }
    boolean anyEligible = false;
    boolean anyIneligible = false;
    BigDecimal least = null;
    BigDecimal most = BigDecimal.ZERO;
    boolean unbounded = false;
    Set<String> always = null;
    for (Held s : sis) {
      for (Held l : lgs) {
        for (EnterpriseSize z : sizes) {
          for (List<Event> es : eventLists) {
            Expected e = known(terms, s, l, es, z, sum);
            if (e.verdict.equals("ELIGIBLE")) {
              anyEligible = true;
              if (events == null && !es.isEmpty() && terms.tiers.stream().anyMatch(
                  t -> t.event != null && repeatsWithoutEnd(t) && e.tiersEarned.contains(t.code))) {
                unbounded = true;
              }
            } else {
              anyIneligible = true;
            }
            least = least == null ? e.least : least.min(e.least);
            if (e.most == null) {
              unbounded = true;
            } else {
              most = most.max(e.most);
            }
            // a size not given names no tier out: the 中小企业 rule empties the tiers of a large enterprise only
            if (size == null && z == EnterpriseSize.LARGE && terms.smeOnly) {
              continue;
            }
            if (always == null) {
              always = new LinkedHashSet<>(e.tiersEarned);
            } else {
              always.retainAll(e.tiersEarned);
            }
          }
        }
      }
    }
    String verdict = anyEligible && anyIneligible ? "UNDETERMINED" : anyEligible ? "ELIGIBLE" : "INELIGIBLE";
    return new Expected(verdict, least, unbounded ? null : most, always);
  }

  /**
   * Whether any number of unknown events could earn the tier without end: one paid on each event, or once a year in a
   * window with no end (a window that closes bounds a yearly tier to once a year of it, register §4.6 item 60).
   */
  static boolean repeatsWithoutEnd(Tier t) {
    return t.repeat == Repeat.EACH || t.repeat == Repeat.ONCE_A_YEAR && t.to == null;
  }

  /** Each way a recognition could be: not given is held or not; held with no since is held from any date up to its
   * until (a recognition starts on or before its end). */
  private static List<Held> completions(Held h, List<LocalDate> dates) {
    List<Held> out = new ArrayList<>();
    if (h == null) {
      out.add(new Held(false, null, null));
    }
    if (h == null || h.held && h.since == null) {
      LocalDate until = h == null ? null : h.until;
      for (LocalDate d : dates) {
        if (until == null || !d.isAfter(until)) {
          out.add(new Held(true, d, until));
        }
      }
      if (out.isEmpty() || h != null && until != null) {
        out.add(new Held(true, until == null ? LocalDate.of(2000, 1, 1) : until, until));
      }
      return out;
    }
    out.add(h);
    return out;
  }

  /** The consequences a placing earns: an event of the code in the window with a known rank of at most the limit. */
  static Set<String> consequences(Terms terms, List<Event> events) {
    Set<String> codes = new LinkedHashSet<>();
    for (Consequence c : terms.consequences) {
      for (Event e : events) {
        if (e.code.equals(c.event) && e.rank != null && e.rank <= c.maxRank && !e.date.isBefore(c.from)
            && (c.to == null || !e.date.isAfter(c.to))) {
          codes.add(c.code);
        }
      }
    }
    return codes;
  }

  /** Whether the consequences are certain: every placing in a window has its rank given. */
  static boolean consequencesKnown(Terms terms, List<Event> events) {
    return events != null && events.stream().noneMatch(e -> e.code.equals(PLACING) && e.rank == null);
  }
}
