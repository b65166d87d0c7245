package io.github.huiqi.core.tax.vat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.time.DateRange;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One row of the small-scale VAT table: the exemption thresholds and the levy on 3%-rate sales for the filing
 * periods within some dates.
 * <p>
 * For example 2023-01-01..2023-12-31: exempt when the period's sales are at most 100,000 (monthly filer) or 300,000
 * (quarterly filer), otherwise 3%-rate sales taxed at 1% (财政部 税务总局公告2023年第1号, restated by 深工信〔2023〕26号
 * 第1条). Every parameter is valid for at least the row's dates.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param periods  the dates of the filing periods the row governs, inclusive and closed; a filing period must lie
 *     wholly within them
 * @param monthlyExemptionThreshold  a monthly filer's exemption threshold, inclusive ("10万元以下（含本数）")
 * @param quarterlyExemptionThreshold  a quarterly filer's exemption threshold, inclusive
 * @param levy  how 3%-rate sales above the threshold are taxed
 * @param regionalLevies  regions taxed by another levy in the row's dates, if any (Hubei in 2020-03..2021-03)
 */
public record VatRegime(
    DateRange periods,
    Parameter<MonetaryAmount> monthlyExemptionThreshold,
    Parameter<MonetaryAmount> quarterlyExemptionThreshold,
    Parameter<VatLevy> levy,
    List<VatRegionalLevy> regionalLevies) {

  /**
   * Creates a row, checking its invariants.
   *
   * @throws InvalidInputException if a field is null, the dates are open-ended, a threshold is not a positive CNY
   *     amount, or a parameter is not valid for the whole row; naming the field
   */
  public VatRegime {
    Args.notNull(periods, "periods");
    if (periods.isOpenEnded()) {
      throw new InvalidInputException("periods/end", null, "must be set: each row of the table is closed");
    }
    Args.notNull(monthlyExemptionThreshold, "monthlyExemptionThreshold");
    Cny.positiveYuan(monthlyExemptionThreshold.value(), "monthlyExemptionThreshold/value");
    covers(monthlyExemptionThreshold, periods, "monthlyExemptionThreshold/validity");
    Args.notNull(quarterlyExemptionThreshold, "quarterlyExemptionThreshold");
    Cny.positiveYuan(quarterlyExemptionThreshold.value(), "quarterlyExemptionThreshold/value");
    covers(quarterlyExemptionThreshold, periods, "quarterlyExemptionThreshold/validity");
    Args.notNull(levy, "levy");
    covers(levy, periods, "levy/validity");
    regionalLevies = Args.listCopy(regionalLevies, "regionalLevies");
    for (int i = 0; i < regionalLevies.size(); i++) {
      covers(regionalLevies.get(i).levy(), periods, "regionalLevies/" + i + "/levy/validity");
    }
  }

  private static void covers(Parameter<?> parameter, DateRange periods, String field) {
    if (!parameter.isValidOn(periods.start()) || !parameter.isValidOn(periods.end().get())) {
      throw new InvalidInputException(field, parameter.validity(), "must cover the row's periods " + periods);
    }
  }

  /**
   * Returns the exemption threshold for a filing frequency.
   *
   * @param frequency  the frequency
   * @return the monthly or quarterly threshold parameter
   */
  public Parameter<MonetaryAmount> exemptionThreshold(VatFilingFrequency frequency) {
    Args.notNull(frequency, "frequency");
    return frequency == VatFilingFrequency.MONTHLY ? monthlyExemptionThreshold : quarterlyExemptionThreshold;
  }

  /**
   * Checks whether a filing period lies wholly within this row.
   *
   * @param period  the period
   * @return true if its first and last days are within the row's dates
   */
  public boolean governs(VatFilingPeriod period) {
    DateRange dates = Args.notNull(period, "period").dates();
    return periods.contains(dates.start()) && periods.contains(dates.end().get());
  }

  /**
   * Checks whether a filing period has any day within this row.
   *
   * @param period  the period
   * @return true if the period and the row's dates overlap
   */
  public boolean overlaps(VatFilingPeriod period) {
    DateRange dates = Args.notNull(period, "period").dates();
    return !dates.end().get().isBefore(periods.start()) && !dates.start().isAfter(periods.end().get());
  }

  /**
   * Finds the regional levy for a taxpayer's place.
   *
   * @param regionCode  the taxpayer's six-digit administrative division code
   * @return the regional levy whose region contains the place, the first in the list, if any
   */
  public Optional<VatRegionalLevy> findRegionalLevy(String regionCode) {
    return regionalLevies.stream().filter(r -> r.region().contains(regionCode)).findFirst();
  }
}
