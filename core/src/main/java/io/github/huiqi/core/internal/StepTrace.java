package io.github.huiqi.core.internal;

import io.github.huiqi.core.result.ExplanationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The explanation steps of one evaluation by a calculator, each built (from its supplier) only in the explaining
 * form, so that the plain form builds no text and stays fast. Not thread-safe: one per evaluation. Not part of the
 * public API: may change without notice.
 */
public final class StepTrace {

  private final boolean enabled;
  /** The steps: a list of its own when explaining, the shared empty list in the plain form (no step is added). */
  private final List<ExplanationStep> list;

  /**
   * Creates an empty trace.
   *
   * @param enabled  whether steps are built (the explaining form) or skipped (the plain form)
   */
  public StepTrace(boolean enabled) {
    this.enabled = enabled;
    this.list = enabled ? new ArrayList<>() : List.of();
  }

  /**
   * Adds a step, building it only when explaining.
   *
   * @param step  the step's supplier
   */
  public void add(Supplier<ExplanationStep> step) {
    if (enabled) {
      list.add(step.get());
    }
  }

  /**
   * Tells whether steps are built: true in the explaining form.
   *
   * @return whether the trace is enabled
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Returns the steps so far.
   *
   * @return the steps, empty in the plain form
   */
  public List<ExplanationStep> list() {
    return list;
  }
}
