package io.github.huiqi.calculators.employment.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceKind;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The social-insurance late-fee waiver against {@link InsuranceOracle} on seeded random firms: due dates on and a day
 * either side of 2022-04-01 and 2023-12-31, repayments on the due date, on the deadline and a day after it, or not
 * known, each kind, approved or not, amounts to the fen; through the plain, explaining and JSON forms.
 */
class InsuranceOraclePropertyTest {

  private static final long SEED = 0x5EED_1A5EL;
  private static final int CASES = 3000;
  private static final InsuranceMeasure MEASURE = PolicyData.builtIn().getMeasure(InsuranceMeasure.SHENZHEN_2023);
  private static final InsuranceCalculator CALCULATOR = InsuranceCalculator.DEFAULT;
  private static final LocalDate[] DUE = {LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 1),
      LocalDate.of(2022, 4, 2), LocalDate.of(2023, 12, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)};

  @Test
  void test_waivedFee_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<InsuranceOracle.Deferral> deferrals = randomDeferrals(random);
      String label = "seed " + SEED + " case " + i + ": " + deferrals;
      InsuranceOracle.Expected expected = InsuranceOracle.expected(deferrals);
      InsuranceRequest request = new InsuranceRequest(build(deferrals));

      InsuranceResult result = CALCULATOR.explainWaivedFee(MEASURE, request);
      check(label, result, expected);
      if (!expected.open() || expected.least().compareTo(expected.most()) == 0) {
        // a repayment not known that cannot change the fee (due on the deadline) leaves the fee determined
        assertThat(Cny.yuan(CALCULATOR.waivedFee(MEASURE, request), "fee")).as(label)
            .isEqualByComparingTo(expected.least());
      } else {
        // the plain form names the repayment not known when it changes the fee
        assertThatThrownBy(() -> CALCULATOR.waivedFee(MEASURE, request)).as(label)
            .isInstanceOf(MissingFactsException.class);
      }
      if (i % 20 == 0) {
        // the engine on a Shenzhen firm whose deferrals these are, evaluated on the deadline
        MeasureOutcome outcome = CatalogRuns.both(InsuranceMeasure.SHENZHEN_2023.id(), EnterpriseProfile.builder()
            .registrationRegionCode("440305").insuranceDeferrals(build(deferrals)).build(), InsuranceOracle.DEADLINE);
        CatalogRuns.assertRange(label + " (engine)", outcome, expected.verdict(), expected.least(),
            expected.most());
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainWaivedFeeJson(MEASURE, HuiqiJson.write(request)),
            InsuranceResult.class), expected);
      }
    }
  }

  private static void check(String label, InsuranceResult result, InsuranceOracle.Expected expected) {
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(Cny.yuan(result.waived().minimum(), "minimum")).as(label).isEqualByComparingTo(expected.least());
    assertThat(Cny.yuan(result.waived().maximum(), "maximum")).as(label).isEqualByComparingTo(expected.most());
  }

  //-------------------------------------------------------------------------
  private static List<InsuranceOracle.Deferral> randomDeferrals(Random random) {
    List<InsuranceOracle.Deferral> deferrals = new ArrayList<>();
    int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      InsuranceKind kind = InsuranceKind.values()[random.nextInt(InsuranceKind.values().length)];
      LocalDate due = random.nextBoolean() ? DUE[random.nextInt(DUE.length)]
          : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(800));
      LocalDate repaid = switch (random.nextInt(6)) {
        case 0 -> null;
        case 1 -> due;
        case 2 -> InsuranceOracle.DEADLINE.isBefore(due) ? due : InsuranceOracle.DEADLINE;
        case 3 -> InsuranceOracle.DEADLINE.plusDays(1).isBefore(due) ? due : InsuranceOracle.DEADLINE.plusDays(1);
        default -> due.plusDays(random.nextInt(700));
      };
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextLong(100_000_000L), 2);
      deferrals.add(new InsuranceOracle.Deferral(kind, amount, due, random.nextInt(6) != 0, repaid));
    }
    return deferrals;
  }

  private static List<InsuranceDeferral> build(List<InsuranceOracle.Deferral> deferrals) {
    List<InsuranceDeferral> built = new ArrayList<>();
    for (int k = 0; k < deferrals.size(); k++) {
      InsuranceOracle.Deferral d = deferrals.get(k);
      InsuranceDeferral.Builder builder = InsuranceDeferral.builder().deferralId("D" + k).kind(d.kind())
          .deferredAmount(Cny.of(d.amount())).dueDate(d.due()).deferralApproved(d.approved());
      if (d.repaid() != null) {
        builder.repaidDate(d.repaid());
      }
      built.add(builder.build());
    }
    return built;
  }
}
