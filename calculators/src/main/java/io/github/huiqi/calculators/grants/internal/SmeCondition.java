package io.github.huiqi.calculators.grants.internal;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 中小企业 condition of a grant whose clause names its population (such as 沪企服办〔2023〕1号 第八条 "对中小企业与
 * 数字化服务商签订的服务合同"): a large enterprise is ineligible; a medium, small or micro one passes; a size not known
 * leaves the outcome at most undetermined, naming {@code /size} and the amount from zero. Applied by the grant
 * calculators to their request's {@code size}, so the enterprise evaluators, which build the request from the
 * profile (the engine classifies a profile that gives figures instead), report the same. Not part of the public API.
 */
public final class SmeCondition {

  private static final String FACT = "/size";
  private static final LocalizedText TEXT = LocalizedText.of("中小企业（中型、小型、微型）",
      "an SME (medium, small or micro)");

  private SmeCondition() {
  }

  /**
   * Applies the condition to a measure's own verdict, amount, missing facts and (when explaining) eligibility.
   *
   * @param rule  the measure's citation of its population; empty for a measure open to any size
   * @param size  the enterprise's size class, if known
   * @param verdict  the measure's own verdict
   * @param amount  the measure's own amount
   * @param missing  the measure's own missing facts (even when eligible)
   * @param eligibility  the measure's own eligibility (when explaining), or null
   * @return the verdict, amount, missing facts and eligibility after the condition; the eligibility null when the
   *     given one is
   */
  public static Applied apply(Optional<Citation> rule, Optional<EnterpriseSize> size, Verdict verdict,
      OutcomeAmount amount, List<String> missing, Eligibility eligibility) {
    if (rule.isEmpty()) {
      return new Applied(verdict, amount, missing, eligibility);
    }
    Optional<Boolean> sme = size.map(each -> each != EnterpriseSize.LARGE);
    boolean large = sme.isPresent() && !sme.get();
    Verdict result = verdict;
    OutcomeAmount shown = amount;
    List<String> facts = missing;
    if (large) {
      result = Verdict.INELIGIBLE;
      shown = OutcomeAmount.ZERO;
      facts = List.of();
    } else if (sme.isEmpty() && verdict != Verdict.INELIGIBLE) {
      result = Verdict.UNDETERMINED;
      shown = amount.maximum().map(OutcomeAmount::upTo).orElse(OutcomeAmount.atLeast(Cny.ZERO));
      List<String> all = new ArrayList<>(missing.size() + 1);
      all.add(FACT);
      all.addAll(missing);
      facts = List.copyOf(all);
    }
    if (eligibility == null) {
      return new Applied(result, shown, facts, null);
    }
    List<Reason> reasons = new ArrayList<>();
    if (result != Verdict.INELIGIBLE || large) {
      reasons.add(new Reason(large ? "not-sme" : "sme", TEXT, rule.get()));
    }
    if (!large) {
      reasons.addAll(eligibility.reasons());
    }
    return new Applied(result, shown, facts,
        new Eligibility(result, reasons, result == Verdict.UNDETERMINED ? facts : List.of()));
  }

  /**
   * A verdict after the condition.
   *
   * @param verdict  the verdict
   * @param amount  the amount, zero when ineligible
   * @param missingFacts  the missing facts, {@code /size} first when the size decides
   * @param eligibility  the eligibility, or null when not explaining
   */
  public record Applied(Verdict verdict, OutcomeAmount amount, List<String> missingFacts, Eligibility eligibility) {
  }
}
