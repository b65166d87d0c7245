package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared fixtures for the tech-SME subsidy tests.
 */
public final class TechSmeFixtures {

  public static final TechSmeMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(TechSmeMeasure.SHENZHEN_2023);
  public static final TechSmeCalculator CALCULATOR = TechSmeCalculator.DEFAULT;

  private TechSmeFixtures() {
  }

  /** An enrolled tech SME that is not a first-time borrower (base ratio 50%). */
  public static EnterpriseFacts.Builder firm() {
    EnterpriseFacts.Builder builder = EnterpriseFacts.builder();
    builder.registrationRegionCode("440305").enrolledTechSme(true).firstTimeBorrower(false);
    return builder;
  }

  /** Interest on loan L1 accrued from start (counted) to end (not counted), paid on the end date. */
  public static TechSmeInterestItem interest(String id, LocalDate start, LocalDate end, String amount) {
    return TechSmeInterestItem.of(id, "L1", start, end, end, Cny.of(amount));
  }

  public static TechSmeFeePayment fee(String id, LocalDate paid, String amount) {
    return TechSmeFeePayment.of(id, paid, Cny.of(amount));
  }

  public static TechSmeRequest request(EnterpriseFacts firm, TechSmeInterestItem... items) {
    return TechSmeRequest.ofInterest(firm, List.of(items));
  }

  public static TechSmeRequest request(TechSmeInterestItem... items) {
    return request(firm().build(), items);
  }

  public static TechSmeRequest request(List<TechSmeInterestItem> interest, List<TechSmeFeePayment> fees,
      List<TechSmeFeePayment> premiums, String received) {
    return TechSmeRequest.builder().enterprise(firm().build()).interest(interest).guaranteeFees(fees)
        .insurancePremiums(premiums).programmeTotalReceived(Cny.of(received)).build();
  }
}
