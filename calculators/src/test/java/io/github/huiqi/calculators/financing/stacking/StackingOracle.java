package io.github.huiqi.calculators.financing.stacking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent oracle for how the Shenzhen financing measures stack, written from the clause texts and the decisions
 * register in plain {@link BigDecimal}, sharing nothing with the library but the names of the schemes:
 * <ul>
 *   <li>one municipal interest subsidy per loan ("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息", 2022
 *       深圳 首贷 implementing rules, domain §1.7) between the first-loan subsidy (深工信〔2023〕26号 第5条) and the
 *       科技型中小企业 subsidy (第13条), loans taken in drawdown order, each candidate within what its cap leaves, the
 *       claimed one (a request's claim, or the loan's own record) standing under FIRST_CLAIMED while its cap leaves it
 *       something on the loan (register §4.6 item 73), else the larger, the first-loan subsidy on a tie (register
 *       §4.1 item 10), the 第13条 room a loan is compared on less what the loans drawn after it that only 第13条 pays
 *       on will take (register §4.6 item 134: they are paid on whatever the comparison decides);
 *   <li>the renovation interest subsidy (小升规方案 第十条 "按实际支付利息的50%，给予最高500万元的贴息资助") against the
 *       two on a loan its payments name: the larger amount on the loan keeps it, the first-loan and tech-SME subsidies
 *       on a tie, each side's amount on the loan being its total less its total without the loan (register §4.6
 *       item 43), except that under FIRST_CLAIMED a loan claimed first under 第5条 or 第13条 stays theirs when the
 *       subsidy claimed pays on it (one subsidy per loan, the claim made standing); a loan either side pays nothing
 *       on is left as it is and compared again after another loan changes hands (register §4.6 item 130), and
 *       the loans still left go one to a side where each side pays on them together (item 153); the
 *       renovation grant stacks with it ("还可叠加享受贷款贴息");
 *   <li>the two guarantee-fee subsidies (贴保 of 第13条, and the small/micro fee subsidy of the 2021 reply letter 二):
 *       both counted (COUNT_BOTH) or the lower set aside (COUNT_HIGHER), register §4.4 item 25.
 * </ul>
 * The profile it reads is narrowed to what the generator makes: a Shenzhen (宝安区) small manufacturer, legal person,
 * never dishonest; every loan for production, from a Shenzhen bank, not for a vehicle or real estate, never repaid
 * early; every 科技贴息 interest payment accrued and paid within 2023 (so at min(base + 30, 80)% = 80% whatever the
 * first-time-borrower ratio, 第13条 "最高可按照实际支付利息的80%"); every renovation payment within its project's
 * subsidised years (2023-01-01 to 2025-12-31, register §4.1 item 9). The caller keeps the 贴保's fees small enough
 * that the 科技贴息's yearly cap binds, if at all, on interest alone (the caps then split by kind in one way only).
 */
final class StackingOracle {

  /** 第5条 "对2023年1-3月…首次获得贷款的企业": the drawdown window. */
  static final LocalDate FIRST_LOAN_FROM = LocalDate.of(2023, 1, 1);
  static final LocalDate FIRST_LOAN_TO = LocalDate.of(2023, 3, 31);
  /** 第5条 "给予2%的贴息补助", annualised, ACT/360 (register §4.1 item 1). */
  static final BigDecimal FIRST_LOAN_RATE = new BigDecimal("0.02");
  /** 2022 首贷 rules: "贷款年利率低于2%的，不予贴息". */
  static final BigDecimal FIRST_LOAN_RATE_FLOOR = new BigDecimal("0.02");
  /** 第5条 "单户企业贴息金额最高20万元". */
  static final BigDecimal FIRST_LOAN_CAP = new BigDecimal("200000");
  /** 第5条 "贴息期限不超过6个月"; 2022 rules "实际用款时间低于1个月的，不予贴息". */
  static final int FIRST_LOAN_MONTHS = 6;

  /** 第13条 "最高可按照实际支付利息的80%予以资助" (50% or 70% + 30 points, at most 80%). */
  static final BigDecimal TECH_INTEREST_RATIO = new BigDecimal("0.80");
  /** 2020 办法 第十四条（三）: guarantee fee 50%, at most 300,000 a year. */
  static final BigDecimal TECH_FEE_RATIO = new BigDecimal("0.50");
  static final BigDecimal TECH_FEE_CAP = new BigDecimal("300000");
  /** 2020 办法 第十四条（四）: 1,000,000 per enterprise a year, 3,000,000 over the 办法. */
  static final BigDecimal TECH_ANNUAL_CAP = new BigDecimal("1000000");
  static final BigDecimal TECH_PROGRAMME_CAP = new BigDecimal("3000000");

  /** 小升规方案 第十条 "按实际支付利息的50%，给予最高500万元的贴息资助" (per project, register §4.1 item 9). */
  static final BigDecimal RENOVATION_RATIO = new BigDecimal("0.50");
  static final BigDecimal RENOVATION_CAP = new BigDecimal("5000000");
  /** 第十条 with the operating rules: 技术装备升级换代改造 at most 10%, "资助上限为5000万元". */
  static final BigDecimal GRANT_RATE = new BigDecimal("0.10");
  static final BigDecimal GRANT_CAP = new BigDecimal("50000000");

