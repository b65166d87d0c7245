package io.github.huiqi.calculators.financing.deferral;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
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
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 深工信〔2023〕26号 第7条: loans due 2022-Q4 may be deferred to no later than 2023-06-30. */
class DeferralCalculatorTest {

  private static final DeferralMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(DeferralMeasure.SHENZHEN_2023);
  private static final DeferralCalculator CALCULATOR = DeferralCalculator.DEFAULT;
  private static final LocalDate LATEST = LocalDate.of(2023, 6, 30);

  private static DeferralRequest small(LocalDate due, LocalDate requested) {
    return DeferralRequest.ofEnterprise("L", EnterpriseSize.SMALL, due, true, requested);
  }

  @ParameterizedTest(name = "due {0} → {1}")
  @CsvSource({
      "2022-09-30, false",  // the day before "2022年第四季度"
      "2022-10-01, true",   // first day
      "2022-12-31, true",   // last day
      "2023-01-01, false",  // the day after
  })
  void test_window_firstAndLastDaysAndTheDaysOutside(LocalDate due, boolean eligible) {
    DeferralResult result = CALCULATOR.explainDeferredUntil(MEASURE, small(due, null));
    assertThat(result.eligibility().isEligible()).isEqualTo(eligible);
    // 第7条 "最长可延至2023年6月30日"
    assertThat(result.deferredUntil()).isEqualTo(eligible ? Optional.of(LATEST) : Optional.empty());
    assertThat(CALCULATOR.deferredUntil(MEASURE, small(due, null)))
        .isEqualTo(eligible ? Optional.of(LATEST) : Optional.empty());
    if (!eligible) {
      assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-due-in-window");
    }
  }

  @Test
  void test_requestedDate_upToTheLatestIsAllowed() {
    DeferralResult atLatest = CALCULATOR.explainDeferredUntil(MEASURE,
        small(LocalDate.of(2022, 11, 15), LocalDate.of(2023, 6, 30)));
    assertThat(atLatest.requestCapped()).isFalse();
    assertThat(atLatest.deferredUntil()).contains(LocalDate.of(2023, 6, 30));
    DeferralResult earlier = CALCULATOR.explainDeferredUntil(MEASURE,
        small(LocalDate.of(2022, 11, 15), LocalDate.of(2023, 3, 15)));
    assertThat(earlier.requestCapped()).isFalse();
    assertThat(earlier.deferredUntil()).contains(LocalDate.of(2023, 3, 15));
  }

