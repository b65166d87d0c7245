package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the verdict convention across measures (decisions register §4.6 item 42): a fact that decides a
 * condition leaves the verdict undetermined; a fact that only changes the amount, every condition being met, leaves it
 * eligible with the amount a range and the fact still missing; a list of the items the amount is made of, not known
 * and with no known item qualifying, decides the "has such an item" condition (undetermined, from zero). The audit
 * found the tech-SME subsidy undetermined where the first-loan subsidy, in the same situation, was eligible with a
 * range; the share, 龙岗区 rent-share and 创新型产业用房 evaluators did the same with their base. Every outcome here is
 * run in both forms, which must agree ({@link CatalogRuns#both}).
 */
class VerdictConventionAuditTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** A 南山区 first-time borrower enrolled as a tech SME, nothing received, no fees or premiums (known none). */
  private static EnterpriseProfile.Builder firm() {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.registrationRegionCode("440305").independentLegalPerson(true).firstTimeBorrower(true)
        .onSeriousDishonestyList(false).techSme(Qualification.held(true)).techSmeSubsidyReceived(Cny.ZERO)
        .guaranteeFeePayments(List.of()).insurancePremiumPayments(List.of());
    return builder;
  }

  /** 10,000.00 of interest on L1 accrued 2023-01-01 to 2023-04-01 and paid then: 第13条's 80% gives 8,000.00. */
  private static InterestPayment q1Interest() {
    LocalDate paid = LocalDate.of(2023, 4, 1);
    return new InterestPayment("I1", "L1", LocalDate.of(2023, 1, 1), paid, paid, Cny.of("10000"));
  }

  private static MeasureOutcome firstLoan(EnterpriseProfile profile) {
    return CatalogRuns.both(FirstLoanMeasure.SHENZHEN_2023.id(), profile, AS_OF);
  }

  private static MeasureOutcome techSme(EnterpriseProfile profile) {
    return CatalogRuns.both(TechSmeMeasure.SHENZHEN_2023.id(), profile, AS_OF);
  }

  private static OutcomeAmount between(String min, String max) {
    return OutcomeAmount.between(Cny.of(min), Cny.of(max));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_onlyTheAmountOpen_firstLoanAndTechSmeBothEligibleWithARange() {
    // first-loan (深工信〔2023〕26号 第5条): L1 qualifies, 1,000,000 × 2% × 181/360 (2023-01-15 to 2023-07-15) =
    // 10,055.555… → 10,055.56; L2's lender not known adds the same 10,055.56 if a Shenzhen bank: 10,055.56 to
    // 20,111.12, eligible (unchanged by the audit)
    LoanFacts second = FirstLoanFixtures.loan("L2").lenderRegionCode(Optional.empty()).build();
    MeasureOutcome first = firstLoan(firm().loans(List.of(FirstLoanFixtures.loan("L1").build(), second)).build());
    assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(first.amount()).isEqualTo(between("10055.56", "20111.12"));
    assertThat(first.missingFacts()).containsExactly("/loans/1/lenderRegionCode");
    // tech-SME (第13条, 2020 办法 第十四条(四)): 80% × 10,000 = 8,000.00, but what the programme already paid is not
    // known and its 3,000,000 cap may be spent: 0 to 8,000.00. The firm qualifies whatever it was paid before:
    // eligible (was undetermined), the fact still named
    MeasureOutcome tech = techSme(firm().techSmeSubsidyReceived(Optional.empty())
        .interestPayments(List.of(q1Interest())).build());
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(tech.amount()).isEqualTo(between("0", "8000.00"));
    assertThat(tech.missingFacts()).containsExactly("/techSmeSubsidyReceived");
    assertThat(tech.countedInTotal()).isTrue();
  }

  @Test
  void test_techSme_aRatioOrAListBesideAClaimedItem_opensTheAmountOnly() {
    // interest accrued 2022-10-01 to 2023-01-01, all in 2022: 第十四条(一) 50% or, for a first-time borrower, 70%:
    // 10,000 × 50% = 5,000.00 to 10,000 × 70% = 7,000.00; eligible (was undetermined)
    LocalDate paid = LocalDate.of(2023, 1, 1);
    InterestPayment in2022 = new InterestPayment("I1", "L1", LocalDate.of(2022, 10, 1), paid, paid, Cny.of("10000"));
    MeasureOutcome ratio = techSme(firm().firstTimeBorrower(Optional.empty()).interestPayments(List.of(in2022))
        .build());
    assertThat(ratio.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(ratio.amount()).isEqualTo(between("5000.00", "7000.00"));
    assertThat(ratio.missingFacts()).containsExactly("/firstTimeBorrower");
    // the premiums not known beside the claimed interest: 8,000.00 to 8,000.00 + 500,000 (第十四条(二) yearly
    // premium cap) = 508,000.00, within the yearly 1,000,000; eligible (was undetermined)
    MeasureOutcome premiums = techSme(firm().interestPayments(List.of(q1Interest()))
        .insurancePremiumPayments(Optional.empty()).build());
    assertThat(premiums.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(premiums.amount()).isEqualTo(between("8000.00", "508000.00"));
    assertThat(premiums.missingFacts()).containsExactly("/insurancePremiumPayments");
  }

  @Test
  void test_aConditionOpen_bothUndeterminedFromZero() {
    // first-loan: whether a first-time borrower is 第5条's condition: 0 to 10,055.56
    MeasureOutcome first = firstLoan(firm().firstTimeBorrower(Optional.empty())
        .loans(List.of(FirstLoanFixtures.loan("L1").build())).build());
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(first.amount()).isEqualTo(between("0", "10055.56"));
    assertThat(first.missingFacts()).containsExactly("/firstTimeBorrower");
    // tech-SME: the enrolment is 第13条's condition: 0 to 8,000.00
    MeasureOutcome tech = techSme(firm().techSme(Optional.empty()).interestPayments(List.of(q1Interest())).build());
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(tech.amount()).isEqualTo(between("0", "8000.00"));
    assertThat(tech.missingFacts()).containsExactly("/techSme");
  }

  @Test
  void test_theItemsNotKnownAtAll_undeterminedFromZero() {
    // no loan known: "the firm has no loan" is possible, and 第5条 asks for one: 0 up to the cap of 200,000
    MeasureOutcome first = firstLoan(firm().build());
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(first.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000")));
    assertThat(first.missingFacts()).containsExactly("/loans");
    // no interest known, fees and premiums known none: the firm may have paid nothing, 0 up to the yearly 1,000,000
    // (第十四条(四); the loans are not known either, so they do not bound it)
    MeasureOutcome tech = techSme(firm().interestPayments(Optional.empty()).build());
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("1000000")));
    assertThat(tech.missingFacts()).containsExactly("/interestPayments");
    // known to be none: ineligible, zero
    assertThat(techSme(firm().interestPayments(List.of()).build()).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  //-------------------------------------------------------------------------
  /** A 上海市浦东新区 small firm, a 高新技术企业 through 2023-06-30, with one grant event (its amount omitted if null). */
  private static JsonNode shanghaiShare(String measure, String code, String amount) {
    String event = "{'eventId': 'E-1', 'code': '" + code + "', 'date': '2023-05-01'"
        + (amount == null ? "" : ", 'amount': {'amount': " + amount + ", 'currency': 'CNY'}") + "}";
    return EngineJson.firstOutcome(("{'profile': {'registrationRegionCode': '310115', 'industryCode': 'C3484', "
        + "'size': 'SMALL', 'highTech': {'held': true, 'since': '2021-12-01', 'until': '2023-06-30'}, "
        + "'grantEvents': [" + event + "]}, 'asOf': '2023-12-31', 'measures': ['" + measure + "']}")
        .replace('\'', '"'));
  }

  @Test
  void test_share_aBaseWithNoLeastToReach_opensTheAmountOnly() {
    // 沪企服办〔2023〕1号 第二条: 5% of the R&D input, at most 500,000 ("最高50万元"), no least input: the event in
    // 2023 earns a share whatever its base, so the firm qualifies: eligible (was undetermined), 0 to 500,000.00
    JsonNode fourAbove = shanghaiShare("sh-qfb-2023-1.four-above-high-tech-reward", "first-four-above", null);
    assertThat(fourAbove.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(fourAbove.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(fourAbove.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("500000.00");
    assertThat(fourAbove.at("/missingFacts")).extracting(JsonNode::asText).containsExactly("/grantEvents/0/amount");
    // the same event with its input given, 2,000,000: 5% × 2,000,000 = 100,000.00 exactly
    JsonNode given = shanghaiShare("sh-qfb-2023-1.four-above-high-tech-reward", "first-four-above", "2000000");
    assertThat(given.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("100000.00");
    assertThat(given.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("100000.00");
  }

  @Test
  void test_share_aBaseThatMustReachALeast_decidesACondition() {
    // 第三条's renovation support asks for an investment of at least 10,000,000 ("1000万元以上"): the investment not
    // given decides whether the project qualifies, so undetermined, from zero (unchanged by the audit)
    JsonNode renovation = shanghaiShare("sh-qfb-2023-1.technical-renovation-support",
        "sh-technical-renovation-project", null);
    assertThat(renovation.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(renovation.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(renovation.at("/missingFacts")).extracting(JsonNode::asText).contains("/grantEvents/0/amount");
  }

  //-------------------------------------------------------------------------
  /** 1,200 m² from 2021-01-01 to 2025-12-31. */
  private static RentLease.Builder lease() {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("1200")).start(LocalDate.of(2021, 1, 1))
        .end(LocalDate.of(2025, 12, 31));
  }

  @Test
  void test_longgangRentShare_theRentNotGiven_opensTheMaximumOnly() {
    // 2021 reply letter 一 (龙岗区): a 国家高新技术企业 renting in a district park gets up to 50% of the year before's
    // rent, at most 200,000 a year. The rent paid in 2022 is the base, not a condition: the firm qualifies, up to the
    // yearly cap 200,000.00, eligible (was undetermined), naming the rent
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440307")
        .highTech(Qualification.held(true)).leases(List.of(lease().districtPark(true).build())).build();
    MeasureOutcome outcome = CatalogRuns.both(RentShareMeasure.LONGGANG.id(), profile, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("200000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/leases/0/rentPaid");
    // the certificate not known as well: a condition, so undetermined, still up to 200,000.00
    MeasureOutcome open = CatalogRuns.both(RentShareMeasure.LONGGANG.id(), EnterpriseProfile.builder()
        .from(profile).highTech(Optional.empty()).build(), AS_OF);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).contains("/highTech", "/leases/0/rentPaid");
  }

  @Test
  void test_innovationSpace_theReferenceRentNotGiven_opensTheRentOnly() {
    // 创新型产业用房 (2021 reply letter 一): the lease is known to be such space, so the policy rent applies; its
    // reference rent sets the figure only: eligible (was undetermined), at least 0 with no upper bound
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305").leases(List.of(lease()
        .innovationSpace(true).rentDiscount(Rate.parse("50%")).build())).build();
    MeasureOutcome outcome = CatalogRuns.both(RentPolicyMeasure.SHENZHEN_2021.id(), profile, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(outcome.missingFacts()).containsExactly("/leases/0/referenceRent");
    // the reference rent given, 60.00 元/m²/month: 60.00 × 1,200 × (1 − 50%) = 36,000.00 a month
    MeasureOutcome given = CatalogRuns.both(RentPolicyMeasure.SHENZHEN_2021.id(), EnterpriseProfile.builder()
        .from(profile).leases(List.of(lease().innovationSpace(true).rentDiscount(Rate.parse("50%"))
            .referenceRent(Cny.of("60.00")).build())).build(), AS_OF);
    assertThat(given.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("36000.00")));
    // whether it is such space not known: a condition, undetermined
    MeasureOutcome flag = CatalogRuns.both(RentPolicyMeasure.SHENZHEN_2021.id(), EnterpriseProfile.builder()
        .from(profile).leases(List.of(lease().rentDiscount(Rate.parse("50%")).referenceRent(Cny.of("60.00"))
            .build())).build(), AS_OF);
    assertThat(flag.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(flag.missingFacts()).containsExactly("/leases/0/innovationSpace");
  }
}
