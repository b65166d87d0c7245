package io.github.huiqi.calculators.financing.stacking;

/**
 * JSON fragments of a profile for the stacking tests that write their firms as text: an amount in yuan and an
 * interest payment on a loan, paid on the last day of its accrual.
 */
final class StackingJson {

  private StackingJson() {
  }

  /** An amount in CNY, as the profile's JSON holds it: {@code {"amount": 1000.00, "currency": "CNY"}}. */
  static String money(String yuan) {
    return "{\"amount\": " + yuan + ", \"currency\": \"CNY\"}";
  }

  /** An interest payment on a loan, accrued from {@code start} to {@code end} and paid on {@code end}. */
  static String interest(String id, String loanId, String start, String end, String paid) {
    return "{\"paymentId\": \"" + id + "\", \"loanId\": \"" + loanId + "\", \"accrualStart\": \"" + start
        + "\", \"accrualEnd\": \"" + end + "\", \"paymentDate\": \"" + end + "\", \"interestPaid\": " + money(paid)
        + "}";
  }
}
