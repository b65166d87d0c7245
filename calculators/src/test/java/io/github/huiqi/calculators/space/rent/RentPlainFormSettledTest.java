package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rent calculators' plain forms on an undetermined verdict: they throw {@link MissingFactsException} only when
 * the facts not given leave the amount open (zero if they fall one way, more if the other), and return the amount
 * when it is the same whichever way they fall.
 */
class RentPlainFormSettledTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  @Test
  void test_rentShare_highTechNotGiven_noRentPaid_zeroEitherWay() {
    // 龙岗区 (2021 reply letter 一): "不超过上一年度场地租金支出50%、每年最高20万元"; a park lease whose 2022 rent was
    // 0.00 gives min(200,000, 50% × 0.00) = 0.00 whether or not the firm is a 国家高新技术企业 (not given)
    RentShareMeasure measure = DATA.getMeasure(RentShareMeasure.LONGGANG);
    RentShareRequest free = RentShareRequest.builder().leases(List.of(RentFixtures.parkLease("0.00").build()))
        .supportYear(2023).build();
    assertThat(RentShareCalculator.DEFAULT.explainMaximumSubsidy(measure, free).eligibility().verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    assertThat(RentShareCalculator.DEFAULT.maximumSubsidy(measure, free)).isEqualTo(Cny.of("0.00"));
    // 300,000.00 paid: 0 if not high-tech, 50% × 300,000 = 150,000.00 if it is: open, names /highTech
    RentShareRequest paid = RentShareRequest.builder().leases(List.of(RentFixtures.parkLease("300000.00").build()))
        .supportYear(2023).build();
    assertThatThrownBy(() -> RentShareCalculator.DEFAULT.maximumSubsidy(measure, paid))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/highTech"));
  }

  @Test
  void test_rentArea_qualificationsNotGiven_areaBelowHalfAFen_zeroEitherWay() {
    // 光明区 (2021 reply letter): "按实际面积给予20元/m2的补贴"; 0.0002 m² earns 20 × 0.0002 = 0.004 → 0.00 (half-up to
    // the fen) whether or not the firm is a technology firm (neither qualification given)
    RentAreaMeasure measure = DATA.getMeasure(RentAreaMeasure.GUANGMING);
    RentAreaRequest tiny = RentAreaRequest.builder().leases(List.of(RentFixtures.parkLease("1.00")
        .area(new BigDecimal("0.0002")).build())).build();
    assertThat(RentAreaCalculator.DEFAULT.explainSubsidyPerPeriod(measure, tiny).eligibility().verdict())
        .isEqualTo(Verdict.UNDETERMINED);
    assertThat(RentAreaCalculator.DEFAULT.subsidyPerPeriod(measure, tiny)).isEqualTo(Cny.of("0.00"));
    // 1,200 m²: 0 or 20 × 1,200 = 24,000.00: open, names both qualifications
    RentAreaRequest lease = RentAreaRequest.builder().leases(List.of(RentFixtures.parkLease("1.00").build())).build();
    assertThatThrownBy(() -> RentAreaCalculator.DEFAULT.subsidyPerPeriod(measure, lease))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/techSme", "/highTech"));
  }

  @Test
  void test_rentPolicy_spaceNotGiven_referenceRentZeroRefused() {
    // 《深圳市创新型产业用房管理办法》 "租金价格原则上应比参考价格优惠30%－70%" of the published reference rent, which is
    // positive: a reference rent of 0.00 is refused naming the field (decisions register §4.6 item 173; it read a rent
    // of 0.00 whether or not the space is 创新型产业用房)
    RentPolicyMeasure measure = DATA.getMeasure(RentPolicyMeasure.SHENZHEN_2021);
    assertThatThrownBy(() -> RentFixtures.innovationLease().innovationSpace(java.util.Optional.empty())
        .referenceRent(Cny.of("0.00")).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("referenceRent"));
    // a reference rent of 60.00: 0 if not such space, up to 60.00 × 1,200 × 70% = 50,400.00 if it is: open
    RentPolicyRequest priced = new RentPolicyRequest(List.of(RentFixtures.innovationLease()
        .innovationSpace(java.util.Optional.empty()).build()));
    assertThatThrownBy(() -> RentPolicyCalculator.DEFAULT.monthlyRent(measure, priced))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/leases/0/innovationSpace"));
    // the reference rent not given as well: nothing bounds the rent, open
    RentPolicyRequest unbounded = new RentPolicyRequest(List.of(RentFixtures.innovationLease()
        .innovationSpace(java.util.Optional.empty()).referenceRent(java.util.Optional.empty()).build()));
    assertThatThrownBy(() -> RentPolicyCalculator.DEFAULT.monthlyRent(measure, unbounded))
        .isInstanceOf(MissingFactsException.class);
  }
}
