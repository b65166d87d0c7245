package io.github.huiqi.calculators.financing.firstloan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * An independent oracle for Shenzhen's first-loan interest subsidy, 深工信〔2023〕26号 第5条: "对2023年1-3月从深圳辖内商业
 * 银行首次获得贷款的企业，给予2%的贴息补助，单户企业贴息金额最高20万元，贴息期限不超过6个月", with the conditions of
 * 《深圳市2022年“首贷户”贷款贴息项目实施细则》 that the pack applies to the 2023 edition (an independent legal person
 * operating in Shenzhen, not seriously dishonest; the first drawdown of the first loan contract, for production, not
 * subsidised by another municipal department; "实际用款时间低于1个月的，不予贴息"; "贷款年利率低于2%的，不予贴息"). Written
 * from the clause, the reference's card 000-5b and the decisions register's readings, in plain {@link BigDecimal}
 * arithmetic, not from the calculator's code:
 * <ul>
 *   <li>"2023年1-3月" is 2023-01-01 to 2023-03-31, both days counted (register §4.6 item 38);
 *   <li>"年化2%" on the drawdown's principal (register §4.1 item 3), ACT/360 with 算头不算尾 by default (§4.1 item 1),
 *       ACT/365F and whole months ÷ 12 plus odd days ÷ 360 the caller's options;
 *   <li>the period runs from the drawdown (counted) to the earlier of the end of use (repayment before maturity, else
 *       maturity) and the drawdown's same day six months on (that month's last day when it has none), not counted;
 *   <li>"低于1个月": the end of use before the drawdown's same day a month on (month-end rolled back) earns nothing;
 *   <li>each loan's subsidy rounded half-up to the fen once (§4.5 item 35), the enterprise's sum capped at 200,000,
 *       the cap paid out to the loans in drawdown order, then in request order (§4.6 item 52);
 *   <li>the firm's size is no condition: neither 第5条 ("首次获得贷款的企业") nor the 2022 rules test it.
 * </ul>
 * A fact not known ({@code null}) is decided both ways: {@link #range} runs {@link #decided} on completions of the
 * unknown facts, so the library's range must hold each completion's amount.
 */
final class FirstLoanOracle {

  /** 第5条 "2023年1-3月": the first and last day a first loan may be drawn. */
  static final LocalDate WINDOW_FIRST = LocalDate.of(2023, 1, 1);
  static final LocalDate WINDOW_LAST = LocalDate.of(2023, 3, 31);
  /** 第5条 "给予2%的贴息补助", annualised on principal. */
  static final BigDecimal SUBSIDY_RATE = new BigDecimal("0.02");
  /** 2022 rules: "贷款年利率低于2%的，不予贴息". */
  static final BigDecimal LOAN_RATE_FLOOR = new BigDecimal("0.02");
  /** 第5条 "单户企业贴息金额最高20万元". */
  static final BigDecimal CAP = new BigDecimal("200000");
  /** 第5条 "贴息期限不超过6个月". */
  static final int MAXIMUM_MONTHS = 6;
  /** 2022 rules: "实际用款时间低于1个月的，不予贴息". */
  static final int MINIMUM_USE_MONTHS = 1;

  /** The day bases: ACT/360 (the default), ACT/365F, whole months ÷ 12 plus odd days ÷ 360. */
  enum Basis { ACT_360, ACT_365F, WHOLE_MONTHS }

  /** The firm's condition names, as the library's pointers end, in the order of {@link Firm}'s facts. */
  static final List<String> FIRM_FACTS = List.of("registrationRegionCode", "independentLegalPerson",
      "firstTimeBorrower", "onSeriousDishonestyList");
  /** A loan's yes/no facts, as the library's pointers end, in the order of {@link Loan}'s facts. */
  static final List<String> LOAN_FACTS = List.of("lenderRegionCode", "firstDrawdownOfFirstContract",
      "forProductionOrOperation", "subsidisedUnderAnotherMunicipalScheme");

  private FirstLoanOracle() {
  }

  /**
   * The firm; each fact {@code true} when it favours the subsidy, {@code false} when it bars it, {@code null} when
   * not known.
   *
   * @param inShenzhen  registered and operating in 深圳市
   * @param legalPerson  an independent legal person (独立法人)
   * @param firstTimeBorrower  a 首贷户
   * @param notDishonest  not on a list of seriously dishonest entities
   */
  record Firm(Boolean inShenzhen, Boolean legalPerson, Boolean firstTimeBorrower, Boolean notDishonest) {

    List<Boolean> facts() {
      return Arrays.asList(inShenzhen, legalPerson, firstTimeBorrower, notDishonest);
    }
  }

  /**
   * One drawdown; a yes/no fact {@code true} when it favours the subsidy, {@code false} when it bars it, {@code null}
   * when not known.
   *
   * @param principal  the principal drawn, in yuan
   * @param rate  the loan's annual rate, a fraction
   * @param drawdown  the drawdown date
   * @param maturity  the maturity date
   * @param repayment  the date repaid in full, null if not repaid
   * @param lenderInShenzhen  the lender is a bank of 深圳辖内
   * @param firstDrawdown  the first drawdown of the first loan contract
   * @param production  for production and operation
   * @param notSubsidisedElsewhere  no other municipal interest subsidy on the loan
   */
  record Loan(BigDecimal principal, BigDecimal rate, LocalDate drawdown, LocalDate maturity, LocalDate repayment,
      Boolean lenderInShenzhen, Boolean firstDrawdown, Boolean production, Boolean notSubsidisedElsewhere) {

    /** The end of use, not counted: the repayment when before maturity, else the maturity (an overdue loan too). */
    LocalDate endOfUse() {
      return repayment != null && repayment.isBefore(maturity) ? repayment : maturity;
    }

    /** The end of the subsidised period, not counted: the end of use, at most six months from the drawdown. */
    LocalDate until() {
      LocalDate sixMonths = drawdown.plusMonths(MAXIMUM_MONTHS);
      return endOfUse().isBefore(sixMonths) ? endOfUse() : sixMonths;
    }

    List<Boolean> facts() {
      return Arrays.asList(lenderInShenzhen, firstDrawdown, production, notSubsidisedElsewhere);
    }

    Loan with(List<Boolean> f) {
      return new Loan(principal, rate, drawdown, maturity, repayment, f.get(0), f.get(1), f.get(2), f.get(3));
    }
  }

  /** The conditions of a loan that no yes/no fact decides, by the library's reason codes when they fail. */
  static List<String> datedFailures(Loan loan) {
    List<String> failures = new ArrayList<>();
    if (loan.drawdown().isBefore(WINDOW_FIRST) || loan.drawdown().isAfter(WINDOW_LAST)) {
      failures.add("not-drawdown-in-window");
    }
    if (loan.rate().compareTo(LOAN_RATE_FLOOR) < 0) {
      failures.add("not-loan-rate-at-least-floor");
    }
    if (loan.endOfUse().isBefore(loan.drawdown().plusMonths(MINIMUM_USE_MONTHS))) {
      failures.add("not-use-at-least-minimum");
    }
    return failures;
  }

  /** The reason codes of the firm's and a loan's yes/no facts that are false. */
  static List<String> factFailures(Firm firm, Loan loan) {
    String[] firmCodes = {"not-enterprise-in-region", "not-independent-legal-person", "not-first-time-borrower",
        "not-not-seriously-dishonest"};
    String[] loanCodes = {"not-lender-in-region", "not-first-drawdown-of-first-contract", "not-production-use",
        "not-no-other-municipal-subsidy"};
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      if (Boolean.FALSE.equals(firm.facts().get(k))) {
        failures.add(firmCodes[k]);
      }
    }
    for (int k = 0; k < 4; k++) {
      if (Boolean.FALSE.equals(loan.facts().get(k))) {
        failures.add(loanCodes[k]);
      }
    }
    return failures;
  }

  /**
   * A loan's own subsidy, before the cap: principal × 2% × the period's year fraction, rounded half-up to the fen
   * once.
   */
  static BigDecimal amount(Loan loan, Basis basis) {
    LocalDate from = loan.drawdown();
    LocalDate until = loan.until();
    long numerator;
    long denominator;
    switch (basis) {
      case ACT_365F -> {
        numerator = ChronoUnit.DAYS.between(from, until);
        denominator = 365;
      }
      case WHOLE_MONTHS -> {
        // 整月 × 月利率 + 零头天数 × 日利率 (银发〔2005〕129号): months ÷ 12 + odd days ÷ 360 = (30 × months + odd) ÷ 360
        int months = 0;
        while (!from.plusMonths(months + 1).isAfter(until)) {
          months++;
        }
        numerator = 30L * months + ChronoUnit.DAYS.between(from.plusMonths(months), until);
        denominator = 360;
      }
      default -> {
        numerator = ChronoUnit.DAYS.between(from, until);
        denominator = 360;
      }
    }
    return loan.principal().multiply(SUBSIDY_RATE).multiply(BigDecimal.valueOf(numerator))
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }

  /**
   * The subsidy when every fact is known (none null): each qualifying loan's amount and what it is paid of the cap.
   *
   * @param qualifies  whether each loan qualifies
   * @param computed  each loan's amount before the cap, zero when it does not qualify
   * @param paid  each loan's share of the capped total
   * @param total  the enterprise's subsidy
   * @param uncapped  the sum before the cap
   */
  record Decided(List<Boolean> qualifies, List<BigDecimal> computed, List<BigDecimal> paid, BigDecimal total,
      BigDecimal uncapped) {
  }

  /** Decides a firm whose facts are all known. */
  static Decided decided(Firm firm, List<Loan> loans, Basis basis) {
    List<Boolean> qualifies = new ArrayList<>();
    List<BigDecimal> computed = new ArrayList<>();
    BigDecimal uncapped = BigDecimal.ZERO;
    for (Loan loan : loans) {
      boolean ok = datedFailures(loan).isEmpty() && factFailures(firm, loan).isEmpty();
      qualifies.add(ok);
      BigDecimal amount = ok ? amount(loan, basis) : BigDecimal.ZERO;
      computed.add(amount);
      uncapped = uncapped.add(amount);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < loans.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> loans.get(i).drawdown()).thenComparing(i -> i));
    BigDecimal[] paid = new BigDecimal[loans.size()];
    BigDecimal left = CAP;
    for (int i : order) {
      paid[i] = computed.get(i).min(left);
      left = left.subtract(paid[i]);
    }
    return new Decided(qualifies, computed, List.of(paid), uncapped.min(CAP), uncapped);
  }

  /**
   * The range over the ways the unknown facts may fall.
   *
   * @param least  the least of the completions' totals
   * @param most  the most of the completions' totals
   * @param totals  every completion's total that was run
   * @param verdict  ELIGIBLE when a loan qualifies in every completion, INELIGIBLE when none does in any, else
   *     UNDETERMINED
   * @param loanVerdicts  each loan's verdict, by the same rule
   * @param computed  each loan's amount before the cap when it may qualify, else zero
   * @param paid  each loan's share of the least: the cap paid out to the sure loans in drawdown order
   * @param missing  each loan's unknown facts, as the request's pointers, when it may but need not qualify
   * @param failures  each loan's failed conditions, as the library's reason codes
   * @param uncappedLeast  the sure loans' sum before the cap
   * @param uncappedMost  the sum before the cap of every loan that may qualify
   * @param completions  how many completions were run; {@code exhaustive} whether they were all of them
   * @param exhaustive  whether every completion was run
   */
  record Range(BigDecimal least, BigDecimal most, List<BigDecimal> totals, String verdict, List<String> loanVerdicts,
      List<BigDecimal> computed, List<BigDecimal> paid, List<Set<String>> missing, List<List<String>> failures,
      BigDecimal uncappedLeast, BigDecimal uncappedMost, int completions, boolean exhaustive) {

    /** @return the union of the loans' missing facts */
    Set<String> missingFacts() {
      Set<String> all = new LinkedHashSet<>();
      missing.forEach(all::addAll);
      return all;
    }

    /** @return whether the amount is one figure */
    boolean exact() {
      return least.compareTo(most) == 0;
    }
  }

  /** At most this many unknown facts are completed every way; with more, the extremes and a sample are. */
  static final int EXHAUSTIVE_UNKNOWNS = 10;

  /**
   * The range over completions of the unknown facts: every completion when there are at most
   * {@value #EXHAUSTIVE_UNKNOWNS} unknowns, otherwise the all-favourable and all-unfavourable ones and 254 drawn by
   * {@code sample} (a fixed-seed stream given by the caller).
   */
  static Range range(Firm firm, List<Loan> loans, Basis basis, Random sample) {
    List<int[]> unknowns = new ArrayList<>(); // {-1, k} a firm fact, {i, k} loan i's fact k
    for (int k = 0; k < 4; k++) {
      if (firm.facts().get(k) == null) {
        unknowns.add(new int[] {-1, k});
      }
    }
    for (int i = 0; i < loans.size(); i++) {
      for (int k = 0; k < 4; k++) {
        if (loans.get(i).facts().get(k) == null) {
          unknowns.add(new int[] {i, k});
        }
      }
    }
    int n = unknowns.size();
    boolean exhaustive = n <= EXHAUSTIVE_UNKNOWNS;
    List<long[]> masks = new ArrayList<>();
    if (exhaustive) {
      for (long m = 0; m < (1L << n); m++) {
        masks.add(new long[] {m});
      }
    } else {
      masks.add(new long[] {0L});
      masks.add(new long[] {(1L << n) - 1});
      for (int s = 0; s < 254; s++) {
        masks.add(new long[] {sample.nextLong() & ((1L << n) - 1)});
      }
    }
    int loanCount = loans.size();
    boolean[] always = new boolean[loanCount];
    boolean[] ever = new boolean[loanCount];
    Arrays.fill(always, true);
    List<BigDecimal> totals = new ArrayList<>();
    BigDecimal least = null;
    BigDecimal most = null;
    for (long[] mask : masks) {
      List<Boolean> firmFacts = new ArrayList<>(firm.facts());
      List<List<Boolean>> loanFacts = new ArrayList<>();
      loans.forEach(loan -> loanFacts.add(new ArrayList<>(loan.facts())));
      for (int u = 0; u < n; u++) {
        boolean favourable = (mask[0] >> u & 1) == 1;
        int[] at = unknowns.get(u);
        if (at[0] < 0) {
          firmFacts.set(at[1], favourable);
        } else {
          loanFacts.get(at[0]).set(at[1], favourable);
        }
      }
      Firm completedFirm = new Firm(firmFacts.get(0), firmFacts.get(1), firmFacts.get(2), firmFacts.get(3));
      List<Loan> completedLoans = new ArrayList<>();
      for (int i = 0; i < loanCount; i++) {
        completedLoans.add(loans.get(i).with(loanFacts.get(i)));
      }
      Decided decided = decided(completedFirm, completedLoans, basis);
      totals.add(decided.total());
      least = least == null ? decided.total() : least.min(decided.total());
      most = most == null ? decided.total() : most.max(decided.total());
      for (int i = 0; i < loanCount; i++) {
        always[i] &= decided.qualifies().get(i);
        ever[i] |= decided.qualifies().get(i);
      }
    }
    // each loan: its verdict, its amount if it may qualify, its unknown facts if it may but need not
    List<String> loanVerdicts = new ArrayList<>();
    List<BigDecimal> computed = new ArrayList<>();
    List<Set<String>> missing = new ArrayList<>();
    List<List<String>> failures = new ArrayList<>();
    BigDecimal uncappedLeast = BigDecimal.ZERO;
    BigDecimal uncappedMost = BigDecimal.ZERO;
    boolean anySure = false;
    boolean anyPossible = false;
    for (int i = 0; i < loanCount; i++) {
      Loan loan = loans.get(i);
      loanVerdicts.add(always[i] ? "ELIGIBLE" : ever[i] ? "UNDETERMINED" : "INELIGIBLE");
      BigDecimal amount = ever[i] ? amount(loan, basis) : BigDecimal.ZERO;
      computed.add(amount);
      uncappedMost = uncappedMost.add(amount);
      if (always[i]) {
        uncappedLeast = uncappedLeast.add(amount);
      }
      anySure |= always[i];
      anyPossible |= ever[i];
      Set<String> facts = new LinkedHashSet<>();
      if (ever[i] && !always[i]) {
        for (int k = 0; k < 4; k++) {
          if (firm.facts().get(k) == null) {
            facts.add("/enterprise/" + FIRM_FACTS.get(k));
          }
        }
        for (int k = 0; k < 4; k++) {
          if (loan.facts().get(k) == null) {
            facts.add("/loans/" + i + "/" + LOAN_FACTS.get(k));
          }
        }
      }
      missing.add(facts);
      List<String> failed = new ArrayList<>(factFailures(firm, loan));
      failed.addAll(datedFailures(loan));
      failures.add(failed);
    }
    // the cap paid out to the sure loans in drawdown order, then request order
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < loanCount; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> loans.get(i).drawdown()).thenComparing(i -> i));
    BigDecimal[] paid = new BigDecimal[loanCount];
    BigDecimal left = CAP;
    for (int i : order) {
      paid[i] = always[i] ? computed.get(i).min(left) : BigDecimal.ZERO;
      left = left.subtract(paid[i]);
    }
    String verdict = anySure ? "ELIGIBLE" : anyPossible ? "UNDETERMINED" : "INELIGIBLE";
    return new Range(least, most, totals, verdict, loanVerdicts, computed, List.of(paid), missing, failures,
        uncappedLeast, uncappedMost, masks.size(), exhaustive);
  }
}