  /** 2017 guide (register §2.4): 30% of the fee, ≤ 300,000 a year, 单笔 ≤ 3,000,000, fee rate ≤ 50% of the loan's. */
  static final BigDecimal FEE_SUBSIDY_RATIO = new BigDecimal("0.30");
  static final BigDecimal FEE_SUBSIDY_CAP = new BigDecimal("300000");
  static final BigDecimal FEE_SUBSIDY_MAX_PRINCIPAL = new BigDecimal("3000000");
  static final BigDecimal FEE_SUBSIDY_RATE_SHARE = new BigDecimal("0.50");

  /** The two schemes a loan may take, as the library names them. */
  enum Scheme { FIRST_LOAN, TECH_SME }

  private StackingOracle() {
  }

  /**
   * The firm; a {@code null} fact is not known.
   *
   * @param firstTimeBorrower  首次获得贷款 (第5条)
   * @param enrolled  an enrolled 科技型中小企业 whose dates reach 2023 (第13条)
   * @param received  what the 科技贴息 programme already paid
   */
  record Firm(Boolean firstTimeBorrower, Boolean enrolled, BigDecimal received) {
  }

  /** One 科技贴息 interest payment, accrued from start (counted) to end (not), paid on end. */
  record Interest(BigDecimal paid, LocalDate start, LocalDate end) {
  }

  /** A loan's guarantee for the small/micro fee subsidy: the fee rate (a fraction) and the fee paid. */
  record Guarantee(BigDecimal feeRate, BigDecimal feePaid) {
  }

  /**
   * One loan; {@code firstDrawdown} (the first drawdown of its first contract) and {@code elsewhere} (subsidised
   * under another municipal scheme) {@code null} when not known.
   *
   * @param interest  its 科技贴息 interest payment, null if none
   * @param guarantee  its guarantee, null if not guaranteed
   * @param claimed  the one of 第5条 and 第13条 already claimed on it, as the profile records it; null for none
   */
  record Loan(String id, BigDecimal principal, BigDecimal rate, LocalDate drawdown, LocalDate maturity,
      Boolean firstDrawdown, Boolean elsewhere, Interest interest, Guarantee guarantee, Scheme claimed) {

    Loan flagged() {
      return new Loan(id, principal, rate, drawdown, maturity, firstDrawdown, true, interest, guarantee, claimed);
    }

    Loan withElsewhere(Boolean value) {
      return new Loan(id, principal, rate, drawdown, maturity, firstDrawdown, value, interest, guarantee, claimed);
    }

    Loan withFirstDrawdown(Boolean value) {
      return new Loan(id, principal, rate, drawdown, maturity, value, elsewhere, interest, guarantee, claimed);
    }

    Loan withClaimed(Scheme value) {
      return new Loan(id, principal, rate, drawdown, maturity, firstDrawdown, elsewhere, interest, guarantee, value);
    }
  }

  /** A 贴保 guarantee-fee payment (第13条 with 第十四条（三）). */
  record Fee(String id, BigDecimal paid, LocalDate paidOn) {
  }

  /** A renovation interest payment; {@code loanId} null when it names no loan. */
  record RenovationPayment(String id, String loanId, BigDecimal interest, LocalDate from, LocalDate until) {
  }

  /** An equipment-upgrade project, supported, its shares met, subsidy start 2023-01-01. */
  record Project(String id, BigDecimal investment, List<RenovationPayment> payments) {
  }

  /** The profile: a Shenzhen firm unless {@code shanghai}. */
  record Profile(boolean shanghai, Firm firm, List<Loan> loans, List<Fee> fees, List<Project> projects) {

    Profile withLoans(List<Loan> changed) {
      return new Profile(shanghai, firm, changed, fees, projects);
    }

    Profile withFirm(Firm changed) {
      return new Profile(shanghai, changed, loans, fees, projects);
    }
  }

  /** One measure's verdict and amount (least = most when every fact is known). */
  record Outcome(String verdict, BigDecimal least, BigDecimal most) {

    static Outcome exact(boolean eligible, BigDecimal amount) {
      return new Outcome(eligible ? "ELIGIBLE" : "INELIGIBLE", amount, amount);
    }

    boolean ineligible() {
      return verdict.equals("INELIGIBLE");
    }
  }

  /**
   * The stacked outcomes of a profile whose facts are all known.
   *
   * @param applies  each loan's scheme after the first-loan / tech-SME stacking (absent: neither)
   */
  record Stacked(Outcome firstLoan, Outcome techSme, Outcome renovationInterest, Outcome grant, Outcome feeSubsidy,
      Map<String, Scheme> applies, BigDecimal firstLoanPart, BigDecimal techSmePart) {
  }

