package io.github.huiqi.calculators.tax.firmyear;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One enterprise's figures for a tax year, for the three tax reliefs together: its small-scale VAT filing periods,
 * its R&amp;D, and its taxable income with the facts of the 小型微利企业 test.
 * <p>
 * In JSON:
 * <pre>
 * {"taxYear": 2023,
 *  "vatPeriods": [{"period": {"year": 2023, "quarter": 1}, "sales": {"amount": 300000, "currency": "CNY"},
 *                  "salesBasis": "EXCLUDING_VAT"}, ...],
 *  "incomeTax": {"taxableIncomeBeforeRd": {"amount": 3400000, "currency": "CNY"}, "quarters": [...], ...},
 *  "rd": {"taxYear": 2023, "industryCode": "C3411", "expensedCosts": {...}, ...}}
 * </pre>
 * {@code taxYear} and {@code incomeTax} are required. {@code vatPeriods} may be empty or left out (a general VAT
 * taxpayer, or no VAT relief to count); {@code rd} may be left out for an enterprise with no R&amp;D to deduct. Each
 * part is as its own calculator takes it ({@link VatRequest}, {@link RdRequest}); a missing
 * fact in a part is named by its JSON Pointer in this request, such as {@code /rd/industryCode} or
 * {@code /vatPeriods/1/taxpayerRegionCode}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableFirmYearRequest.class)
@JsonDeserialize(as = ImmutableFirmYearRequest.class)
public abstract class FirmYearRequest {

  FirmYearRequest() {
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
   * Returns the tax year (a calendar year), 1900..9999.
   *
   * @return the tax year
   */
  @JsonProperty(value = "taxYear", required = true)
  public abstract int taxYear();

  /**
   * Returns the VAT filing periods of the year, in order, none overlapping another, all months or all quarters (the
   * election holds for the year, 国家税务总局公告2019年第4号 第三条); may be empty.
   *
   * @return the VAT filing periods
   */
  public abstract List<VatRequest> vatPeriods();

  /**
   * Returns the taxable income before the R&amp;D extra deduction and the 小型微利企业 facts.
   *
   * @return the income-tax part
   */
  public abstract FirmYearIncomeTax incomeTax();

  /**
   * Returns the R&amp;D of the year, whose {@code taxYear} must be this one; empty for none.
   *
   * @return the R&amp;D of the year, if any
   */
  public abstract Optional<RdRequest> rd();

  private static void checkAfter(List<VatRequest> periods, int i) {
    VatFilingPeriod period = periods.get(i).period();
    for (int j = 0; j < i; j++) {
      if (periods.get(j).period().equals(period)) {
        throw new InvalidInputException(InvalidInputException.DUPLICATE, "vatPeriods/" + i + "/period", period,
            "must not repeat the period at vatPeriods/" + j + ": each filing period is given once",
            "必须唯一：与 vatPeriods/" + j + " 的所属期重复，每个所属期只填一次", null);
      }
    }
    VatFilingPeriod previous = periods.get(i - 1).period();
    if (!period.dates().start().isAfter(previous.dates().end().orElseThrow())) {
      throw new InvalidInputException("vatPeriods/" + i + "/period", period, "must start after the previous "
          + "period " + previous + " ends: periods are given in order and do not overlap");
    }
  }

  /**
   * Obtains a request.
   *
   * @param taxYear  the tax year
   * @param vatPeriods  the VAT filing periods, in order; may be empty
   * @param incomeTax  the income-tax part
   * @param rd  the R&amp;D of the year, or null for none
   * @return the request
   * @throws InvalidInputException if an argument is invalid, naming it
   */
  public static FirmYearRequest of(int taxYear, List<VatRequest> vatPeriods,
      FirmYearIncomeTax incomeTax, RdRequest rd) {
    return builder().taxYear(taxYear).vatPeriods(Args.notNull(vatPeriods, "vatPeriods")).incomeTax(incomeTax)
        .rd(Optional.ofNullable(rd)).build();
  }

  @Value.Check
  void check() {
    int taxYear = taxYear();
    List<VatRequest> vatPeriods = vatPeriods();
    FirmYearIncomeTax incomeTax = incomeTax();
    Optional<RdRequest> rd = rd();
    if (taxYear == 0) {
      // no year 0 in the calendar: what the JSON reader gives when the document has no taxYear
      throw new InvalidInputException("taxYear");
    }
    if (taxYear < 1900 || taxYear > 9999) {
      throw new InvalidInputException("taxYear", taxYear, "must be from 1900 to 9999");
    }
    vatPeriods = vatPeriods == null ? List.of() : Args.listCopy(vatPeriods, "vatPeriods");
    for (int i = 0; i < vatPeriods.size(); i++) {
      VatFilingPeriod period = vatPeriods.get(i).period();
      if (period.year() != taxYear) {
        throw new InvalidInputException("vatPeriods/" + i + "/period/year", period.year(),
            "must be the tax year " + taxYear + ": each VAT filing period lies in the year");
      }
      if (i > 0) {
        VatFilingPeriod.requireSameFrequency(vatPeriods.get(0).period(), "vatPeriods/0/period", period,
            "vatPeriods/" + i + "/period");
        checkAfter(vatPeriods, i);
      }
    }
    Args.notNull(incomeTax, "incomeTax");
    Args.notNullOptional(rd, "rd").ifPresent(r -> {
      if (r.taxYear() != taxYear) {
        throw new InvalidInputException("rd/taxYear", r.taxYear(), "must be the tax year " + taxYear);
      }
    });
  }

  /**
   * Builds a {@link FirmYearRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the year is outside 1900..9999, a required part is missing, a VAT period lies in
   * another year ({@code vatPeriods/<i>/period/year}), repeats or overlaps the one before it or is out of order
   * ({@code vatPeriods/<i>/period}), or the R&amp;D is for another year ({@code rd/taxYear}).
   */
  public static class Builder extends ImmutableFirmYearRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
