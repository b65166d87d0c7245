package io.github.huiqi.core.space.utility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An overdue utility bill (欠费), as an enterprise profile holds it (in its {@code utilityBills}).
 * <p>
 * {@code overdueFrom} is the first day a late fee runs on it; {@code paidDate}, the day it was paid, not before that
 * (absent while unpaid or not known); {@code dailyLateFeeRate}, the supplier's late fee a day, where the firm knows
 * it (such as 0.2% for a business's current-year electricity arrears under 供电营业规则 第九十八条).
 * <p>
 * In JSON: {@code {"billId": "E-1", "utility": "ELECTRICITY", "arrears": {"amount": 50000, "currency": "CNY"},
 * "overdueFrom": "2023-01-16", "paidDate": "2023-03-01", "dailyLateFeeRate": "0.2%"}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableUtilityBill.class)
@JsonDeserialize(as = ImmutableUtilityBill.class)
public abstract class UtilityBill {

  UtilityBill() {
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
   * Returns the bill's id, unique among the profile's bills.
   *
   * @return the id
   */
  public abstract String billId();

  /**
   * Returns the utility billed.
   *
   * @return the utility
   */
  public abstract UtilityKind utility();

  /**
   * Returns the amount overdue, CNY.
   *
   * @return the amount, positive
   */
  public abstract MonetaryAmount arrears();

  /**
   * Returns the first day a late fee runs on the bill.
   *
   * @return the date
   */
  public abstract LocalDate overdueFrom();

  /**
   * Returns the day the bill was paid, not before {@code overdueFrom}.
   *
   * @return the date, if paid and known
   */
  public abstract Optional<LocalDate> paidDate();

  /**
   * Returns the supplier's late fee a day.
   *
   * @return the rate, 0% to 100%, if known
   */
  public abstract Optional<Rate> dailyLateFeeRate();

  @Value.Check
  void check() {
    Args.notBlank(billId(), "billId");
    Args.notNull(utility(), "utility");
    Cny.positiveYuan(arrears(), "arrears");
    Args.date(overdueFrom(), "overdueFrom");
    Args.date(paidDate(), "paidDate").ifPresent(paid -> Args.inOrder(overdueFrom(), paid, "overdueFrom", "paidDate"));
    Args.notNullOptional(dailyLateFeeRate(), "dailyLateFeeRate").ifPresent(r -> Args.inputRate(r,
        "dailyLateFeeRate"));
  }

  /**
   * Builds a {@link UtilityBill}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} naming the field.
   */
  public static class Builder extends ImmutableUtilityBill.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
