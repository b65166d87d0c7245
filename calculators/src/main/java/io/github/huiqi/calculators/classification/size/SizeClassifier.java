package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.classification.size.SizeBand;
import io.github.huiqi.core.classification.size.SizeIndicator;
import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.classification.size.SizeIndustryBands;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Classifies an enterprise's size under 工信部联企业〔2011〕300号: large, medium, small or micro, from its industry
 * group and its figures (X 从业人员, Y 营业收入, Z 资产总额).
 * <p>
 * The columns are tried from large down: a firm is in the first column whose every lower bound it meets, inclusive;
 * a firm that meets no column is micro ("大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列
 * 指标中的一项即可"). For an industrial firm (工业): 1,000 employees and 400,000,000 of revenue make it large; 300 and
 * 20,000,000 medium; 20 and 3,000,000 small; one figure below the small column makes it micro. An unknown figure
 * leaves a column unknown: the class is decided when a column is met before any unknown one, or when every column
 * fails on a known figure; otherwise the result lists the possible classes and names the missing figures.
 * <p>
 * The plain form {@link #classify} returns the class; the explaining form {@link #explainClassify} compares each
 * figure with each bound and names the bound that decided:
 * <pre>{@code
 * SizeStandard standard = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);
 * SizeRequest request = SizeRequest.builder().industryCode("C3311").employees(120)
 *     .revenue(Cny.of("18000000")).build();
 * EnterpriseSize size = SizeClassifier.DEFAULT.classify(standard, request);          // SMALL
 * SizeResult explained = SizeClassifier.DEFAULT.explainClassify(standard, request);   // 2,000万元 not met: not medium
 * String json = SizeClassifier.DEFAULT.explainClassifyJson(standard, requestJson);
 * }</pre>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class SizeClassifier {

  /** The classifier. */
  public static final SizeClassifier DEFAULT = new SizeClassifier();

  private static final List<EnterpriseSize> COLUMNS = List.of(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM,
      EnterpriseSize.SMALL);

  private SizeClassifier() {
  }

  //-------------------------------------------------------------------------
  /**
   * Classifies an enterprise: the fast form, which builds no explanation.
   *
   * @param standard  the standard, such as the built-in {@link SizeStandard#MIIT_2011}
   * @param request  the industry code and figures
   * @return the class
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming {@code /employees}, {@code /revenue} or {@code /totalAssets} if the known
   *     figures do not decide the class
   */
  public EnterpriseSize classify(SizeStandard standard, SizeRequest request) {
    Evaluation evaluation = evaluate(standard, request, false);
    if (evaluation.size().isEmpty()) {
      throw new MissingFactsException(evaluation.missingFacts());
    }
    return evaluation.size().get();
  }

  /**
   * Classifies an enterprise with every comparison and the deciding bound.
   *
   * @param standard  the standard
   * @param request  the industry code and figures
   * @return the explained result; undetermined (no class, the possible ones listed) when figures are missing
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public SizeResult explainClassify(SizeStandard standard, SizeRequest request) {
    Evaluation e = evaluate(standard, request, true);
    SizeResult result = new SizeResult(standard.id(), e.industry(), e.size(), e.possibleSizes(), e.comparisons(),
        e.decidingBound(), e.missingFacts(), new Explanation(e.steps()));
    return result.withReceipt(
        CalculatorReceipts.issue("classification.size.classify", List.of(standard), request, Optional.empty(), result));
  }

  /**
   * Classifies an enterprise from a JSON request and returns the explained result as JSON.
   *
   * @param standard  the standard
   * @param requestJson  a {@link SizeRequest} as JSON
   * @return a {@link SizeResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /industryCode} for a code outside the standard)
   */
  public String explainClassifyJson(SizeStandard standard, String requestJson) {
    Args.notNull(standard, "standard");
    SizeRequest request = HuiqiJson.read(requestJson, SizeRequest.class);
    return HuiqiJson.write(explainClassify(standard, request));
  }

  //-------------------------------------------------------------------------
  /** Classifies: the one path of both forms and of the evaluator. */
  Evaluation evaluate(SizeStandard standard, SizeRequest request, boolean explain) {
    Args.notNull(standard, "standard");
    Args.notNull(request, "request");
    return evaluate(standard, request.industry(), request.industryCode(), request, explain);
  }

  /**
   * Classifies a firm whose code is too coarse to name one group under every group it may fall in
   * ({@link SizeIndustry#mayBeIn}, decisions register §4.6 item 137): the class when every group gives the same one
   * class; else undetermined, the classes any group leaves possible (largest first), the figures any group misses,
   * and the industry named open when the groups' possible classes differ (a finer code would narrow them) or when a
   * missing figure's bounds differ between the groups (once the figure is given, the code may still decide).
   *
   * @param code  the profile's code, such as {@code I}
   * @param groups  the groups the code may fall in, at least one
   * @param figures  the figures; its own industry code is not read
   */
  Evaluation evaluateAcross(SizeStandard standard, String code, List<SizeIndustry> groups, SizeRequest figures,
      boolean explain) {
    List<Evaluation> each = new ArrayList<>(groups.size());
    for (SizeIndustry group : groups) {
      each.add(evaluate(standard, group, code, figures, explain));
    }
    List<EnterpriseSize> possible = new ArrayList<>(4);
    List<String> missing = new ArrayList<>(3);
    List<SizeComparison> comparisons = new ArrayList<>();
    List<ExplanationStep> steps = new ArrayList<>();
    boolean differ = false;
    for (Evaluation evaluation : each) {
      differ |= !evaluation.possibleSizes().equals(each.get(0).possibleSizes());
      evaluation.possibleSizes().stream().filter(size -> !possible.contains(size)).forEach(possible::add);
      evaluation.missingFacts().stream().filter(fact -> !missing.contains(fact)).forEach(missing::add);
      comparisons.addAll(evaluation.comparisons());
      steps.addAll(evaluation.steps());
    }
    possible.sort(null);
    Optional<EnterpriseSize> size = possible.size() == 1 ? Optional.of(possible.get(0)) : Optional.empty();
    if (explain) {
      String zh = groups.stream().map(group -> group.label().zh()).collect(Collectors.joining("、"));
      String en = groups.stream().map(group -> group.label().en()).collect(Collectors.joining(", "));
      steps.add(new InputStep(size.isPresent()
          ? LocalizedText.of("行业代码" + code + "可能属于的各行业（" + zh + "）划型一致：" + label(size.get()).zh(),
              "every group code " + code + " may fall in (" + en + ") gives one class: " + label(size.get()).en())
          : LocalizedText.of("行业代码" + code + "可能属于的各行业（" + zh + "）划型不一致：未定",
              "the groups code " + code + " may fall in (" + en + ") do not give one class: undetermined"),
          size.map(Enum::name).orElse("UNDETERMINED: " + possible.stream().map(Enum::name)
          .collect(Collectors.joining(", "))) + " — " + standard.classificationRule().label()));
    }
    boolean industryMissing = size.isEmpty() && (differ || missingBoundsDiffer(standard, groups, missing));
    return new Evaluation(groups.get(0), List.copyOf(groups), size, List.copyOf(possible), List.copyOf(comparisons),
        Optional.empty(), size.isPresent() ? List.of() : List.copyOf(missing), industryMissing, List.copyOf(steps));
  }

  /** Whether a missing figure ({@code /employees}) has a bound in some column that is not every group's. */
  private static boolean missingBoundsDiffer(SizeStandard standard, List<SizeIndustry> groups, List<String> missing) {
    for (SizeIndicator indicator : SizeIndicator.values()) {
      if (!missing.contains("/" + indicator.field())) {
        continue;
      }
      for (int column = 0; column < COLUMNS.size(); column++) {
        Optional<BigDecimal> first = standard.bandsOf(groups.get(0)).bands().value().get(column).bound(indicator);
        for (SizeIndustry group : groups) {
          Optional<BigDecimal> bound = standard.bandsOf(group).bands().value().get(column).bound(indicator);
          if (bound.isPresent() != first.isPresent()
              || bound.isPresent() && bound.get().compareTo(first.get()) != 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Classifies under one group, the code as the profile or request gives it. */
  private Evaluation evaluate(SizeStandard standard, SizeIndustry industry, String code, SizeRequest request,
      boolean explain) {
    StepTrace steps = new StepTrace(explain);
    SizeIndustryBands group = standard.bandsOf(industry);
    steps.add(() -> new InputStep(LocalizedText.of("行业（GB/T 4754-2017 " + code + "）："
        + industry.label().zh(), "industry (GB/T 4754-2017 " + code + "): " + industry.label().en()),
        industry.name() + " — " + standard.industryMapping().label()));
    List<SizeComparison> comparisons = new ArrayList<>(6);
    List<EnterpriseSize> possible = new ArrayList<>(2);
    List<String> missing = new ArrayList<>(2);
    Optional<SizeComparison> deciding = Optional.empty();
    SizeComparison lastFailure = null;
    boolean decided = false;
    Citation citation = group.bands().citation();
    for (int i = 0; i < COLUMNS.size() && !decided; i++) {
      SizeBand band = group.bands().value().get(i);
      ConditionOutcome column = ConditionOutcome.MET;
      SizeComparison failure = null;
      for (SizeIndicator indicator : group.indicators()) {
        SizeComparison comparison = compare(band, indicator, request);
        comparisons.add(comparison);
        steps.add(() -> step(comparison, citation));
        if (comparison.outcome() == ConditionOutcome.NOT_MET) {
          column = ConditionOutcome.NOT_MET;
          failure = failure == null ? comparison : failure;
        } else if (comparison.outcome() == ConditionOutcome.UNKNOWN && column == ConditionOutcome.MET) {
          column = ConditionOutcome.UNKNOWN;
        }
        if (comparison.outcome() == ConditionOutcome.UNKNOWN && !missing.contains("/" + indicator.field())) {
          missing.add("/" + indicator.field());
        }
      }
      if (column != ConditionOutcome.NOT_MET) {
        possible.add(band.size());
        decided = column == ConditionOutcome.MET;
        if (decided && possible.size() == 1 && lastFailure != null) {
          deciding = Optional.of(lastFailure);
        }
      } else if (possible.isEmpty()) {
        lastFailure = failure;
      }
    }
    if (!decided) {
      possible.add(EnterpriseSize.MICRO);
      if (possible.size() == 1) {
        deciding = Optional.of(lastFailure);
      }
    }
    Optional<EnterpriseSize> size = possible.size() == 1 ? Optional.of(possible.get(0)) : Optional.empty();
    List<String> missingFacts = size.isPresent() ? List.of() : List.copyOf(missing);
    Optional<SizeComparison> bound = deciding;
    // the class and the bound it fell below in the reader's language, in the name; the value the class's code (or the
    // classes still open) and the rule
    steps.add(() -> new InputStep(sizeName(size, bound), size.map(Enum::name).orElse("UNDETERMINED: "
        + possible.stream().map(Enum::name).collect(Collectors.joining(", "))) + " — "
        + standard.classificationRule().label()));
    return new Evaluation(industry, List.of(industry), size, List.copyOf(possible), List.copyOf(comparisons), bound,
        missingFacts, false, steps.list());
  }

  private static SizeComparison compare(SizeBand band, SizeIndicator indicator, SizeRequest request) {
    BigDecimal bound = band.bound(indicator).orElseThrow();
    Optional<BigDecimal> value = request.figure(indicator);
    ConditionOutcome outcome = value.isEmpty() ? ConditionOutcome.UNKNOWN
        : value.get().compareTo(bound) >= 0 ? ConditionOutcome.MET : ConditionOutcome.NOT_MET;
    return new SizeComparison(band.size(), indicator, bound, value, outcome);
  }

  /** The result step's name: the class, and the bound of the next class up that it fell below. */
  private static LocalizedText sizeName(Optional<EnterpriseSize> size, Optional<SizeComparison> bound) {
    if (size.isEmpty()) {
      return LocalizedText.of("划型结果：未定", "size class: undetermined");
    }
    String zh = "划型结果：" + label(size.get()).zh();
    String en = "size class: " + label(size.get()).en();
    if (bound.isPresent()) {
      SizeComparison b = bound.get();
      boolean persons = b.indicator() == SizeIndicator.EMPLOYEES;
      zh += "（未达" + label(b.column()).zh() + "下限 " + b.indicator().label().zh() + " ≥ " + b.bound().toPlainString()
          + (persons ? "人" : "元") + "）";
      en += " (below the " + label(b.column()).en() + " bound " + b.indicator().label().en() + " ≥ "
          + b.bound().toPlainString() + (persons ? " persons" : " CNY") + ")";
    }
    return LocalizedText.of(zh, en);
  }

  private static ExplanationStep step(SizeComparison comparison, Citation citation) {
    String unit = comparison.indicator() == SizeIndicator.EMPLOYEES ? "人" : "元";
    String unitEn = comparison.indicator() == SizeIndicator.EMPLOYEES ? "persons" : "CNY";
    LocalizedText name = LocalizedText.of(label(comparison.column()).zh() + "下限：" + comparison.indicator().label()
        .zh() + " ≥ " + comparison.bound().toPlainString() + unit, label(comparison.column()).en() + " bound: "
        + comparison.indicator().label().en() + " ≥ " + comparison.bound().toPlainString() + " " + unitEn);
    return new ConditionStep(name, comparison.outcome(), comparison.indicator().field() + comparison.value()
        .map(v -> " = " + v.toPlainString()).orElse(" not given"), citation);
  }

  /**
   * Returns a size class's name, such as 小型企业.
   *
   * @param size  the class
   * @return the name in Chinese and English
   */
  static LocalizedText label(EnterpriseSize size) {
    switch (size) {
      case LARGE:
        return LocalizedText.of("大型企业", "large");
      case MEDIUM:
        return LocalizedText.of("中型企业", "medium");
      case SMALL:
        return LocalizedText.of("小型企业", "small");
      default:
        return LocalizedText.of("微型企业", "micro");
    }
  }

  /**
   * One classification: the group (the first when the code may fall in several), the groups tried, the class if
   * decided, the possible classes, every comparison, the deciding bound (empty across several groups), the missing
   * figures as request pointers, whether the industry code is missing too (several groups whose possible classes
   * differ), and the steps (empty in the plain form).
   */
  record Evaluation(
      SizeIndustry industry,
      List<SizeIndustry> groups,
      Optional<EnterpriseSize> size,
      List<EnterpriseSize> possibleSizes,
      List<SizeComparison> comparisons,
      Optional<SizeComparison> decidingBound,
      List<String> missingFacts,
      boolean industryMissing,
      List<ExplanationStep> steps) {
  }
}
