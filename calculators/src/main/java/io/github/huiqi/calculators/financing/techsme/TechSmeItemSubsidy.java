package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One item's part of a tech-SME 贴息贴保 subsidy.
 * <p>
 * {@code computed} is the item's own subsidy, its ratio times the amount actually paid, rounded half-up to the fen
 * once. {@code paid} is what the item receives after the per-year caps of its kind (guarantee fee 300,000, premium
 * 500,000), then the 1,000,000 per year and the programme's remaining 3,000,000, each allocated to items in
 * payment-date order (then interest, fee, premium, then request order). When the enterprise is not eligible,
 * {@code paid} is zero and {@code computed} is what the item would earn if the missing facts were favourable (zero
 * when ineligible).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param itemId  the item's id
 * @param kind  the kind of item
 * @param loanId  the loan, for an interest item
 * @param amountPaid  the interest, fee or premium actually paid
 * @param computed  the item's subsidy before the caps, whole fen
 * @param paid  the item's subsidy after the caps, whole fen
 */
public record TechSmeItemSubsidy(
    String itemId,
    TechSmeItemKind kind,
    Optional<String> loanId,
    MonetaryAmount amountPaid,
    MonetaryAmount computed,
    MonetaryAmount paid) {

  /**
   * Creates an item's part.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public TechSmeItemSubsidy {
    Args.notBlank(itemId, "itemId");
    Args.notNull(kind, "kind");
    Args.notNullOptional(loanId, "loanId");
    Cny.notNegativeComputed(amountPaid, "amountPaid");
    Cny.notNegativeComputed(computed, "computed");
    Cny.notNegativeComputed(paid, "paid");
  }
}
