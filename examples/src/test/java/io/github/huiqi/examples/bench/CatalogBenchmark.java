package io.github.huiqi.examples.bench;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyLoan;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.referral.ReferralCalculator;
import io.github.huiqi.calculators.grants.referral.ReferralRequest;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearMeasures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One whole-catalogue evaluation of the Shenzhen sample profile by the entitlement engine, against the sum of the
 * same measures' separate plain-form calls on requests built beforehand from the same profile.
 * <p>
 * The separate calls are what a caller who knows which calculators apply would make: the first-loan subsidy, the
 * tech-SME subsidy, the guarantee-fee reduction on each guaranteed loan, the small/micro fee subsidy, the deferral
 * test of each loan, the draft benchmark fee cap (深圳专精特新32条 征求意见稿) on each guaranteed loan, one firm-year
 * tax call for the 小型微利企业 and R&amp;D reliefs, and the award, share and referral grants of every document whose
 * region covers the sample (Shenzhen's and the national ones). The engine does more: it builds every request from
 * the profile, evaluates every measure of the catalogue (the region and window of each; the Shanghai measures, which
 * the sample's region rules out, and the risk-pool, VAT, renovation, employment and space measures, whose facts the
 * sample does not give, too), applies the stacking rules, totals and ranks the missing facts. A third benchmark,
 * {@code engineSameMeasures}, asks the engine for the separate calls' measures only (with the firm-year call's VAT
 * relief; the engine still evaluates, for its stacking rules only, the measures they pair them with): how much of
 * the engine's time is theirs. A fourth, {@code separatePlainFormsFromProfile}, makes the separate calls with their
 * requests built from the profile inside the measurement, as a caller holding the profile would: a second baseline,
 * reported beside the first, never in its place. Run from the project root:
 * <pre>
 * mvn -q -pl examples -am -DskipTests package exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main CatalogBenchmark -f 1 -wi 5 -i 5 -w 2s -r 2s"
 * </pre>
 * Report the ratio of the engine's time to the separate calls' from the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogBenchmark {

  private EnterpriseProfile profile;
  private LocalDate asOf;
  private EntitlementEngine engine;
  private EntitlementRequest sameMeasures;

  private FirstLoanMeasure firstLoan;
  private TechSmeMeasure techSme;
  private GuaranteeFeeReductionMeasure feeReduction;
  private GuaranteeFeeSubsidyMeasure feeSubsidy;
  private GuaranteeFeeBenchmarkCapMeasure feeCap;
  private DeferralMeasure deferral;
  private FirmYearMeasures firmYear;
  private Requests requests;
  private final List<AwardMeasure> awards = new ArrayList<>();
  private final List<ShareMeasure> shares = new ArrayList<>();
  private final List<ShareFeeMeasure> fees = new ArrayList<>();
  private final List<ReferralMeasure> referrals = new ArrayList<>();

  /** The separate calls' requests, built from the profile as a caller who knows the calculators would build them. */
  private record Requests(FirstLoanRequest firstLoan, TechSmeRequest techSme,
      List<GuaranteeFeeReductionRequest> feeReductions, GuaranteeFeeSubsidyRequest feeSubsidy,
      List<DeferralRequest> deferrals, List<GuaranteeFeeBenchmarkCapRequest> feeCaps, FirmYearRequest firmYear,
      AwardRequest award, ShareRequest share, ReferralRequest referral) {

    static Requests from(EnterpriseProfile profile, LocalDate asOf) {
      List<GuaranteeFeeReductionRequest> feeRequests = new ArrayList<>();
      List<DeferralRequest> deferralRequests = new ArrayList<>();
      List<GuaranteeFeeBenchmarkCapRequest> feeCapRequests = new ArrayList<>();
      List<GuaranteeFeeSubsidyLoan> subsidyLoans = new ArrayList<>();
      for (LoanFacts loan : profile.loans().orElseThrow()) {
        LoanGuarantee guarantee = loan.guarantee().orElseThrow();
        feeRequests.add(GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, loan.principal(),
            guarantee.standardFeeRate().orElseThrow(), loan.drawdownDate(), loan.maturityDate()));
        subsidyLoans.add(GuaranteeFeeSubsidyLoan.of(loan.loanId(), loan.principal(), loan.drawdownDate(),
            loan.annualInterestRate(), guarantee.feeRate().orElseThrow(), guarantee.feePaid().orElseThrow()));
        deferralRequests.add(DeferralRequest.ofEnterprise(loan.loanId(), EnterpriseSize.SMALL, loan.maturityDate(),
            false, null));
        LocalDate contract = loan.contractDate().orElse(loan.drawdownDate());
        feeCapRequests.add(GuaranteeFeeBenchmarkCapRequest.builder()
            .specialisedAndInnovative(profile.specialisedAndInnovative().map(q -> q.isHeldOn(contract)))
            .governmentGuarantor(guarantee.governmentGuarantor()).contractDate(contract)
            .loanStart(loan.drawdownDate()).maturity(loan.maturityDate()).proposedFeeRate(guarantee.feeRate())
            .guaranteedPrincipal(loan.principal()).build());
      }
      return new Requests(FirstLoanRequest.from(profile), TechSmeRequest.from(profile), feeRequests,
          GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440306", asOf.getYear() - 1, subsidyLoans),
          deferralRequests, feeCapRequests,
          FirmYearRequest.of(2023, List.of(), FirmYearIncomeTax.from(profile, 2023), RdRequest.from(profile, 2023)),
          AwardRequest.from(profile), ShareRequest.from(profile), ReferralRequest.from(profile, asOf));
    }
  }

  /** Reads the sample and builds the separate requests from it, outside the measurement. */
  @Setup
  public void setUp() {
    profile = EntitlementSamples.shenzhenManufacturer2023().profile();
    asOf = EntitlementSamples.shenzhenManufacturer2023().asOf();
    engine = EntitlementEngine.builtIn();
    PolicyData data = PolicyData.builtIn();
    firstLoan = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    techSme = data.getMeasure(TechSmeMeasure.SHENZHEN_2023);
    feeReduction = data.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    feeSubsidy = data.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    feeCap = data.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    deferral = data.getMeasure(DeferralMeasure.SHENZHEN_2023);
    firmYear = FirmYearMeasures.builtIn();
    requests = Requests.from(profile, asOf);
    for (Catalog.Entry entry : Catalog.builtIn().entries()) {
      if (entry.registeredElsewhere(profile)) {
        continue;
      }
      if (entry.measure() instanceof AwardMeasure award) {
        awards.add(award);
      } else if (entry.measure() instanceof ShareMeasure share) {
        shares.add(share);
      } else if (entry.measure() instanceof ShareFeeMeasure fee) {
        fees.add(fee);
      } else if (entry.measure() instanceof ReferralMeasure referral) {
        referrals.add(referral);
      }
    }
    List<MeasureId> ids = new ArrayList<>(List.of(firstLoan.id(), techSme.id(), feeReduction.id(), feeSubsidy.id(),
        feeCap.id(), deferral.id(), firmYear.vat().id(), firmYear.rd().id(), firmYear.incomeTax().id()));
    awards.forEach(measure -> ids.add(measure.id()));
    shares.forEach(measure -> ids.add(measure.id()));
    fees.forEach(measure -> ids.add(measure.id()));
    referrals.forEach(measure -> ids.add(measure.id()));
    sameMeasures = EntitlementRequest.of(profile, asOf).withMeasures(ids);
  }

  /** The engine: every measure of the built-in catalogue, stacking, totals and questions. */
  @Benchmark
  public void engine(Blackhole hole) {
    hole.consume(engine.evaluate(profile, asOf));
  }

  /** The engine asked for the separate calls' measures only: their outcomes, stacking, totals and questions. */
  @Benchmark
  public void engineSameMeasures(Blackhole hole) {
    hole.consume(engine.evaluate(sameMeasures));
  }

  /** The same measures' plain forms, called one by one on requests built beforehand. */
  @Benchmark
  public void separatePlainForms(Blackhole hole) {
    callPlainForms(requests, hole);
  }

  /**
   * The same calls with their requests built from the profile in the measurement, as a caller who holds the
   * profile and knows which calculators apply would make them: a second baseline, reported beside the first.
   */
  @Benchmark
  public void separatePlainFormsFromProfile(Blackhole hole) {
    callPlainForms(Requests.from(profile, asOf), hole);
  }

  private void callPlainForms(Requests built, Blackhole hole) {
    hole.consume(FirstLoanCalculator.DEFAULT.subsidy(firstLoan, built.firstLoan()));
    hole.consume(TechSmeCalculator.DEFAULT.subsidy(techSme, built.techSme()));
    for (GuaranteeFeeReductionRequest request : built.feeReductions()) {
      hole.consume(GuaranteeFeeReductionCalculator.DEFAULT.fee(feeReduction, request));
    }
    hole.consume(GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(feeSubsidy, built.feeSubsidy()));
    for (DeferralRequest request : built.deferrals()) {
      hole.consume(DeferralCalculator.DEFAULT.deferredUntil(deferral, request));
    }
    for (GuaranteeFeeBenchmarkCapRequest request : built.feeCaps()) {
      hole.consume(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(feeCap, request));
    }
    hole.consume(FirmYearCalculator.DEFAULT.totalSaved(firmYear, built.firmYear()));
    for (AwardMeasure award : awards) {
      hole.consume(AwardCalculator.DEFAULT.award(award, built.award()));
    }
    for (ShareMeasure share : shares) {
      hole.consume(ShareCalculator.DEFAULT.share(share, built.share()));
    }
    for (ShareFeeMeasure fee : fees) {
      hole.consume(ShareCalculator.DEFAULT.feeSaved(fee, built.share()));
    }
    for (ReferralMeasure referral : referrals) {
      hole.consume(ReferralCalculator.DEFAULT.applies(referral, built.referral()));
    }
  }
}
