package io.github.huiqi.calculators.classification.techrating;

import io.github.huiqi.core.classification.techrating.TechRatingFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A request to evaluate a firm as a 科技型中小企业 for one year: its size, its scored facts, the exclusions and the
 * direct routes, each optional (absent = not known).
 * <p>
 * In JSON: {@code {"staff": 100, "techStaff": 30, "sales": {...}, "totalAssets": {...}, "rdExpense": {...},
 * "costsAndExpenses": {...}, "classOneIp": 0, "classTwoIp": 4, "residentEnterprise": true, "permittedProducts": true,
 * "noMajorIncidents": true, "notOnLists": true, "directConfirmation": false}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param staff  职工总数, zero or more
 * @param techStaff  科技人员, zero or more
 * @param sales  the year's sales (销售收入), CNY, zero or more
 * @param totalAssets  total assets, CNY, zero or more
 * @param rdExpense  研发费用总额, CNY, zero or more
 * @param costsAndExpenses  成本费用总额, CNY, zero or more
 * @param classOneIp  Ⅰ类知识产权 held, zero or more
 * @param classTwoIp  Ⅱ类知识产权 held, zero or more
 * @param residentEnterprise  a resident enterprise registered in mainland China
 * @param permittedProducts  products and services not prohibited, restricted or obsolete
 * @param noMajorIncidents  no major safety, quality, environmental or research-integrity incident in the prior and
 *     current year
 * @param notOnLists  not on the abnormal-operation list or the serious-dishonesty list
 * @param directConfirmation  whether a direct route applies (valid 高新技术企业, national award, provincial R&amp;D
 *     institution, a standard led), which replaces the scores
 */
public record TechRatingRequest(
    Optional<Integer> staff,
    Optional<Integer> techStaff,
    Optional<MonetaryAmount> sales,
    Optional<MonetaryAmount> totalAssets,
    Optional<MonetaryAmount> rdExpense,
    Optional<MonetaryAmount> costsAndExpenses,
    Optional<Integer> classOneIp,
    Optional<Integer> classTwoIp,
    Optional<Boolean> residentEnterprise,
    Optional<Boolean> permittedProducts,
    Optional<Boolean> noMajorIncidents,
    Optional<Boolean> notOnLists,
    Optional<Boolean> directConfirmation) {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or negative, or techStaff exceeds
   *     staff, naming it
   */
  public TechRatingRequest {
    count(staff, "staff");
    count(techStaff, "techStaff");
    if (staff.isPresent() && techStaff.isPresent() && techStaff.get() > staff.get()) {
      // 科技人员 are counted among 职工总数 (科技型中小企业评价办法 附件 评价指标): the share cannot exceed 100%
      throw InvalidInputException.conflict("techStaff", techStaff.get(), "staff", staff.get(), "must not exceed",
          "不得超过");
    }
    amount(sales, "sales");
    amount(totalAssets, "totalAssets");
    amount(rdExpense, "rdExpense");
    amount(costsAndExpenses, "costsAndExpenses");
    count(classOneIp, "classOneIp");
    count(classTwoIp, "classTwoIp");
    Args.notNullOptional(residentEnterprise, "residentEnterprise");
    Args.notNullOptional(permittedProducts, "permittedProducts");
    Args.notNullOptional(noMajorIncidents, "noMajorIncidents");
    Args.notNullOptional(notOnLists, "notOnLists");
    Args.notNullOptional(directConfirmation, "directConfirmation");
  }

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
    return new TechRatingRequest(figures.flatMap(EnterpriseYear::employees),
        facts.flatMap(TechRatingFacts::techStaff), figures.flatMap(EnterpriseYear::revenue),
        figures.flatMap(EnterpriseYear::totalAssets), facts.flatMap(TechRatingFacts::rdExpense),
        facts.flatMap(TechRatingFacts::costsAndExpenses), facts.flatMap(TechRatingFacts::classOneIp),
        facts.flatMap(TechRatingFacts::classTwoIp), Optional.empty(), Optional.empty(), Optional.empty(), notListed,
        direct);
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
    return new TechRatingRequest(staff, techStaff, sales, totalAssets, rdExpense, costsAndExpenses, classOneIp,
        classTwoIp, Optional.of(resident), Optional.of(permitted), Optional.of(noIncidents), Optional.of(notListed),
        Optional.of(direct));
  }

  private static void count(Optional<Integer> value, String field) {
    Args.notNullOptional(value, field).ifPresent(count -> Args.notNegative(count, field));
  }

  private static void amount(Optional<MonetaryAmount> value, String field) {
    Args.notNullOptional(value, field).ifPresent(amount -> Cny.notNegativeYuan(amount, field));
  }
}
