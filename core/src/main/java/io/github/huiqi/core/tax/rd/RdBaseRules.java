package io.github.huiqi.core.tax.rd;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How the base of the R&amp;D super deduction is gathered (研发费用归集) before the rate applies: the scope of the
 * other-costs limit by tax year, the share of entrusted R&amp;D that counts, and the rules that take amounts out of
 * the base, each cited to its instrument.
 * <p>
 * The built-in rules (pack of 深工信〔2023〕26号, each [EXT-K] as recalled, see the citations' notes): the limit per
 * project for 2016–2020 (国家税务总局公告2015年第97号 第二条（三）) and pooled from 2021 (国家税务总局公告2021年第28号 第二条);
 * entrusted R&amp;D at 80% of its price (财税〔2015〕119号 第二条); R&amp;D entrusted to an overseas entity at 80% from
 * 2018, at most 2/3 of the domestic qualifying R&amp;D (财税〔2018〕64号 第一条), and nothing before; R&amp;D entrusted to an
 * overseas individual never (64号); costs paid from grants treated as non-taxable income excluded (97号 第二条（五）);
 * special income from R&amp;D by-products deducted (国家税务总局公告2017年第40号 第七条（二）); the materials of R&amp;D
 * products sold deducted, any excess carried forward (40号 第二条（二）); the lines of 《研发费用加计扣除优惠明细表》
 * (A107012).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param otherCostsScopes  the scope of the other-costs limit, each valid for whole tax years; at least one, none
 *     overlapping another
 * @param entrustedShare  the share of the price of R&amp;D entrusted to a domestic entity or individual that counts,
 *     80%; above 0% and at most 100%
 * @param overseasEntrustedShare  the share of the price of R&amp;D entrusted to an overseas entity that counts, 80%,
 *     valid for the tax years it applies to (before, such R&amp;D counts nothing); above 0% and at most 100%
 * @param overseasCapOfDomestic  the most the counted overseas R&amp;D may reach, as a fraction of the domestic
 *     qualifying R&amp;D (the enterprise's own plus the counted domestic entrusted R&amp;D), 2/3; valid as
 *     {@code overseasEntrustedShare}
 * @param costCategories  the six categories of R&amp;D costs that qualify (财税〔2015〕119号 第一条（一）)
 * @param overseasIndividualExcluded  the rule that R&amp;D entrusted to an overseas individual counts nothing
 * @param grantsExcluded  the rule that costs paid from fiscal funds treated as non-taxable income do not qualify
 * @param specialIncome  the rule deducting special income from R&amp;D by-products, the base floored at zero
 * @param soldProductMaterials  the rule deducting the materials of R&amp;D products sold, any excess carried forward
 * @param form  the form the amounts are filed on, 《研发费用加计扣除优惠明细表》 (A107012), for its line names
 */
public record RdBaseRules(
    List<Parameter<RdOtherCostsScope>> otherCostsScopes,
    Parameter<Rate> entrustedShare,
    Parameter<Rate> overseasEntrustedShare,
    Parameter<RdFraction> overseasCapOfDomestic,
    Citation costCategories,
    Citation overseasIndividualExcluded,
    Citation grantsExcluded,
    Citation specialIncome,
    Citation soldProductMaterials,
    Citation form) {

  /**
   * Creates the rules, checking their invariants.
   *
   * @throws InvalidInputException if a field is null, a share is not above 0% and at most 100%, the scopes are
   *     empty or overlap, or the overseas cap's validity differs from the overseas share's; naming the field
   */
  public RdBaseRules {
    otherCostsScopes = Args.listCopy(otherCostsScopes, "otherCostsScopes");
    if (otherCostsScopes.isEmpty()) {
      throw new InvalidInputException("otherCostsScopes", "[]", "must hold at least one scope");
    }
    for (int i = 1; i < otherCostsScopes.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (overlap(otherCostsScopes.get(i).validity(), otherCostsScopes.get(j).validity())) {
          throw new InvalidInputException("otherCostsScopes/" + i + "/validity", otherCostsScopes.get(i).validity(),
              "must not overlap the scope at otherCostsScopes/" + j);
        }
      }
    }
    share(entrustedShare, "entrustedShare");
    share(overseasEntrustedShare, "overseasEntrustedShare");
    Args.notNull(overseasCapOfDomestic, "overseasCapOfDomestic");
    if (!overseasCapOfDomestic.validity().equals(overseasEntrustedShare.validity())) {
      throw new InvalidInputException("overseasCapOfDomestic/validity", overseasCapOfDomestic.validity(),
          "must be the validity of overseasEntrustedShare, " + overseasEntrustedShare.validity());
    }
    Args.notNull(costCategories, "costCategories");
    Args.notNull(overseasIndividualExcluded, "overseasIndividualExcluded");
    Args.notNull(grantsExcluded, "grantsExcluded");
    Args.notNull(specialIncome, "specialIncome");
    Args.notNull(soldProductMaterials, "soldProductMaterials");
    Args.notNull(form, "form");
  }

  private static boolean overlap(DateRange a, DateRange b) {
    boolean aStartsInTime = b.end().isEmpty() || !a.start().isAfter(b.end().get());
    boolean bStartsInTime = a.end().isEmpty() || !b.start().isAfter(a.end().get());
    return aStartsInTime && bStartsInTime;
  }

  private static void share(Parameter<Rate> share, String field) {
    Args.notNull(share, field);
    if (share.value().compareTo(Rate.ZERO) <= 0 || share.value().compareTo(Rate.ONE_HUNDRED_PERCENT) > 0) {
      throw new InvalidInputException(field + "/value", share.value(), "must be above 0% and at most 100%");
    }
  }

  /**
   * Finds the scope of the other-costs limit for a whole tax year.
   *
   * @param taxYear  the tax year
   * @return the scope valid on the year's 1 January and 31 December, if any
   */
  public Optional<Parameter<RdOtherCostsScope>> findOtherCostsScope(int taxYear) {
    for (Parameter<RdOtherCostsScope> scope : otherCostsScopes) {
      if (coversYear(scope, taxYear)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks whether R&amp;D entrusted to an overseas entity counts in a tax year: whether the overseas share is valid
   * on the year's 1 January and 31 December.
   *
   * @param taxYear  the tax year
   * @return true if it counts (at the share, within the cap)
   */
  public boolean overseasCounts(int taxYear) {
    return coversYear(overseasEntrustedShare, taxYear);
  }

  private static boolean coversYear(Parameter<?> parameter, int taxYear) {
    return parameter.isValidOn(LocalDate.of(taxYear, 1, 1)) && parameter.isValidOn(LocalDate.of(taxYear, 12, 31));
  }
}
