package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The split of the loans both the first-loan subsidy (深工信〔2023〕26号 第5条) and the tech-SME subsidy (第13条) take
 * that pays the firm most in all, for {@link StackingCalculator} (decisions register §4.6 item 151): the loans are
 * compared one at a time in drawdown order, each within what the caps leave after the loans drawn before it (§4.1
 * item 10, §4.6 items 133 and 134), so an earlier loan may be given to the tech-SME subsidy on room that a later loan
 * both take then fills as the larger, and the firm gets less than another split pays. Where every such loan has both
 * sides exact, the loans are at most {@value #BUDGET}, and no claim recorded under {@code FIRST_CLAIMED} stands on
 * them, each of the 2^n splits is worked out by the two calculators (each loan to one subsidy; every loan only one of
 * them takes goes to it, as in the comparison), and the split that pays most in all is taken when the comparison's own
 * pays less; ties go to the split paying the first-loan subsidy the most (item 10's tie), then to the one giving the
 * tech-SME subsidy fewer loans, then to the first in drawdown order giving a loan to the first-loan subsidy. A split
 * whose tech-SME claim misses the enrolment's dates is not one the enrolment pays on (item 100) and is not taken.
 * <p>
 * Amounts are in yuan, at the fen as the calculators give them; nothing is rounded here. This class holds no state.
 */
final class StackingBestSplit {

  /** The most loans whose splits are all worked out (2^8 = 256 splits, two calculations each). */
  static final int BUDGET = 8;

  private StackingBestSplit() {
  }

  /**
   * The split that pays most in all and the totals behind it.
   *
   * @param split  each loan's subsidy, every loan of the request that one of them takes
   * @param total  what the split pays in all
   * @param passTotal  what the one-at-a-time comparison's split pays in all
   */
  record Best(Map<String, StackingScheme> split, BigDecimal total, BigDecimal passTotal) {
  }

  /**
   * Works out every split of {@code both} and returns the one paying most, when it pays more than {@code pass}.
   *
   * @param firstMeasure  the first-loan subsidy (第5条)
   * @param techMeasure  the tech-SME subsidy (第13条)
   * @param request  the stacking request
   * @param options  its options
   * @param pass  each loan's subsidy after the comparison (a loan neither takes absent)
   * @param both  the loans both subsidies take with both sides exact, in drawdown order, one to {@value #BUDGET}
   * @param span  the enrolment's dates a tech-SME claim must reach
   * @return the better split, or empty when the comparison's pays that most, or a split is not exact
   */
  static Optional<Best> of(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure, StackingRequest request,
      StackingOptions options, Map<String, StackingScheme> pass, List<String> both, StackingEnrolmentSpan span) {
    if (both.isEmpty() || both.size() > BUDGET) {
      return Optional.empty();
    }
    Optional<BigDecimal[]> passPays = pays(firstMeasure, techMeasure, request, options, pass, span);
    if (passPays.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal[] best = passPays.get();
    Map<String, StackingScheme> bestSplit = pass;
    int bestTech = techCount(pass, both);
    // the highest bit the first loan in drawdown order: of two masks giving the tech-SME subsidy as many loans, the
    // lower, tried first, gives the earlier loan to the first-loan subsidy, and a strict comparison keeps it on a tie
    int n = both.size();
    for (int mask = 0; mask < 1 << n; mask++) {
      Map<String, StackingScheme> split = new HashMap<>(pass);
      for (int i = 0; i < n; i++) {
        split.put(both.get(i), (mask >> (n - 1 - i) & 1) == 1 ? StackingScheme.TECH_SME : StackingScheme.FIRST_LOAN);
      }
      if (split.equals(pass)) {
        continue;
      }
      Optional<BigDecimal[]> splitPays = pays(firstMeasure, techMeasure, request, options, split, span);
      if (splitPays.isEmpty()) {
        continue;
      }
      int tech = Integer.bitCount(mask);
      if (better(splitPays.get(), tech, best, bestTech, bestSplit == pass)) {
        best = splitPays.get();
        bestSplit = split;
        bestTech = tech;
      }
    }
    return bestSplit == pass ? Optional.empty() : Optional.of(new Best(Map.copyOf(bestSplit), best[0],
        passPays.get()[0]));
  }

  /** More in all; on a tie the pass stands, else more to the first-loan subsidy, then fewer loans to 第13条. */
  private static boolean better(BigDecimal[] split, int tech, BigDecimal[] best, int bestTech, boolean bestIsPass) {
    int total = split[0].compareTo(best[0]);
    if (total != 0 || bestIsPass) {
      return total > 0;
    }
    int first = split[1].compareTo(best[1]);
    return first != 0 ? first > 0 : tech < bestTech;
  }

  private static int techCount(Map<String, StackingScheme> split, List<String> both) {
    int count = 0;
    for (String loan : both) {
      count += split.get(loan) == StackingScheme.TECH_SME ? 1 : 0;
    }
    return count;
  }

  /**
   * What a split pays in all and the first-loan subsidy's part of it; empty when either amount is not one figure, or
   * the tech-SME claim (its loans' interest, every fee and premium) is not empty and misses the enrolment's dates.
   */
  private static Optional<BigDecimal[]> pays(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      StackingRequest request, StackingOptions options, Map<String, StackingScheme> split,
      StackingEnrolmentSpan span) {
    List<LoanFacts> firstLoans = new ArrayList<>();
    Set<String> techLoans = new HashSet<>();
    for (LoanFacts loan : request.loans()) {
      StackingScheme scheme = split.get(loan.loanId());
      if (scheme == StackingScheme.FIRST_LOAN) {
        firstLoans.add(loan);
      } else if (scheme == StackingScheme.TECH_SME) {
        techLoans.add(loan.loanId());
      }
    }
    List<TechSmeInterestItem> interest = new ArrayList<>();
    for (TechSmeInterestItem item : request.interest()) {
      if (techLoans.contains(item.loanId())) {
        interest.add(item);
      }
    }
    boolean anyPayment = !interest.isEmpty() || !request.guaranteeFees().isEmpty()
        || !request.insurancePremiums().isEmpty();
    if (anyPayment && !span.reachedBy(techLoans, request.interest(), request.guaranteeFees(),
        request.insurancePremiums())) {
      return Optional.empty();
    }
    BigDecimal first = BigDecimal.ZERO;
    if (!firstLoans.isEmpty()) {
      FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(firstMeasure, FirstLoanRequest.builder()
          .enterprise(request.enterprise()).loans(firstLoans).options(options.firstLoan()).build(),
          ReceiptChoice.OMIT);
      if (result.exactAmount().isEmpty() || !result.eligibility().missingFacts().isEmpty()) {
        return Optional.empty();
      }
      first = Cny.yuan(result.exactAmount().get(), "firstLoanTotal");
    }
    Optional<TechSmeResult> tech = StackingCalculator.techSme(techMeasure, request, interest, options);
    if (tech.isPresent() && (tech.get().exactAmount().isEmpty()
        || !tech.get().eligibility().missingFacts().isEmpty())) {
      return Optional.empty();
    }
    BigDecimal techTotal = tech.map(r -> Cny.yuan(r.exactAmount().get(), "techSmeTotal")).orElse(BigDecimal.ZERO);
    return Optional.of(new BigDecimal[] {first.add(techTotal), first});
  }
}
