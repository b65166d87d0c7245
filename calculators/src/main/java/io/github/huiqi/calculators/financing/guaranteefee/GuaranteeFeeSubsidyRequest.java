package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.RegionCodes;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request for one enterprise's guarantee-fee subsidy for one year: the enterprise's facts and its guaranteed loans.
 * <p>
 * In JSON: <pre>
 * {"enterpriseSize": "SMALL", "registrationRegionCode": "440305", "subsidyYear": 2023,
 *  "loans": [{"loanId": "L1", "principal": {"amount": 3000000, "currency": "CNY"}, "drawdownDate": "2023-04-01",
 *             "annualInterestRate": "4%", "guaranteeFeeRate": "1.5%",
 *             "guaranteeFeePaid": {"amount": 45000, "currency": "CNY"},
 *             "guarantorInRegion": true, "vehicleOrRealEstatePurchase": false}]}
 * </pre>
 * Missing facts are named in results as JSON Pointers into this shape, such as {@code /loans/0/guarantorInRegion}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableGuaranteeFeeSubsidyRequest.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeSubsidyRequest.class)
public abstract class GuaranteeFeeSubsidyRequest {

  /** The earliest subsidy year: the year before the engine's earliest evaluation date, 1990-01-01. */
  static final int MIN_YEAR = 1989;
  /** The latest subsidy year. */
  static final int MAX_YEAR = 2100;

  GuaranteeFeeSubsidyRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the enterprise's size class under 工信部联企业〔2011〕300号, if known.
   *
   * @return the enterprise size, if known
   */
  public abstract Optional<EnterpriseSize> enterpriseSize();

  /**
   * Returns the six-digit administrative division code where the enterprise is registered, if known.
   *
   * @return the registration region code, if known
   */
  public abstract Optional<String> registrationRegionCode();

  /**
   * Returns the year whose loans are claimed (the cap is per enterprise per year), 1989 to 2100: from the year before
   * the earliest evaluation date of the entitlement engine (1990-01-01), whose evaluator claims the year before it.
   *
   * @return the subsidy year
   */
  public abstract Integer subsidyYear();

  /**
   * Returns the loans, at least one, with unique ids.
   *
   * @return the loans
   */
  public abstract List<GuaranteeFeeSubsidyLoan> loans();

  /**
   * Obtains a request with the enterprise's facts known.
   *
   * @param enterpriseSize  the size class
   * @param registrationRegionCode  the registration region code
   * @param subsidyYear  the year
   * @param loans  the loans
   * @return the request
   */
  public static GuaranteeFeeSubsidyRequest of(EnterpriseSize enterpriseSize, String registrationRegionCode,
      int subsidyYear, List<GuaranteeFeeSubsidyLoan> loans) {
    return builder().enterpriseSize(Args.notNull(enterpriseSize, "enterpriseSize"))
        .registrationRegionCode(Args.notNull(registrationRegionCode, "registrationRegionCode")).subsidyYear(subsidyYear)
        .loans(Args.notNull(loans, "loans")).build();
  }

  @Value.Check
  void check() {
    Optional<EnterpriseSize> enterpriseSize = enterpriseSize();
    Optional<String> registrationRegionCode = registrationRegionCode();
    Integer subsidyYear = subsidyYear();
    List<GuaranteeFeeSubsidyLoan> loans = loans();
    Args.notNullOptional(enterpriseSize, "enterpriseSize");
    Args.notNullOptional(registrationRegionCode, "registrationRegionCode");
    registrationRegionCode.ifPresent(code -> RegionCodes.check(code, "registrationRegionCode"));
    Args.notNull(subsidyYear, "subsidyYear");
    if (subsidyYear < MIN_YEAR || subsidyYear > MAX_YEAR) {
      throw new InvalidInputException("subsidyYear", subsidyYear, "must be from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    loans = Args.listCopy(loans, "loans");
    if (loans.isEmpty()) {
      throw new InvalidInputException("loans", "[]", "must hold at least one loan");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < loans.size(); i++) {
      if (!ids.add(loans.get(i).loanId())) {
        throw new InvalidInputException("loans/" + i + "/loanId", loans.get(i).loanId(), "must be unique");
      }
    }
  }

  /**
   * Builds a {@link GuaranteeFeeSubsidyRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is missing or malformed, there is no loan, or a loan id repeats.
   */
  public static class Builder extends ImmutableGuaranteeFeeSubsidyRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