  //-------------------------------------------------------------------------
  /**
   * 第5条 on one loan before the cap: principal × 2% × days ÷ 360, the days from the drawdown (counted) to the
   * maturity, at most 6 months on (not counted), half-up to the fen; zero when it does not qualify.
   */
  static BigDecimal firstLoanAmount(Firm firm, boolean shanghai, Loan loan) {
    LocalDate sixMonths = loan.drawdown().plusMonths(FIRST_LOAN_MONTHS);
    LocalDate until = loan.maturity().isBefore(sixMonths) ? loan.maturity() : sixMonths;
    boolean qualifies = !shanghai && Boolean.TRUE.equals(firm.firstTimeBorrower())
        && Boolean.TRUE.equals(loan.firstDrawdown())
        && Boolean.FALSE.equals(loan.elsewhere())
        && !loan.drawdown().isBefore(FIRST_LOAN_FROM) && !loan.drawdown().isAfter(FIRST_LOAN_TO)
        && loan.rate().compareTo(FIRST_LOAN_RATE_FLOOR) >= 0
        && !loan.maturity().isBefore(loan.drawdown().plusMonths(1));
    if (!qualifies) {
      return BigDecimal.ZERO;
    }
    long days = ChronoUnit.DAYS.between(loan.drawdown(), until);
    return loan.principal().multiply(FIRST_LOAN_RATE).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
  }

  /** Whether the loan qualifies for 第5条 at all. */
  static boolean firstLoanQualifies(Firm firm, boolean shanghai, Loan loan) {
    return firstLoanAmount(firm, shanghai, loan).signum() > 0;
  }

  /** 第13条 on one loan's 2023 interest: 80% × paid, half-up to the fen; zero when it does not qualify. */
  static BigDecimal techInterestAmount(Firm firm, boolean shanghai, Loan loan) {
    if (shanghai || !Boolean.TRUE.equals(firm.enrolled()) || loan.interest() == null
        || !Boolean.FALSE.equals(loan.elsewhere())) {
      return BigDecimal.ZERO;
    }
    return loan.interest().paid().multiply(TECH_INTEREST_RATIO).setScale(2, RoundingMode.HALF_UP);
  }

  /** What the 科技贴息's yearly and programme caps leave for the year (the fees never bind them here). */
  static BigDecimal techRoom(Firm firm) {
    return TECH_ANNUAL_CAP.min(TECH_PROGRAMME_CAP.subtract(firm.received()).max(BigDecimal.ZERO));
  }

