package io.github.huiqi.core.outcome;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
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
 * What one measure gives one enterprise on an evaluation date: the one outcome type of every measure.
 * <p>
 * It holds the measure's id, title and clause; its document's status (a {@link DocumentStatus#DRAFT} measure's
 * figure is indicative); its window and where the evaluation date falls in it; the verdict; the amount, exact or a
 * range, and what kind of money it is ({@link AmountKind}); the limit that bound it; the reasons; the facts still
 * missing, as JSON Pointers into the enterprise profile; the departments responsible (责任单位) as the source names
 * them; notes on stacking with other measures and on defaults used; a non-monetary benefit's description; and, in the
 * explaining form, the cited steps. {@link #countedInTotal()} says whether the engine added the amount into the
 * firm's total in reach, and {@link #setAside()} whether a stacking rule left it out.
 * <p>
 * In JSON every field under its name; {@code explanation} holds no steps in the plain form.
 * <p>
 * This class is immutable and thread-safe.
 */
@JsonSerialize(as = ImmutableMeasureOutcome.class)
@JsonDeserialize(as = ImmutableMeasureOutcome.class)
public abstract class MeasureOutcome {

  MeasureOutcome() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the measure's id.
   *
   * @return the id
   */
  public abstract MeasureId measure();

  /**
   * Returns the measure's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns the enacting clause.
   *
   * @return the clause
   */
  public abstract ClauseRef clause();

  /**
   * Returns the clause as a reader cites it, such as {@code 深工信〔2023〕26号 第5条}.
   *
   * @return the label
   */
  public abstract String clauseLabel();

  /**
   * Returns the legal status of the measure's document.
   *
   * @return the status; {@link DocumentStatus#DRAFT} for an indicative figure
   */
  public abstract DocumentStatus documentStatus();

  /**
   * Returns the measure's window: from the earliest start to the latest end of its parameters' validity.
   *
   * @return the window, open-ended when a parameter has no end
   */
  public abstract DateRange window();

  /**
   * Returns where the evaluation date falls against the window.
   *
   * @return the status
   */
  public abstract WindowStatus windowStatus();

  /**
   * Returns the verdict.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * Returns what kind of money the amount is.
   *
   * @return the kind
   */
  public abstract AmountKind amountKind();

  /**
   * Returns the amount: exact when determined; a range when facts are missing or the authority fixes the figure
   * within a cap; with no upper bound when nothing caps it. An undetermined outcome's range starts at zero (the firm
   * may get nothing); an eligible one's may be a range too, when a fact that changes only the amount is missing.
   *
   * @return the amount, CNY; zero when ineligible
   */
  public abstract OutcomeAmount amount();

  /**
   * Returns the cap or limit that reduced the amount, if one did, with its clause: for an exact amount the cap that
   * cut it; for an open range the cap that is its upper end (a ceiling whose figure the authority fixes, a cap the
   * facts not given may reach); none when the range stops below every cap or has no upper end (decisions register
   * §4.6 item 88).
   *
   * @return the limit
   */
  public abstract Optional<BindingLimit> bindingLimit();

  /**
   * Returns the part of the amount's range, maximum − minimum, that no fact decides: the authority fixes the figure
   * within a ceiling ("最高X万元"), so a "yes" to every missing fact leaves it open (a "no" to one closes it, so the
   * engine's next questions still credit the whole range to the facts that open it). Empty when the facts decide the
   * whole range (an exact figure, a share of a base not given) or the amount has no upper bound.
   *
   * @return the width in CNY, not negative; the engine reads at most the amount's width
   */
  public abstract Optional<MonetaryAmount> widthFixedByAuthority();

  /**
   * Returns the reasons: for an eligible verdict the conditions met, for an ineligible one those that failed, for an
   * undetermined one those that could not be decided. A fact that opens only the amount is explained in the notes or
   * the steps. Empty in the plain form.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();

  /**
   * Returns the facts whose absence leaves the verdict or amount open, as JSON Pointers into the profile, such as
   * {@code /loans/0/lenderRegionCode}. An undetermined outcome names at least one; an eligible one names those that
   * change only its amount, a range (a ratio, a base, what a cap has already paid: {@link Verdict}), so that the
   * engine's next questions still rank them; an ineligible one needs none.
   *
   * @return the facts; empty when nothing is missing
   */
  public abstract List<String> missingFacts();

  /**
   * Returns the departments the source names as responsible (责任单位).
   *
   * @return the departments, possibly empty
   */
  public abstract List<LocalizedText> responsibleDepartments();

  /**
   * Returns notes on how the measure stacks with others and on options the evaluation used, each cited.
   *
   * @return the notes, possibly empty
   */
  public abstract List<Reason> notes();

  /**
   * Returns a description of a non-monetary benefit, such as the date a deferral runs to.
   *
   * @return the description, if any
   */
  public abstract Optional<LocalizedText> detail();

  /**
   * Returns whether the engine added the amount into the firm's total in reach: a benefit to the firm
   * ({@link AmountKind#isBenefitToFirm()}), not ineligible, in an open window, from a document that is not a draft,
   * and not set aside by a stacking rule.
   * <p>
   * When a builder does not set it, it is decided by that rule from the outcome's own fields (amount kind, verdict,
   * window status, document status); the engine's stacking rules set it to false to set an outcome aside. It is never
   * true where the rule says false: a builder that sets it so is refused, so that no ceiling, lender's compensation,
   * ineligible, closed or draft outcome is ever added to the total.
   *
   * @return true if counted
   */
  public abstract boolean countedInTotal();

  /**
   * Returns whether a stacking rule set the outcome aside: it counts by the rule of {@link #countedInTotal()} (a
   * benefit to the firm, not ineligible, in an open window, not from a draft), yet is not counted, because another
   * outcome of the same enterprise already holds the same money (one national relief restated by two documents, an
   * unsettled pair counted by the higher). Its verdict and amount stay what the measure gives; only the sums leave it
   * out: the firm's total in reach, and a population's totals per measure and a policy sandbox's changes, which count
   * such an outcome apart instead of its amount.
   * <p>
   * A ceiling, a lender's compensation or a non-monetary outcome, an ineligible one, one in a window not open and one
   * from a draft are not counted in the firm's total by the rule, and are never set aside: a population's totals
   * count them as they always did.
   * <p>
   * Derived from the other fields, never a field of its own: an outcome read from JSON, whose {@code countedInTotal}
   * is kept, answers as the outcome written.
   *
   * @return true if counted by the rule but set aside
   */
  public final boolean setAside() {
    return !countedInTotal() && countsByRule();
  }

  /** The rule: a benefit to the firm, not ineligible, in an open window, not from a draft. */
  final boolean countsByRule() {
    // While an incomplete builder is built, a required field may still be null here; build() then names it.
    AmountKind kind = amountKind();
    return kind != null && kind.isBenefitToFirm() && verdict() != Verdict.INELIGIBLE
        && windowStatus() == WindowStatus.OPEN && documentStatus() != DocumentStatus.DRAFT;
  }

  /**
   * Returns the explanation: the cited steps, in the explaining form; no steps in the plain form, or when the outcome
   * was read from JSON written without explanations.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();

  /**
   * Returns the amount when it is exact.
   *
   * @return the amount, empty for a range
   */
  public Optional<MonetaryAmount> exactAmount() {
    return amount().exact();
  }

  /**
   * Returns a copy with one more note after the others (as a stacking rule or the size step adds one). Cheaper than
   * {@code toBuilder().addNotes(note).build()}: the copy is made directly, without a builder.
   *
   * @param note  the note
   * @return the copy
   * @throws InvalidInputException if the note is null
   */
  public abstract MeasureOutcome withNote(Reason note);

  /**
   * Returns a copy that is, or is not, counted in the total in reach (as the engine's stacking rules decide).
   *
   * @param counted  whether it is counted
   * @return the copy, or this outcome if unchanged
   * @throws InvalidInputException if counted is true for an outcome the rule leaves out
   */
  public abstract MeasureOutcome withCountedInTotal(boolean counted);

  /**
   * Returns a builder holding this outcome's fields, to derive a changed copy (as the engine's stacking rules do).
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from(this);
    return builder;
  }

  /** Validates a built outcome (its implementation calls it from every constructor). */
  final void check() {
    // no required field may be null (a host's evaluator that forgets one
    // gets the field named here, not a NullPointerException in the engine's totals)
    Args.notNull(measure(), "measure");
    Args.notNull(title(), "title");
    Args.notNull(clause(), "clause");
    Args.notBlank(clauseLabel(), "clauseLabel");
    Args.notNull(documentStatus(), "documentStatus");
    Args.notNull(window(), "window");
    Args.notNull(windowStatus(), "windowStatus");
    Args.notNull(verdict(), "verdict");
    Args.notNull(amountKind(), "amountKind");
    Args.notNull(amount(), "amount");
    Args.notNullOptional(bindingLimit(), "bindingLimit");
    Args.notNullOptional(widthFixedByAuthority(), "widthFixedByAuthority");
    widthFixedByAuthority().ifPresent(width -> Cny.notNegativeComputed(width, "widthFixedByAuthority"));
    Args.notNullOptional(detail(), "detail");
    if (verdict() == Verdict.UNDETERMINED && missingFacts().isEmpty()) {
      throw new InvalidInputException("missingFacts", "[]", "must name a fact for an undetermined verdict");
    }
    if (verdict() == Verdict.INELIGIBLE && !amount().equals(OutcomeAmount.ZERO)) {
      throw new InvalidInputException("amount", amount(), "must be zero for an ineligible verdict");
    }
    if (countedInTotal() && !countsByRule()) {
      throw new InvalidInputException("countedInTotal", true, "must be false: only a benefit to the firm that is not "
          + "ineligible, in an open window and not from a draft counts in the total (this is " + amountKind() + ", "
          + verdict() + ", window " + windowStatus() + ", " + documentStatus() + ")");
    }
    List<String> facts = missingFacts();
    for (int i = 0; i < facts.size(); i++) {
      String fact = facts.get(i);
      if (!fact.startsWith("/")) {
        throw new InvalidInputException("missingFacts", fact, "must be a JSON Pointer starting with /");
      }
    }
  }

  /**
   * Builds a {@link MeasureOutcome}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends MeasureOutcomeBuilderBase {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
