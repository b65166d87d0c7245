package io.github.huiqi.calculators.financing.stacking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.calculators.financing.techsme.TechSmeFeePayment;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request to decide, loan by loan, which municipal interest subsidy an enterprise receives: the first-loan subsidy
 * or the tech-SME subsidy, never both on the same loan.
 * <p>
 * It holds what each calculator needs: the enterprise (first-loan conditions, {@code enrolledTechSme},
 * {@code firstTimeBorrower}), its loans as {@link LoanFacts}, the interest paid on them (each item naming one of the
 * loans), the guarantee fees and premiums claimed under the tech-SME programme, what that programme has already paid,
 * and the claims already made. A loan's {@code subsidisedUnderAnotherMunicipalScheme} refers to a municipal interest
 * subsidy other than these two; a claim of one of these two is recorded in {@code firstClaims} or in the loan's own
 * {@code interestSubsidyClaimedFirst} (as an enterprise profile records it), which must not disagree.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableStackingRequest.class)
@JsonDeserialize(as = ImmutableStackingRequest.class)
public abstract class StackingRequest {

  StackingRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the enterprise.
   *
   * @return the enterprise
   */
  public abstract EnterpriseFacts enterprise();

  /**
   * Returns the loans, at least one, with unique ids.
   *
   * @return the loans
   */
  public abstract List<LoanFacts> loans();

  /**
   * Returns the interest paid on the loans, for the tech-SME subsidy; may be empty.
   *
   * @return the interest
   */
  public abstract List<TechSmeInterestItem> interest();

  /**
   * Returns the guarantee fees paid, for the tech-SME programme; may be empty.
   *
   * @return the guarantee fees
   */
  public abstract List<TechSmeFeePayment> guaranteeFees();

  /**
   * Returns the guarantee-insurance premiums paid, for the tech-SME programme; may be empty.
   *
   * @return the insurance premiums
   */
  public abstract List<TechSmeFeePayment> insurancePremiums();

  /**
   * Returns what the tech-SME programme has already paid the enterprise, zero or positive, CNY.
   *
   * @return the amount already received under the programme
   */
  public abstract MonetaryAmount programmeTotalReceived();

  /**
   * Returns the subsidy already claimed first on a loan, at most one per loan; may be empty. A loan's own
   * {@link LoanFacts#interestSubsidyClaimedFirst()} records a claim too, and a claim here must not disagree with it.
   *
   * @return the first claims
   */
  public abstract List<StackingClaim> firstClaims();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<StackingOptions> options();

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public StackingRequest withOptions(StackingOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public StackingOptions effectiveOptions() {
    return options().orElse(StackingOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    EnterpriseFacts enterprise = enterprise();
    List<LoanFacts> loans = loans();
    List<TechSmeInterestItem> interest = interest();
    List<TechSmeFeePayment> guaranteeFees = guaranteeFees();
    List<TechSmeFeePayment> insurancePremiums = insurancePremiums();
    MonetaryAmount programmeTotalReceived = programmeTotalReceived();
    List<StackingClaim> firstClaims = firstClaims();
    Optional<StackingOptions> options = options();
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
        throw InvalidInputException.conflict("interest/" + i + "/loanId", interest.get(i).loanId(), "loans",
            new TreeSet<>(loanIds), "must name a loan of the request, one of", "必须为本请求中的贷款之一：");
      }
    }
    if (!interest.isEmpty() || !guaranteeFees.isEmpty() || !insurancePremiums.isEmpty()) {
      // checks the item ids' uniqueness, with the same field names as this request's
      TechSmeRequest.builder().enterprise(enterprise).interest(interest).guaranteeFees(guaranteeFees)
          .insurancePremiums(insurancePremiums).programmeTotalReceived(programmeTotalReceived).build();
    }
    firstClaims = Args.listCopy(firstClaims, "firstClaims");
    Set<String> claimed = new HashSet<>();
    for (int i = 0; i < firstClaims.size(); i++) {
      String loanId = firstClaims.get(i).loanId();
      if (!loanIds.contains(loanId)) {
        throw InvalidInputException.conflict("firstClaims/" + i + "/loanId", loanId, "loans", new TreeSet<>(loanIds),
            "must name a loan of the request, one of", "必须为本请求中的贷款之一：");
      }
      if (!claimed.add(loanId)) {
        throw new InvalidInputException("firstClaims/" + i + "/loanId", loanId, "must be unique: one first claim "
            + "per loan");
      }
      for (int j = 0; j < loans.size(); j++) {
        LoanFacts loan = loans.get(j);
        if (loan.loanId().equals(loanId) && loan.interestSubsidyClaimedFirst().isPresent()
            && !loan.interestSubsidyClaimedFirst().get().name().equals(firstClaims.get(i).subsidy().name())) {
          throw InvalidInputException.conflict("firstClaims/" + i + "/subsidy", firstClaims.get(i).subsidy(),
              "loans/" + j + "/interestSubsidyClaimedFirst", loan.interestSubsidyClaimedFirst().get(),
              "must be the same as", "必须与贷款记录的已先申请贴息一致：");
        }
      }
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link StackingRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is missing or invalid, there is no loan, an id repeats, an interest
   * item or claim names no loan of the request, or a claim disagrees with its loan's
   * {@code interestSubsidyClaimedFirst}, naming the field.
   */
  public static class Builder extends ImmutableStackingRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
