package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the rent requests' JSON tests share: JSON written with apostrophes for quotes, the compact form a request is
 * written in, and the one lease they write and read, as JSON and built.
 */
final class RentRequestJson {

  /** The lease as JSON, apostrophes for quotes: 1,200 m², from 2021-01-01, no rent paid. */
  static final String LEASE = "{'leaseId':'L-1','area':1200,'start':'2021-01-01','rentPaid':[]}";

  private RentRequestJson() {
  }

  /** The lease {@link #LEASE} describes. */
  static RentLease lease() {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("1200")).start(LocalDate.of(2021, 1, 1)).build();
  }

  /** JSON written with apostrophes for quotes, as JSON. */
  static String json(String text) {
    return text.replace('\'', '"');
  }

  /** Reads a request from JSON written with apostrophes for quotes. */
  static <T> T read(String text, Class<T> type) {
    return HuiqiJson.read(json(text), type);
  }

  /** A request as compact JSON. */
  static String written(Object request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }
}
