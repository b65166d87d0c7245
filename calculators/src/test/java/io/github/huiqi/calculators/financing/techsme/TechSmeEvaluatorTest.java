package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.FeePayment;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tech-SME 贴息贴保 subsidy from an enterprise profile: 深工信〔2023〕26号 第13条 ("2023年期间产生的利息，贴息支持比例提高
 * 30个百分点，最高可按照实际支付利息的80%") over the 2020 办法 第十四条 ((一) 50%, first-time 70%; (二) premium 50% ≤ 500,000;
 * (三) fee 50% ≤ 300,000; (四) ≤ 1,000,000 a year, ≤ 3,000,000 over the 办法). The amounts are the hand-worked ones of
 * {@link TechSmeCalculatorTest}, reached through the profile.
 */
class TechSmeEvaluatorTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Catalog.Entry ENTRY = CATALOG.get(TechSmeMeasure.SHENZHEN_2023.id());
  private static final EvaluationContext CONTEXT = new EvaluationContext(LocalDate.of(2023, 6, 30), CATALOG.data(),
      EngineOptions.DEFAULTS, ENTRY);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** Interest on loan L1 accrued from start (counted) to end (not counted), paid on the end date. */
  private static InterestPayment interest(String id, LocalDate start, LocalDate end, String amount) {
    return new InterestPayment(id, "L1", start, end, end, Cny.of(amount));
  }

  /** 10,000 of interest accrued 2023-01-01..2023-03-31: 第13条 50% + 30 points = 80% → 8,000.00. */
  private static InterestPayment q1() {
    return interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000");
  }

  private static FeePayment fee(String id, LocalDate paid, String amount) {
    return new FeePayment(id, paid, Cny.of(amount));
  }

  /**
   * An enrolled tech SME, not a first-time borrower (base ratio 50%), that received nothing under the programme
   * before, with the given interest and no fees or premiums (both known empty).
   */
  private static EnterpriseProfile.Builder firm(InterestPayment... interest) {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.registrationRegionCode("440305").techSme(Qualification.held(true)).firstTimeBorrower(false)
        .techSmeSubsidyReceived(Cny.ZERO).interestPayments(List.of(interest)).guaranteeFeePayments(List.of())
        .insurancePremiumPayments(List.of());
    return builder;
  }

  private static MeasureOutcome explain(EnterpriseProfile profile) {
    return ENTRY.evaluate(profile, CONTEXT, true);
  }

  private static MeasureOutcome plain(EnterpriseProfile profile) {
    return ENTRY.evaluate(profile, CONTEXT, false);
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  private static OutcomeAmount between(String min, String max) {
    return OutcomeAmount.between(Cny.of(min), Cny.of(max));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_complete_2023Interest_80Percent() {
    // 第13条: 50% + 30 points = 80%; 10,000 × 80% = 8,000.00
    MeasureOutcome outcome = explain(firm(q1()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(exactly("8000.00"));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.bindingLimit()).isEmpty();
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("enrolled-tech-sme");
    assertThat(outcome.notes()).extracting(Reason::code).containsExactly("one-claim-year");
    assertThat(outcome.countedInTotal()).isTrue();
  }

  @Test
  void test_complete_annualCapAfterTheFeeCap_lastCapBinds() {
    // 第十四条(三) then (四): fee 50% × 800,000 = 400,000 → 300,000; interest 80% × 1,000,000 = 800,000;
    // 300,000 + 800,000 = 1,100,000 → 1,000,000.00; the last cap to bind is the yearly cap on all items
    EnterpriseProfile profile = firm(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "1000000"))
        .guaranteeFeePayments(List.of(fee("F1", d(2023, 8, 1), "800000"))).build();
    MeasureOutcome outcome = plain(profile);
    assertThat(outcome.amount()).isEqualTo(exactly("1000000.00"));
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> assertThat(limit.code())
        .isEqualTo("cap-per-enterprise-per-year"));
  }

  @Test
  void test_complete_programmeCapAfterWhatWasReceived() {
    // 第十四条(四): 3,000,000 − 2,500,000 received = 500,000 left; 80% × 625,000.01 = 500,000.008 → 500,000.01
    // → 500,000.00, the programme cap binding
    EnterpriseProfile profile = firm(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "625000.01"))
        .techSmeSubsidyReceived(Cny.of("2500000")).build();
    MeasureOutcome outcome = plain(profile);
    assertThat(outcome.amount()).isEqualTo(exactly("500000.00"));
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> assertThat(limit.code())
        .isEqualTo("cap-per-enterprise-over-programme"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missing_enrolment_fromZero() {
    // unknown enrolment: 0 up to 80% × 10,000 = 8,000.00
    MeasureOutcome outcome = explain(firm(q1()).techSme(Optional.empty()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(between("0", "8000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/techSme");
  }

  @Test
  void test_complete_firstTimeBorrower_2022Interest_70Percent() {
    // interest accrued 2022-10-01..2023-01-01, all in 2022: the 2020 办法 第十四条(一) ratio for a first-time borrower,
    // 70%, without 第13条's 2023 uplift; 10,000 × 70% = 7,000.00 (a borrower before: 50%, 5,000.00)
    MeasureOutcome outcome = explain(firm(interest("I1", d(2022, 10, 1), d(2023, 1, 1), "10000"))
        .firstTimeBorrower(true).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(exactly("7000.00"));
  }

  @Test
  void test_missing_firstTimeBorrower_materialFor2022Interest() {
    // 2022 interest keeps its base ratio (第十四条(一)): 50% × 10,000 = 5,000.00 or 70% × 10,000 = 7,000.00
    MeasureOutcome outcome = explain(firm(interest("I1", d(2022, 10, 1), d(2023, 1, 1), "10000"))
        .firstTimeBorrower(Optional.empty()).build());
    // the ratio changes the amount, not whether the enrolled firm qualifies: eligible with the range, the fact still
    // missing (decisions register §4.6 item 42; it was undetermined before the QA audit)
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(between("5000.00", "7000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/firstTimeBorrower");
    assertThat(outcome.reasons()).extracting(Reason::code).contains("enrolled-tech-sme");
    assertThat(outcome.notes()).extracting(Reason::code).contains("first-time-borrower-ratio");
  }

  @Test
  void test_missing_received_fromZeroWhenPositive() {
    // what the programme already paid is not known: the 3,000,000 cap (第十四条(四)) may be spent, so 0 .. 8,000.00
    MeasureOutcome outcome = explain(firm(q1()).techSmeSubsidyReceived(Optional.empty()).build());
    // the cap's use changes the amount, not whether the firm qualifies: eligible with the range (decisions register
    // §4.6 item 42; it was undetermined before the QA audit), the fact still missing and its reason a note
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(between("0", "8000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/techSmeSubsidyReceived");
    assertThat(outcome.reasons()).extracting(Reason::code).contains("enrolled-tech-sme");
    assertThat(outcome.notes()).extracting(Reason::code).containsExactly("programme-total-received-not-known",
        "programme-total-received-default", "one-claim-year");
    assertThat(outcome.notes().get(1).citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
  }

  @Test
  void test_missing_received_immaterialWhenNothingIsEarned() {
    // no interest actually paid: 80% × 0 = 0.00 whatever was received, so the fact is not missing; a note says zero
    // was used
    MeasureOutcome outcome = explain(firm(interest("I1", d(2023, 1, 1), d(2023, 4, 1), "0"))
        .techSmeSubsidyReceived(Optional.empty()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(exactly("0"));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.notes()).extracting(Reason::code).contains("programme-total-received-default");
  }

  @Test
  void test_missing_feeOrPremiumList_topRisesByItsCap() {
    // the fees are not known: 8,000.00 .. 8,000.00 + 300,000 (第十四条(三) yearly fee cap) = 308,000.00
    MeasureOutcome fees = explain(firm(q1()).guaranteeFeePayments(Optional.empty()).build());
    // the known interest is claimed, so the absent list only adds to the amount: eligible with the range (decisions
    // register §4.6 item 42; it was undetermined before the QA audit)
    assertThat(fees.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(fees.amount()).isEqualTo(between("8000.00", "308000.00"));
    assertThat(fees.missingFacts()).containsExactly("/guaranteeFeePayments");
    assertThat(fees.reasons()).extracting(Reason::code).doesNotContain("guarantee-fees-not-known");
    assertThat(fees.notes()).extracting(Reason::code).contains("guarantee-fees-not-known");
    // the premiums are not known: 8,000.00 .. 8,000.00 + 500,000 (第十四条(二)) = 508,000.00
    assertThat(plain(firm(q1()).insurancePremiumPayments(Optional.empty()).build()).amount())
        .isEqualTo(between("8000.00", "508000.00"));
    // both: 8,000 + 300,000 + 500,000 = 808,000.00, within the yearly 1,000,000
    assertThat(plain(firm(q1()).guaranteeFeePayments(Optional.empty()).insurancePremiumPayments(Optional.empty())
        .build()).amount()).isEqualTo(between("8000.00", "808000.00"));
  }

  @Test
  void test_missing_interestList_upToTheYearlyCap() {
    // no interest known, fees and premiums known none: 0 .. 1,000,000 (第十四条(四) a year)
    MeasureOutcome outcome = explain(firm().interestPayments(Optional.empty()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1000000")));
    assertThat(outcome.missingFacts()).containsExactly("/interestPayments");
    // 2,500,000 already received: at most the 500,000 left of the programme's 3,000,000
    assertThat(plain(firm().interestPayments(Optional.empty()).techSmeSubsidyReceived(Cny.of("2500000")).build())
        .amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    // nothing known at all: every list and the amount received named; 0 .. 1,000,000
    EnterpriseProfile unknown = EnterpriseProfile.builder().registrationRegionCode("440305")
        .techSme(Qualification.held(true)).build();
    MeasureOutcome nothing = plain(unknown);
    assertThat(nothing.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1000000")));
    assertThat(nothing.missingFacts()).containsExactly("/interestPayments", "/guaranteeFeePayments",
        "/insurancePremiumPayments", "/techSmeSubsidyReceived");
  }

  @Test
  void test_bindingLimit_theCapThatSetsTheTop() {
    // decisions register §4.6 item 88: an open range up to a cap names it, as the last cap that cut the favourable
    // case does for an exact amount (before, none while a list was absent). No interest known, fees and premiums
    // known none, no loans to bound it: 0 .. 1,000,000, the yearly cap on all items (2020 办法 第十四条（四）)
    MeasureOutcome interest = explain(firm().interestPayments(Optional.empty()).build());
    assertThat(interest.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1000000")));
    assertThat(interest.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise-per-year");
      assertThat(limit.limit()).isEqualTo(Cny.of("1000000"));
      assertThat(limit.citation().article()).isEqualTo("第十四条");
      assertThat(limit.citation().item()).hasValueSatisfying(item -> assertThat(item).contains("四"));
    });
    assertThat(plain(firm().interestPayments(Optional.empty()).build()).bindingLimit())
        .isEqualTo(interest.bindingLimit());
    // 2,500,000 already received: 3,000,000 − 2,500,000 = 500,000 left of the programme cap, the top, 0 .. 500,000
    MeasureOutcome programme = plain(firm().interestPayments(Optional.empty())
        .techSmeSubsidyReceived(Cny.of("2500000")).build());
    assertThat(programme.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("500000")));
    assertThat(programme.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise-over-programme");
      assertThat(Cny.yuan(limit.limit(), "limit")).isEqualByComparingTo("500000");
    });
    // the fees not known beside 8,000.00 of interest: 8,000.00 .. 8,000.00 + 300,000 = 308,000.00, the fee list's
    // own yearly cap (第十四条（三）) bounding what it adds
    MeasureOutcome fees = plain(firm(q1()).guaranteeFeePayments(Optional.empty()).build());
    assertThat(fees.amount()).isEqualTo(between("8000.00", "308000.00"));
    assertThat(fees.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("guarantee-fee-cap-per-year");
      assertThat(limit.limit()).isEqualTo(Cny.of("300000"));
    });
    // fees and premiums: 8,000 + 300,000 + 500,000 = 808,000.00 < 1,000,000, the premium cap (第十四条（二）) the last
    // applied
    MeasureOutcome both = plain(firm(q1()).guaranteeFeePayments(Optional.empty())
        .insurancePremiumPayments(Optional.empty()).build());
    assertThat(both.amount()).isEqualTo(between("8000.00", "808000.00"));
    assertThat(both.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("insurance-premium-cap-per-year");
      assertThat(limit.limit()).isEqualTo(Cny.of("500000"));
    });
    // a range whose top no cap sets: the first-time ratio open on 2022 interest, 5,000.00 .. 7,000.00, none
    assertThat(plain(firm(interest("I1", d(2022, 10, 1), d(2023, 1, 1), "10000")).firstTimeBorrower(
        Optional.empty()).build()).bindingLimit()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_knownEmpty_ineligible() {
    MeasureOutcome outcome = explain(firm().build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("no-items");
    assertThat(outcome.countedInTotal()).isFalse();
  }

  @Test
  void test_notEnrolled_ineligible_withOrWithoutItems() {
    // 第13条: "入库科技型中小企业" only
    MeasureOutcome withItems = explain(firm(q1()).techSme(Qualification.held(false)).build());
    assertThat(withItems.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(withItems.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(withItems.reasons()).extracting(Reason::code).contains("not-enrolled-tech-sme");
    MeasureOutcome noItemsKnown = explain(EnterpriseProfile.builder().registrationRegionCode("440305")
        .techSme(Qualification.held(false)).build());
    assertThat(noItemsKnown.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(noItemsKnown.reasons()).extracting(Reason::code).containsExactly("not-enrolled-tech-sme");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_plainAndExplainAgree() {
    List<EnterpriseProfile> profiles = List.of(
        firm(q1()).build(),
        firm(q1()).techSme(Optional.empty()).build(),
        firm(q1()).techSmeSubsidyReceived(Optional.empty()).build(),
        firm(q1()).guaranteeFeePayments(Optional.empty()).build(),
        firm(interest("I1", d(2023, 1, 1), d(2023, 7, 1), "1000000"))
            .guaranteeFeePayments(List.of(fee("F1", d(2023, 8, 1), "800000"))).build(),
        firm().interestPayments(Optional.empty()).build(),
        firm().build(),
        EnterpriseProfile.builder().registrationRegionCode("440305").build());
    for (EnterpriseProfile profile : profiles) {
      MeasureOutcome plain = plain(profile);
      MeasureOutcome explained = explain(profile);
      assertThat(plain.verdict()).isEqualTo(explained.verdict());
      assertThat(plain.amount()).isEqualTo(explained.amount());
      assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
      assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
      assertThat(plain.reasons()).isEmpty();
      assertThat(plain.notes()).isEmpty();
      assertThat(plain.explanation().steps()).isEmpty();
      assertThat(explained.explanation().steps()).isNotEmpty();
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheProfileField() {
    // paid before its accrual start: the calculator's item refuses it
    InterestPayment early = new InterestPayment("I1", "L1", d(2023, 2, 1), d(2023, 3, 1), d(2023, 1, 31),
        Cny.of("100"));
    assertField(() -> plain(firm(early).build()), "/interestPayments/0/paymentDate");
    // an id shared by an interest payment and a guarantee fee: ids are unique across the request's items
    EnterpriseProfile shared = firm(q1()).guaranteeFeePayments(List.of(fee("F1", d(2023, 3, 1), "10"),
        fee("I1", d(2023, 3, 1), "10"))).build();
    assertField(() -> explain(shared), "/guaranteeFeePayments/1/paymentId");
  }

  @Test
  void test_nothingKnown_eachAbsentListAReason() {
    // an enrolled firm with no payment list and no amount received: 0 .. 1,000,000 (第十四条(四)), each absent fact a
    // reason, in the order the lists are read
    MeasureOutcome outcome = explain(EnterpriseProfile.builder().registrationRegionCode("440305")
        .techSme(Qualification.held(true)).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1000000")));
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("interest-payments-not-known",
        "guarantee-fees-not-known", "insurance-premiums-not-known", "programme-total-received-not-known");
    assertThat(outcome.reasons().get(2).citation()).isEqualTo(TechSmeFixtures.MEASURE.insurancePremiumRatio()
        .citation());
  }
}
