package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The places an enterprise whose registration region the profile leaves open may be registered in, and which of a
 * report's outcomes each place keeps: the totals and the next questions read them so that the measures of two cities
 * are never added up for one firm (decisions register §0.6).
 * <p>
 * An outcome is <em>undecided</em> when its measure applies in one region only (a Shenzhen or a Shanghai measure)
 * and the profile does not say whether the firm is registered there: no region code, or the code of a wider area
 * that holds the region (深圳市 for a 光明区 measure). Such an outcome is at most undetermined, its amount from zero
 * ({@code EnterpriseRegionCondition}). The places are the undecided outcomes' regions, in the order they first
 * appear; place p keeps the undecided outcomes whose region contains it (a Shenzhen measure is kept for a firm of
 * 光明区, a 光明区 measure not for a firm of Shenzhen at large). A firm is registered in one place, so its most in
 * reach is the decided outcomes' plus, of the places, the one whose kept outcomes add up to the most; and it may be
 * registered in none of them, so the undecided outcomes add nothing to its least.
 * <p>
 * This class is immutable. Not part of the public API.
 */
final class PossiblePlaces {

  /** A profile that decides every outcome's region (given, or no outcome has one): no place to choose. */
  static final PossiblePlaces NONE = new PossiblePlaces(new boolean[0], new boolean[0][]);

  /** Per outcome, whether the profile leaves its region open. */
  private final boolean[] undecided;
  /**
   * Per place (the places in the order their regions first appear among the outcomes), then per outcome, whether
   * the place keeps the (undecided) outcome.
   */
  private final boolean[][] kept;

  private PossiblePlaces(boolean[] undecided, boolean[][] kept) {
    this.undecided = undecided;
    this.kept = kept;
  }

  /**
   * Finds the places a report's outcomes leave open.
   *
   * @param outcomes  the report's outcomes, in its order
   * @param regionCode  the profile's registration region code, null if not given
   * @param catalog  the catalogue that evaluated them, which gives each measure's region
   * @return the places; {@link #NONE} when the code decides every outcome
   */
  static PossiblePlaces of(List<MeasureOutcome> outcomes, String regionCode, Catalog catalog) {
    if (regionCode != null && !regionCode.endsWith("00")) {
      // a county-level code (南山区 440305) holds no other region: every outcome's region is decided
      return NONE;
    }
    Jurisdiction[] regions = null;
    for (int i = 0; i < outcomes.size(); i++) {
      Optional<Catalog.Entry> entry = catalog.find(outcomes.get(i).measure());
      Jurisdiction region = entry.flatMap(Catalog.Entry::enterpriseRegion).map(Parameter::value).orElse(null);
      if (region != null && (regionCode == null || region.isHeldBy(regionCode))) {
        regions = regions == null ? new Jurisdiction[outcomes.size()] : regions;
        regions[i] = region;
      }
    }
    if (regions == null) {
      return NONE;
    }
    List<Jurisdiction> places = new ArrayList<>();
    boolean[] undecided = new boolean[regions.length];
    for (int i = 0; i < regions.length; i++) {
      undecided[i] = regions[i] != null;
      if (undecided[i] && !places.contains(regions[i])) {
        places.add(regions[i]);
      }
    }
    boolean[][] kept = new boolean[places.size()][regions.length];
    for (int p = 0; p < kept.length; p++) {
      for (int i = 0; i < regions.length; i++) {
        kept[p][i] = undecided[i] && regions[i].contains(places.get(p).code());
      }
    }
    return new PossiblePlaces(undecided, kept);
  }

  /** How many places there are to choose from; 0 when the profile decides every outcome. */
  int count() {
    return kept.length;
  }

  /** Whether the profile leaves the region of the outcome at an index open. */
  boolean undecided(int outcome) {
    return undecided.length > 0 && undecided[outcome];
  }

  /** Whether a place keeps the (undecided) outcome at an index. */
  boolean keeps(int place, int outcome) {
    return kept[place][outcome];
  }
}
