package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.batch.screening.ScreeningFailure;
import io.github.huiqi.core.policy.MeasureId;
import java.io.Serializable;

/**
 * One failure of one firm's screening, as Spark carries it (a Java bean, for {@code Encoders.bean}): the library's
 * {@link ScreeningFailure}. The properties: {@code measure} (the measure id; null when the whole profile failed),
 * {@code code}, {@code field} (a JSON Pointer, empty when none), {@code value} (empty when none) and {@code message}.
 * <p>
 * Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class SparkFailure implements Serializable {

  private static final long serialVersionUID = 1L;

  private String measure;
  private String code;
  private String field;
  private String value;
  private String message;

  /** Creates an empty failure, for Spark. */
  public SparkFailure() {
  }

  /**
   * Obtains the bean of a failure.
   *
   * @param failure  the failure
   * @return the bean
   */
  public static SparkFailure of(ScreeningFailure failure) {
    SparkFailure bean = new SparkFailure();
    bean.measure = failure.measure().map(MeasureId::value).orElse(null);
    bean.code = failure.code();
    bean.field = failure.field();
    bean.value = failure.value();
    bean.message = failure.message();
    return bean;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
