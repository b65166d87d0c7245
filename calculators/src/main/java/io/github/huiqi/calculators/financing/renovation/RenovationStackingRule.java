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
import java.util.List;

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
    Measure[] measures = catalog.measuresOf(given);
    // copied only once a pair stacks: most enterprises have no live renovation outcome
    MeasureOutcome[] result = null;
    for (int i = 0; i < measures.length; i++) {
      // each document's first live interest subsidy, with the document's first live grant
      if (!(measures[i] instanceof RenovationInterestMeasure interest)) {
        continue;
      }
      DocumentId document = interest.clause().document();
      if (firstLive(measures, given, RenovationInterestMeasure.class, document) != i) {
        continue;
      }
      int grant = firstLive(measures, given, RenovationGrantMeasure.class, document);
      if (grant < 0) {
        continue;
      }
      Reason note = new Reason(CODE, LocalizedText.of("技术改造资助与贷款贴息可叠加享受，两项均计入",
          "the renovation grant and the loan interest subsidy stack: both count"), interest.stackingWithGrant());
      result = result == null ? given.toArray(new MeasureOutcome[0]) : result;
      result[grant] = result[grant].withNote(note);
      result[i] = result[i].withNote(note);
    }
    return result == null ? given : List.of(result);
  }

  /**
   * The position of the first outcome of a type's measure of a document that is live: not ineligible and counted in
   * the total (an outcome out of the total, its window not open or of a draft, stacks with nothing: the note says
   * both count); -1 if none is.
   */
  private static int firstLive(Measure[] measures, List<MeasureOutcome> outcomes, Class<? extends Measure> type,
      DocumentId document) {
    for (int i = 0; i < measures.length; i++) {
      // the measure's type first: most outcomes are of other measures, and their fields need not be read
      if (type.isInstance(measures[i]) && measures[i].clause().document().equals(document)
          && outcomes.get(i).verdict() != Verdict.INELIGIBLE && outcomes.get(i).countedInTotal()) {
        return i;
      }
    }
    return -1;
  }
}
