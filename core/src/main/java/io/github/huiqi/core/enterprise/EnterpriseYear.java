package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.classification.techrating.TechRatingFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdProject;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An enterprise's figures for one year (calendar and tax year): revenue, employees, assets, taxable income, R&amp;D
 * spend, its quarters and its VAT filing periods. Every figure is optional; absent means not known.
 * <p>
 * In JSON, in a profile's {@code years}:
 * <pre>
 * {"year": 2023, "revenue": {"amount": 18000000, "currency": "CNY"}, "employees": 120,
 *  "taxableIncomeBeforeRd": {"amount": 3400000, "currency": "CNY"},
 *  "quarters": [{"quarter": 1, "employeesAtStart": 110, ...}],
 *  "rdExpensedCosts": {"personnel": ..., ...}, "vatPeriods": [{"period": {"year": 2023, "quarter": 1}, ...}]}
 * </pre>
 * A list that is absent is not known; an empty list is known to be empty. The R&amp;D facts that itemise the year's
 * R&amp;D beyond {@code rdExpensedCosts} and {@code rdIntangibles} ({@code rdProjects}, {@code rdEntrustments},
 * {@code rdSpecialIncome}, {@code rdSoldProductMaterials}, {@code rdSoldProductMaterialsCarriedForward}) refine them:
 * the R&amp;D super deduction reads an absent one as none, and says so in its explanation.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableEnterpriseYear.class)
@JsonDeserialize(as = ImmutableEnterpriseYear.class)
public abstract class EnterpriseYear {

