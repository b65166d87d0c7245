package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Each outcome's least and most over every completion of the yes/no facts that the open loans' choices wait on, for
 * {@link StackingInterestSubsidyRule} when a cap can bind (decisions register §4.6 item 52): the first-loan cap of
 * 200,000 per enterprise (深工信〔2023〕26号 第5条 "单户企业贴息金额最高20万元") is allocated across its loans in drawdown
 * order and the tech-SME caps (第13条) are shared by all its items, so an open loan's choice moves what the caps leave
 * for the others, and a loan already decided may go to the other subsidy. The stacking is run again on each
 * completion, and each outcome is bounded by the least and the most it gets over them. When no cap can bind, the same
 * completions tell which facts leave the pair's amount unchanged whichever way they fall ({@link #decidingNothing},
 * decisions register §4.6 item 85).
 * <p>
 * The facts completed are the stacking request's pointers that the open loans' decisions name: the enterprise's
 * {@code firstTimeBorrower}, {@code independentLegalPerson}, {@code onSeriousDishonestyList} and
 * {@code enrolledTechSme}, and a loan's yes/no flags. Amounts are in yuan, at the fen as the stacking gives them;
 * nothing is rounded here. This class holds no state.
 */
final class StackingCompletions {

  /** The most facts completed: 2 ^ 8 = 256 runs of the stacking. */
  static final int MOST_FACTS = 8;

  private StackingCompletions() {
  }

  /**
   * The result of bounding: the two outcomes' least and most over the completions, or why they were not bounded.
   *
   * @param facts  the facts completed (or the one that could not be), as stacking request pointers
   * @param bounded  whether every completion decided every loan, so that the bounds hold
   * @param firstLeast  the least first-loan total over the completions (zero when not bounded)
   * @param firstMost  the most first-loan amount over the completions (zero when not bounded)
   * @param techLeast  the least tech-SME total over the completions (zero when not bounded)
   * @param techMost  the most tech-SME amount over the completions (zero when not bounded)
   * @param fromZeroToOwn  whether, the completions of the ways the firm's larger in all takes not run, each outcome
   *     was widened from zero to its own most instead (decisions register §4.6 item 110; not bounded then)
   */
  record Bounds(List<String> facts, boolean bounded, BigDecimal firstLeast, BigDecimal firstMost,
      BigDecimal techLeast, BigDecimal techMost, boolean fromZeroToOwn) {

    static Bounds notBounded(List<String> facts) {
      return new Bounds(facts, false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false);
    }

    /** Not bounded, each outcome widened from zero to its own most (decisions register §4.6 item 110). */
    static Bounds fromZeroToOwn(List<String> facts) {
      return new Bounds(facts, false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true);
    }
  }

  /** Whether some loan's choice is open with either subsidy able to pay on it. */
  static boolean anyOpen(StackingResult stacked) {
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.ground() == StackingGround.UNDETERMINED
          && (StackingSides.mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())
          || StackingSides.mayPay(loan.techSmeVerdict(), loan.techSmeCandidate()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The facts the open loans' choices wait on, as the stacking request names them, in the order first named.
   *
   * @param stacked  the stacking with the facts open
   * @return the facts
   */
  static List<String> awaited(StackingResult stacked) {
    LinkedHashSet<String> facts = new LinkedHashSet<>();
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.ground() == StackingGround.UNDETERMINED) {
        facts.addAll(loan.missingFacts());
      }
    }
    return List.copyOf(facts);
  }

  /**
   * Runs the stacking on every completion of the facts the open loans wait on, and takes each outcome's least and
   * most over them. A completion that still leaves a loan open names the facts it then waits on (a fact named only
   * once others are known: a loan whose choice turns on what an open loan leaves of a cap): they are added and the
   * completions run again. Not bounded when a fact is not a yes/no fact this class completes, when there are more
   * than {@link #MOST_FACTS}, or when a completion leaves a loan open on no fact beyond those completed.
   *
   * @param facts  the facts to complete, from {@link #awaited}
   * @param enterprise  the stacking request's enterprise facts
   * @param loans  the stacking request's loans
   * @param stacking  the stacking over completed enterprise facts and loans
   * @return the bounds, or why there are none
   */
  static Bounds over(List<String> facts, EnterpriseFacts enterprise, List<LoanFacts> loans,
      BiFunction<EnterpriseFacts, List<LoanFacts>, StackingResult> stacking) {
    List<String> completing = new ArrayList<>(facts);
    while (true) {
      Optional<Bounds> bounds = overOnce(completing, enterprise, loans, stacking);
      if (bounds.isPresent()) {
        return bounds.get();
      }
    }
  }

