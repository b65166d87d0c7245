package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained tech-SME 贴息贴保 subsidy of one enterprise for one year's claim.
 * <p>
 * The enterprise is eligible when it is an enrolled 科技型中小企业; undetermined when that is not known, or when it is
 * not known whether it is a first-time borrower and the answer changes the amount (it does not when all the interest
 * arose in the uplift window, where both ratios become 80%). The amounts are exact when eligible, otherwise ranges
 * from what is certain to what the enterprise would receive if the missing facts were favourable. The subtotals are
 * after every cap, so they add up to {@code amount}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  the verdict with its reasons or missing facts
 * @param interestRatio  the enterprise's interest ratio outside the uplift window (50% or 70%), if known
 * @param upliftedInterestRatio  its ratio inside the window ({@code min(base + 30 points, 80%)}), if known
 * @param interestSubsidy  the interest subsidy after the caps
 * @param guaranteeFeeSubsidy  the guarantee-fee subsidy after the caps
 * @param insurancePremiumSubsidy  the guarantee-insurance premium subsidy after the caps
 * @param amount  the total subsidy, in CNY
 * @param bindingLimits  the caps that reduced the amount, in the order applied; empty if none did
 * @param items  each item's part, interest then fees then premiums, each in request order
 * @param explanation  the steps, citing their clauses
 */
public record TechSmeResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    Optional<Rate> interestRatio,
    Optional<Rate> upliftedInterestRatio,
    AmountRange interestSubsidy,
    AmountRange guaranteeFeeSubsidy,
    AmountRange insurancePremiumSubsidy,
    AmountRange amount,
    List<BindingLimit> bindingLimits,
    List<TechSmeItemSubsidy> items,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public TechSmeResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNullOptional(interestRatio, "interestRatio");
    Args.notNullOptional(upliftedInterestRatio, "upliftedInterestRatio");
    Args.notNull(interestSubsidy, "interestSubsidy");
    Args.notNull(guaranteeFeeSubsidy, "guaranteeFeeSubsidy");
    Args.notNull(insurancePremiumSubsidy, "insurancePremiumSubsidy");
    Args.notNull(amount, "amount");
    bindingLimits = Args.listCopy(bindingLimits, "bindingLimits");
    items = Args.listCopy(items, "items");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns the amount when it is determined: the same as {@code amount().exact()}.
   *
   * @return the amount in CNY, empty when the amount is a range
   */
  public Optional<MonetaryAmount> exactAmount() {
    return amount.exact();
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public TechSmeResult withReceipt(Receipt receipt) {
    return new TechSmeResult(measure, documentStatus, eligibility, interestRatio, upliftedInterestRatio,
        interestSubsidy, guaranteeFeeSubsidy, insurancePremiumSubsidy, amount, bindingLimits, items,
        explanation.withReceipt(receipt));
  }
}
