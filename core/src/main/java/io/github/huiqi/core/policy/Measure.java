package io.github.huiqi.core.policy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A quantitative measure of a policy document, with its typed, cited parameters.
 * <p>
 * Each kind of measure has its own model in its family's package (for example
 * {@code io.github.huiqi.core.financing.firstloan.FirstLoanMeasure}); the calculators take the model as an argument,
 * so a host can pass one loaded from its own pack or built with changed parameters. In JSON the kind is the
 * {@code type} property, an explicit name such as {@code financing.first-loan-interest-subsidy}; class names are never
 * used. This type lists no subtypes: the one list of kinds is {@link io.github.huiqi.core.catalog.MeasureKinds}.
 * <p>
 * All implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface Measure {

  /**
   * Returns the measure's stable identifier.
   *
   * @return the identifier
   */
  MeasureId id();

  /**
   * Returns the clause that enacts the measure.
   *
   * @return the clause
   */
  ClauseRef clause();

  /**
   * Returns the legal status of the measure's document, repeated here so that every result can carry it: a figure
   * computed from a {@link DocumentStatus#DRAFT} measure is indicative only.
   *
   * @return the status, the same as the document's
   */
  DocumentStatus documentStatus();

  /**
   * Returns the measure's title.
   *
   * @return the title in Chinese and English
   */
  LocalizedText title();
}
