package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.employment.hiring.HiringCalculator;
import io.github.huiqi.calculators.employment.hiring.HiringRequest;
import io.github.huiqi.calculators.employment.hiring.HiringResult;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.award.AwardResult;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The oracle's calls: a profile through the engine's four entry points (typed and JSON, plain and explaining), and
 * the same profile's facts, mapped by {@link EngineOracleRequests}, through each typed calculator's three forms
 * (plain, explaining, JSON). Each side checks its own paths agree before it answers.
 */
final class EngineOracleCalls {

  static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  static final PolicyData DATA = PolicyData.builtIn();

  static final String SZ_FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  static final String SZ_TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  static final String SZ_RENOVATION_GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  static final String SH_FIRST_LOAN = "sh-qfb-2023-1.first-loan-interest-subsidy";
  static final String SH_HIRING = "sh-qfb-2023-1.hiring-subsidy";
  static final String SH_AWARD = "sh-qfb-2023-1.specialised-recognition-award";
  static final List<MeasureId> MEASURES = List.of(MeasureId.of(SZ_FIRST_LOAN), MeasureId.of(SZ_TECH_SME),
      MeasureId.of(SZ_RENOVATION_GRANT), MeasureId.of(SH_FIRST_LOAN), MeasureId.of(SH_HIRING), MeasureId.of(SH_AWARD));

