package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.rates.RateSeries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy pack: one document with its measures and any dated rate series it publishes.
 * <p>
 * The built-in packs are JSON resources in this module, one per source document; a host can load its own with
 * {@link PolicyPacks}. The {@code schema} field names the pack format, {@value #SCHEMA}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param schema  the pack format, {@value #SCHEMA}
 * @param document  the document
 * @param measures  the document's measures, each id unique
 * @param rateSeries  the rate series the pack publishes, each id unique; usually empty
 * @param listings  how the pack's measures are listed for enterprises (responsible departments), at most one per
 *     measure; absent in JSON for none
 * @param version  the pack's own version, such as {@code 2023.1}, which an audit receipt records with the pack's
 *     SHA-256; {@value #UNVERSIONED} when the pack gives none
 */
public record PolicyPack(String schema, PolicyDocument document, List<Measure> measures, List<RateSeries> rateSeries,
    List<MeasureListing> listings, String version) {

  /** The version of a pack that gives none. */
  public static final String UNVERSIONED = "unversioned";

  /**
   * Creates an unversioned pack.
   *
   * @param schema  the pack format
   * @param document  the document
   * @param measures  the measures
   * @param rateSeries  the rate series
   * @param listings  the listings
   * @throws InvalidInputException as the canonical constructor
   */
  public PolicyPack(String schema, PolicyDocument document, List<Measure> measures, List<RateSeries> rateSeries,
      List<MeasureListing> listings) {
    this(schema, document, measures, rateSeries, listings, UNVERSIONED);
  }

  /**
   * Obtains a pack with no listings.
   *
   * @param schema  the pack format
   * @param document  the document
   * @param measures  the measures
   * @param rateSeries  the rate series
   * @return the pack
   */
  public static PolicyPack of(String schema, PolicyDocument document, List<Measure> measures,
      List<RateSeries> rateSeries) {
    return new PolicyPack(schema, document, measures, rateSeries, List.of(), UNVERSIONED);
  }

  /** The pack format this version reads and writes. */
  public static final String SCHEMA = "huiqi-policy-pack/1";

  /**
   * Creates a pack.
   *
   * @throws InvalidInputException if a field is null, the schema is not {@value #SCHEMA}, or an id repeats
   */
  public PolicyPack {
    Args.notNull(schema, "schema");
    if (!SCHEMA.equals(schema)) {
      throw new InvalidInputException("schema", schema, "must be " + SCHEMA);
    }
    Args.notNull(document, "document");
    measures = Args.listCopy(measures, "measures");
    rateSeries = Args.listCopy(rateSeries, "rateSeries");
    Set<MeasureId> seen = new HashSet<>();
    for (int i = 0; i < measures.size(); i++) {
      if (!seen.add(measures.get(i).id())) {
        throw new InvalidInputException("measures/" + i + "/id", measures.get(i).id(), "must be unique in the pack");
      }
      if (measures.get(i).documentStatus() != document.status()) {
        throw new InvalidInputException("measures/" + i + "/documentStatus", measures.get(i).documentStatus(),
            "must be the document's status " + document.status());
      }
      if (!measures.get(i).clause().document().equals(document.id())) {
        throw new InvalidInputException("measures/" + i + "/clause/document", measures.get(i).clause().document(),
            "must be the pack's document " + document.id());
      }
    }
    listings = listings == null ? List.of() : Args.listCopy(listings, "listings");
    Set<MeasureId> listed = new HashSet<>();
    for (int i = 0; i < listings.size(); i++) {
      MeasureId id = listings.get(i).measure();
      if (!seen.contains(id)) {
        throw new InvalidInputException("listings/" + i + "/measure", id, "must be a measure of the pack");
      }
      if (!listed.add(id)) {
        throw new InvalidInputException(InvalidInputException.DUPLICATE, "listings/" + i + "/measure", id,
            "must be listed at most once", "必须唯一：每项措施至多列出一次", null);
      }
    }
    version = version == null ? UNVERSIONED : Args.notBlank(version, "version");
    Set<Object> seenSeries = new HashSet<>();
    for (int i = 0; i < rateSeries.size(); i++) {
      if (!seenSeries.add(rateSeries.get(i).id())) {
        throw new InvalidInputException("rateSeries/" + i + "/id", rateSeries.get(i).id(),
            "must be unique in the pack");
      }
    }
  }
}
