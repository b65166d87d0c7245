package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.LocalizedText;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A first-loan and tech-SME pair's outcomes taken over every completion of the yes/no facts the open loans' choices
 * wait on ({@link StackingCompletions}), for {@link StackingInterestSubsidyRule}: when a cap can bind (the first-loan
 * cap, 深工信〔2023〕26号 第5条 "单户企业贴息金额最高20万元", allocated in drawdown order, and the tech-SME caps of 第13条),
 * each outcome's least and most over the completions, and the note's words on them (decisions register §4.6 item
 * 52); when none can, the facts whose every value leaves the pair's joint amount unchanged (§4.6 item 85).
 * <p>
 * Amounts are in yuan, at the fen as the stacking gives them; nothing is rounded here. This class holds no state.
 */
final class StackingCompletionBounds {

  private StackingCompletionBounds() {
  }

  /**
   * When a cap can bind and a loan's choice is open, each outcome's least and most over every completion of the yes/no
   * facts the open loans wait on (decisions register §4.6 item 52): the first-loan cap (第5条 "单户企业贴息金额最高20万元",
   * allocated in drawdown order) and the tech-SME caps (第13条) couple the loans, so an open loan's choice moves what
   * the caps leave for the others, and a loan already decided may go to the other subsidy, which the outcomes' ranges
   * from the stacking with the facts open then miss. Each side's least is lowered to the least over the completions,
   * its most raised to the most (never narrower than before), and the facts added to its missing facts when its range
   * so widens. Where the tech-SME enrolment is dated, each completion is also decided as the facts given would
   * decide it (the claim deciding the enrolment, the firm's larger in all: §4.6 items 100 and 110), and each side
   * widened over those ways too, or from zero to its own most when they cannot be run. Nothing is run when no loan is
   * open, or when no cap can bind ({@link StackingJointLimits#noCapBinds}) in the stacking or in {@code leftWay}.
   *
   * @param leftWay  the firm's other way where the stacking is the one with the enrolment missed (§4.6 item 100): the
   *     loans left to the tech-SME subsidy, enrolled, whose caps may bind though the way without them pays it nothing
   *     (item 115); empty when there is none
   * @return the bounds, or empty when none were sought
   */
  static Optional<StackingCompletions.Bounds> boundOverCompletions(FirstLoanMeasure firstMeasure,
      TechSmeMeasure techMeasure, StackingResult stacked, Optional<StackingResult> leftWay, TechSmeRequest asGiven,
      TechSmeRequest items, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, EnterpriseProfile profile, Side firstSide, Side techSide,
      UnaryOperator<List<String>> profileFacts) {
    // the way with the enrolment missed pays the tech-SME subsidy nothing, so no cap of it binds there; the way that
    // leaves loans to it may bind them, and an open loan's choice then moves what they leave (register §4.6 item 115)
    boolean capMayBind = !StackingJointLimits.noCapBinds(firstMeasure, techMeasure, stacked, items, profile)
        || leftWay.filter(way -> !StackingJointLimits.noCapBinds(firstMeasure, techMeasure, way, asGiven, profile))
            .isPresent();
    if (!StackingCompletions.anyOpen(stacked) || !capMayBind) {
      return Optional.empty();
    }
    List<String> awaited = StackingCompletions.awaited(stacked);
    StackingCompletions.Bounds bounds = StackingCompletions.over(awaited,
        items.enterprise(), loans, (enterprise, completed) -> StackingPairOutcomes.stackHeld(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(items).enterprise(enterprise).build(), completed, heldInterest, precedence,
            false, UnaryOperator.identity(), Set.of(), Optional.of(StackingEnrolmentSpan.of(profile))));
    if (bounds.bounded()) {
      List<String> named = profileFacts.apply(bounds.facts());
      firstSide.widenTo(bounds.firstLeast(), bounds.firstMost(), named);
      techSide.widenTo(bounds.techLeast(), bounds.techMost(), named);
    }
    if (StackingEnrolment.dated(profile)) {
      // the enrolment's dates may make a completion go the way the firm's larger in all takes (register §4.6 items
      // 100 and 110), which the per-loan stacking above does not: each outcome over those ways too, or, when they
      // cannot be run, from zero to its own most (too wide, never too narrow)
      List<String> facts = bounds.bounded() ? bounds.facts() : awaited;
      List<String> named = profileFacts.apply(facts);
      Optional<List<BigDecimal>> ways = StackingWaysBounds.boundsOverWays(facts, firstMeasure, techMeasure,
          asGiven, loans, heldInterest, profile, precedence);
      if (ways.isPresent()) {
        List<BigDecimal> over = ways.get();
        firstSide.widenTo(over.get(0), over.get(1), named);
        techSide.widenTo(over.get(2), over.get(3), named);
        // the note gives the bounds over both readings of each completion
        bounds = !bounds.bounded() ? new StackingCompletions.Bounds(facts, true, over.get(0), over.get(1),
            over.get(2), over.get(3), false) : new StackingCompletions.Bounds(facts, true,
                bounds.firstLeast().min(over.get(0)), bounds.firstMost().max(over.get(1)),
                bounds.techLeast().min(over.get(2)), bounds.techMost().max(over.get(3)), false);
      } else {
        firstSide.widenToOwn(named);
        techSide.widenToOwn(named);
        // the note says so (register §4.6 item 110): the ranges are neither the open stacking's nor the bounds over
        // the per-loan completions
        bounds = StackingCompletions.Bounds.fromZeroToOwn(facts);
      }
    }
    return Optional.of(bounds);
  }

