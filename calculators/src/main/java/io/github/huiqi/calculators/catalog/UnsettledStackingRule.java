package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The combinations of measures that may pay for the same thing and that no source settles (decisions register
 * §4.4 item 25), combined by {@link EngineOptions#unsettledStacking()}.
 * <p>
 * The built-in pair: the 科技型中小企业 programme's guarantee-fee subsidy (贴保, 深工信〔2023〕26号 第13条 with the 2020
 * 办法) and the small/micro guarantee-fee subsidy (2021 reply letter) both subsidise guarantee fees paid, and no
 * source says whether one fee may draw both. When both outcomes count in the total in reach
 * ({@link MeasureOutcome#countedInTotal()}: not ineligible, in an open window, not a draft, not set aside) and may be
 * positive, and the tech-SME outcome may subsidise a fee at all (the profile's {@code guaranteeFeePayments} not known,
 * or holding a positive payment: an outcome of interest alone draws on no fee), each gets a note naming the question
 * and the option used; under {@link EngineOptions.UnsettledStacking#COUNT_HIGHER} the one with the lower maximum (an
 * unbounded one is the higher) is also set aside from the total in reach. The comparison is between whole measures:
 * the tech-SME outcome includes its interest subsidy, so COUNT_HIGHER is a conservative reading, not an
 * apportionment, and the outcome set aside takes its interest with it (decisions register §4.6 item 80).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UnsettledStackingRule implements StackingRule {

  /** The rule over the built-in pairs. */
  public static final UnsettledStackingRule DEFAULT = new UnsettledStackingRule(List.of(
      new Pair(TechSmeMeasure.class, GuaranteeFeeSubsidyMeasure.class,
          LocalizedText.of("担保费补贴", "guarantee-fee subsidies"), UnsettledStackingRule::mayHaveGuaranteeFees)));

  private static final String CODE = "unsettled-stacking";

  private final List<Pair> pairs;

  private UnsettledStackingRule(List<Pair> pairs) {
    this.pairs = Args.listCopy(pairs, "pairs");
  }

  @Override
  public String code() {
    return CODE;
  }

  /**
   * Returns the measures the rule concerns: both measures of each pair.
   *
   * @return the classes of the pairs' measures
   */
  @Override
  public List<Class<? extends Measure>> measureClasses() {
    List<Class<? extends Measure>> classes = new ArrayList<>();
    for (Pair pair : pairs) {
      classes.add(pair.first());
      classes.add(pair.second());
    }
    return List.copyOf(classes);
  }

  @Override
  public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    List<MeasureOutcome> result = null;
    EngineOptions.UnsettledStacking choice = context.options().unsettledStacking();
    Measure[] measures = catalog.measuresOf(outcomes);
    for (Pair pair : pairs) {
      List<MeasureOutcome> current = result == null ? outcomes : result;
      int first = indexOf(measures, pair.first());
      int second = indexOf(measures, pair.second());
      if (first < 0 || second < 0 || !live(current.get(first)) || !live(current.get(second))
          || !pair.firstMayPayForSubject().test(profile)) {
        continue;
      }
      result = result == null ? new ArrayList<>(outcomes) : result;
      MeasureOutcome a = result.get(first);
      MeasureOutcome b = result.get(second);
      Reason note = note(pair, a, b, choice);
      boolean setAsideSecond = choice == EngineOptions.UnsettledStacking.COUNT_HIGHER && !higher(b, a);
      boolean setAsideFirst = choice == EngineOptions.UnsettledStacking.COUNT_HIGHER && !setAsideSecond;
      result.set(first, a.withNote(note).withCountedInTotal(a.countedInTotal() && !setAsideFirst));
      result.set(second, b.withNote(note).withCountedInTotal(b.countedInTotal() && !setAsideSecond));
    }
    return result == null ? outcomes : result;
  }

  /**
   * Whether the tech-SME outcome may subsidise a guarantee fee: its fee list (the 贴保's base) is not known, or holds a
   * positive payment. With the list known and nothing paid, the outcome subsidises no fee, so no fee may draw both.
   */
  private static boolean mayHaveGuaranteeFees(EnterpriseProfile profile) {
    return profile.guaranteeFeePayments().map(fees -> fees.stream().anyMatch(fee -> fee.amountPaid().isPositive()))
        .orElse(true);
  }

  /** The catalogue's measure of each outcome, looked up once (null for an outcome the catalogue does not hold). */
  private static int indexOf(Measure[] measures, Class<? extends Measure> type) {
    for (int i = 0; i < measures.length; i++) {
      if (type.isInstance(measures[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Counted in the total in reach (so not ineligible), and possibly positive. An outcome the total leaves out (a
   * window not yet open or closed, a draft) cannot be drawn together with the other, and must not set it aside.
   */
  private static boolean live(MeasureOutcome outcome) {
    return outcome.countedInTotal()
        && outcome.amount().maximum().map(max -> max.isPositive()).orElse(true);
  }

  /** Whether {@code a}'s maximum is strictly higher than {@code b}'s (unbounded is highest; a tie keeps b). */
  private static boolean higher(MeasureOutcome a, MeasureOutcome b) {
    if (a.amount().maximum().isEmpty()) {
      return b.amount().maximum().isPresent();
    }
    if (b.amount().maximum().isEmpty()) {
      return false;
    }
    BigDecimal left = a.amount().maximum().get().getNumber().numberValueExact(BigDecimal.class);
    BigDecimal right = b.amount().maximum().get().getNumber().numberValueExact(BigDecimal.class);
    return left.compareTo(right) > 0;
  }

  private static Reason note(Pair pair, MeasureOutcome a, MeasureOutcome b, EngineOptions.UnsettledStacking choice) {
    String zh = a.title().zh() + "与" + b.title().zh() + "均涉及" + pair.subject().zh() + "，现有政策未明确能否叠加；"
        + (choice == EngineOptions.UnsettledStacking.COUNT_BOTH ? "按选项 COUNT_BOTH 两项均计入合计" : "按选项 COUNT_HIGHER 仅计较高一项");
    String en = a.title().en() + " and " + b.title().en() + " both concern " + pair.subject().en()
        + "; no source settles whether they stack; under option " + choice
        + (choice == EngineOptions.UnsettledStacking.COUNT_BOTH ? " both count in the total"
            : " only the higher counts");
    Citation citation = new Citation(Provenance.LIBRARY_DEFAULT, "huiqi", "decisions register §4.4", Optional.of("25"),
        Optional.empty(), Optional.of("no source settles stacking across these measures; the engine's option "
            + "unsettledStacking decides, default COUNT_BOTH (cumulative), COUNT_HIGHER (就高不重复) the alternative"));
    return new Reason(CODE, LocalizedText.of(zh, en), citation);
  }

  /**
   * Two measure kinds that may pay for the same thing.
   *
   * @param first  the first kind
   * @param second  the second kind
   * @param subject  what both pay for
   * @param firstMayPayForSubject  whether, on the profile, the first kind's outcome may pay for the subject at all
   *     (the tech-SME outcome also pays interest, which the other does not)
   */
  record Pair(Class<? extends Measure> first, Class<? extends Measure> second, LocalizedText subject,
      Predicate<EnterpriseProfile> firstMayPayForSubject) {
  }
}
