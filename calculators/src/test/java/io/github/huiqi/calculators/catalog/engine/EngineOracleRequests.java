package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.calculators.employment.hiring.HiringRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedLoan;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeFeePayment;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.FeePayment;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The oracle's own mapping from an enterprise profile's facts to each typed calculator's request, written from the
 * clauses and the Javadoc of the profile's fields and of the requests, not from the evaluators: what a bank holding the
 * same facts would send to the calculator. None of the requests' {@code from(EnterpriseProfile)} factories is used.
 * <p>
 * Each method reads only facts that are known (the oracle's profiles give every fact a measure reads): it is not a
 * full replacement for the evaluators' handling of missing facts.
 */
final class EngineOracleRequests {

  /**
   * The Shanghai first-loan subsidy's term in months: 沪企服办〔2023〕1号 第十五条 states none; the engine's documented
   * library default is the contractual term up to twelve months (decisions register §4.1 item 5, option (a)).
   */
  static final int SHANGHAI_TERM_MONTHS = 12;

  private EngineOracleRequests() {
  }

  /**
   * The enterprise facts a calculator's request takes: region, legal person, size, credit facts and the 科技型中小企业
   * enrolment (held or not, dates aside).
   */
  static EnterpriseFacts enterprise(EnterpriseProfile profile) {
    EnterpriseFacts.Builder builder = EnterpriseFacts.builder();
    profile.registrationRegionCode().ifPresent(builder::registrationRegionCode);
    profile.independentLegalPerson().ifPresent(builder::independentLegalPerson);
    profile.size().ifPresent(builder::size);
    profile.firstTimeBorrower().ifPresent(builder::firstTimeBorrower);
    profile.onSeriousDishonestyList().ifPresent(builder::onSeriousDishonestyList);
    profile.techSme().ifPresent(q -> builder.enrolledTechSme(q.held()));
    return builder.build();
  }

  /** 深工信〔2023〕26号 第5条: the enterprise and every loan it holds; the calculator picks the first drawdown. */
  static FirstLoanRequest firstLoan(EnterpriseProfile profile) {
    return FirstLoanRequest.of(enterprise(profile), profile.loans().orElseThrow());
  }

  /**
   * 沪企服办〔2023〕1号 第十五条: every loan with its two loan-level facts: the first 普惠 loan, and the guarantee through
   * 市中小微企业政策性融资担保基金 (the guarantee's {@code policyFund}; a loan known to have no guarantee is not so
   * guaranteed).
   */
  static FirstLoanGuaranteedRequest guaranteedFirstLoan(EnterpriseProfile profile) {
    List<FirstLoanGuaranteedLoan> loans = new ArrayList<>();
    for (LoanFacts loan : profile.loans().orElseThrow()) {
      boolean policyFund = loan.guarantee().flatMap(LoanGuarantee::policyFund).orElse(false);
      loans.add(FirstLoanGuaranteedLoan.of(loan, loan.firstInclusiveFinanceLoan().orElseThrow(), policyFund));
    }
    return FirstLoanGuaranteedRequest.of(enterprise(profile), SHANGHAI_TERM_MONTHS, loans);
  }

  /**
   * 深工信〔2023〕26号 第13条 and the 2020 办法 第十四条: one claim of every interest payment, guarantee fee and premium the
   * profile holds, with what the programme paid before. The enterprise is "入库" for the claim when its enrolment is
   * held and its dates reach the claim's span (granted on or before its last day, valid on or after its first), the
   * span running from the earliest accrual start or payment date to the latest accrual day or payment date.
   * With {@code oneSubsidyPerLoan}, interest on a loan already subsidised by another municipal department is left
   * out ("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息"; the Javadoc of
   * {@code LoanFacts.subsidisedUnderAnotherMunicipalScheme}: both Shenzhen interest subsidies read it), as a bank
   * that knows of the other subsidy would claim; without it, every payment, as the calculator alone reads a claim.
   */
  static TechSmeRequest techSme(EnterpriseProfile profile, boolean oneSubsidyPerLoan) {
    TechSmeRequest.Builder builder = TechSmeRequest.builder();
    LocalDate first = null;
    LocalDate last = null;
    for (InterestPayment p : techSmeInterest(profile, oneSubsidyPerLoan)) {
      builder.addInterest(TechSmeInterestItem.of(p.paymentId(), p.loanId(), p.accrualStart(), p.accrualEnd(),
          p.paymentDate(), p.interestPaid()));
      first = min(first, min(p.accrualStart(), p.paymentDate()));
      last = max(last, max(p.accrualEnd().minusDays(1), p.paymentDate()));
    }
    for (FeePayment fee : profile.guaranteeFeePayments().orElse(List.of())) {
      builder.addGuaranteeFees(TechSmeFeePayment.of(fee.paymentId(), fee.paymentDate(), fee.amountPaid()));
      first = min(first, fee.paymentDate());
      last = max(last, fee.paymentDate());
    }
    for (FeePayment premium : profile.insurancePremiumPayments().orElse(List.of())) {
      builder.addInsurancePremiums(TechSmeFeePayment.of(premium.paymentId(), premium.paymentDate(),
          premium.amountPaid()));
      first = min(first, premium.paymentDate());
      last = max(last, premium.paymentDate());
    }
    EnterpriseFacts facts = enterprise(profile);
    Optional<Qualification> enrolment = profile.techSme();
    if (enrolment.isPresent() && enrolment.get().held() && first != null) {
      LocalDate claimFirst = first;
      LocalDate claimLast = last;
      boolean granted = enrolment.get().since().map(since -> !since.isAfter(claimLast)).orElse(true);
      boolean valid = enrolment.get().until().map(until -> !until.isBefore(claimFirst)).orElse(true);
      if (!granted || !valid) {
        facts = EnterpriseFacts.builder().from(facts).enrolledTechSme(false).build();
      }
    }
    return builder.enterprise(facts).programmeTotalReceived(profile.techSmeSubsidyReceived().orElse(Cny.ZERO))
        .build();
  }

  /**
   * The interest payments the tech-SME subsidy may take: all, or with {@code oneSubsidyPerLoan} those on loans no
   * other municipal scheme subsidises.
   */
  static List<InterestPayment> techSmeInterest(EnterpriseProfile profile, boolean oneSubsidyPerLoan) {
    if (!oneSubsidyPerLoan) {
      return profile.interestPayments().orElse(List.of());
    }
    List<InterestPayment> kept = new ArrayList<>();
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    for (InterestPayment p : profile.interestPayments().orElse(List.of())) {
      boolean elsewhere = loans.stream().anyMatch(loan -> loan.loanId().equals(p.loanId())
          && loan.subsidisedUnderAnotherMunicipalScheme().orElse(false));
      if (!elsewhere) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** 沪企服办〔2023〕1号 第十九条: the hires as the profile holds them. */
  static HiringRequest hiring(EnterpriseProfile profile) {
    return new HiringRequest(profile.hires().orElseThrow());
  }

  /**
   * 沪企服办〔2023〕1号 第一条 (and the other awards): the four qualifications with their dates, the grant events and
   * the size, under the same names as the profile's.
   */
  static AwardRequest award(EnterpriseProfile profile) {
    AwardRequest.Builder builder = AwardRequest.builder();
    profile.techSme().ifPresent(builder::techSme);
    profile.specialisedAndInnovative().ifPresent(builder::specialisedAndInnovative);
    profile.littleGiant().ifPresent(builder::littleGiant);
    profile.highTech().ifPresent(builder::highTech);
    profile.grantEvents().ifPresent(builder::grantEvents);
    profile.size().ifPresent(builder::size);
    return builder.build();
  }

  /** 小升规方案 第十条: one grant request per project, every figure the project gives. */
  static RenovationGrantRequest renovationGrant(RenovationProject project) {
    RenovationGrantRequest.Builder builder = RenovationGrantRequest.builder().category(project.category())
        .eligibleInvestment(project.eligibleInvestment());
    project.maturityLevel().ifPresent(builder::maturityLevel);
    project.totalInvestment().ifPresent(builder::totalInvestment);
    project.fixedAssetInvestment().ifPresent(builder::fixedAssetInvestment);
    project.equipmentInvestment().ifPresent(builder::equipmentInvestment);
    project.eligibleProject().ifPresent(builder::eligibleProject);
    return builder.build();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
