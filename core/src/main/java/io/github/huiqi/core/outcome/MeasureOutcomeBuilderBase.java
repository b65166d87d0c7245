package io.github.huiqi.core.outcome;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The builder behind {@link MeasureOutcome.Builder}, which is its one subclass: each setter returns the builder;
 * {@link #build()} validates. A required field left unset, or set to null, is named by {@code build()}. The lists are
 * held as {@link OutcomeLists} says; the fields are read by {@link ImmutableMeasureOutcome}'s constructor.
 */
class MeasureOutcomeBuilderBase {
  MeasureId measure;
  LocalizedText title;
  ClauseRef clause;
  String clauseLabel;
  DocumentStatus documentStatus;
  DateRange window;
  WindowStatus windowStatus;
  Verdict verdict;
  AmountKind amountKind;
  OutcomeAmount amount;
  BindingLimit bindingLimit;
  MonetaryAmount widthFixedByAuthority;
  // each list as OutcomeLists holds it: an immutable list given, or the builder's own ArrayList
  List<Reason> reasons = List.of();
  List<String> missingFacts = List.of();
  List<LocalizedText> responsibleDepartments = List.of();
  List<Reason> notes = List.of();
  LocalizedText detail;
  boolean countedInTotal;
  boolean countedInTotalSet;
  Explanation explanation;

  /**
   * Creates an empty builder; use {@link MeasureOutcome#builder()}.
   *
   * @throws UnsupportedOperationException unless it is a {@link MeasureOutcome.Builder}
   */
  MeasureOutcomeBuilderBase() {
    if (!(this instanceof MeasureOutcome.Builder)) {
      throw new UnsupportedOperationException("Use: MeasureOutcome.builder()");
    }
  }

  private MeasureOutcome.Builder self() {
    return (MeasureOutcome.Builder) this;
  }





  /**
   * Sets every field from an outcome; its lists are added after any elements this builder holds.
   *
   * @param instance  the outcome
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the outcome is null
   */
  public final MeasureOutcome.Builder from(MeasureOutcome instance) {
    Args.notNull(instance, "instance");
    measure(instance.measure()).title(instance.title()).clause(instance.clause())
        .clauseLabel(instance.clauseLabel()).documentStatus(instance.documentStatus()).window(instance.window())
        .windowStatus(instance.windowStatus()).verdict(instance.verdict()).amountKind(instance.amountKind())
        .amount(instance.amount());
    instance.bindingLimit().ifPresent(this::bindingLimit);
    instance.widthFixedByAuthority().ifPresent(this::widthFixedByAuthority);
    instance.detail().ifPresent(this::detail);
    addAllReasons(instance.reasons());
    addAllMissingFacts(instance.missingFacts());
    addAllResponsibleDepartments(instance.responsibleDepartments());
    addAllNotes(instance.notes());
    countedInTotal(instance.countedInTotal());
    return explanation(instance.explanation());
  }

  /**
   * Sets the measure's id (required).
   *
   * @param measure  the id
   * @return this builder
   */
  public final MeasureOutcome.Builder measure(MeasureId measure) {
    this.measure = measure;
    return self();
  }

  /**
   * Sets the measure's title (required).
   *
   * @param title  the title
   * @return this builder
   */
  public final MeasureOutcome.Builder title(LocalizedText title) {
    this.title = title;
    return self();
  }

  /**
   * Sets the measure's clause (required).
   *
   * @param clause  the clause
   * @return this builder
   */
  public final MeasureOutcome.Builder clause(ClauseRef clause) {
    this.clause = clause;
    return self();
  }

  /**
   * Sets the clause as printed, such as {@code 深工信〔2023〕26号 第5条} (required, not blank).
   *
   * @param clauseLabel  the label
   * @return this builder
   */
  public final MeasureOutcome.Builder clauseLabel(String clauseLabel) {
    this.clauseLabel = clauseLabel;
    return self();
  }

  /**
   * Sets the document's status (required).
   *
   * @param documentStatus  the status
   * @return this builder
   */
  public final MeasureOutcome.Builder documentStatus(DocumentStatus documentStatus) {
    this.documentStatus = documentStatus;
    return self();
  }

  /**
   * Sets the measure's window (required).
   *
   * @param window  the window
   * @return this builder
   */
  public final MeasureOutcome.Builder window(DateRange window) {
    this.window = window;
    return self();
  }

  /**
   * Sets where the evaluation date falls in the window (required).
   *
   * @param windowStatus  the status
   * @return this builder
   */
  public final MeasureOutcome.Builder windowStatus(WindowStatus windowStatus) {
    this.windowStatus = windowStatus;
    return self();
  }

  /**
   * Sets the verdict (required).
   *
   * @param verdict  the verdict
   * @return this builder
   */
  public final MeasureOutcome.Builder verdict(Verdict verdict) {
    this.verdict = verdict;
    return self();
  }

  /**
   * Sets what kind of money the amount is (required).
   *
   * @param amountKind  the kind
   * @return this builder
   */
  public final MeasureOutcome.Builder amountKind(AmountKind amountKind) {
    this.amountKind = amountKind;
    return self();
  }

  /**
   * Sets the amount (required; {@link OutcomeAmount#ZERO} for an ineligible verdict).
   *
   * @param amount  the amount
   * @return this builder
   */
  public final MeasureOutcome.Builder amount(OutcomeAmount amount) {
    this.amount = amount;
    return self();
  }

  /**
   * Sets the limit that bound the amount.
   *
   * @param bindingLimit  the limit
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder bindingLimit(BindingLimit bindingLimit) {
    this.bindingLimit = Args.notNull(bindingLimit, "bindingLimit");
    return self();
  }

  /**
   * Sets or clears the limit that bound the amount.
   *
   * @param bindingLimit  the limit, or empty for none
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the optional is null
   */
  public final MeasureOutcome.Builder bindingLimit(Optional<? extends BindingLimit> bindingLimit) {
    this.bindingLimit = Args.notNull(bindingLimit, "bindingLimit").orElse(null);
    return self();
  }

  /**
   * Sets the part of the amount's range that no fact decides (see {@link MeasureOutcome#widthFixedByAuthority()}).
   *
   * @param width  the width in CNY
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder widthFixedByAuthority(MonetaryAmount width) {
    this.widthFixedByAuthority = Args.notNull(width, "widthFixedByAuthority");
    return self();
  }

  /**
   * Sets or clears the part of the amount's range that no fact decides.
   *
   * @param width  the width, or empty for none
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the optional is null
   */
  public final MeasureOutcome.Builder widthFixedByAuthority(Optional<? extends MonetaryAmount> width) {
    this.widthFixedByAuthority = Args.notNull(width, "widthFixedByAuthority").orElse(null);
    return self();
  }

  /**
   * Adds a reason.
   *
   * @param element  the reason
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder addReasons(Reason element) {
    reasons = OutcomeLists.add(reasons, element, "reasons");
    return self();
  }

  /**
   * Adds reasons.
   *
   * @param elements  the reasons
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the array or an element is null
   */
  public final MeasureOutcome.Builder addReasons(Reason... elements) {
    reasons = OutcomeLists.addAll(reasons, Args.notNull(elements, "reasons"), "reasons");
    return self();
  }

  /**
   * Replaces the reasons.
   *
   * @param elements  the reasons
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder reasons(Iterable<? extends Reason> elements) {
    reasons = OutcomeLists.addAll(List.of(), Args.notNull(elements, "reasons"), "reasons");
    return self();
  }

  /**
   * Adds reasons.
   *
   * @param elements  the reasons
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder addAllReasons(Iterable<? extends Reason> elements) {
    reasons = OutcomeLists.addAll(reasons, elements, "reasons");
    return self();
  }

  /**
   * Adds a missing fact, a JSON Pointer into the profile.
   *
   * @param element  the pointer
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder addMissingFacts(String element) {
    missingFacts = OutcomeLists.add(missingFacts, element, "missingFacts");
    return self();
  }

  /**
   * Adds missing facts.
   *
   * @param elements  the pointers
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the array or an element is null
   */
  public final MeasureOutcome.Builder addMissingFacts(String... elements) {
    missingFacts = OutcomeLists.addAll(missingFacts, Args.notNull(elements, "missingFacts"), "missingFacts");
    return self();
  }

  /**
   * Replaces the missing facts.
   *
   * @param elements  the pointers
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder missingFacts(Iterable<String> elements) {
    missingFacts = OutcomeLists.addAll(List.of(), Args.notNull(elements, "missingFacts"), "missingFacts");
    return self();
  }

  /**
   * Adds missing facts.
   *
   * @param elements  the pointers
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder addAllMissingFacts(Iterable<String> elements) {
    missingFacts = OutcomeLists.addAll(missingFacts, elements, "missingFacts");
    return self();
  }

  /**
   * Adds a responsible department.
   *
   * @param element  the department
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder addResponsibleDepartments(LocalizedText element) {
    responsibleDepartments = OutcomeLists.add(responsibleDepartments, element, "responsibleDepartments");
    return self();
  }

  /**
   * Adds responsible departments.
   *
   * @param elements  the departments
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the array or an element is null
   */
  public final MeasureOutcome.Builder addResponsibleDepartments(LocalizedText... elements) {
    responsibleDepartments = OutcomeLists.addAll(responsibleDepartments, Args.notNull(elements,
        "responsibleDepartments"), "responsibleDepartments");
    return self();
  }

  /**
   * Replaces the responsible departments.
   *
   * @param elements  the departments
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder responsibleDepartments(Iterable<? extends LocalizedText> elements) {
    responsibleDepartments = OutcomeLists.addAll(List.of(), Args.notNull(elements, "responsibleDepartments"),
        "responsibleDepartments");
    return self();
  }

  /**
   * Adds responsible departments.
   *
   * @param elements  the departments
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder addAllResponsibleDepartments(Iterable<? extends LocalizedText> elements) {
    responsibleDepartments = OutcomeLists.addAll(responsibleDepartments, elements, "responsibleDepartments");
    return self();
  }

  /**
   * Adds a note.
   *
   * @param element  the note
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder addNotes(Reason element) {
    notes = OutcomeLists.add(notes, element, "notes");
    return self();
  }

  /**
   * Adds notes.
   *
   * @param elements  the notes
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the array or an element is null
   */
  public final MeasureOutcome.Builder addNotes(Reason... elements) {
    notes = OutcomeLists.addAll(notes, Args.notNull(elements, "notes"), "notes");
    return self();
  }

  /**
   * Replaces the notes.
   *
   * @param elements  the notes
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder notes(Iterable<? extends Reason> elements) {
    notes = OutcomeLists.addAll(List.of(), Args.notNull(elements, "notes"), "notes");
    return self();
  }

  /**
   * Adds notes.
   *
   * @param elements  the notes
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the iterable or an element is null
   */
  public final MeasureOutcome.Builder addAllNotes(Iterable<? extends Reason> elements) {
    notes = OutcomeLists.addAll(notes, elements, "notes");
    return self();
  }

  /**
   * Sets a non-monetary benefit's description.
   *
   * @param detail  the description
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder detail(LocalizedText detail) {
    this.detail = Args.notNull(detail, "detail");
    return self();
  }

  /**
   * Sets or clears a non-monetary benefit's description.
   *
   * @param detail  the description, or empty for none
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if the optional is null
   */
  public final MeasureOutcome.Builder detail(Optional<? extends LocalizedText> detail) {
    this.detail = Args.notNull(detail, "detail").orElse(null);
    return self();
  }

  /**
   * Sets whether the amount counts in the total in reach; unset, the rule of
   * {@link MeasureOutcome#countedInTotal()} decides.
   *
   * @param countedInTotal  whether it counts
   * @return this builder
   */
  public final MeasureOutcome.Builder countedInTotal(boolean countedInTotal) {
    this.countedInTotal = countedInTotal;
    this.countedInTotalSet = true;
    return self();
  }

  /**
   * Sets the explanation; unset, it holds no steps.
   *
   * @param explanation  the explanation
   * @return this builder
   * @throws io.github.huiqi.core.error.InvalidInputException if it is null
   */
  public final MeasureOutcome.Builder explanation(Explanation explanation) {
    this.explanation = Args.notNull(explanation, "explanation");
    return self();
  }

  /**
   * Builds the outcome.
   *
   * @return the outcome
   * @throws io.github.huiqi.core.error.InvalidInputException if a required field is missing or the fields
   *     contradict each other (see {@link MeasureOutcome}), naming the field
   */
  public MeasureOutcome build() {
    return new ImmutableMeasureOutcome(this);
  }
}
