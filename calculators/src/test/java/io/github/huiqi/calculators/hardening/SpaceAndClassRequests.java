package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.classification.scale.ScaleRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpYear;
import io.github.huiqi.calculators.space.purchase.PurchaseRequest;
import io.github.huiqi.calculators.space.rent.RentAreaRequest;
import io.github.huiqi.calculators.space.rent.RentShareRequest;
import io.github.huiqi.calculators.space.utility.UtilityRequest;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Valid instances of the space and classification requests built with builders, every fact given: the starting point
 * of {@link BuilderNullCorpusTest}'s out-of-range calls to their setters.
 */
final class SpaceAndClassRequests {

  private SpaceAndClassRequests() {
  }

  static List<Object> valid() {
    RentLease lease = RentLease.builder().leaseId("L-1").area(new BigDecimal("1200")).start(LocalDate.of(2021, 1, 1))
        .districtPark(true).stateOwned(true).build();
    UtilityBill bill = UtilityBill.builder().billId("E-1").utility(UtilityKind.ELECTRICITY)
        .arrears(Cny.of("50000.00")).overdueFrom(LocalDate.of(2023, 1, 10)).dailyLateFeeRate(Rate.parse("0.2%"))
        .build();
    return List.of(
        RentAreaRequest.builder().techSme(true).highTech(false).leases(List.of(lease)).periodUnit(RentPeriodUnit.YEAR)
            .build(),
        RentShareRequest.builder().highTech(true).leases(List.of(lease)).supportYear(2023).firstSupportYear(2022)
            .build(),
        UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE).size(EnterpriseSize.SMALL).affectedByEpidemic(true)
            .utilityBills(List.of(bill)).build(),
        PurchaseRequest.builder().specialisedAndInnovative(true).annualOutput(Cny.of("300000000.00"))
            .leases(List.of(lease)).asOf(LocalDate.of(2023, 6, 30)).build(),
        ScaleRequest.builder().industryCode("E4710").year(2023).revenue(Cny.of("25000000")).qualificationHeld(true)
            .stateOwned(false).build(),
        ScaleUpPoolRequest.builder().industryCode("C3484").size(EnterpriseSize.SMALL)
            .priorYearRevenue(Cny.of("15000000")).build(),
        ScaleUpRewardRequest.builder().industryCode("C3484").history(List.of(
            ScaleUpYear.of(2022, false, Cny.of("18000000")),
            ScaleUpYear.of(2023, true, Cny.of("25000000")))).build());
  }
}
