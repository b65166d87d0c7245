package io.github.huiqi.calculators.financing.deferral;

import static io.github.huiqi.calculators.financing.BlindAuditEngine.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.BlindAuditEngine;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A blind, hand-worked audit of the deferral of small and micro loans (深工信〔2023〕26号 第7条: "对于2022年第四季度到期的、
 * 受疫情影响暂时遇困的小微企业贷款（含个体工商户和小微企业主经营性贷款）…共同协商延期还本付息，最长可延至2023年6月30日"), through
 * the typed calculator (plain, explained and JSON) and the entitlement engine typed and {@code evaluateJson}.
 * <p>
 * The readings worked by hand: 2022年第四季度 is 2022-10-01..2022-12-31, both counted (register §4.6 item 38); a loan
 * falls due on its maturity date, one repaid in full before it has nothing falling due (§1.2 card 000-7); the
 * deferral runs to the date asked for, or to 2023-06-30 when none is asked or a later one is ("最长可延至"); the
 * benefit is a date, not money.
 */
class DeferralBlindAuditTest {

  private static final DeferralMeasure MEASURE = PolicyData.builtIn().getMeasure(DeferralMeasure.SHENZHEN_2023);
  private static final String ID = DeferralMeasure.SHENZHEN_2023.id().toString();
  private static final LocalDate LATEST = LocalDate.of(2023, 6, 30);

  private static DeferralRequest.Builder enterprise(String due, String asked) {
    DeferralRequest.Builder b = DeferralRequest.builder().loanId("D").borrowerKind(DeferralBorrowerKind.ENTERPRISE)
        .borrowerSize(EnterpriseSize.MICRO).dueDate(LocalDate.parse(due)).affectedByEpidemic(true);
    return asked == null ? b : b.requestedDeferredDate(LocalDate.parse(asked));
  }

  /** The date on the plain, explained and JSON forms, empty when ineligible. */
  private static Optional<LocalDate> until(DeferralRequest request) {
    Optional<LocalDate> plain = DeferralCalculator.DEFAULT.deferredUntil(MEASURE, request);
    DeferralResult explained = DeferralCalculator.DEFAULT.explainDeferredUntil(MEASURE, request);
    DeferralResult json = HuiqiJson.read(DeferralCalculator.DEFAULT.explainDeferredUntilJson(MEASURE,
        HuiqiJson.write(request)), DeferralResult.class);
    assertThat(explained.deferredUntil()).isEqualTo(plain);
    assertThat(json.deferredUntil()).isEqualTo(plain);
    assertThat(explained.eligibility().verdict()).isEqualTo(plain.isPresent() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    return plain;
  }

  @Test
  void askedDates_aroundTheLatest_andADeferralOfOneDayInsideTheQuarter() {
    // due 2022-10-01 (the quarter's first day) asked to 2023-06-29: that date; to 2023-06-30: that date, not capped
    assertThat(until(enterprise("2022-10-01", "2023-06-29").build())).contains(LocalDate.of(2023, 6, 29));
    DeferralResult at = DeferralCalculator.DEFAULT.explainDeferredUntil(MEASURE,
        enterprise("2022-10-01", "2023-06-30").build());
    assertThat(at.deferredUntil()).contains(LATEST);
    assertThat(at.requestCapped()).isFalse();
    // asked to 2023-07-01, one day past "最长可延至2023年6月30日": capped to 2023-06-30
    DeferralResult over = DeferralCalculator.DEFAULT.explainDeferredUntil(MEASURE,
        enterprise("2022-12-31", "2023-07-01").build());
    assertThat(over.deferredUntil()).contains(LATEST);
    assertThat(over.requestCapped()).isTrue();
    // due 2022-12-30 asked to 2022-12-31: one day, still inside the quarter and before the measure's validity, is
    // within "最长可延至2023年6月30日"
    assertThat(until(enterprise("2022-12-30", "2022-12-31").build())).contains(LocalDate.of(2022, 12, 31));
    // nothing asked for: the latest date
    assertThat(until(enterprise("2022-11-15", null).build())).contains(LATEST);
  }

  @Test
  void theQuartersEdges_dueTheDayBeforeOrAfter_isNotDeferred() {
    assertThat(until(enterprise("2022-09-30", "2023-03-31").build())).isEmpty();
    assertThat(until(enterprise("2022-10-01", "2023-03-31").build())).contains(LocalDate.of(2023, 3, 31));
    assertThat(until(enterprise("2022-12-31", "2023-03-31").build())).contains(LocalDate.of(2023, 3, 31));
    assertThat(until(enterprise("2023-01-01", "2023-03-31").build())).isEmpty();
  }

  @Test
  void borrowers_smallOrMicro_andBusinessLoansOfIndividualsAndOwners() {
    // 小微企业: small and micro yes, medium and large no
    assertThat(until(enterprise("2022-11-15", null).borrowerSize(EnterpriseSize.SMALL).build())).contains(LATEST);
    assertThat(until(enterprise("2022-11-15", null).borrowerSize(EnterpriseSize.MEDIUM).build())).isEmpty();
    assertThat(until(enterprise("2022-11-15", null).borrowerSize(EnterpriseSize.LARGE).build())).isEmpty();
    // 小微企业主经营性贷款: an owner's loan for business yes, not for business no
    DeferralRequest.Builder owner = DeferralRequest.builder().loanId("O").dueDate(LocalDate.of(2022, 11, 15))
        .borrowerKind(DeferralBorrowerKind.SMALL_MICRO_BUSINESS_OWNER).affectedByEpidemic(true);
    assertThat(until(owner.forBusiness(true).build())).contains(LATEST);
    assertThat(until(owner.forBusiness(false).build())).isEmpty();
    // not affected by the epidemic ("受疫情影响暂时遇困的"): no
    assertThat(until(enterprise("2022-11-15", null).affectedByEpidemic(false).build())).isEmpty();
  }

  @Test
  void unknownFacts_refuseToGuess_andNameTheFact() {
    DeferralRequest noSize = DeferralRequest.builder().loanId("U").borrowerKind(DeferralBorrowerKind.ENTERPRISE)
        .dueDate(LocalDate.of(2022, 11, 15)).affectedByEpidemic(true).build();
    assertThatThrownBy(() -> DeferralCalculator.DEFAULT.deferredUntil(MEASURE, noSize))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/borrowerSize"));
    DeferralResult open = DeferralCalculator.DEFAULT.explainDeferredUntil(MEASURE, noSize);
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    // a medium firm whose hardship is not known: ineligible whatever the hardship, nothing asked for
    DeferralRequest medium = enterprise("2022-11-15", null).borrowerSize(EnterpriseSize.MEDIUM)
        .affectedByEpidemic(Optional.empty()).build();
    assertThat(DeferralCalculator.DEFAULT.explainDeferredUntil(MEASURE, medium).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void wrongInput_anAskedDateNotAfterTheDueDate() {
    assertThatThrownBy(() -> enterprise("2022-11-15", "2022-11-15").build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("requestedDeferredDate"));
    assertThatThrownBy(() -> enterprise("2022-11-15", "2022-11-14").build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("requestedDeferredDate"));
  }

  //-------------------------------------------------------------------------

  private static String loan(String id, String maturity, String extra) {
    return """
        {"loanId": "%s", "principal": {"amount": 300000, "currency": "CNY"}, "drawdownDate": "2022-01-10",
         "maturityDate": "%s", "annualInterestRate": "4.35%%", "forProductionOrOperation": true%s}
        """.formatted(id, maturity, extra);
  }

  @Test
  void engine_sizeFromTheFigures_earlyRepaymentAndTheQuartersEdges() {
    // no size given: an industrial firm (C3311) with 2022 revenue 15,000,000 is small or micro whatever its headcount
    // (300号 第四条（二）, register §0.4); D1 due 2022-10-01 asks 2023-08-01: to 2023-06-30; D2 due 2022-12-31, repaid
    // 2022-12-30 (in full, before maturity): nothing falls due; D3 due 2023-01-01: not of the quarter
    String profile = """
        {"registrationRegionCode": "440303", "legalForm": "ENTERPRISE", "industryCode": "C3311",
         "affectedByEpidemic": true,
         "years": [{"year": 2022, "revenue": {"amount": 15000000, "currency": "CNY"}}],
         "loans": [%s, %s, %s]}
        """.formatted(loan("D1", "2022-10-01", ", \"requestedDeferredDate\": \"2023-08-01\""),
        loan("D2", "2022-12-31", ", \"repaymentDate\": \"2022-12-30\""), loan("D3", "2023-01-01", ""));
    MeasureOutcome outcome = BlindAuditEngine.outcome(profile, "2023-03-01", ID);
    assertOutcome(outcome, Verdict.ELIGIBLE, "0", "0");
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.clauseLabel()).isEqualTo("深工信〔2023〕26号 第7条");
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH)).contains("D1", "2023-06-30")
        .doesNotContain("D2", "D3");
  }

  @Test
  void engine_anIndividualBusiness_itsLoansUseNotGiven() {
    // 个体工商户经营性贷款: the loan's use not given leaves it open, naming /loans/0/forProductionOrOperation
    String profile = """
        {"registrationRegionCode": "440303", "legalForm": "INDIVIDUAL_BUSINESS", "affectedByEpidemic": true,
         "loans": [{"loanId": "I1", "principal": {"amount": 50000, "currency": "CNY"}, "drawdownDate": "2022-06-01",
          "maturityDate": "2022-12-01", "annualInterestRate": "5%"}]}
        """;
    MeasureOutcome outcome = BlindAuditEngine.outcome(profile, "2023-03-01", ID);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/forProductionOrOperation");
  }
}
