package io.github.huiqi.calculators.grants.award;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.grants.internal.GrantCheck;
import io.github.huiqi.calculators.grants.internal.GrantRange;
import io.github.huiqi.calculators.grants.internal.GrantTriggers.Match;
import io.github.huiqi.calculators.grants.internal.GrantTriggers;
import io.github.huiqi.calculators.grants.internal.SmeCondition;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.award.AwardAmount;
import io.github.huiqi.core.grants.award.AwardBound;
import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.core.grants.award.AwardConsequence;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.award.AwardRepeat;
import io.github.huiqi.core.grants.award.AwardTier;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calculates an award on a recognition or an event ({@link AwardMeasure}), such as Shanghai's district award for a new
 * 小巨人 (沪企服办〔2023〕1号 第一条: "不低于30万元") or Shenzhen's 创客中国 award (深工信〔2023〕26号 第16条: "最高给予30万元").
 * <p>
 * Each tier's trigger is matched against the request: a recognition earns the tier once, each matching event once,
 * or, for a tier whose {@code repeat} is {@link AwardRepeat#ONCE_A_YEAR} (深工信〔2023〕26号 第17条: "每年…分别给予不超过
 * 1000 万元"), the events of one calendar year once, in full if one of them is met, and for one whose {@code repeat}
 * is {@link AwardRepeat#ONCE} (the 2021 reply letter's 三: "一次性奖励"), all the events once.
 * A tier earned gives its figure: exactly X, [0, X] for a ceiling ("最高/不超过": the authority fixes the figure) or
 * [X, no upper bound] for a floor ("不低于"); a match with a fact unknown gives the same range from zero. While the
 * events are not known, a tier paid on each event has no upper bound, any number of events each earning it, and a
 * tier paid once a year its range from zero once for each calendar year of its window (no upper bound when the window
 * is open-ended; decisions register §4.6 item 60); a one-off tier keeps its range from zero. The tiers
 * combine by the measure's rule (the highest alone by default, or their sum: {@link AwardOptions}). The verdict is
 * eligible when a tier is earned, undetermined when none is but one may be (naming the facts), ineligible otherwise,
 * with an amount of zero. A consequence whose trigger is met (the 创客中国 national top 500 and top 50) is reported in
 * the result's notes and, in the enterprise outcome, its detail; one whose trigger turns on a fact not given (a
 * placing's rank) is a note of the explaining form naming the fact, never read as not met, and not a missing fact of
 * the award, whose money it does not decide (decisions register §4.6 item 166). No rounding: the figures are whole
 * amounts.
 * <p>
 * A measure for 中小企业 only (its {@code smeRule}, such as 沪企服办〔2023〕1号 第六条 "支持中小企业绿色化升级") also reads
 * the request's {@code size}: a large enterprise is ineligible (reason {@code not-sme}, citing the rule, no tier
 * earned), a size not known leaves an earned or open award undetermined, naming {@code /size} and the amount from
 * zero, and a medium, small or micro enterprise is judged on the tiers alone (reason {@code sme} first). A measure for
 * any size ignores it.
 * <p>
 * Usage, on the built-in policy data:
 * <pre>{@code
 * AwardMeasure measure = PolicyData.builtIn().getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
 * AwardRequest request = HuiqiJson.read(requestJson, AwardRequest.class);
 * OutcomeAmount amount = AwardCalculator.DEFAULT.award(measure, request);   // such as 300,000.00 .. (no upper bound)
 * AwardResult explained = AwardCalculator.DEFAULT.explainAward(measure, request);
 * String resultJson = AwardCalculator.DEFAULT.explainAwardJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class AwardCalculator {

  /** The calculator. */
  public static final AwardCalculator DEFAULT = new AwardCalculator();

  private AwardCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the award: the fast form, which builds no explanation.
   *
   * @param measure  the measure
   * @param request  the facts and options
   * @return the amount in CNY: exact, a range from zero to a ceiling, or from a floor with no upper bound; zero if
   *     no tier is earned
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming the facts, if the verdict is undetermined (no tier earned, one may be,
   *     depending on facts the request does not give) and those facts leave the amount open, a range of width above
   *     zero; an undetermined amount that is one figure whichever way they fall is returned. Every tier's figure is
   *     positive, so an undetermined award is always open (from zero to a figure, or with no upper bound) and throws
   */
  public OutcomeAmount award(AwardMeasure measure, AwardRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (evaluation.verdict() == Verdict.UNDETERMINED && !evaluation.amount().isExact()) {
      throw new MissingFactsException(evaluation.missingFacts());
    }
    return evaluation.amount();
  }

  /**
   * Calculates the award with its verdict, tiers, notes and explanation.
   *
   * @param measure  the measure
   * @param request  the facts and options
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public AwardResult explainAward(AwardMeasure measure, AwardRequest request) {
    Evaluation e = evaluate(measure, request, true);
    AwardResult result = new AwardResult(measure.id(), measure.documentStatus(), e.eligibility(), e.amount(),
        e.tiersEarned(), e.missingFacts(), e.notes(), new Explanation(e.steps()));
    return result.withReceipt(
        CalculatorReceipts.issue("grants.award.award", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the award from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  an {@link AwardRequest} as JSON
   * @return an {@link AwardResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /grantEvents/0/rank} for a rank of 0)
   */
  public String explainAwardJson(AwardMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainAward(measure, HuiqiJson.read(requestJson, AwardRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** Evaluates the award: the one path of both forms and of the enterprise evaluator. */
  Evaluation evaluate(AwardMeasure measure, AwardRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    GrantCheck check = new GrantCheck(explain);
    AwardCombination combination = request.effectiveOptions().combination().orElse(measure.combination().value());
    GrantRange total = GrantRange.ZERO;
    boolean anyEarned = false;
    boolean anyOpen = false;
    int contributing = 0;
    List<String> earned = new ArrayList<>();
    List<Reason> notes = new ArrayList<>();
    // each missing fact once, in the order first met (a list searched: a tier names a fact or two at most)
    List<String> missing = new ArrayList<>(2);
    List<AwardTier> rangedTiers = new ArrayList<>();
    List<GrantRange> tierRanges = new ArrayList<>();
    for (AwardTier tier : measure.tiers()) {
      List<Match> matches = GrantTriggers.match(tier.trigger(), request, check);
      if (matches.isEmpty()) {
        // nothing matched: the tier adds nothing, its conditions recorded by the match
        continue;
      }
      GrantRange one = range(tier.amount().value());
      AwardRepeat repeat = tier.repeatOrDefault();
      boolean once = repeat == AwardRepeat.ONCE;
      boolean onceAYear = once || repeat == AwardRepeat.ONCE_A_YEAR;
      // ONCE_A_YEAR: a year's events earn the tier once, in full if one of them is met (a match without a date
      // stands alone); ONCE: all the events earn it once, as if of one year
      Map<Integer, Boolean> years = onceAYear ? new HashMap<>() : null;
      GrantRange tierRange = GrantRange.ZERO;
      boolean tierEarned = false;
      for (Match match : matches) {
        tierEarned |= match.met();
        anyOpen |= !match.met();
        for (String fact : match.missingFacts()) {
          if (!missing.contains(fact)) {
            missing.add(fact);
          }
        }
        if (match.eventIndex() < 0 && !once && tier.trigger().event().isPresent()) {
          // the events not known: any number of them may each earn the tier, so nothing bounds it above; once a
          // year, at most once for each calendar year of a window that closes (decisions register §4.6 item 60)
          tierRange = tierRange.plus(onceAYear ? eachYearOf(tier, one) : GrantRange.atLeast(BigDecimal.ZERO));
        } else if (once || onceAYear && match.date().isPresent()) {
          years.merge(once ? 0 : match.date().get().getYear(), match.met(), Boolean::logicalOr);
        } else {
          tierRange = tierRange.plus(match.met() ? one : one.fromZero());
        }
      }
      if (onceAYear) {
        for (boolean met : years.values()) {
          tierRange = tierRange.plus(met ? one : one.fromZero());
        }
      }
      contributing++;
      anyEarned |= tierEarned;
      if (tierEarned) {
        earned.add(tier.code());
      }
      GrantRange shown = tierRange;
      int count = matches.size();
      check.step(() -> new InputStep(LocalizedText.of("档次「" + tier.name().zh() + "」：" + count + " 项，金额 "
          + text(shown, "（无上限）"), "tier “" + tier.name().en() + "”: " + count + " match(es), amount "
          + text(shown, "(no upper bound)")),
          tier.amount().citation().label()));
      if (explain) {
        notes.add(boundNote(tier));
        if (once && matches.size() > 1) {
          notes.add(new Reason("once", LocalizedText.of("「" + tier.name().zh() + "」一次性：" + matches.size()
              + " 项事件只计一次", "'" + tier.name().en() + "' one-off: " + matches.size() + " events earn it once"),
              tier.repeat().get().citation()));
        } else if (onceAYear && years.size() < matches.size()) {
          notes.add(new Reason("once-a-year", LocalizedText.of("「" + tier.name().zh() + "」每年一次：同一年的 "
              + matches.size() + " 项事件按 " + years.size() + " 年计", "'" + tier.name().en() + "' once a year: "
              + matches.size() + " events counted as " + years.size() + " year(s)"), tier.repeat().get().citation()));
        }
      }
      total = combination == AwardCombination.SUM ? total.plus(tierRange) : total.highest(tierRange);
      rangedTiers.add(tier);
      tierRanges.add(tierRange);
    }
    Verdict verdict = anyEarned ? Verdict.ELIGIBLE : anyOpen ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
    OutcomeAmount amount = verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO : total.toOutcome();
    if (explain && contributing > 1) {
      notes.add(combinationNote(measure, request, combination));
    }
    List<LocalizedText> consequences = consequences(measure, request, explain, notes);
    if (explain && measure.documentStatus() == DocumentStatus.DRAFT) {
      notes.add(0, new Reason("draft", LocalizedText.of("征求意见稿，不具约束力：金额仅供参考",
          "a draft for comment, not binding: the figure is indicative only"),
          measure.tiers().get(0).amount().citation()));
    }
    Citation first = measure.tiers().get(0).trigger().condition();
    List<String> missingFacts = List.copyOf(missing);
    Eligibility eligibility = check.eligibility(verdict, missingFacts, () -> new Reason("no-award-trigger",
        LocalizedText.of("没有符合条件的认定或事件", "no recognition or event earns the award"), first));
    SmeCondition.Applied sized = SmeCondition.apply(measure.smeRule(), request.size(), verdict, amount,
        missingFacts, eligibility);
    boolean ruledOut = sized.verdict() == Verdict.INELIGIBLE;
    Optional<LocalizedText> detail = consequences.isEmpty() || ruledOut ? Optional.empty()
        : Optional.of(join(consequences));
    Optional<BindingLimit> binding = ruledOut || verdict == Verdict.INELIGIBLE ? Optional.empty()
        : ceiling(rangedTiers, tierRanges, total);
    // every tier a ceiling: the authority fixes the figure within the range, whatever the facts (an unknown fact
    // decides only whether the range applies)
    boolean allCeilings = !rangedTiers.isEmpty()
        && rangedTiers.stream().allMatch(t -> t.amount().value().bound() == AwardBound.UP_TO);
    Optional<BigDecimal> authority = ruledOut || sized.verdict() == Verdict.INELIGIBLE || !allCeilings
        ? Optional.empty() : sized.amount().width().map(w -> Cny.yuan(w, "width"));
    return new Evaluation(sized.verdict(), sized.amount(), ruledOut ? List.of() : earned, sized.missingFacts(),
        detail, sized.eligibility(), notes, check.steps(), binding, authority);
  }

  /**
   * What a tier paid once a year can earn while the events are not known: its figure from zero once for each calendar
   * year its trigger's window touches (深工信〔2023〕26号 第17条's 2023 window: once, up to 10,000,000), or no upper
   * bound when the window does not close.
   */
  private static GrantRange eachYearOf(AwardTier tier, GrantRange one) {
    DateRange window = tier.trigger().window().value();
    if (window.end().isEmpty()) {
      return GrantRange.atLeast(BigDecimal.ZERO);
    }
    GrantRange range = GrantRange.ZERO;
    for (int year = window.start().getYear(); year <= window.end().get().getYear(); year++) {
      range = range.plus(one.fromZero());
    }
    return range;
  }

  /**
   * The ceiling that sets the award's upper end: the ceiling ("最高X万元") of the tier whose range alone reaches the
   * total's maximum (the highest tier, or the only one summed); none when the upper end is a fixed figure, a sum of
   * several tiers or unbounded.
   */
  private static Optional<BindingLimit> ceiling(List<AwardTier> tiers, List<GrantRange> ranges, GrantRange total) {
    if (total.maximum().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal most = total.maximum().get();
    for (int i = 0; i < tiers.size(); i++) {
      AwardTier tier = tiers.get(i);
      AwardAmount amount = tier.amount().value();
      Optional<BigDecimal> reached = ranges.get(i).maximum();
      if (amount.bound() == AwardBound.UP_TO && reached.isPresent() && reached.get().compareTo(most) == 0) {
        return Optional.of(new BindingLimit("award-ceiling", LocalizedText.of("「" + tier.name().zh() + "」奖励上限",
            "ceiling of the award for '" + tier.name().en() + "'"), amount.value(), tier.amount().citation()));
      }
    }
    return Optional.empty();
  }

  private static GrantRange range(AwardAmount amount) {
    BigDecimal value = Cny.positiveYuan(amount.value(), "amount/value");
    switch (amount.bound()) {
      case UP_TO:
        return GrantRange.upTo(value);
      case AT_LEAST:
        return GrantRange.atLeast(value);
      default:
        return GrantRange.exactly(value);
    }
  }

  /** The consequences whose trigger is met: texts for the detail (both forms), notes when explaining. */
  private static List<LocalizedText> consequences(AwardMeasure measure, AwardRequest request, boolean explain,
      List<Reason> notes) {
    if (measure.consequences().isEmpty()) {
      return List.of();
    }
    List<LocalizedText> met = new ArrayList<>(0);
    // the consequences' triggers are no condition of the award: matched with a check that records nothing
    GrantCheck quiet = new GrantCheck(false);
    for (AwardConsequence consequence : measure.consequences()) {
      List<Match> matches = GrantTriggers.match(consequence.trigger(), request, quiet);
      if (anyMet(matches)) {
        met.add(consequence.text());
        if (explain) {
          notes.add(new Reason(consequence.code(), consequence.text(), consequence.trigger().condition()));
        }
      } else if (explain && !openFacts(matches).isEmpty()) {
        // not known to apply nor not to (a placing whose rank is not given): said, never read as not applying
        // (decisions register §4.6 item 166)
        String facts = String.join(", ", openFacts(matches));
        notes.add(new Reason(consequence.code() + "-open", LocalizedText.of(consequence.text().zh() + "：是否适用待定（未知："
            + facts + "）", consequence.text().en() + ": may apply, not known (" + facts + " not given)"),
            consequence.trigger().condition()));
      }
    }
    return met;
  }

  /** The facts not given that leave a consequence's trigger open, in the order the matches name them. */
  private static List<String> openFacts(List<Match> matches) {
    List<String> facts = new ArrayList<>(0);
    for (Match match : matches) {
      for (String fact : match.missingFacts()) {
        if (!facts.contains(fact)) {
          facts.add(fact);
        }
      }
    }
    return facts;
  }

  private static boolean anyMet(List<Match> matches) {
    for (Match match : matches) {
      if (match.met()) {
        return true;
      }
    }
    return false;
  }

  private static Reason boundNote(AwardTier tier) {
    String value = Cny.positiveYuan(tier.amount().value().value(), "amount/value").toPlainString();
    Citation citation = tier.amount().citation();
    switch (tier.amount().value().bound()) {
      case UP_TO:
        return new Reason("ceiling-fixed-by-authority", LocalizedText.of("「" + tier.name().zh() + "」最高 " + value
            + " 元：具体金额由主管部门在上限内核定，上限不是应得金额", "'" + tier.name().en() + "' up to " + value
            + " yuan: the authority fixes the figure within the ceiling, which is not the amount due"), citation);
      case AT_LEAST:
        return new Reason("floor-fixed-by-authority", LocalizedText.of("「" + tier.name().zh() + "」不低于 " + value
            + " 元：具体金额由主管部门核定，无上限", "'" + tier.name().en() + "' at least " + value
            + " yuan: the authority fixes the figure, with no upper bound"), citation);
      default:
        return new Reason("fixed-figure", LocalizedText.of("「" + tier.name().zh() + "」" + value + " 元",
            "'" + tier.name().en() + "' " + value + " yuan"), citation);
    }
  }

  private static Reason combinationNote(AwardMeasure measure, AwardRequest request, AwardCombination combination) {
    Citation citation = request.effectiveOptions().combination().isPresent()
        ? Citation.libraryDefault("decisions register §4.4 item 25",
            "the caller chose " + combination + " (AwardOptions.combination)")
        : measure.combination().citation();
    return combination == AwardCombination.SUM
        ? new Reason("tiers-summed", LocalizedText.of("多个档次金额相加", "the tiers earned are added"), citation)
        : new Reason("tiers-highest", LocalizedText.of("多个档次就高不重复", "the highest tier alone (就高不重复)"),
            citation);
  }

  /** A tier's range, as amounts at the fen, its missing upper bound in the text's own language. */
  private static String text(GrantRange range, String noUpperBound) {
    return fen(range.minimum()) + " .. " + range.maximum().map(AwardCalculator::fen).orElse(noUpperBound);
  }

  private static String fen(BigDecimal amount) {
    return amount.setScale(Math.max(amount.scale(), 2)).toPlainString();
  }

  private static LocalizedText join(List<LocalizedText> texts) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (LocalizedText text : texts) {
      zh.append(zh.length() == 0 ? "" : "；").append(text.zh());
      en.append(en.length() == 0 ? "" : "; ").append(text.en());
    }
    return LocalizedText.of(zh.toString(), en.toString());
  }

  /**
   * One evaluation: the verdict, the amount, the tiers earned, the missing facts (even when eligible), the detail of
   * the consequences met, and, when explaining, the eligibility, the notes and the steps; the ceiling that sets the
   * upper end, if one does, and the width the authority fixes when every tier is a ceiling (in both forms).
   */
  record Evaluation(
      Verdict verdict,
      OutcomeAmount amount,
      List<String> tiersEarned,
      List<String> missingFacts,
      Optional<LocalizedText> detail,
      Eligibility eligibility,
      List<Reason> notes,
      List<ExplanationStep> steps,
      Optional<BindingLimit> bindingLimit,
      Optional<BigDecimal> widthFixedByAuthority) {
  }
}
