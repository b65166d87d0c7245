package io.github.huiqi.core.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The implementation of {@link MeasureOutcome}, written by hand rather than generated: the engine builds one for every
 * measure of the catalogue on every evaluation, so its builder keeps a list it is given when that list is already
 * immutable (the catalogue's responsible departments, a calculator's missing facts) instead of copying it into an
 * {@code ArrayList} and copying that again when it builds, and it creates no list it is not given. An outcome costs
 * about a quarter of the bytes the generated builder allocated.
 * <p>
 * Every list is immutable and free of nulls; a null element, list or {@code Optional} given to the builder is refused
 * with {@link io.github.huiqi.core.error.InvalidInputException} naming the field (and the element's index).
 * {@code MeasureOutcome.check()} validates every outcome built.
 * <p>
 * This class is immutable and thread-safe.
 */
final class ImmutableMeasureOutcome extends MeasureOutcome {

  private static final Explanation NO_STEPS = new Explanation(List.of());

  private final MeasureId measure;
  private final LocalizedText title;
  private final ClauseRef clause;
  private final String clauseLabel;
  private final DocumentStatus documentStatus;
  private final DateRange window;
  private final WindowStatus windowStatus;
  private final Verdict verdict;
  private final AmountKind amountKind;
  private final OutcomeAmount amount;
  private final BindingLimit bindingLimit;
  private final List<Reason> reasons;
  private final List<String> missingFacts;
  private final List<LocalizedText> responsibleDepartments;
  private final List<Reason> notes;
  private final LocalizedText detail;
  private final boolean countedInTotal;
  private final Explanation explanation;

  private ImmutableMeasureOutcome(Builder builder) {
    measure = builder.measure;
    title = builder.title;
    clause = builder.clause;
    clauseLabel = builder.clauseLabel;
    documentStatus = builder.documentStatus;
    window = builder.window;
    windowStatus = builder.windowStatus;
    verdict = builder.verdict;
    amountKind = builder.amountKind;
    amount = builder.amount;
    bindingLimit = builder.bindingLimit;
    reasons = Elements.built(builder.reasons, "reasons");
    missingFacts = Elements.built(builder.missingFacts, "missingFacts");
    responsibleDepartments = Elements.built(builder.responsibleDepartments, "responsibleDepartments");
    notes = Elements.built(builder.notes, "notes");
    detail = builder.detail;
    explanation = builder.explanation == null ? NO_STEPS : builder.explanation;
    // the other fields are set: the rule reads them
    countedInTotal = builder.countedInTotalSet ? builder.countedInTotal : countsByRule();
    check();
  }

  /** A copy with other notes and whether it counts; the other fields as they are (checked once already). */
  private ImmutableMeasureOutcome(ImmutableMeasureOutcome from, List<Reason> notes, boolean countedInTotal) {
    measure = from.measure;
    title = from.title;
    clause = from.clause;
    clauseLabel = from.clauseLabel;
    documentStatus = from.documentStatus;
    window = from.window;
    windowStatus = from.windowStatus;
    verdict = from.verdict;
    amountKind = from.amountKind;
    amount = from.amount;
    bindingLimit = from.bindingLimit;
    reasons = from.reasons;
    missingFacts = from.missingFacts;
    responsibleDepartments = from.responsibleDepartments;
    this.notes = notes;
    detail = from.detail;
    explanation = from.explanation;
    this.countedInTotal = countedInTotal;
    check();
  }

  /**
   * Reads an outcome from JSON: each member under its name; an absent or null list is empty, an absent or null
   * {@code countedInTotal} the rule's, an absent explanation holds no steps.
   */
  @JsonCreator
  static ImmutableMeasureOutcome fromJson(@JsonProperty("measure") MeasureId measure,
      @JsonProperty("title") LocalizedText title, @JsonProperty("clause") ClauseRef clause,
      @JsonProperty("clauseLabel") String clauseLabel, @JsonProperty("documentStatus") DocumentStatus documentStatus,
      @JsonProperty("window") DateRange window, @JsonProperty("windowStatus") WindowStatus windowStatus,
      @JsonProperty("verdict") Verdict verdict, @JsonProperty("amountKind") AmountKind amountKind,
      @JsonProperty("amount") OutcomeAmount amount,
      @JsonProperty("bindingLimit") Optional<BindingLimit> bindingLimit,
      @JsonProperty("reasons") List<Reason> reasons, @JsonProperty("missingFacts") List<String> missingFacts,
      @JsonProperty("responsibleDepartments") List<LocalizedText> responsibleDepartments,
      @JsonProperty("notes") List<Reason> notes, @JsonProperty("detail") Optional<LocalizedText> detail,
      // absent or null, the rule decides (as for every other member, null reads as not given)
      @JsonProperty("countedInTotal") Boolean countedInTotal, @JsonProperty("explanation") Explanation explanation) {
    Builder builder = new MeasureOutcome.Builder().measure(measure).title(title).clause(clause)
        .clauseLabel(clauseLabel).documentStatus(documentStatus).window(window).windowStatus(windowStatus)
        .verdict(verdict).amountKind(amountKind).amount(amount)
        .bindingLimit(bindingLimit == null ? Optional.empty() : bindingLimit)
        .detail(detail == null ? Optional.empty() : detail);
    if (reasons != null) {
      builder.addAllReasons(reasons);
    }
    if (missingFacts != null) {
      builder.addAllMissingFacts(missingFacts);
    }
    if (responsibleDepartments != null) {
      builder.addAllResponsibleDepartments(responsibleDepartments);
    }
    if (notes != null) {
      builder.addAllNotes(notes);
    }
    if (countedInTotal != null) {
      builder.countedInTotal(countedInTotal);
    }
    if (explanation != null) {
      builder.explanation(explanation);
    }
    return new ImmutableMeasureOutcome(builder);
  }

  @JsonProperty("measure")
  @Override
  public MeasureId measure() {
    return measure;
  }

  @JsonProperty("title")
  @Override
  public LocalizedText title() {
    return title;
  }

  @JsonProperty("clause")
  @Override
  public ClauseRef clause() {
    return clause;
  }

  @JsonProperty("clauseLabel")
  @Override
  public String clauseLabel() {
    return clauseLabel;
  }

  @JsonProperty("documentStatus")
  @Override
  public DocumentStatus documentStatus() {
    return documentStatus;
  }

  @JsonProperty("window")
  @Override
  public DateRange window() {
    return window;
  }

  @JsonProperty("windowStatus")
  @Override
  public WindowStatus windowStatus() {
    return windowStatus;
  }

  @JsonProperty("verdict")
  @Override
  public Verdict verdict() {
    return verdict;
  }

  @JsonProperty("amountKind")
  @Override
  public AmountKind amountKind() {
    return amountKind;
  }

  @JsonProperty("amount")
  @Override
  public OutcomeAmount amount() {
    return amount;
  }

  @JsonProperty("bindingLimit")
  @Override
  public Optional<BindingLimit> bindingLimit() {
    return Optional.ofNullable(bindingLimit);
  }

  @JsonProperty("reasons")
  @Override
  public List<Reason> reasons() {
    return reasons;
  }

  @JsonProperty("missingFacts")
  @Override
  public List<String> missingFacts() {
    return missingFacts;
  }

  @JsonProperty("responsibleDepartments")
  @Override
  public List<LocalizedText> responsibleDepartments() {
    return responsibleDepartments;
  }

  @JsonProperty("notes")
  @Override
  public List<Reason> notes() {
    return notes;
  }

  @JsonProperty("detail")
  @Override
  public Optional<LocalizedText> detail() {
    return Optional.ofNullable(detail);
  }

  @JsonProperty("countedInTotal")
  @Override
  public boolean countedInTotal() {
    return countedInTotal;
  }

  @JsonProperty("explanation")
  @Override
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public MeasureOutcome withNote(Reason note) {
    Args.notNull(note, "note");
    List<Reason> all = new ArrayList<>(notes.size() + 1);
    all.addAll(notes);
    all.add(note);
    return new ImmutableMeasureOutcome(this, List.copyOf(all), countedInTotal);
  }

  @Override
  public MeasureOutcome withCountedInTotal(boolean counted) {
    return counted == countedInTotal ? this : new ImmutableMeasureOutcome(this, notes, counted);
  }

  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof ImmutableMeasureOutcome)) {
      return false;
    }
    ImmutableMeasureOutcome that = (ImmutableMeasureOutcome) another;
    return Objects.equals(measure, that.measure) && Objects.equals(title, that.title)
        && Objects.equals(clause, that.clause) && Objects.equals(clauseLabel, that.clauseLabel)
        && documentStatus == that.documentStatus && Objects.equals(window, that.window)
        && windowStatus == that.windowStatus && verdict == that.verdict && amountKind == that.amountKind
        && Objects.equals(amount, that.amount) && Objects.equals(bindingLimit, that.bindingLimit)
        && reasons.equals(that.reasons) && missingFacts.equals(that.missingFacts)
        && responsibleDepartments.equals(that.responsibleDepartments) && notes.equals(that.notes)
        && Objects.equals(detail, that.detail) && countedInTotal == that.countedInTotal
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, title, clause, clauseLabel, documentStatus, window, windowStatus, verdict, amountKind,
        amount, bindingLimit, reasons, missingFacts, responsibleDepartments, notes, detail, countedInTotal,
        explanation);
  }

  @Override
  public String toString() {
    return "MeasureOutcome{measure=" + measure + ", title=" + title + ", clause=" + clause + ", clauseLabel="
        + clauseLabel + ", documentStatus=" + documentStatus + ", window=" + window + ", windowStatus=" + windowStatus
        + ", verdict=" + verdict + ", amountKind=" + amountKind + ", amount=" + amount
        + (bindingLimit == null ? "" : ", bindingLimit=" + bindingLimit) + ", reasons=" + reasons
        + ", missingFacts=" + missingFacts + ", responsibleDepartments=" + responsibleDepartments + ", notes="
        + notes + (detail == null ? "" : ", detail=" + detail) + ", countedInTotal=" + countedInTotal
        + ", explanation=" + explanation + "}";
  }

  /**
   * The builder behind {@link MeasureOutcome.Builder}: each setter returns the builder; {@link #build()} validates.
   * A required field left unset, or set to null, is named by {@code build()}.
   */
  public static class Builder {
    private MeasureId measure;
    private LocalizedText title;
    private ClauseRef clause;
    private String clauseLabel;
    private DocumentStatus documentStatus;
    private DateRange window;
    private WindowStatus windowStatus;
    private Verdict verdict;
    private AmountKind amountKind;
    private OutcomeAmount amount;
    private BindingLimit bindingLimit;
    // each list as Elements holds it: an immutable list given, or the builder's own ArrayList
    private List<Reason> reasons = List.of();
    private List<String> missingFacts = List.of();
    private List<LocalizedText> responsibleDepartments = List.of();
    private List<Reason> notes = List.of();
    private LocalizedText detail;
    private boolean countedInTotal;
    private boolean countedInTotalSet;
    private Explanation explanation;

    /**
     * Creates an empty builder; use {@link MeasureOutcome#builder()}.
     *
     * @throws UnsupportedOperationException unless it is a {@link MeasureOutcome.Builder}
     */
    Builder() {
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
     * Adds a reason.
     *
     * @param element  the reason
     * @return this builder
     * @throws io.github.huiqi.core.error.InvalidInputException if it is null
     */
    public final MeasureOutcome.Builder addReasons(Reason element) {
      reasons = Elements.add(reasons, element, "reasons");
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
      reasons = Elements.addAll(reasons, Args.notNull(elements, "reasons"), "reasons");
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
      reasons = Elements.addAll(List.of(), Args.notNull(elements, "reasons"), "reasons");
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
      reasons = Elements.addAll(reasons, elements, "reasons");
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
      missingFacts = Elements.add(missingFacts, element, "missingFacts");
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
      missingFacts = Elements.addAll(missingFacts, Args.notNull(elements, "missingFacts"), "missingFacts");
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
      missingFacts = Elements.addAll(List.of(), Args.notNull(elements, "missingFacts"), "missingFacts");
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
      missingFacts = Elements.addAll(missingFacts, elements, "missingFacts");
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
      responsibleDepartments = Elements.add(responsibleDepartments, element, "responsibleDepartments");
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
      responsibleDepartments = Elements.addAll(responsibleDepartments, Args.notNull(elements,
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
      responsibleDepartments = Elements.addAll(List.of(), Args.notNull(elements, "responsibleDepartments"),
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
      responsibleDepartments = Elements.addAll(responsibleDepartments, elements, "responsibleDepartments");
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
      notes = Elements.add(notes, element, "notes");
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
      notes = Elements.addAll(notes, Args.notNull(elements, "notes"), "notes");
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
      notes = Elements.addAll(List.of(), Args.notNull(elements, "notes"), "notes");
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
      notes = Elements.addAll(notes, elements, "notes");
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

  /**
   * How a builder holds a list: the immutable list it was given while it held nothing else, kept as it is, or else
   * its own {@code ArrayList} (never a list given, which is copied), copied to an immutable list when it builds.
   */
  private static final class Elements {
    private Elements() {
    }

    static <T> List<T> add(List<T> held, T element, String field) {
      ArrayList<T> list = own(held);
      list.add(checked(element, field, list.size()));
      return list;
    }

    static <T> List<T> addAll(List<T> held, T[] elements, String field) {
      ArrayList<T> list = own(held);
      for (T element : elements) {
        list.add(checked(element, field, list.size()));
      }
      return list;
    }

    static <T> List<T> addAll(List<T> held, Iterable<? extends T> elements, String field) {
      Args.notNull(elements, field);
      if (held.isEmpty() && !(held instanceof ArrayList) && elements instanceof List) {
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) elements;
        // an immutable list without nulls is kept as it is; any other list is copied, each element checked
        return Args.listCopy(list, field);
      }
      ArrayList<T> list = own(held);
      for (T element : elements) {
        list.add(checked(element, field, list.size()));
      }
      return list;
    }

    /** The immutable list of what a builder holds. */
    static <T> List<T> built(List<T> held, String field) {
      return held instanceof ArrayList ? Args.listCopy(held, field) : held;
    }

    private static <T> ArrayList<T> own(List<T> held) {
      return held instanceof ArrayList ? (ArrayList<T>) held : new ArrayList<>(held);
    }

    /** The element, refused when null with the field and the index it would have had. */
    private static <T> T checked(T element, String field, int index) {
      if (element == null) {
        throw new InvalidInputException(field + "/" + index);
      }
      return element;
    }
  }
}
