package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Which municipal interest subsidy one loan receives, and why.
 * <p>
 * The candidates are each calculator's own amount for the loan before the per-enterprise caps: the first-loan
 * subsidy's {@code computed}, and the sum of the tech-SME subsidy's {@code computed} over the loan's interest items.
 * {@code paid} is what the applying subsidy pays on the loan after its caps across the loans it applies to.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the loan
 * @param applies  the subsidy that applies, empty if none does or the choice is undetermined
 * @param ground  why
 * @param firstLoanVerdict  the first-loan subsidy's verdict on the loan
 * @param firstLoanCandidate  the first-loan subsidy's amount on the loan before caps
 * @param techSmeVerdict  the tech-SME subsidy's verdict on the loan
 * @param techSmeCandidate  the tech-SME interest subsidy on the loan before caps
 * @param paid  what the applying subsidy pays on the loan after caps; zero if none applies
 * @param explanation  the decision in words
 * @param missingFacts  the facts the choice awaits, when undetermined
 */
public record StackingLoanDecision(
    String loanId,
    Optional<StackingScheme> applies,
    StackingGround ground,
    Verdict firstLoanVerdict,
    MonetaryAmount firstLoanCandidate,
    Verdict techSmeVerdict,
    MonetaryAmount techSmeCandidate,
    MonetaryAmount paid,
    LocalizedText explanation,
    List<String> missingFacts) {

  /**
   * Creates a decision.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public StackingLoanDecision {
    Args.notBlank(loanId, "loanId");
    Args.notNullOptional(applies, "applies");
    Args.notNull(ground, "ground");
    Args.notNull(firstLoanVerdict, "firstLoanVerdict");
    Cny.notNegativeComputed(firstLoanCandidate, "firstLoanCandidate");
    Args.notNull(techSmeVerdict, "techSmeVerdict");
    Cny.notNegativeComputed(techSmeCandidate, "techSmeCandidate");
    Cny.notNegativeComputed(paid, "paid");
    Args.notNull(explanation, "explanation");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
  }
}
