package io.github.huiqi.calculators.tax.restated;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.util.ArrayList;
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
 * and sets every other outcome of that type still counted aside ({@link MeasureOutcome#countedInTotal()} false),
 * with a note coded {@value #CODE} naming the outcome counted and citing the decisions register (§1.7: no source
 * says which restatement a firm claims under, only that the relief is one). Nothing else
 * changes: verdicts and amounts stay each measure's own (the parameters are the same national tables), so a reader
 * sees both restatements and which one counts. A Shenzhen firm's Shanghai outcomes are ineligible by region and a
 * Shanghai firm's Shenzhen outcomes are set aside; a firm whose region is not known keeps the Shenzhen outcome and
 * has the Shanghai one, undetermined on its region, set aside.
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
      + "under the one listed for any region; the others are shown and set aside from the total");

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
   * Sets aside, for each relief type, every counted outcome but the one of the enterprise's own restatement.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise, whose registration region decides which restatement counts
   * @param context  the evaluation context (not read)
   * @param catalog  the catalogue, to read each measure's listing region
   * @param explain  whether the outcomes are explained (the note is added in both forms: it is part of the answer)
   * @return the outcomes, the same size and order, the restatements not counted set aside and noted
   * @throws io.github.huiqi.core.error.InvalidInputException if the outcomes, the profile or the catalogue is null
   */
  @Override
  public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    Args.notNull(outcomes, "outcomes");
    Args.notNull(profile, "profile");
    Args.notNull(catalog, "catalog");
    Measure[] measures = catalog.measuresOf(outcomes);
    List<Catalog.Entry> entries = catalog.entries();
    Optional<String> place = profile.registrationRegionCode();
    // per relief: the outcome of the firm's own region's restatement, the first of any region's, and how many
    int[] own = {-1, -1, -1};
    int[] anywhere = {-1, -1, -1};
    int[] count = new int[3];
    boolean twice = false;
    for (int i = 0; i < measures.length; i++) {
      int relief = reliefOf(measures[i]);
      if (relief < 0) {
        continue;
      }
      twice |= ++count[relief] > 1;
      // in a whole-catalogue run the outcomes are in catalogue order: the entry at the same index, else by id
      Catalog.Entry entry = i < entries.size() && entries.get(i).measure() == measures[i] ? entries.get(i)
          : catalog.get(outcomes.get(i).measure());
      Optional<Parameter<Jurisdiction>> region = entry.enterpriseRegion();
      if (region.isEmpty()) {
        anywhere[relief] = anywhere[relief] < 0 ? i : anywhere[relief];
      } else if (own[relief] < 0 && place.isPresent() && region.get().value().contains(place.get())) {
        own[relief] = i;
      }
    }
    if (!twice) {
      return outcomes;
    }
    List<MeasureOutcome> result = null;
    for (int i = 0; i < measures.length; i++) {
      int relief = reliefOf(measures[i]);
      if (relief < 0 || count[relief] < 2) {
        continue;
      }
      int kept = own[relief] >= 0 ? own[relief] : anywhere[relief];
      MeasureOutcome outcome = outcomes.get(i);
      if (kept < 0 || i == kept || !outcome.countedInTotal()) {
        continue;
      }
      result = result == null ? new ArrayList<>(outcomes) : result;
      result.set(i, outcome.withNote(note(catalog, outcomes.get(kept))).withCountedInTotal(false));
    }
    return result == null ? outcomes : List.copyOf(result);
  }

  /** The relief's index: 0 VAT, 1 小型微利企业, 2 R&amp;D; -1 for any other measure. */
  private static int reliefOf(Measure measure) {
    if (measure instanceof VatMeasure) {
      return 0;
    }
    if (measure instanceof SmallLowProfitMeasure) {
      return 1;
    }
    return measure instanceof RdMeasure ? 2 : -1;
  }

  private static Reason note(Catalog catalog, MeasureOutcome kept) {
    String label = catalog.get(kept.measure()).clauseLabel();
    return new Reason(CODE, LocalizedText.of(
        "同一项国家税收优惠只计一次，计入" + label + "（" + kept.measure().value() + "）",
        "one national tax relief, counted once, under " + label + " (" + kept.measure().value() + ")"), COUNTED_ONCE);
  }
}
