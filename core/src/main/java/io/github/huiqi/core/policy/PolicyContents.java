package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.rates.RateSeries;
import io.github.huiqi.core.rates.RateSeriesId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link PolicyData} holds once its packs are read: the packs by document, their measures, listings and rate
 * series, each in load order. Immutable.
 *
 * @param packs  the packs by document, in load order
 * @param measures  every pack's measures by id, in load order
 * @param measureList  the same measures as a list
 * @param rateSeries  the rate series by id, a later pack's replacing an earlier one's
 * @param listings  the measures' listings by measure id
 */
record PolicyContents(Map<DocumentId, PolicyPack> packs, Map<MeasureId, Measure> measures, List<Measure> measureList,
    Map<RateSeriesId, RateSeries> rateSeries, Map<MeasureId, MeasureListing> listings) {

  /** No pack. */
  static final PolicyContents EMPTY = of(new LinkedHashMap<>(), new LinkedHashMap<>());

  /**
   * Gathers packs and rate series (both maps are kept, not copied).
   *
   * @throws InvalidInputException if two documents define a measure with the same id
   */
  private static PolicyContents of(Map<DocumentId, PolicyPack> packs, Map<RateSeriesId, RateSeries> rateSeries) {
    Map<MeasureId, Measure> byId = new LinkedHashMap<>();
    for (PolicyPack pack : packs.values()) {
      for (Measure measure : pack.measures()) {
        Measure previous = byId.put(measure.id(), measure);
        if (previous != null) {
          throw new InvalidInputException("measures", measure.id(),
              "must be unique across packs; it is defined by more than one document");
        }
      }
    }
    Map<MeasureId, MeasureListing> listed = new LinkedHashMap<>();
    for (PolicyPack pack : packs.values()) {
      for (MeasureListing listing : pack.listings()) {
        listed.put(listing.measure(), listing);
      }
    }
    return new PolicyContents(Collections.unmodifiableMap(packs), Collections.unmodifiableMap(byId),
        List.copyOf(byId.values()), Collections.unmodifiableMap(rateSeries), Collections.unmodifiableMap(listed));
  }

  /**
   * These contents with a pack added, replacing the same document's pack and any rate series with the same ids.
   *
   * @throws InvalidInputException if a measure id of the pack is already defined by another document
   */
  PolicyContents withPack(PolicyPack pack) {
    Map<DocumentId, PolicyPack> newPacks = new LinkedHashMap<>(packs);
    newPacks.put(pack.document().id(), pack);
    Map<RateSeriesId, RateSeries> newSeries = new LinkedHashMap<>(rateSeries);
    for (RateSeries series : pack.rateSeries()) {
      newSeries.put(series.id(), series);
    }
    return of(newPacks, newSeries);
  }
}
