package io.github.huiqi.calculators.tax.rd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdProject;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One enterprise's R&amp;D for a tax year, with the facts the super deduction depends on.
 * <p>
 * In JSON:
 * <pre>
 * {"taxYear": 2023, "industryCode": "C3911", "techSme": true, "manufacturing": true, "icOrMachineTool": false,
 *  "expensedCosts": {"personnel": {"amount": 600000, "currency": "CNY"}, …},
 *  "intangibles": [{"cost": {"amount": 1200000, "currency": "CNY"}, "monthsInYear": 12}],
 *  "projects": [{"name": "RD-01", "costs": {…}, "capitalised": true, "amortisationStart": "2023-07-01"}],
 *  "entrustments": [{"entrustee": "OVERSEAS_ENTITY", "price": {"amount": 500000, "currency": "CNY"}}],
 *  "specialIncome": {"amount": 20000, "currency": "CNY"},
 *  "options": {"rounding": {"scale": 2, "mode": "HALF_UP"}}}
 * </pre>
 * {@code taxYear} is required. {@code expensedCosts} is the year's expensed R&amp;D not itemised by project (zero when
 * left out); {@code intangibles}, {@code projects} and {@code entrustments} may be left out for none, and the amounts
 * taken out of the base ({@code specialIncome}, {@code soldProductMaterials},
 * {@code soldProductMaterialsCarriedForward}) for zero. The request of earlier versions (year, facts,
 * {@code expensedCosts}, {@code intangibles}, {@code options}) reads and computes as before.
 * <p>
 * An absent fact of the enterprise is unknown, never "no": an unknown industry, or an unknown kind flag that would
 * change the rate, gives an undetermined result naming it ({@code /industryCode}, {@code /techSme},
 * {@code /manufacturing}, {@code /icOrMachineTool}).
 * <p>
 * Build with {@link #builder()}, or start from {@link #of(int, RdExpensedCosts)} and the {@code with…} copies.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableRdRequest.class)
@JsonDeserialize(as = ImmutableRdRequest.class)
public abstract class RdRequest {

  RdRequest() {
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
   * Returns the tax year (a calendar year).
   *
   * @return the year, 1900..9999
   */
  public abstract int taxYear();

  /**
   * Returns the enterprise's industry in GB/T 4754-2017: a section letter A..T, optionally with 2, 3 or 4 digits
   * (such as {@code C3911}); checked against the negative list.
   *
   * @return the code, if known
   */
  public abstract Optional<String> industryCode();

  /**
   * Returns whether the enterprise is a 科技型中小企业 enrolled (评价入库) for the tax year.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> techSme();

  /**
   * Returns whether it is a manufacturing enterprise under 2021年第13号 (制造业 income at least 50% of total income).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> manufacturing();

  /**
   * Returns whether it is an integrated-circuit or 工业母机 enterprise under 2023年第44号.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> icOrMachineTool();

  /**
   * Returns the R&amp;D costs expensed in the year that are not itemised in {@link #projects()}, by category; for
   * 2016–2020, when each project had its own other-costs limit, they are taken as one project.
   *
   * @return the costs, {@link RdExpensedCosts#NONE} when not given
   */
  @Value.Default
  public RdExpensedCosts expensedCosts() {
    return RdExpensedCosts.NONE;
  }

  /**
   * Returns the R&amp;D intangible assets amortised in the year besides those of {@link #projects()}.
   *
   * @return the intangibles, possibly none
   */
  public abstract List<RdIntangibleAsset> intangibles();

  /**
   * Returns the year's R&amp;D projects, expensed or capitalised, names unique, each amortisation start in the year.
   *
   * @return the projects, possibly none
   */
  public abstract List<RdProject> projects();

  /**
   * Returns the R&amp;D entrusted to others in the year and expensed.
   *
   * @return the entrustments, possibly none
   */
  public abstract List<RdEntrustment> entrustments();

  /**
   * Returns the special income from R&amp;D by-products recognised in the year (A107012 line 46), CNY.
   *
   * @return the amount, not negative, if any
   */
  public abstract Optional<MonetaryAmount> specialIncome();

  /**
   * Returns the material costs, counted as R&amp;D, of R&amp;D products sold in the year (A107012 line 48), CNY.
   *
   * @return the amount, not negative, if any
   */
  public abstract Optional<MonetaryAmount> soldProductMaterials();

  /**
   * Returns the material costs of R&amp;D products sold that earlier years' R&amp;D could not absorb, carried into
   * this year (A107012 line 49), CNY.
   *
   * @return the amount, not negative, if any
   */
  public abstract Optional<MonetaryAmount> soldProductMaterialsCarriedForward();

  /**
   * Returns the options.
   *
   * @return the options, if any; empty for the defaults
   */
  public abstract Optional<RdOptions> options();

  @Value.Check
  void check() {
    if (taxYear() == 0) {
      // no year 0 in the calendar: what the JSON reader gives when the document has no taxYear
      throw new InvalidInputException("taxYear");
    }
    if (taxYear() < 1900 || taxYear() > 9999) {
      throw new InvalidInputException("taxYear", taxYear(), "must be from 1900 to 9999");
    }
    Args.notNullOptional(industryCode(), "industryCode").ifPresent(code -> Args.industryCode(code, "industryCode"));
    Args.notNullOptional(techSme(), "techSme");
    Args.notNullOptional(manufacturing(), "manufacturing");
    Args.notNullOptional(icOrMachineTool(), "icOrMachineTool");
    Args.notNull(expensedCosts(), "expensedCosts");
    Args.listCopy(intangibles(), "intangibles");
    RdProject.checkYear(projects(), taxYear(), "projects");
    Args.listCopy(entrustments(), "entrustments");
    notNegative(specialIncome(), "specialIncome");
    notNegative(soldProductMaterials(), "soldProductMaterials");
    notNegative(soldProductMaterialsCarriedForward(), "soldProductMaterialsCarriedForward");
    Args.notNullOptional(options(), "options");
  }

  private static void notNegative(Optional<MonetaryAmount> amount, String field) {
    Args.notNullOptional(amount, field).ifPresent(value -> Cny.notNegativeYuan(value, field));
  }

  //-------------------------------------------------------------------------
  /**
   * Obtains the request of a tax year of an enterprise profile: the year's {@code rdExpensedCosts},
   * {@code rdIntangibles}, {@code rdProjects}, {@code rdEntrustments}, {@code rdSpecialIncome},
   * {@code rdSoldProductMaterials} and {@code rdSoldProductMaterialsCarriedForward} (the last five, when absent, read
   * as none: a documented library reading), the profile's {@code industryCode} and {@code icOrMachineTool}, and two
   * kinds read from the profile (a documented library reading): {@code techSme} when the 科技型中小企业 enrolment
   * ({@code techSme}) is held at some time in the tax year (a qualification without dates in every year), and
   * {@code manufacturing} when the industry code is in section {@code C} (制造业) of GB/T 4754-2017, unknown when the
   * code is. A missing fact of the request is the profile's: {@code /industryCode} and {@code /manufacturing} are
   * {@code /industryCode}, {@code /techSme} is {@code /techSme}, {@code /icOrMachineTool} is
   * {@code /icOrMachineTool}. Default options.
   *
   * @param profile  the enterprise
   * @param taxYear  the tax year, one of the profile's years
   * @return the request
   * @throws MissingFactsException naming {@code /years} if the profile has no such year, or the year's
   *     {@code /years/i/rdExpensedCosts} and {@code /years/i/rdIntangibles} when not known (a firm with none gives
   *     zero costs and an empty list)
   * @throws InvalidInputException if the profile is null, or a fact of the year is invalid in the request, naming
   *     the request's field
   */
  public static RdRequest from(EnterpriseProfile profile, int taxYear) {
    List<String> missing = missingFacts(profile, taxYear);
    if (!missing.isEmpty()) {
      throw new MissingFactsException(missing);
    }
    EnterpriseYear year = profile.years().orElseThrow().get(profile.yearIndex(taxYear));
    return fromProfile(profile, year, year.rdExpensedCosts().get(), year.rdIntangibles().get());
  }

  /**
   * Names the facts {@link #from} needs that a profile does not give, without building the request: for a caller
   * that screens many profiles and would otherwise catch {@link MissingFactsException} (whose stack trace costs more
   * than the request).
   *
   * @param profile  the enterprise
   * @param taxYear  the tax year
   * @return {@code ["/years"]} if the profile has no such year; otherwise the year's
   *     {@code /years/i/rdExpensedCosts} and {@code /years/i/rdIntangibles} that are not known, in that order; empty
   *     when {@link #from} would build the request
   * @throws InvalidInputException if the profile is null
   */
  public static List<String> missingFacts(EnterpriseProfile profile, int taxYear) {
    Args.notNull(profile, "profile");
    int index = profile.yearIndex(taxYear);
    if (index < 0) {
      return List.of("/years");
    }
    EnterpriseYear year = profile.years().orElseThrow().get(index);
    boolean costs = year.rdExpensedCosts().isEmpty();
    boolean intangibles = year.rdIntangibles().isEmpty();
    if (costs && intangibles) {
      return List.of("/years/" + index + "/rdExpensedCosts", "/years/" + index + "/rdIntangibles");
    }
    if (costs) {
      return List.of("/years/" + index + "/rdExpensedCosts");
    }
    return intangibles ? List.of("/years/" + index + "/rdIntangibles") : List.of();
  }

  /** The request of a profile's tax year with the costs and intangibles given (the evaluator's partial cases). */
  static RdRequest fromProfile(EnterpriseProfile profile, EnterpriseYear year, RdExpensedCosts costs,
      List<RdIntangibleAsset> intangibles) {
    int taxYear = year.year();
    Optional<Boolean> enrolled = profile.techSme().map(q -> q.held()
        && q.since().map(since -> since.getYear() <= taxYear).orElse(true)
        && q.until().map(until -> until.getYear() >= taxYear).orElse(true));
    Optional<Boolean> manufacturing = profile.industryCode().map(code -> code.charAt(0) == 'C');
    return builder().taxYear(taxYear).industryCode(profile.industryCode()).techSme(enrolled)
        .manufacturing(manufacturing).icOrMachineTool(profile.icOrMachineTool()).expensedCosts(costs)
        .intangibles(intangibles).projects(year.rdProjects().orElse(List.of()))
        .entrustments(year.rdEntrustments().orElse(List.of())).specialIncome(year.rdSpecialIncome())
        .soldProductMaterials(year.rdSoldProductMaterials())
        .soldProductMaterialsCarriedForward(year.rdSoldProductMaterialsCarriedForward()).build();
  }

  /**
   * Obtains a request with the year and expensed costs only: industry and kinds unknown, no intangibles, projects
   * or entrustments, default options.
   *
   * @param taxYear  the tax year
   * @param expensedCosts  the expensed R&amp;D costs
   * @return the request
   * @throws InvalidInputException if an argument is invalid, naming it
   */
  public static RdRequest of(int taxYear, RdExpensedCosts expensedCosts) {
    return builder().taxYear(taxYear).expensedCosts(Args.notNull(expensedCosts, "expensedCosts")).build();
  }

  /**
   * Returns a copy with the industry code.
   *
   * @param code  the GB/T 4754-2017 code, such as {@code I6510}
   * @return the copy
   * @throws InvalidInputException if the code is invalid, naming {@code industryCode}
   */
  public RdRequest withIndustryCode(String code) {
    return builder().from(this).industryCode(Args.notNull(code, "industryCode")).build();
  }

  /**
   * Returns a copy with every kind flag known: true for the kinds given, false for the others.
   *
   * @param kinds  the enterprise's kinds ({@link RdEnterpriseKind#ALL_ELIGIBLE} is ignored: every enterprise is)
   * @return the copy
   */
  public RdRequest withKinds(RdEnterpriseKind... kinds) {
    List<RdEnterpriseKind> list = List.of(Args.notNull(kinds, "kinds"));
    return withFlags(Optional.of(list.contains(RdEnterpriseKind.TECH_SME)),
        Optional.of(list.contains(RdEnterpriseKind.MANUFACTURING)),
        Optional.of(list.contains(RdEnterpriseKind.IC_OR_MACHINE_TOOL)));
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
    return builder().from(this).techSme(Args.notNullOptional(isTechSme, "techSme"))
        .manufacturing(Args.notNullOptional(isManufacturing, "manufacturing"))
        .icOrMachineTool(Args.notNullOptional(isIcOrMachineTool, "icOrMachineTool")).build();
  }

  /**
   * Returns a copy with one more R&amp;D intangible.
   *
   * @param intangible  the intangible
   * @return the copy
   */
  public RdRequest withIntangible(RdIntangibleAsset intangible) {
    return builder().from(this).addIntangibles(Args.notNull(intangible, "intangible")).build();
  }

  /**
   * Returns a copy with one more R&amp;D project.
   *
   * @param project  the project
   * @return the copy
   * @throws InvalidInputException if its name repeats another's or its amortisation starts outside the tax year,
   *     naming {@code projects/<i>/…}
   */
  public RdRequest withProject(RdProject project) {
    return builder().from(this).addProjects(Args.notNull(project, "project")).build();
  }

  /**
   * Returns a copy with one more entrustment.
   *
   * @param entrustment  the entrustment
   * @return the copy
   */
  public RdRequest withEntrustment(RdEntrustment entrustment) {
    return builder().from(this).addEntrustments(Args.notNull(entrustment, "entrustment")).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public RdRequest withOptions(RdOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public RdOptions effectiveOptions() {
    return options().orElse(RdOptions.DEFAULTS);
  }

  /**
   * Builds an {@link RdRequest}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableRdRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
