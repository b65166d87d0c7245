package io.github.huiqi.core.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

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
  private final MonetaryAmount widthFixedByAuthority;
  private final List<Reason> reasons;
  private final List<String> missingFacts;
  private final List<LocalizedText> responsibleDepartments;
  private final List<Reason> notes;
  private final LocalizedText detail;
  private final boolean countedInTotal;
  private final Explanation explanation;

  ImmutableMeasureOutcome(MeasureOutcomeBuilderBase builder) {
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
    widthFixedByAuthority = builder.widthFixedByAuthority;
    reasons = OutcomeLists.built(builder.reasons, "reasons");
    missingFacts = OutcomeLists.built(builder.missingFacts, "missingFacts");
    responsibleDepartments = OutcomeLists.built(builder.responsibleDepartments, "responsibleDepartments");
    notes = OutcomeLists.built(builder.notes, "notes");
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
    widthFixedByAuthority = from.widthFixedByAuthority;
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
      @JsonProperty("widthFixedByAuthority") Optional<MonetaryAmount> widthFixedByAuthority,
      @JsonProperty("reasons") List<Reason> reasons, @JsonProperty("missingFacts") List<String> missingFacts,
      @JsonProperty("responsibleDepartments") List<LocalizedText> responsibleDepartments,
      @JsonProperty("notes") List<Reason> notes, @JsonProperty("detail") Optional<LocalizedText> detail,
      // absent or null, the rule decides (as for every other member, null reads as not given)
      @JsonProperty("countedInTotal") Boolean countedInTotal, @JsonProperty("explanation") Explanation explanation) {
    MeasureOutcome.Builder builder = new MeasureOutcome.Builder().measure(measure).title(title).clause(clause)
        .clauseLabel(clauseLabel).documentStatus(documentStatus).window(window).windowStatus(windowStatus)
        .verdict(verdict).amountKind(amountKind).amount(amount)
        .bindingLimit(bindingLimit == null ? Optional.empty() : bindingLimit)
        .widthFixedByAuthority(widthFixedByAuthority == null ? Optional.empty() : widthFixedByAuthority)
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

  @JsonProperty("widthFixedByAuthority")
  @Override
  public Optional<MonetaryAmount> widthFixedByAuthority() {
    return Optional.ofNullable(widthFixedByAuthority);
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
    // the notes and the new one in an array of their size, which List.of copies once
    Reason[] all = notes.toArray(new Reason[notes.size() + 1]);
    all[notes.size()] = note;
    return new ImmutableMeasureOutcome(this, List.of(all), countedInTotal);
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
        && Objects.equals(widthFixedByAuthority, that.widthFixedByAuthority)
        && reasons.equals(that.reasons) && missingFacts.equals(that.missingFacts)
        && responsibleDepartments.equals(that.responsibleDepartments) && notes.equals(that.notes)
        && Objects.equals(detail, that.detail) && countedInTotal == that.countedInTotal
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, title, clause, clauseLabel, documentStatus, window, windowStatus, verdict, amountKind,
        amount, bindingLimit, widthFixedByAuthority, reasons, missingFacts, responsibleDepartments, notes, detail,
        countedInTotal, explanation);
  }

  @Override
  public String toString() {
    return "MeasureOutcome{measure=" + measure + ", title=" + title + ", clause=" + clause + ", clauseLabel="
        + clauseLabel + ", documentStatus=" + documentStatus + ", window=" + window + ", windowStatus=" + windowStatus
        + ", verdict=" + verdict + ", amountKind=" + amountKind + ", amount=" + amount
        + (bindingLimit == null ? "" : ", bindingLimit=" + bindingLimit)
        + (widthFixedByAuthority == null ? "" : ", widthFixedByAuthority=" + widthFixedByAuthority)
        + ", reasons=" + reasons
        + ", missingFacts=" + missingFacts + ", responsibleDepartments=" + responsibleDepartments + ", notes="
        + notes + (detail == null ? "" : ", detail=" + detail) + ", countedInTotal=" + countedInTotal
        + ", explanation=" + explanation + "}";
  }
}
