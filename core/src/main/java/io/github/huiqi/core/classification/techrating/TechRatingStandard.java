package io.github.huiqi.core.classification.techrating;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The 科技型中小企业 evaluation rules (《科技型中小企业评价办法》): the size limits, the score bands of the three
 * indicators (科技人员 20, 研发投入 50, 科技成果 30), the pass mark and the exclusions and direct routes, each cited.
 * <p>
 * {@link #builtIn()} reads the data file {@code tech-rating-standard.json} beside this class (《科技型中小企业评价办法》,
 * 国科发政〔2017〕115号; the band scores are [EXT-K], not re-verified against the official text). A host may build its own.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param maximumStaff  the most 职工总数, inclusive (500)
 * @param maximumSales  the most annual sales (销售收入), inclusive (200,000,000)
 * @param maximumAssets  the most total assets, inclusive (200,000,000)
 * @param staffBands  科技人员 share of all staff: bands, highest first
 * @param rdToSalesBands  研发费用 / 销售收入: bands, highest first
 * @param rdToCostBands  研发费用 / 成本费用总额: bands, highest first (the higher of the two R&amp;D scores counts)
 * @param classOneIpScore  the score of at least one Ⅰ类知识产权
 * @param classTwoIpBands  Ⅱ类知识产权 counts: bands, highest first
 * @param passMark  the least total score, inclusive (60), with the 科技人员 score above zero
 * @param exclusions  the conditions every firm meets (resident enterprise, permitted products, no major incidents, not
 *     on the lists), cited
 * @param directRoutes  the routes that confirm a firm meeting the other conditions without scoring, cited
 */
public record TechRatingStandard(
    Parameter<Integer> maximumStaff,
    Parameter<MonetaryAmount> maximumSales,
    Parameter<MonetaryAmount> maximumAssets,
    Parameter<List<TechRatingBand>> staffBands,
    Parameter<List<TechRatingBand>> rdToSalesBands,
    Parameter<List<TechRatingBand>> rdToCostBands,
    Parameter<Integer> classOneIpScore,
    Parameter<List<TechRatingCountBand>> classTwoIpBands,
    Parameter<Integer> passMark,
    Citation exclusions,
    Citation directRoutes) {

  /** The built-in data file, beside this class. */
  public static final String RESOURCE = "tech-rating-standard.json";

  /**
   * Creates the rules.
   *
   * @throws InvalidInputException if a field is null or a band list empty
   */
  public TechRatingStandard {
    Args.notNull(maximumStaff, "maximumStaff");
    Args.notNull(maximumSales, "maximumSales");
    Args.notNull(maximumAssets, "maximumAssets");
    for (Parameter<?> bands : List.of(staffBands, rdToSalesBands, rdToCostBands, classTwoIpBands)) {
      Args.notNull(bands, "bands");
      if (((List<?>) bands.value()).isEmpty()) {
        throw new InvalidInputException("bands", "[]", "must hold at least one band");
      }
    }
    Args.notNull(classOneIpScore, "classOneIpScore");
    Args.notNull(passMark, "passMark");
    Args.notNull(exclusions, "exclusions");
    Args.notNull(directRoutes, "directRoutes");
  }

  /**
   * Returns the built-in rules.
   *
   * @return the rules
   */
  public static TechRatingStandard builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Lazy holder for the built-in rules. */
  private static final class BuiltIn {
    static final TechRatingStandard INSTANCE = read();

    private static TechRatingStandard read() {
      try (InputStream in = TechRatingStandard.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return HuiqiJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), TechRatingStandard.class);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }
}
