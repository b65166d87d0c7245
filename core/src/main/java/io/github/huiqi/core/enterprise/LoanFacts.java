package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A loan drawdown as a bank books it: principal, dates, rate, lender, and the facts measures ask about it.
 * <p>
 * Required: {@link #loanId()}, {@link #principal()} (positive, CNY), {@link #drawdownDate()},
 * {@link #maturityDate()} (after the drawdown) and {@link #annualInterestRate()} (positive). Every other fact is
 * optional and absent means "not known". Interest periods count 算头不算尾: from the drawdown date, counted, to the
 * repayment or maturity date, not counted.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableLoanFacts.class)
@JsonDeserialize(as = ImmutableLoanFacts.class)
public abstract class LoanFacts {

  LoanFacts() {
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
   * Returns the bank's identifier for the loan (or drawdown), unique within a request.
   *
   * @return the identifier
   */
  public abstract String loanId();

  /**
   * Returns the principal drawn, in CNY.
   *
   * @return the principal, positive
   */
  public abstract MonetaryAmount principal();

  /**
   * Returns the actual disbursement date (实际放款日).
   *
   * @return the drawdown date
   */
  public abstract LocalDate drawdownDate();

  /**
   * Returns the contractual maturity date (到期日).
   *
   * @return the maturity date, after the drawdown date
   */
  public abstract LocalDate maturityDate();

  /**
   * Returns the date the drawdown was actually repaid in full, if it has been.
   *
   * @return the repayment date, not before the drawdown nor before the loan's first non-performing classification,
   *     if repaid
   */
  public abstract Optional<LocalDate> repaymentDate();

  /**
   * Returns the loan's contractual annual interest rate (贷款年利率).
   *
   * @return the rate, positive
   */
  public abstract Rate annualInterestRate();

  /**
   * Returns the administrative division code of the lending bank branch, such as {@code 440300} for a bank in
   * Shenzhen (深圳辖内商业银行).
   *
   * @return the code, if known
   */
  public abstract Optional<String> lenderRegionCode();

  /**
   * Returns whether this is the first drawdown under the enterprise's first loan contract (首笔借款合同的第一次放款).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> firstDrawdownOfFirstContract();

  /**
   * Returns whether the money is used for production and operation (生产经营), not for consumption, capital markets,
   * house purchase or private lending.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> forProductionOrOperation();

  /**
   * Returns whether the loan already receives an interest subsidy from another Shenzhen municipal department or
   * programme (one municipal interest subsidy per loan: "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息",
   * 2022 深圳 首贷 implementing rules). Only the Shenzhen interest subsidies read it; no Shanghai source states such a
   * rule, so the Shanghai first-loan subsidy (沪企服办〔2023〕1号 第十五条) does not (decisions register §4.6 item 44).
   * Not given, the loan may be so subsidised: neither Shenzhen subsidy is sure on it, and the engine names this fact
   * (decisions register §4.1 item 10).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> subsidisedUnderAnotherMunicipalScheme();

  /**
   * Returns the Shenzhen municipal interest subsidy already claimed (first) on this loan, the first-loan subsidy
   * (深工信〔2023〕26号 第5条) or the tech-SME subsidy (第13条), if one has been. One loan takes one of them ("同一笔贷款
   * 只能享受一次贴息政策", decisions register §1.7): under the engine's default precedence {@code FIRST_CLAIMED} the
   * subsidy claimed keeps the loan, even where the other would pay more, when it qualifies on the loan; under
   * {@code LARGER} this is not read (decisions register §4.1 item 10, §4.6 item 72). Not given, no claim is recorded
   * (not a missing fact): a loan qualifying for both takes the larger.
   *
   * @return the subsidy claimed first, if one is recorded
   */
  public abstract Optional<StackingScheme> interestSubsidyClaimedFirst();

  /**
   * Returns the date the loan contract was signed, where a measure reads a rate in force on it; when absent, measures
   * that need it use the drawdown date and say so.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> contractDate();

  /**
   * Returns whether this is the enterprise's first inclusive-finance loan (首笔普惠贷款), as a Shanghai first-loan
   * subsidy requires.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> firstInclusiveFinanceLoan();

  /**
   * Returns whether the loan is guaranteed by a financing-guarantee institution (融资担保机构). A loan with a
   * {@link #guarantee()} is guaranteed whatever this says; {@code false} is how a profile says a loan is known to have
   * no guarantee (then {@code guarantee} must be absent).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> guaranteed();

  /**
   * Returns the guarantee behind the loan, if the loan is guaranteed and the facts are known.
   *
   * @return the guarantee
   */
  public abstract Optional<LoanGuarantee> guarantee();

  /**
   * Returns whether the loan is guaranteed, from both facts: true when a {@link #guarantee()} is given, otherwise
   * {@link #guaranteed()}.
   *
   * @return true or false, if known
   */
  public Optional<Boolean> isGuaranteed() {
    return guarantee().isPresent() ? Optional.of(true) : guaranteed();
  }

  /**
   * Returns whether the loan finances the purchase of vehicles or real estate (excluded from fee subsidies).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> vehicleOrRealEstatePurchase();

  /**
   * Returns the date to which the borrower asks to defer principal and interest due (延期还本付息), if it asks.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> requestedDeferredDate();

  /**
   * Returns the loan's category in a risk-compensation pool's table (首贷, 信用贷, 科创, …), as the lender files it.
   *
   * @return the category, if known
   */
  public abstract Optional<RiskPoolLoanCategory> riskPoolCategory();

  /**
   * Returns the date the loan was extended (展期), which a pool treats as a new loan on that date.
   *
   * @return the date, if extended
   */
  public abstract Optional<LocalDate> extensionDate();

  /**
   * Returns whether the loan is already covered by another risk-compensation scheme.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> underOtherRiskCompensation();

  /**
   * Returns the loan's non-performance, if it has become non-performing.
   *
   * @return the non-performance
   */
  public abstract Optional<NonPerformance> nonPerforming();

  /**
   * Returns the last day of use, not counted: the repayment date if repaid before maturity, otherwise the maturity
   * date. A repayment after maturity (overdue) does not extend the period of use.
   *
   * @return the end of use
   */
  public LocalDate endOfUse() {
    return repaymentDate().filter(repaid -> repaid.isBefore(maturityDate())).orElse(maturityDate());
  }

  @Value.Check
  void check() {
    Args.notBlank(loanId(), "loanId");
    Cny.positiveYuan(principal(), "principal");
    Args.date(drawdownDate(), "drawdownDate");
    Args.date(maturityDate(), "maturityDate");
    if (!maturityDate().isAfter(drawdownDate())) {
      throw InvalidInputException.notAfter("maturityDate", maturityDate(), "drawdownDate", drawdownDate());
    }
    Args.date(repaymentDate(), "repaymentDate");
    repaymentDate().ifPresent(repaid -> Args.inOrder(drawdownDate(), repaid, "drawdownDate", "repaymentDate"));
    Args.inputRate(annualInterestRate(), "annualInterestRate");
    if (annualInterestRate().compareTo(Rate.ZERO) <= 0) {
      throw new InvalidInputException("annualInterestRate", annualInterestRate(), "must be positive");
    }
    Args.notNullOptional(lenderRegionCode(), "lenderRegionCode");
    lenderRegionCode().ifPresent(code -> RegionCodes.check(code, "lenderRegionCode"));
    Args.notNullOptional(firstDrawdownOfFirstContract(), "firstDrawdownOfFirstContract");
    Args.notNullOptional(forProductionOrOperation(), "forProductionOrOperation");
    Args.notNullOptional(subsidisedUnderAnotherMunicipalScheme(), "subsidisedUnderAnotherMunicipalScheme");
    Args.notNullOptional(interestSubsidyClaimedFirst(), "interestSubsidyClaimedFirst");
    Args.date(contractDate(), "contractDate")
        .ifPresent(signed -> Args.inOrder(signed, drawdownDate(), "contractDate", "drawdownDate"));
    Args.notNullOptional(firstInclusiveFinanceLoan(), "firstInclusiveFinanceLoan");
    Args.notNullOptional(guaranteed(), "guaranteed");
    Args.notNullOptional(guarantee(), "guarantee");
    if (guarantee().isPresent() && guaranteed().equals(Optional.of(false))) {
      throw new InvalidInputException("guarantee", "given", "must be absent when guaranteed is false: a loan with "
          + "no guarantee has no guarantee facts");
    }
    Args.notNullOptional(vehicleOrRealEstatePurchase(), "vehicleOrRealEstatePurchase");
    Args.date(requestedDeferredDate(), "requestedDeferredDate");
    Args.notNullOptional(riskPoolCategory(), "riskPoolCategory");
    Args.date(extensionDate(), "extensionDate")
        .ifPresent(extended -> Args.inOrder(drawdownDate(), extended, "drawdownDate", "extensionDate"));
    Args.notNullOptional(underOtherRiskCompensation(), "underOtherRiskCompensation");
    Args.notNullOptional(nonPerforming(), "nonPerforming")
        .ifPresent(bad -> Args.inOrder(drawdownDate(), bad.since(), "drawdownDate", "nonPerforming/since"));
    if (extensionDate().isPresent() && nonPerforming().isPresent()
        && extensionDate().get().isAfter(nonPerforming().get().since())) {
      // an extension (展期) restructures a performing loan; one dated after the loan turned bad contradicts it
      throw InvalidInputException.conflict("extensionDate", extensionDate().get(), "nonPerforming/since",
          nonPerforming().get().since(), "must not be after", "不得晚于");
    }
    if (repaymentDate().isPresent() && nonPerforming().isPresent()
        && repaymentDate().get().isBefore(nonPerforming().get().since())) {
      // a drawdown repaid in full has nothing outstanding to turn bad: one classified later contradicts it (the
      // pool would otherwise compensate a repaid loan)
      throw InvalidInputException.conflict("repaymentDate", repaymentDate().get(), "nonPerforming/since",
          nonPerforming().get().since(), "must not be before", "不得早于");
    }
  }

  /**
   * Builds {@link LoanFacts}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableLoanFacts.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
