package io.github.huiqi.core.policy;

import io.github.huiqi.core.audit.MeasureIdentity;
import io.github.huiqi.core.audit.PackIdentity;
import io.github.huiqi.core.audit.Sha256;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.internal.Args;
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

  /** Every pack's documents, measures, listings and series; for the built-in data, null until a lookup needs all. */
  private volatile PolicyContents contents;
  /** The built-in packs, each read when a lookup first needs it; null for any other data. */
  private final BuiltInPacks builtInPacks;
  /** The packs' identities, computed the first time a receipt asks (a benign race: each thread computes the same). */
  private volatile Map<DocumentId, PackIdentity> identities;
  /** The identities of this data's own measures, each computed the first time a calculator's receipt asks. */
  private final Map<MeasureId, MeasureIdentity> measureIdentities = new ConcurrentHashMap<>();

  private PolicyData(PolicyContents contents) {
    this.contents = contents;
    this.builtInPacks = null;
  }

  private PolicyData(BuiltInPacks builtInPacks) {
    this.builtInPacks = builtInPacks;
  }

  /** Data over the built-in packs, each read when a lookup first needs it (package-private for the tests). */
  static PolicyData onDemand(BuiltInPacks builtInPacks) {
    return new PolicyData(builtInPacks);
  }

  /** Every pack's contents, reading the built-in packs not read yet (each once, whichever thread asks first). */
  private PolicyContents contents() {
    PolicyContents all = contents;
    if (all == null) {
      all = builtInPacks.all();
      contents = all;
    }
    return all;
  }

  /**
   * The built-in pack of a document, read if not yet, while this data's other packs are not needed; null once every
   * pack is read or when no built-in pack is that document's (then the caller looks in every pack).
   */
  private PolicyPack builtInPackOf(String documentId) {
    return contents == null ? builtInPacks.packOf(documentId) : null;
  }

  /**
   * Returns the built-in policy data: the packs listed in {@link PolicyPacks#BUILT_IN_RESOURCES}. Each pack is read
   * and validated once, when a lookup first needs it: a bank that asks for one measure by id
   * ({@link #getMeasure(TypedMeasureId)}, {@link #findMeasure}, {@link #findListing}, {@link #getDocument}) reads
   * only that measure's document, and the first lookup that needs every pack ({@link #measures()},
   * {@link #documents()}, a rate series, a receipt, {@link #withPack}) reads the rest. The measures are the same
   * instances whichever way they were first found.
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
    PolicyData data = new PolicyData(PolicyContents.EMPTY);
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
    return new PolicyData(contents().withPack(pack));
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
    PolicyContents data = contents();
    Set<DocumentId> wanted = new HashSet<>();
    for (MeasureId id : used) {
      Measure measure = data.measures().get(id);
      if (measure != null) {
        wanted.add(measure.clause().document());
      }
    }
    List<PackIdentity> result = new ArrayList<>();
    for (PolicyPack pack : data.packs().values()) {
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
    PolicyContents data = contents();
    Set<DocumentId> wanted = new HashSet<>();
    for (Measure measure : used) {
      Args.notNull(measure, "used");
      PolicyPack pack = data.packs().get(measure.clause().document());
      Measure held = data.measures().get(measure.id());
      if (pack != null && (held == measure || measure.equals(held))) {
        wanted.add(pack.document().id());
      }
    }
    for (RateSeriesId id : series) {
      RateSeries published = data.rateSeries().get(id);
      for (PolicyPack pack : data.packs().values()) {
        if (published != null && pack.rateSeries().contains(published)) {
          wanted.add(pack.document().id());
        }
      }
    }
    Map<DocumentId, PackIdentity> all = identities();
    List<PackIdentity> result = new ArrayList<>();
    for (PolicyPack pack : data.packs().values()) {
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
    if (held(measure.id()) != measure) {
      return MeasureIdentity.of(measure);
    }
    return measureIdentities.computeIfAbsent(measure.id(), id -> MeasureIdentity.of(measure));
  }

  private Map<DocumentId, PackIdentity> identities() {
    Map<DocumentId, PackIdentity> all = identities;
    if (all == null) {
      all = new LinkedHashMap<>();
      for (PolicyPack pack : contents().packs().values()) {
        all.put(pack.document().id(), new PackIdentity(pack.document().id().value(), pack.version(),
            Sha256.ofCanonicalJson(pack)));
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
    contents().packs().values().forEach(pack -> documents.add(pack.document()));
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
    if (id != null) {
      PolicyPack pack = builtInPackOf(id.value());
      if (pack != null) {
        return Optional.of(pack.document());
      }
    }
    return Optional.ofNullable(contents().packs().get(id)).map(PolicyPack::document);
  }

  /**
   * Returns every measure, in load order.
   *
   * @return the measures
   */
  public List<Measure> measures() {
    return contents().measureList();
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
    Measure measure = held(id);
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
    return Optional.ofNullable(held(id));
  }

  /** The document part of a measure id, before its first dot ({@code sz-gxj-2023-26} of {@code sz-gxj-2023-26.x}). */
  private static String documentPart(MeasureId id) {
    int dot = id.value().indexOf('.');
    return dot < 0 ? id.value() : id.value().substring(0, dot);
  }

  /** The measure with an id, from its own built-in pack while the others are not needed; null if none. */
  private Measure held(MeasureId id) {
    if (id != null) {
      PolicyPack pack = builtInPackOf(documentPart(id));
      if (pack != null) {
        for (Measure measure : pack.measures()) {
          if (measure.id().equals(id)) {
            return measure;
          }
        }
      }
    }
    return contents().measures().get(id);
  }

  /**
   * Finds how a measure is listed for enterprises: its responsible departments.
   *
   * @param id  the measure's identifier
   * @return the listing, empty if its pack lists none
   */
  public Optional<MeasureListing> findListing(MeasureId id) {
    if (id != null) {
      PolicyPack pack = builtInPackOf(documentPart(id));
      if (pack != null) {
        for (MeasureListing listing : pack.listings()) {
          if (listing.measure().equals(id)) {
            return Optional.of(listing);
          }
        }
      }
    }
    return Optional.ofNullable(contents().listings().get(id));
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
    RateSeries series = contents().rateSeries().get(id);
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
    return Optional.ofNullable(contents().rateSeries().get(id));
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
    for (PolicyPack pack : contents().packs().values()) {
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

  /** Lazy holder: the built-in data, its packs read as lookups need them. */
  private static final class BuiltIn {
    static final PolicyData INSTANCE = onDemand(new BuiltInPacks());
  }
}
