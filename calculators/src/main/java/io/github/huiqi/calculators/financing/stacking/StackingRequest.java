package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.techsme.TechSmeFeePayment;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A request to decide, loan by loan, which municipal interest subsidy an enterprise receives: the first-loan subsidy
 * or the tech-SME subsidy, never both on the same loan.
 * <p>
 * It holds what each calculator needs: the enterprise (first-loan conditions, {@code enrolledTechSme},
 * {@code firstTimeBorrower}), its loans as {@link LoanFacts}, the interest paid on them (each item naming one of the
 * loans), the guarantee fees and premiums claimed under the tech-SME programme, what that programme has already paid,
 * and the claims already made. A loan's {@code subsidisedUnderAnotherMunicipalScheme} refers to a municipal interest
 * subsidy other than these two; a claim of one of these two is recorded in {@code firstClaims}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param enterprise  the enterprise
 * @param loans  the loans, at least one, with unique ids
 * @param interest  the interest paid on the loans, for the tech-SME subsidy; may be empty
 * @param guaranteeFees  the guarantee fees paid, for the tech-SME programme; may be empty
 * @param insurancePremiums  the guarantee-insurance premiums paid, for the tech-SME programme; may be empty
 * @param programmeTotalReceived  what the tech-SME programme has already paid the enterprise, zero or positive, CNY
 * @param firstClaims  the subsidy already claimed first on a loan, at most one per loan; may be empty
 * @param options  the options; empty for the defaults
 */
public record StackingRequest(
    EnterpriseFacts enterprise,
    List<LoanFacts> loans,
    List<TechSmeInterestItem> interest,
    List<TechSmeFeePayment> guaranteeFees,
    List<TechSmeFeePayment> insurancePremiums,
    MonetaryAmount programmeTotalReceived,
    List<StackingClaim> firstClaims,
    Optional<StackingOptions> options) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is missing or invalid, there is no loan, an id repeats, or an interest
   *     item or claim names no loan of the request, naming the field
   */
  public StackingRequest {
    Args.notNull(enterprise, "enterprise");
    loans = Args.listCopy(loans, "loans");
    if (loans.isEmpty()) {
      throw new InvalidInputException("loans", "[]", "must hold at least one loan");
    }
    Set<String> loanIds = new HashSet<>();
    for (int i = 0; i < loans.size(); i++) {
      if (!loanIds.add(loans.get(i).loanId())) {
        throw new InvalidInputException("loans/" + i + "/loanId", loans.get(i).loanId(), "must be unique");
      }
    }
    interest = Args.listCopy(interest, "interest");
    guaranteeFees = Args.listCopy(guaranteeFees, "guaranteeFees");
    insurancePremiums = Args.listCopy(insurancePremiums, "insurancePremiums");
    Cny.notNegativeYuan(programmeTotalReceived, "programmeTotalReceived");
    for (int i = 0; i < interest.size(); i++) {
      if (!loanIds.contains(interest.get(i).loanId())) {
        throw new InvalidInputException("interest/" + i + "/loanId", interest.get(i).loanId(),
            "must name a loan of the request");
      }
    }
    if (!interest.isEmpty() || !guaranteeFees.isEmpty() || !insurancePremiums.isEmpty()) {
      // checks the item ids' uniqueness, with the same field names as this request's
      new TechSmeRequest(enterprise, interest, guaranteeFees, insurancePremiums, programmeTotalReceived,
          Optional.empty());
    }
    firstClaims = Args.listCopy(firstClaims, "firstClaims");
    Set<String> claimed = new HashSet<>();
    for (int i = 0; i < firstClaims.size(); i++) {
      String loanId = firstClaims.get(i).loanId();
      if (!loanIds.contains(loanId)) {
        throw new InvalidInputException("firstClaims/" + i + "/loanId", loanId, "must name a loan of the request");
      }
      if (!claimed.add(loanId)) {
        throw new InvalidInputException("firstClaims/" + i + "/loanId", loanId, "must be unique: one first claim "
            + "per loan");
      }
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public StackingOptions effectiveOptions() {
    return options.orElse(StackingOptions.DEFAULTS);
  }
}