  @Test
  void test_requestedDate_afterTheLatestIsNotAllowedAndCapped() {
    DeferralResult result = CALCULATOR.explainDeferredUntil(MEASURE,
        small(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 7, 1)));
    assertThat(result.eligibility().isEligible()).isTrue();
    assertThat(result.requestCapped()).isTrue();
    assertThat(result.requestedDeferredDate()).contains(LocalDate.of(2023, 7, 1));
    assertThat(result.deferredUntil()).contains(LATEST);
    ConditionStep step = result.explanation().stepsOf(ConditionStep.class).get(3);
    assertThat(step.outcome()).isEqualTo(ConditionOutcome.NOT_MET);
    assertThat(step.detail()).contains("not allowed, capped to 2023-06-30");
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("深工信〔2023〕26号 第7条");
  }

  @Test
  void test_borrowerScope() {
    LocalDate due = LocalDate.of(2022, 11, 1);
    assertThat(CALCULATOR.explainDeferredUntil(MEASURE,
        DeferralRequest.ofEnterprise("M", EnterpriseSize.MICRO, due, true, null)).eligibility().isEligible())
        .isTrue();
    DeferralResult medium = CALCULATOR.explainDeferredUntil(MEASURE,
        DeferralRequest.ofEnterprise("M", EnterpriseSize.MEDIUM, due, true, null));
    assertThat(medium.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("not-small-or-micro-enterprise");
    assertThat(medium.deferredUntil()).isEmpty();
    DeferralRequest individual = DeferralRequest.builder().loanId("I")
        .borrowerKind(DeferralBorrowerKind.INDIVIDUAL_BUSINESS).forBusiness(true).dueDate(due).affectedByEpidemic(true)
        .build();
    assertThat(CALCULATOR.explainDeferredUntil(MEASURE, individual).eligibility().isEligible()).isTrue();
    DeferralRequest ownerConsumer = DeferralRequest.builder().loanId("O")
        .borrowerKind(DeferralBorrowerKind.SMALL_MICRO_BUSINESS_OWNER).forBusiness(false).dueDate(due)
        .affectedByEpidemic(true).build();
    assertThat(CALCULATOR.explainDeferredUntil(MEASURE, ownerConsumer).eligibility().reasons()).extracting(Reason::code)
        .containsExactly("not-business-loan");
    DeferralResult notAffected = CALCULATOR.explainDeferredUntil(MEASURE,
        DeferralRequest.ofEnterprise("N", EnterpriseSize.SMALL, due, false, null));
    assertThat(notAffected.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("not-affected-by-epidemic");
  }

  @Test
  void test_missingFacts_undeterminedNamingThem() {
    DeferralRequest unknown = DeferralRequest.builder().loanId("U").borrowerKind(DeferralBorrowerKind.ENTERPRISE)
        .dueDate(LocalDate.of(2022, 10, 1)).requestedDeferredDate(LocalDate.of(2023, 8, 1)).build();
    DeferralResult result = CALCULATOR.explainDeferredUntil(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/borrowerSize", "/affectedByEpidemic");
    assertThat(result.deferredUntil()).contains(LATEST);
    assertThatThrownBy(() -> CALCULATOR.deferredUntil(MEASURE, unknown))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/borrowerSize", "/affectedByEpidemic"));
    // a known failure wins over missing facts: due outside the window
    DeferralRequest outside = DeferralRequest.builder().loanId("U").borrowerKind(DeferralBorrowerKind.ENTERPRISE)
        .dueDate(LocalDate.of(2023, 1, 1)).build();
    assertThat(CALCULATOR.deferredUntil(MEASURE, outside)).isEmpty();
  }

  @Test
  void test_badInput_namesTheField() {
    assertThatThrownBy(() -> small(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 1)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("requestedDeferredDate"));
    assertThatThrownBy(() -> small(null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("dueDate"));
    assertThatThrownBy(() -> CALCULATOR.explainDeferredUntilJson(MEASURE,
        "{\"loanId\": \"J\", \"borrowerKind\": \"COMPANY\", \"dueDate\": \"2022-11-01\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/borrowerKind"));
    assertThatThrownBy(() -> CALCULATOR.explainDeferredUntilJson(MEASURE,
        "{\"loanId\": \"J\", \"borrowerKind\": \"ENTERPRISE\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/dueDate"));
  }

  @Test
  void test_json_roundTrips() {
    DeferralRequest request = small(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 7, 1));
    assertThat(HuiqiJson.read(HuiqiJson.write(request), DeferralRequest.class)).isEqualTo(request);
    DeferralResult result = CALCULATOR.explainDeferredUntil(MEASURE, request);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), DeferralResult.class)).isEqualTo(result);
    assertThat(HuiqiJson.read(CALCULATOR.explainDeferredUntilJson(MEASURE, HuiqiJson.write(request)),
        DeferralResult.class)).isEqualTo(result);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_neverPastTheLatestDate(long seed) {
    Random random = new Random(seed);
    LocalDate due = Generators.date(random, LocalDate.of(2022, 8, 1), LocalDate.of(2023, 2, 28));
    LocalDate requested = random.nextBoolean() ? null : due.plusDays(1 + random.nextInt(400));
    DeferralResult result = CALCULATOR.explainDeferredUntil(MEASURE, DeferralRequest.ofEnterprise("P",
        EnterpriseSize.values()[random.nextInt(4)], due, random.nextBoolean(), requested));
    result.deferredUntil().ifPresent(until -> assertThat(until).isBeforeOrEqualTo(LATEST));
    assertThat(result.requestCapped()).isEqualTo(requested != null && requested.isAfter(LATEST));
    boolean inWindow = !due.isBefore(LocalDate.of(2022, 10, 1)) && !due.isAfter(LocalDate.of(2022, 12, 31));
    if (!inWindow) {
      assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    }
  }

  @Test
  @Tag("threads")
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(7L);
    List<DeferralRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      LocalDate due = Generators.date(random, LocalDate.of(2022, 8, 1), LocalDate.of(2023, 2, 28));
      requests.add(DeferralRequest.ofEnterprise("D" + i, EnterpriseSize.values()[random.nextInt(4)], due,
          random.nextBoolean(), random.nextBoolean() ? null : due.plusDays(1 + random.nextInt(400))));
    }
    List<DeferralResult> sequential = new ArrayList<>();
    requests.forEach(request -> sequential.add(CALCULATOR.explainDeferredUntil(MEASURE, request)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<DeferralResult>> tasks = new ArrayList<>();
      requests.forEach(request -> tasks.add(() -> CALCULATOR.explainDeferredUntil(MEASURE, request)));
      List<Future<DeferralResult>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void test_missingFacts_individualAndOwnerNameForBusiness() {
    // 第7条 covers "个体工商户和小微企业主经营性贷款": whether the loan is for business is the fact asked
    DeferralRequest individual = DeferralRequest.builder().loanId("I")
        .borrowerKind(DeferralBorrowerKind.INDIVIDUAL_BUSINESS).dueDate(LocalDate.of(2022, 12, 31))
        .affectedByEpidemic(true).build();
    DeferralResult result = CALCULATOR.explainDeferredUntil(MEASURE, individual);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/forBusiness");
    // the date that would apply if the loan is for business: 2023-06-30
    assertThat(result.deferredUntil()).contains(LATEST);
    DeferralRequest owner = DeferralRequest.builder().loanId("O")
        .borrowerKind(DeferralBorrowerKind.SMALL_MICRO_BUSINESS_OWNER).forBusiness(true)
        .dueDate(LocalDate.of(2022, 10, 1)).affectedByEpidemic(true).requestedDeferredDate(LocalDate.of(2023, 6, 30))
        .build();
    assertThat(CALCULATOR.deferredUntil(MEASURE, owner)).contains(LATEST);
    // through JSON, an enterprise whose size and hardship are not given is undetermined, naming both pointers
    DeferralResult viaJson = HuiqiJson.read(CALCULATOR.explainDeferredUntilJson(MEASURE,
        "{\"loanId\": \"J\", \"borrowerKind\": \"ENTERPRISE\", \"dueDate\": \"2022-11-01\"}"),
        DeferralResult.class);
    assertThat(viaJson.eligibility().missingFacts()).containsExactly("/borrowerSize", "/affectedByEpidemic");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_eligibleExactlyWhenEveryConditionHolds(long seed) {
    Random random = new Random(seed);
    LocalDate due = Generators.date(random, LocalDate.of(2022, 8, 1), LocalDate.of(2023, 2, 28));
    DeferralBorrowerKind kind = DeferralBorrowerKind.values()[random.nextInt(DeferralBorrowerKind.values().length)];
    EnterpriseSize size = EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)];
    boolean business = random.nextBoolean();
    boolean affected = random.nextBoolean();
    DeferralRequest request = DeferralRequest.builder().loanId("P").borrowerKind(kind)
        .borrowerSize(kind == DeferralBorrowerKind.ENTERPRISE ? Optional.of(size) : Optional.empty())
        .forBusiness(kind == DeferralBorrowerKind.ENTERPRISE ? Optional.empty() : Optional.of(business)).dueDate(due)
        .affectedByEpidemic(affected).build();
    // 第7条: due in 2022-Q4, a small/micro enterprise or a business loan of an individual business or owner, and
    // in difficulty: then deferrable to 2023-06-30, otherwise not at all
    boolean inWindow = !due.isBefore(LocalDate.of(2022, 10, 1)) && !due.isAfter(LocalDate.of(2022, 12, 31));
    boolean inScope = kind == DeferralBorrowerKind.ENTERPRISE
        ? size == EnterpriseSize.SMALL || size == EnterpriseSize.MICRO : business;
    boolean eligible = inWindow && inScope && affected;
    DeferralResult result = CALCULATOR.explainDeferredUntil(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(eligible ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    assertThat(result.deferredUntil()).isEqualTo(eligible ? Optional.of(LATEST) : Optional.empty());
    // the plain form agrees
    assertThat(CALCULATOR.deferredUntil(MEASURE, request)).isEqualTo(result.deferredUntil());
  }

  //-------------------------------------------------------------------------
  // Conditions in order: due in 2022 Q4, small or micro (or a business loan), affected by the epidemic, then the
  // requested date no later than 2023-06-30 when one is asked for (第7条).
  @Test
  void test_conditions_eachOutcome() {
    LocalDate due = LocalDate.of(2022, 11, 15);
    assertOutcomes(CALCULATOR.explainDeferredUntil(MEASURE, small(due, LATEST)).explanation(), MET, MET, MET, MET);
    assertThat(detailsOf(CALCULATOR.explainDeferredUntil(MEASURE, small(due, LATEST)).explanation(),
        "deferral asked to no later")).containsExactly("requestedDeferredDate = 2023-06-30");
    assertOutcomes(CALCULATOR.explainDeferredUntil(MEASURE, small(due, LocalDate.of(2023, 7, 1))).explanation(),
        MET, MET, MET, NOT_MET);
    // no date asked for: three conditions and the latest date as an input
    assertOutcomes(CALCULATOR.explainDeferredUntil(MEASURE, DeferralRequest.ofEnterprise("M", EnterpriseSize.MEDIUM,
        LocalDate.of(2023, 1, 1), false, null)).explanation(), NOT_MET, NOT_MET, NOT_MET);
    DeferralRequest unknown = DeferralRequest.builder().loanId("U").borrowerKind(DeferralBorrowerKind.ENTERPRISE)
        .dueDate(LocalDate.of(2022, 10, 1)).build();
    assertOutcomes(CALCULATOR.explainDeferredUntil(MEASURE, unknown).explanation(), MET, UNKNOWN, UNKNOWN);
    DeferralRequest owner = DeferralRequest.builder().loanId("O")
        .borrowerKind(DeferralBorrowerKind.SMALL_MICRO_BUSINESS_OWNER).dueDate(due).affectedByEpidemic(true).build();
    assertOutcomes(CALCULATOR.explainDeferredUntil(MEASURE, owner).explanation(), MET, UNKNOWN, MET);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_theLoanItsConditionsAndTheDate() {
    // a small firm's loan due 2022-11-01 (in "2022年第四季度"), deferral asked to 2023-05-31 (≤ 2023-06-30)
    List<ExplanationStep> asked = CALCULATOR.explainDeferredUntil(MEASURE,
        small(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 5, 31))).explanation().steps();
    assertThat(asked.get(0)).isEqualTo(new InputStep(LocalizedText.of("贷款 L", "loan L"),
        "ENTERPRISE SMALL, due 2022-11-01, deferral asked to 2023-05-31"));
    assertThat(((ConditionStep) asked.get(1)).detail()).isEqualTo("dueDate = 2022-11-01");
    // nothing asked: the latest date ("最长可延至2023年6月30日") closes the explanation
    List<ExplanationStep> latest = CALCULATOR.explainDeferredUntil(MEASURE, small(LocalDate.of(2022, 11, 1), null))
        .explanation().steps();
    assertThat(((InputStep) latest.get(0)).value()).isEqualTo("ENTERPRISE SMALL, due 2022-11-01");
    assertThat(latest).last().isEqualTo(new InputStep(LocalizedText.of("最长可延至", "latest deferral date"),
        "2023-06-30"));
  }

  @Test
  void test_explanation_businessLoanCondition_namesTheBorrower() {
    // "含个体工商户和小微企业主经营性贷款": the condition names which borrower's business loan it is
    LocalDate due = LocalDate.of(2022, 11, 1);
    DeferralRequest individual = DeferralRequest.builder().loanId("I")
        .borrowerKind(DeferralBorrowerKind.INDIVIDUAL_BUSINESS).forBusiness(true).dueDate(due).affectedByEpidemic(true)
        .build();
    DeferralRequest owner = DeferralRequest.builder().loanId("O")
        .borrowerKind(DeferralBorrowerKind.SMALL_MICRO_BUSINESS_OWNER).forBusiness(true).dueDate(due)
        .affectedByEpidemic(true).build();
    assertThat(CALCULATOR.explainDeferredUntil(MEASURE, individual).explanation().stepsOf(ConditionStep.class))
        .extracting(step -> step.condition().zh()).contains("个体工商户经营性贷款");
    assertThat(CALCULATOR.explainDeferredUntil(MEASURE, owner).explanation().stepsOf(ConditionStep.class))
        .extracting(step -> step.condition().zh()).contains("小微企业主经营性贷款");
  }
}
