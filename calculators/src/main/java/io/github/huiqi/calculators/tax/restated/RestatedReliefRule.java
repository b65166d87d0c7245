package io.github.huiqi.calculators.tax.restated;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Counts each national tax relief once, however many documents of the catalogue restate it.
 * <p>
 * The small-scale VAT relief ({@link VatMeasure}), the 小型微利企业 relief ({@link SmallLowProfitMeasure}) and the
 * R&amp;D super deduction ({@link RdMeasure}) are national law (财政部 税务总局 announcements, which each measure's
 * parameters cite); 深工信〔2023〕26号 第1条 and 沪企服办〔2023〕1号 第二十二条 both restate them, each naming its
 * own city's tax service. A firm has one relief of each kind, so the built-in catalogue lists the Shenzhen
 * restatement for an enterprise registered anywhere (as it always has), and the Shanghai one for an enterprise
 * registered in 上海市 (its listing's enterprise region). Among the outcomes of one relief type, the rule keeps in
 * the total in reach:
 * <ol>
 *   <li>the first whose listing's region holds the enterprise's registration region (the firm's own city's
 *       restatement: the Shanghai one for a Shanghai firm);
 *   <li>else the first whose listing has no region (the Shenzhen restatement, read for anywhere);
 * </ol>
 * Every other outcome of that type not already ineligible gets a note coded {@value #CODE} naming the outcome
 * counted and citing the decisions register (§1.7: no source says which restatement a firm claims under, only that
 * the relief is one), and:
 * <ul>
 *   <li>when the first applies (the firm's region known and within a restating listing's), it is not the firm's:
 *       ineligible, zero, with no missing facts or binding limit (in the explaining form its reason is the note; its
 *       steps stay, showing what it computed), so that no total, of the firm or of a population per measure,
 *       counts the relief twice;
 *   <li>otherwise (the region not known) it is set aside ({@link MeasureOutcome#countedInTotal()} false), its verdict
 *       and amount its own: the Shanghai outcome, undetermined on the region.
 * </ul>
 * A Shenzhen firm's Shanghai outcomes are ineligible by region, a Shanghai firm's Shenzhen outcomes ineligible by
 * this rule, a firm elsewhere keeps the Shenzhen ones.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RestatedReliefRule implements StackingRule {

  /** The rule's code, and the code of the note it adds. */
  public static final String CODE = "restated-tax-relief-counted-once";

  /** The rule over the three national tax reliefs. */
  public static final RestatedReliefRule DEFAULT = new RestatedReliefRule();

  /** Why only one restatement counts: the decisions register's entry. */
  static final Citation COUNTED_ONCE = Citation.libraryDefault("decisions register §1.7", "a national tax relief "
      + "that two documents of the catalogue restate (深工信〔2023〕26号 第1条, 沪企服办〔2023〕1号 第二十二条) is one "
      + "relief: it is counted once, under the restatement listed for the enterprise's registration region, else "
      + "under the one listed for any region; the other, where the firm's region is known, is not the firm's "
      + "(ineligible), and set aside from the total where it is not known");

  private RestatedReliefRule() {
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
   * Returns the measures the rule concerns: the three restated national tax reliefs.
   *
   * @return {@code VatMeasure}, {@code SmallLowProfitMeasure} and {@code RdMeasure}
   */
  @Override
  public List<Class<? extends Measure>> measureClasses() {
    return List.of(VatMeasure.class, SmallLowProfitMeasure.class, RdMeasure.class);
  }

  /**
   * Counts each relief once: for each relief type, every outcome but the one kept (the enterprise's own region's
   * restatement, else the one for any region) is made not the firm's (ineligible, zero) where the firm's region is
   * known, and set aside where it is not.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise, whose registration region decides which restatement counts
   * @param context  the evaluation context (not read)
   * @param catalog  the catalogue, to read each measure's listing region
   * @param explain  whether the outcomes are explained (the note is added in both forms: it is part of the answer)
   * @return the outcomes, the same size and order, the restatements not counted made ineligible or set aside, and
   *     noted
   * @throws io.github.huiqi.core.error.InvalidInputException if the outcomes, the profile or the catalogue is null
   */
  @Override
  public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    Args.notNull(outcomes, "outcomes");
    Args.notNull(profile, "profile");
    Args.notNull(catalog, "catalog");
    List<Catalog.Entry> entries = catalog.entries();
    int[][] positions = cataloguePositions(catalog);
    if (!inPlace(outcomes, entries, positions)) {
      positions = scannedPositions(outcomes, catalog);
    }
    Optional<String> place = profile.registrationRegionCode();
    List<MeasureOutcome> result = null;
    for (int[] relief : positions) {
      if (relief.length < 2) {
        continue;
      }
      // the firm's own region's restatement, else the first listed for any region
      int own = -1;
      int anywhere = -1;
      for (int i : relief) {
        Optional<Parameter<Jurisdiction>> region = entryOf(outcomes.get(i), i, entries, catalog).enterpriseRegion();
        if (region.isEmpty()) {
          anywhere = anywhere < 0 ? i : anywhere;
        } else if (own < 0 && place.isPresent() && region.get().value().contains(place.get())) {
          own = i;
        }
      }
      int kept = own >= 0 ? own : anywhere;
      if (kept < 0) {
        continue;
      }
      for (int i : relief) {
        MeasureOutcome outcome = outcomes.get(i);
        if (i == kept || outcome.verdict() == Verdict.INELIGIBLE || own < 0 && !outcome.countedInTotal()) {
          continue;
        }
        Reason note = note(catalog, outcomes.get(kept));
        result = result == null ? new ArrayList<>(outcomes) : result;
        // the firm's region known, the relief is under its own region's restatement: this one is not the firm's
        // (ineligible, zero, so that no total of this measure counts it); not known, it is only set aside
        result.set(i, own >= 0 ? notTheFirms(outcome, note, explain) : outcome.withNote(note)
            .withCountedInTotal(false));
      }
    }
    return result == null ? outcomes : List.copyOf(result);
  }

  /** Whether the outcomes are a whole-catalogue run's: each relief's outcomes at their entries' positions. */
  private static boolean inPlace(List<MeasureOutcome> outcomes, List<Catalog.Entry> entries, int[][] positions) {
    if (outcomes.size() != entries.size()) {
      return false;
    }
    for (int[] relief : positions) {
      for (int i : relief) {
        if (Args.notNull(outcomes.get(i), "outcomes").measure() != entries.get(i).measure().id()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The positions of each relief's entries in the catalogue: VAT, 小型微利企业, R&amp;D. */
  private static int[][] cataloguePositions(Catalog catalog) {
    return new int[][] {catalog.positionsOf(VatMeasure.class), catalog.positionsOf(SmallLowProfitMeasure.class),
        catalog.positionsOf(RdMeasure.class)};
  }

  /** The positions of each relief's outcomes, read from every outcome (a run of some measures, in any order). */
  private static int[][] scannedPositions(List<MeasureOutcome> outcomes, Catalog catalog) {
    Measure[] measures = catalog.measuresOf(outcomes);
    int[][] positions = {new int[0], new int[0], new int[0]};
    for (int i = 0; i < measures.length; i++) {
      int relief = measures[i] instanceof VatMeasure ? 0 : measures[i] instanceof SmallLowProfitMeasure ? 1
          : measures[i] instanceof RdMeasure ? 2 : -1;
      if (relief >= 0) {
        positions[relief] = Arrays.copyOf(positions[relief], positions[relief].length + 1);
        positions[relief][positions[relief].length - 1] = i;
      }
    }
    return positions;
  }

  /** An outcome's entry: the one at its position in a whole-catalogue run, else found by its id. */
  private static Catalog.Entry entryOf(MeasureOutcome outcome, int i, List<Catalog.Entry> entries, Catalog catalog) {
    return i < entries.size() && entries.get(i).measure().id() == outcome.measure() ? entries.get(i)
        : catalog.get(outcome.measure());
  }

  /** The outcome of a restatement that is not the firm's own region's: ineligible, zero, the note saying why. */
  private static MeasureOutcome notTheFirms(MeasureOutcome outcome, Reason note, boolean explain) {
    MeasureOutcome.Builder builder = outcome.toBuilder().verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO)
        .bindingLimit(Optional.empty()).missingFacts(List.of()).detail(Optional.empty()).countedInTotal(false)
        .reasons(explain ? List.of(new Reason(CODE, note.message(), note.citation())) : List.of());
    return builder.addNotes(note).build();
  }

  private static Reason note(Catalog catalog, MeasureOutcome kept) {
    String label = catalog.get(kept.measure()).clauseLabel();
    return new Reason(CODE, LocalizedText.of(
        "同一项国家税收优惠只计一次，计入" + label + "（" + kept.measure().value() + "）",
        "one national tax relief, counted once, under " + label + " (" + kept.measure().value() + ")"), COUNTED_ONCE);
  }
}
