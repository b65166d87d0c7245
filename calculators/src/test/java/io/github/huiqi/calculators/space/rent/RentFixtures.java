package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Leases for the rent tests. */
final class RentFixtures {

  private RentFixtures() {
  }

  /** 1,200 m² in a district park from 2021-01-01 to 2025-12-31, having paid a given rent in 2022. */
  static RentLease.Builder parkLease(String rent2022) {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("1200")).start(LocalDate.of(2021, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .districtPark(true).rentPaid(List.of(new RentPayment(2022, Cny.of(rent2022))));
  }

  /** 1,200 m² of 创新型产业用房 from 2021-01-01 to 2025-12-31 at a reference rent of 60.00 元/m²/month. */
  static RentLease.Builder innovationLease() {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("1200")).start(LocalDate.of(2021, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .innovationSpace(true).referenceRent(Cny.of("60.00"));
  }
}
