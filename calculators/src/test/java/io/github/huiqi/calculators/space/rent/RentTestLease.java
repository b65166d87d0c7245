package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The one lease the rent requests' JSON tests write and read: as JSON (quotes as apostrophes) and built. */
final class RentTestLease {

  /** The lease as JSON, apostrophes for quotes: 1,200 m², from 2021-01-01, no rent paid. */
  static final String JSON = "{'leaseId':'L-1','area':1200,'start':'2021-01-01','rentPaid':[]}";

  private RentTestLease() {
  }

  /** The lease {@link #JSON} describes. */
  static RentLease built() {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("1200")).start(LocalDate.of(2021, 1, 1)).build();
  }
}
