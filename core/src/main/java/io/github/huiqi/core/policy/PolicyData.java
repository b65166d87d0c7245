package io.github.huiqi.core.policy;

import io.github.huiqi.core.audit.MeasureIdentity;
import io.github.huiqi.core.audit.PackIdentity;
import io.github.huiqi.core.audit.Sha256;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.rates.RateSeries;
import io.github.huiqi.core.rates.RateSeriesId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy data a calculation runs on: documents, measures and rate series, gathered from policy packs.
 * <p>
 * Lookups follow one convention: {@code getX} returns the item or throws {@link UnknownIdentifierException};
 * {@code findX} returns an {@link Optional}. {@link #builtIn()} holds the built-in packs; a host adds or replaces
 * packs with {@link #withPack(PolicyPack)}: a pack for a document already present replaces that document with its
 * measures, and a rate series with an existing id replaces that series (a newer LPR table, for example).
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * FirstLoanMeasure measure = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);   // typed, or throws
 * measure.annualSubsidyRate().value();          // 2%, with its citation: measure.annualSubsidyRate().citation()
 * PolicyData withMine = data.withPack(PolicyPacks.read(Path.of("lpr-2024.json")));   // a host's own pack
 * Optional<Measure> maybe = withMine.findMeasure(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyData {

  private final Map<DocumentId, PolicyPack> packs;
  private final Map<MeasureId, Measure> measures;
  private final List<Measure> measureList;
  private final Map<RateSeriesId, RateSeries> rateSeries;
  private final Map<MeasureId, MeasureListing> listings;
  /** The packs' identities, computed the first time a receipt asks (a benign race: each thread computes the same). */
  private volatile Map<DocumentId, PackIdentity> identities;
  /** The identities of this data's own measures, each computed the first time a calculator's receipt asks. */
  private final Map<MeasureId, MeasureIdentity> measureIdentities = new ConcurrentHashMap<>();

  private PolicyData(Map<DocumentId, PolicyPack> packs, Map<RateSeriesId, RateSeries> rateSeries) {
    this.packs = Collections.unmodifiableMap(packs);
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
    this.measures = Collections.unmodifiableMap(byId);
    this.measureList = List.copyOf(byId.values());
    Map<MeasureId, MeasureListing> listed = new LinkedHashMap<>();
    for (PolicyPack pack : packs.values()) {
      for (MeasureListing listing : pack.listings()) {
        listed.put(listing.measure(), listing);
      }
    }
    this.listings = Collections.unmodifiableMap(listed);
    this.rateSeries = Collections.unmodifiableMap(rateSeries);
  }

  /**
   * Returns the built-in policy data: the packs listed in {@link PolicyPacks#BUILT_IN_RESOURCES}, loaded and
   * validated once.
   *
   * @return the built-in data
   * @throws io.github.huiqi.core.error.PolicyDataException if a built-in pack is malformed (a packaging defect)
   */
  public static PolicyData builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Obtains policy data from packs, later packs replacing earlier ones as {@link #withPack(PolicyPack)} describes.
   *
   * @param packs  the packs
   * @return the data
   */
  public static PolicyData of(List<PolicyPack> packs) {
    PolicyData data = new PolicyData(new LinkedHashMap<>(), new LinkedHashMap<>());
    for (PolicyPack pack : Args.listCopy(packs, "packs")) {
      data = data.withPack(pack);
    }
    return data;
  }

  /**
   * Returns a copy of this data with a pack added, replacing the same document's pack and any rate series with the
   * same ids.
   *
   * @param pack  the pack
   * @return the new data; this instance is unchanged
   * @throws InvalidInputException if a measure id of the pack is already defined by another document
   */
  public PolicyData withPack(PolicyPack pack) {
    Args.notNull(pack, "pack");
    Map<DocumentId, PolicyPack> newPacks = new LinkedHashMap<>(packs);
    newPacks.put(pack.document().id(), pack);
    Map<RateSeriesId, RateSeries> newSeries = new LinkedHashMap<>(rateSeries);
    for (RateSeries series : pack.rateSeries()) {
      newSeries.put(series.id(), series);
    }
    return new PolicyData(newPacks, newSeries);
  }

  /**
   * Returns the identity of the packs a result used, as its audit receipt records them: the packs holding the measures
   * given and every pack that publishes a rate series (any measure may read a rate), in the order of this data.
   *
   * @param used  the measures the result evaluated
   * @return the identities: document, version and the SHA-256 of each pack's canonical JSON
   * @throws InvalidInputException if the set is null
   */
  public List<PackIdentity> packIdentities(Collection<MeasureId> used) {
    Args.notNull(used, "used");
    Map<DocumentId, PackIdentity> all = identities();
    Set<DocumentId> wanted = new HashSet<>();
    for (MeasureId id : used) {
      Measure measure = measures.get(id);
      if (measure != null) {
        wanted.add(measure.clause().document());
      }
    }
    List<PackIdentity> result = new ArrayList<>();
    for (PolicyPack pack : packs.values()) {
      if (wanted.contains(pack.document().id()) || !pack.rateSeries().isEmpty()) {
        result.add(all.get(pack.document().id()));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns the identity of the packs that hold the given measures, exactly as given, and of those that publish the
   * given rate series, in the order of this data, as a calculator's audit receipt records them.
   * <p>
   * A measure counts only when this data holds an equal one: a measure changed since (built in Java, or replaced with
   * {@link #withMeasure}) names no pack of this data, and is identified by its own hash instead
   * ({@link io.github.huiqi.core.audit.MeasureIdentity}).
   *
   * @param used  the measures a result evaluated
   * @param series  the rate series it read
   * @return the identities: document, version and the SHA-256 of each pack's canonical JSON
   * @throws InvalidInputException if an argument is null
   */
  public List<PackIdentity> packIdentitiesOf(Collection<? extends Measure> used, Collection<RateSeriesId> series) {
    Args.notNull(used, "used");
    Args.notNull(series, "series");
    Set<DocumentId> wanted = new HashSet<>();
    for (Measure measure : used) {
      Args.notNull(measure, "used");
      PolicyPack pack = packs.get(measure.clause().document());
      Measure held = measures.get(measure.id());
      if (pack != null && (held == measure || measure.equals(held))) {
        wanted.add(pack.document().id());
      }
    }
    for (RateSeriesId id : series) {
      RateSeries published = rateSeries.get(id);
      for (PolicyPack pack : packs.values()) {
        if (published != null && pack.rateSeries().contains(published)) {
          wanted.add(pack.document().id());
        }
      }
    }
    Map<DocumentId, PackIdentity> all = identities();
    List<PackIdentity> result = new ArrayList<>();
    for (PolicyPack pack : packs.values()) {
      if (wanted.contains(pack.document().id())) {
        result.add(all.get(pack.document().id()));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns the identity of a measure, as a calculator's audit receipt records it: the same as
   * {@link MeasureIdentity#of(Measure)}, remembered for the measures this data holds (the very instances), so that
   * an explained result of a built-in measure does not hash the measure again.
   *
   * @param measure  the measure
   * @return its identity
   * @throws InvalidInputException if the measure is null
   */
  public MeasureIdentity measureIdentity(Measure measure) {
    Args.notNull(measure, "measure");
    if (measures.get(measure.id()) != measure) {
      return MeasureIdentity.of(measure);
    }
    return measureIdentities.computeIfAbsent(measure.id(), id -> MeasureIdentity.of(measure));
  }

  private Map<DocumentId, PackIdentity> identities() {
    Map<DocumentId, PackIdentity> all = identities;
    if (all == null) {
      all = new LinkedHashMap<>();
      for (PolicyPack pack : packs.values()) {
        all.put(pack.document().id(), new PackIdentity(pack.document().id().value(), pack.version(),
            Sha256.of(HuiqiJson.writeCanonical(pack))));
      }
      identities = Collections.unmodifiableMap(all);
    }
    return all;
  }

  //-------------------------------------------------------------------------
  /**
   * Returns the documents, in load order.
   *
   * @return the documents
   */
  public List<PolicyDocument> documents() {
    List<PolicyDocument> documents = new ArrayList<>();
    packs.values().forEach(pack -> documents.add(pack.document()));
    return List.copyOf(documents);
  }

  /**
   * Returns the document with an identifier.
   *
   * @param id  the identifier
   * @return the document
   * @throws UnknownIdentifierException if not found
   */
  public PolicyDocument getDocument(DocumentId id) {
    return findDocument(id).orElseThrow(() -> new UnknownIdentifierException("document", String.valueOf(id)));
  }

  /**
   * Finds the document with an identifier.
   *
   * @param id  the identifier
   * @return the document, empty if not found
   */
  public Optional<PolicyDocument> findDocument(DocumentId id) {
    return Optional.ofNullable(packs.get(id)).map(PolicyPack::document);
  }

  /**
   * Returns every measure, in load order.
   *
   * @return the measures
   */
  public List<Measure> measures() {
    return measureList;
  }

  /**
   * Returns the measure with a typed identifier:
   * <pre>
   * FirstLoanMeasure measure = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
   * </pre>
   *
   * @param <T>  the model type
   * @param id  the typed identifier, such as {@code FirstLoanMeasure.SHENZHEN_2023}
   * @return the measure
   * @throws UnknownIdentifierException if not found, or found with another model type
   */
  public <T extends Measure> T getMeasure(TypedMeasureId<T> id) {
    Args.notNull(id, "id");
    return getMeasure(id.id(), id.type());
  }

  /**
   * Returns the measure with an identifier, of a model type.
   *
   * @param <T>  the model type
   * @param id  the identifier
   * @param type  the model type, such as {@code FirstLoanMeasure.class}
   * @return the measure
   * @throws UnknownIdentifierException if not found, or found with another model type
   * @throws io.github.huiqi.core.error.InvalidInputException if the type is null
   */
  public <T extends Measure> T getMeasure(MeasureId id, Class<T> type) {
    Args.notNull(type, "type");
    Measure measure = measures.get(id);
    if (measure == null) {
      throw new UnknownIdentifierException("measure", String.valueOf(id));
    }
    if (!type.isInstance(measure)) {
      throw new UnknownIdentifierException("measure", id.value(),
          "is a " + measure.getClass().getSimpleName() + ", not a " + type.getSimpleName());
    }
    return type.cast(measure);
  }

  /**
   * Finds the measure with an identifier.
   *
   * @param id  the identifier
   * @return the measure, empty if not found
   */
  public Optional<Measure> findMeasure(MeasureId id) {
    return Optional.ofNullable(measures.get(id));
  }

  /**
   * Finds how a measure is listed for enterprises: its responsible departments.
   *
   * @param id  the measure's identifier
   * @return the listing, empty if its pack lists none
   */
  public Optional<MeasureListing> findListing(MeasureId id) {
    return Optional.ofNullable(listings.get(id));
  }

  /**
   * Returns the document that enacts a measure.
   *
   * @param measure  the measure
   * @return the document
   * @throws UnknownIdentifierException if the measure's document is not in this data
   */
  public PolicyDocument documentOf(Measure measure) {
    return getDocument(Args.notNull(measure, "measure").clause().document());
  }

  /**
   * Returns the rate series with an identifier.
   *
   * @param id  the identifier, such as {@link RateSeriesId#LPR_1Y}
   * @return the series
   * @throws UnknownIdentifierException if not found
   */
  public RateSeries getRateSeries(RateSeriesId id) {
    RateSeries series = rateSeries.get(id);
    if (series == null) {
      throw new UnknownIdentifierException("rate series", String.valueOf(id));
    }
    return series;
  }

  /**
   * Finds the rate series with an identifier.
   *
   * @param id  the identifier
   * @return the series, empty if not found
   */
  public Optional<RateSeries> findRateSeries(RateSeriesId id) {
    return Optional.ofNullable(rateSeries.get(id));
  }

  /**
   * Returns a copy of this data with one measure replaced by a changed one of the same id, in its document's pack
   * (the listings and rate series kept): the way a host or a policy sandbox derives a changed pack, such as the
   * risk pool's uplift raised from 30 to 40 points or the first-loan cap from 200,000 to 300,000. Build the changed
   * measure from the current one, for example
   * {@code new FirstLoanMeasure(..., m.capPerEnterprise().withValue(Cny.of("300000")), ...)}; its constructor
   * validates it as the pack reader would.
   *
   * @param replacement  the changed measure
   * @return the new data; this instance is unchanged
   * @throws InvalidInputException if the replacement is null or no pack defines a measure with its id
   */
  public PolicyData withMeasure(Measure replacement) {
    Args.notNull(replacement, "replacement");
    for (PolicyPack pack : packs.values()) {
      List<Measure> changed = new ArrayList<>(pack.measures());
      for (int i = 0; i < changed.size(); i++) {
        if (changed.get(i).id().equals(replacement.id())) {
          changed.set(i, replacement);
          return withPack(new PolicyPack(pack.schema(), pack.document(), changed, pack.rateSeries(),
              pack.listings()));
        }
      }
    }
    throw new InvalidInputException("replacement/id", replacement.id(), "must be the id of a measure in the data");
  }

  /** Lazy holder: the built-in packs are read on first use, once, by the class-loading lock. */
  private static final class BuiltIn {
    static final PolicyData INSTANCE = load();

    private static PolicyData load() {
      List<PolicyPack> packs = new ArrayList<>();
      for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
        packs.add(PolicyPacks.readBuiltIn(resource));
      }
      return of(packs);
    }
  }
}
