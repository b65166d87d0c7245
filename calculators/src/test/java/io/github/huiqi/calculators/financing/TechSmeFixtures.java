package io.github.huiqi.calculators.financing;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.financing.TechSmeInterestSubsidyMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Shared fixtures for the tech-SME subsidy tests.
 */
final class TechSmeFixtures {

  static final TechSmeInterestSubsidyMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(TechSmeInterestSubsidyMeasure.SHENZHEN_2023, TechSmeInterestSubsidyMeasure.class);
  static final TechSmeInterestSubsidyCalculator CALCULATOR = TechSmeInterestSubsidyCalculator.DEFAULT;

  private TechSmeFixtures() {
  }

  /** An enrolled tech SME that is not a first-time borrower (base ratio 50%). */
  static EnterpriseFacts.Builder firm() {
    EnterpriseFacts.Builder builder = EnterpriseFacts.builder();
    builder.registrationRegionCode("440305").enrolledTechSme(true).firstTimeBorrower(false);
    return builder;
  }

  /** Interest on loan L1 accrued from start (counted) to end (not counted), paid on the end date. */
  static TechSmeInterestItem interest(String id, LocalDate start, LocalDate end, String amount) {
    return TechSmeInterestItem.of(id, "L1", start, end, end, Cny.of(amount));
  }

  static TechSmeFeePayment fee(String id, LocalDate paid, String amount) {
    return TechSmeFeePayment.of(id, paid, Cny.of(amount));
  }

  static TechSmeSubsidyRequest request(EnterpriseFacts firm, TechSmeInterestItem... items) {
    return TechSmeSubsidyRequest.ofInterest(firm, List.of(items));
  }

  static TechSmeSubsidyRequest request(TechSmeInterestItem... items) {
    return request(firm().build(), items);
  }

  static TechSmeSubsidyRequest request(List<TechSmeInterestItem> interest, List<TechSmeFeePayment> fees,
      List<TechSmeFeePayment> premiums, String received) {
    return new TechSmeSubsidyRequest(firm().build(), interest, fees, premiums, Cny.of(received), Optional.empty());
  }
}
