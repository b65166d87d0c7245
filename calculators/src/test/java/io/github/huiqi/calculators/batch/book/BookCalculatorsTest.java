package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyLoan;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming book path: each loan's verdict, amount, reason code and missing facts, failures as values. */
class BookCalculatorsTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

  @Test
  void riskPoolBook_eachVerdictAFailureAndTheTotals() {
    List<RiskPoolClaim> book = Arrays.asList(
        // 2023-01-01, first day of the window: 1,000,000 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条)
        RiskPoolFixtures.claim("A", LocalDate.of(2023, 1, 1)).build(),
        // 2023-04-01, the day after: 1,000,000 × 30% = 300,000.00
        RiskPoolFixtures.claim("B", LocalDate.of(2023, 4, 1)).build(),
        // re-guaranteed: excluded, zero
        RiskPoolFixtures.claim("C", LocalDate.of(2023, 2, 1)).reGuaranteed(true).build(),
        // whether another scheme covers it is unknown: undetermined, 0 .. 600,000.00
        RiskPoolFixtures.claim("D", LocalDate.of(2023, 2, 1)).underOtherRiskCompensation(Optional.empty()).build(),
        null);
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = POOL.run(book, items::add);

    assertThat(items).hasSize(5);
    assertThat(items.get(0).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(items.get(0).id()).contains("A");
    assertThat(items.get(1).amount()).contains(AmountRange.exactly(Cny.of("300000.00")));
    assertThat(items.get(2).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(2).reasonCode()).contains("re-guaranteed");
    assertThat(items.get(2).amount()).contains(AmountRange.exactly(Cny.of("0.00")));
    assertThat(items.get(3).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(3).reasonCode()).contains("not-under-other-risk-compensation");
    assertThat(items.get(3).missingFacts()).containsExactly("/underOtherRiskCompensation");
    assertThat(items.get(3).amount()).contains(new AmountRange(Cny.of("0.00"), Cny.of("600000.00")));
    assertThat(items.get(4).isFailed()).isTrue();
    assertThat(items.get(4).index()).isEqualTo(4);
    // certain: 600,000 + 300,000 = 900,000.00; in reach: + 600,000 (D) = 1,500,000.00
    assertThat(totals).isEqualTo(new BookTotals(5, 2, 1, 1, 1,
        new AmountRange(Cny.of("900000.00"), Cny.of("1500000.00"))));
  }

  @Test
  void riskPoolBook_aClaimBadForTheOptionsFailsAloneNamingTheField() {
    BookCalculator<RiskPoolClaim> withInterest = BookCalculators.riskPool(RiskPoolFixtures.POOL,
        RiskPoolOptions.DEFAULTS.withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST));
    List<BookItem> items = withInterest.results(Stream.of(
        RiskPoolFixtures.claim("A", LocalDate.of(2023, 4, 1)).accruedInterest(Cny.of("10000.00")).build(),
        RiskPoolFixtures.claim("B", LocalDate.of(2023, 4, 1)).build())).toList();
    // (1,000,000 + 10,000) × 30% = 303,000.00
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("303000.00")));
    assertThat(items.get(1).failure()).hasValueSatisfying(failure -> {
      assertThat(failure.field()).isEqualTo("accruedInterest");
      assertThat(failure.code()).isEqualTo("input.required");
    });
    assertThat(items.get(1).id()).contains("B");
  }

  @Test
  void firstLoanBook_perEnterpriseAmountsAfterTheCap() {
    FirstLoanRequest one = FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build());
    // 30,000,000 × 2% × 181/360 = 301,666.67 → capped at 200,000.00 (单户企业贴息金额最高20万元)
    FirstLoanRequest capped = FirstLoanFixtures.request(
        FirstLoanFixtures.loan("L2").principal(Cny.of("30000000")).build());
    FirstLoanRequest unknown = FirstLoanFixtures.request(FirstLoanFixtures.firm().firstTimeBorrower(Optional.empty())
        .build(), FirstLoanFixtures.loan("L3").build());
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.firstLoan(FirstLoanFixtures.MEASURE).run(List.of(one, capped, unknown),
        items::add);
    // 1,000,000 × 2% × 181/360 (2023-01-15 .. 2023-07-15, six months) = 10,055.555… → 10,055.56
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("10055.56")));
    assertThat(items.get(1).amount()).contains(AmountRange.exactly(Cny.of("200000.00")));
    assertThat(items.get(2).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(2).missingFacts()).containsExactly("/enterprise/firstTimeBorrower");
    // certain 10,055.56 + 200,000.00 = 210,055.56; in reach + 10,055.56 = 220,111.12
    assertThat(totals.amount()).isEqualTo(new AmountRange(Cny.of("210055.56"), Cny.of("220111.12")));
  }

  @Test
  void guaranteeFeeBook_feeAndReducedRate() {
    GuaranteeFeeReductionMeasure measure = PolicyData.builtIn().measures().stream()
        .filter(GuaranteeFeeReductionMeasure.class::isInstance).map(GuaranteeFeeReductionMeasure.class::cast)
        .findFirst().orElseThrow();
    GuaranteeFeeReductionRequest request = GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true,
        Cny.of("1000000"), Rate.parse("1.5%"), LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1));
    List<BookItem> items = BookCalculators.guaranteeFeeReduction(measure).results(Stream.of(request)).toList();
    // 1.5% reduced by 40% = 0.9%; 1,000,000 × 0.9% × 12/12 = 9,000.00
    assertThat(items.get(0).rate()).contains(Rate.parse("0.9%"));
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("9000.00")));
  }

  @Test
  void guaranteeFeeBook_anIneligibleLoan_isChargedItsStandardRate_andTheItemSaysSo() {
    GuaranteeFeeReductionMeasure measure = PolicyData.builtIn().measures().stream()
        .filter(GuaranteeFeeReductionMeasure.class::isInstance).map(GuaranteeFeeReductionMeasure.class::cast)
        .findFirst().orElseThrow();
    // 深工信〔2023〕26号 第6条 "针对小微企业": a medium borrower is outside, so the standard 2% stands:
    // 1,000,000 × 2% × 12/12 = 20,000.00; before, the item gave this fee with the reduced rate 1% beside it
    GuaranteeFeeReductionRequest medium = GuaranteeFeeReductionRequest.of(EnterpriseSize.MEDIUM, true,
        Cny.of("1000000"), Rate.parse("2%"), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
    BookItem item = BookCalculators.guaranteeFeeReduction(measure).evaluate(0, medium);
    assertThat(item.verdict()).contains(Verdict.INELIGIBLE);
    assertThat(item.amount()).contains(AmountRange.exactly(Cny.of("20000.00")));
    assertThat(item.rate()).contains(Rate.parse("2%"));
    // the same loan to a small borrower: min(2% × (1 − 40%), 1%) = 1%, 1,000,000 × 1% = 10,000.00
    BookItem small = BookCalculators.guaranteeFeeReduction(measure).evaluate(1,
        GuaranteeFeeReductionRequest.builder().from(medium).borrowerSize(EnterpriseSize.SMALL).build());
    assertThat(small.amount()).contains(AmountRange.exactly(Cny.of("10000.00")));
    assertThat(small.rate()).contains(Rate.parse("1%"));
  }

  @Test
  void guaranteeFeeCapBook_capAsTheRate_maximumFeeAsTheAmount_nullAFailedItem() {
    GuaranteeFeeBenchmarkCapMeasure measure = PolicyData.builtIn()
        .getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    GuaranteeFeeBenchmarkCapRequest loan = GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2023, 5, 10),
        LocalDate.of(2023, 5, 12), LocalDate.of(2024, 5, 12));
    List<BookItem> items = BookCalculators.guaranteeFeeCap(measure)
        .results(Stream.of(loan.withProposal(Rate.parse("2.2%"), Cny.of("5000000")), loan, null)).toList();
    // 深圳专精特新 draft 第五条: PBoC ≤1-year benchmark 4.35% × 50% = 2.175%; the fee at the cap over 2023-05-12 →
    // 2024-05-12 (12 whole months, the guarantee-fee convention of decisions register §4.3 item 21): 5,000,000 ×
    // 2.175% × 12/12 = 108,750.00
    assertThat(items.get(0).rate()).contains(Rate.parse("2.175%"));
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("108750.00")));
    // without the guaranteed principal there is a cap but no fee to state
    assertThat(items.get(1).rate()).contains(Rate.parse("2.175%"));
    assertThat(items.get(1).amount()).isEmpty();
    assertThat(items.get(2).isFailed()).isTrue();
    assertThat(items.get(2).index()).isEqualTo(2);
  }

  @Test
  void guaranteeFeeCapBook_anIneligibleLoan_hasNoCapAndNoMaximumFee() {
    GuaranteeFeeBenchmarkCapMeasure measure = PolicyData.builtIn()
        .getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    GuaranteeFeeBenchmarkCapRequest capped = GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2023, 5, 10),
        LocalDate.of(2023, 5, 12), LocalDate.of(2024, 5, 12)).withProposal(Rate.parse("2.2%"), Cny.of("5000000"));
    GuaranteeFeeBenchmarkCapRequest notZjtx = GuaranteeFeeBenchmarkCapRequest.builder().from(capped)
        .specialisedAndInnovative(false).build();
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.guaranteeFeeCap(measure).run(List.of(capped, notZjtx), items::add);
    // the draft's 第五条 caps the fee of 专精特新 firms only: the other borrower's guarantor is not bound by it. Before,
    // its item carried the cap 2.175% and the fee at the cap, and the totals added it
    assertThat(items.get(1).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(1).rate()).isEmpty();
    assertThat(items.get(1).amount()).isEmpty();
    // the capped loan: 4.35% × 50% = 2.175%; 12 whole months: 5,000,000 × 2.175% × 12/12 = 108,750.00
    assertThat(items.get(0).rate()).contains(Rate.parse("2.175%"));
    assertThat(totals.amount()).isEqualTo(AmountRange.exactly(Cny.of("108750.00")));
  }

  @Test
  void guaranteeFeeSubsidyBook_thirtyPercentOfTheFeePaid_nullAFailedItem() {
    GuaranteeFeeSubsidyMeasure measure = PolicyData.builtIn()
        .getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    GuaranteeFeeSubsidyRequest firm = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023,
        List.of(GuaranteeFeeSubsidyLoan.of("L1", Cny.of("3000000"), LocalDate.of(2023, 4, 1), Rate.parse("4%"),
            Rate.parse("2%"), Cny.of("60000"))));
    List<BookItem> items = BookCalculators.guaranteeFeeSubsidy(measure).results(Stream.of(firm, null)).toList();
    // principal 3,000,000 (≤ 3,000,000), fee rate 2% (≤ 50% × 4%): 30% × 60,000 = 18,000.00
    assertThat(items.get(0).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("18000.00")));
    assertThat(items.get(1).isFailed()).isTrue();
  }

  @Test
  void techSmeBook_theEnterprisesSubsidy_nullAFailedItem() {
    TechSmeMeasure measure = TechSmeFixtures.MEASURE;
    TechSmeRequest request = TechSmeFixtures.request(TechSmeFixtures.interest("I1", LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 4, 1), "10000"));
    List<BookItem> items = BookCalculators.techSme(measure).results(Stream.of(request, null)).toList();
    // 第13条: 50% + 30 points = 80%; 10,000 accrued 2023-01-01..2023-03-31 × 80% = 8,000.00
    assertThat(items.get(0).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("8000.00")));
    assertThat(items.get(1).isFailed()).isTrue();
    // the same book run from a stream into a sink: the items in order and their totals
    List<BookItem> sunk = new ArrayList<>();
    BookTotals totals = BookCalculators.techSme(measure).run(Stream.of(request, null), sunk::add);
    assertThat(sunk).isEqualTo(items);
    assertThat(totals.failed()).isEqualTo(1);
    assertThat(totals.amount()).isEqualTo(AmountRange.exactly(Cny.of("8000.00")));
  }
}
