/**
 * The one outcome type of every measure, {@link io.github.huiqi.core.outcome.MeasureOutcome}: verdict, amount
 * (exact, a range, or with no upper bound; {@link io.github.huiqi.core.outcome.OutcomeAmount}), what kind of money
 * it is ({@link io.github.huiqi.core.outcome.AmountKind}), the measure's window and document status, reasons,
 * missing facts as JSON Pointers into the enterprise profile, and the cited explanation.
 */
package io.github.huiqi.core.outcome;
