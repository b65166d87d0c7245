package io.github.huiqi.core.financing.renovation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * Interest actually paid (实际支付利息) for one interest period of a renovation project's loan or finance lease.
 * <p>
 * The period runs from {@code interestFrom}, counted, to {@code interestUntil}, not counted (算头不算尾), so that the
 * subsidised years can be applied to it; a period that straddles their start or end is apportioned by days.
 * <p>
 * {@code loanId}, when given, names the loan of the profile's {@code loans} the interest was paid on, so that one
 * municipal interest subsidy per loan can be checked against the first-loan and tech-SME subsidies
 * ({@code RenovationLoanStackingRule}, decisions register §4.6 item 43); a payment without it is subsidised as before,
 * and its outcome notes that the check could not be made.
 * <p>
 * In JSON, as an element of a renovation project's {@code interestPayments}: {@code {"paymentId": "R-1", "kind":
 * "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-01-01", "interestUntil": "2023-04-01", "interestPaid": {"amount":
 * 21000, "currency": "CNY"}, "loanId": "L-1"}}; every field but {@code loanId} is required.
 * <p>
 * Obtain one with {@link #of} (naming no loan), and {@link #onLoan} to name its loan, or build it with
 * {@link #builder()}:
 * <pre>
 * RenovationInterestPayment payment = RenovationInterestPayment.of("R-1",
 *     RenovationFinancingKind.BANK_FIXED_ASSET_LOAN, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1),
 *     Cny.of("21000.00")).onLoan("L-1");
 * RenovationInterestPayment built = RenovationInterestPayment.builder()
 *     .paymentId("R-2")
 *     .kind(RenovationFinancingKind.EQUIPMENT_FINANCE_LEASE)
 *     .interestFrom(LocalDate.of(2023, 1, 1))
 *     .interestUntil(LocalDate.of(2023, 7, 1))
 *     .interestPaid(Cny.of("6500.00"))
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRenovationInterestPayment.class)
@JsonDeserialize(as = ImmutableRenovationInterestPayment.class)
public abstract class RenovationInterestPayment {

  RenovationInterestPayment() {
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
   * Obtains a payment that names no loan.
   *
   * @param paymentId  the caller's identifier, unique within a request
   * @param kind  the financing: fixed-asset bank loan or equipment finance lease
   * @param interestFrom  the first day of the interest period, counted
   * @param interestUntil  the end of the interest period, not counted, after {@code interestFrom}
   * @param interestPaid  the interest actually paid for the period, in CNY, zero or positive
   * @return the payment
   * @throws InvalidInputException if an argument is null, the id blank, the period empty or reversed, or the interest
   *     negative, not CNY or out of bounds, naming the field
   */
  public static RenovationInterestPayment of(String paymentId, RenovationFinancingKind kind, LocalDate interestFrom,
      LocalDate interestUntil, MonetaryAmount interestPaid) {
    return builder().paymentId(paymentId).kind(kind).interestFrom(interestFrom).interestUntil(interestUntil)
        .interestPaid(interestPaid).build();
  }

  /**
   * Returns the caller's identifier of the payment, unique within a request; required.
   *
   * @return the identifier, not blank
   */
  public abstract String paymentId();

  /**
   * Returns the financing the interest was paid on; required.
   *
   * @return the kind: fixed-asset bank loan or equipment finance lease
   */
  public abstract RenovationFinancingKind kind();

  /**
   * Returns the first day of the interest period, counted; required.
   *
   * @return the date
   */
  public abstract LocalDate interestFrom();

  /**
   * Returns the end of the interest period, not counted; required.
   *
   * @return the date, after {@link #interestFrom()}
   */
  public abstract LocalDate interestUntil();

  /**
   * Returns the interest actually paid for the period, in CNY; required.
   *
   * @return the interest, zero or positive
   */
  public abstract MonetaryAmount interestPaid();

  /**
   * Returns the id of the profile's loan the interest was paid on.
   *
   * @return the loan's id, not blank, if given
   */
  public abstract Optional<String> loanId();

  /**
   * Returns this payment naming the loan it was paid on.
   *
   * @param id  the loan's id, not blank
   * @return the payment with {@code loanId} set
   * @throws InvalidInputException if the id is null or blank, naming {@code loanId}
   */
  public RenovationInterestPayment onLoan(String id) {
    return builder().from(this).loanId(Args.notBlank(id, "loanId")).build();
  }

  @Value.Check
  void check() {
    Args.notBlank(paymentId(), "paymentId");
    Args.notNull(kind(), "kind");
    Args.date(interestFrom(), "interestFrom");
    Args.date(interestUntil(), "interestUntil");
    if (!interestUntil().isAfter(interestFrom())) {
      throw InvalidInputException.notAfter("interestUntil", interestUntil(), "interestFrom", interestFrom());
    }
    Cny.notNegativeYuan(interestPaid(), "interestPaid");
    loanId().ifPresent(id -> Args.notBlank(id, "loanId"));
  }

  /**
   * Builds a {@link RenovationInterestPayment}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a required fact is not set, the id or the loan id is blank, the period is empty
   * or reversed, or the interest negative, not CNY or out of bounds, naming the field.
   */
  public static class Builder extends ImmutableRenovationInterestPayment.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
