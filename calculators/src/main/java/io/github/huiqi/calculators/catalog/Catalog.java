package io.github.huiqi.calculators.catalog;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.classification.size.SizeProfileStep;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.MeasureListing;
import io.github.huiqi.core.policy.MeasureParameters;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyDocument;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue: every measure of some policy data paired with its evaluator, with its window, clause label and
 * responsible departments worked out once.
 * <p>
 * {@link #builtIn()} is the built-in policy data with the built-in evaluators; a host builds its own from its packs
 * with {@link #of(PolicyData)}. Entries keep the data's measure order, which is the order of every engine report.
 * <pre>{@code
 * Catalog catalog = Catalog.of(PolicyData.builtIn().withPack(PolicyPacks.read(Path.of("district-2023.json"))));
 * MeasureOutcome outcome = catalog.evaluate(FirstLoanMeasure.SHENZHEN_2023.id(), profile,
 *     LocalDate.of(2023, 6, 30));                 // one measure, explained
 * outcome.verdict();                              // ELIGIBLE, INELIGIBLE or UNDETERMINED
 * outcome.missingFacts();                         // JSON Pointers into the profile, such as /loans/0/drawdownDate
 * EntitlementEngine engine = EntitlementEngine.of(catalog);   // every measure of the catalogue
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Catalog {

  private final PolicyData data;
  private final MeasureRegistry registry;
  private final List<Entry> entries;
  private final Map<MeasureId, Entry> byId;
  /** Each entry's measure and its id, in catalogue order, for {@link #measuresOf}. */
  private final Measure[] entryMeasures;
  private final MeasureId[] entryIds;
  /** The positions of each measure class's entries, in catalogue order, for {@link #positionsOf}. */
  private final Map<Class<?>, int[]> positionsByType;

  private Catalog(PolicyData data, MeasureRegistry registry) {
    this.data = Args.notNull(data, "data");
    this.registry = Args.notNull(registry, "registry");
    List<Entry> list = new ArrayList<>();
    Map<MeasureId, Entry> index = new LinkedHashMap<>();
    for (Measure measure : data.measures()) {
      MeasureEvaluator<?> evaluator = registry.find(measure.getClass()).orElseThrow(() -> new PolicyDataException(
          String.valueOf(measure.id()), "type", "has no evaluator registered for " + measure.getClass().getName(),
          null));
      PolicyDocument document = data.documentOf(measure);
      String label = document.documentNumber().orElse(document.title()) + " " + measure.clause().article()
          + measure.clause().item().map(item -> " " + item).orElse("");
      Optional<MeasureListing> listing = data.findListing(measure.id());
      List<LocalizedText> departments = listing.map(MeasureListing::responsibleDepartments).orElse(List.of());
      Entry entry = new Entry(measure, evaluator, MeasureParameters.window(measure), label, departments,
          listing.flatMap(MeasureListing::enterpriseRegion));
      list.add(entry);
      index.put(measure.id(), entry);
    }
    this.entries = List.copyOf(list);
    this.byId = Map.copyOf(index);
    this.entryMeasures = new Measure[entries.size()];
    this.entryIds = new MeasureId[entries.size()];
    for (int i = 0; i < entryMeasures.length; i++) {
      entryMeasures[i] = entries.get(i).measure();
      entryIds[i] = entryMeasures[i].id();
    }
    Map<Class<?>, int[]> positions = new HashMap<>();
    for (int i = 0; i < entryMeasures.length; i++) {
      int[] before = positions.getOrDefault(entryMeasures[i].getClass(), new int[0]);
      int[] after = Arrays.copyOf(before, before.length + 1);
      after[before.length] = i;
      positions.put(entryMeasures[i].getClass(), after);
    }
    this.positionsByType = Map.copyOf(positions);
  }

  /**
   * Returns the built-in catalogue: the built-in policy data and evaluators.
   *
   * @return the catalogue
   */
  public static Catalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Obtains a catalogue of policy data with the built-in evaluators.
   *
   * @param data  the policy data, such as the built-in data with a host's packs added
   * @return the catalogue
   * @throws PolicyDataException if a measure's kind has no evaluator
   */
  public static Catalog of(PolicyData data) {
    return new Catalog(data, MeasureRegistry.BUILT_IN);
  }

  /**
   * Obtains a catalogue of policy data with a registry of evaluators.
   *
   * @param data  the policy data
   * @param registry  the evaluators and stacking rules
   * @return the catalogue
   * @throws PolicyDataException if a measure's kind has no evaluator
   */
  public static Catalog of(PolicyData data, MeasureRegistry registry) {
    return new Catalog(data, registry);
  }

  /**
   * Returns the policy data.
   *
   * @return the data
   */
  public PolicyData data() {
    return data;
  }

  /**
   * Returns the registry of evaluators and stacking rules.
   *
   * @return the registry
   */
  public MeasureRegistry registry() {
    return registry;
  }

  /**
   * Returns every entry, in the data's measure order.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Finds the entry of a measure.
   *
   * @param id  the measure's id
   * @return the entry, empty if the catalogue has no such measure
   * @throws io.github.huiqi.core.error.InvalidInputException if the id is null
   */
  public Optional<Entry> find(MeasureId id) {
    Args.notNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the measure of each outcome, as the stacking rules read them: the outcomes of a whole-catalogue run, in
   * catalogue order, are matched by position (their ids are the entries' own), any others by id.
   *
   * @param outcomes  the outcomes
   * @return each outcome's measure, in the same order; null for an outcome of a measure not in this catalogue
   * @throws InvalidInputException if the outcomes or one of them is null
   */
  public Measure[] measuresOf(List<MeasureOutcome> outcomes) {
    Args.notNull(outcomes, "outcomes");
    if (inCatalogueOrder(outcomes)) {
      // a copy of the entries' own array: storing each measure into a new Measure[] checks its class against the
      // interface, one by one, which costs more than the whole match
      return entryMeasures.clone();
    }
    Measure[] measures = new Measure[outcomes.size()];
    boolean inOrder = measures.length == entryIds.length;
    for (int i = 0; i < measures.length; i++) {
      MeasureId id = Args.notNull(outcomes.get(i), "outcomes").measure();
      if (inOrder && entryIds[i] == id) {
        measures[i] = entryMeasures[i];
        continue;
      }
      inOrder = false;
      Entry entry = byId.get(id);
      measures[i] = entry == null ? null : entry.measure();
    }
    return measures;
  }

  /** Whether the outcomes are a whole-catalogue run's, in catalogue order: each has its entry's own id. */
  private boolean inCatalogueOrder(List<MeasureOutcome> outcomes) {
    if (outcomes.size() != entryIds.length) {
      return false;
    }
    for (int i = 0; i < entryIds.length; i++) {
      if (Args.notNull(outcomes.get(i), "outcomes").measure() != entryIds[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the positions in {@link #entries()} of the measures of one class, in catalogue order: the positions of
   * their outcomes in a whole-catalogue run, so that a stacking rule finds its measures without reading every
   * outcome.
   *
   * @param type  the measure's class, such as {@code VatMeasure.class} (a subclass's measures are not included)
   * @return the positions, a new array each call; empty if the catalogue has no such measure
   * @throws InvalidInputException if the type is null
   */
  public int[] positionsOf(Class<? extends Measure> type) {
    Args.notNull(type, "type");
    int[] positions = positionsByType.get(type);
    return positions == null ? new int[0] : positions.clone();
  }

  /**
   * Returns the entry of a measure.
   *
   * @param id  the measure's id
   * @return the entry
   * @throws UnknownIdentifierException if the catalogue has no such measure
   */
  public Entry get(MeasureId id) {
    Args.notNull(id, "measure");
    return find(id).orElseThrow(() -> new UnknownIdentifierException("measure", id.value()));
  }

  /**
   * Evaluates one measure for an enterprise on a date, with the default options, in the explaining form: the
   * measure's evaluator on the profile, a profile that gives its figures but not its size classified first
   * (工信部联企业〔2011〕300号 第四条, as the engine does: {@link SizeProfileStep}), so that a measure needing the size
   * reads the class its figures give. The engine does one thing more, which this method does not: it applies the
   * stacking rules across measures (one municipal interest subsidy per loan, shared caps). For the engine's outcome
   * of one measure, ask it for that measure: {@code EntitlementEngine.of(catalog).evaluate(EntitlementRequest.of(
   * profile, asOf).withMeasures(List.of(id)).withExplain(true))}.
   *
   * @param id  the measure's id
   * @param profile  the enterprise
   * @param asOf  the evaluation date
   * @return the outcome
   * @throws UnknownIdentifierException if the catalogue has no such measure
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null or a profile fact invalid for
   *     the measure
   */
  public MeasureOutcome evaluate(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    Entry entry = get(id);
    Args.notNull(profile, "profile");
    return SizeProfileStep.of(profile, data, asOf)
        .evaluate(entry, profile, new EvaluationContext(asOf, data, EngineOptions.DEFAULTS, entry), true);
  }

  /**
   * One measure of a catalogue.
   *
   * @param measure  the measure
   * @param evaluator  its evaluator
   * @param window  its window: the span of its parameters' validity
   * @param clauseLabel  its clause as a reader cites it, such as {@code 深工信〔2023〕26号 第5条}
   * @param responsibleDepartments  the departments the source names as responsible
   * @param enterpriseRegion  where an enterprise must be registered for the measure to apply, empty for anywhere
   */
  public record Entry(Measure measure, MeasureEvaluator<?> evaluator, DateRange window, String clauseLabel,
      List<LocalizedText> responsibleDepartments, Optional<Parameter<Jurisdiction>> enterpriseRegion) {

    /**
     * Creates an entry.
     *
     * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the evaluator takes another
     *     model type
     */
    public Entry {
      Args.notNull(measure, "measure");
      Args.notNull(evaluator, "evaluator");
      if (!evaluator.measureType().isInstance(measure)) {
        throw new InvalidInputException("evaluator", evaluator.measureType().getName(),
            "must take the measure's type " + measure.getClass().getName());
      }
      Args.notNull(window, "window");
      Args.notBlank(clauseLabel, "clauseLabel");
      responsibleDepartments = Args.listCopy(responsibleDepartments, "responsibleDepartments");
      Args.notNullOptional(enterpriseRegion, "enterpriseRegion");
    }

    /**
     * Evaluates the measure: first whether the enterprise is registered in the measure's region, if it has one
     * (registered elsewhere, ineligible without running the measure; not known, at most undetermined naming
     * {@code /registrationRegionCode}), then the measure's evaluator.
     *
     * @param profile  the enterprise
     * @param context  the context, whose entry is this one
     * @param explain  whether to explain
     * @return the outcome
     */
    public MeasureOutcome evaluate(EnterpriseProfile profile, EvaluationContext context, boolean explain) {
      if (enterpriseRegion.isEmpty()) {
        return run(evaluator, profile, context, explain);
      }
      Optional<String> code = profile.registrationRegionCode();
      if (code.isPresent() && enterpriseRegion.get().value().contains(code.get())) {
        // registered within the region (never a wider area then): the condition holds and changes nothing
        return run(evaluator, profile, context, explain);
      }
      EnterpriseRegionCondition region = new EnterpriseRegionCondition(enterpriseRegion.get());
      if (region.excludes(profile)) {
        return region.outside(profile, context, evaluator, explain);
      }
      return region.apply(run(evaluator, profile, context, explain), profile, context, explain);
    }

    /**
     * Tells whether the enterprise is known to be registered outside the measure's region: its registration region
     * code is given and the measure, which has a region, does not cover it. Such an enterprise's outcome is
     * ineligible without running the measure, and in the plain form it depends only on this entry and the window
     * status, which lets the engine reuse it.
     *
     * @param profile  the enterprise
     * @return true if registered elsewhere; false for a measure that applies anywhere or a region not given
     * @throws io.github.huiqi.core.error.InvalidInputException if the profile is null
     */
    public boolean registeredElsewhere(EnterpriseProfile profile) {
      Args.notNull(profile, "profile");
      return enterpriseRegion.isPresent() && new EnterpriseRegionCondition(enterpriseRegion.get()).excludes(profile);
    }

    private <M extends Measure> MeasureOutcome run(MeasureEvaluator<M> typed, EnterpriseProfile profile,
        EvaluationContext context, boolean explain) {
      // the constructor checked that the measure is of the evaluator's type: no second look at it on every run
      @SuppressWarnings("unchecked")
      M model = (M) measure;
      return typed.evaluate(model, profile, context, explain);
    }
  }

  /** Lazy holder: the built-in catalogue is built on first use. */
  private static final class BuiltIn {
    static final Catalog INSTANCE = of(PolicyData.builtIn());
  }
}
