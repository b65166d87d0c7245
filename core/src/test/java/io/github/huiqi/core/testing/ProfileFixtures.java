package io.github.huiqi.core.testing;

import io.github.huiqi.core.classification.techrating.TechRatingFacts;
import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceKind;
import io.github.huiqi.core.employment.training.TrainingSession;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.FeePayment;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import io.github.huiqi.core.procurement.arrears.ArrearsDebtorKind;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.space.purchase.PurchaseOutput;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPayment;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityKind;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdProject;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enterprise profiles for tests, shared through the core test-jar.
 * <p>
 * {@link #full()} sets every fact of {@link EnterpriseProfile}: every optional present, every list non-empty, every
 * nested object with all its fields. Its JSON therefore names every property the profile's JSON Schema defines, so a
 * JSON Pointer into any profile can be checked against it.
 */
public final class ProfileFixtures {

  /** The loan's id in {@link #full()}. */
  public static final String LOAN_ID = "L-2023-001";

  private ProfileFixtures() {
  }

  /**
   * Returns a fully populated profile: a small Shenzhen manufacturer (宝安区, C3484) with its 2022 figures (a monthly
   * VAT filer) and 2023 figures (a quarterly filer), one guaranteed first loan, its interest, fee and premium
   * payments, and one renovation project.
   * <p>
   * Each value is plausible on its own; no measure reads them all at once (the loan, for instance, was later extended
   * and became non-performing, so that its pool facts are set too).
   *
   * @return the profile
   */
  public static EnterpriseProfile full() {
    return EnterpriseProfile.builder()
        .name("深圳市宝安精密部件有限公司")
        .registrationRegionCode("440306")
        .legalForm(LegalForm.ENTERPRISE)
        .independentLegalPerson(true)
        .registrationDate(LocalDate.of(2016, 5, 18))
        .industryCode("C3484")
        .restrictedOrProhibitedIndustry(false)
        .size(EnterpriseSize.SMALL)
        .smallScaleTaxpayer(true)
        .techSme(held(LocalDate.of(2023, 4, 20), LocalDate.of(2023, 12, 31)))
        .specialisedAndInnovative(held(LocalDate.of(2022, 9, 1), LocalDate.of(2025, 8, 31)))
        // recognised in the 2023 batch, a year after the 专精特新 recognition the 小巨人 one builds on
        .littleGiant(held(LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30)))
        .highTech(held(LocalDate.of(2021, 12, 23), LocalDate.of(2024, 12, 22)))
        .icOrMachineTool(false)
        .firstTimeBorrower(true)
        .onSeriousDishonestyList(false)
        .affectedByEpidemic(true)
        .techSmeSubsidyReceived(Cny.of("20000.00"))
        .years(List.of(year2022(), year2023()))
        .loans(List.of(loan()))
        .interestPayments(List.of(
            // 1,000,000.00 × 3.65% × 34/360 = 3,447.22 (2023-02-15..2023-03-21, 算头不算尾)
            new InterestPayment("I-1", LOAN_ID, LocalDate.of(2023, 2, 15), LocalDate.of(2023, 3, 21),
                LocalDate.of(2023, 3, 21), Cny.of("3447.22")),
            // 1,000,000.00 × 3.65% × 92/360 = 9,327.78 (2023-03-21..2023-06-21)
            new InterestPayment("I-2", LOAN_ID, LocalDate.of(2023, 3, 21), LocalDate.of(2023, 6, 21),
                LocalDate.of(2023, 6, 21), Cny.of("9327.78"))))
        // 1,000,000.00 × 0.9% = 9,000.00 for the year
        .guaranteeFeePayments(List.of(new FeePayment("G-1", LocalDate.of(2023, 2, 15), Cny.of("9000.00"))))
        .insurancePremiumPayments(List.of(new FeePayment("P-1", LocalDate.of(2023, 2, 15), Cny.of("5000.00"))))
        .renovationProjects(List.of(project()))
        // a 创客中国 Shenzhen-division winning project placed 42nd nationally, and a listed platform's testing
        // service at a standard fee of 40,000.00
        .grantEvents(List.of(
            GrantEvent.builder().eventId("E-1").code("maker-china-shenzhen-award").date(LocalDate.of(2023, 9, 20))
                .rank(3).build(),
            GrantEvent.builder().eventId("E-2").code("maker-china-national-placing").date(LocalDate.of(2023, 11, 18))
                .rank(42).build(),
            GrantEvent.builder().eventId("E-3").code("sz-public-service-platform-fee")
                .date(LocalDate.of(2023, 5, 10)).amount(Cny.of("40000.00")).build()))
        .hires(List.of(hire()))
        .insuranceDeferrals(List.of(insuranceDeferral()))
        .leases(List.of(lease()))
        .housingFundDeferrals(List.of(housingFundDeferral()))
        .industrialOutputs(List.of(new PurchaseOutput(2022, Cny.of("300000000.00"))))
        .arrearsClaims(List.of(arrearsClaim()))
        .trainingSessions(List.of(trainingSession()))
        .utilityBills(List.of(utilityBill()))
        .build();
  }

  //-------------------------------------------------------------------------
  private static Qualification held(LocalDate since, LocalDate until) {
    return Qualification.builder().held(true).since(since).until(until).build();
  }

  private static EnterpriseYear year2022() {
    List<VatPeriodSales> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      // a monthly filer in 2022; special invoices at 3% (财政部 税务总局公告2022年第15号 allows them at 3%)
      months.add(vat(VatFilingPeriod.ofMonth(2022, month), "270000.00", "46000.00", "3%"));
    }
    return EnterpriseYear.builder()
        .year(2022)
        // 12 × (270,000.00 + 46,000.00) = 3,792,000.00
        .revenue(Cny.of("3792000.00"))
        .employees(45)
        .totalAssets(Cny.of("6000000.00"))
        .aboveScale(false)
        .taxableIncomeBeforeRd(Cny.of("520000.00"))
        .quarters(List.of(
            quarter(1, 42, 43, "5600000.00", "5700000.00"),
            quarter(2, 43, 44, "5700000.00", "5800000.00"),
            quarter(3, 44, 45, "5800000.00", "5900000.00"),
            quarter(4, 45, 45, "5900000.00", "6000000.00")))
        .rdExpensedCosts(new RdExpensedCosts(Cny.of("260000.00"), Cny.of("90000.00"), Cny.of("35000.00"),
            Cny.of("0.00"), Cny.of("15000.00"), Cny.of("25000.00")))
        // formed in October 2022: amortised for 3 months of 2022
        .rdIntangibles(List.of(RdIntangibleAsset.builder().cost(Cny.of("600000.00")).amortisationMonths(120)
            .monthsInYear(3).yearFormed(2022).build()))
        .vatPeriods(months)
        .build();
  }

  private static EnterpriseYear year2023() {
    List<VatPeriodSales> quarters = new ArrayList<>();
    for (int quarter = 1; quarter <= 4; quarter++) {
      // a quarterly filer from 2023; special invoices at the reduced 1%
      quarters.add(vat(VatFilingPeriod.ofQuarter(2023, quarter), "900000.00", "150000.00", "1%"));
    }
    return EnterpriseYear.builder()
        .year(2023)
        // 4 × (900,000.00 + 150,000.00) = 4,200,000.00
        .revenue(Cny.of("4200000.00"))
        .employees(48)
        .totalAssets(Cny.of("6500000.00"))
        .aboveScale(false)
        .taxableIncomeBeforeRd(Cny.of("650000.00"))
        .quarters(List.of(
            quarter(1, 45, 46, "6000000.00", "6100000.00"),
            quarter(2, 46, 47, "6100000.00", "6250000.00"),
            quarter(3, 47, 48, "6250000.00", "6400000.00"),
            quarter(4, 48, 48, "6400000.00", "6500000.00")))
        .rdExpensedCosts(new RdExpensedCosts(Cny.of("300000.00"), Cny.of("120000.00"), Cny.of("40000.00"),
            Cny.of("10000.00"), Cny.of("20000.00"), Cny.of("30000.00")))
        .rdIntangibles(List.of(RdIntangibleAsset.builder().cost(Cny.of("600000.00")).amortisationMonths(120)
            .monthsInYear(12).yearFormed(2022).build()))
        // a capitalised project, partly grant-funded, whose intangible is ready for use in October 2023
        .rdProjects(List.of(RdProject.builder()
            .name("RD-2023-01")
            .costs(new RdExpensedCosts(Cny.of("200000.00"), Cny.of("80000.00"), Cny.of("20000.00"),
                Cny.of("0.00"), Cny.of("10000.00"), Cny.of("40000.00")))
            .grantFunded(new RdExpensedCosts(Cny.of("50000.00"), Cny.of("0.00"), Cny.of("0.00"), Cny.of("0.00"),
                Cny.of("0.00"), Cny.of("0.00")))
            .capitalised(true)
            .amortisationStart(LocalDate.of(2023, 10, 1))
            .amortisationMonths(120)
            .earlierCapitalisedCost(Cny.of("150000.00"))
            .build()))
        .rdEntrustments(List.of(
            RdEntrustment.builder().entrustee(RdEntrusteeKind.DOMESTIC).price(Cny.of("100000.00")).relatedParty(true)
                .build(),
            RdEntrustment.builder().entrustee(RdEntrusteeKind.OVERSEAS_ENTITY).price(Cny.of("60000.00"))
                .relatedParty(false).build()))
        .rdSpecialIncome(Cny.of("5000.00"))
        .rdSoldProductMaterials(Cny.of("3000.00"))
        .rdSoldProductMaterialsCarriedForward(Cny.of("1000.00"))
        .vatPeriods(quarters)
        .techRating(TechRatingFacts.builder().techStaff(12).rdExpense(Cny.of("520000.00"))
            .costsAndExpenses(Cny.of("3800000.00")).classOneIp(1).classTwoIp(3).build())
        .build();
  }

  private static OperatingQuarter quarter(int quarter, int employeesAtStart, int employeesAtEnd, String assetsAtStart,
      String assetsAtEnd) {
    return new OperatingQuarter(quarter, employeesAtStart, employeesAtEnd, Cny.of(assetsAtStart), Cny.of(assetsAtEnd));
  }

  private static VatPeriodSales vat(VatFilingPeriod period, String sales, String specialSales, String specialRate) {
    return VatPeriodSales.builder()
        .period(period)
        .sales(Cny.of(sales))
        .salesBasis(VatSalesBasis.EXCLUDING_VAT)
        .specialInvoiceSales(Cny.of(specialSales))
        .specialInvoiceRate(Rate.parse(specialRate))
        // no immovable property sold: zero, given rather than left out
        .immovablePropertySales(Cny.of("0.00"))
        .immovablePropertyVat(Cny.of("0.00"))
        .build();
  }

  private static LoanFacts loan() {
    return LoanFacts.builder()
        .loanId(LOAN_ID)
        .principal(Cny.of("1000000.00"))
        .drawdownDate(LocalDate.of(2023, 2, 15))
        .maturityDate(LocalDate.of(2024, 2, 15))
        .repaymentDate(LocalDate.of(2024, 12, 20))
        .annualInterestRate(Rate.parse("3.65%"))
        .lenderRegionCode("440300")
        .firstDrawdownOfFirstContract(true)
        .forProductionOrOperation(true)
        .subsidisedUnderAnotherMunicipalScheme(false)
        .interestSubsidyClaimedFirst(StackingScheme.FIRST_LOAN)
        .contractDate(LocalDate.of(2023, 2, 10))
        .firstInclusiveFinanceLoan(true)
        .guaranteed(true)
        .guarantee(LoanGuarantee.builder()
            .governmentGuarantor(true)
            .policyFund(false)
            .guarantorInRegion(true)
            .reGuaranteed(true)
            .standardFeeRate(Rate.parse("1.5%"))
            // 1.5% reduced by 40% (深工信〔2023〕26号 第6条: 最高减免40%、且不高于1%) = 0.9%
            .feeRate(Rate.parse("0.9%"))
            .feePaid(Cny.of("9000.00"))
            .build())
        .vehicleOrRealEstatePurchase(false)
        .requestedDeferredDate(LocalDate.of(2024, 6, 30))
        .riskPoolCategory(RiskPoolLoanCategory.FIRST_LOAN)
        .extensionDate(LocalDate.of(2024, 2, 15))
        .underOtherRiskCompensation(false)
        .nonPerforming(NonPerformance.builder()
            .since(LocalDate.of(2024, 5, 31))
            .principalOutstanding(Cny.of("600000.00"))
            // 600,000.00 × 3.65% × 90/360 = 5,475.00
            .accruedInterest(Cny.of("5475.00"))
            .recoveries(Cny.of("120000.00"))
            .build())
        .build();
  }

  private static RenovationProject project() {
    return RenovationProject.builder()
        .projectId("P-2023-01")
        .category(RenovationCategory.INTELLIGENT)
        .maturityLevel(3)
        .eligibleInvestment(Cny.of("2400000.00"))
        .totalInvestment(Cny.of("3000000.00"))
        .fixedAssetInvestment(Cny.of("2600000.00"))
        .equipmentInvestment(Cny.of("2000000.00"))
        .eligibleProject(true)
        .subsidyStart(LocalDate.of(2023, 1, 1))
        .interestPayments(List.of(
            // 2,000,000.00 × 4.2% × 90/360 = 21,000.00 (2023-01-01..2023-04-01)
            // on a fixed-asset loan the profile does not hold (the first loan is another): its interest stays the
            // renovation subsidy's, noted as not checked against one subsidy per loan (register §4.6 item 43)
            RenovationInterestPayment.of("R-1", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1), Cny.of("21000.00")).onLoan("L-FA-2022-007"),
            RenovationInterestPayment.of("R-2", RenovationFinancingKind.EQUIPMENT_FINANCE_LEASE,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), Cny.of("6500.00"))))
        .build();
  }

  private static HiringRecord hire() {
    // registered unemployed 4 months (≥3), hired 2023-03-01 on a contract to 2024-02-29: exactly one year
    return HiringRecord.builder()
        .hireId("H-2023-01")
        .hireDate(LocalDate.of(2023, 3, 1))
        .registeredUnemployedMonths(4)
        .shanghaiGraduate(false)
        .graduationYear(2015)
        .openEndedContract(false)
        .contractEnd(LocalDate.of(2024, 2, 29))
        .socialInsurancePaid(true)
        .build();
  }


  private static InsuranceDeferral insuranceDeferral() {
    // pension contributions due 2022-12-15, deferred, repaid 2023-09-15: 274 late days waived
    return InsuranceDeferral.builder()
        .deferralId("S-2022-12")
        .kind(InsuranceKind.PENSION)
        .deferredAmount(Cny.of("120000.00"))
        .dueDate(LocalDate.of(2022, 12, 15))
        .deferralApproved(true)
        .repaidDate(LocalDate.of(2023, 9, 15))
        .build();
  }


  private static RentLease lease() {
    // 1,200 m² at 42,000.00 a month (35.00 元/m²/month) in a district park, 创新型产业用房, state-owned, 工业上楼
    return RentLease.builder()
        .leaseId("L-2020-07")
        .area(new BigDecimal("1200"))
        .start(LocalDate.of(2020, 7, 1))
        .end(LocalDate.of(2025, 6, 30))
        .monthlyRent(Cny.of("42000.00"))
        .districtPark(true)
        .innovationSpace(true)
        .referenceRent(Cny.of("60.00"))
        .rentDiscount(Rate.parse("40%"))
        .highRiseProject(true)
        .stateOwned(true)
        .rentPaid(List.of(new RentPayment(2022, Cny.of("504000.00"))))
        .build();
  }


  private static HousingFundDeferral housingFundDeferral() {
    // applied on the last day, 2023-06-30; 12 months from 2023-07-01 end 2024-06-30
    return HousingFundDeferral.builder()
        .applicationId("HF-2023-01")
        .applicationDate(LocalDate.of(2023, 6, 30))
        .deferralStart(LocalDate.of(2023, 7, 1))
        .requestedEnd(LocalDate.of(2024, 6, 30))
        .hardship(true)
        .build();
  }


  private static ArrearsClaim arrearsClaim() {
    // 500,000.00 undisputed, owed by a public institution: classed for full clearance (50万元以下, included)
    return ArrearsClaim.builder()
        .claimId("A-2023-01")
        .debtorKind(ArrearsDebtorKind.PUBLIC_INSTITUTION)
        .amount(Cny.of("500000.00"))
        .disputed(false)
        .build();
  }


  private static TrainingSession trainingSession() {
    // 40 trainees at 25,000.00 each: 40 × min(20,000, 25,000) = 800,000.00 at most
    return TrainingSession.builder()
        .sessionId("T-2023-01")
        .trainees(40)
        .costPerTrainee(Cny.of("25000.00"))
        .specialisedProgramme(true)
        .build();
  }


  private static UtilityBill utilityBill() {
    // 50,000.00 of electricity overdue from 2023-01-16, paid 2023-03-01: 44 days in the quarter at 0.2% a day
    return UtilityBill.builder()
        .billId("E-2023-01")
        .utility(UtilityKind.ELECTRICITY)
        .arrears(Cny.of("50000.00"))
        .overdueFrom(LocalDate.of(2023, 1, 16))
        .paidDate(LocalDate.of(2023, 3, 1))
        .dailyLateFeeRate(Rate.parse("0.2%"))
        .build();
  }
}
