package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.GRANT;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.START;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renovation calculators' plain forms on an undetermined verdict (小升规方案 第十条): they throw
 * {@link MissingFactsException} only when the facts not given leave the amount open (zero if the project is not
 * supported, more if it is), and return the amount when it is zero either way.
 */
class RenovationPlainFormSettledTest {

  private static RenovationGrantRequest.Builder notKnownIfSupported(String eligibleInvestment) {
    // level 3 (16%), 12,000,000 total, 9,600,000 fixed assets (80%), 6,720,000 equipment (70%); support not given
    return RenovationGrantRequest.builder().category(RenovationCategory.INTELLIGENT).maturityLevel(3)
        .eligibleInvestment(Cny.of(eligibleInvestment)).totalInvestment(Cny.of("12000000"))
        .fixedAssetInvestment(Cny.of("9600000")).equipmentInvestment(Cny.of("6720000"));
  }

  @Test
  void test_grant_supportNotGiven_noEligibleInvestment_zeroEitherWay() {
    // "不超过项目总投资额10-20%": 16% × 0.00 = 0.00 whether or not the project is supported
    RenovationGrantRequest none = notKnownIfSupported("0").build();
    assertThat(RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, none).eligibility().verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, none)).isEqualTo(Cny.of("0.00"));
    // 10,000,000 eligible: 0 or 16% × 10,000,000 = 1,600,000.00: open, names /eligibleProject
    RenovationGrantRequest some = notKnownIfSupported("10000000").build();
    assertThatThrownBy(() -> RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, some))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/eligibleProject"));
  }

  @Test
  void test_interest_supportNotGiven_interestBeforeTheSubsidisedYears_zeroEitherWay() {
    // the subsidised years start 2023-01-01; interest paid for 2022-01-01..2022-07-01 lies wholly before them and
    // earns nothing, supported or not
    RenovationInterestRequest before = RenovationInterestRequest.builder().subsidyStart(START)
        .payments(List.of(loanInterest("P", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 1), "1000.00"))).build();
    assertThat(CALCULATOR.explainSubsidy(INTEREST, before).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(CALCULATOR.subsidy(INTEREST, before)).isEqualTo(Cny.of("0.00"));
    // 1,000.00 paid for 2023-01-01..2023-07-01: 0 or 50% × 1,000.00 = 500.00: open, names /eligibleProject
    RenovationInterestRequest inside = RenovationInterestRequest.builder().subsidyStart(START)
        .payments(List.of(loanInterest("P", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), "1000.00"))).build();
    assertThatThrownBy(() -> CALCULATOR.subsidy(INTEREST, inside)).isInstanceOfSatisfying(
        MissingFactsException.class, ex -> assertThat(ex.missingFacts()).containsExactly("/eligibleProject"));
  }

  @Test
  void test_support_bothPartsZeroEitherWay_zero_oneOpen_throwsUnderItsPart() {
    RenovationInterestRequest before = RenovationInterestRequest.builder().subsidyStart(START)
        .payments(List.of(loanInterest("P", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 7, 1), "1000.00"))).build();
    // 0.00 + 0.00 = 0.00
    assertThat(RenovationSupportCalculator.DEFAULT.maximumSupport(GRANT, INTEREST,
        RenovationSupportRequest.of(notKnownIfSupported("0").build(), before))).isEqualTo(Cny.of("0.00"));
    // the grant open (16% × 10,000,000): named under /grant
    assertThatThrownBy(() -> RenovationSupportCalculator.DEFAULT.maximumSupport(GRANT, INTEREST,
        RenovationSupportRequest.of(notKnownIfSupported("10000000").build(), before)))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/grant/eligibleProject"));
  }
}
