package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.money.MonetaryAmount;

/**
 * Each of a first-loan and tech-SME pair's two outcomes as {@link StackingInterestSubsidyRule} works it out under one
 * municipal interest subsidy per loan (深工信〔2023〕26号 第5条 and 第13条, decisions register §1.7): its least, most,
 * binding limit and missing facts ({@link Side}), set from the stacking's totals with each loan whose choice is open
 * counted in the most of the subsidy that may receive it ({@link #share}), and reopened for the first-loan subsidy
 * when what the tech-SME programme already paid is not known ({@link #reopenForFirst}, register §4.1 items 8 and 10,
 * §4.6 item 73). A side widens to the bounds over the completions of the facts not given (register §4.6 item 52),
 * decides its outcome's verdict as register §4.6 items 42 and 90 read an open range (undetermined when its least is
 * then zero, eligible when sure of a positive least), names no missing fact at a single figure (item 45), and names
 * the binding limit as item 88 does.
 * <p>
 * Amounts are in yuan, at the fen as the outcomes and the stacking give them; nothing is rounded here. A
 * {@link Side} is mutable and confined to one application of the rule; the class itself holds no state.
 */
final class StackingSides {

  /** The profile's fact of what the tech-SME programme already paid. */
  static final String RECEIVED = "/techSmeSubsidyReceived";

  private StackingSides() {
  }