  /**
   * One pass of {@link #over} over the facts given: the bounds, or the bounds not found; empty when a completion left
   * a loan open on facts not yet completed, which are then added to {@code facts} for the next pass.
   */
  private static Optional<Bounds> overOnce(List<String> facts, EnterpriseFacts enterprise, List<LoanFacts> loans,
      BiFunction<EnterpriseFacts, List<LoanFacts>, StackingResult> stacking) {
    if (facts.isEmpty() || facts.size() > MOST_FACTS) {
      return Optional.of(Bounds.notBounded(List.copyOf(facts)));
    }
    for (String fact : facts) {
      if (complete(fact, true, enterprise, new ArrayList<>(loans)).isEmpty()) {
        return Optional.of(Bounds.notBounded(List.of(fact)));
      }
    }
    BigDecimal firstLeast = null;
    BigDecimal firstMost = null;
    BigDecimal techLeast = null;
    BigDecimal techMost = null;
    for (int mask = 0; mask < 1 << facts.size(); mask++) {
      StackingResult completed = completion(facts, mask, enterprise, loans, stacking);
      if (anyOpen(completed)) {
        List<String> named = awaited(completed);
        List<String> beyond = named.stream().filter(fact -> !facts.contains(fact)).toList();
        if (beyond.isEmpty()) {
          return Optional.of(Bounds.notBounded(named));
        }
        facts.addAll(beyond);
        return Optional.empty();
      }
      BigDecimal firstTotal = Cny.yuan(completed.firstLoanTotal(), "firstLoanTotal");
      BigDecimal firstTop = completed.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum"))
          .orElse(BigDecimal.ZERO);
      BigDecimal techTotal = Cny.yuan(completed.techSmeTotal(), "techSmeTotal");
      BigDecimal techTop = completed.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum"))
          .orElse(BigDecimal.ZERO);
      firstLeast = firstLeast == null ? firstTotal : firstLeast.min(firstTotal);
      firstMost = firstMost == null ? firstTop : firstMost.max(firstTop);
      techLeast = techLeast == null ? techTotal : techLeast.min(techTotal);
      techMost = techMost == null ? techTop : techMost.max(techTop);
    }
    return Optional.of(new Bounds(List.copyOf(facts), true, firstLeast, firstMost, techLeast, techMost, false));
  }

  /**
   * The facts that leave the amount the two subsidies pay together unchanged whichever way they fall, when no cap can
   * bind (decisions register §4.6 item 85): the stacking is run on every completion of the facts, and a fact decides
   * nothing when, whatever the others, its two values give the pair the same least (the two stacked totals added)
   * and the same most (the two results' maxima added). A first-time borrower's loan open on
   * {@code subsidisedUnderAnotherMunicipalScheme} and the enrolment, whose first-loan amount is the larger: the
   * enrolment decides nothing (the loan goes to the first-loan subsidy either way), the flag everything.
   *
   * @param facts  the facts to complete, from {@link #awaited}
   * @param enterprise  the stacking request's enterprise facts
   * @param loans  the stacking request's loans
   * @param stacking  the stacking over completed enterprise facts and loans
   * @return the facts deciding nothing, in the order given; empty when none does, or when the completions cannot be
   *     run (no fact, more than {@link #MOST_FACTS}, a fact not yes/no, or a completion that leaves a loan open)
   */
  static List<String> decidingNothing(List<String> facts, EnterpriseFacts enterprise, List<LoanFacts> loans,
      BiFunction<EnterpriseFacts, List<LoanFacts>, StackingResult> stacking) {
    if (facts.isEmpty() || facts.size() > MOST_FACTS) {
      return List.of();
    }
    for (String fact : facts) {
      if (complete(fact, true, enterprise, new ArrayList<>(loans)).isEmpty()) {
        return List.of();
      }
    }
    BigDecimal[] least = new BigDecimal[1 << facts.size()];
    BigDecimal[] most = new BigDecimal[least.length];
    for (int mask = 0; mask < least.length; mask++) {
      StackingResult completed = completion(facts, mask, enterprise, loans, stacking);
      if (anyOpen(completed)) {
        return List.of();
      }
      least[mask] = pairLeast(completed);
      most[mask] = pairMost(completed);
    }
    return movingNothing(facts, least, most);
  }

  /** The two subsidies' stacked totals added, in yuan: the pair's least on one completion. */
  private static BigDecimal pairLeast(StackingResult completed) {
    return Cny.yuan(completed.firstLoanTotal(), "firstLoanTotal")
        .add(Cny.yuan(completed.techSmeTotal(), "techSmeTotal"));
  }