  EnterpriseYear() {
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
   * Returns the year.
   *
   * @return the year, 1990 to 2100
   */
  public abstract int year();

  /**
   * Returns the year's operating revenue (营业收入), CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> revenue();

  /**
   * Returns the number of employees (从业人员) at the year's end.
   *
   * @return the count, if known
   */
  public abstract Optional<Integer> employees();

  /**
   * Returns the total assets (资产总额) at the year's end, CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> totalAssets();

  /**
   * Returns whether the enterprise was in the statistics database above designated size (规上 / 四上) that year.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> aboveScale();

  /**
   * Returns the taxable income (应纳税所得额) before the R&amp;D super deduction, CNY; negative for a loss.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> taxableIncomeBeforeRd();

  /**
   * Returns the quarters operated with their employees and assets, as the 小型微利企业 test averages them: every
   * quarter from the one of registration (the first, when the enterprise was registered before the year) through the
   * fourth, since the year's figure is the sum of the quarters' averages ÷ 4, or over the actual operating period of
   * a firm starting in the year; a year missing one of them leaves the averages unknown (decisions register §4.5
   * item 31).
   *
   * @return the quarters, if known
   */
  public abstract Optional<List<OperatingQuarter>> quarters();

  /**
   * Returns the R&amp;D costs expensed in the year (费用化研发支出), by category.
   *
   * @return the costs, if known; zero costs for a firm known to have none
   */
  public abstract Optional<RdExpensedCosts> rdExpensedCosts();

  /**
   * Returns the intangible assets formed by R&amp;D that are amortised in the year.
   *
   * @return the assets, if known
   */
  public abstract Optional<List<RdIntangibleAsset>> rdIntangibles();

  /**
   * Returns the year's R&amp;D projects itemised one by one (expensed or capitalised), besides the pooled
   * {@code rdExpensedCosts}.
   *
   * @return the projects, if given; names unique
   */
  public abstract Optional<List<RdProject>> rdProjects();

  /**
   * Returns the R&amp;D the enterprise entrusted to others in the year and expensed.
   *
   * @return the entrustments, if given
   */
  public abstract Optional<List<RdEntrustment>> rdEntrustments();

  /**
   * Returns the year's special income from R&amp;D by-products (下脚料、残次品、中间试制品等), CNY, which reduces the
   * R&amp;D that counts (A107012 line 46).
   *
   * @return the amount, not negative, if given
   */
  public abstract Optional<MonetaryAmount> rdSpecialIncome();

  /**
   * Returns the material costs, counted as R&amp;D, of products formed by R&amp;D and sold in the year, CNY (A107012
   * line 48).
   *
   * @return the amount, not negative, if given
   */
  public abstract Optional<MonetaryAmount> rdSoldProductMaterials();

  /**
   * Returns the material costs of R&amp;D products sold that earlier years' R&amp;D could not absorb, carried into this
   * year, CNY (A107012 line 49, the last year's line 52).
   *
   * @return the amount, not negative, if given
   */
  public abstract Optional<MonetaryAmount> rdSoldProductMaterialsCarriedForward();

  /**
   * Returns the year's VAT filing periods, for a small-scale taxpayer: all months or all quarters, the filing period
   * the taxpayer elected for the year (国家税务总局公告2019年第4号 第三条, 一经选择，一个会计年度内不得变更).
   *
   * @return the periods, if known
   */
  public abstract Optional<List<VatPeriodSales>> vatPeriods();

  /**
   * Returns the year's facts for the 科技型中小企业 evaluation: science and technology staff, R&amp;D spend, total
   * costs and expenses, and intellectual property.
   *
   * @return the facts, if known
   */
  public abstract Optional<TechRatingFacts> techRating();

  /**
   * Checks the figures, and makes the year's lists its own (see {@link EnterpriseProfile}): a caller's list is copied
   * once into an unmodifiable list.
   *
   * @return this year, or its copy with unmodifiable lists
   */
  @Value.Check
  EnterpriseYear check() {
    if (year() == 0) {
      // no year 0 in the calendar: what the JSON reader gives when the document has no year
      throw new InvalidInputException("year");
    }
    if (year() < 1990 || year() > 2100) {
      throw new InvalidInputException("year", year(), "must be from 1990 to 2100");
    }
    Args.notNullOptional(revenue(), "revenue").ifPresent(amount -> Cny.notNegativeYuan(amount, "revenue"));
    Args.notNullOptional(employees(), "employees").ifPresent(count -> Args.notNegative(count, "employees"));
    Args.notNullOptional(totalAssets(), "totalAssets").ifPresent(amount -> Cny.notNegativeYuan(amount, "totalAssets"));
    Args.notNullOptional(aboveScale(), "aboveScale");
    Args.notNullOptional(taxableIncomeBeforeRd(), "taxableIncomeBeforeRd")
        .ifPresent(amount -> Cny.inputYuan(amount, "taxableIncomeBeforeRd"));
    Args.notNullOptional(quarters(), "quarters").ifPresent(list -> Args.listCopy(list, "quarters"));
    Args.notNullOptional(rdExpensedCosts(), "rdExpensedCosts");
    Args.notNullOptional(rdIntangibles(), "rdIntangibles").ifPresent(list -> Args.listCopy(list, "rdIntangibles"));
    Args.notNullOptional(rdProjects(), "rdProjects").ifPresent(list -> RdProject.checkYear(list, year(), "rdProjects"));
    Args.notNullOptional(rdEntrustments(), "rdEntrustments").ifPresent(list -> Args.listCopy(list, "rdEntrustments"));
    notNegative(rdSpecialIncome(), "rdSpecialIncome");
    notNegative(rdSoldProductMaterials(), "rdSoldProductMaterials");
    notNegative(rdSoldProductMaterialsCarriedForward(), "rdSoldProductMaterialsCarriedForward");
    Args.notNullOptional(vatPeriods(), "vatPeriods").ifPresent(list -> {
      Args.listCopy(list, "vatPeriods");
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).period().year() != year()) {
          throw new InvalidInputException("vatPeriods/" + i + "/period/year", list.get(i).period().year(),
              "must be the profile year " + year());
        }
        VatFilingPeriod.requireSameFrequency(list.get(0).period(), "vatPeriods/0/period", list.get(i).period(),
            "vatPeriods/" + i + "/period");
      }
    });
    Args.notNullOptional(techRating(), "techRating");
    if (Args.ownList(quarters()) && Args.ownList(rdIntangibles()) && Args.ownList(rdProjects())
        && Args.ownList(rdEntrustments()) && Args.ownList(vatPeriods())) {
      return this;
    }
    return builder().from(this)
        .quarters(quarters().map(List::copyOf))
        .rdIntangibles(rdIntangibles().map(List::copyOf))
        .rdProjects(rdProjects().map(List::copyOf))
        .rdEntrustments(rdEntrustments().map(List::copyOf))
        .vatPeriods(vatPeriods().map(List::copyOf))
        .build();
  }

  private static void notNegative(Optional<MonetaryAmount> amount, String field) {
    Args.notNullOptional(amount, field).ifPresent(value -> Cny.notNegativeYuan(value, field));
  }

  /**
   * Builds an {@link EnterpriseYear}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableEnterpriseYear.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
