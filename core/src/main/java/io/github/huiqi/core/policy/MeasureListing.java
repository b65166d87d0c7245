package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import java.util.List;

/**
 * How a measure is listed for enterprises: the departments the source names as responsible for it (责任单位),
 * with the clause that names them.
 * <p>
 * In a pack's {@code listings}: {@code {"measure": "sz-gxj-2023-26.first-loan-interest-subsidy",
 * "responsibleDepartments": [{"zh": "市中小企业服务局", "en": "Shenzhen SME Service Bureau"}], "citation": {...}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure listed, defined in the same pack
 * @param responsibleDepartments  the departments, in the source's order; empty where the source names none
 * @param citation  the words of the source that name them
 */
public record MeasureListing(MeasureId measure, List<LocalizedText> responsibleDepartments, Citation citation) {

  /**
   * Creates a listing.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public MeasureListing {
    Args.notNull(measure, "measure");
    responsibleDepartments = Args.listCopy(responsibleDepartments, "responsibleDepartments");
    Args.notNull(citation, "citation");
  }
}
