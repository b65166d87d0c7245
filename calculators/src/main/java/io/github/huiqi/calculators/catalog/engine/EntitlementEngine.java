package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.EvaluationRun;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.StackedOutcomes;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.calculators.classification.size.SizeProfileStep;
import io.github.huiqi.core.audit.LibraryVersion;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.audit.Sha256;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The entitlement engine: which measures an enterprise qualifies for, what each is worth, and which facts are still
 * missing.
 * <p>
 * It runs every measure of a catalogue (the built-in one, or a host's own from its packs) for one profile on one
 * evaluation date, applies the stacking rules across measures (one municipal interest subsidy per loan, explicitly
 * stackable pairs, and the combinations no source settles, by {@link EngineOptions}), totals the money in reach each
 * kind apart, and ranks the missing facts by the money they decide:
 * <pre>{@code
 * EnterpriseProfile profile = EnterpriseProfile.builder()
 *     .registrationRegionCode("440306").size(EnterpriseSize.SMALL).loans(List.of(loan)).build();
 * EntitlementEngine engine = EntitlementEngine.builtIn();
 * EntitlementReport report = engine.evaluate(profile, LocalDate.of(2023, 6, 30));   // plain: amounts, verdicts
 * report.totals().inReach();        // e.g. CNY 30,000.00 .. (no upper bound): a fee saved, the rest still open
 * report.firstQuestion();           // e.g. /grantEvents, deciding CNY 10,500,000.00
 * EntitlementReport explained = engine.explain(profile, LocalDate.of(2023, 6, 30));   // with reasons and steps
 * String json = engine.evaluateJson(requestJson);   // {"profile": {...}, "asOf": "2023-06-30", "explain": true}
 * }</pre>
 * (The figures are those of the command line's sample's first loan, a guaranteed 3,000,000 drawn 2023-02-10.) A
 * profile with only a region and an industry comes back with ranges and a ranked question list, not an error. A
 * measure the profile's facts break is reported as an {@link EvaluationFailure} and the report says it is not
 * complete; the other measures are still evaluated. So are the measures of a stacking rule that cannot be applied
 * (each an {@code EvaluationFailure} naming the rule; every outcome for a rule that names no measure classes), the
 * other rules and measures still computed.
 * <p>
 * This class is immutable and thread-safe; it reads no clock.
 */
public final class EntitlementEngine {

  /** The members of a report that a receipt does not have: a document with any of them is read as a report. */
  private static final List<String> REPORT_ONLY = List.of("outcomes", "receipt", "complete", "totals",
      "nextQuestions", "failures", "options");

  private final Catalog catalog;
  private final EngineOptions options;
  private final OutsideOutcomes outside;
  private final int[] everyPosition;
  /** Per stacking rule, in the registry's order: whether the entry at each position is of a class it concerns. */
  private final boolean[][] ruleMembers;

  private EntitlementEngine(Catalog catalog, EngineOptions options) {
    this.catalog = Args.notNull(catalog, "catalog");
    this.options = Args.notNull(options, "options");
    this.outside = new OutsideOutcomes(catalog.entries());
    this.everyPosition = IntStream.range(0, catalog.entries().size()).toArray();
    List<StackingRule> rules = catalog.registry().stackingRules();
    this.ruleMembers = new boolean[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      ruleMembers[r] = new boolean[everyPosition.length];
      for (int i = 0; i < everyPosition.length; i++) {
        ruleMembers[r][i] = isOf(rules.get(r).measureClasses(), catalog.entries().get(i).measure());
      }
    }
  }

  /**
   * Returns the engine over the built-in catalogue with the default options.
   *
   * @return the engine
   */
  public static EntitlementEngine builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Obtains an engine over a catalogue with the default options.
   *
   * @param catalog  the catalogue, such as {@code Catalog.of(PolicyData.builtIn().withPack(districtPack))}
   * @return the engine
   */
  public static EntitlementEngine of(Catalog catalog) {
    return new EntitlementEngine(catalog, EngineOptions.DEFAULTS);
  }

  /**
   * Returns a copy with options: this engine when they are its own, so that a request with the engine's options
   * (every request with the defaults, to the default engine) keeps its outcomes of measures the enterprise is
   * registered outside of.
   *
   * @param chosen  the options
   * @return the copy
   * @throws InvalidInputException if the options are null
   */
  public EntitlementEngine withOptions(EngineOptions chosen) {
    Args.notNull(chosen, "options");
    return chosen.equals(options) ? this : new EntitlementEngine(catalog, chosen);
  }

  /**
   * Returns the catalogue.
   *
   * @return the catalogue
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public EngineOptions options() {
    return options;
  }

  //-------------------------------------------------------------------------
  /**
   * Evaluates every measure for an enterprise in the plain form: verdicts, amounts, binding limits and missing facts,
   * without reasons or explanation steps.
   *
   * @param profile  the enterprise
   * @param asOf  the evaluation date, 1990-01-01 to 2100-12-31
   * @return the report
   * @throws InvalidInputException if an argument is null or the date out of range, naming it
   */
  public EntitlementReport evaluate(EnterpriseProfile profile, LocalDate asOf) {
    return run(profile, asOf, Optional.empty(), false, null);
  }

  /**
   * Evaluates every measure for an enterprise with reasons and cited explanations, and gives the report its audit
   * receipt ({@link EntitlementReport#receipt()}): the same as {@code evaluate(EntitlementRequest.of(profile, asOf)
   * .withExplain(true))} with this engine's options, so {@link #replay} can check it later.
   *
   * @param profile  the enterprise
   * @param asOf  the evaluation date, 1990-01-01 to 2100-12-31
   * @return the report, with its receipt
   * @throws InvalidInputException if an argument is null or the date out of range, naming it
   */
  public EntitlementReport explain(EnterpriseProfile profile, LocalDate asOf) {
    return evaluate(EntitlementRequest.of(profile, asOf).withExplain(true).withOptions(options));
  }

  /**
   * Evaluates a request: some or all measures, plain or explained, with the request's options, or this engine's when
   * the request gives none ({@link EntitlementRequest#hasOptions()}). An explained report carries its audit receipt,
   * whose input hash is that of the request's canonical JSON with the options applied.
   *
   * @param request  the request
   * @return the report, with a receipt when explained
   * @throws InvalidInputException if the request is null
   * @throws UnknownIdentifierException if a requested measure is not in the catalogue
   */
  public EntitlementReport evaluate(EntitlementRequest request) {
    Args.notNull(request, "request");
    // a request that gives no options takes this engine's, and its receipt hashes the request with them
    EntitlementRequest effective = request.hasOptions() ? request : request.withOptions(options);
    Set<MeasureId> read = effective.explain() ? new HashSet<>() : null;
    EntitlementReport report = withOptions(effective.options()).run(effective.profile(), effective.asOf(),
        effective.measures(), effective.explain(), read);
    return effective.explain() ? report.withReceipt(receipt(effective, report, read)) : report;
  }

  /**
   * Recomputes an explained report and says whether its receipt still matches the one recorded: the same library
   * version, the same packs (each pack's version and SHA-256), the same date, the same input and the same result.
   * <p>
   * A difference names what changed, such as {@code packs/sz-gxj-2023-26/sha256} when a pack was edited or
   * {@code resultSha256} when the same input now gives another result.
   * <pre>{@code
   * ReplayResult replay = EntitlementEngine.builtIn().replay(request, report.receipt().orElseThrow());
   * if (!replay.matches()) { replay.differences().forEach(System.out::println); }
   * }</pre>
   *
   * @param request  the request the report answered; it is evaluated explained, whatever its {@code explain}
   * @param recorded  the receipt recorded with the report
   * @return whether it matches, with every difference and the receipt recomputed now
   * @throws InvalidInputException if an argument is null
   * @throws UnknownIdentifierException if a requested measure is no longer in the catalogue
   */
  public ReplayResult replay(EntitlementRequest request, Receipt recorded) {
    Args.notNull(request, "request");
    Args.notNull(recorded, "receipt");
    EntitlementReport again = evaluate(request.withExplain(true));
    return recorded.compareWith(again.receipt().orElseThrow());
  }

  /**
   * Replays from JSON: the request, and the receipt or the whole explained report that holds it.
   * <p>
   * Given the whole report, the replay also checks that it is the one the receipt was issued for: the report without
   * its receipt must hash (canonical JSON, as when issued) to the receipt's {@code resultSha256}. A report edited
   * after issue whose receipt was kept does not match: the difference {@value ReplayResult#SAVED_RESULT} gives the
   * receipt's hash and the saved report's.
   *
   * @param requestJson  the {@link EntitlementRequest}, read by the hardened mapper
   * @param receiptJson  a {@link Receipt}, or an {@link EntitlementReport} with its {@code receipt}
   * @return the {@link ReplayResult} as JSON
   * @throws InvalidInputException if either document is malformed, the report holds no receipt, or the request names
   *     a measure the catalogue lacks or names one twice, naming the field (such as {@code /measures/1})
   */
  public String replayJson(String requestJson, String receiptJson) {
    EntitlementRequest request = readRequest(requestJson);
    Receipt recorded;
    Optional<EntitlementReport> saved = Optional.empty();
    if (isReport(HuiqiJson.read(receiptJson, JsonNode.class))) {
      saved = Optional.of(HuiqiJson.read(receiptJson, EntitlementReport.class));
      recorded = saved.get().receipt().orElseThrow(() ->
          new InvalidInputException("/receipt", "", "must be present: only an explained report has a receipt"));
    } else {
      recorded = HuiqiJson.read(receiptJson, Receipt.class);
    }
    ReplayResult replay = replay(request, recorded);
    if (saved.isEmpty()) {
      return HuiqiJson.write(replay);
    }
    EntitlementReport report = saved.get();
    String body = Sha256.ofCanonicalJson(new EntitlementReport(report.asOf(), report.options(),
        report.complete(), report.outcomes(), report.failures(), report.totals(), report.jointLimits(),
        report.nextQuestions(), Optional.empty()));
    if (body.equals(recorded.resultSha256())) {
      return HuiqiJson.write(replay);
    }
    List<ReplayResult.Difference> differences = new ArrayList<>(replay.differences());
    differences.add(new ReplayResult.Difference(ReplayResult.SAVED_RESULT, recorded.resultSha256(), body));
    return HuiqiJson.write(new ReplayResult(false, differences, replay.recomputed()));
  }

  /** Whether a saved document is a report (so that one missing its outcomes is named as such, not as a receipt). */
  private static boolean isReport(JsonNode saved) {
    for (String member : REPORT_ONLY) {
      if (saved.has(member)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The receipt of an explained report: what it used (the measures evaluated, and those read for them, such as the
   * size standard that classified the profile), and the hashes of its input and of itself.
   */
  private Receipt receipt(EntitlementRequest request, EntitlementReport report, Set<MeasureId> read) {
    Set<MeasureId> used = new HashSet<>(read);
    report.outcomes().forEach(outcome -> used.add(outcome.measure()));
    report.failures().forEach(failure -> used.add(failure.measure()));
    return new Receipt(LibraryVersion.CURRENT, report.asOf(), catalog.data().packIdentities(used),
        Receipt.CANONICAL_JSON, Sha256.ofCanonicalJson(request),
        Sha256.ofCanonicalJson(report));
  }

  /**
   * Evaluates a JSON {@link EntitlementRequest} and returns the {@link EntitlementReport} as JSON. This is the
   * platform's entry point: no Java measure type is needed.
   *
   * @param requestJson  the request, read by the hardened mapper
   * @return the report as JSON
   * @throws InvalidInputException if the JSON is malformed, a fact has the wrong type or value, the date is out of
   *     range, or a measure id is not in the catalogue, naming the JSON Pointer (such as {@code /profile/loans/0/
   *     principal} or {@code /measures/1})
   */
  public String evaluateJson(String requestJson) {
    return HuiqiJson.write(evaluate(readRequest(requestJson)));
  }

  /** Reads a JSON request and checks its measures against the catalogue, naming {@code /measures/i}. */
  private EntitlementRequest readRequest(String requestJson) {
    EntitlementRequest request = HuiqiJson.read(requestJson, EntitlementRequest.class);
    List<MeasureId> ids = request.measures().orElse(List.of());
    for (int i = 0; i < ids.size(); i++) {
      if (catalog.find(ids.get(i)).isEmpty()) {
        throw new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, "/measures/" + i, ids.get(i),
            "is not a measure of the catalogue", "不是目录中的措施", null);
      }
    }
    return request;
  }

  //-------------------------------------------------------------------------
  /** Runs the measures; {@code read}, when given, collects the measures read besides those evaluated. */
  private EntitlementReport run(EnterpriseProfile profile, LocalDate asOf, Optional<List<MeasureId>> only,
      boolean explain, Set<MeasureId> read) {
    Args.notNull(profile, "profile");
    EntitlementRequest.checkDate(asOf);
    List<Catalog.Entry> entries = catalog.entries();
    Set<MeasureId> asked = only.map(this::asked).orElse(null);
    int[] positions = select(asked);
    SizeProfileStep sizing = SizeProfileStep.of(profile, catalog.data(), asOf);
    if (read != null) {
      sizing.standardUsed().ifPresent(standard -> read.add(standard.id()));
    }
    boolean[] elsewhere = outside.elsewhere(profile.registrationRegionCode().orElse(null));
    // gathered in an array of the most there can be, made an immutable list once
    MeasureOutcome[] evaluated = new MeasureOutcome[positions.length];
    int count = 0;
    List<EvaluationFailure> failures = new ArrayList<>();
    EvaluationRun shared = EvaluationRun.create();
    // the first measure's context is the stacking rules' too
    EvaluationContext first = positions.length == 0 ? null
        : new EvaluationContext(asOf, catalog.data(), options, entries.get(positions[0]), shared);
    for (int k = 0; k < positions.length; k++) {
      int position = positions[k];
      Catalog.Entry entry = entries.get(position);
      // the outcome of a measure whose region the firm is registered outside, built before, needs no context
      MeasureOutcome known = explain || !elsewhere[position] ? null : outside.known(position, entry, asOf);
      if (known != null) {
        evaluated[count++] = known;
        continue;
      }
      EvaluationContext context = k == 0 ? first
          : new EvaluationContext(asOf, catalog.data(), options, entry, shared);
      try {
        MeasureOutcome outcome = !explain && elsewhere[position]
            ? outside.get(position, entry, profile, context)
            : sizing.evaluate(entry, profile, context, explain);
        evaluated[count++] = outcome;
      } catch (HuiqiException ex) {
        failures.add(new EvaluationFailure(entry.measure().id(), ex.code(), ex.field(), ex.value(),
            ex.getMessage(), ex.message(Locale.SIMPLIFIED_CHINESE)));
      } catch (RuntimeException ex) {
        failures.add(new EvaluationFailure(entry.measure().id(), "internal-error", "", "",
            ex.getClass().getSimpleName() + ": " + ex.getMessage()));
      }
    }
    List<MeasureOutcome> outcomes = List.of(count == evaluated.length ? evaluated : Arrays.copyOf(evaluated, count));
    List<JointLimit> declared = new ArrayList<>();
    if (first != null && !outcomes.isEmpty()) {
      for (StackingRule rule : catalog.registry().stackingRules()) {
        try {
          StackedOutcomes stacked = rule.applyJointly(outcomes, profile, first, catalog, explain);
          outcomes = stacked.outcomes();
          declared.addAll(stacked.jointLimits());
        } catch (RuntimeException ex) {
          // a rule that cannot be applied leaves its measures' outcomes unstacked, which may count a loan twice: they
          // are reported as failures, as a measure that cannot be evaluated is, and the rest is computed
          outcomes = setAside(outcomes, rule, ex, failures);
        }
      }
    }
    if (asked != null && positions.length > asked.size()) {
      // the measures evaluated for the stacking rules only: read, not reported
      outcomes = reported(outcomes, asked);
      failures.removeIf(failure -> !asked.contains(failure.measure()));
      if (read != null) {
        for (int position : positions) {
          read.add(entries.get(position).measure().id());
        }
      }
    }
    PossiblePlaces places = PossiblePlaces.of(outcomes, profile.registrationRegionCode().orElse(null), catalog);
    // a group counts once only while it holds on the outcomes reported (a later rule may set a member aside, or the
    // request leave one out): otherwise its members are added apart
    AlternativeGroups groups = AlternativeGroups.of(outcomes, declared, places);
    return new EntitlementReport(asOf, options, failures.isEmpty(), outcomes, failures,
        EntitlementTotals.of(outcomes, places, groups), groups.held(), NextQuestions.rank(outcomes, places, groups),
        Optional.empty());
  }

  /**
   * The outcomes of the measures asked, in their order, as an immutable list that the report and the totals keep
   * as it is (a stream's list may hold nulls, so each would copy it).
   */
  private static List<MeasureOutcome> reported(List<MeasureOutcome> outcomes, Set<MeasureId> asked) {
    MeasureOutcome[] kept = new MeasureOutcome[outcomes.size()];
    int count = 0;
    for (MeasureOutcome outcome : outcomes) {
      if (asked.contains(outcome.measure())) {
        kept[count++] = outcome;
      }
    }
    return List.of(Arrays.copyOf(kept, count));
  }

  /** The measures a request asks for, each checked against the catalogue in the request's order. */
  private Set<MeasureId> asked(List<MeasureId> only) {
    // the request lists each measure once
    Set<MeasureId> wanted = new HashSet<>();
    for (MeasureId id : only) {
      catalog.get(id);
      wanted.add(id);
    }
    return wanted;
  }

  /**
   * The catalogue positions of the measures to evaluate, in catalogue order: all of them, or those asked for and,
   * for each stacking rule that concerns one of them ({@link StackingRule#measureClasses()}), every measure of the
   * classes it concerns, so that a measure asked gets the outcome the whole catalogue's run gives it.
   */
  private int[] select(Set<MeasureId> asked) {
    List<Catalog.Entry> entries = catalog.entries();
    if (asked == null) {
      return everyPosition;
    }
    boolean[] chosen = new boolean[entries.size()];
    int count = 0;
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = asked.contains(entries.get(i).measure().id());
      count += chosen[i] ? 1 : 0;
    }
    // to a fixed point: a rule's measure may be another rule's (the tech-SME subsidy is in two)
    boolean grown = true;
    while (grown) {
      grown = false;
      for (boolean[] members : ruleMembers) {
        if (!anyOf(members, chosen)) {
          continue;
        }
        for (int i = 0; i < chosen.length; i++) {
          if (members[i] && !chosen[i]) {
            chosen[i] = true;
            count++;
            grown = true;
          }
        }
      }
    }
    int[] positions = new int[count];
    for (int i = 0, k = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        positions[k++] = i;
      }
    }
    return positions;
  }

  /** Whether a chosen position is a member. */
  private static boolean anyOf(boolean[] members, boolean[] chosen) {
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i] && members[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The outcomes less those of a stacking rule's measures (every outcome for a rule that names no measure classes: it
   * may have changed any), each of which becomes a failure naming the rule and the error (a typed error's code,
   * field, value and both messages; an internal error's class and message).
   */
  private List<MeasureOutcome> setAside(List<MeasureOutcome> outcomes, StackingRule rule, RuntimeException ex,
      List<EvaluationFailure> failures) {
    boolean every = rule.measureClasses().isEmpty();
    List<MeasureOutcome> kept = new ArrayList<>(outcomes.size());
    for (MeasureOutcome outcome : outcomes) {
      Optional<Catalog.Entry> entry = catalog.find(outcome.measure());
      if (!every && (entry.isEmpty() || !isOf(rule.measureClasses(), entry.get().measure()))) {
        kept.add(outcome);
      } else if (ex instanceof HuiqiException typed) {
        failures.add(new EvaluationFailure(outcome.measure(), typed.code(), typed.field(), typed.value(),
            "stacking rule " + rule.code() + ": " + typed.getMessage(), "叠加规则 " + rule.code() + "："
            + typed.message(Locale.SIMPLIFIED_CHINESE)));
      } else {
        failures.add(new EvaluationFailure(outcome.measure(), "internal-error", "", "", "stacking rule "
            + rule.code() + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage()));
      }
    }
    return List.copyOf(kept);
  }

  private static boolean isOf(List<Class<? extends Measure>> classes, Measure measure) {
    for (Class<? extends Measure> type : classes) {
      if (type.isInstance(measure)) {
        return true;
      }
    }
    return false;
  }

  /** Lazy holder for the built-in engine. */
  private static final class BuiltIn {
    static final EntitlementEngine INSTANCE = of(Catalog.builtIn());
  }
}
