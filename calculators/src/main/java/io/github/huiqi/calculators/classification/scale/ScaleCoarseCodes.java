package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.classification.scale.ScaleCategory;
import io.github.huiqi.core.classification.scale.ScaleServiceTier;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The "四上" test of a GB/T 4754-2017 code too coarse to name one category (decisions register §4.6 item 140): the
 * code is tested under every category or 规模以上服务业 tier of the codes under it, and the answer is theirs when they
 * all give it; otherwise undetermined, naming {@code /industryCode} when the alternatives apply different tests.
 * <p>
 * GB/T 4754-2017 splits the coarse codes so: section F holds the divisions 批发业 51 and 零售业 52; H 住宿业 61 and
 * 餐饮业 62; K only the division 70 房地产业, whose groups are 房地产开发经营 701, 物业管理 702, 房地产中介服务 703,
 * 房地产租赁经营 704 and 其他房地产业 709; Q 卫生 84 and 社会工作 85. Every one of these codes is inside the databases by
 * the built-in rules; a standard with no rule for one of them leaves the coarse code an error naming it, since a code
 * outside the databases may not be read as inside them. The other sections are either one category or tier as a
 * whole (B, C, D, E, G, I, L, M, N, O, P, R) or outside the databases (A, J, S, T).
 * <p>
 * A host's standard may also give a longer prefix inside a tier's a tier of its own (the longest prefix decides,
 * {@link ScaleStandard#serviceTierOf}): under tiers {@code G} and {@code G60}, the code {@code G} may be in either,
 * and is tried under both; so is a tier's code that holds one of the categories' own prefixes (a tier {@code K} holds
 * 房地产开发经营 K701). The built-in tiers nest in no other, so no built-in code is tried so.
 */
final class ScaleCoarseCodes {

  /** The prefixes of the categories named by code, which take a code before any service tier does. */
  private static final List<String> CATEGORY_PREFIXES = List.of("F51", "F52", "H61", "H62", "K701");

  private ScaleCoarseCodes() {
  }

  /**
   * Returns the codes whose categories or tiers a code may fall in: the code itself when it names a category, else
   * its {@link #finerCodes}; each that falls in a service tier followed by the longer prefixes under it that a
   * category or a tier names.
   *
   * @param standard  the rules
   * @param code  a well-formed code
   * @return the codes, the given one alone when it names one category and nothing under it another; empty when it is
   *     outside the databases
   */
  static List<String> codesUnder(ScaleStandard standard, String code) {
    List<String> base = ScaleClassifier.categoryIfNamed(standard, code).isPresent() ? List.of(code)
        : finerCodes(code);
    List<String> under = new ArrayList<>();
    for (String each : base) {
      under.add(each);
      if (ScaleClassifier.categoryIfNamed(standard, each).orElse(null) == ScaleCategory.SERVICES) {
        nestedUnder(standard, each).stream().filter(nested -> !under.contains(nested)).forEach(under::add);
      }
    }
    return under;
  }

  /** The prefixes of the categories and tiers that start with a code and are longer, in code order. */
  private static List<String> nestedUnder(ScaleStandard standard, String code) {
    TreeSet<String> nested = new TreeSet<>();
    CATEGORY_PREFIXES.stream().filter(prefix -> isLongerUnder(prefix, code)).forEach(nested::add);
    for (Parameter<ScaleServiceTier> tier : standard.services()) {
      tier.value().codePrefixes().stream().filter(prefix -> isLongerUnder(prefix, code)).forEach(nested::add);
    }
    return List.copyOf(nested);
  }

  private static boolean isLongerUnder(String prefix, String code) {
    return prefix.length() > code.length() && prefix.startsWith(code);
  }

  /**
   * Returns the codes under a coarse code whose categories or tiers the test tries.
   *
   * @param code  a well-formed code
   * @return the divisions or groups under it, in code order; empty for a code that is not one of F, H, K, K70, Q
   */
  static List<String> finerCodes(String code) {
    switch (code) {
      case "F":
        return List.of("F51", "F52");
      case "H":
        return List.of("H61", "H62");
      case "K":
      case "K70":
        return List.of("K701", "K702", "K703", "K704", "K709");
      case "Q":
        return List.of("Q84", "Q85");
      default:
        return List.of();
    }
  }

  /** The finer codes that share one category and, for 规模以上服务业, one tier. */
  private record Group(ScaleCategory category, Parameter<ScaleServiceTier> tier, List<String> codes) {
  }

  static ScaleResult evaluateAcross(ScaleStandard standard, ScaleRequest request, List<String> finer,
      StepTrace steps) {
    String code = request.industryCode();
    List<Group> groups = groups(standard, code, finer);
    if (groups.size() == 1) {
      // every code under it in one category and tier: tested as a code that names one (no alternatives)
      List<String> codes = ScaleClassifier.categoryIfNamed(standard, code).isPresent() ? List.of(code)
          : groups.get(0).codes();
      return ScaleClassifier.evaluate(standard, groups.get(0).category(), code, codes, request, steps);
    }
    List<ScaleAlternative> alternatives = new ArrayList<>(groups.size());
    List<String> missing = new ArrayList<>(3);
    for (Group group : groups) {
      ScaleResult each = ScaleClassifier.evaluate(standard, group.category(), code, group.codes(), request, steps);
      alternatives.add(new ScaleAlternative(group.category(), group.codes(), each.threshold(), each.aboveScale()));
      each.missingFacts().stream().filter(fact -> !missing.contains(fact)).forEach(missing::add);
    }
    Optional<Boolean> above = alternatives.get(0).aboveScale();
    boolean oneTest = true;
    for (ScaleAlternative alternative : alternatives) {
      oneTest &= sameTest(alternative, alternatives.get(0));
      if (!alternative.aboveScale().equals(above)) {
        above = Optional.empty();
      }
    }
    if (above.isPresent()) {
      missing.clear();
    } else if (!oneTest) {
      // the alternatives may answer differently once the other facts are given: the finer code decides
      missing.add(0, "/industryCode");
    }
    Optional<Boolean> answer = above;
    steps.add(() -> summary(code, alternatives, answer));
    return new ScaleResult(alternatives.get(0).category(), request.year(), above,
        oneTest ? alternatives.get(0).threshold() : Optional.empty(), missing, new Explanation(steps.list()),
        alternatives);
  }

  private static List<Group> groups(ScaleStandard standard, String code, List<String> finer) {
    List<Group> groups = new ArrayList<>(finer.size());
    for (String finerCode : finer) {
      ScaleCategory category = ScaleClassifier.categoryIfNamed(standard, finerCode).orElseThrow(() ->
          new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, "industryCode", code, "may be " + finerCode
              + ", which names no category of the 四上 databases under these rules: give the finer code",
              "可能属于“四上”统计以外的行业 " + finerCode + "，请给出更细的代码", null));
      Parameter<ScaleServiceTier> tier = category == ScaleCategory.SERVICES
          ? standard.serviceTierOf(finerCode).orElseThrow() : null;
      Optional<Group> same = groups.stream()
          .filter(group -> group.category() == category && Objects.equals(group.tier(), tier)).findFirst();
      if (same.isPresent()) {
        same.get().codes().add(finerCode);
      } else {
        groups.add(new Group(category, tier, new ArrayList<>(List.of(finerCode))));
      }
    }
    return groups;
  }

  /** Whether two alternatives apply one test: both a qualification, or both the same least revenue. */
  private static boolean sameTest(ScaleAlternative one, ScaleAlternative other) {
    if (one.threshold().isEmpty() || other.threshold().isEmpty()) {
      return one.threshold().isEmpty() && other.threshold().isEmpty() && one.category() == other.category();
    }
    return Cny.yuan(one.threshold().get(), "threshold").compareTo(Cny.yuan(other.threshold().get(), "threshold"))
        == 0;
  }

  private static InputStep summary(String code, List<ScaleAlternative> alternatives, Optional<Boolean> above) {
    String zh = alternatives.stream().map(a -> a.category().label().zh() + "（" + String.join("、", a.codes()) + "）")
        .collect(Collectors.joining("、"));
    String en = alternatives.stream().map(a -> a.category().label().en() + " (" + String.join(", ", a.codes()) + ")")
        .collect(Collectors.joining(", "));
    LocalizedText text = above.isPresent()
        ? LocalizedText.of("行业代码" + code + "可能属于的各类别（" + zh + "）结论一致：" + (above.get() ? "属于" : "不属于")
            + "“四上”单位", "every category code " + code + " may fall in (" + en + ") gives one answer: "
            + (above.get() ? "above" : "not above") + " designated size")
        : LocalizedText.of("行业代码" + code + "可能属于的各类别（" + zh + "）未给出一致结论：未定",
            "the categories code " + code + " may fall in (" + en + ") do not give one answer: undetermined");
    return new InputStep(text, above.map(String::valueOf).orElse("undetermined"));
  }
}
