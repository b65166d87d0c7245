package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The comparisons of {@link EntitlementMonotonicityPropertyTest}: a report of a profile with one money fact raised
 * ({@link MoneyRaise}) against the report of the profile as it was.
 * <ul>
 *   <li>Each measure that pays a share of the fact: its least and most do not fall, and its verdict does not worsen
 *       (eligible, then undetermined, then ineligible); from ineligible it may rise only where its clause names a
 *       least base the fact may cross ({@link #THRESHOLDS}). A payer one of whose two outcomes carries a note of a
 *       rule that gives loans to one interest subsidy or another (one municipal interest subsidy per loan,
 *       §4.1 item 10; the renovation loan rule) is left to the total: that rule's choice depends on the fact, and a
 *       loan may move to the other subsidy.</li>
 *   <li>Each other measure: its least and most do not fall, unless a loan-moving rule's note is on one of its
 *       outcomes (the loan moved to it, or from it) or the raise names it as one it may lower.</li>
 *   <li>The total in reach: its least and most do not fall, but for the falls excused, each counted and printed with
 *       its figures: the hunt's finding A in the first-loan/tech-SME stacking ({@link #enrolmentLost}), and the
 *       R&amp;D and 小型微利企业 ranges added apart ({@link #rangesApart}). Finding B, a loan compared before a loan
 *       drawn later that only the tech-SME subsidy takes, is closed (register §4.6 item 134,
 *       {@link LaterTechOnlyLoanMonotonicityTest}) and no longer excused.</li>
 * </ul>
 */
final class MonotoneChecks {

  /** The codes of the stacking rules that give a loan to one interest subsidy or another. */
  static final Set<String> LOAN_MOVING = Set.of("one-interest-subsidy-per-loan",
      "renovation-loan-one-interest-subsidy");
  /** The measures whose clause names a least base a raise may cross ("1000万元以上", 沪企服办〔2023〕1号 第五条). */
  static final Set<String> THRESHOLDS = Set.of("sh-qfb-2023-1.technical-renovation-support");

  private MonotoneChecks() {
  }

  /**
   * Compares the raised report with the original's, adding each contradiction found as "what|detail".
   *
   * @param raise  the raise
   * @param before  the original's report
   * @param after  the raised profile's report
   * @param found  where the contradictions go
   * @param excused  where the falls of the total excused as a finding go, each with its figures
   * @param tally  the counts of what was checked, by name
   */
  static void compare(MoneyRaise raise, EntitlementReport before, EntitlementReport after, List<String> found,
      List<String> excused, Map<String, Integer> tally) {
    for (MeasureOutcome old : before.outcomes()) {
      Optional<MeasureOutcome> now = after.outcome(old.measure());
      String id = old.measure().value();
      if (now.isEmpty()) {
        found.add(id + " outcome|absent after the raise");
        continue;
      }
      boolean moved = loanMoving(old) || loanMoving(now.get());
      if (raise.payers().contains(id)) {
        if (moved) {
          tally.merge("payer left to the total (a loan-moving rule's note)", 1, Integer::sum);
          continue;
        }
        tally.merge("payer checked", 1, Integer::sum);
        verdict(id, old, now.get(), found);
        amount(id, old.amount(), now.get().amount(), found);
      } else if (!moved && !raise.mayFall().contains(id)) {
        amount(id + " (not a payer)", old.amount(), now.get().amount(), found);
      } else if (fell(old.amount(), now.get().amount())) {
        tally.merge("fell, excused: " + id + (moved ? " (a loan-moving rule)" : " (by its clause)"), 1,
            Integer::sum);
      }
    }
    if (fell(before.totals().inReach(), after.totals().inReach())) {
      String figures = "total in reach " + show(before.totals().inReach()) + " → " + show(after.totals().inReach());
      if (enrolmentLost(raise, before, after)) {
        excused.add("finding A, " + figures);
        tally.merge("excused (finding A): the total fell, the tech-SME claim no longer reaching its enrolment", 1,
            Integer::sum);
        return;
      }
      if (rangesApart(raise, before) || rangesApart(raise, after)) {
        tally.merge("excused: the total fell, the R&D and 小型微利企业 ranges added apart", 1, Integer::sum);
        return;
      }
      found.add("total in reach|" + figures.substring("total in reach ".length()));
    }
  }

  /**
   * Finding A ({@link LeftLoanCapMonotonicityTest}): a tech-SME item raised (its payments take the yearly and
   * programme caps in payment-date order) leaves nothing on the loan that brought the tech-SME claim within the
   * enrolment's dates, which decisions register §4.6 items 100 and 115 then do not let the firm leave to it, so the
   * tech-SME subsidy, paying before, pays nothing: its least was above zero, its most is zero, on a dated enrolment.
   */
  static boolean enrolmentLost(MoneyRaise raise, EntitlementReport before, EntitlementReport after) {
    Optional<MeasureOutcome> was = tech(before);
    Optional<MeasureOutcome> is = tech(after);
    return raise.payers().contains(MoneyRaises.TECH_SME) && raise.tree().path("techSme").has("since")
        && was.isPresent() && is.isPresent() && was.get().amount().minimum().isPositive()
        && is.get().amount().maximum().map(most -> most.isZero()).orElse(false);
  }

  /**
   * An R&amp;D cost raised while the R&amp;D deduction's or the 小型微利企业 relief's outcome is a range: the two move
   * against each other on the facts not given (the income after the deduction), and the total adds their least
   * apart, a bound no completion reaches (too wide, never too narrow: with the industry not given, the deduction may
   * be nothing and the relief its most, or the deduction its most and the relief its least), so the total's least
   * may fall though every completion's total rises; and where those ranges were apart before the raise and the raise
   * closes them, the total's most may fall from that bound to one every completion reaches (screening seed 201, 200‰
   * of facts not given, firm 140 on 2024-03-15: R&amp;D personnel 43,249 → 400,294.45 took the total from
   * 39,298.08 – 44,446.53 to 42,158.33, the two completions before the raise 41,586.28 and 42,158.33, neither falling).
   *
   * @param raise  the raise
   * @param report  the report before or after it
   */
  static boolean rangesApart(MoneyRaise raise, EntitlementReport report) {
    return raise.kind().startsWith("rd cost") && report.outcomes().stream()
        .filter(o -> raise.payers().contains(o.measure().value()) || raise.mayFall().contains(o.measure().value()))
        .anyMatch(o -> o.countedInTotal() && !o.amount().isExact());
  }

  /** Whether a loan of the firm records the subsidy claimed on it first ({@code interestSubsidyClaimedFirst}). */
  static boolean claims(JsonNode tree) {
    for (JsonNode loan : tree.path("loans")) {
      if (loan.has("interestSubsidyClaimedFirst")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<MeasureOutcome> tech(EntitlementReport report) {
    return report.outcome(MeasureId.of(MoneyRaises.TECH_SME));
  }

  /** Whether the outcome carries a note of a rule that gives loans to one interest subsidy or another. */
  static boolean loanMoving(MeasureOutcome outcome) {
    return outcome.notes().stream().anyMatch(note -> LOAN_MOVING.contains(note.code()));
  }

  /** Whether the least or the most fell (a most without bound falls to any bound). */
  static boolean fell(OutcomeAmount before, OutcomeAmount after) {
    if (after.minimum().isLessThan(before.minimum())) {
      return true;
    }
    return before.maximum().isEmpty() ? after.maximum().isPresent()
        : after.maximum().isPresent() && after.maximum().get().isLessThan(before.maximum().get());
  }

  private static void amount(String id, OutcomeAmount before, OutcomeAmount after, List<String> found) {
    if (fell(before, after)) {
      found.add(id + " amount|" + show(before) + " → " + show(after));
    }
  }

  private static void verdict(String id, MeasureOutcome old, MeasureOutcome now, List<String> found) {
    int was = rank(old.verdict());
    int is = rank(now.verdict());
    if (is < was) {
      found.add(id + " verdict|" + old.verdict() + " → " + now.verdict());
    } else if (was == 0 && is > 0 && !THRESHOLDS.contains(id)) {
      found.add(id + " verdict from ineligible|" + old.verdict() + " → " + now.verdict() + " " + old.reasons());
    }
  }

  private static int rank(Verdict verdict) {
    return verdict == Verdict.INELIGIBLE ? 0 : verdict == Verdict.UNDETERMINED ? 1 : 2;
  }

  /** An amount as "least–most", in yuan, ∞ for no bound. */
  static String show(OutcomeAmount amount) {
    return yuan(amount.minimum()) + "–" + amount.maximum().map(MonotoneChecks::yuan).orElse("∞");
  }

  private static String yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().toPlainString();
  }
}
