package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The totals of a firm whose registration region the profile leaves open (decisions register §0.6): a firm is
 * registered in one place, so the total in reach adds the measures that apply wherever it is and, of the places, the
 * one whose measures add the most, never the measures of two cities (or two districts) together; and the next
 * questions rank the facts by the money of that total.
 * <p>
 * The figures, worked by hand:
 * <ul>
 *   <li>deferred social-insurance contributions (深工信〔2023〕26号 第2条; 沪企服办〔2023〕1号 第二十条, "补缴期间免收滞纳金"),
 *     at the statutory 0.05% a day (社会保险法 第八十六条) from the day after the due date through the repayment day
 *     (register §1.2 card 000-2a): P, 100,000 due 2022-06-15, repaid 2023-03-31: 2022-06-16..2023-03-31 = 15 + 31 +
 *     31 + 30 + 31 + 30 + 31 + 31 + 28 + 31 = 289 days, 100,000 × 0.05% × 289 = 14,450.00; U, 1,234.57 due
 *     2023-06-29, repaid 2023-06-30: 1 day, 0.617285 → 0.62; waived 14,450.62 under either city's clause;
 *   <li>the first loan (深工信〔2023〕26号 第5条): 3,000,000 drawn 2023-02-10, 2% a year for the six months to 2023-08-10,
 *     181 days (18 + 31 + 30 + 31 + 30 + 31 + 10), ACT/360: 3,000,000 × 2% × 181 ÷ 360 = 30,166.666… → 30,166.67;
 *   <li>龙岗区's rent subsidy (2021 reply letter 一, "不超过上一年度场地租金支出50%、每年最高20万元"): 50% × 100,000.00 paid
 *     in 2022 = 50,000.00 at most, the amount the authority fixes (from 0.00).
 * </ul>
 */
class EntitlementEnginePlacesTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final MeasureId SZ_INSURANCE = MeasureId.of("sz-gxj-2023-26.insurance-late-fee-waiver");
  private static final MeasureId SH_INSURANCE = MeasureId.of("sh-qfb-2023-1.insurance-late-fee-waiver");
  private static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  private static final MeasureId LONGGANG = MeasureId.of("sz-gxj-2021-reply-20210370.longgang-rent-subsidy");
  private static final MeasureId GUANGMING = MeasureId.of("sz-gxj-2021-reply-20210370.guangming-rent-subsidy");
  private static final String REGION = "/registrationRegionCode";

  private static String deferral(String id, String kind, String amount, String due, String repaid) {
    return "{'deferralId': '" + id + "', 'kind': '" + kind + "', 'deferredAmount': {'amount': " + amount
        + ", 'currency': 'CNY'}, 'dueDate': '" + due + "', 'deferralApproved': true, 'repaidDate': '" + repaid + "'}";
  }

  /** A small firm with the deferrals P and U, the first loan and a lease in a 龙岗区 park; the region as given. */
  private static EnterpriseProfile firm(String regionMember) {
    String loan = "{'loanId': 'L', 'principal': {'amount': 3000000, 'currency': 'CNY'}, 'drawdownDate': "
        + "'2023-02-10', 'maturityDate': '2024-02-10', 'annualInterestRate': '3.65%', 'lenderRegionCode': '440300', "
        + "'firstDrawdownOfFirstContract': true, 'forProductionOrOperation': true, "
        + "'subsidisedUnderAnotherMunicipalScheme': false}";
    String lease = "{'leaseId': 'R', 'area': 100, 'start': '2021-01-01', 'end': '2025-12-31', 'districtPark': true, "
        + "'rentPaid': [{'year': 2022, 'amount': {'amount': 100000, 'currency': 'CNY'}}]}";
    return CatalogProfiles.quoted("{" + regionMember + "'size': 'SMALL', 'independentLegalPerson': true, "
        + "'firstTimeBorrower': true, 'onSeriousDishonestyList': false, 'highTech': {'held': true}, "
        + "'techSme': {'held': true}, "
        + "'loans': [" + loan + "], 'leases': [" + lease + "], 'insuranceDeferrals': ["
        + deferral("P", "PENSION", "100000", "2022-06-15", "2023-03-31") + ", "
        + deferral("U", "UNEMPLOYMENT", "1234.57", "2023-06-29", "2023-06-30") + "]}");
  }

  private static List<EntitlementReport> bothForms(EnterpriseProfile profile, MeasureId... measures) {
    EntitlementRequest request = EntitlementRequest.of(profile, AS_OF).withMeasures(List.of(measures));
    return List.of(ENGINE.evaluate(request), ENGINE.evaluate(request.withExplain(true)));
  }

  private static EntitlementReport registeredIn(String regionCode, MeasureId... measures) {
    return ENGINE.evaluate(EntitlementRequest.of(firm("'registrationRegionCode': '" + regionCode + "', "), AS_OF)
        .withMeasures(List.of(measures)));
  }

  private static OutcomeAmount between(String minimum, String maximum) {
    return OutcomeAmount.between(Cny.of(minimum), Cny.of(maximum));
  }

  @Test
  void test_regionNotGiven_twoCitiesWaivers_countedOnce() {
    for (EntitlementReport report : bothForms(firm(""), SZ_INSURANCE, SH_INSURANCE)) {
      // each city's waiver is open (the firm may be registered in either, or elsewhere): 0.00 to 14,450.62
      for (MeasureId id : List.of(SZ_INSURANCE, SH_INSURANCE)) {
        assertThat(report.outcome(id).orElseThrow().verdict()).as(id.toString()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(report.outcome(id).orElseThrow().amount()).as(id.toString())
            .isEqualTo(between("0.00", "14450.62"));
      }
      // registered in one city: at most 14,450.62, not 14,450.62 × 2 = 28,901.24 (was)
      assertThat(report.totals().inReach()).isEqualTo(between("0.00", "14450.62"));
      assertThat(report.totals().byKind().get(AmountKind.FEE_SAVED)).isEqualTo(between("0.00", "14450.62"));
      // the region decides the whole width, 14,450.62; the question names both measures
      NextQuestion first = report.nextQuestions().get(0);
      assertThat(first.fact()).isEqualTo(REGION);
      assertThat(first.amountDecided()).isEqualTo(Cny.of("14450.62"));
      assertThat(first.measures()).containsExactly(SZ_INSURANCE, SH_INSURANCE);
    }
  }

  @Test
  void test_regionNotGiven_aDistrictWithItsCity_againstTheOtherCity() {
    MeasureId[] measures = {FIRST_LOAN, SZ_INSURANCE, LONGGANG, SH_INSURANCE};
    for (EntitlementReport report : bothForms(firm(""), measures)) {
      // the places: 深圳市 keeps the first loan and its waiver, 30,166.67 + 14,450.62 = 44,617.29; 龙岗区, within
      // 深圳市, keeps those and its rent subsidy, 44,617.29 + 50,000.00 = 94,617.29; 上海市 keeps its waiver,
      // 14,450.62. The most: 龙岗区's 94,617.29 (was 94,617.29 + 14,450.62 = 109,067.91, both cities)
      assertThat(report.totals().inReach()).isEqualTo(between("0.00", "94617.29"));
      // each kind its own place: payments 龙岗区's 30,166.67 + 50,000.00; fees saved either city's 14,450.62
      assertThat(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM)).isEqualTo(between("0.00", "80166.67"));
      assertThat(report.totals().byKind().get(AmountKind.FEE_SAVED)).isEqualTo(between("0.00", "14450.62"));
      // every outcome names only the region: it decides the total's width, 94,617.29, over all four measures
      assertThat(report.nextQuestions()).singleElement().satisfies(question -> {
        assertThat(question.fact()).isEqualTo(REGION);
        assertThat(question.amountDecided()).isEqualTo(Cny.of("94617.29"));
        assertThat(question.measures()).containsExactly(measures);
      });
    }
  }

  @Test
  void test_regionGiven_theSameMeasuresDecided_withinTheOpenTotal() {
    MeasureId[] measures = {FIRST_LOAN, SZ_INSURANCE, LONGGANG, SH_INSURANCE};
    // 龙岗区 (440307): the first loan 30,166.67 and the waiver 14,450.62 certain, 44,617.29; the rent subsidy up to
    // 50,000.00; Shanghai's waiver ineligible. Its maximum, 94,617.29, is the open total's
    EntitlementReport longgang = registeredIn("440307", measures);
    assertThat(longgang.outcome(SH_INSURANCE).orElseThrow().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(longgang.totals().inReach()).isEqualTo(between("44617.29", "94617.29"));
    // 深圳市 at large (440300): the city's measures certain, 44,617.29; 龙岗区's open, one place: up to 94,617.29
    EntitlementReport shenzhen = registeredIn("440300", measures);
    assertThat(shenzhen.outcome(LONGGANG).orElseThrow().missingFacts()).containsExactly(REGION);
    assertThat(shenzhen.totals().inReach()).isEqualTo(between("44617.29", "94617.29"));
    // 上海市浦东新区 (310115): only its waiver, certain
    EntitlementReport shanghai = registeredIn("310115", measures);
    assertThat(shanghai.totals().inReach()).isEqualTo(OutcomeAmount.exactly(Cny.of("14450.62")));
  }

  @Test
  void test_cityOnly_twoDistricts_theUnboundedPlaceIsTheMost() {
    // 深圳市 at large (440300): 光明区's subsidy for a 科技型中小企业 in a district park, 20 元/m² × 100 m² = 2,000.00 a
    // month with no duration stated (2021 reply letter 一: no upper bound), and 龙岗区's, up to 50,000.00: the firm is
    // in one district, and 光明区's has no upper bound, so neither has the total; the least stays the city's 0.00
    EntitlementReport report = registeredIn("440300", GUANGMING, LONGGANG);
    assertThat(report.outcome(GUANGMING).orElseThrow().amount()).isEqualTo(OutcomeAmount.atLeast(Cny.of("0.00")));
    assertThat(report.outcome(LONGGANG).orElseThrow().amount()).isEqualTo(between("0.00", "50000.00"));
    assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.atLeast(Cny.of("0.00")));
    // the region opens 光明区's unbounded amount; 龙岗区's 50,000.00 is the other place's, outside the total
    assertThat(report.nextQuestions()).singleElement().satisfies(question -> {
      assertThat(question.fact()).isEqualTo(REGION);
      assertThat(question.amountDecided()).isEqualTo(Cny.of("0.00"));
      assertThat(question.unboundedMeasures()).isEqualTo(1);
      assertThat(question.measures()).containsExactly(GUANGMING, LONGGANG);
    });
  }
}
