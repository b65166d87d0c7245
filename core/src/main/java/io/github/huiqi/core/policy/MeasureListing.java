package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import java.util.List;
import java.util.Optional;

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
 * @param enterpriseRegion  where an enterprise must be registered for the measure to apply to it (a municipal
 *     measure for the city's enterprises), cited; empty for a measure that applies anywhere (the national tax reliefs
 *     the documents restate). The catalogue tests it before the measure's own conditions.
 */
public record MeasureListing(MeasureId measure, List<LocalizedText> responsibleDepartments, Citation citation,
    Optional<Parameter<Jurisdiction>> enterpriseRegion) {

  /**
   * Creates a listing.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public MeasureListing {
    Args.notNull(measure, "measure");
    responsibleDepartments = Args.listCopy(responsibleDepartments, "responsibleDepartments");
    Args.notNull(citation, "citation");
    enterpriseRegion = enterpriseRegion == null ? Optional.empty() : enterpriseRegion;
  }

  /**
   * Obtains a listing of a measure that applies anywhere.
   *
   * @param measure  the measure
   * @param responsibleDepartments  the departments
   * @param citation  the words that name them
   * @return the listing
   */
  public static MeasureListing of(MeasureId measure, List<LocalizedText> responsibleDepartments, Citation citation) {
    return new MeasureListing(measure, responsibleDepartments, citation, Optional.empty());
  }
}
