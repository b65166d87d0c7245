package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The firm's larger in all (decisions register §4.6 item 100), for {@link StackingInterestSubsidyRule}: where the
 * larger decides a loan (under {@code LARGER}, or under {@code FIRST_CLAIMED} with no claim that stands on it) and the
 * claim the stacking leaves the tech-SME subsidy (深工信〔2023〕26号 第13条) misses its enrolment's dates, the firm may
 * instead leave to the tech-SME subsidy loans the first-loan subsidy (第5条) took, so that its claim reaches the
 * enrolment. This class tries those ways ({@link #leftToTechSme}), tells which gives the firm more in all whatever
 * the facts not given ({@link #largerInAll}), and widens both outcomes over both ways when those facts may send it
 * either way ({@link #eitherWay}). The ways over the completions of the facts not given are
 * {@link StackingWaysChosen}'s, bounded by {@link StackingWaysBounds} and counted jointly by
 * {@link StackingWaysJointLimit}; the widening when the enrolment or a payment list is not given is
 * {@link StackingLeftWaysWidening}'s.
 * <p>
 * Amounts are in yuan, at the fen as the stacking gives them; nothing is rounded here. This class holds no state.
 */
final class StackingLargerInAll {

  /** The most loans the first-loan subsidy took whose every subset {@link #leftToTechSme} tries: 2^8 − 1 runs. */
  static final int MOST_LEFT = 8;

  private StackingLargerInAll() {
  }

  /**
   * Where the larger decides (LARGER, or FIRST_CLAIMED with no claim standing on the loan), when the claim the
   * stacking leaves the tech-SME subsidy misses its enrolment's dates
   * (decisions register §4.6 item 100), the firm's other way: the stacking with the enrolment held and some of the
   * loans the larger gave the first-loan subsidy (those the tech-SME subsidy qualifies on and can pay on) left to the
   * tech-SME subsidy, so that its claim reaches the enrolment. Each non-empty subset of those loans is tried (at most
   * {@value #MOST_LEFT} loans; a firm's first loans are one or a few), kept when the claim it leaves reaches the
   * enrolment as {@link StackingEnrolment#enrolmentOverClaimKept} reads it; of those, the one whose least in all is
   * the largest (then its most, then the first tried).
   *
   * @return that stacking, or empty when there is none
   */
  static Optional<StackingResult> leftToTechSme(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stackedAsGiven, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence,
      boolean explain, UnaryOperator<List<String>> profileFacts) {
    List<String> taken = new ArrayList<>();
    for (StackingLoanDecision loan : stackedAsGiven.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)) && byTheLarger(loan)
          && loan.techSmeVerdict() == Verdict.ELIGIBLE && loan.techSmeCandidate().isPositive()) {
        taken.add(loan.loanId());
      }
    }
    if (taken.isEmpty() || taken.size() > MOST_LEFT) {
      return Optional.empty();
    }
    StackingResult best = null;
    InAll bestInAll = null;
    for (int mask = 1; mask < 1 << taken.size(); mask++) {
      Set<String> left = new HashSet<>();
      for (int i = 0; i < taken.size(); i++) {
        if ((mask & 1 << i) != 0) {
          left.add(taken.get(i));
        }
      }
      StackingResult run = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest,
          precedence, explain, profileFacts, left, Optional.of(StackingEnrolmentSpan.of(profile)));
      if (StackingEnrolment.enrolmentOverClaimKept(asGiven, run, loans, profile) != asGiven) {
        continue;
      }
      InAll inAll = InAll.of(run);
      if (best == null || inAll.least().compareTo(bestInAll.least()) > 0
          || inAll.least().compareTo(bestInAll.least()) == 0 && inAll.most().compareTo(bestInAll.most()) > 0) {
        best = run;
        bestInAll = inAll;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the larger decided the loan: under LARGER, or under FIRST_CLAIMED with no claim that stands on it. */
  static boolean byTheLarger(StackingLoanDecision loan) {
    return loan.ground() == StackingGround.LARGER || loan.ground() == StackingGround.NO_CLAIM_LARGER;
  }

  /** The firm's least and most in all from a stacking, in yuan. */
  record InAll(BigDecimal least, BigDecimal most) {

    /**
     * The two measures' stacked totals, and their maxima plus what each may pay on every loan whose choice is open
     * (too wide).
     */
    static InAll of(StackingResult stacked) {
      BigDecimal most = stacked.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum"))
          .orElse(BigDecimal.ZERO)
          .add(stacked.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO));
      for (StackingLoanDecision loan : stacked.loans()) {
        if (loan.ground() == StackingGround.UNDETERMINED) {
          most = most.add(StackingSides.mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())
              ? Cny.yuan(loan.firstLoanCandidate(), "candidate") : BigDecimal.ZERO);
          most = most.add(StackingSides.mayPay(loan.techSmeVerdict(), loan.techSmeCandidate())
              ? Cny.yuan(loan.techSmeCandidate(), "candidate") : BigDecimal.ZERO);
        }
      }
      return new InAll(Cny.yuan(stacked.total(), "total"), most);
    }
  }

  /** Which way gives the firm more in all (decisions register §4.6 item 100). */
  enum Larger {
    /** The loans left to the tech-SME subsidy, whatever the facts not given. */
    LEFT,
    /** The loans taken by the first-loan subsidy, whatever the facts not given (or no other way). */
    TAKEN,
    /** Either, as the facts not given fall. */
    EITHER
  }

  /**
   * Which way gives the firm more in all: the loans left to the tech-SME subsidy when their least in all is above the
   * other way's most; the first-loan subsidy's taking them when its least is no less than the other's most (a tie
   * keeps the larger's own choice, the first-loan subsidy, as item 10's tie); else either.
   */
  static Larger largerInAll(StackingResult left, StackingResult taken) {
    InAll leftInAll = InAll.of(left);
    InAll takenInAll = InAll.of(taken);
    if (leftInAll.least().compareTo(takenInAll.most()) > 0) {
      return Larger.LEFT;
    }
    return takenInAll.least().compareTo(leftInAll.most()) >= 0 ? Larger.TAKEN : Larger.EITHER;
  }

  /**
   * Widens both sides, set from the stacking {@code taken}, to cover the stacking {@code left} too, naming the facts
   * either awaits, and returns the words of the note: too wide, never too narrow (as register §4.6 item 96 reads an
   * open choice).
   */
  static LocalizedText eitherWay(StackingResult left, StackingResult taken, MeasureOutcome first,
      MeasureOutcome tech, Side firstSide, Side techSide, UnaryOperator<List<String>> profileFacts) {
    Side firstLeft = new Side(first);
    Side techLeft = new Side(tech);
    StackingSides.share(left, firstLeft, techLeft, profileFacts);
    LinkedHashSet<String> facts = new LinkedHashSet<>(profileFacts.apply(taken.missingFacts()));
    facts.addAll(profileFacts.apply(left.missingFacts()));
    List<String> named = List.copyOf(facts);
    firstSide.widenTo(firstLeft.least, firstLeft.most, named);
    techSide.widenTo(techLeft.least, techLeft.most, named);
    List<String> loansLeft = new ArrayList<>();
    for (StackingLoanDecision loan : left.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.TECH_SME)) && byTheLarger(loan)
          && taken.loans().stream().anyMatch(other -> other.loanId().equals(loan.loanId())
              && other.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)))) {
        loansLeft.add(loan.loanId());
      }
    }
    return LocalizedText.of("贷款 " + String.join("、", loansLeft) + " 如留给科技型中小企业贴息，其申报的利息方达到"
        + "入库日期；企业合计以哪种安排较大，取决于未提供的信息：" + String.join("、", named),
        "were loan(s) " + String.join(", ", loansLeft) + " left to the tech-SME subsidy, its claim "
        + "would reach the enrolment's dates; which way gives the firm more in all waits on facts not given: "
        + String.join(", ", named));
  }
}
