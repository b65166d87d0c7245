package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * A loan claimed for a guaranteed first-loan subsidy such as Shanghai's (沪企服办〔2023〕1号 第十五条): the loan as the
 * bank books it, and the two facts that measure asks about it.
 * <p>
 * In JSON: {@code {"loan": {...LoanFacts...}, "firstInclusiveFinanceLoan": true, "guaranteedByPolicyFund": true}}.
 * An absent fact means "not known", never "no": the calculator then answers undetermined and names it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loan  the loan: principal, drawdown, maturity, repayment, rate and lender region
 * @param firstInclusiveFinanceLoan  whether this is the enterprise's first inclusive-finance (普惠型小微企业) loan
 *     ("首次获得普惠贷款"), as the lender's records show; empty if not known
 * @param guaranteedByPolicyFund  whether the loan is guaranteed by the measure's policy guarantor
 *     (上海市中小微企业政策性融资担保基金管理中心); empty if not known
 */
public record FirstLoanGuaranteedLoan(
    LoanFacts loan,
    Optional<Boolean> firstInclusiveFinanceLoan,
    Optional<Boolean> guaranteedByPolicyFund) {

  /**
   * Creates a claimed loan.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the loan is null or an optional is null
   */
  public FirstLoanGuaranteedLoan {
    Args.notNull(loan, "loan");
    Args.notNullOptional(firstInclusiveFinanceLoan, "firstInclusiveFinanceLoan");
    Args.notNullOptional(guaranteedByPolicyFund, "guaranteedByPolicyFund");
  }

  /**
   * Obtains a claimed loan from a profile's loan: whether it is the first inclusive-finance loan is the loan's
   * {@link LoanFacts#firstInclusiveFinanceLoan()}, and whether the policy guarantor guarantees it is its guarantee's
   * {@link LoanGuarantee#policyFund()}. An absent guarantee or an absent {@code policyFund} is not known (the
   * profile's {@code /loans/i/guarantee/policyFund}), never "no".
   *
   * @param loan  the profile's loan
   * @return the claimed loan
   * @throws io.github.huiqi.core.error.InvalidInputException if the loan is null
   */
  public static FirstLoanGuaranteedLoan from(LoanFacts loan) {
    Args.notNull(loan, "loan");
    return new FirstLoanGuaranteedLoan(loan, loan.firstInclusiveFinanceLoan(),
        loan.guarantee().flatMap(LoanGuarantee::policyFund));
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
    return new FirstLoanGuaranteedLoan(loan, Optional.of(firstInclusiveFinanceLoan), Optional.of(guaranteedByPolicyFund));
  }
}
