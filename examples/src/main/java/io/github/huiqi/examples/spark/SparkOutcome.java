package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One measure's outcome for one firm, as Spark carries it (a Java bean, for {@code Encoders.bean}): the library's
 * {@link ScreeningOutcome} with its amounts in fen. The properties: {@code measure} (the measure id), {@code kind}
 * (the {@code AmountKind} name), {@code verdict} (the {@code Verdict} name), {@code minimumFen} (the least amount),
 * {@code maximumFen} (the most amount, null when the amount has no upper bound) and {@code missingFacts} (JSON
 * Pointers into the profile), {@code setAside} (whether a stacking rule set the outcome aside: its amount is in
 * no total) and {@code countedInTotal} (whether the firm's total in reach counts it: what a platform may offer).
 * <p>
 * Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class SparkOutcome implements Serializable {

  private static final long serialVersionUID = 1L;

  private String measure;
  private String kind;
  private String verdict;
  private long minimumFen;
  private Long maximumFen;
  private List<String> missingFacts = new ArrayList<>();
  private boolean setAside;
  private boolean countedInTotal;

  /** Creates an empty outcome, for Spark. */
  public SparkOutcome() {
  }

  /**
   * Obtains the bean of an outcome.
   *
   * @param outcome  the outcome
   * @return the bean
   */
  public static SparkOutcome of(ScreeningOutcome outcome) {
    SparkOutcome bean = new SparkOutcome();
    bean.measure = outcome.measure().value();
    bean.kind = outcome.kind().name();
    bean.verdict = outcome.verdict().name();
    bean.minimumFen = SparkFen.of(outcome.minimum());
    bean.maximumFen = outcome.maximum().map(SparkFen::of).orElse(null);
    bean.missingFacts = new ArrayList<>(outcome.missingFacts());
    bean.setAside = outcome.setAside();
    bean.countedInTotal = outcome.countedInTotal();
    return bean;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getVerdict() {
    return verdict;
  }

  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  public long getMinimumFen() {
    return minimumFen;
  }

  public void setMinimumFen(long minimumFen) {
    this.minimumFen = minimumFen;
  }

  public Long getMaximumFen() {
    return maximumFen;
  }

  public void setMaximumFen(Long maximumFen) {
    this.maximumFen = maximumFen;
  }

  public List<String> getMissingFacts() {
    return missingFacts;
  }

  public void setMissingFacts(List<String> missingFacts) {
    this.missingFacts = missingFacts;
  }

  public boolean isSetAside() {
    return setAside;
  }

  public void setSetAside(boolean setAside) {
    this.setAside = setAside;
  }

  public boolean isCountedInTotal() {
    return countedInTotal;
  }

  public void setCountedInTotal(boolean countedInTotal) {
    this.countedInTotal = countedInTotal;
  }
}
