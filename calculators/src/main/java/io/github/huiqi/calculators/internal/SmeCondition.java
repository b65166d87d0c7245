package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 中小企业 condition of a grant whose clause names its population (such as 沪企服办〔2023〕1号 第八条 "对中小企业与
 * 数字化服务商签订的服务合同"): a large enterprise is ineligible; a medium, small or micro one passes; a size not known
 * leaves the outcome at most undetermined, naming {@code /size} and the amount from zero. Applied by the enterprise
 * evaluators, which read the profile's size (the engine classifies a profile that gives figures instead). Not part
 * of the public API.
 */
public final class SmeCondition {

  private static final String FACT = "/size";
  private static final LocalizedText TEXT = LocalizedText.of("中小企业（中型、小型、微型）",
      "an SME (medium, small or micro)");

  private SmeCondition() {
  }

  /**
   * Sets the verdict, amount, missing facts and (when explaining) the first reason of an outcome under the condition.
   *
   * @param rule  the measure's citation of its population; empty for a measure open to any size
   * @param profile  the enterprise
   * @param builder  the outcome's builder, its other fields set
   * @param verdict  the measure's own verdict
   * @param amount  the measure's own amount
   * @param missing  the measure's own missing facts
   * @param reasons  the measure's own reasons (when explaining), or null
   * @return the verdict after the condition
   */
  public static Verdict apply(Optional<Citation> rule, EnterpriseProfile profile, MeasureOutcome.Builder builder,
      Verdict verdict, OutcomeAmount amount, List<String> missing, List<Reason> reasons) {
    Optional<Boolean> sme = rule.isEmpty() ? Optional.of(true)
        : profile.size().map(size -> size != EnterpriseSize.LARGE);
    Verdict result = verdict;
    OutcomeAmount shown = amount;
    List<String> facts = missing;
    if (sme.isPresent() && !sme.get()) {
      result = Verdict.INELIGIBLE;
      shown = OutcomeAmount.ZERO;
      facts = List.of();
    } else if (sme.isEmpty() && verdict != Verdict.INELIGIBLE) {
      result = Verdict.UNDETERMINED;
      shown = amount.maximum().map(OutcomeAmount::upTo).orElse(OutcomeAmount.atLeast(Cny.ZERO));
      facts = new ArrayList<>();
      facts.add(FACT);
      facts.addAll(missing);
    }
    builder.verdict(result).amount(shown).addAllMissingFacts(facts);
    if (reasons != null) {
      List<Reason> all = new ArrayList<>();
      if (rule.isPresent() && (result != Verdict.INELIGIBLE || sme.isPresent() && !sme.get())) {
        all.add(new Reason(sme.isPresent() && !sme.get() ? "not-sme" : "sme", TEXT, rule.get()));
      }
      if (result != Verdict.INELIGIBLE || sme.orElse(true)) {
        all.addAll(reasons);
      }
      builder.addAllReasons(all);
    }
    return result;
  }
}
