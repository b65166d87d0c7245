package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A per-enterprise cap shared by an enterprise's loans, as in the first-loan subsidies ("单户企业贴息金额最高20万元") and
 * the small-micro guarantee-fee subsidy ("每家企业每年资助上限"): allocates one cap to eligible loans in drawdown order
 * (then request order) and combines the loans' verdicts. Only the verdicts are needed to allocate, so that a plain
 * form that builds no {@link Eligibility} can use it too. Not part of the public API.
 */
public final class EnterpriseCap {

  private EnterpriseCap() {
  }

  /**
   * One loan's subsidy before the cap.
   *
   * @param drawdownDate  the drawdown date, which orders the allocation
   * @param verdict  the loan's verdict
   * @param computed  the loan's own subsidy (for an undetermined loan, what it would earn), rounded
   */
  public record Part(LocalDate drawdownDate, Verdict verdict, BigDecimal computed) {
  }

  /**
   * The cap's allocation.
   *
   * @param total  what the eligible loans receive together, at most the cap
   * @param possible  what eligible and undetermined loans would receive together, at most the cap
   * @param beforeCap  the eligible loans' sum before the cap
   * @param possibleBeforeCap  the eligible and undetermined loans' sum before the cap: {@code beforeCap} when no loan
   *     is undetermined
   * @param paid  each loan's share of the total, in request order; zero (at the loan's scale) for loans not eligible
   * @param binding  whether the cap reduced the total
   * @param topBinding  whether the cap reduced the possible sum, the amount's upper end (the total's when exact): a
   *     sum that only reaches the cap's figure is not reduced (decisions register §4.6 items 88 and 92)
   */
  public record Allocation(BigDecimal total, BigDecimal possible, BigDecimal beforeCap, BigDecimal possibleBeforeCap,
      List<BigDecimal> paid, boolean binding, boolean topBinding) {

    /**
     * Adds to an explanation, after the cap's step over the eligible loans ({@code beforeCap → total}), the cap over
     * the eligible and undetermined loans together ({@code possibleBeforeCap → possible}) where undetermined loans
     * would add to the sum: the amount's upper end, so that an open amount's top is traced to the cap too, not only
     * its certain part. Adds nothing where no undetermined loan would add to it.
     *
     * @param steps  the explanation
     * @param name  the cap's name, as the first step gives it
     * @param cap  the cap, in yuan
     * @param citation  the clause that sets the cap
     */
    public void explainOpen(StepTrace steps, LocalizedText name, BigDecimal cap, Citation citation) {
      if (possibleBeforeCap.compareTo(beforeCap) != 0) {
        steps.add(() -> new CapStep(LocalizedText.of(name.zh() + "（含待定贷款：金额上限）",
            name.en() + ", with the loans not yet decided (the amount's upper end)"), cap, possibleBeforeCap, possible,
            citation));
      }
    }
  }

  /**
   * Allocates the cap.
   *
   * @param parts  the loans, in request order
   * @param cap  the cap, positive
   * @return the allocation
   */
  public static Allocation allocate(List<Part> parts, BigDecimal cap) {
    List<Integer> order = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> parts.get(i).drawdownDate()).thenComparing(i -> i));
    BigDecimal[] paid = new BigDecimal[parts.size()];
    BigDecimal remaining = cap;
    // at the cap's scale, so that no eligible loan reads "0.00 → 0.00" in the cap's step, as an amount does
    BigDecimal eligibleSum = BigDecimal.ZERO.setScale(cap.scale());
    BigDecimal possibleSum = eligibleSum;
    for (int i : order) {
      Part part = parts.get(i);
      Verdict verdict = part.verdict();
      paid[i] = BigDecimal.ZERO.setScale(part.computed().scale());
      if (verdict == Verdict.ELIGIBLE) {
        paid[i] = part.computed().min(remaining);
        remaining = remaining.subtract(paid[i]);
        eligibleSum = eligibleSum.add(part.computed());
      }
      if (verdict != Verdict.INELIGIBLE) {
        possibleSum = possibleSum.add(part.computed());
      }
    }
    return new Allocation(eligibleSum.min(cap), possibleSum.min(cap), eligibleSum, possibleSum, List.of(paid),
        eligibleSum.compareTo(cap) > 0, possibleSum.compareTo(cap) > 0);
  }

  /**
   * Combines the loans' verdicts: eligible if any loan is; otherwise undetermined if any loan is, naming every
   * missing fact once; otherwise ineligible with each failed condition once. The combined {@link Eligibility} is
   * built only when every loan's decision carries one (the explaining form).
   *
   * @param loans  the loans' decisions
   * @return the enterprise's decision
   */
  public static TracedCondition.Decision combine(List<TracedCondition.Decision> loans) {
    boolean anyUndetermined = false;
    for (TracedCondition.Decision loan : loans) {
      if (loan.verdict() == Verdict.ELIGIBLE) {
        return new TracedCondition.Decision(Verdict.ELIGIBLE, List.of(), loan.eligibility());
      }
      anyUndetermined |= loan.verdict() == Verdict.UNDETERMINED;
    }
    Verdict combined = anyUndetermined ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
    // made only when needed: the plain form has no reasons, and an ineligible firm no missing facts
    Map<String, Reason> reasons = null;
    LinkedHashSet<String> missing = null;
    boolean explained = true;
    for (TracedCondition.Decision loan : loans) {
      explained &= loan.eligibility() != null;
      if (loan.verdict() == combined) {
        if (!loan.missingFacts().isEmpty()) {
          missing = missing == null ? new LinkedHashSet<>() : missing;
          missing.addAll(loan.missingFacts());
        }
        if (loan.eligibility() != null) {
          reasons = reasons == null ? new LinkedHashMap<>() : reasons;
          for (Reason reason : loan.eligibility().reasons()) {
            reasons.putIfAbsent(reason.code(), reason);
          }
        }
      }
    }
    List<String> facts = missing == null ? List.of() : List.copyOf(missing);
    Eligibility eligibility = explained
        ? new Eligibility(combined, reasons == null ? List.of() : List.copyOf(reasons.values()), facts) : null;
    return new TracedCondition.Decision(combined, facts, eligibility);
  }
}
