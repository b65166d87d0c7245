package io.github.huiqi.calculators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The per-enterprise cap of the oracles of loan subsidies (the Shanghai guaranteed first loan, the Shenzhen
 * small/micro guarantee-fee subsidy), written once and independently of the library's {@code EnterpriseCap}. Each
 * loan is added in turn, failing a condition or earning an amount, sure or only possible; the least is what the sure
 * loans earn, the most what every loan that may qualify earns, each within the cap; the cap is paid out to the sure
 * loans in drawdown order, then in the order added, each at most its own amount. The verdict is ELIGIBLE when a loan
 * is sure, UNDETERMINED when one only may qualify, else INELIGIBLE.
 * <p>
 * Mutable: one per enterprise.
 */
public final class OracleCap {

  /**
   * An enterprise's subsidy: the least (loans that qualify), the most (those that may too) and the verdict; each
   * loan's amount before the cap (zero when it does not qualify) and its share of the least.
   *
   * @param least  the least, in yuan
   * @param most  the most, in yuan
   * @param verdict  ELIGIBLE, UNDETERMINED or INELIGIBLE
   * @param computed  each loan's amount before the cap, in yuan
   * @param paid  what each loan is paid of the least, in yuan
   */
  public record Subsidy(BigDecimal least, BigDecimal most, String verdict, List<BigDecimal> computed,
      List<BigDecimal> paid) {
  }

  private final BigDecimal cap;
  private final List<LocalDate> drawdowns = new ArrayList<>();
  private final List<BigDecimal> computed = new ArrayList<>();
  private final List<Boolean> sure = new ArrayList<>();
  private BigDecimal least = BigDecimal.ZERO;
  private BigDecimal most = BigDecimal.ZERO;
  private boolean anyEligible;
  private boolean anyOpen;

  /**
   * Starts an enterprise's loans.
   *
   * @param cap  the cap, in yuan
   */
  public OracleCap(BigDecimal cap) {
    this.cap = cap;
  }

  /**
   * Whether yes/no facts fail a loan (one is false) or leave it open (none is false, one is not known, null).
   *
   * @param failed  whether a fact is false
   * @param open  whether a fact is not known
   */
  public record Facts(boolean failed, boolean open) {

    /**
     * Decides facts, each of which must be true.
     *
     * @param facts  the facts, null when not known
     * @return the decision
     */
    public static Facts of(Boolean... facts) {
      boolean failed = false;
      boolean open = false;
      for (Boolean fact : facts) {
        failed |= Boolean.FALSE.equals(fact);
        open |= fact == null;
      }
      return new Facts(failed, open);
    }
  }

  /**
   * Adds a loan that fails a condition: it earns nothing.
   *
   * @param drawdown  its drawdown date
   */
  public void fails(LocalDate drawdown) {
    add(drawdown, BigDecimal.ZERO, false);
  }

  /**
   * Adds a loan that earns an amount before the cap.
   *
   * @param drawdown  its drawdown date
   * @param amount  what it earns, in yuan
   * @param open  whether it only may qualify (a fact it needs not known)
   */
  public void earns(LocalDate drawdown, BigDecimal amount, boolean open) {
    add(drawdown, amount, !open);
    most = most.add(amount);
    if (open) {
      anyOpen = true;
    } else {
      anyEligible = true;
      least = least.add(amount);
    }
  }

  private void add(LocalDate drawdown, BigDecimal amount, boolean isSure) {
    drawdowns.add(drawdown);
    computed.add(amount);
    sure.add(isSure);
  }

  /** @return what the sure loans earn, within the cap, in yuan */
  public BigDecimal least() {
    return least.min(cap);
  }

  /** @return what every loan that may qualify earns, within the cap, in yuan */
  public BigDecimal most() {
    return most.min(cap);
  }

  /** @return ELIGIBLE, UNDETERMINED or INELIGIBLE */
  public String verdict() {
    return anyEligible ? "ELIGIBLE" : anyOpen ? "UNDETERMINED" : "INELIGIBLE";
  }

  /** @return each loan's amount before the cap (zero when it fails), in the order added */
  public List<BigDecimal> computed() {
    return List.copyOf(computed);
  }

  /** @return what each loan is paid of the least, in the order added */
  public List<BigDecimal> paid() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < drawdowns.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> drawdowns.get(i)).thenComparing(i -> i));
    BigDecimal[] paid = new BigDecimal[drawdowns.size()];
    BigDecimal left = cap;
    for (int i : order) {
      paid[i] = sure.get(i) ? computed.get(i).min(left) : BigDecimal.ZERO;
      left = left.subtract(paid[i]);
    }
    return List.of(paid);
  }

  /**
   * Returns the enterprise's subsidy, its loans added.
   *
   * @return the least, most, verdict and each loan's amounts
   */
  public Subsidy subsidy() {
    return new Subsidy(least(), most(), verdict(), computed(), paid());
  }

  /**
   * Asserts a calculator's verdict, range and loans against an oracle's subsidy.
   *
   * @param label  what the assertion messages say
   * @param verdict  the calculator's verdict
   * @param amount  the calculator's range
   * @param computed  each loan's amount before the cap, as the calculator gives it
   * @param paid  what each loan is paid, as the calculator gives it
   * @param expected  the oracle's
   */
  public static void assertSubsidy(String label, Verdict verdict, AmountRange amount, List<MonetaryAmount> computed,
      List<MonetaryAmount> paid, Subsidy expected) {
    assertThat(verdict.name()).as(label).isEqualTo(expected.verdict());
    assertThat(Cny.yuan(amount.minimum(), "minimum")).as(label).isEqualByComparingTo(expected.least());
    assertThat(Cny.yuan(amount.maximum(), "maximum")).as(label).isEqualByComparingTo(expected.most());
    assertLoans(label, computed, paid, expected.computed(), expected.paid());
  }

  /**
   * Asserts each loan's amount before the cap and what it is paid of the least against an oracle's.
   *
   * @param label  what the assertion messages say
   * @param computed  each loan's amount before the cap, as the calculator gives it
   * @param paid  what each loan is paid, as the calculator gives it
   * @param expectedComputed  the oracle's {@link #computed()}
   * @param expectedPaid  the oracle's {@link #paid()}
   */
  public static void assertLoans(String label, List<MonetaryAmount> computed, List<MonetaryAmount> paid,
      List<BigDecimal> expectedComputed, List<BigDecimal> expectedPaid) {
    assertThat(computed).as(label).hasSameSizeAs(expectedComputed);
    for (int i = 0; i < expectedComputed.size(); i++) {
      assertThat(Cny.yuan(computed.get(i), "computed")).as(label + " loan " + i)
          .isEqualByComparingTo(expectedComputed.get(i));
      assertThat(Cny.yuan(paid.get(i), "paid")).as(label + " loan " + i).isEqualByComparingTo(expectedPaid.get(i));
    }
  }
}
