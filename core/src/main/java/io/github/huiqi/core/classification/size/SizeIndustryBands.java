package io.github.huiqi.core.classification.size;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The bands of one industry group of the size standard, cited to the article of 工信部联企业〔2011〕300号 that sets
 * them: the large, medium and small columns in that order, each with the same indicators, each bound below the one
 * above it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param industry  the industry group
 * @param bands  the large, medium and small bands, cited and dated
 */
public record SizeIndustryBands(SizeIndustry industry, Parameter<List<SizeBand>> bands) {

  private static final List<EnterpriseSize> ORDER = List.of(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM,
      EnterpriseSize.SMALL);

  /**
   * Creates the bands of a group.
   *
   * @throws InvalidInputException if a field is null, the bands are not large, medium and small in that order, their
   *     indicators differ, or a bound is not below the one of the column above
   */
  public SizeIndustryBands {
    Args.notNull(industry, "industry");
    Args.notNull(bands, "bands");
    List<SizeBand> list = Args.listCopy(bands.value(), "bands/value");
    if (list.size() != ORDER.size()) {
      throw new InvalidInputException("bands/value", list.size() + " band(s)", "must hold LARGE, MEDIUM and SMALL");
    }
    Set<SizeIndicator> indicators = list.get(0).indicators();
    for (int i = 0; i < list.size(); i++) {
      SizeBand band = list.get(i);
      if (band.size() != ORDER.get(i)) {
        throw new InvalidInputException("bands/value/" + i + "/size", band.size(), "must be " + ORDER.get(i));
      }
      if (!band.indicators().equals(indicators)) {
        throw new InvalidInputException("bands/value/" + i, band.indicators(), "must bound " + indicators);
      }
      if (i > 0) {
        for (SizeIndicator indicator : indicators) {
          BigDecimal above = list.get(i - 1).bound(indicator).orElseThrow();
          if (band.bound(indicator).orElseThrow().compareTo(above) >= 0) {
            throw new InvalidInputException("bands/value/" + i + "/" + indicator.field(),
                band.bound(indicator).orElseThrow(), "must be below the " + ORDER.get(i - 1) + " bound " + above);
          }
        }
      }
    }
    bands = bands.withValue(list);
  }

  /**
   * Returns the indicators of the group, in the order X, Y, Z.
   *
   * @return the indicators
   */
  public Set<SizeIndicator> indicators() {
    return bands.value().get(0).indicators();
  }
}
