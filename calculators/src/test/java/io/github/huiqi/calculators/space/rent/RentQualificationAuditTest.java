package io.github.huiqi.calculators.space.rent;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the district rent subsidies through the engine: the qualification they are for (龙岗区's 国家高新技术
 * 企业, 光明区's 科技型企业) must be held on the evaluation date, not merely once.
 */
class RentQualificationAuditTest {

  private static final MeasureId LONGGANG = MeasureId.of("sz-gxj-2021-reply-20210370.longgang-rent-subsidy");
  private static final MeasureId GUANGMING = MeasureId.of("sz-gxj-2021-reply-20210370.guangming-rent-subsidy");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static MeasureOutcome outcome(String region, String qualifications, MeasureId id) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '" + region + "', "
        + qualifications + ", 'leases': [{'leaseId': 'L', 'area': 1000, 'start': '2020-01-01', 'end': '2025-12-31', "
        + "'districtPark': true, 'rentPaid': [{'year': 2022, 'amount': {'amount': 300000, 'currency': 'CNY'}}]}]}"),
        AS_OF, id, false);
  }

  @Test
  void test_longgang_highTechHeldOnTheDate() {
    // 龙岗区: 国家高新技术企业 in a district park, up to min(200,000, 50% × 2022 rent 300,000 = 150,000) = 150,000.00
    MeasureOutcome held = outcome("440307", "'highTech': {'held': true, 'since': '2021-12-01', 'until': "
        + "'2024-11-30'}", LONGGANG);
    assertThat(held.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(held.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("150000.00")));
    // the certificate ran out on 2022-12-31: not a 国家高新技术企业 on 2023-06-30
    MeasureOutcome expired = outcome("440307", "'highTech': {'held': true, 'since': '2019-12-01', 'until': "
        + "'2022-12-31'}", LONGGANG);
    assertThat(expired.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(expired.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_longgang_typedFromProfile_highTechReachingTheSupportYear() {
    // the public RentShareRequest.from(profile, supportYear): for support year 2023, 50% × 2022 rent 300,000 =
    // 150,000.00 (under the 200,000 cap) while the certificate reaches 2023; one that ran out on 2022-12-31, or
    // issued on 2024-01-01, is not a 国家高新技术企业 for 2023 (龙岗区 "国家高新技术企业"): 0.00
    RentShareMeasure measure = PolicyData.builtIn().getMeasure(RentShareMeasure.LONGGANG);
    assertThat(typed(measure, "'since': '2021-12-01', 'until': '2023-01-01'")).isEqualTo(Cny.of("150000.00"));
    assertThat(typed(measure, "'since': '2023-12-31'")).isEqualTo(Cny.of("150000.00"));
    assertThat(typed(measure, "'since': '2019-12-01', 'until': '2022-12-31'")).isEqualTo(Cny.of("0.00"));
    assertThat(typed(measure, "'since': '2024-01-01'")).isEqualTo(Cny.of("0.00"));
  }

  private static MonetaryAmount typed(RentShareMeasure measure, String dates) {
    EnterpriseProfile profile = CatalogProfiles.quoted("{'registrationRegionCode': '440307', 'highTech': {'held': "
        + "true, " + dates + "}, 'leases': [{'leaseId': 'L', 'area': 1000, 'start': '2020-01-01', 'districtPark': "
        + "true, 'rentPaid': [{'year': 2022, 'amount': {'amount': 300000, 'currency': 'CNY'}}]}]}");
    return RentShareCalculator.DEFAULT.maximumSubsidy(measure, RentShareRequest.from(profile, 2023).orElseThrow());
  }

  @Test
  void test_guangming_technologyFirmOnTheDate() {
    // 光明区: 20 元/m² × 1,000 m² = 20,000.00 a month for a technology firm in a district park
    MeasureOutcome held = outcome("440311", "'techSme': {'held': true, 'since': '2023-03-01'}, 'highTech': "
        + "{'held': false}", GUANGMING);
    assertThat(held.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(held.amount().minimum()).isEqualTo(Cny.of("20000.00"));
    // the enrolment is granted on 2023-07-01, after the evaluation date, and the firm is not a 高新技术企业
    MeasureOutcome later = outcome("440311", "'techSme': {'held': true, 'since': '2023-07-01'}, 'highTech': "
        + "{'held': false}", GUANGMING);
    assertThat(later.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
