package io.github.huiqi.calculators.classification.techrating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.classification.techrating.TechRatingFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request to evaluate a firm as a 科技型中小企业 for one year: its size, its scored facts, the exclusions and the
 * direct routes, each optional (absent = not known).
 * <p>
 * In JSON: {@code {"staff": 100, "techStaff": 30, "sales": {...}, "totalAssets": {...}, "rdExpense": {...},
 * "costsAndExpenses": {...}, "classOneIp": 0, "classTwoIp": 4, "residentEnterprise": true, "permittedProducts": true,
 * "noMajorIncidents": true, "notOnLists": true, "directConfirmation": false}}.
 * <p>
 * Build with {@link #builder()}, or from a profile's year with {@link #from}:
 * <pre>
 * TechRatingRequest request = TechRatingRequest.builder()
 *     .staff(100).techStaff(30).sales(Cny.of("10000000")).totalAssets(Cny.of("50000000"))
 *     .rdExpense(Cny.of("600000")).costsAndExpenses(Cny.of("9000000")).classOneIp(0).classTwoIp(4)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.

 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableTechRatingRequest.class)
@JsonDeserialize(as = ImmutableTechRatingRequest.class)
public abstract class TechRatingRequest {

  TechRatingRequest() {
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
   * Returns the staff (职工总数), zero or more.
   *
   * @return the value, if known
   */
  public abstract Optional<Integer> staff();

  /**
   * Returns the technical staff (科技人员), zero or more, at most {@code staff}.
   *
   * @return the value, if known
   */
  public abstract Optional<Integer> techStaff();

  /**
   * Returns the year's sales (销售收入), CNY, zero or more.
   *
   * @return the value, if known
   */
  public abstract Optional<MonetaryAmount> sales();

  /**
   * Returns the total assets, CNY, zero or more.
   *
   * @return the value, if known
   */
  public abstract Optional<MonetaryAmount> totalAssets();

  /**
   * Returns the R&amp;D expense (研发费用总额), CNY, zero or more.
   *
   * @return the value, if known
   */
  public abstract Optional<MonetaryAmount> rdExpense();

  /**
   * Returns the costs and expenses (成本费用总额), CNY, zero or more.
   *
   * @return the value, if known
   */
  public abstract Optional<MonetaryAmount> costsAndExpenses();

  /**
   * Returns the Ⅰ类知识产权 held, zero or more.
   *
   * @return the value, if known
   */
  public abstract Optional<Integer> classOneIp();

  /**
   * Returns the Ⅱ类知识产权 held, zero or more.
   *
   * @return the value, if known
   */
  public abstract Optional<Integer> classTwoIp();

  /**
   * Returns whether the firm is a resident enterprise registered in mainland China.
   *
   * @return the value, if known
   */
  public abstract Optional<Boolean> residentEnterprise();

  /**
   * Returns whether the products and services are not prohibited, restricted or obsolete.
   *
   * @return the value, if known
   */
  public abstract Optional<Boolean> permittedProducts();

  /**
   * Returns whether there was no major safety, quality, environmental or research-integrity incident in
   *     the prior and current year.
   *
   * @return the value, if known
   */
  public abstract Optional<Boolean> noMajorIncidents();

  /**
   * Returns whether the firm is not on the abnormal-operation list or the serious-dishonesty list.
   *
   * @return the value, if known
   */
  public abstract Optional<Boolean> notOnLists();

  /**
   * Returns whether a direct route applies (valid 高新技术企业, national award, provincial R&amp;D
   *     institution, a standard led), which replaces the scores.
   *
   * @return the value, if known
   */
  public abstract Optional<Boolean> directConfirmation();

  /**
   * Obtains the request of a profile's year: {@code staff}, {@code sales} and {@code totalAssets} from the year's
   * {@code employees}, {@code revenue} and {@code totalAssets}; the scored facts from its {@code techRating};
   * {@code notOnLists} false when the profile is on the serious-dishonesty list (else not known); and the direct
   * route known to apply when the profile holds {@code highTech} with dates, where given, that reach the year
   * (granted on or before its last day, valid on or after its first: "有效期内", 评价办法 第六条), else not known.
   * The other exclusions are not in the profile and stay unknown: a caller adds them with {@link #withConditions}.
   *
   * @param profile  the enterprise
   * @param year  the year, one of the profile's
   * @return the request
   * @throws io.github.huiqi.core.error.InvalidInputException if the profile is null
   */
  public static TechRatingRequest from(EnterpriseProfile profile, int year) {
    Args.notNull(profile, "profile");
    Optional<EnterpriseYear> figures = profile.year(year);
    Optional<TechRatingFacts> facts = figures.flatMap(EnterpriseYear::techRating);
    Optional<Boolean> notListed = profile.onSeriousDishonestyList().filter(Boolean::booleanValue).map(on -> false);
    // 有效期内高新技术企业资格证书: a certificate expired before the year or granted after it does not confirm the firm
    Optional<Boolean> direct = profile.highTech().filter(q -> q.held()
        && q.since().map(since -> since.getYear() <= year).orElse(true)
        && q.until().map(until -> until.getYear() >= year).orElse(true)).map(q -> true);
    return builder()
        .staff(figures.flatMap(EnterpriseYear::employees))
        .techStaff(facts.flatMap(TechRatingFacts::techStaff))
        .sales(figures.flatMap(EnterpriseYear::revenue))
        .totalAssets(figures.flatMap(EnterpriseYear::totalAssets))
        .rdExpense(facts.flatMap(TechRatingFacts::rdExpense))
        .costsAndExpenses(facts.flatMap(TechRatingFacts::costsAndExpenses))
        .classOneIp(facts.flatMap(TechRatingFacts::classOneIp))
        .classTwoIp(facts.flatMap(TechRatingFacts::classTwoIp))
        .notOnLists(notListed)
        .directConfirmation(direct)
        .build();
  }

  /**
   * Returns a copy with the exclusions and the direct route set.
   *
   * @param resident  a resident enterprise
   * @param permitted  products permitted
   * @param noIncidents  no major incident
   * @param notListed  not on the lists
   * @param direct  a direct route applies
   * @return the copy
   */
  public TechRatingRequest withConditions(boolean resident, boolean permitted, boolean noIncidents, boolean notListed,
      boolean direct) {
    return builder().from(this).residentEnterprise(resident).permittedProducts(permitted)
        .noMajorIncidents(noIncidents).notOnLists(notListed).directConfirmation(direct).build();
  }

  @Value.Check
  void check() {
    count(staff(), "staff");
    count(techStaff(), "techStaff");
    if (staff().isPresent() && techStaff().isPresent() && techStaff().get() > staff().get()) {
      // 科技人员 are counted among 职工总数 (科技型中小企业评价办法 附件 评价指标): the share cannot exceed 100%
      throw InvalidInputException.conflict("techStaff", techStaff().get(), "staff", staff().get(), "must not exceed",
          "不得超过");
    }
    amount(sales(), "sales");
    amount(totalAssets(), "totalAssets");
    amount(rdExpense(), "rdExpense");
    amount(costsAndExpenses(), "costsAndExpenses");
    count(classOneIp(), "classOneIp");
    count(classTwoIp(), "classTwoIp");
  }

  private static void count(Optional<Integer> value, String field) {
    value.ifPresent(count -> Args.notNegative(count, field));
  }

  private static void amount(Optional<MonetaryAmount> value, String field) {
    value.ifPresent(amount -> Cny.notNegativeYuan(amount, field));
  }

  /**
   * Builds a {@link TechRatingRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a count or an amount is negative, or {@code techStaff} exceeds {@code staff},
   * naming it.
   */
  public static class Builder extends ImmutableTechRatingRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
