package io.github.huiqi.calculators.tax.rd;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExcludedIndustry;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One enterprise's R&amp;D for a tax year, with the facts the super deduction depends on.
 * <p>
 * In JSON:
 * <pre>
 * {"taxYear": 2023, "industryCode": "C3911", "techSme": true, "manufacturing": true, "icOrMachineTool": false,
 *  "expensedCosts": {"personnel": {"amount": 600000, "currency": "CNY"}, …},
 *  "intangibles": [{"cost": {"amount": 1200000, "currency": "CNY"}, "monthsInYear": 12}],
 *  "options": {"rounding": {"scale": 2, "mode": "HALF_UP"}}}
 * </pre>
 * {@code taxYear} and {@code expensedCosts} are required; {@code intangibles} may be left out for none. An absent
 * fact is unknown, never "no": an unknown industry, or an unknown kind flag that would change the rate, gives an
 * undetermined result naming it ({@code /industryCode}, {@code /techSme}, {@code /manufacturing},
 * {@code /icOrMachineTool}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param taxYear  the tax year (a calendar year), 1900..9999
 * @param industryCode  the enterprise's industry in GB/T 4754-2017: a section letter A..T, optionally with 2, 3 or 4
 *     digits (such as {@code C3911}); checked against the negative list
 * @param techSme  whether the enterprise is a 科技型中小企业 enrolled (评价入库) for the tax year, if known
 * @param manufacturing  whether it is a manufacturing enterprise under 2021年第13号 (制造业 income at least 50% of
 *     total income), if known
 * @param icOrMachineTool  whether it is an integrated-circuit or 工业母机 enterprise under 2023年第44号, if known
 * @param expensedCosts  the R&amp;D costs expensed in the year, by category
 * @param intangibles  the R&amp;D intangible assets amortised in the year, possibly none
 * @param options  the options; empty for the defaults
 */
public record RdRequest(
    @JsonProperty(value = "taxYear", required = true) int taxYear,
    Optional<String> industryCode,
    Optional<Boolean> techSme,
    Optional<Boolean> manufacturing,
    Optional<Boolean> icOrMachineTool,
    RdExpensedCosts expensedCosts,
    List<RdIntangibleAsset> intangibles,
    Optional<RdOptions> options) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the year is outside 1900..9999, the industry code is not a GB/T 4754-2017 code,
   *     or a required field is null; naming the field
   */
  public RdRequest {
    if (taxYear < 1900 || taxYear > 9999) {
      throw new InvalidInputException("taxYear", taxYear, "must be from 1900 to 9999");
    }
    Args.notNullOptional(industryCode, "industryCode").ifPresent(code -> {
      if (!code.matches(RdExcludedIndustry.INDUSTRY_CODE_PATTERN)) {
        throw new InvalidInputException("industryCode", code,
            "must be a GB/T 4754-2017 code: a section letter A..T with 0, 2, 3 or 4 digits, such as C3911");
      }
    });
    Args.notNullOptional(techSme, "techSme");
    Args.notNullOptional(manufacturing, "manufacturing");
    Args.notNullOptional(icOrMachineTool, "icOrMachineTool");
    Args.notNull(expensedCosts, "expensedCosts");
    intangibles = intangibles == null ? List.of() : Args.listCopy(intangibles, "intangibles");
    Args.notNullOptional(options, "options");
  }

  /**
   * Obtains the request of a tax year of an enterprise profile: the year's {@code rdExpensedCosts} and
   * {@code rdIntangibles}, the profile's {@code industryCode} and {@code icOrMachineTool}, and two kinds read from
   * the profile (a documented library reading): {@code techSme} when the 科技型中小企业 enrolment ({@code techSme})
   * is held at some time in the tax year (a qualification without dates in every year), and {@code manufacturing}
   * when the industry code is in section {@code C} (制造业) of GB/T 4754-2017, unknown when the code is. A missing
   * fact of the request is the profile's: {@code /industryCode} and {@code /manufacturing} are {@code /industryCode},
   * {@code /techSme} is {@code /techSme}, {@code /icOrMachineTool} is {@code /icOrMachineTool}. Default options.
   *
   * @param profile  the enterprise
   * @param taxYear  the tax year, one of the profile's years
   * @return the request
   * @throws MissingFactsException naming {@code /years} if the profile has no such year, or the year's
   *     {@code /years/i/rdExpensedCosts} and {@code /years/i/rdIntangibles} when not known (a firm with none gives
   *     zero costs and an empty list)
   * @throws InvalidInputException if the profile is null
   */
  public static RdRequest from(EnterpriseProfile profile, int taxYear) {
    Args.notNull(profile, "profile");
    int index = profile.yearIndex(taxYear);
    if (index < 0) {
      throw new MissingFactsException(List.of("/years"));
    }
    EnterpriseYear year = profile.years().orElseThrow().get(index);
    List<String> missing = new ArrayList<>(2);
    if (year.rdExpensedCosts().isEmpty()) {
      missing.add("/years/" + index + "/rdExpensedCosts");
    }
    if (year.rdIntangibles().isEmpty()) {
      missing.add("/years/" + index + "/rdIntangibles");
    }
    if (!missing.isEmpty()) {
      throw new MissingFactsException(missing);
    }
    return fromProfile(profile, taxYear, year.rdExpensedCosts().get(), year.rdIntangibles().get());
  }

  /** The request of a profile's tax year with the costs and intangibles given (the evaluator's partial cases). */
  static RdRequest fromProfile(EnterpriseProfile profile, int taxYear, RdExpensedCosts costs,
      List<RdIntangibleAsset> intangibles) {
    Optional<Boolean> enrolled = profile.techSme().map(q -> q.held()
        && q.since().map(since -> since.getYear() <= taxYear).orElse(true)
        && q.until().map(until -> until.getYear() >= taxYear).orElse(true));
    Optional<Boolean> manufacturing = profile.industryCode().map(code -> code.charAt(0) == 'C');
    return new RdRequest(taxYear, profile.industryCode(), enrolled, manufacturing, profile.icOrMachineTool(), costs,
        intangibles, Optional.empty());
  }

  /**
   * Obtains a request with the year and expensed costs only: industry and kinds unknown, no intangibles, default
   * options.
   *
   * @param taxYear  the tax year
   * @param expensedCosts  the expensed R&amp;D costs
   * @return the request
   * @throws InvalidInputException if an argument is invalid, naming it
   */
  public static RdRequest of(int taxYear, RdExpensedCosts expensedCosts) {
    return new RdRequest(taxYear, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), expensedCosts, List.of(), Optional.empty());
  }

  /**
   * Returns a copy with the industry code.
   *
   * @param code  the GB/T 4754-2017 code, such as {@code I6510}
   * @return the copy
   * @throws InvalidInputException if the code is invalid, naming {@code industryCode}
   */
  public RdRequest withIndustryCode(String code) {
    return new RdRequest(taxYear, Optional.of(Args.notNull(code, "industryCode")), techSme,
        manufacturing, icOrMachineTool, expensedCosts, intangibles, options);
  }

  /**
   * Returns a copy with every kind flag known: true for the kinds given, false for the others.
   *
   * @param kinds  the enterprise's kinds ({@link RdEnterpriseKind#ALL_ELIGIBLE} is ignored: every enterprise is)
   * @return the copy
   */
  public RdRequest withKinds(RdEnterpriseKind... kinds) {
    List<RdEnterpriseKind> list = List.of(Args.notNull(kinds, "kinds"));
    return new RdRequest(taxYear, industryCode, Optional.of(list.contains(RdEnterpriseKind.TECH_SME)),
        Optional.of(list.contains(RdEnterpriseKind.MANUFACTURING)),
        Optional.of(list.contains(RdEnterpriseKind.IC_OR_MACHINE_TOOL)), expensedCosts, intangibles, options);
  }

  /**
   * Returns a copy with the kind flags as given, each possibly unknown.
   *
   * @param isTechSme  whether a 科技型中小企业, if known
   * @param isManufacturing  whether a manufacturing enterprise, if known
   * @param isIcOrMachineTool  whether an IC or 工业母机 enterprise, if known
   * @return the copy
   */
  public RdRequest withFlags(Optional<Boolean> isTechSme, Optional<Boolean> isManufacturing,
      Optional<Boolean> isIcOrMachineTool) {
    return new RdRequest(taxYear, industryCode, isTechSme, isManufacturing, isIcOrMachineTool,
        expensedCosts, intangibles, options);
  }

  /**
   * Returns a copy with one more R&amp;D intangible.
   *
   * @param intangible  the intangible
   * @return the copy
   */
  public RdRequest withIntangible(RdIntangibleAsset intangible) {
    List<RdIntangibleAsset> more = new ArrayList<>(intangibles);
    more.add(Args.notNull(intangible, "intangible"));
    return new RdRequest(taxYear, industryCode, techSme, manufacturing, icOrMachineTool,
        expensedCosts, more, options);
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public RdRequest withOptions(RdOptions chosen) {
    return new RdRequest(taxYear, industryCode, techSme, manufacturing, icOrMachineTool,
        expensedCosts, intangibles, Optional.of(Args.notNull(chosen, "options")));
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public RdOptions effectiveOptions() {
    return options.orElse(RdOptions.DEFAULTS);
  }
}
