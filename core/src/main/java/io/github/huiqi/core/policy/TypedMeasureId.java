package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;

/**
 * A measure id that knows its model type, so that a lookup needs no class argument:
 * <pre>
 * FirstLoanMeasure measure = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
 * </pre>
 * Every built-in measure's id is a constant of this type on its model class, named by jurisdiction and the year of
 * the enacting document ({@code SHENZHEN_2023}, {@code SHANGHAI_2023}), with {@code _DRAFT} for a draft without a year.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param <T>  the model type
 * @param id  the untyped id, as stored and written in JSON
 * @param type  the model type
 */
public record TypedMeasureId<T extends Measure>(MeasureId id, Class<T> type) {

  /**
   * Creates a typed id.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public TypedMeasureId {
    Args.notNull(id, "id");
    Args.notNull(type, "type");
  }

  /**
   * Obtains a typed id.
   *
   * @param <T>  the model type
   * @param id  the id text, such as {@code sz-gxj-2023-26.first-loan-interest-subsidy}
   * @param type  the model type
   * @return the typed id
   * @throws io.github.huiqi.core.error.InvalidInputException if the id is malformed or an argument null
   */
  public static <T extends Measure> TypedMeasureId<T> of(String id, Class<T> type) {
    return new TypedMeasureId<>(MeasureId.of(id), type);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
