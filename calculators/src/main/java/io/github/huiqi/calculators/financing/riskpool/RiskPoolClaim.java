package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A bank's claim on a risk-compensation pool for one non-performing loan: the loan, its loss and the facts the pool's
 * exclusions ask about.
 * <p>
 * Required: the loan id, its {@link RiskPoolLoanCategory}, the principal (positive, CNY; for an extended loan the principal
 * extended), the grant date, the date the loan was first classified non-performing (次级 or worse; not before the
 * grant date) and the principal outstanding then (zero or more, not more than the principal). Optional: the
 * extension date (展期; not before the grant date), the accrued unpaid interest at classification, the recoveries
 * after compensation (absent means none so far), an agreed base ratio overriding the measure's table, and the three
 * exclusion facts, where absent means "not known" and leaves the claim undetermined.
 * <p>
 * In JSON: {@code {"loanId": "B-1", "category": "GENERAL", "principal": {"amount": 1000000, "currency": "CNY"},
 * "grantDate": "2023-02-01", "firstNonPerformingDate": "2024-03-31", "principalOutstanding": {...},
 * "guaranteedByFinancingGuarantor": false, ...}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the bank's identifier for the loan
 * @param category  the loan category keying the base ratio
 * @param principal  the principal granted (or extended), CNY
 * @param grantDate  the date the loan was granted (放款日)
 * @param extensionDate  the date an extension (展期) took effect, if the loan was extended; it counts as the grant date
 *     for the uplift ("展期视同新增")
 * @param firstNonPerformingDate  the date the bank first classified the loan non-performing (次级 or worse)
 * @param principalOutstanding  the principal outstanding on that date, CNY
 * @param accruedInterest  the interest accrued and unpaid on that date, CNY, if known; needed only when the loss
 *     basis includes interest
 * @param recoveries  the amount recovered after compensation, CNY, if any
 * @param baseRatio  the base ratio agreed for this loan, overriding the measure's table, if given; from 0% to 100%
 *     (the calculator rejects one above the measure's ceiling)
 * @param guaranteedByFinancingGuarantor  whether a financing-guarantee company guarantees the loan, if known
 * @param reGuaranteed  whether the loan is covered by (fiscal) re-guarantee, if known
 * @param underOtherRiskCompensation  whether the loan enjoys another risk-compensation scheme, if known
 */
public record RiskPoolClaim(
    String loanId,
    RiskPoolLoanCategory category,
    MonetaryAmount principal,
    LocalDate grantDate,
    Optional<LocalDate> extensionDate,
    LocalDate firstNonPerformingDate,
    MonetaryAmount principalOutstanding,
    Optional<MonetaryAmount> accruedInterest,
    Optional<MonetaryAmount> recoveries,
    Optional<Rate> baseRatio,
    Optional<Boolean> guaranteedByFinancingGuarantor,
    Optional<Boolean> reGuaranteed,
    Optional<Boolean> underOtherRiskCompensation) {

  /**
   * Creates a claim, checking each field and the order of the dates.
   *
   * @throws InvalidInputException if a required field is missing, an amount is not CNY or negative, the principal
   *     is not positive, the principal outstanding exceeds the principal, the base ratio is outside 0%..100%, or a
   *     date is before the grant date, naming the field
   */
  public RiskPoolClaim {
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
      throw new InvalidInputException("principalOutstanding", outstanding.toPlainString(),
          "must not exceed the principal " + granted.toPlainString());
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
   * Returns the date that decides the uplift: the extension date of an extended loan ("展期视同新增"), otherwise the
   * grant date.
   *
   * @return the effective grant date
   */
  public LocalDate effectiveGrantDate() {
    return extensionDate.orElse(grantDate);
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
   * Builds a {@link RiskPoolClaim}; {@link #build()} validates. Not thread-safe.
   */
  public static final class Builder {
    private String loanId;
    private RiskPoolLoanCategory category;
    private MonetaryAmount principal;
    private LocalDate grantDate;
    private Optional<LocalDate> extensionDate = Optional.empty();
    private LocalDate firstNonPerformingDate;
    private MonetaryAmount principalOutstanding;
    private Optional<MonetaryAmount> accruedInterest = Optional.empty();
    private Optional<MonetaryAmount> recoveries = Optional.empty();
    private Optional<Rate> baseRatio = Optional.empty();
    private Optional<Boolean> guaranteedByFinancingGuarantor = Optional.empty();
    private Optional<Boolean> reGuaranteed = Optional.empty();
    private Optional<Boolean> underOtherRiskCompensation = Optional.empty();

    private Builder() {
    }

    /**
     * Sets the loan id.
     *
     * @param value  the id
     * @return this builder
     */
    public Builder loanId(String value) {
      this.loanId = value;
      return this;
    }

    /**
     * Sets the loan category.
     *
     * @param value  the category
     * @return this builder
     */
    public Builder category(RiskPoolLoanCategory value) {
      this.category = value;
      return this;
    }

    /**
     * Sets the principal.
     *
     * @param value  the principal, CNY
     * @return this builder
     */
    public Builder principal(MonetaryAmount value) {
      this.principal = value;
      return this;
    }

    /**
     * Sets the grant date.
     *
     * @param value  the date
     * @return this builder
     */
    public Builder grantDate(LocalDate value) {
      this.grantDate = value;
      return this;
    }

    /**
     * Sets the extension date.
     *
     * @param value  the date, not null
     * @return this builder
     */
    public Builder extensionDate(LocalDate value) {
      this.extensionDate = Optional.of(Args.notNull(value, "extensionDate"));
      return this;
    }

    /**
     * Sets the date of first non-performing classification.
     *
     * @param value  the date
     * @return this builder
     */
    public Builder firstNonPerformingDate(LocalDate value) {
      this.firstNonPerformingDate = value;
      return this;
    }

    /**
     * Sets the principal outstanding at first non-performing classification.
     *
     * @param value  the amount, CNY
     * @return this builder
     */
    public Builder principalOutstanding(MonetaryAmount value) {
      this.principalOutstanding = value;
      return this;
    }

    /**
     * Sets the accrued unpaid interest at first non-performing classification.
     *
     * @param value  the amount, CNY, not null
     * @return this builder
     */
    public Builder accruedInterest(MonetaryAmount value) {
      this.accruedInterest = Optional.of(Args.notNull(value, "accruedInterest"));
      return this;
    }

    /**
     * Sets the recoveries after compensation.
     *
     * @param value  the amount, CNY, not null
     * @return this builder
     */
    public Builder recoveries(MonetaryAmount value) {
      this.recoveries = Optional.of(Args.notNull(value, "recoveries"));
      return this;
    }

    /**
     * Sets the agreed base ratio, overriding the measure's table.
     *
     * @param value  the ratio, not null
     * @return this builder
     */
    public Builder baseRatio(Rate value) {
      this.baseRatio = Optional.of(Args.notNull(value, "baseRatio"));
      return this;
    }

    /**
     * Sets whether a financing-guarantee company guarantees the loan.
     *
     * @param value  the fact
     * @return this builder
     */
    public Builder guaranteedByFinancingGuarantor(boolean value) {
      this.guaranteedByFinancingGuarantor = Optional.of(value);
      return this;
    }

    /**
     * Sets whether the loan is re-guaranteed.
     *
     * @param value  the fact
     * @return this builder
     */
    public Builder reGuaranteed(boolean value) {
      this.reGuaranteed = Optional.of(value);
      return this;
    }

    /**
     * Sets whether the loan enjoys another risk-compensation scheme.
     *
     * @param value  the fact
     * @return this builder
     */
    public Builder underOtherRiskCompensation(boolean value) {
      this.underOtherRiskCompensation = Optional.of(value);
      return this;
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

    /**
     * Builds the claim.
     *
     * @return the claim
     * @throws InvalidInputException if a field is missing or invalid, naming it
     */
    public RiskPoolClaim build() {
      return new RiskPoolClaim(loanId, category, principal, grantDate, extensionDate,
          firstNonPerformingDate, principalOutstanding, accruedInterest, recoveries, baseRatio,
          guaranteedByFinancingGuarantor, reGuaranteed, underOtherRiskCompensation);
    }
  }
}
