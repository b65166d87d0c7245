package io.github.huiqi.calculators.internal;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;

/**
 * The two outcomes of a measure that reads one list of an enterprise profile (hires, leases, bills, claims) when the
 * list itself decides: not known (undetermined, naming the list) or known to be empty (ineligible, zero). Unknown is
 * never false: an absent list is not known, an empty one is known to hold nothing. Not part of the public API.
 */
public final class ProfileLists {

  private ProfileLists() {
  }

  /**
   * Finishes the outcome of a profile whose list is not known: undetermined, naming the list.
   *
   * @param context  the context
   * @param builder  the outcome so far
   * @param explain  whether to give the reason
   * @param pointer  the list's pointer, such as {@code /hires}
   * @param amount  the amount while the list is not known, such as {@link OutcomeAmount#atLeast} zero
   * @param what  what the list holds, such as "招用人员" / "hires"
   * @param citation  the clause that needs the list
   * @return the outcome
   */
  public static MeasureOutcome unknown(EvaluationContext context, MeasureOutcome.Builder builder, boolean explain,
      String pointer, OutcomeAmount amount, LocalizedText what, Citation citation) {
    builder.verdict(Verdict.UNDETERMINED).amount(amount).addMissingFacts(pointer);
    if (explain) {
      builder.addReasons(new Reason(pointer.substring(1), LocalizedText.of(what.zh() + "未知",
          "the enterprise's " + what.en() + " are not known"), citation));
    }
    return context.finish(builder);
  }

  /**
   * Finishes the outcome of a profile whose list is known to be empty: ineligible, zero.
   *
   * @param context  the context
   * @param builder  the outcome so far
   * @param explain  whether to give the reason
   * @param pointer  the list's pointer, such as {@code /hires}; the reason code is {@code no-} and its name
   * @param what  what the list holds
   * @param citation  the clause that needs an item
   * @return the outcome
   */
  public static MeasureOutcome none(EvaluationContext context, MeasureOutcome.Builder builder, boolean explain,
      String pointer, LocalizedText what, Citation citation) {
    builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
    if (explain) {
      builder.addReasons(new Reason("no-" + pointer.substring(1), LocalizedText.of("企业没有" + what.zh(),
          "the enterprise has no " + what.en()), citation));
    }
    return context.finish(builder);
  }

  /**
   * Adds the note a draft measure's outcome carries in the explaining form: not binding, the figure indicative.
   *
   * @param builder  the outcome so far
   * @param citation  the draft's clause
   */
  public static void draftNote(MeasureOutcome.Builder builder, Citation citation) {
    builder.addNotes(new Reason("draft", LocalizedText.of("征求意见稿，不具约束力：结论及金额仅供参考",
        "a draft for comment, not binding: the verdict and figure are indicative only"), citation));
  }
}
