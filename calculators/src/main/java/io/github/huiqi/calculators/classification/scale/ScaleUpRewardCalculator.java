package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.internal.SmallMicroIndustrial;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Decides the 小升规 reward (Shenzhen 小升规方案 第四条: "对首次纳入规模以上工业企业库并于入库次年实现产值(营业收入)正增长的
 * 工业企业按相关规定给予最高20万元奖励") from a firm's yearly 规上 history.
 * <p>
 * The conditions, each reported: an industrial firm (GB/T 4754-2017 sections B, C, D); a first entry: the earliest
 * year marked in the database is the entry year E, the year E − 1 is in the history and known not in the database
 * (years before the earliest given count as not in the database: the history is taken as complete); in E + 1 the firm
 * is still in the database; and its revenue in E + 1 is above its revenue in E, strictly (positive growth: the caller
 * supplies the figure the authority uses, 产值 or 营业收入). A fact not known makes the result undetermined, naming it
 * ({@code /history/2/revenue}; {@code /history} when a year is not in the history). A year before E whose status is
 * not known may be the first entry itself: each such year in turn is taken as the first entry (the earlier ones not
 * in the database), and then none of them; the verdict is the one every way gives, else undetermined, naming each
 * such year whose status can still change it and the facts that leave a way open (decisions register §4.6 item 70).
 * <p>
 * The entry year is reported only when it is known: the year before it given and not in the database (a history
 * that starts at the year first in it may have entered earlier, whatever the verdict).
 * <p>
 * The amount is "最高20万元": the authority fixes it, so an eligible or undetermined firm gets the range
 * [0, 200,000] and an ineligible one [0, 0]. The plain form {@link #maximumReward} returns the ceiling (zero when
 * ineligible); the explaining form {@link #explainReward} the verdict, entry year, range and steps:
 * <pre>{@code
 * ScaleUpRewardMeasure measure = PolicyData.builtIn().getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);
 * MonetaryAmount upTo = ScaleUpRewardCalculator.DEFAULT.maximumReward(measure, request);      // CNY 200,000.00
 * ScaleUpRewardResult explained = ScaleUpRewardCalculator.DEFAULT.explainReward(measure, request);
 * }</pre>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class ScaleUpRewardCalculator {

  /** The calculator. */
  public static final ScaleUpRewardCalculator DEFAULT = new ScaleUpRewardCalculator();

  /** The first-entry condition's words. */
  private static final Supplier<LocalizedText> FIRST_ENTRY = () -> LocalizedText.of("首次纳入规模以上工业企业库",
      "a first entry into the above-scale industry database");

  private ScaleUpRewardCalculator() {
  }

  /**
   * Returns the most the reward can be: the fast form, which builds no explanation.
   *
   * @param measure  the measure, such as the built-in {@link ScaleUpRewardMeasure#SHENZHEN_2022}
   * @param request  the firm's industry and history
   * @return the ceiling in CNY when the firm is eligible (the authority fixes the figure up to it), zero when not
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the verdict depends on facts the request does not give
   */
  public MonetaryAmount maximumReward(ScaleUpRewardMeasure measure, ScaleUpRewardRequest request) {
    Evaluation evaluation = evaluate(measure, request, new StepTrace(false));
    if (evaluation.decision().verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(evaluation.decision().missingFacts());
    }
    return evaluation.decision().verdict() == Verdict.ELIGIBLE ? Cny.of(Cny.yuan(measure.maximumReward().value(),
        "maximumReward")) : Cny.ZERO;
  }

  /**
   * Decides the reward with its verdict, entry year, range and explanation.
   *
   * @param measure  the measure
   * @param request  the firm's industry and history
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public ScaleUpRewardResult explainReward(ScaleUpRewardMeasure measure, ScaleUpRewardRequest request) {
    StepTrace steps = new StepTrace(true);
    Evaluation e = evaluate(measure, request, steps);
    MonetaryAmount maximum = e.decision().verdict() == Verdict.INELIGIBLE ? Cny.ZERO
        : Cny.of(Cny.yuan(measure.maximumReward().value(), "maximumReward"));
    ScaleUpRewardResult result = new ScaleUpRewardResult(measure.id(), measure.documentStatus(),
        e.decision().eligibility(), e.entryYear(), new AmountRange(Cny.ZERO, maximum), new Explanation(steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("classification.scale-up-reward.reward", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Decides the reward from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link ScaleUpRewardRequest} as JSON
   * @return a {@link ScaleUpRewardResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /history/1/year} for a repeated year)
   */
  public String explainRewardJson(ScaleUpRewardMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainReward(measure, HuiqiJson.read(requestJson, ScaleUpRewardRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** Decides the conditions: the one path of both forms and of the evaluator. */
  Evaluation evaluate(ScaleUpRewardMeasure measure, ScaleUpRewardRequest request, StepTrace steps) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    List<TracedCondition> conditions = new ArrayList<>(6);
    conditions.add(SmallMicroIndustrial.industrial(request.industryCode(), measure.firstEntry()));
    List<ScaleUpYear> history = request.history();
    Integer entry = null;
    List<Integer> unknownBefore = new ArrayList<>(1);
    for (int year : sortedYears(history)) {
      Optional<Boolean> status = history.get(indexOf(history, year)).aboveScale();
      if (status.isEmpty()) {
        unknownBefore.add(year);
      } else if (status.get()) {
        entry = year;
        break;
      }
    }
    if (unknownBefore.isEmpty()) {
      conditions.addAll(entryConditions(measure, history, entry));
      // the entry year is known only when the year before it is given (not in the database): a history starting at
      // the year first in it may have entered earlier (decisions register §4.4 item 29, §4.6 item 70)
      boolean known = entry != null && indexOf(history, entry - 1) >= 0;
      return new Evaluation(TracedCondition.decide(conditions, steps), known ? Optional.of(entry) : Optional.empty());
    }
    // A year before the first one known in the database whose status is not known may be the first entry itself:
    // each such year in turn is the first entry (the earlier ones not in the database), or none of them is and the
    // entry is the year known (or there is none). The verdict is the one every way gives, else undetermined, naming
    // each year not known whose status can still change it (decisions register §4.6 item 70). A way assumes the
    // status of its first entry and of the years before it only, never of the year after the entry, which is the one
    // status the entry's conditions read: so each way reads the history as given
    int ways = unknownBefore.size() + 1;
    List<List<TracedCondition>> way = new ArrayList<>(ways);
    List<Verdict> verdicts = new ArrayList<>(ways);
    for (int j = 0; j < ways; j++) {
      Integer first = j < unknownBefore.size() ? unknownBefore.get(j) : entry;
      List<TracedCondition> these = entryConditions(measure, history, first);
      way.add(these);
      verdicts.add(TracedCondition.decide(these, new StepTrace(false)).verdict());
    }
    Citation cite = measure.firstEntry();
    if (allSame(verdicts, 0) && verdicts.get(0) != Verdict.UNDETERMINED) {
      boolean met = verdicts.get(0) == Verdict.ELIGIBLE;
      conditions.add(TracedCondition.known(met, "first-entry", FIRST_ENTRY, () -> "the status in " + unknownBefore
          + " not given: whichever was the first in the database, or none, the reward is "
          + (met ? "due" : "not due"), cite));
      // the entry year is not known: an earlier year not given may have been it
      return new Evaluation(TracedCondition.decide(conditions, steps), Optional.empty());
    }
    for (int j = 0; j < unknownBefore.size(); j++) {
      if (verdicts.get(j) == Verdict.UNDETERMINED || !allSame(verdicts, j)) {
        String pointer = "/history/" + indexOf(history, unknownBefore.get(j)) + "/aboveScale";
        conditions.add(TracedCondition.unknown(pointer, "first-entry", FIRST_ENTRY, cite));
      }
    }
    // the conditions a way leaves open, each fact and code once
    List<TracedCondition> open = new ArrayList<>(4);
    for (int j = 0; j < ways; j++) {
      if (verdicts.get(j) == Verdict.UNDETERMINED) {
        for (TracedCondition condition : way.get(j)) {
          if (condition.unknown() && !sameFactAndCode(open, condition)) {
            open.add(condition);
          }
        }
      }
    }
    conditions.addAll(open);
    return new Evaluation(TracedCondition.decide(conditions, steps), Optional.empty());
  }

  /**
   * The conditions on a first entry in year e (not in the database when null), each year's status read from the
   * history: the year before it given and not in the database, e or e + 1 within the plan's years, e + 1 still in
   * the database with revenue above e's.
   */
  private static List<TracedCondition> entryConditions(ScaleUpRewardMeasure measure, List<ScaleUpYear> history,
      Integer entry) {
    List<TracedCondition> conditions = new ArrayList<>(5);
    Citation first = measure.firstEntry();
    if (entry == null) {
      conditions.add(TracedCondition.known(false, "first-entry", FIRST_ENTRY,
          () -> "no year of the history is in the database", first));
      return conditions;
    }
    int e = entry;
    // The plan's reward is for firms whose entry or year after it falls within its years (2022-2024, the
    // reward's validity); every year before e is known (or assumed) not in the database here, so a later entry
    // decides once the year before it is given (decisions register §4.4 item 29)
    DateRange plan = measure.maximumReward().validity();
    int before = indexOf(history, e - 1);
    boolean tooEarly = e + 1 < plan.start().getYear();
    boolean tooLate = plan.end().isPresent() && e > plan.end().get().getYear() && before >= 0;
    if (tooEarly || tooLate) {
      conditions.add(TracedCondition.known(false, "entry-within-plan", () -> LocalizedText.of(
          "入库年度或其次年在方案期限 " + plan + " 内", "the entry year or the year after it within the plan's "
              + plan), () -> "entered " + e, measure.maximumReward().citation()).withFailedCode(EventValidity.OUTSIDE));
    }
    if (before < 0) {
      conditions.add(TracedCondition.unknown("/history", "first-entry", FIRST_ENTRY, first));
    } else {
      conditions.add(TracedCondition.known(true, "first-entry", FIRST_ENTRY,
          () -> "entered " + e + ", not in the database in " + (e - 1), first));
    }
    int after = indexOf(history, e + 1);
    Supplier<LocalizedText> stillText = () -> LocalizedText.of("入库次年（" + (e + 1) + "年）仍在规上工业企业库",
        "still in the database in the year after entry (" + (e + 1) + ")");
    Supplier<LocalizedText> growthText = () -> LocalizedText.of("入库次年产值（营业收入）正增长：" + (e + 1) + "年高于" + e
        + "年", "positive growth in the year after entry: " + (e + 1) + " above " + e);
    if (after < 0) {
      conditions.add(TracedCondition.unknown("/history", "still-in-database", stillText, measure.stillInDatabase()));
      conditions.add(TracedCondition.unknown("/history", "revenue-growth", growthText, measure.growth()));
      return conditions;
    }
    Optional<Boolean> still = history.get(after).aboveScale();
    conditions.add(TracedCondition.of(still, Boolean::booleanValue,
        "/history/" + after + "/aboveScale", "still-in-database", stillText, measure.stillInDatabase()));
    int at = indexOf(history, e);
    Optional<BigDecimal> base = history.get(at).revenue().map(a -> Cny.yuan(a, "revenue"));
    Optional<BigDecimal> next = history.get(after).revenue().map(a -> Cny.yuan(a, "revenue"));
    if (base.isEmpty()) {
      conditions.add(TracedCondition.unknown("/history/" + at + "/revenue",
          "revenue-growth", growthText, measure.growth()));
    }
    if (next.isEmpty()) {
      conditions.add(TracedCondition.unknown("/history/" + after + "/revenue",
          "revenue-growth", growthText, measure.growth()));
    }
    if (base.isPresent() && next.isPresent()) {
      conditions.add(TracedCondition.known(next.get().compareTo(base.get()) > 0, "revenue-growth", growthText,
          () -> next.get().toPlainString() + " vs " + base.get().toPlainString(), measure.growth()));
    }
    return conditions;
  }

  /**
   * Decides the conditions for an enterprise whose years are not known: the industry as given, the first entry not
   * known ({@code /years}, the profile's pointer: no history to point into).
   */
  Evaluation evaluateWithoutYears(ScaleUpRewardMeasure measure, Optional<String> industryCode, StepTrace steps) {
    Args.notNull(measure, "measure");
    Args.notNull(industryCode, "industryCode");
    List<TracedCondition> conditions = List.of(SmallMicroIndustrial.industrial(industryCode, measure.firstEntry()),
        TracedCondition.unknown("/years", "first-entry", FIRST_ENTRY, measure.firstEntry()));
    return new Evaluation(TracedCondition.decide(conditions, steps), Optional.empty());
  }

  /** Whether the verdicts from a position on are all the one at that position. */
  private static boolean allSame(List<Verdict> verdicts, int from) {
    for (int i = from + 1; i < verdicts.size(); i++) {
      if (verdicts.get(i) != verdicts.get(from)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a condition of the same fact and code is in the list already. */
  private static boolean sameFactAndCode(List<TracedCondition> conditions, TracedCondition condition) {
    for (TracedCondition other : conditions) {
      if (other.fact().equals(condition.fact()) && other.code().equals(condition.code())) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> sortedYears(List<ScaleUpYear> history) {
    List<Integer> years = new ArrayList<>(history.size());
    for (ScaleUpYear year : history) {
      years.add(year.year());
    }
    years.sort(null);
    return years;
  }

  private static int indexOf(List<ScaleUpYear> history, int year) {
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).year() == year) {
        return i;
      }
    }
    return -1;
  }

  /** The decision and the entry year found. */
  record Evaluation(TracedCondition.Decision decision, Optional<Integer> entryYear) {
  }
}