  /** The 贴保's fees: 50% each, half-up, at most 300,000 a year. */
  static BigDecimal techFees(Profile profile) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Fee fee : profile.fees()) {
      sum = sum.add(fee.paid().multiply(TECH_FEE_RATIO).setScale(2, RoundingMode.HALF_UP));
    }
    return sum.min(TECH_FEE_CAP);
  }

  //-------------------------------------------------------------------------
  /**
   * The stacking of 第5条 and 第13条 over the loans, all facts known (register §4.1 item 10).
   *
   * @param larger  LARGER, else FIRST_CLAIMED
   * @param claims  the subsidy already claimed on a loan beside the claims the loans record (a calculator request's
   *     {@code firstClaims}; empty from a profile)
   */
  static Map<String, Scheme> interestStacking(Profile profile, boolean larger, Map<String, Scheme> claims) {
    return interestStacking(profile, larger, claims, true);
  }

  /**
   * The stacking, the first-loan subsidy taking part only while it can be claimed ({@code firstInPlay}: on or before
   * the last day of its window, 2023-12-31); a measure the firm cannot claim takes no loan from the other.
   */
  static Map<String, Scheme> interestStacking(Profile profile, boolean larger, Map<String, Scheme> claims,
      boolean firstInPlay) {
    Firm firm = profile.firm();
    BigDecimal firstRoom = FIRST_LOAN_CAP;
    BigDecimal techRoom = techRoom(firm);
    Map<String, Scheme> applies = new LinkedHashMap<>();
    List<Loan> order = new ArrayList<>(profile.loans());
    order.sort(Comparator.comparing(Loan::drawdown));
    for (int k = 0; k < order.size(); k++) {
      Loan loan = order.get(k);
      BigDecimal first = firstInPlay ? firstLoanAmount(firm, profile.shanghai(), loan) : BigDecimal.ZERO;
      BigDecimal tech = techInterestAmount(firm, profile.shanghai(), loan);
      BigDecimal firstPayable = first.min(firstRoom.max(BigDecimal.ZERO));
      // register §4.6 item 134: a loan drawn later that 第5条 pays nothing on and 第13条 pays on goes to 第13条 whatever
      // this comparison decides, and is sure to be paid on (here the enrolment's dates reach 2023, every claim's), so
      // its 80% is set aside from the room before this loan is compared
      BigDecimal laterTechOnly = BigDecimal.ZERO;
      if (first.signum() > 0 || tech.signum() == 0) {
        for (Loan later : order.subList(k + 1, order.size())) {
          boolean firstPaysNothing = !firstInPlay || firstLoanAmount(firm, profile.shanghai(), later).signum() == 0;
          if (firstPaysNothing) {
            laterTechOnly = laterTechOnly.add(techInterestAmount(firm, profile.shanghai(), later));
          }
        }
      }
      BigDecimal techPayable = tech.min(techRoom.subtract(laterTechOnly).max(BigDecimal.ZERO));
      Scheme chosen;
      if (first.signum() > 0 && tech.signum() > 0) {
        // "同一笔贷款只能享受一次贴息政策": under FIRST_CLAIMED the subsidy already claimed stands (register item 10)
        Scheme claimed = larger ? null : claims.getOrDefault(loan.id(), loan.claimed());
        // a claimed subsidy whose cap is spent pays nothing on the loan: the claim falls (register item 73)
        BigDecimal claimedPays = claimed == Scheme.FIRST_LOAN ? firstPayable : techPayable;
        chosen = claimed != null && claimedPays.signum() > 0 ? claimed
            : techPayable.compareTo(firstPayable) > 0 ? Scheme.TECH_SME : Scheme.FIRST_LOAN;
      } else if (first.signum() > 0) {
        chosen = Scheme.FIRST_LOAN;
      } else if (tech.signum() > 0) {
        chosen = Scheme.TECH_SME;
      } else {
        continue;
      }
      applies.put(loan.id(), chosen);
      if (chosen == Scheme.FIRST_LOAN) {
        firstRoom = firstRoom.subtract(firstPayable);
      } else {
        techRoom = techRoom.subtract(techPayable);
      }
    }
    return mostInAll(profile, larger, claims, firstInPlay, order, applies);
  }

  /**
   * Register §4.6 item 151: the loans both 第5条 and 第13条 pay on, one to eight of them, none with a claim that stands
   * under FIRST_CLAIMED, go the way of the split that pays the firm most in all (every split tried, each loan to one
   * of the two), the one at a time's own split kept where it pays that most; of the others paying it, the one that
   * pays 第5条 most (item 10's tie), then gives 第13条 fewer loans, then the earliest drawn loan to 第5条.
   */
  private static Map<String, Scheme> mostInAll(Profile profile, boolean larger, Map<String, Scheme> claims,
      boolean firstInPlay, List<Loan> order, Map<String, Scheme> oneAtATime) {
    List<String> both = new ArrayList<>();
    for (Loan loan : order) {
      boolean first = firstInPlay && firstLoanAmount(profile.firm(), profile.shanghai(), loan).signum() > 0;
      if (first && techInterestAmount(profile.firm(), profile.shanghai(), loan).signum() > 0) {
        if (!larger && claims.getOrDefault(loan.id(), loan.claimed()) != null) {
          return oneAtATime;
        }
        both.add(loan.id());
      }
    }
    if (both.isEmpty() || both.size() > 8) {
      return oneAtATime;
    }
    BigDecimal most = firstLoanTotal(profile, oneAtATime).add(techSmeTotal(profile, oneAtATime));
    Map<String, Scheme> chosen = oneAtATime;
    BigDecimal chosenFirst = null;
    for (int ways = 0; ways < 1 << both.size(); ways++) {
      Map<String, Scheme> split = new LinkedHashMap<>(oneAtATime);
      for (int i = 0; i < both.size(); i++) {
        split.put(both.get(i), (ways & 1 << i) != 0 ? Scheme.TECH_SME : Scheme.FIRST_LOAN);
      }
      BigDecimal first = firstLoanTotal(profile, split);
      BigDecimal total = first.add(techSmeTotal(profile, split));
      int byTotal = total.compareTo(most);
      if (byTotal < 0 || byTotal == 0 && chosen == oneAtATime) {
        continue;
      }
      if (byTotal > 0 || preferred(split, first, chosen, chosenFirst, both)) {
        most = total;
        chosen = split;
        chosenFirst = first;
      }
    }
    return chosen;
  }

  /** Of two splits paying as much: more to 第5条, then fewer loans to 第13条, then the earliest drawn loan to 第5条. */
  private static boolean preferred(Map<String, Scheme> split, BigDecimal first, Map<String, Scheme> chosen,
      BigDecimal chosenFirst, List<String> both) {
    if (first.compareTo(chosenFirst) != 0) {
      return first.compareTo(chosenFirst) > 0;
    }
    long tech = both.stream().filter(id -> split.get(id) == Scheme.TECH_SME).count();
    long chosenTech = both.stream().filter(id -> chosen.get(id) == Scheme.TECH_SME).count();
    if (tech != chosenTech) {
      return tech < chosenTech;
    }
    for (String id : both) {
      if (split.get(id) != chosen.get(id)) {
        return split.get(id) == Scheme.FIRST_LOAN;
      }
    }
    return false;
  }

  /** 第5条 over the loans it applies to: their amounts summed, at most 200,000. */
  static BigDecimal firstLoanTotal(Profile profile, Map<String, Scheme> applies) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Loan loan : profile.loans()) {
      if (applies.get(loan.id()) == Scheme.FIRST_LOAN) {
        sum = sum.add(firstLoanAmount(profile.firm(), profile.shanghai(), loan));
      }
    }
    return sum.min(FIRST_LOAN_CAP);
  }

  /** 第13条 over the loans it applies to with the 贴保's fees, within the yearly and programme caps. */
  static BigDecimal techSmeTotal(Profile profile, Map<String, Scheme> applies) {
    if (profile.shanghai() || !Boolean.TRUE.equals(profile.firm().enrolled())) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = techFees(profile);
    for (Loan loan : profile.loans()) {
      if (applies.get(loan.id()) == Scheme.TECH_SME) {
        sum = sum.add(techInterestAmount(profile.firm(), profile.shanghai(), loan));
      }
    }
    return sum.min(TECH_ANNUAL_CAP).min(TECH_PROGRAMME_CAP.subtract(profile.firm().received()).max(BigDecimal.ZERO));
  }

  /** The renovation interest subsidy of the projects without the payments on the loans given. */
  static BigDecimal renovationTotal(Profile profile, Set<String> without) {
    BigDecimal total = BigDecimal.ZERO;
    for (Project project : profile.projects()) {
      BigDecimal interest = BigDecimal.ZERO;
      for (RenovationPayment payment : project.payments()) {
        if (payment.loanId() == null || !without.contains(payment.loanId())) {
          interest = interest.add(payment.interest());
        }
      }
      total = total.add(interest.multiply(RENOVATION_RATIO).setScale(2, RoundingMode.HALF_UP).min(RENOVATION_CAP));
    }
    return total;
  }

  /** Whether a renovation payment remains once the loans given are left out. */
  static boolean renovationPays(Profile profile, Set<String> without) {
    for (Project project : profile.projects()) {
      for (RenovationPayment payment : project.payments()) {
        if (payment.loanId() == null || !without.contains(payment.loanId())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What the first-loan and tech-SME side and the renovation subsidy each pay on a loan (each total with it less
   * without it, the loans given so far given), and whether a claim recorded first on it stands: under FIRST_CLAIMED the
   * 第5条 or 第13条 claimed first keeps the loan when it pays on it, whatever 第十条 pays (one subsidy per loan, the
   * claim made standing).
   */
  private record LoanSides(BigDecimal othersOn, BigDecimal renovationOn, boolean claimStands) {

    /** Whether 第十条 takes the loan: no claim stands and it pays more on it (the pair keeping a tie, item 43). */
    boolean toRenovation() {
      return !claimStands && renovationOn.compareTo(othersOn) > 0;
    }
  }

  private static LoanSides onLoan(Profile profile, Set<String> keptByRenovation, Set<String> keptByOthers,
      String loan, boolean larger, boolean firstInPlay) {
    BigDecimal[] now = pair(flagged(profile, keptByRenovation), larger, firstInPlay);
    Set<String> flaggedNext = new LinkedHashSet<>(keptByRenovation);
    flaggedNext.add(loan);
    BigDecimal[] less = pair(flagged(profile, flaggedNext), larger, firstInPlay);
    Set<String> left = new LinkedHashSet<>(keptByOthers);
    left.add(loan);
    Scheme claimed = larger ? null : claimOf(profile, loan);
    int side = claimed == Scheme.FIRST_LOAN ? 0 : 1;
    return new LoanSides(now[0].add(now[1]).subtract(less[0].add(less[1])),
        renovationTotal(profile, keptByOthers).subtract(renovationTotal(profile, left)),
        claimed != null && now[side].subtract(less[side]).signum() > 0);
  }

  /** The profile with the loans given read as subsidised under another municipal scheme. */
  static Profile flagged(Profile profile, Set<String> loans) {
    List<Loan> changed = new ArrayList<>();
    for (Loan loan : profile.loans()) {
      changed.add(loans.contains(loan.id()) ? loan.flagged() : loan);
    }
    return profile.withLoans(changed);
  }

  /** The first-loan and tech-SME totals after their own stacking, on a profile (the claims the loans record). */
  private static BigDecimal[] pair(Profile profile, boolean larger, boolean firstInPlay) {
    Map<String, Scheme> applies = interestStacking(profile, larger, Map.of(), firstInPlay);
    return new BigDecimal[] {firstLoanTotal(profile, applies), techSmeTotal(profile, applies)};
  }

  /** 第5条 "2023年1-3月" claims: the measure's window ends 2023-12-31 (the pack's). */
  static final LocalDate FIRST_LOAN_WINDOW_END = LocalDate.of(2023, 12, 31);

  /**
   * Every stacked outcome of a profile whose facts are all known.
   *
   * @param larger  the engine's interestSubsidyPrecedence LARGER (a loan's recorded claim is then not read), else
   *     FIRST_CLAIMED
   * @param asOf  the evaluation date (the small/micro fee subsidy claims the loans of the year before; after
   *     2023-12-31 the first-loan subsidy is out of the total and takes no loan)
   */
  static Stacked stacked(Profile profile, boolean larger, LocalDate asOf) {
    int asOfYear = asOf.getYear();
    boolean firstInPlay = !asOf.isAfter(FIRST_LOAN_WINDOW_END);
    Set<String> keptByRenovation = new LinkedHashSet<>();
    Set<String> keptByOthers = new LinkedHashSet<>();
    Set<String> heldIds = new LinkedHashSet<>();
    profile.loans().forEach(loan -> heldIds.add(loan.id()));
    // 第十条 against 第5条 / 第13条, loan by loan in the order the projects first name them (register §4.6 item 43)
    boolean renovationTakesPart = !profile.shanghai();
    if (renovationTakesPart) {
      Set<String> named = new LinkedHashSet<>();
      for (Project project : profile.projects()) {
        for (RenovationPayment payment : project.payments()) {
          if (payment.loanId() != null && heldIds.contains(payment.loanId())) {
            named.add(payment.loanId());
          }
        }
      }
      // a loan left as it is (either side paying nothing on it) is compared again after another loan changes hands,
      // until a whole round over the loans left gives none (register §4.6 item 130)
      Set<String> undecided = new LinkedHashSet<>(named);
      boolean moved = true;
      while (moved) {
        moved = false;
        for (String loan : List.copyOf(undecided)) {
          LoanSides on = onLoan(profile, keptByRenovation, keptByOthers, loan, larger, firstInPlay);
          if (on.othersOn().signum() == 0 || on.renovationOn().signum() == 0) {
            continue;
          }
          undecided.remove(loan);
          moved = true;
          (on.toRenovation() ? keptByRenovation : keptByOthers).add(loan);
        }
      }
      // the loans still undecided stay in both claims; where each side pays on them together, each goes to one side,
      // the larger on it at its turn, though the other pays nothing more on it (register §4.6 item 153)
      Set<String> togetherRenovation = new LinkedHashSet<>(keptByRenovation);
      togetherRenovation.addAll(undecided);
      Set<String> togetherOthers = new LinkedHashSet<>(keptByOthers);
      togetherOthers.addAll(undecided);
      BigDecimal[] pairNow = pair(flagged(profile, keptByRenovation), larger, firstInPlay);
      BigDecimal[] pairLess = pair(flagged(profile, togetherRenovation), larger, firstInPlay);
      boolean pairPaysOnThem = pairNow[0].add(pairNow[1]).compareTo(pairLess[0].add(pairLess[1])) != 0;
      boolean renovationPaysOnThem = renovationTotal(profile, keptByOthers)
          .compareTo(renovationTotal(profile, togetherOthers)) != 0;
      if (pairPaysOnThem && renovationPaysOnThem) {
        for (String loan : List.copyOf(undecided)) {
          undecided.remove(loan);
          boolean toRenovation = onLoan(profile, keptByRenovation, keptByOthers, loan, larger, firstInPlay)
              .toRenovation();
          (toRenovation ? keptByRenovation : keptByOthers).add(loan);
        }
      }
      // the firm takes the split of the named loans that pays it most in all, when the one at a time does not
      // (register §4.6 item 147); a claim recorded under FIRST_CLAIMED keeps the one at a time
      boolean claimRecorded = false;
      for (String loan : named) {
        claimRecorded |= !larger && claimOf(profile, loan) != null;
      }
      if (named.size() >= 2 && named.size() <= 8 && !claimRecorded) {
        BigDecimal passPays = splitPays(profile, keptByRenovation, keptByOthers, larger, firstInPlay)[0];
        List<String> loans = new ArrayList<>(named);
        Collections.sort(loans);
        BigDecimal[] best = null;
        Set<String> bestRenovation = null;
        for (int mask = 0; mask < 1 << loans.size(); mask++) {
          Set<String> toRenovation = new LinkedHashSet<>();
          Set<String> toPair = new LinkedHashSet<>();
          for (int i = 0; i < loans.size(); i++) {
            ((mask >> i & 1) == 1 ? toRenovation : toPair).add(loans.get(i));
          }
          BigDecimal[] pays = splitPays(profile, toRenovation, toPair, larger, firstInPlay);
          int byTotal = best == null ? 1 : pays[0].compareTo(best[0]);
          int byPair = best == null ? 1 : pays[1].compareTo(best[1]);
          if (byTotal > 0 || byTotal == 0 && (byPair > 0
              || byPair == 0 && toRenovation.size() < bestRenovation.size())) {
            best = pays;
            bestRenovation = toRenovation;
          }
        }
        if (best[0].compareTo(passPays) > 0) {
          keptByRenovation = bestRenovation;
          keptByOthers = new LinkedHashSet<>(named);
          keptByOthers.removeAll(bestRenovation);
        }
      }
    }
    Profile others = flagged(profile, keptByRenovation);
    Map<String, Scheme> applies = interestStacking(others, larger, Map.of(), firstInPlay);
    BigDecimal first = firstLoanTotal(others, applies);
    if (!firstInPlay) {
      // out of the total, the first-loan outcome is its own, over every loan that qualifies
      Map<String, Scheme> alone = new LinkedHashMap<>();
      profile.loans().forEach(loan -> alone.put(loan.id(), Scheme.FIRST_LOAN));
      first = firstLoanTotal(profile, alone);
    }
    BigDecimal tech = techSmeTotal(others, applies);
    boolean firstEligible = false;
    // the 科技贴息's claim stands on any payment of an enrolled firm: interest on a loan subsidised elsewhere (or
    // given up to another subsidy) is left out of its amount, not out of its claim (eligible at 0.00, as the first-loan
    // subsidy that gave its loan up stays eligible at 0.00); the first-loan subsidy's own rules bar a loan subsidised
    // elsewhere ("不重复享受市直其他部门财政贴息"), so a firm with no other first loan is not eligible
    boolean techEligible = !profile.shanghai() && Boolean.TRUE.equals(others.firm().enrolled())
        && (!others.fees().isEmpty() || others.loans().stream().anyMatch(loan -> loan.interest() != null));
    for (Loan loan : (firstInPlay ? others : profile).loans()) {
      firstEligible |= firstLoanQualifies(profile.firm(), profile.shanghai(), loan);
    }
    boolean renovationEligible = renovationTakesPart && renovationPays(profile, keptByOthers);
    BigDecimal renovation = renovationTakesPart ? renovationTotal(profile, keptByOthers) : BigDecimal.ZERO;
    BigDecimal grantMost = BigDecimal.ZERO;
    for (Project project : profile.projects()) {
      grantMost = grantMost.add(project.investment().multiply(GRANT_RATE).setScale(2, RoundingMode.HALF_UP)
          .min(GRANT_CAP));
    }
    boolean grantEligible = renovationTakesPart && !profile.projects().isEmpty();
    Outcome grant = new Outcome(grantEligible ? "ELIGIBLE" : "INELIGIBLE", BigDecimal.ZERO,
        grantEligible ? grantMost : BigDecimal.ZERO);
    return new Stacked(Outcome.exact(firstEligible, first), Outcome.exact(techEligible, tech),
        Outcome.exact(renovationEligible, renovation), grant, feeSubsidy(profile, asOfYear), applies, first, tech);
  }

  /**
   * What one split of the named loans pays: the first-loan (while in play), tech-SME and renovation interest subsidies
   * together, and the first two alone.
   */
  private static BigDecimal[] splitPays(Profile profile, Set<String> toRenovation, Set<String> toPair,
      boolean larger, boolean firstInPlay) {
    BigDecimal[] pair = pair(flagged(profile, toRenovation), larger, firstInPlay);
    BigDecimal pairPays = (firstInPlay ? pair[0] : BigDecimal.ZERO).add(pair[1]);
    return new BigDecimal[] {pairPays.add(renovationTotal(profile, toPair)), pairPays};
  }

  /** The subsidy the profile records as claimed first on a loan, null for none. */
  private static Scheme claimOf(Profile profile, String loanId) {
    for (Loan loan : profile.loans()) {
      if (loan.id().equals(loanId)) {
        return loan.claimed();
      }
    }
    return null;
  }

  /**
   * The small/micro fee subsidy (2021 reply letter 二 on the 2017 guide, register §2.4): a loan of the year before the
   * evaluation's, guaranteed by a Shenzhen government guarantor, at most 3,000,000, its fee rate at most half its
   * loan rate, earns 30% of its fee paid, half-up to the fen; at most 300,000 in all.
   */
  static Outcome feeSubsidy(Profile profile, int asOfYear) {
    if (profile.shanghai()) {
      return Outcome.exact(false, BigDecimal.ZERO);
    }
    boolean any = false;
    BigDecimal sum = BigDecimal.ZERO;
    for (Loan loan : profile.loans()) {
      Guarantee guarantee = loan.guarantee();
      if (guarantee == null || loan.drawdown().getYear() != asOfYear - 1
          || loan.principal().compareTo(FEE_SUBSIDY_MAX_PRINCIPAL) > 0
          || guarantee.feeRate().compareTo(loan.rate().multiply(FEE_SUBSIDY_RATE_SHARE)) > 0) {
        continue;
      }
      any = true;
      sum = sum.add(guarantee.feePaid().multiply(FEE_SUBSIDY_RATIO).setScale(2, RoundingMode.HALF_UP));
    }
    return Outcome.exact(any, sum.min(FEE_SUBSIDY_CAP));
  }

  //-------------------------------------------------------------------------
  /** 企业所得税法 第四条: the standard rate, 25%. */
  static final BigDecimal STANDARD_RATE = new BigDecimal("0.25");
  /** 财政部 税务总局公告2023年第6号 and 2022年第13号: 25% of the income at 20%, an effective 5% in 2023. */
  static final BigDecimal SMALL_LOW_PROFIT_RATE = new BigDecimal("0.05");
  /** 小型微利企业: taxable income at most 3,000,000 (财税〔2019〕13号 第二条). */
  static final BigDecimal SMALL_LOW_PROFIT_LIMIT = new BigDecimal("3000000");
  /** 财政部 税务总局公告2023年第7号: 100% of the expensed R&amp;D deducted again. */
  static final BigDecimal RD_EXTRA = BigDecimal.ONE;

  /** The taxable income after the R&amp;D extra deduction, floored at zero (register §1.7). */
  static BigDecimal incomeAfterRd(BigDecimal beforeRd, BigDecimal rd) {
    return beforeRd.subtract(rd.multiply(RD_EXTRA)).max(BigDecimal.ZERO);
  }

  /**
   * The R&amp;D deduction's saving, std(TIb) − std(TIa) (register §1.7, the firm-year view's line (a)), half-up to
   * the fen.
   */
  static BigDecimal rdSaving(BigDecimal beforeRd, BigDecimal rd) {
    return beforeRd.subtract(incomeAfterRd(beforeRd, rd)).multiply(STANDARD_RATE).setScale(2, RoundingMode.HALF_UP);
  }

  /** The 小型微利企业 relief on the income after the deduction, 25% − 5% of it, or nothing above 3,000,000. */
  static BigDecimal smallLowProfitRelief(BigDecimal beforeRd, BigDecimal rd) {
    BigDecimal after = incomeAfterRd(beforeRd, rd);
    return after.compareTo(SMALL_LOW_PROFIT_LIMIT) > 0 ? BigDecimal.ZERO
        : after.multiply(STANDARD_RATE.subtract(SMALL_LOW_PROFIT_RATE)).setScale(2, RoundingMode.HALF_UP);
  }

  //-------------------------------------------------------------------------
  /**
   * The yes/no facts the generator may leave unknown: the firm's first-time borrowing and 科技型中小企业 enrolment, each
   * loan's first drawdown and other subsidy.
   */
  static int unknowns(Profile profile) {
    int count = (profile.firm().firstTimeBorrower() == null ? 1 : 0) + (profile.firm().enrolled() == null ? 1 : 0);
    for (Loan loan : profile.loans()) {
      count += (loan.elsewhere() == null ? 1 : 0) + (loan.firstDrawdown() == null ? 1 : 0);
    }
    return count;
  }

  /**
   * What the 科技贴息 programme may already have paid when the profile does not say: nothing, an amount leaving the
   * yearly cap whole, one leaving 1,000 of the programme cap, and all of it (register §4.1 item 8: the cap may be
   * spent).
   */
  static final List<BigDecimal> RECEIVED_SAMPLES = List.of(BigDecimal.ZERO, new BigDecimal("2000000"),
      new BigDecimal("2999000"), TECH_PROGRAMME_CAP);

  /**
   * Every completion of the unknown yes/no facts, and, when what the programme already paid is not given, each of
   * {@link #RECEIVED_SAMPLES}.
   */
  static List<Profile> completions(Profile profile) {
    List<Profile> done = new ArrayList<>();
    int unknowns = unknowns(profile);
    List<BigDecimal> received = profile.firm().received() == null ? RECEIVED_SAMPLES
        : List.of(profile.firm().received());
    for (BigDecimal paid : received) {
      for (int mask = 0; mask < 1 << unknowns; mask++) {
        int bit = 0;
        Firm firm = profile.firm();
        Boolean firstTime = firm.firstTimeBorrower() == null ? (Boolean) ((mask >> bit++ & 1) == 1)
            : firm.firstTimeBorrower();
        Boolean enrolled = firm.enrolled() == null ? (Boolean) ((mask >> bit++ & 1) == 1) : firm.enrolled();
        firm = new Firm(firstTime, enrolled, paid);
        List<Loan> loans = new ArrayList<>();
        for (Loan loan : profile.loans()) {
          Loan filled = loan.elsewhere() == null ? loan.withElsewhere((mask >> bit++ & 1) == 1) : loan;
          loans.add(loan.firstDrawdown() == null ? filled.withFirstDrawdown((mask >> bit++ & 1) == 1) : filled);
        }
        done.add(profile.withFirm(firm).withLoans(loans));
      }
    }
    return done;
  }

  /**
   * Whether a cap could bind whichever way the facts fall (register §4.6 item 50's test, from the clauses): every
   * loan's 第5条 amount with the facts favourable adds up to more than 200,000, or every loan's 第13条 interest
   * amount and the 贴保's fees to more than what the yearly and programme caps leave.
   */
  static boolean capCanBind(Profile profile) {
    Firm favourable = new Firm(true, !Boolean.FALSE.equals(profile.firm().enrolled()),
        profile.firm().received() == null ? BigDecimal.ZERO : profile.firm().received());
    BigDecimal first = BigDecimal.ZERO;
    BigDecimal tech = techFees(profile);
    for (Loan loan : profile.loans()) {
      Loan open = (loan.elsewhere() == null ? loan.withElsewhere(false) : loan)
          .withFirstDrawdown(!Boolean.FALSE.equals(loan.firstDrawdown()));
      first = first.add(firstLoanAmount(favourable, profile.shanghai(), open));
      tech = tech.add(techInterestAmount(favourable, profile.shanghai(), open));
    }
    return first.compareTo(FIRST_LOAN_CAP) > 0 || tech.compareTo(techRoom(favourable)) > 0;
  }

  /**
   * The loans the renovation subsidy could take from the pair's joint least: those both subsidies may pay on in some
   * completion, and those the stacking gives the same subsidy in every completion.
   */
  static Set<String> pairMayTake(Profile profile, List<Profile> completions, boolean larger) {
    Set<String> taken = new LinkedHashSet<>();
    for (Loan loan : profile.loans()) {
      boolean firstMay = false;
      boolean techMay = false;
      Set<Scheme> given = new java.util.HashSet<>();
      for (Profile completion : completions) {
        Loan filled = completion.loans().stream().filter(l -> l.id().equals(loan.id())).findFirst().orElseThrow();
        firstMay |= firstLoanAmount(completion.firm(), completion.shanghai(), filled).signum() > 0;
        techMay |= techInterestAmount(completion.firm(), completion.shanghai(), filled).signum() > 0;
        given.add(interestStacking(completion, larger, Map.of()).get(loan.id()));
      }
      if (firstMay && techMay || given.size() == 1 && !given.contains(null)) {
        taken.add(loan.id());
      }
    }
    return taken;
  }

  /** The loans whose first-loan / tech-SME choice differs between the completions. */
  static Set<String> openLoans(Profile profile, List<Profile> completions, boolean larger) {
    Set<String> open = new LinkedHashSet<>();
    Map<String, Scheme> seen = null;
    for (Profile completion : completions) {
      Map<String, Scheme> applies = interestStacking(completion, larger, Map.of());
      if (seen != null) {
        for (Loan loan : profile.loans()) {
          if (seen.get(loan.id()) != applies.get(loan.id())) {
            open.add(loan.id());
          }
        }
      }
      seen = applies;
    }
    return open;
  }

  /** The least and most of a figure over the completions. */
  record Hull(BigDecimal least, BigDecimal most) {

    static Hull of(List<BigDecimal> figures) {
      BigDecimal least = figures.get(0);
      BigDecimal most = figures.get(0);
      for (BigDecimal figure : figures) {
        least = least.min(figure);
        most = most.max(figure);
      }
      return new Hull(least, most);
    }
  }

  /** The names of a list of figures, for a failure message. */
  static String show(List<BigDecimal> figures) {
    return Arrays.toString(figures.stream().map(BigDecimal::toPlainString).toArray());
  }
}
