package io.github.huiqi.calculators.financing.deferral;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link DeferralEvaluator} on profiles against 深工信〔2023〕26号 第7条: "对于2022年第四季度到期的、受疫情影响暂时遇困的
 * 小微企业贷款（含个体工商户和小微企业主经营性贷款）…最长可延至2023年6月30日". The benefit is a date: the amount is exactly
 * zero and the detail names each loan and its date.
 */
public class DeferralEvaluatorTest {

  private static final MeasureId ID = DeferralMeasure.SHENZHEN_2023.id();
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2023, 3, 31);

  /** A loan falling due on a date, a year after its drawdown. */
  private static LoanFacts.Builder due(String id, LocalDate due) {
    return LoanFacts.builder().loanId(id).principal(Cny.of("500000")).drawdownDate(due.minusYears(1)).maturityDate(due)
        .annualInterestRate(Rate.parse("4%"));
  }

  /** A small enterprise in difficulty because of the epidemic. */
  private static EnterpriseProfile.Builder smallInDifficulty() {
    return EnterpriseProfile.builder().registrationRegionCode("440305").legalForm(LegalForm.ENTERPRISE)
        .size(EnterpriseSize.SMALL)
        .affectedByEpidemic(true);
  }

  private static MeasureOutcome plain(EnterpriseProfile profile) {
    return form(profile, false);
  }

  /** The entry's own form, before any classification of the size from the figures (which Catalog.evaluate adds). */
  private static MeasureOutcome form(EnterpriseProfile profile, boolean explain) {
    Catalog.Entry entry = CATALOG.get(ID);
    return entry.evaluate(profile, new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, entry),
        explain);
  }

  /** Both forms; they must agree, and the plain form carry no reasons, notes or steps. */
  private static MeasureOutcome both(EnterpriseProfile profile) {
    MeasureOutcome explained = form(profile, true);
    MeasureOutcome plain = plain(profile);
    assertThat(plain.verdict()).isEqualTo(explained.verdict());
    assertThat(plain.amount()).isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
    assertThat(plain.detail()).isEqualTo(explained.detail());
    assertThat(plain.reasons()).isEmpty();
    assertThat(plain.notes()).isEmpty();
    assertThat(plain.explanation().steps()).isEmpty();
    assertThat(explained.amount()).isEqualTo(OutcomeAmount.ZERO);
    return explained;
  }

  //-------------------------------------------------------------------------
  @Test
  void test_completeProfile_whichLoansAndToWhen() {
    EnterpriseProfile profile = smallInDifficulty().loans(List.of(
        due("L1", LocalDate.of(2022, 11, 15)).build(),
        due("L2", LocalDate.of(2022, 12, 31)).requestedDeferredDate(LocalDate.of(2023, 5, 31)).build(),
        due("L3", LocalDate.of(2023, 1, 1)).build())).build();
    MeasureOutcome outcome = both(profile);
    // 第7条: L1 due 2022-11-15 and L2 due on the quarter's last day are in 2022-Q4; L3 due 2023-01-01 is not.
    // L1 asks nothing: up to 2023-06-30; L2 asks 2023-05-31 (≤ 2023-06-30): to 2023-05-31
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.countedInTotal()).isFalse();
    assertThat(outcome.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(outcome.detail()).hasValueSatisfying(detail -> {
      assertThat(detail.in(Locale.ENGLISH)).isEqualTo(
          "Loans that may be deferred: L1 to 2023-06-30 (the latest allowed); L2 to 2023-05-31.");
      assertThat(detail.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
          "可延期还本付息的贷款：L1 最长可延至 2023-06-30；L2 可延至 2023-05-31。");
    });
  }

  @Test
  void test_requestAfterTheLatest_cappedToIt() {
    EnterpriseProfile profile = smallInDifficulty().loans(List.of(due("L1", LocalDate.of(2022, 10, 1))
        .requestedDeferredDate(LocalDate.of(2023, 9, 30)).build())).build();
    // "最长可延至2023年6月30日": a request for 2023-09-30 is not allowed; 2023-06-30 is the most
    assertThat(both(profile).detail().orElseThrow().in(Locale.ENGLISH)).contains("L1 to 2023-06-30");
  }

  @Test
  void test_individualBusiness_forBusinessLoans() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .legalForm(LegalForm.INDIVIDUAL_BUSINESS)
        .affectedByEpidemic(true).loans(List.of(
            due("B", LocalDate.of(2022, 11, 15)).forProductionOrOperation(true).build(),
            due("C", LocalDate.of(2022, 11, 15)).forProductionOrOperation(false).build())).build();
    MeasureOutcome outcome = both(profile);
    // "含个体工商户…经营性贷款": B is for business, C is not
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH)).contains("B to 2023-06-30").doesNotContain("C ");
  }

  @Test
  void test_soleProprietorshipOrPartnership_anEnterpriseOfItsSize() {
    // 深工信〔2023〕26号 第7条: "受疫情影响暂时遇困的小微企业贷款" — a 个人独资企业 or a 合伙企业 is an enterprise (企业) of
    // its size, not an individual business: a small one's loan due 2022-11-15 may be deferred to 2023-06-30 whatever
    // its purpose (the 经营性 condition is the individual business's)
    for (LegalForm form : List.of(LegalForm.SOLE_PROPRIETORSHIP, LegalForm.PARTNERSHIP)) {
      EnterpriseProfile profile = smallInDifficulty().legalForm(form)
          .loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).build())).build();
      MeasureOutcome outcome = both(profile);
      assertThat(outcome.verdict()).as("%s", form).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH)).contains("L1 to 2023-06-30");
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missingFacts_namedInTheProfile() {
    EnterpriseProfile noHardship = EnterpriseProfile.builder().registrationRegionCode("440305")
        .legalForm(LegalForm.ENTERPRISE)
        .size(EnterpriseSize.MICRO).loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).build())).build();
    MeasureOutcome outcome = both(noHardship);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/affectedByEpidemic");
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH))
        .isEqualTo("Loans that may be deferred if the missing facts are favourable: L1 to 2023-06-30 (the latest "
            + "allowed).");

    EnterpriseProfile business = EnterpriseProfile.builder().registrationRegionCode("440305")
        .legalForm(LegalForm.INDIVIDUAL_BUSINESS)
        .affectedByEpidemic(true).loans(List.of(due("B", LocalDate.of(2022, 11, 15)).build())).build();
    assertThat(both(business).missingFacts()).containsExactly("/loans/0/forProductionOrOperation");

    MeasureOutcome noLoans = both(smallInDifficulty().build());
    assertThat(noLoans.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noLoans.missingFacts()).containsExactly("/loans");
  }

  @Test
  void test_legalFormNotGiven_decidedBothWays() {
    // small, in difficulty, loan's purpose unknown: an enterprise's loan qualifies, an individual business's needs
    // the purpose; undetermined, naming the legal form first
    EnterpriseProfile unknownForm = EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).affectedByEpidemic(true)
        .loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).build())).build();
    MeasureOutcome outcome = both(unknownForm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/legalForm", "/loans/0/forProductionOrOperation");
    assertThat(outcome.reasons()).extracting(Reason::code).contains("legal-form");
    // medium and not for business: ineligible as either, so the legal form is not asked for
    EnterpriseProfile neither = EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.MEDIUM).affectedByEpidemic(true)
        .loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).forProductionOrOperation(false).build())).build();
    MeasureOutcome ineligible = both(neither);
    assertThat(ineligible.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(ineligible.missingFacts()).isEmpty();
    assertThat(ineligible.detail()).isEmpty();
  }

  @Test
  void test_legalFormNotGiven_independentLegalPerson_decidedAsAnEnterprise() {
    // an independent legal person is not an individual business (个体工商户 is a natural person's business, 《民法典》
    // 第五十四条), so its loan is an enterprise's: a medium enterprise is not one of 第7条's 小微企业, so its business
    // loan due 2022-11-15 is ineligible, and /legalForm is not asked for (as an individual business's it would qualify)
    EnterpriseProfile legalPerson = EnterpriseProfile.builder().registrationRegionCode("440305")
        .independentLegalPerson(true).size(EnterpriseSize.MEDIUM).affectedByEpidemic(true)
        .loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).forProductionOrOperation(true).build())).build();
    MeasureOutcome outcome = both(legalPerson);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.missingFacts()).isEmpty();
    // the same firm small: eligible as an enterprise, to 2023-06-30
    MeasureOutcome small = both(EnterpriseProfile.builder().from(legalPerson).size(EnterpriseSize.SMALL).build());
    assertThat(small.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(small.detail().orElseThrow().in(Locale.ENGLISH))
        .isEqualTo("Loans that may be deferred: L1 to 2023-06-30 (the latest allowed).");
  }

  @Test
  void test_legalFormNotGiven_eligibleBothWays_notAskedFor() {
    // 第7条 "小微企业贷款（含个体工商户和小微企业主经营性贷款）": a small borrower in difficulty whose loan, due 2022-11-15,
    // is for its business qualifies as an enterprise (small) and as an individual business (a business loan), so
    // the legal form decides nothing: eligible, to 2023-06-30, and /legalForm is not asked for
    EnterpriseProfile unknownForm = EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).affectedByEpidemic(true)
        .loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).forProductionOrOperation(true).build())).build();
    MeasureOutcome outcome = both(unknownForm);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.reasons()).extracting(Reason::code).doesNotContain("legal-form");
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH))
        .isEqualTo("Loans that may be deferred: L1 to 2023-06-30 (the latest allowed).");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_noLoanDue_ineligible() {
    MeasureOutcome empty = both(smallInDifficulty().loans(List.of()).build());
    assertThat(empty.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(empty.reasons()).extracting(Reason::code).containsExactly("no-loan-due-in-window");
    // due the day before the quarter, and due in it but repaid in full before: nothing falls due in 2022-Q4
    MeasureOutcome outside = both(smallInDifficulty().loans(List.of(
        due("EARLY", LocalDate.of(2022, 9, 30)).build(),
        due("REPAID", LocalDate.of(2022, 12, 15)).repaymentDate(LocalDate.of(2022, 9, 1)).build())).build());
    assertThat(outside.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outside.detail()).isEmpty();
    // not in difficulty
    MeasureOutcome fine = both(smallInDifficulty().affectedByEpidemic(false)
        .loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).build())).build());
    assertThat(fine.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(fine.reasons()).extracting(Reason::code).containsExactly("not-affected-by-epidemic");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badFact_requestedDateNotAfterMaturity() {
    EnterpriseProfile profile = smallInDifficulty().loans(List.of(due("OK", LocalDate.of(2022, 11, 15)).build(),
        due("BAD", LocalDate.of(2022, 11, 15)).requestedDeferredDate(LocalDate.of(2022, 11, 15)).build())).build();
    assertField(() -> both(profile), "/loans/1/requestedDeferredDate");
    assertField(() -> plain(profile), "/loans/1/requestedDeferredDate");
  }

  @Test
  void test_namedPointers_resolveInAFullProfile() throws Exception {
    EnterpriseProfile full = smallInDifficulty().loans(List.of(due("F", LocalDate.of(2022, 11, 15))
        .forProductionOrOperation(true).requestedDeferredDate(LocalDate.of(2023, 6, 30)).build())).build();
    JsonNode json = new ObjectMapper().readTree(HuiqiJson.write(full));
    for (String pointer : List.of("/loans", "/legalForm", "/size", "/affectedByEpidemic",
        "/loans/0/forProductionOrOperation", "/loans/0/requestedDeferredDate", "/loans/0/maturityDate")) {
      assertThat(json.at(pointer).isMissingNode()).as(pointer).isFalse();
    }
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_formsAgreeAndDetailNamesOnlyLoansDueInTheQuarter(long seed) {
    Random random = new Random(seed);
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder().registrationRegionCode("440305");
    if (random.nextInt(4) > 0) {
      builder.legalForm(LegalForm.values()[random.nextInt(LegalForm.values().length)]);
    }
    if (random.nextInt(4) > 0) {
      builder.size(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
    }
    if (random.nextInt(4) > 0) {
      builder.affectedByEpidemic(random.nextInt(4) > 0);
    }
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      LocalDate maturity = Generators.date(random, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 31));
      LoanFacts.Builder loan = due("D" + i, maturity);
      if (random.nextBoolean()) {
        loan.forProductionOrOperation(random.nextInt(4) > 0);
      }
      if (random.nextBoolean()) {
        loan.requestedDeferredDate(maturity.plusDays(1 + random.nextInt(300)));
      }
      loans.add(loan.build());
    }
    MeasureOutcome outcome = both(builder.loans(loans).build());
    assertThat(outcome.detail().isPresent()).isEqualTo(outcome.verdict() != Verdict.INELIGIBLE);
    String en = outcome.detail().map(d -> d.in(Locale.ENGLISH)).orElse("");
    for (LoanFacts loan : loans) {
      // 第7条 "2022年第四季度到期": a loan due outside 2022-10-01..2022-12-31 is never named
      boolean inQuarter = !loan.maturityDate().isBefore(LocalDate.of(2022, 10, 1))
          && !loan.maturityDate().isAfter(LocalDate.of(2022, 12, 31));
      if (!inQuarter) {
        assertThat(en).doesNotContain(loan.loanId() + " to");
      }
    }
    // never past "最长可延至2023年6月30日"
    assertThat(en).doesNotContain("2023-07").doesNotContain("2023-08").doesNotContain("2023-1");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_repaidOnTheDueDate_stillFallsDue() {
    // 第7条 "2022年第四季度到期的": L1 falls due on 2022-12-15 and is repaid that day, not before maturity, so it
    // still falls due in the quarter: up to "2023年6月30日"
    MeasureOutcome outcome = both(smallInDifficulty().loans(List.of(due("L1", LocalDate.of(2022, 12, 15))
        .repaymentDate(LocalDate.of(2022, 12, 15)).build())).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH)).contains("L1 to 2023-06-30");
  }

  @Test
  void test_explanation_eachLoansHeaderThenItsConditions() {
    MeasureOutcome known = both(smallInDifficulty().loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).build()))
        .build());
    List<ExplanationStep> steps = known.explanation().steps();
    assertThat(steps.get(0)).isEqualTo(new InputStep(LocalizedText.of("贷款 L1（/loans/0）", "loan L1 (/loans/0)"),
        "due 2022-11-15"));
    // the calculator's conditions follow: due in 2022-Q4, a small firm, affected by the epidemic
    assertThat(steps).filteredOn(ConditionStep.class::isInstance).isNotEmpty()
        .allSatisfy(step -> assertThat(((ConditionStep) step).outcome()).isEqualTo(ConditionOutcome.MET));
    // the legal form not given: the loan is decided both ways, and the header says so; the reasons keep the
    // individual business's unknown purpose ("个体工商户…经营性贷款") beside the legal form
    MeasureOutcome either = both(EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).affectedByEpidemic(true)
        .loans(List.of(due("L1", LocalDate.of(2022, 11, 15)).build())).build());
    assertThat(either.explanation().steps().get(0)).isInstanceOfSatisfying(InputStep.class, step ->
        assertThat(step.value()).isEqualTo("due 2022-11-15; legal form not given: decided as an enterprise's and as "
            + "an individual business's"));
    assertThat(either.reasons()).extracting(Reason::code).containsExactly("legal-form", "business-loan");
  }
}
