package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renovation grant and the renovation loan interest subsidy stack (小升规方案 第十条: "对其中采用银行固定资产贷款或
 * 融资租赁方式开展技术改造的项目，还可叠加享受贷款贴息"): both count, and each outcome says so.
 * <p>
 * When a grant outcome ({@link RenovationGrantMeasure}) and an interest-subsidy outcome
 * ({@link RenovationInterestMeasure}) of the same policy document are both present, neither ineligible and both
 * counted in the total (an outcome whose window is not open, or of a draft, stacks with nothing), the rule
 * adds to each a note coded {@value #CODE} citing the interest measure's
 * {@link RenovationInterestMeasure#stackingWithGrant()} clause. Nothing else changes: not the amounts, the verdicts
 * nor {@link MeasureOutcome#countedInTotal()}; the caps stay each measure's own. The note is added in the plain form
 * too: it is part of the answer (both count), not of the explanation.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RenovationStackingRule implements StackingRule {

  /** The rule's code, and the code of the note it adds. */
  public static final String CODE = "renovation-grant-and-interest-stack";

  /** The rule. */
  public static final RenovationStackingRule DEFAULT = new RenovationStackingRule();

  private RenovationStackingRule() {
  }

  /**
   * Returns the rule's code.
   *
   * @return {@value #CODE}
   */
  @Override
  public String code() {
    return CODE;
  }

  /**
   * Returns the measures the rule concerns: the renovation grant and the renovation interest subsidy.
   *
   * @return {@code RenovationGrantMeasure} and {@code RenovationInterestMeasure}
   */
  @Override
  public List<Class<? extends Measure>> measureClasses() {
    return List.of(RenovationGrantMeasure.class, RenovationInterestMeasure.class);
  }

  /**
   * Adds the stacking note to each renovation grant and interest-subsidy outcome whose counterpart of the same
   * document is present and not ineligible.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise (not read)
   * @param context  the evaluation context (not read)
   * @param catalog  the catalogue, to recognise the renovation measures
   * @param explain  whether the outcomes are explained (the note is added in both forms)
   * @return the outcomes, the same size and order, the two renovation outcomes noted when they stack
   * @throws io.github.huiqi.core.error.InvalidInputException if the outcomes or the catalogue is null
   */
  @Override
  public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    List<MeasureOutcome> given = Args.listCopy(outcomes, "outcomes");
    Args.notNull(catalog, "catalog");
    // the maps only once a live renovation outcome is seen: most enterprises have none
    Map<DocumentId, Integer> grants = null;
    Map<DocumentId, Integer> interests = null;
    Measure[] measures = catalog.measuresOf(given);
    for (int i = 0; i < given.size(); i++) {
      // an outcome out of the total (ineligible, its window not open, a draft) stacks with nothing: the note says
      // both count
      Measure measure = measures[i];
      boolean renovation = measure instanceof RenovationGrantMeasure || measure instanceof RenovationInterestMeasure;
      // the measure's type first: most outcomes are of other measures, and their fields need not be read
      if (!renovation || given.get(i).verdict() == Verdict.INELIGIBLE || !given.get(i).countedInTotal()) {
        continue;
      }
      if (measure instanceof RenovationGrantMeasure) {
        grants = grants == null ? new LinkedHashMap<>() : grants;
        grants.putIfAbsent(measure.clause().document(), i);
      } else if (measure instanceof RenovationInterestMeasure) {
        interests = interests == null ? new LinkedHashMap<>() : interests;
        interests.putIfAbsent(measure.clause().document(), i);
      }
    }
    if (grants == null || interests == null) {
      return given;
    }
    List<MeasureOutcome> result = new ArrayList<>(given);
    for (Map.Entry<DocumentId, Integer> interest : interests.entrySet()) {
      Integer grant = grants.get(interest.getKey());
      if (grant == null) {
        continue;
      }
      MeasureOutcome interestOutcome = result.get(interest.getValue());
      RenovationInterestMeasure measure = (RenovationInterestMeasure) catalog.get(interestOutcome.measure()).measure();
      Reason note = new Reason(CODE, LocalizedText.of("技术改造资助与贷款贴息可叠加享受，两项均计入",
          "the renovation grant and the loan interest subsidy stack: both count"), measure.stackingWithGrant());
      result.set(grant, result.get(grant).withNote(note));
      result.set(interest.getValue(), interestOutcome.withNote(note));
    }
    return List.copyOf(result);
  }
}
