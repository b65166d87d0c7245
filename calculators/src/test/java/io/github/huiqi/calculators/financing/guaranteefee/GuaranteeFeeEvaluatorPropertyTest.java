package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the four guarantee-fee evaluators over seeded random profiles: the plain and the explaining form
 * agree; an ineligible outcome is zero and names nothing; every missing fact is a pointer into the profile that a
 * fully-populated profile's JSON resolves.
 */
public class GuaranteeFeeEvaluatorPropertyTest {

  private static final List<MeasureId> IDS = List.of(GuaranteeFeeReductionMeasure.SHENZHEN_2023.id(),
      GuaranteeFeeAverageMeasure.SHANGHAI_2023.id(), GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT.id(),
      GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id());
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_formsAgreeAndPointersResolve(long seed) {
    Random random = new Random(seed);
    EnterpriseProfile profile = randomProfile(random);
    JsonNode full = fullJson(profile.loans().map(List::size).orElse(1));
    for (MeasureId id : IDS) {
      MeasureOutcome outcome = both(id, profile, AS_OF);
      if (outcome.verdict() == Verdict.INELIGIBLE) {
        assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
        assertThat(outcome.missingFacts()).isEmpty();
      }
      if (outcome.verdict() == Verdict.ELIGIBLE && outcome.missingFacts().isEmpty()) {
        assertThat(outcome.amount().isExact()).as("%s: nothing missing, so exact", id).isTrue();
      }
      for (String fact : outcome.missingFacts()) {
        assertThat(full.at(fact).isMissingNode()).as("%s names %s", id, fact).isFalse();
        assertThat(profileJson(profile).at(fact).isMissingNode()).as("%s: %s is given", id, fact).isTrue();
      }
    }
  }

  @Test
  void test_fullProfile_everyNamedPointerResolves() {
    JsonNode full = fullJson(2);
    for (String pointer : List.of("/size", "/registrationRegionCode", "/specialisedAndInnovative", "/loans",
        "/loans/1/guarantee", "/loans/1/guarantee/governmentGuarantor", "/loans/1/guarantee/standardFeeRate",
        "/loans/1/guarantee/feeRate", "/loans/1/guarantee/feePaid", "/loans/1/guarantee/guarantorInRegion",
        "/loans/1/contractDate", "/loans/1/drawdownDate", "/loans/1/maturityDate", "/loans/1/principal",
        "/loans/1/annualInterestRate", "/loans/1/vehicleOrRealEstatePurchase")) {
      assertThat(full.at(pointer).isMissingNode()).as(pointer).isFalse();
    }
  }

  //-------------------------------------------------------------------------
  private static JsonNode profileJson(EnterpriseProfile profile) {
    try {
      return new ObjectMapper().readTree(HuiqiJson.write(profile));
    } catch (java.io.IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** A profile with every fact these measures read, and the given number of loans. */
  private static JsonNode fullJson(int loans) {
    List<LoanFacts> list = new ArrayList<>();
    for (int i = 0; i < Math.max(1, loans); i++) {
      list.add(LoanFacts.builder().loanId("F" + i).principal(Cny.of("1000000")).drawdownDate(LocalDate.of(2023, 3, 1))
          .maturityDate(LocalDate.of(2024, 3, 1)).contractDate(LocalDate.of(2023, 2, 27))
          .annualInterestRate(Rate.parse("4%")).vehicleOrRealEstatePurchase(false)
          .guaranteed(true)
          .guarantee(LoanGuarantee.builder().governmentGuarantor(true).guarantorInRegion(true).reGuaranteed(false)
              .policyFund(false).standardFeeRate(Rate.parse("1.5%")).feeRate(Rate.parse("0.9%"))
              .feePaid(Cny.of("9000")).build()).build());
    }
    return profileJson(EnterpriseProfile.builder().size(EnterpriseSize.SMALL).registrationRegionCode("440305")
        .specialisedAndInnovative(Qualification.held(true)).loans(list).build());
  }

  /** A random profile: each fact present or absent, loans absent, empty or one to four with random guarantees. */
  static EnterpriseProfile randomProfile(Random random) {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    if (random.nextInt(5) > 0) {
      builder.size(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
    }
    if (random.nextInt(5) > 0) {
      builder.registrationRegionCode(random.nextBoolean() ? "440305" : "310115");
    }
    if (random.nextInt(4) > 0) {
      builder.specialisedAndInnovative(Qualification.held(random.nextInt(4) > 0));
    }
    int shape = random.nextInt(20);
    if (shape == 0) {
      return builder.build();
    }
    List<LoanFacts> loans = new ArrayList<>();
    int count = shape == 1 ? 0 : 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      loans.add(randomLoan(random, "L" + i));
    }
    return builder.loans(loans).build();
  }

  private static LoanFacts randomLoan(Random random, String id) {
    LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31));
    LocalDate maturity = drawdown.plusDays(1 + random.nextInt(800));
    LoanFacts.Builder loan = LoanFacts.builder().loanId(id).principal(Cny.of(Generators.yuan(random, 1, 5_000_000)))
        .drawdownDate(drawdown).maturityDate(maturity).annualInterestRate(Rate.parse(Generators.percent(random, 100,
            1000)));
    if (random.nextBoolean()) {
      loan.contractDate(drawdown.minusDays(random.nextInt(10)));
    }
    if (random.nextInt(4) == 0) {
      loan.repaymentDate(drawdown.plusDays(random.nextInt(900)));
    }
    if (random.nextBoolean()) {
      loan.vehicleOrRealEstatePurchase(random.nextInt(5) == 0);
    }
    if (random.nextInt(4) > 0) {
      LoanGuarantee.Builder guarantee = LoanGuarantee.builder();
      if (random.nextInt(4) > 0) {
        guarantee.governmentGuarantor(random.nextInt(4) > 0);
      }
      if (random.nextInt(4) > 0) {
        guarantee.guarantorInRegion(random.nextInt(4) > 0);
      }
      if (random.nextInt(4) > 0) {
        guarantee.standardFeeRate(Rate.parse(Generators.percent(random, 10, 300)));
      }
      if (random.nextInt(4) > 0) {
        guarantee.feeRate(Rate.parse(Generators.percent(random, 0, 300)));
      }
      if (random.nextInt(4) > 0) {
        guarantee.feePaid(Cny.of(Generators.yuan(random, 0, 100_000)));
      }
      loan.guarantee(guarantee.build());
    }
    return loan.build();
  }
}
