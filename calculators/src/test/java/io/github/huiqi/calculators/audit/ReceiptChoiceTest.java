package io.github.huiqi.calculators.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearMeasures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearResult;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ReceiptChoice}: an explaining form issues its receipt by default and leaves it out when asked, with
 * the same result otherwise; a book run and a calculator explaining another's part inside its own result leave the
 * inner receipts out.
 */
class ReceiptChoiceTest {

  private static final EnterpriseProfile SAMPLE = EntitlementSamples.shenzhenManufacturer2023().profile();
  private static final FirstLoanMeasure FIRST_LOAN = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);

  @Test
  void test_issueIsTheDefault_omitLeavesOnlyTheReceiptOut() {
    FirstLoanRequest request = FirstLoanRequest.from(SAMPLE);
    FirstLoanResult issued = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request);
    FirstLoanResult asked = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request, ReceiptChoice.ISSUE);
    FirstLoanResult omitted = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request, ReceiptChoice.OMIT);
    assertThat(issued.explanation().receipt()).isPresent();
    assertThat(asked).isEqualTo(issued);
    assertThat(omitted.explanation().receipt()).isEmpty();
    assertThat(omitted.withReceipt(issued.explanation().receipt().orElseThrow())).isEqualTo(issued);
    // the sample's subsidy, worked by hand in EntitlementEngineTest: 30,166.67
    assertThat(omitted.amount().exact()).contains(Cny.of("30166.67"));
  }

  @Test
  void test_nullChoice() {
    assertThatThrownBy(() -> FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, FirstLoanRequest.from(SAMPLE),
        null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("receipt");
  }

  @Test
  void test_bookRunGivesTheSameAmountWithoutPerRowReceipts() {
    FirstLoanRequest request = FirstLoanRequest.from(SAMPLE);
    BookItem item = BookCalculators.firstLoan(FIRST_LOAN).evaluate(0, request);
    assertThat(item.amount()).contains(FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request).amount());
  }

  @Test
  void test_firmYearParts_carryNoReceiptOfTheirOwn() {
    FirmYearRequest request = FirmYearRequest.of(2023, List.of(), FirmYearIncomeTax.from(SAMPLE, 2023),
        RdRequest.from(SAMPLE, 2023));
    FirmYearResult result = FirmYearCalculator.DEFAULT.explainTotalSaved(FirmYearMeasures.builtIn(), request);
    assertThat(result.explanation().receipt()).isPresent();
    assertThat(result.rd()).isPresent();
    assertThat(result.rd().orElseThrow().explanation().receipt()).isEmpty();
    assertThat(result.incomeTax()).allSatisfy(tax -> assertThat(tax.explanation().receipt()).isEmpty());
  }
}