  /**
   * The pair's missing facts that leave its joint amount unchanged whichever way they fall (decisions register §4.6
   * item 85), as profile pointers: the stacking run on every completion of the yes/no facts the open loans wait on
   * ({@link StackingCompletions#decidingNothing}). Sought only when those facts are all the two outcomes name, so
   * that the completions cover every way the pair's amount can go: a fact the stacking does not see (what the
   * programme already paid, an absent list, the region) leaves the width shared among all the facts, as before.
   *
   * {@code sure} is the profile's enrolment dates for a later loan only the tech-SME subsidy takes (§4.6 item 134).
   *
   * @return the facts, empty when none is shown to decide nothing
   */
  static List<String> decidingNothing(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      StackingResult stacked, TechSmeRequest items, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, MeasureOutcome newFirst, MeasureOutcome newTech,
      Optional<StackingEnrolmentSpan> sure) {
    List<String> awaited = StackingCompletions.awaited(stacked);
    List<String> varied = StackingPairOutcomes.POINTERS.toProfile(awaited);
    if (!varied.containsAll(newFirst.missingFacts()) || !varied.containsAll(newTech.missingFacts())) {
      return List.of();
    }
    List<String> nothing = StackingPairOutcomes.POINTERS.toProfile(StackingCompletions.decidingNothing(awaited,
        items.enterprise(), loans, (enterprise, completed) -> StackingPairOutcomes.stackHeld(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(items).enterprise(enterprise).build(), completed, heldInterest, precedence,
            false, UnaryOperator.identity(), Set.of(), sure)));
    LinkedHashSet<String> union = new LinkedHashSet<>(newFirst.missingFacts());
    union.addAll(newTech.missingFacts());
    // only facts the outcomes name, and never all of them: a width no fact moves stays shared among them all
    List<String> named = nothing.stream().filter(union::contains).toList();
    return named.size() == union.size() ? List.of() : named;
  }

  /**
   * The note's words on the completions: what was run; or, the ways the firm's larger in all takes not run, that each
   * outcome runs from zero to its own most; or why the ranges were left as the open stacking gives.
   */
  static LocalizedText completionsText(StackingCompletions.Bounds bounds,
      UnaryOperator<List<String>> profileFacts) {
    List<String> named = profileFacts.apply(bounds.facts());
    String facts = String.join(", ", named);
    String zhFacts = String.join("、", named);
    if (bounds.fromZeroToOwn()) {
      // register §4.6 item 110: before 2026-12-07 this case read as the open stacking's ranges, "may be too narrow"
      return LocalizedText.of("贴息额度可能触及封顶，各笔贷款的归属相互影响，且科技型中小企业入库日期可能使企业选择合计较大的"
          + "安排；未能按未提供的事实 " + zhFacts + " 的各种取值逐一计算该安排（事实过多，或不是是/否事实，或某种取值下仍有贷款"
          + "未定），两项贴息各自从零至其本身的最高额，可能偏宽", "a cap may bind, so the loans' choices move each other, and "
          + "the enrolment's dates may make the firm take the way that gives it more in all; the completions of the "
          + "facts not given (" + facts + ") could not be run over those ways (too many facts, a fact not yes/no, or a "
          + "completion leaving a loan open), so each subsidy runs from zero to its own most, which may be too wide");
    }
    if (bounds.bounded()) {
      int runs = 1 << bounds.facts().size();
      return LocalizedText.of("贴息额度可能触及封顶，各笔贷款的归属相互影响（已确定的贷款也可能改归另一项）：按未提供的事实 "
          + zhFacts + " 的全部 " + runs + " 种取值重新计算，两项贴息各取其中的最低与最高（首贷贴息 "
          + bounds.firstLeast().toPlainString() + " – " + bounds.firstMost().toPlainString() + "，科技型中小企业贴息 "
          + bounds.techLeast().toPlainString() + " – " + bounds.techMost().toPlainString() + "）",
          "a cap may bind, so the loans' choices move each other (a loan already decided may go to the other "
          + "subsidy): the stacking was run on all " + runs + " completions of the facts not given (" + facts
          + "), each subsidy bounded by its least and most over them (first-loan " + bounds.firstLeast()
          .toPlainString() + " – " + bounds.firstMost().toPlainString() + ", tech-SME " + bounds.techLeast()
          .toPlainString() + " – " + bounds.techMost().toPlainString() + ")");
    }
    return LocalizedText.of("贴息额度可能触及封顶，各笔贷款的归属相互影响；未能逐一计算未提供事实的各种取值（" + zhFacts
        + "：超过 " + StackingCompletions.MOST_FACTS + " 项，或不是是/否事实，或须先知其他事实），两项贴息的范围"
        + "按事实未知时的计算给出，可能偏窄", "a cap may bind, so the loans' choices move each other; the completions "
        + "of the facts not given were not run (" + facts + ": more than " + StackingCompletions.MOST_FACTS
        + ", not yes/no, or named only once others are known), so the two ranges are the open stacking's, which "
        + "may be too narrow");
  }
}
