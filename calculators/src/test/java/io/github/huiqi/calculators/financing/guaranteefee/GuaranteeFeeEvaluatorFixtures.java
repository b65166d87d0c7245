package io.github.huiqi.calculators.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.List;

/** Shared fixtures for the guarantee-fee evaluators' tests: profiles, loans and both forms run side by side. */
public final class GuaranteeFeeEvaluatorFixtures {

  /** The built-in catalogue. */
  public static final Catalog CATALOG = Catalog.builtIn();

  private GuaranteeFeeEvaluatorFixtures() {
  }

  /** A loan at 4% a year, with no other fact. */
  public static LoanFacts.Builder loan(String id, String principal, LocalDate drawdown, LocalDate maturity) {
    return LoanFacts.builder().loanId(id).principal(Cny.of(principal)).drawdownDate(drawdown).maturityDate(maturity)
        .annualInterestRate(Rate.parse("4%"));
  }

  /** A guarantee by a government financing guarantor at a standard rate. */
  public static LoanGuarantee government(String standardRate) {
    return LoanGuarantee.builder().governmentGuarantor(true).standardFeeRate(Rate.parse(standardRate)).build();
  }

  /** A profile of a firm of the size with the loans. */
  public static EnterpriseProfile firm(EnterpriseSize size, LoanFacts... loans) {
    return EnterpriseProfile.builder().registrationRegionCode("440305").size(size).loans(List.of(loans)).build();
  }

  /** A Shanghai firm (上海市浦东新区) of a size with loans, for the Shanghai measure. */
  public static EnterpriseProfile shanghaiFirm(EnterpriseSize size, LoanFacts... loans) {
    return EnterpriseProfile.builder().registrationRegionCode("310115").size(size).loans(List.of(loans)).build();
  }

  /** Evaluates the plain form. */
  public static MeasureOutcome plain(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    return form(id, profile, asOf, false);
  }

  /**
   * Evaluates the measure's entry on the profile as given, in the plain or the explaining form: what the evaluator
   * itself decides, before any classification of the size from the figures ({@code Catalog.evaluate} and the engine
   * add that).
   */
  private static MeasureOutcome form(MeasureId id, EnterpriseProfile profile, LocalDate asOf, boolean explain) {
    Catalog.Entry entry = CATALOG.get(id);
    return entry.evaluate(profile, new EvaluationContext(asOf, CATALOG.data(), EngineOptions.DEFAULTS, entry), explain);
  }

  /**
   * Evaluates both forms, checks that they agree on the verdict, the amount, the binding limit and the missing facts,
   * and that the plain form carries no reasons, notes or steps; returns the explaining form's outcome.
   */
  public static MeasureOutcome both(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    MeasureOutcome explained = form(id, profile, asOf, true);
    MeasureOutcome plain = plain(id, profile, asOf);
    assertThat(plain.verdict()).isEqualTo(explained.verdict());
    assertThat(plain.amount()).isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
    assertThat(plain.countedInTotal()).isEqualTo(explained.countedInTotal());
    assertThat(plain.reasons()).isEmpty();
    assertThat(plain.notes()).isEmpty();
    assertThat(plain.explanation().steps()).isEmpty();
    return explained;
  }

  /** An exact amount in yuan. */
  public static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  /** A range in yuan. */
  public static OutcomeAmount between(String minimum, String maximum) {
    return OutcomeAmount.between(Cny.of(minimum), Cny.of(maximum));
  }

  /** A range with no upper bound. */
  public static OutcomeAmount atLeast(String minimum) {
    return OutcomeAmount.atLeast(Cny.of(minimum));
  }
}
