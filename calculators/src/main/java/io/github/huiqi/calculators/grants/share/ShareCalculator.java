package io.github.huiqi.calculators.grants.share;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.grants.internal.GrantCheck;
import io.github.huiqi.calculators.grants.internal.GrantRange;
import io.github.huiqi.calculators.grants.internal.GrantTriggers.Match;
import io.github.huiqi.calculators.grants.internal.GrantTriggers;
import io.github.huiqi.calculators.internal.ItemsTotalStep;
import io.github.huiqi.calculators.grants.internal.SmeCondition;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.grants.share.ShareBound;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Calculates a share of a base amount ({@link ShareMeasure}), such as Shanghai's reward for a high-tech enterprise
 * first becoming a "四上" enterprise (沪企服办〔2023〕1号 第二条: "上一年度研发投入5%、最高50万元的一次性奖励") or its
 * support for digital-service contracts (第八条: "不超过合同金额30%").
 * <p>
 * Each event the trigger matches has its {@code amount} as the base. An event whose base is below the measure's
 * minimum ("1000万元以上", inclusive) earns nothing; otherwise
 * <pre>
 *   share = min(cap, round(rate × base)),   rounded once, half-up to the fen by default,
 * </pre>
 * exactly that when every condition is met and the measure's figure is exact, or [0, share] when the authority fixes
 * the figure ("不超过") or a condition is unknown. A one-off measure ("首次…一次性奖励") counts only the earliest
 * event of its code, which alone can earn: a later one is not the first, even when the earliest is outside the window
 * or fails a condition; the explanation checks the earliest event's conditions only. Otherwise the events add. An
 * event without an amount names {@code /grantEvents/i/amount} and adds [0, cap] (no upper bound without a cap);
 * events not known name {@code /grantEvents}. The cap is the binding limit when it cut a share or is the upper end
 * of an open one. The verdict is eligible when an event's share is earned, or when a met event of a measure with no
 * least base lacks only its amount (its base sets the amount only: decisions register §4.6 item 42); undetermined
 * when no share is earned but one may be; ineligible otherwise, with an amount of zero.
 * <p>
 * A measure for 中小企业 only (its {@code smeRule}, such as 第八条 "对中小企业与数字化服务商签订的服务合同") also reads the
 * request's {@code size}: a large enterprise is ineligible (reason {@code not-sme}, citing the rule), a size not known
 * leaves an earned or open share undetermined, naming {@code /size} and the amount from zero, and a medium, small or
 * micro enterprise is judged on the events alone (reason {@code sme} first). A measure for any size ignores it.
 * <p>
 * Usage, on the built-in policy data:
 * <pre>{@code
 * ShareMeasure measure = PolicyData.builtIn().getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);
 * ShareRequest request = ShareRequest.ofEvents(List.of(contract)).withSize(EnterpriseSize.SMALL);
 * OutcomeAmount amount = ShareCalculator.DEFAULT.share(measure, request);       // such as 0.00 .. 240,000.00
 * ShareResult explained = ShareCalculator.DEFAULT.explainShare(measure, request);
 * String resultJson = ShareCalculator.DEFAULT.explainShareJson(measure, requestJson);
 * // a fee charged at a share of its standard: the standard less the fee charged
 * ShareFeeMeasure fee = PolicyData.builtIn().getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT);
 * OutcomeAmount saved = ShareCalculator.DEFAULT.feeSaved(fee, ShareRequest.ofEvents(List.of(service)));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class ShareCalculator {

  /** The calculator. */
  public static final ShareCalculator DEFAULT = new ShareCalculator();

  private static final LocalizedText CAP_NAME = LocalizedText.of("单项金额上限", "cap per event");

  private ShareCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the share: the fast form, which builds no explanation.
   *
   * @param measure  the measure
   * @param request  the facts
   * @return the amount in CNY at the fen: exact, or a range from zero; zero if no event earns a share
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming the facts, if no event earns a share, one may, depending on facts the
   *     request does not give (the verdict undetermined), and those facts leave the amount open, a range of width
   *     above zero; an undetermined share that is zero whichever way they fall (an event whose share of its base
   *     rounds to 0.00) is returned
   */
  public OutcomeAmount share(ShareMeasure measure, ShareRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (evaluation.verdict() == Verdict.UNDETERMINED && !evaluation.amount().isExact()) {
      throw new MissingFactsException(evaluation.missingFacts());
    }
    return evaluation.amount();
  }

  /**
   * Calculates the share with its verdict, binding cap, notes and explanation.
   *
   * @param measure  the measure
   * @param request  the facts
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public ShareResult explainShare(ShareMeasure measure, ShareRequest request) {
    Evaluation e = evaluate(measure, request, true);
    ShareResult result = new ShareResult(measure.id(), measure.documentStatus(), e.eligibility(), e.amount(),
        e.bindingLimit(), e.missingFacts(), e.notes(), new Explanation(e.steps()));
    return result.withReceipt(
        CalculatorReceipts.issue("grants.share.share", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the share from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link ShareRequest} as JSON
   * @return a {@link ShareResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /grantEvents/0/amount} for a negative amount)
   */
  public String explainShareJson(ShareMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainShare(measure, HuiqiJson.read(requestJson, ShareRequest.class)));
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the fee saved on fees charged at a share of their standard ({@link ShareFeeMeasure}, such as the
   * Shenzhen 专精特新 draft 第十二条, "按50%比例收取服务费用"): the fast form, which builds no explanation. For each
   * standard fee the measure's trigger matches while its conditions hold, the fee charged is its share of the standard
   * fee, rounded half-up to the fen once, and the fee saved is the standard fee less it (decisions register §4.6 item
   * 51): a standard fee of 12,345.67 charged at 50% is 6,172.835, charged 6,172.84, saved 6,172.83. This is the
   * engine's figure; {@link #share} on {@link ShareFeeMeasure#asShare()} rounds the saved share itself, which can
   * differ from it by a fen.
   *
   * @param measure  the fee measure
   * @param request  the facts: the standard fees as events with their {@code amount}
   * @return the fee saved in CNY at the fen: exact, or a range from zero; zero if no fee is reduced
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming the facts, if no fee is reduced, one may be, depending on facts the request
   *     does not give (the verdict undetermined), and those facts leave the amount open, a range of width above
   *     zero; an undetermined fee saved that is zero whichever way they fall (a standard fee of 0.00) is returned
   */
  public OutcomeAmount feeSaved(ShareFeeMeasure measure, ShareRequest request) {
    Evaluation evaluation = evaluateFee(measure, request, false);
    if (evaluation.verdict() == Verdict.UNDETERMINED && !evaluation.amount().isExact()) {
      throw new MissingFactsException(evaluation.missingFacts());
    }
    return evaluation.amount();
  }

  /**
   * Calculates the fee saved ({@link #feeSaved}) with its verdict, notes and explanation, each fee charged and saved
   * a step.
   *
   * @param measure  the fee measure
   * @param request  the facts
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public ShareResult explainFeeSaved(ShareFeeMeasure measure, ShareRequest request) {
    Evaluation e = evaluateFee(measure, request, true);
    ShareResult result = new ShareResult(measure.id(), measure.documentStatus(), e.eligibility(), e.amount(),
        e.bindingLimit(), e.missingFacts(), e.notes(), new Explanation(e.steps()));
    return result.withReceipt(
        CalculatorReceipts.issue("grants.share.fee-saved", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the fee saved ({@link #feeSaved}) from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the fee measure
   * @param requestJson  a {@link ShareRequest} as JSON
   * @return a {@link ShareResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /grantEvents/0/amount} for a negative amount)
   */
  public String explainFeeSavedJson(ShareFeeMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainFeeSaved(measure, HuiqiJson.read(requestJson, ShareRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** Evaluates the share: the one path of both forms and of the enterprise evaluator. */
  Evaluation evaluate(ShareMeasure measure, ShareRequest request, boolean explain) {
    return evaluate(measure, request, explain, Optional.empty());
  }

  /**
   * Evaluates a fee charged at a share of its standard ({@link ShareFeeMeasure}): the fee saved on each standard fee
   * is the standard less the fee charged, the charge rounded once (decisions register §4.6 item 51), so that the fee
   * charged and the fee saved add up to the standard fee.
   */
  Evaluation evaluateFee(ShareFeeMeasure fee, ShareRequest request, boolean explain) {
    Args.notNull(fee, "measure");
    return evaluate(fee.asShare(), request, explain, Optional.of(fee.chargedShare()));
  }

  /**
   * The one path: with {@code charged} given, each event's share is its base less the charged share of the base,
   * rounded (a fee saved); otherwise the rate's share of the base, rounded.
   */
  private Evaluation evaluate(ShareMeasure measure, ShareRequest request, boolean explain,
      Optional<Parameter<Rate>> charged) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    GrantCheck check = new GrantCheck(explain);
    List<Reason> notes = new ArrayList<>();
    // one-off ("首次…一次性奖励"): the earliest event of the code is the one that can earn, whether or not it is in the
    // window or meets the conditions; a later event is not the first, so only the earliest is matched and explained
    int first = measure.oneOff().value() ? earliestOfCode(measure, request) : -1;
    List<Match> matches = GrantTriggers.match(measure.trigger(), request, check, first);
    if (first >= 0) {
      if (explain && anotherOfCode(measure, request, first)) {
        String pointer = "/grantEvents/" + first;
        notes.add(new Reason("one-off-earliest-event", LocalizedText.of("一次性奖励：只计最早的事件 " + pointer,
            "one-off: only the earliest event counts, " + pointer), measure.oneOff().citation()));
      }
    }
    Optional<BigDecimal> cap = measure.cap().map(p -> Cny.positiveYuan(p.value(), "cap/value"));
    GrantRange open = cap.map(GrantRange::upTo).orElse(GrantRange.atLeast(BigDecimal.ZERO));
    GrantRange total = GrantRange.ZERO;
    boolean anyEarned = false;
    boolean anyOpen = false;
    boolean capBound = false;
    BigDecimal authority = BigDecimal.ZERO;
    Set<String> missing = new LinkedHashSet<>();
    List<BigDecimal> shares = new ArrayList<>();
    for (Match match : matches) {
      if (match.eventIndex() < 0) {
        anyOpen = true;
        missing.addAll(match.missingFacts());
        total = total.plus(open);
        capBound |= cap.isPresent();   // the open share's upper end is the cap
        continue;
      }
      String at = match.pointer();
      if (match.amount().isEmpty()) {
        check.record(ConditionOutcome.UNKNOWN, "base-given", () -> baseText(measure),
            () -> at + "/amount not given", measure.base());
        anyOpen = true;
        // an event that earns a share whatever its base (no least base to reach) qualifies the firm: its base sets
        // the amount only (decisions register §4.6 item 42)
        anyEarned |= match.met() && measure.minimumBase().isEmpty();
        missing.addAll(match.missingFacts());
        missing.add(at + "/amount");
        total = total.plus(open);
        capBound |= cap.isPresent();
        continue;
      }
      BigDecimal base = match.amount().get();
      if (!minimumMet(measure, base, at, check)) {
        continue;
      }
      BigDecimal uncapped = uncapped(measure, base, charged, at, check);
      BigDecimal share = capped(measure, uncapped, cap, check);
      capBound |= cap.isPresent() && uncapped.compareTo(cap.get()) > 0;
      boolean exact = match.met() && measure.bound().value() == ShareBound.EXACTLY;
      total = total.plus(exact ? GrantRange.exactly(share) : GrantRange.upTo(share));
      // "不超过X%" of a known base: the authority fixes the figure up to the share, whatever the facts
      authority = measure.bound().value() == ShareBound.UP_TO ? authority.add(share) : authority;
      if (match.met()) {
        shares.add(share);
      }
      anyEarned |= match.met();
      anyOpen |= !match.met();
      missing.addAll(match.missingFacts());
    }
    if (check.explaining()) {
      // the earning events' shares in all: the amount, or the ceiling of an "up to" share
      ItemsTotalStep.of(LocalizedText.of("比例金额合计（符合条件的各项事件）", "shares in all (the earning events)"),
          shares, measure.rate().citation()).ifPresent(step -> check.step(() -> step));
    }
    Verdict verdict = anyEarned ? Verdict.ELIGIBLE : anyOpen ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
    OutcomeAmount amount = verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO : total.toOutcome();
    Optional<BindingLimit> binding = capBound && verdict != Verdict.INELIGIBLE
        ? Optional.of(new BindingLimit("cap-per-event", CAP_NAME, measure.cap().get().value(),
            measure.cap().get().citation()))
        : Optional.empty();
    if (explain) {
      addNotes(measure, verdict, notes);
    }
    List<String> missingFacts = List.copyOf(missing);
    Eligibility eligibility = check.eligibility(verdict, missingFacts, () -> new Reason("no-share-event",
        LocalizedText.of("没有符合条件的事件", "no event earns a share"), measure.trigger().condition()));
    SmeCondition.Applied sized = SmeCondition.apply(measure.smeRule(), request.size(), verdict, amount,
        missingFacts, eligibility);
    boolean none = sized.verdict() == Verdict.INELIGIBLE || authority.signum() == 0;
    return new Evaluation(sized.verdict(), sized.amount(),
        sized.verdict() == Verdict.INELIGIBLE ? Optional.empty() : binding, sized.missingFacts(),
        sized.eligibility(), notes, check.steps(), none ? Optional.empty() : Optional.of(authority));
  }

  private static boolean minimumMet(ShareMeasure measure, BigDecimal base, String at, GrantCheck check) {
    if (measure.minimumBase().isEmpty()) {
      return true;
    }
    Parameter<MonetaryAmount> minimum = measure.minimumBase().get();
    BigDecimal floor = Cny.positiveYuan(minimum.value(), "minimumBase/value");
    boolean met = base.compareTo(floor) >= 0;
    check.record(met ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, "base-at-least-minimum",
        () -> LocalizedText.of("基数不低于 " + floor.toPlainString() + " 元", "base at least " + floor.toPlainString()
            + " yuan"), () -> at + "/amount = " + base.toPlainString(), minimum.citation());
    return met;
  }

  /** The share of one base before the cap: the rate's share rounded, or, for a fee, the base less the charge. */
  private static BigDecimal uncapped(ShareMeasure measure, BigDecimal base, Optional<Parameter<Rate>> charged,
      String at, GrantCheck check) {
    MoneyRounding rounding = measure.rounding().value();
    check.step(() -> new InputStep(LocalizedText.of("基数 " + at + "/amount", "base " + at + "/amount"),
        base.toPlainString() + " — " + measure.base().label()));
    if (charged.isPresent()) {
      // the fee charged is the amount billed, rounded once; the fee saved is what remains of the standard fee
      Rate chargedRate = charged.get().value();
      BigDecimal exact = chargedRate.applyTo(base);
      BigDecimal fee = rounding.round(exact);
      BigDecimal saved = base.subtract(fee);
      check.step(() -> new CalculationStep(LocalizedText.of("按比例收取的费用", "fee charged at the share"),
          base.toPlainString() + " × " + chargedRate, exact, charged.get().citation()));
      check.step(() -> new RoundingStep(exact, fee, rounding, measure.rounding().citation()));
      check.step(() -> new CalculationStep(LocalizedText.of("节省的费用（标准费用减收取的费用）",
          "fee saved (the standard fee less the fee charged)"), base.toPlainString() + " − " + fee.toPlainString(),
          saved, charged.get().citation()));
      return saved;
    }
    Rate rate = measure.rate().value();
    BigDecimal exact = rate.applyTo(base);
    BigDecimal rounded = rounding.round(exact);
    check.step(() -> new CalculationStep(LocalizedText.of("比例金额", "share of the base"),
        base.toPlainString() + " × " + rate, exact, measure.rate().citation()));
    check.step(() -> new RoundingStep(exact, rounded, rounding, measure.rounding().citation()));
    return rounded;
  }

  private static BigDecimal capped(ShareMeasure measure, BigDecimal rounded, Optional<BigDecimal> cap,
      GrantCheck check) {
    BigDecimal capped = cap.map(rounded::min).orElse(rounded);
    if (cap.isPresent()) {
      check.step(() -> new CapStep(CAP_NAME, cap.get(), rounded, capped, measure.cap().get().citation()));
    }
    return capped;
  }

  private static void addNotes(ShareMeasure measure, Verdict verdict, List<Reason> notes) {
    if (measure.documentStatus() == DocumentStatus.DRAFT) {
      notes.add(0, new Reason("draft", LocalizedText.of("征求意见稿，不具约束力：金额仅供参考",
          "a draft for comment, not binding: the figure is indicative only"), measure.rate().citation()));
    }
    if (verdict != Verdict.INELIGIBLE && measure.bound().value() == ShareBound.UP_TO) {
      notes.add(new Reason("ceiling-fixed-by-authority", LocalizedText.of("“不超过”：具体金额由主管部门在上限内核定，上限不是应得金额",
          "'up to': the authority fixes the figure within the ceiling, which is not the amount due"),
          measure.bound().citation()));
    }
  }

  private static LocalizedText baseText(ShareMeasure measure) {
    return LocalizedText.of("事件载明计算基数（" + measure.base().quote().orElse("金额") + "）",
        "the event states the base (" + measure.base().quote().orElse("amount") + ")");
  }

  /**
   * One evaluation: the verdict, the amount, the binding cap, the missing facts (even when eligible), when
   * explaining the eligibility, the notes and the steps, and the width the authority fixes ("不超过" shares of known
   * bases).
   */
  record Evaluation(
      Verdict verdict,
      OutcomeAmount amount,
      Optional<BindingLimit> bindingLimit,
      List<String> missingFacts,
      Eligibility eligibility,
      List<Reason> notes,
      List<ExplanationStep> steps,
      Optional<BigDecimal> widthFixedByAuthority) {
  }

  /**
   * The index of the earliest event (by date, then by position) with the trigger's code, or -1 when the events are
   * not known, none has the code, or the trigger is a recognition.
   */
  private static int earliestOfCode(ShareMeasure measure, ShareRequest request) {
    Optional<String> code = measure.trigger().event();
    if (code.isEmpty() || request.grantEvents().isEmpty()) {
      return -1;
    }
    List<GrantEvent> events = request.grantEvents().get();
    int first = -1;
    for (int i = 0; i < events.size(); i++) {
      GrantEvent event = events.get(i);
      if (event.code().equals(code.get()) && (first < 0 || event.date().isBefore(events.get(first).date()))) {
        first = i;
      }
    }
    return first;
  }

  /** Whether the events hold another event than {@code first} with the trigger's code. */
  private static boolean anotherOfCode(ShareMeasure measure, ShareRequest request, int first) {
    String code = measure.trigger().event().orElseThrow();
    List<GrantEvent> events = request.grantEvents().orElseThrow();
    for (int i = 0; i < events.size(); i++) {
      if (i != first && events.get(i).code().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
