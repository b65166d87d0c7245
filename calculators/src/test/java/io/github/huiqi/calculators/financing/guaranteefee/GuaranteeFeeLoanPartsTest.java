package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeLoanParts.Part;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests the guarantee-fee family's shared loan helpers ({@link GuaranteeFeeLoanParts}) directly: a loan's header
 * step, the government-guarantor fact of a loan with no guarantee facts, a decision made undetermined by one more
 * fact, the combined decision, and an error's field relocated to the profile's pointer.
 */
public class GuaranteeFeeLoanPartsTest {

  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final LocalDate END = LocalDate.of(2024, 1, 1);
  private static final Citation CITE = Citation.libraryDefault("test", "a condition of the test");
  private static final Reason MET_REASON = new Reason("met", LocalizedText.of("已满足", "met"), CITE);
  private static final Reason ADDED = new Reason("asked", LocalizedText.of("缺失", "asked for"), CITE);

  private static LoanFacts.Builder oneMillion() {
    return loan("L7", "1000000", START, END);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_loanStep_namesTheLoanAndItsGuaranteeFacts() {
    LoanGuarantee full = LoanGuarantee.builder().governmentGuarantor(true).standardFeeRate(Rate.parse("2%"))
        .feeRate(Rate.parse("1%")).build();
    InputStep step = GuaranteeFeeLoanParts.loanStep(oneMillion().guarantee(full).build(), "/loans/3");
    assertThat(step.name().en()).isEqualTo("loan L7 (/loans/3)");
    assertThat(step.name().zh()).isEqualTo("贷款 L7（/loans/3）");
    assertThat(step.value()).isEqualTo("1000000.00 CNY, 2023-01-01 → 2024-01-01, guarantee by a government guarantor"
        + ", standard rate 2%, fee rate 1%");

    LoanGuarantee other = LoanGuarantee.builder().governmentGuarantor(false).build();
    assertThat(GuaranteeFeeLoanParts.loanStep(oneMillion().guarantee(other).build(), "/loans/0").value())
        .isEqualTo("1000000.00 CNY, 2023-01-01 → 2024-01-01, guarantee by another guarantor");
    LoanGuarantee unknown = LoanGuarantee.builder().feeRate(Rate.parse("0.5%")).build();
    assertThat(GuaranteeFeeLoanParts.loanStep(oneMillion().guarantee(unknown).build(), "/loans/0").value())
        .isEqualTo("1000000.00 CNY, 2023-01-01 → 2024-01-01, guarantee by an unknown guarantor, fee rate 0.5%");
    assertThat(GuaranteeFeeLoanParts.loanStep(oneMillion().build(), "/loans/0").value())
        .isEqualTo("1000000.00 CNY, 2023-01-01 → 2024-01-01, no guarantee facts");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_governmentGuarantor_withoutGuaranteeFacts() {
    // known to have no guarantee: not guaranteed by a government guarantor
    assertThat(GuaranteeFeeLoanParts.governmentGuarantor(oneMillion().guaranteed(false).build()))
        .contains(false);
    // known to be guaranteed but by whom not given, or not known at all: unknown (decisions register §0.3)
    assertThat(GuaranteeFeeLoanParts.governmentGuarantor(oneMillion().guaranteed(true).build())).isEmpty();
    assertThat(GuaranteeFeeLoanParts.governmentGuarantor(oneMillion().build())).isEmpty();
    assertThat(GuaranteeFeeLoanParts.governmentGuarantor(oneMillion()
        .guarantee(LoanGuarantee.builder().governmentGuarantor(true).build()).build())).contains(true);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_withMissing_ineligibleStaysIneligible() {
    Reason failed = new Reason("not-met", LocalizedText.of("未满足", "not met"), CITE);
    TracedCondition.Decision ineligible = new TracedCondition.Decision(Verdict.INELIGIBLE, List.of(),
        new Eligibility(Verdict.INELIGIBLE, List.of(failed), List.of()));
    assertThat(GuaranteeFeeLoanParts.withMissing(ineligible, "/loans/0/guarantee", () -> ADDED))
        .isSameAs(ineligible);
  }

  @Test
  void test_withMissing_eligibleDropsItsMetReasons_undeterminedKeepsItsOwn() {
    TracedCondition.Decision eligible = new TracedCondition.Decision(Verdict.ELIGIBLE, List.of(),
        new Eligibility(Verdict.ELIGIBLE, List.of(MET_REASON), List.of()));
    TracedCondition.Decision asked = GuaranteeFeeLoanParts.withMissing(eligible, "/loans/0/guarantee", () -> ADDED);
    assertThat(asked.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(asked.missingFacts()).containsExactly("/loans/0/guarantee");
    // an undetermined verdict's reasons are what is unknown: the met condition is not one of them
    assertThat(asked.eligibility().reasons()).containsExactly(ADDED);
    assertThat(asked.eligibility().missingFacts()).containsExactly("/loans/0/guarantee");

    Reason first = new Reason("first", LocalizedText.of("未知", "unknown"), CITE);
    TracedCondition.Decision undetermined = new TracedCondition.Decision(Verdict.UNDETERMINED,
        List.of("/loans/0/feeRate"), new Eligibility(Verdict.UNDETERMINED, List.of(first),
            List.of("/loans/0/feeRate")));
    TracedCondition.Decision more = GuaranteeFeeLoanParts.withMissing(undetermined, "/loans/0/guarantee", () -> ADDED);
    assertThat(more.missingFacts()).containsExactly("/loans/0/feeRate", "/loans/0/guarantee");
    assertThat(more.eligibility().reasons()).containsExactly(first, ADDED);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_decide_addsTheStepsOnlyWhenExplaining() {
    TracedCondition government = TracedCondition.known(true, "government-guarantor",
        () -> LocalizedText.of("政府性融资担保机构担保", "guaranteed by a government guarantor"),
        () -> "governmentGuarantor = true", CITE);
    List<ExplanationStep> steps = new ArrayList<>();
    TracedCondition.Decision decision = GuaranteeFeeLoanParts.decide(List.of(government), steps, true);
    assertThat(decision.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(steps).singleElement().isInstanceOfSatisfying(ConditionStep.class, step -> {
      assertThat(step.outcome()).isEqualTo(ConditionOutcome.MET);
      assertThat(step.detail()).isEqualTo("governmentGuarantor = true");
    });

    List<ExplanationStep> none = new ArrayList<>();
    assertThat(GuaranteeFeeLoanParts.decide(List.of(government), none, false).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(none).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_combine_returnsTheEnterpriseDecision() {
    Part eligible = Part.exactly(new TracedCondition.Decision(Verdict.ELIGIBLE, List.of(), null),
        new BigDecimal("6000.00"));
    Part unknown = new Part(new TracedCondition.Decision(Verdict.UNDETERMINED, List.of("/loans/1/guarantee"), null),
        BigDecimal.ZERO, Optional.empty());
    // eligible if any loan is (EnterpriseCap.combine)
    assertThat(GuaranteeFeeLoanParts.combine(MeasureOutcome.builder(), List.of(unknown, eligible), false).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(GuaranteeFeeLoanParts.combine(MeasureOutcome.builder(), List.of(unknown), false).missingFacts())
        .containsExactly("/loans/1/guarantee");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_relocate_rewritesTheRequestFieldAsTheProfilePointer() {
    // the request's loan k is the profile's loan k + 2
    ProfilePointers pointers = ProfilePointers.builder()
        .list("/loans/", "/loans/", k -> k + 2)
        .prefix("/", "/")
        .build();
    assertThat(relocated("/loans/1/feeRate", pointers, "").field()).isEqualTo("/loans/3/feeRate");
    assertThat(relocated("loans/0", pointers, "").field()).isEqualTo("/loans/2");
    // a non-index second segment is not an element's: only the first segment is kept
    assertThat(relocated("guarantee/feeRate", pointers, "/loans/1").field()).isEqualTo("/loans/3/guarantee");
    assertThat(relocated("/loans//x", pointers, "").field()).isEqualTo("/loans");
    assertThat(relocated("standardFeeRate", pointers, "").field()).isEqualTo("/standardFeeRate");
  }

  private static InvalidInputException relocated(String field, ProfilePointers pointers, String prefix) {
    return GuaranteeFeeLoanParts.relocate(new InvalidInputException(field, "x", "is bad"), pointers, prefix);
  }
}
