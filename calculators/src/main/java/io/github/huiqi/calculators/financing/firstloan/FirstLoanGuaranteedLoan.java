package io.github.huiqi.calculators.financing.firstloan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A loan claimed for a guaranteed first-loan subsidy such as Shanghai's (沪企服办〔2023〕1号 第十五条): the loan as the
 * bank books it, and the two facts that measure asks about it.
 * <p>
 * In JSON: {@code {"loan": {...LoanFacts...}, "firstInclusiveFinanceLoan": true, "guaranteedByPolicyFund": true}}.
 * An absent fact means "not known", never "no": the calculator then answers undetermined and names it.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableFirstLoanGuaranteedLoan.class)
@JsonDeserialize(as = ImmutableFirstLoanGuaranteedLoan.class)
public abstract class FirstLoanGuaranteedLoan {

  FirstLoanGuaranteedLoan() {
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
   * Returns the loan: principal, drawdown, maturity, repayment, rate and lender region.
   *
   * @return the loan
   */
  public abstract LoanFacts loan();

  /**
   * Returns whether this is the enterprise's first inclusive-finance (普惠型小微企业) loan ("首次获得普惠贷款"), as the lender's
   * records show; empty if not known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> firstInclusiveFinanceLoan();

  /**
   * Returns whether the loan is guaranteed by the measure's policy guarantor (上海市中小微企业政策性融资担保基金管理中心); empty if not
   * known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> guaranteedByPolicyFund();

  /**
   * Obtains a claimed loan from a profile's loan: whether it is the first inclusive-finance loan is the loan's
   * {@link LoanFacts#firstInclusiveFinanceLoan()}, and whether the policy guarantor guarantees it is its guarantee's
   * {@link LoanGuarantee#policyFund()}. A loan known to have no guarantee ({@code guaranteed} false) is not guaranteed
   * by the policy guarantor, nor is one whose guarantor is known not to be a government guarantor
   * ({@code governmentGuarantor} false: 市担保中心 is one, 第十五条 naming it and then the 政府性融资担保机构 in one
   * clause); otherwise an absent guarantee or an absent {@code policyFund} is not known (the profile's
   * {@code /loans/i/guarantee/policyFund}), never "no".
   *
   * @param loan  the profile's loan
   * @return the claimed loan
   * @throws io.github.huiqi.core.error.InvalidInputException if the loan is null
   */
  public static FirstLoanGuaranteedLoan from(LoanFacts loan) {
    Args.notNull(loan, "loan");
    Optional<Boolean> policyFund = loan.guarantee().flatMap(LoanGuarantee::policyFund);
    boolean notGovernment = loan.guarantee().flatMap(LoanGuarantee::governmentGuarantor).equals(Optional.of(false));
    return builder().loan(loan).firstInclusiveFinanceLoan(loan.firstInclusiveFinanceLoan())
        .guaranteedByPolicyFund(loan.guaranteed().equals(Optional.of(false)) || policyFund.isEmpty() && notGovernment
            ? Optional.of(false) : policyFund).build();
  }

  /**
   * Obtains a claimed loan whose two facts are both known.
   *
   * @param loan  the loan
   * @param firstInclusiveFinanceLoan  whether it is the first inclusive-finance loan
   * @param guaranteedByPolicyFund  whether the policy guarantor guarantees it
   * @return the claimed loan
   */
  public static FirstLoanGuaranteedLoan of(LoanFacts loan, boolean firstInclusiveFinanceLoan,
      boolean guaranteedByPolicyFund) {
    return builder().loan(loan).firstInclusiveFinanceLoan(firstInclusiveFinanceLoan)
        .guaranteedByPolicyFund(guaranteedByPolicyFund).build();
  }

  @Value.Check
  void check() {
    LoanFacts loan = loan();
    Optional<Boolean> firstInclusiveFinanceLoan = firstInclusiveFinanceLoan();
    Optional<Boolean> guaranteedByPolicyFund = guaranteedByPolicyFund();
    Args.notNull(loan, "loan");
    Args.notNullOptional(firstInclusiveFinanceLoan, "firstInclusiveFinanceLoan");
    Args.notNullOptional(guaranteedByPolicyFund, "guaranteedByPolicyFund");
  }

  /**
   * Builds a {@link FirstLoanGuaranteedLoan}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if the loan is null or an optional is null.
   */
  public static class Builder extends ImmutableFirstLoanGuaranteedLoan.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
