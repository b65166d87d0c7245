package io.github.huiqi.core.tax.rd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One R&amp;D project (研发项目) of a tax year, as the enterprise's R&amp;D ledger (研发支出辅助账) gathers it: its costs of
 * the year by the six categories, whether they are expensed or capitalised, and for a capitalised project whose
 * intangible asset is ready for use in the year, when its amortisation starts.
 * <p>
 * In JSON:
 * <pre>
 * {"name": "RD-2019-01", "costs": {"personnel": {"amount": 600000, "currency": "CNY"}, …},
 *  "grantFunded": {"personnel": {"amount": 100000, "currency": "CNY"}, …},
 *  "capitalised": true, "amortisationStart": "2023-07-01", "amortisationMonths": 120,
 *  "earlierCapitalisedCost": {"amount": 400000, "currency": "CNY"}}
 * </pre>
 * {@code name}, {@code costs} and {@code capitalised} are required; the others may be left out. Under the rules of
 * 2016–2020 each project's other related costs are limited by its own other five categories (国家税务总局公告2015年第97号
 * 第二条（三）); from 2021 the limit is computed over all projects (国家税务总局公告2021年第28号 第二条).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableRdProject.class)
@JsonDeserialize(as = ImmutableRdProject.class)
public abstract class RdProject {

  RdProject() {
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
   * Returns the project's name or code as the ledger names it, unique among the year's projects.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the project's R&amp;D costs of the tax year by the six categories of 财税〔2015〕119号 第一条（一）, its other
   * related costs as incurred (before the 10% limit), grant-funded parts included.
   *
   * @return the costs
   */
  public abstract RdExpensedCosts costs();

  /**
   * Returns the part of each category paid from fiscal funds (财政性资金) the enterprise treats as non-taxable income
   * (不征税收入), which does not qualify (国家税务总局公告2015年第97号 第二条（五）).
   *
   * @return the parts, each at most the category's cost, if any
   */
  public abstract Optional<RdExpensedCosts> grantFunded();

  /**
   * Returns whether the project's costs of the year are capitalised (资本化, to form an intangible asset) rather than
   * expensed (费用化, 计入当期损益).
   *
   * @return true if capitalised, not null
   */
  public abstract Boolean capitalised();

  /**
   * Returns, for a capitalised project whose intangible asset is ready for use (达到预定用途) in the tax year, the day
   * its amortisation starts; it must lie in the tax year. Absent while the project is still in development.
   *
   * @return the date, if the intangible is formed in the year
   */
  public abstract Optional<LocalDate> amortisationStart();

  /**
   * Returns, for a capitalised project, the intangible's straight-line amortisation period in months; absent for
   * the measure's default (10 years, 企业所得税法实施条例 第六十七条).
   *
   * @return the period, at least 1, if given
   */
  public abstract Optional<Integer> amortisationMonths();

  /**
   * Returns, for a capitalised project, the qualifying R&amp;D it capitalised in earlier tax years (each year's
   * qualifying amount, the limits of that year applied), which the intangible's cost includes.
   *
   * @return the amount, not negative, if any
   */
  public abstract Optional<MonetaryAmount> earlierCapitalisedCost();

  @Value.Check
  void check() {
    Args.notBlank(name(), "name");
    Args.notNull(costs(), "costs");
    Args.notNullOptional(grantFunded(), "grantFunded").ifPresent(this::checkGrantFunded);
    Args.notNull(capitalised(), "capitalised");
    Args.notNullOptional(amortisationStart(), "amortisationStart");
    Args.notNullOptional(amortisationMonths(), "amortisationMonths").ifPresent(months -> {
      if (months < 1) {
        throw new InvalidInputException("amortisationMonths", months, "must be at least 1");
      }
    });
    Args.notNullOptional(earlierCapitalisedCost(), "earlierCapitalisedCost")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "earlierCapitalisedCost"));
    if (!capitalised()) {
      onlyCapitalised(amortisationStart(), "amortisationStart");
      onlyCapitalised(amortisationMonths(), "amortisationMonths");
      onlyCapitalised(earlierCapitalisedCost(), "earlierCapitalisedCost");
    }
  }

  private void checkGrantFunded(RdExpensedCosts grant) {
    RdExpensedCosts c = costs();
    atMost(grant.personnel(), c.personnel(), "personnel");
    atMost(grant.directInputs(), c.directInputs(), "directInputs");
    atMost(grant.depreciation(), c.depreciation(), "depreciation");
    atMost(grant.intangibleAmortisation(), c.intangibleAmortisation(), "intangibleAmortisation");
    atMost(grant.newProductDesign(), c.newProductDesign(), "newProductDesign");
    atMost(grant.otherRelated(), c.otherRelated(), "otherRelated");
  }

  private static void atMost(MonetaryAmount part, MonetaryAmount whole, String category) {
    BigDecimal partYuan = Cny.yuan(part, "grantFunded/" + category);
    BigDecimal wholeYuan = Cny.yuan(whole, "costs/" + category);
    if (partYuan.compareTo(wholeYuan) > 0) {
      throw InvalidInputException.conflict("grantFunded/" + category, partYuan.toPlainString(),
          "costs/" + category, wholeYuan.toPlainString(), "must not exceed the project's cost of the category,",
          "不得超过项目该类费用");
    }
  }

  private static void onlyCapitalised(Optional<?> value, String field) {
    if (value.isPresent()) {
      throw new InvalidInputException(field, value.get(), "is for a capitalised project only: capitalised is false");
    }
  }

  /**
   * Returns the project's qualifying costs by category: its costs less the grant-funded parts.
   *
   * @return the net costs
   */
  public RdExpensedCosts qualifyingCosts() {
    if (grantFunded().isEmpty()) {
      return costs();
    }
    RdExpensedCosts c = costs();
    RdExpensedCosts g = grantFunded().get();
    return new RdExpensedCosts(minus(c.personnel(), g.personnel()), minus(c.directInputs(), g.directInputs()),
        minus(c.depreciation(), g.depreciation()), minus(c.intangibleAmortisation(), g.intangibleAmortisation()),
        minus(c.newProductDesign(), g.newProductDesign()), minus(c.otherRelated(), g.otherRelated()));
  }

  private static MonetaryAmount minus(MonetaryAmount whole, MonetaryAmount part) {
    return Cny.of(Cny.yuan(whole, "cost").subtract(Cny.yuan(part, "grantFunded")));
  }

  /**
   * Checks a tax year's projects: none null, names unique, each amortisation start within the year.
   *
   * @param projects  the projects
   * @param taxYear  the tax year
   * @param field  the list's field, such as {@code projects}
   * @throws InvalidInputException naming the culprit, such as {@code projects/1/amortisationStart}
   */
  public static void checkYear(List<RdProject> projects, int taxYear, String field) {
    Args.listCopy(projects, field);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < projects.size(); i++) {
      RdProject project = projects.get(i);
      if (!names.add(project.name())) {
        throw new InvalidInputException(field + "/" + i + "/name", project.name(), "must be unique in the year");
      }
      Optional<LocalDate> start = project.amortisationStart();
      if (start.isPresent() && start.get().getYear() != taxYear) {
        throw new InvalidInputException(field + "/" + i + "/amortisationStart", start.get(),
            "must lie in the tax year " + taxYear + ": the project's intangible is formed in the year");
      }
    }
  }

  /**
   * Builds an {@link RdProject}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableRdProject.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