  /** Each side's least, most and binding limit from the stacking, and the loans whose choice is open. */
  static void share(StackingResult stacked, Side firstSide, Side techSide,
      UnaryOperator<List<String>> profileFacts) {
    // the stacking only takes loans away: it never raises an outcome's least above its own (a measure whose own
    // verdict is open, such as a Shenzhen measure for a firm whose region is not given, may pay nothing at all)
    firstSide.least = Cny.yuan(stacked.firstLoanTotal(), "firstLoanTotal").min(firstSide.least);
    firstSide.most = stacked.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO);
    firstSide.binding = stacked.firstLoan().flatMap(FirstLoanResult::bindingLimit);
    techSide.least = Cny.yuan(stacked.techSmeTotal(), "techSmeTotal").min(techSide.least);
    techSide.most = stacked.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO);
    techSide.binding = stacked.techSme().map(TechSmeResult::bindingLimits)
        .flatMap(limits -> limits.isEmpty() ? Optional.empty() : Optional.of(limits.get(limits.size() - 1)));
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.ground() == StackingGround.UNDETERMINED) {
        boolean firstMay = mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate());
        boolean techMay = mayPay(loan.techSmeVerdict(), loan.techSmeCandidate());
        List<String> facts = profileFacts.apply(loan.missingFacts());
        if (firstMay) {
          firstSide.open(loan.firstLoanCandidate(), facts, techMay);
        }
        if (techMay) {
          techSide.open(loan.techSmeCandidate(), facts, firstMay);
        }
      }
    }
  }

  /**
   * What the programme already paid is not known, and the stacking read it as nothing (the tech-SME subsidy's most,
   * decisions register §4.1 item 8): its programme cap may be spent, and a spent cap pays nothing (decisions register
   * §4.1 item 10), so a loan the tech-SME subsidy took by being the larger, or by a claim that falls when it pays
   * nothing (§4.6 item 73), may yet be the first-loan subsidy's.
   *
   * @return the ids of the loans so opened to the first-loan subsidy
   */
  static List<String> reopenForFirst(StackingResult stacked, Side firstSide, Side techSide) {
    return reopenForFirst(stacked, firstSide, techSide, List.of(RECEIVED), false);
  }

  /**
   * As {@link #reopenForFirst(StackingResult, Side, Side)}, for a cap the facts not given may spend: what the
   * programme already paid, or an absent fee or premium list whose items would take the tech-SME caps first
   * (decisions register §4.6 item 110); with {@code lowerTech}, the tech-SME subsidy's least is lowered by what it
   * pays on each loan so opened (its least without the loan is at least that much less).
   *
   * @return the ids of the loans so opened to the first-loan subsidy
   */
  static List<String> reopenForFirst(StackingResult stacked, Side firstSide, Side techSide, List<String> facts,
      boolean lowerTech) {
    List<String> opened = new ArrayList<>();
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.TECH_SME))
          && (loan.ground() == StackingGround.NO_CLAIM_LARGER || loan.ground() == StackingGround.LARGER
              || loan.ground() == StackingGround.FIRST_CLAIMED)
          && mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())) {
        firstSide.open(loan.firstLoanCandidate(), facts, true);
        facts.forEach(techSide::contest);
        if (lowerTech) {
          techSide.lowerLeast(techSide.least.subtract(Cny.yuan(loan.techSmeCandidate(), "candidate"))
              .max(BigDecimal.ZERO));
        }
        opened.add(loan.loanId());
      }
    }
    return opened;
  }

  /**
   * Widens both sides to cover another way the stacking may go (decisions register §4.6 item 111: the claim within
   * the tech-SME enrolment's dates through a payment of an absent list): each least lowered to that way's total, each
   * most raised to that way's most with what it may pay on every loan whose choice is open there, naming the facts.
   */
  static void widenToWay(StackingResult way, Side firstSide, Side techSide, List<String> facts) {
    BigDecimal firstMost = way.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum"))
        .orElse(BigDecimal.ZERO);
    BigDecimal techMost = way.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO);
    for (StackingLoanDecision loan : way.loans()) {
      if (loan.ground() == StackingGround.UNDETERMINED) {
        firstMost = mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())
            ? firstMost.add(Cny.yuan(loan.firstLoanCandidate(), "candidate")) : firstMost;
        techMost = mayPay(loan.techSmeVerdict(), loan.techSmeCandidate())
            ? techMost.add(Cny.yuan(loan.techSmeCandidate(), "candidate")) : techMost;
      }
    }
    firstSide.widenTo(Cny.yuan(way.firstLoanTotal(), "firstLoanTotal"), firstMost, facts);
    if (techSide.most != null) {
      techSide.widenTo(Cny.yuan(way.techSmeTotal(), "techSmeTotal"), techMost, facts);
    }
  }

  /** Whether a measure could pay on a loan: not ineligible there, and a positive amount. */
  static boolean mayPay(Verdict verdict, MonetaryAmount candidate) {
    return verdict != Verdict.INELIGIBLE && candidate.isPositive();
  }

  //-------------------------------------------------------------------------
  /** One outcome's stacked amount, binding limit and missing facts, as they are worked out. */
  static final class Side {
    private final MeasureOutcome original;
    private final LinkedHashSet<String> missing;
    /** The least, in yuan: the outcome's own until the stacking sets it. */
    BigDecimal least;
    /** The most, in yuan, before the outcome's own most caps it: the outcome's own (null if none) until set. */
    BigDecimal most;
    Optional<BindingLimit> binding;
    private boolean contested;
    /** Whether the most is the outcome's own whatever the stacking gave (unbounded if it has none). */
    private boolean ownTop;
    /**
     * The least before the tech-SME widening for an unknown amount received took it to zero, in yuan; null while it
     * has not: a cap that may be spent changes the amount, not whether the firm qualifies.
     */
    private BigDecimal leastBeforeReceived;
    /**
     * Facts the outcome left unnamed because, as it stood, they could not move it (the tech-SME subsidy's absent
     * payment lists beside known items that already reach its caps, decisions register §4.6 item 150): named again
     * when the stacking leaves the outcome open, since it may have taken those items away.
     */
    private List<String> quiet = List.of();

    Side(MeasureOutcome original) {
      this.original = original;
      this.missing = new LinkedHashSet<>(original.missingFacts());
      this.least = Cny.yuan(original.amount().minimum(), "minimum");
      this.most = original.amount().maximum().map(max -> Cny.yuan(max, "maximum")).orElse(null);
      this.binding = original.bindingLimit();
    }

    /**
     * Sets the facts the outcome left unnamed because they could not move it as it stood (decisions register §4.6
     * item 150): {@link #outcome()} names them again when it leaves the outcome open.
     */
    void quiet(List<String> facts) {
      quiet = List.copyOf(facts);
    }

    /**
     * A loan whose choice awaits facts and that this measure may receive: its most rises by what it would pay on the
     * loan, and the facts are missing.
     *
     * @param candidate  what the measure would pay on the loan, before its caps
     * @param facts  the facts the choice awaits, as profile pointers
     * @param otherMayPay  whether the other measure may receive the loan too, which leaves the choice open
     */
    void open(MonetaryAmount candidate, List<String> facts, boolean otherMayPay) {
      most = most.add(Cny.yuan(candidate, "candidate"));
      missing.addAll(facts);
      contested |= otherMayPay;
    }

    /**
     * The least and most over the completions of the facts a cap couples the loans by (decisions register §4.6 item
     * 52): the least lowered to the least given, the most raised to the most given, and, when the range so widens,
     * the facts missing and the outcome's share open on them (an eligible outcome whose least is then zero is
     * undetermined, item 42).
     */
    void widenTo(BigDecimal leastOver, BigDecimal mostOver, List<String> facts) {
      if (leastOver.compareTo(least) < 0 || mostOver.compareTo(most) > 0) {
        missing.addAll(facts);
        contested = true;
      }
      least = least.min(leastOver);
      most = most.max(mostOver);
    }

    /**
     * The least and most over completions that cover every way the open loans can go, each decided as the facts
     * given decide it (decisions register §4.6 items 145 and 146), set in place of the stacking's share: the least
     * within the outcome's own. Where the range is then one figure, the facts decide nothing for this outcome: those
     * the outcome did not name itself are no longer missing, and no choice of it is open; else they stay missing.
     */
    void setOverCompletions(BigDecimal leastOver, BigDecimal mostOver, List<String> facts) {
      least = Cny.yuan(original.amount().minimum(), "minimum").min(leastOver);
      most = mostOver;
      if (least.compareTo(most) == 0) {
        facts.stream().filter(fact -> !original.missingFacts().contains(fact)).forEach(missing::remove);
        contested = false;
      } else {
        missing.addAll(facts);
        contested = true;
      }
    }

    /**
     * The range from zero to the outcome's own most, when the completions it should be bounded over cannot be run
     * (decisions register §4.6 item 110): too wide, never too narrow; the facts missing.
     */
    void widenToOwn(List<String> facts) {
      widenTo(BigDecimal.ZERO, most, facts);
      missing.addAll(facts);
      contested = true;
      ownTop = true;
    }

    /** The most stays the outcome's own: what the stacking left out of it may still be this measure's. */
    void keepOwnTop() {
      ownTop = true;
    }

    /** The choice of a loan this measure took awaits the fact, which leaves it open. */
    void contest(String fact) {
      missing.add(fact);
      contested = true;
    }

    /**
     * The tech-SME evaluator's own widening for facts the stacking does not see: an unknown amount already received
     * from the programme (from zero), and absent fee or premium lists (up by what they can add, as the evaluator
     * bounds it, naming the cap that then sets the top as the evaluator does).
     */
    void widenLikeItsEvaluator(TechSmeMeasure measure, EnterpriseProfile profile) {
      // as the evaluator widens: each absent list within its yearly cap and what the known loans can bear (register
      // §4.1 item 8b); a list the loans bound below its cap must not let the top keep the interest of a loan the
      // first-loan subsidy took
      BigDecimal known = most;
      most = most.add(TechSmeEvaluator.absentListsMost(measure, profile));
      // and names the cap that then sets the top, as the evaluator does, for a top the stacking cut below the
      // outcome's own: the absent fee or premium list's yearly cap it adds up to, not only the known items' last cap
      // (decisions register §4.6 item 88 (b))
      binding = TechSmeEvaluator.bindingLimitWithAbsentLists(measure, profile, known, binding);
      if (profile.techSmeSubsidyReceived().isEmpty()) {
        // from zero: an unknown amount already received may have used up the programme cap
        leastBeforeReceived = least;
        least = BigDecimal.ZERO;
      }
    }

    /** Lowers the least (and the least before the widening for the amount received) to at most the given one. */
    void lowerLeast(BigDecimal atMost) {
      least = least.min(atMost);
      if (leastBeforeReceived != null) {
        leastBeforeReceived = leastBeforeReceived.min(atMost);
      }
    }

    MeasureOutcome outcome() {
      Optional<BigDecimal> own = original.amount().maximum().map(max -> Cny.yuan(max, "maximum"));
      BigDecimal top = ownTop ? own.orElse(null) : own.map(max -> most.min(max)).orElse(most);
      OutcomeAmount amount;
      if (top == null) {
        amount = OutcomeAmount.atLeast(Cny.of(least));
      } else {
        BigDecimal bottom = least.min(top);
        amount = bottom.compareTo(top) == 0 ? OutcomeAmount.exactly(Cny.of(bottom))
            : OutcomeAmount.between(Cny.of(bottom), Cny.of(top));
      }
      boolean gained = !original.missingFacts().containsAll(missing);
      // a loan's open choice decides whether the measure pays on it: an outcome that may then get nothing is
      // undetermined; one that is sure of something whatever the choice (its least, the unknown amount received
      // aside, positive) qualifies, and stays eligible with the range (decisions register §4.6 item 42). So too
      // an open range the stacking leaves from zero with no loan's choice open: the loans it counted went to the
      // other subsidy, and what is not known (an absent payment list, a loan's own facts) decides whether it pays
      // anything, a condition, as its evaluator reads the list beside no item it keeps (register §4.6 item 90)
      BigDecimal certain = leastBeforeReceived != null ? leastBeforeReceived : least;
      boolean open = contested || gained || !amount.isExact();
      Verdict verdict = open && original.verdict() == Verdict.ELIGIBLE && certain.signum() == 0
          ? Verdict.UNDETERMINED : original.verdict();
      // an eligible outcome the stacking left at one figure (the loan whose interest it counted went to the other
      // subsidy) has nothing open: a fact it named, such as what the programme already paid, decides no money now,
      // and a platform is not asked for it (decisions register §4.6 item 45)
      // facts the outcome left unnamed because its known items reached the caps (register §4.6 item 150) are named
      // again once the stacking leaves it open: the loans whose items reached them may have gone to the other subsidy
      LinkedHashSet<String> named = missing;
      if (!quiet.isEmpty() && (!amount.isExact() || verdict == Verdict.UNDETERMINED)) {
        named = new LinkedHashSet<>(missing);
        named.addAll(quiet);
      }
      List<String> stillMissing = verdict == Verdict.ELIGIBLE && amount.isExact() ? List.of() : List.copyOf(named);
      // an open range whose top the stacking left as the outcome's own: that top's limit is the outcome's own, which
      // the evaluator names when a cap is the upper end (decisions register §4.6 item 88); an exact amount, or a
      // lower top, the caps of the stacked calculator's favourable case
      Optional<BindingLimit> limit = !amount.isExact() && top != null && own.isPresent()
          && top.compareTo(own.get()) == 0 ? original.bindingLimit() : binding;
      return original.toBuilder().verdict(verdict).amount(amount).bindingLimit(limit).missingFacts(stillMissing)
          .build();
    }

    /**
     * The outcome's most without what it would pay on one loan, within its own most, as {@link #outcome()} takes it;
     * null when the most stays the outcome's own or is unbounded.
     */
    BigDecimal topWithout(BigDecimal candidate) {
      if (ownTop || most == null) {
        return null;
      }
      BigDecimal without = most.subtract(candidate).max(BigDecimal.ZERO);
      return original.amount().maximum().map(max -> without.min(Cny.yuan(max, "maximum"))).orElse(without);
    }

    /** Whether the stacked outcome is undetermined where the original was eligible: the rule left it open. */
    boolean opened(MeasureOutcome stacked) {
      return original.verdict() == Verdict.ELIGIBLE && stacked.verdict() == Verdict.UNDETERMINED;
    }

    /** Whether a loan's choice between the two subsidies, which this outcome may receive, awaits facts. */
    boolean choiceOpen() {
      return contested;
    }

    boolean changed(MeasureOutcome stacked) {
      return stacked.verdict() != original.verdict() || !stacked.amount().equals(original.amount())
          || !stacked.bindingLimit().equals(original.bindingLimit())
          || !stacked.missingFacts().equals(original.missingFacts());
    }
  }
}