  /** The two results' maxima added, in yuan: the pair's most on one completion. */
  private static BigDecimal pairMost(StackingResult completed) {
    return completed.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO)
        .add(completed.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO));
  }

  /**
   * The facts whose two values, whatever the others, give the same least and the same most: fact f moves the pair
   * when some completion and the same completion with bit f set differ in either.
   *
   * @param facts  the facts completed, bit f of a completion's index for fact f
   * @param least  each completion's least, by index
   * @param most  each completion's most, by index
   * @return the facts deciding nothing, in the order given
   */
  private static List<String> movingNothing(List<String> facts, BigDecimal[] least, BigDecimal[] most) {
    List<String> nothing = new ArrayList<>();
    for (int f = 0; f < facts.size(); f++) {
      boolean moves = false;
      for (int mask = 0; mask < least.length && !moves; mask++) {
        int other = mask | 1 << f;
        moves = mask != other
            && (least[mask].compareTo(least[other]) != 0 || most[mask].compareTo(most[other]) != 0);
      }
      if (!moves) {
        nothing.add(facts.get(f));
      }
    }
    return List.copyOf(nothing);
  }

  /**
   * The pair's least and most in all over every completion of the facts, and the facts that leave them unchanged
   * whichever way they fall, for a choice that the firm's larger in all makes (decisions register §4.6 item 100).
   *
   * @param facts  the facts completed, as stacking request pointers
   * @param least  the least in all, in yuan: the least of the completions' stacked totals added
   * @param most  the most in all, in yuan: the most of the completions' two results' maxima added
   * @param decidingNothing  the facts whose two values, whatever the others, give the same least and most
   */
  record InAll(List<String> facts, BigDecimal least, BigDecimal most, List<String> decidingNothing) {
  }

  /**
   * Runs a decision on every completion of the facts and takes the pair's least and most in all over them: the first-
   * loan and tech-SME subsidies that one municipal interest subsidy per loan shares the loans between, each completion
   * decided as the facts given would decide it (the firm's larger in all among the ways the loans can go, decisions
   * register §4.6 item 100), so that each completion's figure is one way's sum, worked out, and never the members'
   * bounds added. A completion that still leaves a loan open names the facts it then waits on: they are added and the
   * completions run again, as {@link #over} does.
   *
   * @param facts  the facts to complete, as stacking request pointers
   * @param enterprise  the stacking request's enterprise facts
   * @param loans  the stacking request's loans
   * @param decide  the stacking the facts given choose, over completed enterprise facts and loans; null when that
   *     completion leaves the choice open between ways
   * @param mostFacts  the most facts completed, at most {@link #MOST_FACTS} (fewer when each decision runs the
   *     stacking many times)
   * @return the least and most, or empty when a fact is not a yes/no fact this class completes, there are none or more
   *     than {@code mostFacts}, or a completion is not decided on the facts completed
   */
  static Optional<InAll> inAllOver(List<String> facts, EnterpriseFacts enterprise, List<LoanFacts> loans,
      BiFunction<EnterpriseFacts, List<LoanFacts>, StackingResult> decide, int mostFacts) {
    List<String> completing = new ArrayList<>(facts);
    while (true) {
      if (completing.isEmpty() || completing.size() > Math.min(mostFacts, MOST_FACTS)) {
        return Optional.empty();
      }
      for (String fact : completing) {
        if (complete(fact, true, enterprise, new ArrayList<>(loans)).isEmpty()) {
          return Optional.empty();
        }
      }
      BigDecimal[] least = new BigDecimal[1 << completing.size()];
      BigDecimal[] most = new BigDecimal[least.length];
      List<String> beyond = List.of();
      for (int mask = 0; mask < least.length && beyond.isEmpty(); mask++) {
        StackingResult completed = completion(completing, mask, enterprise, loans, decide);
        if (completed == null) {
          return Optional.empty();
        }
        if (anyOpen(completed)) {
          beyond = awaited(completed).stream().filter(fact -> !completing.contains(fact)).toList();
          if (beyond.isEmpty()) {
            return Optional.empty();
          }
          continue;
        }
        least[mask] = pairLeast(completed);
        most[mask] = pairMost(completed);
      }
      if (!beyond.isEmpty()) {
        completing.addAll(beyond);
        continue;
      }
      BigDecimal leastInAll = least[0];
      BigDecimal mostInAll = most[0];
      for (int mask = 1; mask < least.length; mask++) {
        leastInAll = leastInAll.min(least[mask]);
        mostInAll = mostInAll.max(most[mask]);
      }
      return Optional.of(new InAll(List.copyOf(completing), leastInAll, mostInAll,
          movingNothing(completing, least, most)));
    }
  }

  /**
   * The least of some amounts over every completion of the facts, each completion's amounts worked out by
   * {@code amounts} (decisions register §4.6 item 100: the tech-SME subsidy's least, and the pair's, over the ways the
   * firm's larger in all takes).
   *
   * @param facts  the facts to complete, as stacking request pointers
   * @param enterprise  the stacking request's enterprise facts
   * @param loans  the stacking request's loans
   * @param amounts  the amounts on completed enterprise facts and loans, in yuan, as many on every completion; empty
   *     when that completion cannot say
   * @param mostFacts  the most facts completed, at most {@link #MOST_FACTS}
   * @return each amount's least, or empty when there is no fact, more than {@code mostFacts}, a fact not yes/no, or a
   *     completion that cannot say
   */
  static Optional<List<BigDecimal>> leastOver(List<String> facts, EnterpriseFacts enterprise, List<LoanFacts> loans,
      BiFunction<EnterpriseFacts, List<LoanFacts>, Optional<List<BigDecimal>>> amounts, int mostFacts) {
    if (facts.isEmpty() || facts.size() > Math.min(mostFacts, MOST_FACTS)) {
      return Optional.empty();
    }
    for (String fact : facts) {
      if (complete(fact, true, enterprise, new ArrayList<>(loans)).isEmpty()) {
        return Optional.empty();
      }
    }
    List<BigDecimal> least = null;
    for (int mask = 0; mask < 1 << facts.size(); mask++) {
      Optional<List<BigDecimal>> one = completion(facts, mask, enterprise, loans, amounts);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      if (least == null) {
        least = new ArrayList<>(one.get());
      } else {
        for (int i = 0; i < least.size(); i++) {
          least.set(i, least.get(i).min(one.get().get(i)));
        }
      }
    }
    return Optional.of(List.copyOf(least));
  }

  /** The stacking on one completion: fact f of {@code facts} true when bit f of the mask is set. */
  private static <T> T completion(List<String> facts, int mask, EnterpriseFacts enterprise,
      List<LoanFacts> loans, BiFunction<EnterpriseFacts, List<LoanFacts>, T> stacking) {
    EnterpriseFacts completedEnterprise = enterprise;
    List<LoanFacts> completedLoans = new ArrayList<>(loans);
    for (int f = 0; f < facts.size(); f++) {
      // each fact checked by the caller as one complete() knows: the result is present
      completedEnterprise = complete(facts.get(f), (mask >> f & 1) == 1, completedEnterprise, completedLoans)
          .orElseThrow();
    }
    return stacking.apply(completedEnterprise, List.copyOf(completedLoans));
  }

  /**
   * Completes one fact: the enterprise facts with it (a loan's flag set in {@code loans} in place).
   *
   * @return the enterprise facts, or empty when the fact is not a yes/no fact of the enterprise or of a loan held
   */
  private static Optional<EnterpriseFacts> complete(String fact, boolean value, EnterpriseFacts enterprise,
      List<LoanFacts> loans) {
    String[] parts = fact.split("/", -1);
    if (parts.length == 3 && parts[0].isEmpty() && parts[1].equals("enterprise")) {
      EnterpriseFacts.Builder builder = EnterpriseFacts.builder().from(enterprise);
      switch (parts[2]) {
        case "firstTimeBorrower" -> builder.firstTimeBorrower(value);
        case "independentLegalPerson" -> builder.independentLegalPerson(value);
        case "onSeriousDishonestyList" -> builder.onSeriousDishonestyList(value);
        case "enrolledTechSme" -> builder.enrolledTechSme(value);
        default -> {
          return Optional.empty();
        }
      }
      return Optional.of(builder.build());
    }
    if (parts.length != 4 || !parts[0].isEmpty() || !parts[1].equals("loans") || !parts[2].matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(parts[2]);
    if (index >= loans.size()) {
      return Optional.empty();
    }
    LoanFacts.Builder builder = LoanFacts.builder().from(loans.get(index));
    switch (parts[3]) {
      case "firstDrawdownOfFirstContract" -> builder.firstDrawdownOfFirstContract(value);
      case "forProductionOrOperation" -> builder.forProductionOrOperation(value);
      case "subsidisedUnderAnotherMunicipalScheme" -> builder.subsidisedUnderAnotherMunicipalScheme(value);
      case "firstInclusiveFinanceLoan" -> builder.firstInclusiveFinanceLoan(value);
      case "vehicleOrRealEstatePurchase" -> builder.vehicleOrRealEstatePurchase(value);
      case "underOtherRiskCompensation" -> builder.underOtherRiskCompensation(value);
      default -> {
        return Optional.empty();
      }
    }
    loans.set(index, builder.build());
    return Optional.of(enterprise);
  }
}
