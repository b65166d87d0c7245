package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * One municipal interest subsidy per loan ("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息", 2022 首贷
 * implementing rules, decisions register §1.7) between the renovation interest subsidy
 * ({@link RenovationInterestMeasure}, 小升规方案 第十条) and the first-loan and tech-SME subsidies
 * ({@link FirstLoanMeasure}, {@link TechSmeMeasure}, such as 深工信〔2023〕26号 第5条 and 第13条) of the same
 * jurisdiction. 第十条's "还可叠加享受贷款贴息" stacks the renovation
 * grant with an interest subsidy, not two interest subsidies.
 * <p>
 * It runs after {@link StackingInterestSubsidyRule}, on the outcomes that rule left. A renovation interest payment
 * that names a loan ({@link RenovationInterestPayment#loanId()}) of the profile's {@code loans} ties the project to
 * that loan L. For each such loan, in the order the projects first name them, with the renovation outcome and at
 * least one of the first-loan and tech-SME outcomes counted in the total (neither ineligible, windows open, no draft):
 * <ul>
 *   <li>the first-loan and tech-SME outcomes are evaluated again with L read as
 *       {@code subsidisedUnderAnotherMunicipalScheme}, and stacked again by {@link StackingInterestSubsidyRule}; what
 *       they pay on L is their total less that total without L;
 *   <li>the renovation outcome is evaluated again without L's payments; what it pays on L is its amount less that;
 *   <li>when either pays nothing on L (while an amount is open, in every completion of the facts not given: the
 *       renovation subsidy's most with L no more than its least without it; the first-loan and tech-SME subsidies'
 *       sum, which can be more without L, the same one figure with and without it; decisions register §4.6 item
 *       112), nothing changes, and L is compared again once a loan compared after it is given to a side or left open
 *       (until a round over the loans left gives or opens none: decisions register §4.6 item 130); when both pay on L
 *       at one figure each, the larger keeps L and the other becomes its
 *       outcome without L (the first-loan and tech-SME subsidies keep L on a tie; an amount less than nothing is
 *       compared like any other), by the
 *       library's reading (decisions register §4.6 item 43: no source says which); except that under the precedence
 *       {@code FIRST_CLAIMED} a loan recording the first-loan or tech-SME subsidy as claimed first
 *       ({@link LoanFacts#interestSubsidyClaimedFirst()}), that subsidy paying on L, stays with them even where the
 *       renovation subsidy would pay more: the claim stands (decisions register §4.6 item 72);
 *   <li>when one of them is open on L (a range), L is still decided whenever every completion of the facts not
 *       given sends it the same way: one side's least on L (its least with L less its most without it) above the
 *       other's most on L (its most with L less its least without it), or the first-loan and tech-SME side's least
 *       on L no less than the renovation subsidy's most on it (they keep a tie); a side that may pay nothing on L
 *       must be sure to pay on it, or L be the last loan compared, since a loan one side pays nothing on is left as
 *       it is (decisions register §4.6 item 96), and the renovation subsidy must be sure to pay on L to be given it
 *       (the first-loan and tech-SME subsidies may get more without L: item 118); the side that loses L is worked
 *       out without it, its least lowered, while loans are left open before L, to its least without them as well
 *       (as for an open loan);
 *   <li>otherwise, open on L, both keep L with their ranges, each least lowered to its least
 *       without L and without every loan left open before it (too wide, never too narrow: decisions register §4.6
 *       item 67), and each most raised to its most without them where that is higher (the first-loan and tech-SME
 *       subsidies may get more without L: item 118); an outcome whose least is so lowered or whose most so raised,
 *       or whose most counts L while its least is already no higher (such as zero: decisions register §4.6 item 95),
 *       names the other outcome's missing facts, which decide the range the open choice adds (those of its outcomes
 *       with and without L; its own side's where the other names none: item 112), and an eligible one whose least
 *       is then zero, or whose outcome without L is ineligible (item 112), is undetermined; an outcome the
 *       first-loan and tech-SME stacking opened keeps that rule's one reason, listing every fact it then waits on.
 * </ul>
 * Where the payments name two to eight loans, none left open, no claim recorded on them under {@code FIRST_CLAIMED},
 * and every split of them (each to one side) gives each side one figure, the firm takes the split that pays the
 * three interest subsidies most in all when the loans compared one at a time pay it less ({@link
 * RenovationLoanBestSplit}, decisions register §4.6 item 147).
 * <p>
 * An eligible outcome so turned undetermined, in the explaining form, gives as its one reason, coded {@value #CODE}
 * and citing the rule as its note does, the loans whose choice is open and the facts it waits on: its evaluator's
 * reasons were the conditions met, which an undetermined outcome does not list, as the evaluators' own undetermined
 * outcomes list only what is not yet known (the plain form has no reasons, as every outcome).
 * Each outcome changed, and the renovation outcome whenever a loan is so compared, carries a note coded
 * {@value #CODE} in both forms. A renovation payment that names no loan, or a loan the profile does not hold, leaves
 * the outcomes as they are; the renovation outcome (counted, with a first-loan or tech-SME outcome of its jurisdiction
 * counted) then carries a note coded {@value #NOT_CHECKED} naming the payments: the check could not be made.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RenovationLoanStackingRule implements StackingRule {

  /** The rule's code, also the code of the note on the outcomes it compared. */
  public static final String CODE = "renovation-loan-one-interest-subsidy";

  /** The code of the note on a renovation outcome whose payments name no loan of the profile. */
  public static final String NOT_CHECKED = "renovation-loan-not-checked";

  /** The rule. */
  public static final RenovationLoanStackingRule DEFAULT = new RenovationLoanStackingRule();

  /** Which subsidy keeps a loan that both pay on, which no source settles. */
  static final Citation LARGER_KEEPS = Citation.libraryDefault("decisions register §4.6 item 43",
      "a loan that the renovation interest subsidy and the first-loan or tech-SME subsidy both pay on takes the larger "
      + "of the two amounts on it (the first-loan and tech-SME subsidies on a tie), unless, under FIRST_CLAIMED, the "
      + "loan records the first-loan or tech-SME subsidy as claimed first and that subsidy pays on it: the claim "
      + "stands (item 72); the other is worked out without it; when either is open on the loan, one side whose least "
      + "on it is above the other's most (or the first-loan and tech-SME side's no less than it) keeps it whatever "
      + "the facts not given (item 96), else both keep it, each least lowered to its least without the loan");

  // The rule's parts, each in its own class of this package: RenovationLoanPass weighs one renovation outcome against
  // the first-loan and tech-SME outcomes of its jurisdiction, loan by loan; RenovationLoanSides works each side out
  // again and gives a loan to one; RenovationLoanOpenChoice decides a loan open on its amounts (register §4.6 item
  // 96); RenovationLoanNotes writes the notes and the reasons.

  private RenovationLoanStackingRule() {
  }

  @Override
  public String code() {
    return CODE;
  }

  /**
   * Returns the measures the rule concerns: the renovation interest, first-loan and tech-SME subsidies.
   *
   * @return {@code RenovationInterestMeasure}, {@code FirstLoanMeasure} and {@code TechSmeMeasure}
   */
  @Override
  public List<Class<? extends Measure>> measureClasses() {
    return List.of(RenovationInterestMeasure.class, FirstLoanMeasure.class, TechSmeMeasure.class);
  }

  /**
   * Applies the rule to each renovation interest outcome and the first-loan and tech-SME outcomes of its
   * jurisdiction.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise
   * @param context  the evaluation date, data and options
   * @param catalog  the catalogue, to find and evaluate the measures
   * @param explain  whether the outcomes are explained
   * @return the outcomes after the rule, the same size and order
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  @Override
  public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    List<MeasureOutcome> given = Args.listCopy(outcomes, "outcomes");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    Args.notNull(catalog, "catalog");
    if (profile.renovationProjects().map(List::isEmpty).orElse(true)) {
      return given;
    }
    Measure[] measures = catalog.measuresOf(given);
    List<MeasureOutcome> result = null;
    for (int r = 0; r < measures.length; r++) {
      if (!(measures[r] instanceof RenovationInterestMeasure) || !counted(given.get(r))) {
        continue;
      }
      Jurisdiction where = catalog.data().documentOf(measures[r]).jurisdiction();
      int first = -1;
      int tech = -1;
      for (int i = 0; i < measures.length; i++) {
        boolean same = measures[i] != null && catalog.data().documentOf(measures[i]).jurisdiction().equals(where);
        if (same && first < 0 && measures[i] instanceof FirstLoanMeasure) {
          first = i;
        } else if (same && tech < 0 && measures[i] instanceof TechSmeMeasure) {
          tech = i;
        }
      }
      boolean firstCounted = first >= 0 && counted(given.get(first));
      boolean techCounted = tech >= 0 && counted(given.get(tech));
      if (!firstCounted && !techCounted) {
        continue;
      }
      result = result == null ? new ArrayList<>(given) : result;
      // an outcome out of the total is evaluated again only for the stacking of the other (a tech-SME outcome reads
      // a loan subsidised elsewhere through that stacking), and is left as it is
      new RenovationLoanPass(new RenovationLoanSides(result, profile, context, catalog, explain, r, first,
          firstCounted, tech, techCounted)).run();
    }
    return result == null ? given : List.copyOf(result);
  }

  /** Whether an outcome takes part: counted in the total and not ineligible. */
  private static boolean counted(MeasureOutcome outcome) {
    return outcome.countedInTotal() && outcome.verdict() != Verdict.INELIGIBLE;
  }
}
