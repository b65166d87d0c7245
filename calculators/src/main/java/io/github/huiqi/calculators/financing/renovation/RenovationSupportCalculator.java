package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates the combined technical-renovation support of one project: the renovation grant and the loan interest
 * subsidy, which stack under the 小升规 three-year plan 第十条 ("对其中采用银行固定资产贷款或融资租赁方式开展技术改造的项目，
 * 还可叠加享受贷款贴息").
 * <p>
 * Each part is calculated by its own calculator ({@link RenovationGrantCalculator},
 * {@link RenovationInterestCalculator}); the total adds them: the grant is a range (the authority
 * fixes it within the maximum) and the subsidy an amount, so the total is the range
 * {@code [grant minimum + subsidy minimum, grant maximum + subsidy maximum]}. Neither cap limits the other.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * RenovationGrantMeasure grant = data.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
 * RenovationInterestMeasure interest = data.getMeasure(RenovationInterestMeasure.SHENZHEN_2022);
 * // the request: read from JSON here, or built in Java
 * RenovationSupportRequest request = HuiqiJson.read(requestJson, RenovationSupportRequest.class);
 * MonetaryAmount upTo = RenovationSupportCalculator.DEFAULT.maximumSupport(grant, interest, request);
 * RenovationSupportResult explained =
 *     RenovationSupportCalculator.DEFAULT.explainMaximumSupport(grant, interest, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = RenovationSupportCalculator.DEFAULT.explainMaximumSupportJson(grant, interest, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RenovationSupportCalculator {

  /** The calculator. */
  public static final RenovationSupportCalculator DEFAULT = new RenovationSupportCalculator();

  private static final String GRANT = "/grant";
  private static final String INTEREST = "/interest";

  private RenovationSupportCalculator() {
  }

  /**
   * Calculates the most a project can receive, grant and interest subsidy together: the fast form.
   *
   * @param grantMeasure  the grant measure, such as the built-in {@link RenovationGrantMeasure#SHENZHEN_2022}
   * @param interestMeasure  the interest subsidy measure, such as the built-in
   *     {@link RenovationInterestMeasure#SHENZHEN_2022}
   * @param request  the project
   * @return the maximum grant plus the interest subsidy, in CNY, rounded to the fen
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or a part's fact is invalid,
   *     naming it under {@code /grant} or {@code /interest}
   * @throws io.github.huiqi.core.error.MissingFactsException if either part's plain form throws it (its verdict
   *     undetermined and its amount above zero were the facts favourable, so that they leave it open), naming the
   *     facts under {@code /grant} or {@code /interest} (such as {@code /grant/eligibleProject}); a part undetermined
   *     at zero either way adds zero
   */
  public MonetaryAmount maximumSupport(RenovationGrantMeasure grantMeasure,
      RenovationInterestMeasure interestMeasure, RenovationSupportRequest request) {
    Args.notNull(grantMeasure, "grantMeasure");
    Args.notNull(interestMeasure, "interestMeasure");
    Args.notNull(request, "request");
    MonetaryAmount grant;
    MonetaryAmount subsidy;
    try {
      grant = RenovationGrantCalculator.DEFAULT.maximumGrant(grantMeasure, request.grant());
    } catch (MissingFactsException | InvalidInputException ex) {
      throw under(GRANT, ex);
    }
    try {
      subsidy = RenovationInterestCalculator.DEFAULT.subsidy(interestMeasure, request.interest());
    } catch (MissingFactsException | InvalidInputException ex) {
      throw under(INTEREST, ex);
    }
    return grant.add(subsidy);
  }

  /**
   * Calculates a project's grant, interest subsidy and stacked total, each explained.
   *
   * @param grantMeasure  the grant measure
   * @param interestMeasure  the interest subsidy measure
   * @param request  the project
   * @return the explained result; each part's missing facts are named under {@code /grant} or {@code /interest}
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or a part's fact is invalid,
   *     naming it under {@code /grant} or {@code /interest}
   */
  public RenovationSupportResult explainMaximumSupport(RenovationGrantMeasure grantMeasure,
      RenovationInterestMeasure interestMeasure, RenovationSupportRequest request) {
    Args.notNull(grantMeasure, "grantMeasure");
    Args.notNull(interestMeasure, "interestMeasure");
    Args.notNull(request, "request");
    RenovationGrantResult grant;
    RenovationInterestResult subsidy;
    try {
      grant = under(RenovationGrantCalculator.DEFAULT.explained(grantMeasure, request.grant()));
    } catch (InvalidInputException ex) {
      throw ex.at(GRANT);
    }
    try {
      subsidy = under(RenovationInterestCalculator.DEFAULT.explained(interestMeasure, request.interest()));
    } catch (InvalidInputException ex) {
      throw ex.at(INTEREST);
    }
    BigDecimal low = Cny.yuan(grant.amount().minimum(), "grant").add(Cny.yuan(subsidy.amount().minimum(), "sub"));
    BigDecimal high = Cny.yuan(grant.amount().maximum(), "grant").add(Cny.yuan(subsidy.amount().maximum(), "sub"));
    AmountRange total = new AmountRange(Cny.of(low), Cny.of(high));
    Explanation explanation = new Explanation(List.of(
        new ConditionStep(LocalizedText.of("技术改造资助与贷款贴息可叠加享受",
            "the renovation grant and the loan interest subsidy stack"), ConditionOutcome.MET,
            grantMeasure.id() + " + " + interestMeasure.id(), interestMeasure.stackingWithGrant()),
        new CalculationStep(LocalizedText.of("合计上限（资助上限 + 贴息）", "total maximum (grant maximum + subsidy)"),
            Cny.yuan(grant.amount().maximum(), "grant").toPlainString() + " + "
                + Cny.yuan(subsidy.amount().maximum(), "sub").toPlainString(), high,
            interestMeasure.stackingWithGrant()),
        new CalculationStep(LocalizedText.of("合计下限（资助下限 + 贴息下限）", "total minimum (grant minimum + subsidy)"),
            Cny.yuan(grant.amount().minimum(), "grant").toPlainString() + " + "
                + Cny.yuan(subsidy.amount().minimum(), "sub").toPlainString(), low,
            interestMeasure.stackingWithGrant())));
    RenovationSupportResult result = new RenovationSupportResult(grant, subsidy, total, explanation);
    return result.withReceipt(
        CalculatorReceipts.issue("financing.renovation-support.maximum-support", List.of(grantMeasure, interestMeasure),
        request, Optional.empty(), result));
  }

  //-------------------------------------------------------------------------
  // Each part names its facts within its own request (/eligibleProject); within the support request they are under
  // /grant or /interest, and every pointer the support calculator reports says which.

  private static RuntimeException under(String prefix, RuntimeException ex) {
    if (ex instanceof MissingFactsException missing) {
      return new MissingFactsException(missing.missingFacts().stream().map(fact -> prefix + fact).toList());
    }
    return ((InvalidInputException) ex).at(prefix);
  }

  private static Eligibility under(String prefix, Eligibility eligibility) {
    return new Eligibility(eligibility.verdict(), eligibility.reasons(),
        eligibility.missingFacts().stream().map(fact -> prefix + fact).toList());
  }

  private static RenovationGrantResult under(RenovationGrantResult part) {
    return new RenovationGrantResult(part.measure(), part.documentStatus(), under(GRANT, part.eligibility()),
        part.rate(), part.amount(), part.bindingLimit(), part.explanation());
  }

  private static RenovationInterestResult under(RenovationInterestResult part) {
    return new RenovationInterestResult(part.measure(), part.documentStatus(), under(INTEREST, part.eligibility()),
        part.subsidisedYears(), part.interestCounted(), part.amount(), part.bindingLimit(), part.payments(),
        part.explanation());
  }

  /**
   * Calculates a project's combined support from a JSON request and returns the explained result as JSON.
   *
   * @param grantMeasure  the grant measure
   * @param interestMeasure  the interest subsidy measure
   * @param requestJson  a {@link RenovationSupportRequest} as JSON
   * @return a {@link RenovationSupportResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /interest/payments/0/interestPaid})
   */
  public String explainMaximumSupportJson(RenovationGrantMeasure grantMeasure,
      RenovationInterestMeasure interestMeasure, String requestJson) {
    Args.notNull(grantMeasure, "grantMeasure");
    Args.notNull(interestMeasure, "interestMeasure");
    RenovationSupportRequest request = HuiqiJson.read(requestJson, RenovationSupportRequest.class);
    return HuiqiJson.write(explainMaximumSupport(grantMeasure, interestMeasure, request));
  }
}
