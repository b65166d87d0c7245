package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.batch.screening.ScreeningFailure;
import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One firm's screening result, as Spark carries it (a Java bean, for {@code Encoders.bean}): the library's
 * {@link ScreeningFirm}, its outcomes as {@link SparkOutcome}s. The properties: {@code index} (the firm's position
 * in the population), {@code name}, {@code district} (the registration place code, or {@code unknown}), {@code size}
 * (the size class name, null if unknown), {@code failures} (as {@code ScreeningFirm} words them),
 * {@code failureDetails} (the same failures typed, as {@link SparkFailure}s, in the same order) and {@code outcomes}
 * (in catalogue order).
 * <p>
 * Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class SparkFirm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long index;
  private String name;
  private String district;
  private String size;
  private List<String> failures = new ArrayList<>();
  private List<SparkFailure> failureDetails = new ArrayList<>();
  private List<SparkOutcome> outcomes = new ArrayList<>();

  /** Creates an empty firm, for Spark. */
  public SparkFirm() {
  }

  /**
   * Obtains the bean of a firm's result.
   *
   * @param firm  the result
   * @return the bean
   */
  public static SparkFirm of(ScreeningFirm firm) {
    SparkFirm bean = new SparkFirm();
    bean.index = firm.index();
    bean.name = firm.name().orElse(null);
    bean.district = firm.district();
    bean.size = firm.size().map(Enum::name).orElse(null);
    bean.failures = new ArrayList<>(firm.failures());
    List<SparkFailure> typed = new ArrayList<>(firm.failureDetails().size());
    for (ScreeningFailure failure : firm.failureDetails()) {
      typed.add(SparkFailure.of(failure));
    }
    bean.failureDetails = typed;
    List<SparkOutcome> outcomes = new ArrayList<>(firm.outcomes().size());
    for (ScreeningOutcome outcome : firm.outcomes()) {
      outcomes.add(SparkOutcome.of(outcome));
    }
    bean.outcomes = outcomes;
    return bean;
  }

  public long getIndex() {
    return index;
  }

  public void setIndex(long index) {
    this.index = index;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }

  public List<String> getFailures() {
    return failures;
  }

  public void setFailures(List<String> failures) {
    this.failures = failures;
  }

  public List<SparkFailure> getFailureDetails() {
    return failureDetails;
  }

  public void setFailureDetails(List<SparkFailure> failureDetails) {
    this.failureDetails = failureDetails;
  }

  public List<SparkOutcome> getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(List<SparkOutcome> outcomes) {
    this.outcomes = outcomes;
  }
}
