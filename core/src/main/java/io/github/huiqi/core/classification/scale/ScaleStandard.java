package io.github.huiqi.core.classification.scale;

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
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The national statistics bureau's entry rules for its databases of units above designated size ("四上": 规上工业,
 * 资质内建筑业, 限上批发零售住宿餐饮, 规上服务业, 房地产开发经营), each threshold cited and dated.
 * <p>
 * {@link #builtIn()} reads the data file {@code above-scale-standard.json} beside this class (an external instrument:
 * the bureau's statistical rules as published on government pages, cited beside each figure). A host may build its own.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param industry  the 规模以上工业 rule by year span (1998-2006, 2007-2010, from 2011)
 * @param wholesale  the least 主营业务收入 of 限额以上批发业
 * @param retail  the least 主营业务收入 of 限额以上零售业
 * @param accommodation  the least 主营业务收入 of 限额以上住宿业
 * @param catering  the least 主营业务收入 of 限额以上餐饮业
 * @param services  the tiers of 规模以上服务业, by sector
 * @param construction  the rule for construction: a qualification held (资质内), whatever the revenue
 * @param realEstateDevelopment  the rule for 房地产开发经营: every unit with development activity (a qualification held)
 */
public record ScaleStandard(
    List<Parameter<ScaleIndustryRule>> industry,
    Parameter<MonetaryAmount> wholesale,
    Parameter<MonetaryAmount> retail,
    Parameter<MonetaryAmount> accommodation,
    Parameter<MonetaryAmount> catering,
    List<Parameter<ScaleServiceTier>> services,
    Citation construction,
    Citation realEstateDevelopment) {

  /** The built-in data file, beside this class. */
  public static final String RESOURCE = "above-scale-standard.json";

  /**
   * Creates the standard.
   *
   * @throws InvalidInputException if a field is null or a list empty
   */
  public ScaleStandard {
    industry = Args.listCopy(industry, "industry");
    if (industry.isEmpty()) {
      throw new InvalidInputException("industry", "[]", "must hold at least one rule");
    }
    Args.notNull(wholesale, "wholesale");
    Args.notNull(retail, "retail");
    Args.notNull(accommodation, "accommodation");
    Args.notNull(catering, "catering");
    services = Args.listCopy(services, "services");
    if (services.isEmpty()) {
      throw new InvalidInputException("services", "[]", "must hold at least one tier");
    }
    Args.notNull(construction, "construction");
    Args.notNull(realEstateDevelopment, "realEstateDevelopment");
  }

  /**
   * Returns the built-in standard.
   *
   * @return the standard
   */
  public static ScaleStandard builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Returns the 规模以上工业 rule of a year.
   *
   * @param year  the year
   * @return the rule, empty before the earliest span
   */
  public Optional<Parameter<ScaleIndustryRule>> industryRule(int year) {
    for (Parameter<ScaleIndustryRule> rule : industry) {
      if (rule.validity().start().getYear() <= year
          && rule.validity().end().map(end -> end.getYear() >= year).orElse(true)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the 规模以上服务业 tier of a GB/T 4754-2017 code: the tier with the longest matching prefix.
   *
   * @param code  the code
   * @return the tier, empty when no tier applies
   */
  public Optional<Parameter<ScaleServiceTier>> serviceTierOf(String code) {
    Args.notNull(code, "code");
    Parameter<ScaleServiceTier> best = null;
    int length = 0;
    for (Parameter<ScaleServiceTier> tier : services) {
      int match = tier.value().match(code);
      if (match > length) {
        best = tier;
        length = match;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Lazy holder for the built-in standard. */
  private static final class BuiltIn {
    static final ScaleStandard INSTANCE = read();

    private static ScaleStandard read() {
      try (InputStream in = ScaleStandard.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return HuiqiJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), ScaleStandard.class);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }
}