  private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final FirstLoanGuaranteedMeasure GUARANTEED =
      DATA.getMeasure(FirstLoanGuaranteedMeasure.SHANGHAI_2023);
  private static final TechSmeMeasure TECH_SME = DATA.getMeasure(TechSmeMeasure.SHENZHEN_2023);
  private static final HiringMeasure HIRING = DATA.getMeasure(HiringMeasure.SHANGHAI_2023);
  private static final RenovationGrantMeasure GRANT = DATA.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
  private static final AwardMeasure AWARD = DATA.getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);

  /** Nothing: ineligible, 0.00. */
  static final Typed NOTHING = new Typed(Verdict.INELIGIBLE, AmountRange.exactly(Cny.ZERO));

  private EngineOracleCalls() {
  }

  /** A typed calculator's answer: its verdict and its amount. */
  record Typed(Verdict verdict, OutcomeAmount outcomeAmount) {

    Typed(Verdict verdict, AmountRange amount) {
      this(verdict, OutcomeAmount.of(amount));
    }
  }

  /** The engine's four reports of one profile, checked to agree on every outcome. */
  record Reports(EntitlementReport plain, EntitlementReport explained) {

    MeasureOutcome outcome(String id) {
      return explained.outcome(MeasureId.of(id)).orElseThrow();
    }

    /** What this audit's measures add to the firm's total: the sum of their outcomes counted in it. */
    OutcomeAmount counted() {
      OutcomeAmount sum = OutcomeAmount.ZERO;
      for (MeasureId id : MEASURES) {
        MeasureOutcome outcome = explained.outcome(id).orElseThrow();
        if (outcome.countedInTotal()) {
          sum = sum.plus(outcome.amount());
        }
      }
      return sum;
    }
  }

  /** The request of a profile: the profile's JSON as given, with the evaluation date. */
  static String requestJson(String profileJson, String asOf, boolean explain) {
    return "{\"asOf\": \"" + asOf + "\"" + (explain ? ", \"explain\": true" : "") + ", \"profile\": " + profileJson
        + "}";
  }

  /** The engine, whole catalogue, on the four paths; every outcome's verdict, amount, facts and count agree. */
  static Reports engine(String profileJson, String asOf) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    LocalDate date = LocalDate.parse(asOf);
    EntitlementReport plain = ENGINE.evaluate(profile, date);
    EntitlementReport explained = ENGINE.explain(profile, date);
    EntitlementReport plainJson = HuiqiJson.read(ENGINE.evaluateJson(requestJson(profileJson, asOf, false)),
        EntitlementReport.class);
    EntitlementReport explainedJson = HuiqiJson.read(ENGINE.evaluateJson(requestJson(profileJson, asOf, true)),
        EntitlementReport.class);
    assertThat(plainJson).isEqualTo(plain);
    assertThat(explainedJson).isEqualTo(explained);
    for (MeasureOutcome outcome : plain.outcomes()) {
      MeasureOutcome other = explained.outcome(outcome.measure()).orElseThrow();
      String id = outcome.measure().value();
      assertThat(other.verdict()).as(id).isEqualTo(outcome.verdict());
      assertThat(other.amount()).as(id).isEqualTo(outcome.amount());
      assertThat(other.missingFacts()).as(id).isEqualTo(outcome.missingFacts());
      assertThat(other.countedInTotal()).as(id).isEqualTo(outcome.countedInTotal());
      assertThat(other.bindingLimit().map(b -> b.code())).as(id).isEqualTo(outcome.bindingLimit().map(b -> b.code()));
    }
    assertThat(explained.totals().inReach()).isEqualTo(plain.totals().inReach());
    return new Reports(plain, explained);
  }

  //-------------------------------------------------------------------------
  /** 深工信〔2023〕26号 第5条 through {@link FirstLoanCalculator}'s three forms. */
  static Typed firstLoan(EnterpriseProfile profile) {
    return firstLoan(profile, true);
  }

  /** 深工信〔2023〕26号 第5条: the explaining form, and with {@code allForms} the plain and JSON forms too. */
  static Typed firstLoan(EnterpriseProfile profile, boolean allForms) {
    if (profile.loans().orElseThrow().isEmpty()) {
      // known to have no loan: nothing to subsidise (the calculator takes one loan or more)
      return NOTHING;
    }
    FirstLoanRequest request = EngineOracleRequests.firstLoan(profile);
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(FIRST_LOAN, request);
    if (!allForms) {
      return new Typed(explained.eligibility().verdict(), explained.amount());
    }
    FirstLoanResult json = HuiqiJson.read(
        FirstLoanCalculator.DEFAULT.explainSubsidyJson(FIRST_LOAN, HuiqiJson.write(request)), FirstLoanResult.class);
    Optional<MonetaryAmount> plain = explained.amount().isExact()
        ? Optional.of(FirstLoanCalculator.DEFAULT.subsidy(FIRST_LOAN, request)) : Optional.empty();
    return agree(explained.eligibility().verdict(), explained.amount(), json.eligibility().verdict(), json.amount(),
        plain);
  }

  /** 沪企服办〔2023〕1号 第十五条 through {@link FirstLoanGuaranteedCalculator}'s three forms. */
  static Typed guaranteedFirstLoan(EnterpriseProfile profile) {
    return guaranteedFirstLoan(profile, true);
  }

  /** 沪企服办〔2023〕1号 第十五条: the explaining form, and with {@code allForms} the plain and JSON forms too. */
  static Typed guaranteedFirstLoan(EnterpriseProfile profile, boolean allForms) {
    if (profile.loans().orElseThrow().isEmpty()) {
      // known to have no loan: nothing to subsidise (the calculator takes one loan or more)
      return NOTHING;
    }
    FirstLoanGuaranteedRequest request = EngineOracleRequests.guaranteedFirstLoan(profile);
    FirstLoanResult explained = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidy(GUARANTEED, request);
    if (!allForms) {
      return new Typed(explained.eligibility().verdict(), explained.amount());
    }
    FirstLoanResult json = HuiqiJson.read(
        FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidyJson(GUARANTEED, HuiqiJson.write(request)),
        FirstLoanResult.class);
    Optional<MonetaryAmount> plain = explained.amount().isExact()
        ? Optional.of(FirstLoanGuaranteedCalculator.DEFAULT.subsidy(GUARANTEED, request)) : Optional.empty();
    return agree(explained.eligibility().verdict(), explained.amount(), json.eligibility().verdict(), json.amount(),
        plain);
  }

  /** 深工信〔2023〕26号 第13条 through {@link TechSmeCalculator}'s three forms, on every payment of the profile. */
  static Typed techSme(EnterpriseProfile profile) {
    return techSme(profile, false, true);
  }

  /**
   * 深工信〔2023〕26号 第13条 through {@link TechSmeCalculator}'s three forms, with {@code oneSubsidyPerLoan} on the
   * interest of the loans no other municipal scheme subsidises only.
   */
  static Typed techSme(EnterpriseProfile profile, boolean oneSubsidyPerLoan, boolean allForms) {
    if (EngineOracleRequests.techSmeInterest(profile, oneSubsidyPerLoan).isEmpty()
        && profile.guaranteeFeePayments().orElse(List.of()).isEmpty()
        && profile.insurancePremiumPayments().orElse(List.of()).isEmpty()) {
      // no interest, fee or premium paid, known: nothing to claim (the calculator takes a claim of one item or more)
      return NOTHING;
    }
    TechSmeRequest request = EngineOracleRequests.techSme(profile, oneSubsidyPerLoan);
    TechSmeResult explained = TechSmeCalculator.DEFAULT.explainSubsidy(TECH_SME, request);
    if (!allForms) {
      return new Typed(explained.eligibility().verdict(), explained.amount());
    }
    TechSmeResult json = HuiqiJson.read(
        TechSmeCalculator.DEFAULT.explainSubsidyJson(TECH_SME, HuiqiJson.write(request)), TechSmeResult.class);
    Optional<MonetaryAmount> plain = explained.amount().isExact()
        ? Optional.of(TechSmeCalculator.DEFAULT.subsidy(TECH_SME, request)) : Optional.empty();
    return agree(explained.eligibility().verdict(), explained.amount(), json.eligibility().verdict(), json.amount(),
        plain);
  }

  /** 沪企服办〔2023〕1号 第十九条 through {@link HiringCalculator}'s three forms. */
  static Typed hiring(EnterpriseProfile profile) {
    return hiring(profile, true);
  }

  /** 沪企服办〔2023〕1号 第十九条: the explaining form, and with {@code allForms} the plain and JSON forms too. */
  static Typed hiring(EnterpriseProfile profile, boolean allForms) {
    HiringRequest request = EngineOracleRequests.hiring(profile);
    HiringResult explained = HiringCalculator.DEFAULT.explainSubsidy(HIRING, request);
    if (!allForms) {
      return new Typed(explained.eligibility().verdict(), explained.subsidy());
    }
    HiringResult json = HuiqiJson.read(HiringCalculator.DEFAULT.explainSubsidyJson(HIRING, HuiqiJson.write(request)),
        HiringResult.class);
    Optional<MonetaryAmount> plain = explained.subsidy().isExact()
        ? Optional.of(HiringCalculator.DEFAULT.subsidy(HIRING, request)) : Optional.empty();
    return agree(explained.eligibility().verdict(), explained.subsidy(), json.eligibility().verdict(),
        json.subsidy(), plain);
  }

  /**
   * 小升规方案 第十条 (grant) through {@link RenovationGrantCalculator}'s three forms, project by project, summed: the
   * enterprise's grant is up to the sum of its projects' maxima; eligible if any project is, undetermined if none is
   * and one is undetermined, ineligible otherwise.
   */
  static Typed renovationGrant(EnterpriseProfile profile) {
    return renovationGrant(profile, true);
  }

  /** 小升规方案 第十条 (grant): the explaining form, and with {@code allForms} the plain and JSON forms too. */
  static Typed renovationGrant(EnterpriseProfile profile, boolean allForms) {
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal most = BigDecimal.ZERO;
    boolean anyEligible = false;
    boolean anyOpen = false;
    for (RenovationProject project : profile.renovationProjects().orElseThrow()) {
      RenovationGrantRequest request = EngineOracleRequests.renovationGrant(project);
      RenovationGrantResult explained = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, request);
      if (allForms) {
        RenovationGrantResult json = HuiqiJson.read(
            RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(GRANT, HuiqiJson.write(request)),
            RenovationGrantResult.class);
        assertThat(json.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
        assertThat(json.amount()).isEqualTo(explained.amount());
        assertThat(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, request))
            .isEqualTo(explained.amount().maximum());
      }
      least = least.add(Cny.yuan(explained.amount().minimum(), "minimum"));
      most = most.add(Cny.yuan(explained.amount().maximum(), "maximum"));
      anyEligible |= explained.eligibility().verdict() == Verdict.ELIGIBLE;
      anyOpen |= explained.eligibility().verdict() == Verdict.UNDETERMINED;
    }
    Verdict verdict = anyEligible ? Verdict.ELIGIBLE : anyOpen ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
    return new Typed(verdict, new AmountRange(Cny.of(least), Cny.of(most)));
  }

  /** 沪企服办〔2023〕1号 第一条 through {@link AwardCalculator}'s three forms (the plain form where it is not open). */
  static Typed award(EnterpriseProfile profile, boolean allForms) {
    AwardRequest request = EngineOracleRequests.award(profile);
    AwardResult explained = AwardCalculator.DEFAULT.explainAward(AWARD, request);
    if (allForms) {
      AwardResult json = HuiqiJson.read(AwardCalculator.DEFAULT.explainAwardJson(AWARD, HuiqiJson.write(request)),
          AwardResult.class);
      assertThat(json.eligibility().verdict()).isEqualTo(explained.eligibility().verdict());
      assertThat(json.amount()).isEqualTo(explained.amount());
      if (explained.eligibility().verdict() != Verdict.UNDETERMINED) {
        assertThat(AwardCalculator.DEFAULT.award(AWARD, request)).isEqualTo(explained.amount());
      }
    }
    return new Typed(explained.eligibility().verdict(), explained.amount());
  }

  private static Typed agree(Verdict verdict, AmountRange amount, Verdict jsonVerdict, AmountRange jsonAmount,
      Optional<MonetaryAmount> plain) {
    assertThat(jsonVerdict).isEqualTo(verdict);
    assertThat(jsonAmount).isEqualTo(amount);
    plain.ifPresent(p -> assertThat(p).isEqualTo(amount.minimum()));
    return new Typed(verdict, amount);
  }
}
