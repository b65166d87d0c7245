package io.github.huiqi.calculators.financing.riskpool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A bank's claim on a risk-compensation pool for one non-performing loan: the loan, its loss and the facts the pool's
 * exclusions ask about.
 * <p>
 * Required: the loan id, its {@link RiskPoolLoanCategory}, the principal (positive, CNY; for an extended loan the
 * principal extended), the grant date, the date the loan was first classified non-performing (次级 or worse; not
 * before the grant date) and the principal outstanding then (zero or more, not more than the principal). Optional: the
 * extension date (展期; not before the grant date), the accrued unpaid interest at classification, the recoveries
 * after compensation (absent means none so far), an agreed base ratio overriding the measure's table, and the three
 * exclusion facts, where absent means "not known" and leaves the claim undetermined.
 * <p>
 * In JSON: {@code {"loanId": "B-1", "category": "GENERAL", "principal": {"amount": 1000000, "currency": "CNY"},
 * "grantDate": "2023-02-01", "firstNonPerformingDate": "2024-03-31", "principalOutstanding": {...},
 * "guaranteedByFinancingGuarantor": false, ...}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableRiskPoolClaim.class)
@JsonDeserialize(as = ImmutableRiskPoolClaim.class)
public abstract class RiskPoolClaim {

  RiskPoolClaim() {
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
   * Returns the bank's identifier for the loan.
   *
   * @return the loan id
   */
  public abstract String loanId();

  /**
   * Returns the loan category keying the base ratio.
   *
   * @return the category
   */
  public abstract RiskPoolLoanCategory category();

  /**
   * Returns the principal granted (or extended), CNY.
   *
   * @return the principal
   */
  public abstract MonetaryAmount principal();

  /**
   * Returns the date the loan was granted (放款日).
   *
   * @return the grant date
   */
  public abstract LocalDate grantDate();

  /**
   * Returns the date an extension (展期) took effect, if the loan was extended; it counts as the grant date for the
   * uplift ("展期视同新增").
   *
   * @return the extension date, if extended
   */
  public abstract Optional<LocalDate> extensionDate();

  /**
   * Returns the date the bank first classified the loan non-performing (次级 or worse).
   *
   * @return the date of first non-performing classification
   */
  public abstract LocalDate firstNonPerformingDate();

  /**
   * Returns the principal outstanding on that date, CNY.
   *
   * @return the principal outstanding
   */
  public abstract MonetaryAmount principalOutstanding();

  /**
   * Returns the interest accrued and unpaid on that date, CNY, if known; needed only when the loss basis includes
   * interest.
   *
   * @return the accrued interest, if known
   */
  public abstract Optional<MonetaryAmount> accruedInterest();

  /**
   * Returns the amount recovered after compensation, CNY, if any.
   *
   * @return the recoveries, if any
   */
  public abstract Optional<MonetaryAmount> recoveries();

  /**
   * Returns the base ratio agreed for this loan, overriding the measure's table, if given; from 0% to 100% (the
   * calculator rejects one above the measure's ceiling).
   *
   * @return the agreed base ratio, if given
   */
  public abstract Optional<Rate> baseRatio();

  /**
   * Returns whether a financing-guarantee company guarantees the loan, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> guaranteedByFinancingGuarantor();

  /**
   * Returns whether the loan is covered by (fiscal) re-guarantee, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> reGuaranteed();

  /**
   * Returns whether the loan enjoys another risk-compensation scheme, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> underOtherRiskCompensation();

  /**
   * Returns the date that decides the uplift: the extension date of an extended loan ("展期视同新增"), otherwise the
   * grant date.
   *
   * @return the effective grant date
   */
  public LocalDate effectiveGrantDate() {
    return extensionDate().orElse(grantDate());
  }

  @Value.Check
  void check() {
    String loanId = loanId();
    RiskPoolLoanCategory category = category();
    MonetaryAmount principal = principal();
    LocalDate grantDate = grantDate();
    Optional<LocalDate> extensionDate = extensionDate();
    LocalDate firstNonPerformingDate = firstNonPerformingDate();
    MonetaryAmount principalOutstanding = principalOutstanding();
    Optional<MonetaryAmount> accruedInterest = accruedInterest();
    Optional<MonetaryAmount> recoveries = recoveries();
    Optional<Rate> baseRatio = baseRatio();
    Optional<Boolean> guaranteedByFinancingGuarantor = guaranteedByFinancingGuarantor();
    Optional<Boolean> reGuaranteed = reGuaranteed();
    Optional<Boolean> underOtherRiskCompensation = underOtherRiskCompensation();
    Args.notBlank(loanId, "loanId");
    Args.notNull(category, "category");
    BigDecimal granted = Cny.positiveYuan(principal, "principal");
    Args.date(grantDate, "grantDate");
    Args.date(extensionDate, "extensionDate");
    extensionDate.ifPresent(date -> Args.inOrder(grantDate, date, "grantDate", "extensionDate"));
    Args.date(firstNonPerformingDate, "firstNonPerformingDate");
    Args.inOrder(grantDate, firstNonPerformingDate, "grantDate", "firstNonPerformingDate");
    if (extensionDate.isPresent() && extensionDate.get().isAfter(firstNonPerformingDate)) {
      // an extension (展期) restructures a performing loan: one after the loan turned bad would wrongly earn an uplift
      throw InvalidInputException.conflict("extensionDate", extensionDate.get(), "firstNonPerformingDate",
          firstNonPerformingDate, "must not be after", "不得晚于");
    }
    BigDecimal outstanding = Cny.notNegativeYuan(principalOutstanding, "principalOutstanding");
    if (outstanding.compareTo(granted) > 0) {
      // the principal named too (relatedFields): either may be the one mistyped
      throw InvalidInputException.conflict("principalOutstanding", outstanding.toPlainString(), "principal",
          granted.toPlainString(), "must not exceed", "不得超过");
    }
    Args.notNullOptional(accruedInterest, "accruedInterest");
    accruedInterest.ifPresent(amount -> Cny.notNegativeYuan(amount, "accruedInterest"));
    Args.notNullOptional(recoveries, "recoveries");
    recoveries.ifPresent(amount -> Cny.notNegativeYuan(amount, "recoveries"));
    Args.notNullOptional(baseRatio, "baseRatio");
    baseRatio.ifPresent(ratio -> {
      if (ratio.compareTo(Rate.ZERO) < 0 || ratio.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
        throw new InvalidInputException("baseRatio", ratio, "must be from 0% to 100%");
      }
    });
    Args.notNullOptional(guaranteedByFinancingGuarantor, "guaranteedByFinancingGuarantor");
    Args.notNullOptional(reGuaranteed, "reGuaranteed");
    Args.notNullOptional(underOtherRiskCompensation, "underOtherRiskCompensation");
  }

  /**
   * Builds a {@link RiskPoolClaim}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a required field is missing, an amount is not CNY or negative, the principal is
   * not positive, the principal outstanding exceeds the principal, the base ratio is outside 0%..100%, or a date is
   * before the grant date, naming the field.
   */
  public static class Builder extends ImmutableRiskPoolClaim.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }

    /**
     * Sets all three exclusion facts to "no": not guaranteed by a financing-guarantee company, not re-guaranteed,
     * not under another risk-compensation scheme.
     *
     * @return this builder
     */
    public Builder noExclusions() {
      return guaranteedByFinancingGuarantor(false).reGuaranteed(false).underOtherRiskCompensation(false);
    }
  }
}
