package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A request for one enterprise's tech-SME 贴息贴保 subsidy for one year's claim: the enterprise, the interest, guarantee
 * fees and guarantee-insurance premiums it actually paid, what it has already received under the programme, and the
 * options.
 * <p>
 * The per-year caps apply to the items of one request, so a request holds one year's claim. In JSON:
 * <pre>
 * {"enterprise": {"enrolledTechSme": true, "firstTimeBorrower": false},
 *  "interest": [{"itemId": "I1", "loanId": "L1", "accrualStart": "2022-12-21", "accrualEnd": "2023-03-21",
 *                "paymentDate": "2023-03-21", "interestPaid": {"amount": 9000, "currency": "CNY"}}],
 *  "guaranteeFees": [], "insurancePremiums": [],
 *  "programmeTotalReceived": {"amount": 0, "currency": "CNY"}}
 * </pre>
 * {@code options} may be omitted. Missing facts are named as JSON Pointers into this shape, such as
 * {@code /enterprise/enrolledTechSme}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param enterprise  the enterprise: {@code enrolledTechSme} decides eligibility, {@code firstTimeBorrower} the base
 *     ratio (70% or 50%)
 * @param interest  the interest payments, may be empty
 * @param guaranteeFees  the guarantee fees paid, may be empty
 * @param insurancePremiums  the small-loan guarantee-insurance premiums paid, may be empty
 * @param programmeTotalReceived  what the enterprise has already received under the programme before this claim,
 *     zero or positive, CNY
 * @param options  the options; empty for the defaults
 */
public record TechSmeRequest(
    EnterpriseFacts enterprise,
    List<TechSmeInterestItem> interest,
    List<TechSmeFeePayment> guaranteeFees,
    List<TechSmeFeePayment> insurancePremiums,
    MonetaryAmount programmeTotalReceived,
    Optional<TechSmeOptions> options) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is missing or invalid, there is no item at all, or an item id repeats,
   *     naming the field
   */
  public TechSmeRequest {
    Args.notNull(enterprise, "enterprise");
    interest = Args.listCopy(interest, "interest");
    guaranteeFees = Args.listCopy(guaranteeFees, "guaranteeFees");
    insurancePremiums = Args.listCopy(insurancePremiums, "insurancePremiums");
    if (interest.isEmpty() && guaranteeFees.isEmpty() && insurancePremiums.isEmpty()) {
      throw new InvalidInputException("interest", "[]", "must hold at least one item across interest, "
          + "guaranteeFees and insurancePremiums");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < interest.size(); i++) {
      unique(ids, interest.get(i).itemId(), "interest/" + i + "/itemId");
    }
    for (int i = 0; i < guaranteeFees.size(); i++) {
      unique(ids, guaranteeFees.get(i).itemId(), "guaranteeFees/" + i + "/itemId");
    }
    for (int i = 0; i < insurancePremiums.size(); i++) {
      unique(ids, insurancePremiums.get(i).itemId(), "insurancePremiums/" + i + "/itemId");
    }
    Cny.notNegativeYuan(programmeTotalReceived, "programmeTotalReceived");
    Args.notNullOptional(options, "options");
  }

  /**
   * Obtains a request for interest only, with nothing received before and the default options.
   *
   * @param enterprise  the enterprise
   * @param interest  the interest payments
   * @return the request
   */
  public static TechSmeRequest ofInterest(EnterpriseFacts enterprise, List<TechSmeInterestItem> interest) {
    return new TechSmeRequest(enterprise, interest, List.of(), List.of(), Cny.ZERO, Optional.empty());
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public TechSmeOptions effectiveOptions() {
    return options.orElse(TechSmeOptions.DEFAULTS);
  }

  private static void unique(Set<String> ids, String id, String field) {
    if (!ids.add(id)) {
      throw new InvalidInputException(field, id, "must be unique across all items");
    }
  }
}
