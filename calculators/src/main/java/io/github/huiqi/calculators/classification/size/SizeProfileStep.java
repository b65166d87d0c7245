package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step the entitlement engine applies before it evaluates: a profile that gives the figures but not the
 * {@code size} is classified once under the catalogue's size standard (工信部联企业〔2011〕300号), so that every measure
 * that needs the size class can use it.
 * <p>
 * {@link #of} classifies once per profile, on the prior full year's figures ({@link SizeOptions#DEFAULTS}).
 * {@link #evaluate} then runs a measure on the profile as given; only when the outcome names {@code /size} as missing
 * does the step act: with a derived class it runs the measure again on the profile with the size filled in and adds a
 * note citing the standard ({@code size-derived}); when a figure is missing but the known ones leave only some
 * classes (a firm with 18,000,000 of industrial revenue is small or micro whatever its employees), it runs the measure
 * with each class still possible and, if they give the same verdict, amount and missing facts, returns that outcome
 * with the note (decisions register §0.4); otherwise it adds the figures that would decide the class to the
 * outcome's missing facts, such as {@code /years/0/employees} or {@code /industryCode}, so that the next-question
 * ranking counts what each decides.
 * A profile that states its size, an industry outside the standard, or a catalogue without a size standard leave
 * every outcome as it is.
 * <pre>{@code
 * SizeProfileStep sizing = SizeProfileStep.of(profile, catalog.data(), asOf);   // once per profile
 * MeasureOutcome outcome = sizing.evaluate(entry, profile, context, explain);    // per measure
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class SizeProfileStep {

  private static final SizeProfileStep INACTIVE = new SizeProfileStep(null, null, null, List.of());

  /** The standard whose bands classified the profile; null when the step classified nothing. */
  private final SizeStandard standard;

  private final EnterpriseSize size;
  private final EnterpriseProfile derived;
  private final Reason note;
  private final List<String> missingFigures;
  /** When the figures leave the class open: the profile with each class still possible, else empty. */
  private final List<EnterpriseProfile> possible;

  private SizeProfileStep(EnterpriseSize size, EnterpriseProfile derived, Reason note, List<String> missingFigures) {
    this(null, size, derived, note, missingFigures, List.of());
  }

  private SizeProfileStep(SizeStandard standard, EnterpriseSize size, EnterpriseProfile derived, Reason note,
      List<String> missingFigures, List<EnterpriseProfile> possible) {
    this.standard = standard;
    this.size = size;
    this.derived = derived;
    this.note = note;
    this.missingFigures = missingFigures;
    this.possible = possible;
  }

  /**
   * Classifies a profile once, for every measure of a catalogue.
   *
   * @param profile  the enterprise
   * @param data  the catalogue's policy data, holding the size standard
   * @param asOf  the evaluation date; the prior full year's figures are read
   * @return the step; inactive when the profile states its size, its industry is outside the standard, or the data
   *     has no size standard
   * @throws InvalidInputException if an argument is null
   */
  public static SizeProfileStep of(EnterpriseProfile profile, PolicyData data, LocalDate asOf) {
    return of(profile, data, asOf, SizeOptions.DEFAULTS);
  }

  /**
   * Classifies a profile once, with a choice of the year whose figures count.
   *
   * @param profile  the enterprise
   * @param data  the catalogue's policy data, holding the size standard
   * @param asOf  the evaluation date
   * @param options  the year choice ({@link SizeOptions#DEFAULTS}: the prior full year)
   * @return the step; inactive as for {@link #of(EnterpriseProfile, PolicyData, LocalDate)}
   * @throws InvalidInputException if an argument is null
   */
  public static SizeProfileStep of(EnterpriseProfile profile, PolicyData data, LocalDate asOf, SizeOptions options) {
    Args.notNull(options, "options");
    Args.notNull(profile, "profile");
    Args.notNull(data, "data");
    Args.notNull(asOf, "asOf");
    if (profile.size().isPresent()) {
      return INACTIVE;
    }
    Optional<SizeStandard> standard = standard(data);
    if (standard.isEmpty()) {
      return INACTIVE;
    }
    int year = options.figuresYear().yearFor(asOf);
    SizeProfileFigures figures;
    try {
      figures = SizeProfileFigures.read(profile, year);
    } catch (InvalidInputException ex) {
      return SizeIndustry.isTooCoarse(profile.industryCode().orElse(null))
          ? new SizeProfileStep(null, null, null, List.of("/industryCode")) : INACTIVE;
    }
    if (figures.request().isEmpty()) {
      return new SizeProfileStep(null, null, null, figures.missing());
    }
    SizeClassifier.Evaluation evaluation = figures.classify(standard.get(), profile, false);
    Citation citation = citation(standard.get(), evaluation.groups());
    String document = citation.document();
    String yearPointer = figures.yearPointer().orElseThrow();
    LocalizedText groups = groupNames(evaluation.groups(), evaluation.size().isPresent());
    if (evaluation.size().isEmpty()) {
      // the class is open, but a measure may give the same outcome for every class still possible (such as a firm
      // that is small or micro, for a measure for small and micro firms): evaluate() tries each
      List<EnterpriseProfile> possible = new ArrayList<>(evaluation.possibleSizes().size());
      List<String> names = new ArrayList<>(evaluation.possibleSizes().size());
      List<String> namesEn = new ArrayList<>(evaluation.possibleSizes().size());
      for (EnterpriseSize each : evaluation.possibleSizes()) {
        possible.add(EnterpriseProfile.builder().from(profile).size(each).build());
        names.add(SizeClassifier.label(each).zh());
        namesEn.add(SizeClassifier.label(each).en());
      }
      Reason openNote = new Reason("size-derived", LocalizedText.of("档案未填企业规模：按" + document + "由" + year
          + "年数据（" + yearPointer + "）只能划为" + String.join("或", names) + "（" + groups.zh()
          + "），结果对各档相同", "the profile states no size: the " + year + " figures (" + yearPointer
          + ") classify it " + String.join(" or ", namesEn) + " (" + groups.en()
          + "), and the outcome is the same for each"), citation);
      return new SizeProfileStep(standard.get(), null, null, openNote, figures.missingOf(evaluation),
          List.copyOf(possible));
    }
    EnterpriseSize size = evaluation.size().get();
    LocalizedText name = SizeClassifier.label(size);
    Reason note = new Reason("size-derived", LocalizedText.of("档案未填企业规模：按" + document + "由" + year + "年数据（"
        + yearPointer + "）划为" + name.zh() + "（" + groups.zh() + "）",
        "the profile states no size: classified " + name.en() + " (" + groups.en()
        + ") from the " + year + " figures (" + yearPointer + ")"), citation);
    EnterpriseProfile filled = EnterpriseProfile.builder().from(profile).size(size).build();
    return new SizeProfileStep(standard.get(), size, filled, note, List.of(), List.of());
  }

  /**
   * Returns the size standard whose bands classified the profile, which a report's audit receipt names among the
   * packs it used even when the standard's own measure is not evaluated.
   *
   * @return the standard; empty when the profile states its size or the step classified nothing
   */
  public Optional<SizeStandard> standardUsed() {
    return Optional.ofNullable(standard);
  }

  /**
   * Returns the class a profile's figures decide, as {@link #of} derives it (the prior full year's figures under the
   * data's size standard), without preparing the profiles a step evaluates measures on: for an evaluator that reads
   * the size without naming it as missing when it is not given.
   *
   * @param profile  the enterprise
   * @param data  the policy data, holding the size standard
   * @param asOf  the evaluation date; the prior full year's figures are read
   * @return the class; empty when the profile states its size, its industry is outside the standard, the data has
   *     no size standard, or the figures do not decide the class
   * @throws InvalidInputException if an argument is null
   */
  public static Optional<EnterpriseSize> derivedSizeOf(EnterpriseProfile profile, PolicyData data, LocalDate asOf) {
    Args.notNull(profile, "profile");
    Args.notNull(data, "data");
    Args.notNull(asOf, "asOf");
    Optional<SizeStandard> standard = profile.size().isPresent() ? Optional.empty() : standard(data);
    if (standard.isEmpty()) {
      return Optional.empty();
    }
    SizeProfileFigures figures;
    try {
      figures = SizeProfileFigures.read(profile, SizeOptions.DEFAULTS.figuresYear().yearFor(asOf));
    } catch (InvalidInputException ex) {
      return Optional.empty();
    }
    return figures.request().isEmpty() ? Optional.empty()
        : figures.classify(standard.get(), profile, false).size();
  }

  /**
   * The bands a classification read: one group's clause, or, for a code that may fall in several groups, the clause
   * with each group's item (第四条（十一）、（十二）), unquoted.
   */
  private static Citation citation(SizeStandard standard, List<SizeIndustry> groups) {
    Citation first = standard.bandsOf(groups.get(0)).bands().citation();
    if (groups.size() == 1) {
      return first;
    }
    List<String> items = new ArrayList<>(groups.size());
    for (SizeIndustry group : groups) {
      standard.bandsOf(group).bands().citation().item().ifPresent(items::add);
    }
    return new Citation(first.provenance(), first.document(), first.article(),
        items.isEmpty() ? Optional.empty() : Optional.of(String.join("、", items)), Optional.empty(),
        Optional.of("each group the industry code may fall in gives the class (decisions register §4.6 item 137)"));
  }

  /**
   * The groups a classification tried, for a note: one group's name, or every group a coarse code may fall in
   * (decisions register §4.6 item 137), said to agree when they decided one class.
   */
  private static LocalizedText groupNames(List<SizeIndustry> groups, boolean decided) {
    if (groups.size() == 1) {
      return groups.get(0).label();
    }
    String zh = String.join("、", groups.stream().map(group -> group.label().zh()).toList());
    String en = String.join(" or ", groups.stream().map(group -> group.label().en()).toList());
    return decided ? LocalizedText.of(zh + "，各行业相同", en + ", alike under each")
        : LocalizedText.of("可能属于" + zh, "may be " + en);
  }

  /**
   * Returns the class derived from the figures.
   *
   * @return the class, empty when the profile states its size or the figures do not decide it
   */
  public Optional<EnterpriseSize> derivedSize() {
    return Optional.ofNullable(size);
  }

  /**
   * Returns the facts that would let the figures decide the class, as profile pointers, such as
   * {@code /years/0/employees}.
   *
   * @return the pointers; empty when the class is derived or the step is inactive
   */
  public List<String> missingFigures() {
    return missingFigures;
  }

  /**
   * Evaluates one measure of the catalogue with the derived class, when the measure needs it.
   *
   * @param entry  the measure's entry
   * @param profile  the enterprise, as given to {@link #of}
   * @param context  the measure's context
   * @param explain  whether to explain
   * @return the outcome: the measure's own, or, when it names {@code /size} as missing, the outcome on the profile
   *     with the derived size and its note, or with the missing figures added
   */
  public MeasureOutcome evaluate(Catalog.Entry entry, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    MeasureOutcome outcome = entry.evaluate(profile, context, explain);
    if (derived == null && missingFigures.isEmpty()) {
      return outcome;
    }
    if (!outcome.missingFacts().contains("/size")) {
      return explain && derived != null && outcome.verdict() == Verdict.INELIGIBLE
          ? explainedWithTheClass(entry, context, outcome) : outcome;
    }
    if (derived != null) {
      return entry.evaluate(derived, context, explain).withNote(note);
    }
    if (!possible.isEmpty()) {
      Optional<MeasureOutcome> same = sameForEveryClass(entry, context, explain);
      if (same.isPresent()) {
        return same.get().withNote(note);
      }
    }
    List<String> added = new ArrayList<>(missingFigures.size());
    for (String figure : missingFigures) {
      if (!outcome.missingFacts().contains(figure)) {
        added.add(figure);
      }
    }
    return added.isEmpty() ? outcome : outcome.toBuilder().addAllMissingFacts(added).build();
  }

  /**
   * An ineligible outcome explained again with the class the figures decide: a failed condition decided it, so it
   * names no {@code /size}, but its explanation would read a size condition as "unknown (fact missing)" beside a
   * report whose size measure gives the class. The outcome on the profile with the class filled in, with the note,
   * when it says the same (verdict, amount, binding limit, missing facts and detail, as the plain form); else the
   * outcome as it was.
   */
  private MeasureOutcome explainedWithTheClass(Catalog.Entry entry, EvaluationContext context,
      MeasureOutcome outcome) {
    MeasureOutcome sized = entry.evaluate(derived, context, true);
    boolean same = sized.verdict() == outcome.verdict() && sized.amount().equals(outcome.amount())
        && sized.bindingLimit().equals(outcome.bindingLimit()) && sized.missingFacts().equals(outcome.missingFacts())
        && sized.detail().equals(outcome.detail());
    return same && !sized.explanation().equals(outcome.explanation()) ? sized.withNote(note) : outcome;
  }

  /** The outcome under the first class still possible, when every one of them gives the same verdict and amount. */
  private Optional<MeasureOutcome> sameForEveryClass(Catalog.Entry entry, EvaluationContext context,
      boolean explain) {
    MeasureOutcome first = entry.evaluate(possible.get(0), context, explain);
    for (int i = 1; i < possible.size(); i++) {
      MeasureOutcome other = entry.evaluate(possible.get(i), context, explain);
      if (other.verdict() != first.verdict() || !other.amount().equals(first.amount())
          || !other.missingFacts().equals(first.missingFacts())
          || !other.bindingLimit().equals(first.bindingLimit())) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }

  private static Optional<SizeStandard> standard(PolicyData data) {
    Optional<Measure> builtIn = data.findMeasure(SizeStandard.MIIT_2011.id());
    if (builtIn.isPresent() && builtIn.get() instanceof SizeStandard) {
      return Optional.of((SizeStandard) builtIn.get());
    }
    for (Measure measure : data.measures()) {
      if (measure instanceof SizeStandard) {
        return Optional.of((SizeStandard) measure);
      }
    }
    return Optional.empty();
  }
}
