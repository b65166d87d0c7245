package io.github.huiqi.calculators.procurement.arrears;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.GroupedFigure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Classes the overdue payments owed to an SME under 沪企服办〔2023〕1号 第二十一条: "实现无分歧账款化解率 100%，50 万元以下
 * 无分歧账款清偿率 100%".
 * <p>
 * A claim on a 机关, 事业单位 or 大型国企 that is undisputed and at most 500,000 (included: 500,000.00 is, 500,000.01
 * is not) is classed for full clearance ({@link ArrearsClass#FULL_CLEARANCE}); undisputed and larger, for resolution;
 * disputed, outside both; on another debtor, not covered. Whether a covered claim is disputed, if not known, is named
 * as {@code /arrearsClaims/i/disputed}.
 * <p>
 * Usage:
 * <pre>{@code
 * ArrearsMeasure measure = PolicyData.builtIn().getMeasure(ArrearsMeasure.SHANGHAI_2023);
 * MonetaryAmount toBeCleared = ArrearsCalculator.DEFAULT.fullClearanceTotal(measure, new ArrearsRequest(claims));
 * ArrearsResult explained = ArrearsCalculator.DEFAULT.explainClasses(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class ArrearsCalculator {

  /** The calculator. */
  public static final ArrearsCalculator DEFAULT = new ArrearsCalculator();

  private ArrearsCalculator() {
  }

  /**
   * Returns the claims classed for full clearance together: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link ArrearsMeasure#SHANGHAI_2023}
   * @param request  the claims
   * @return the total, CNY at the fen's scale
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if a covered claim within the limit has no dispute status (one above the limit is
   *     not cleared in full whether disputed or not, so its dispute status does not decide the total)
   */
  public MonetaryAmount fullClearanceTotal(ArrearsMeasure measure, ArrearsRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (!e.decisive.isEmpty()) {
      throw new MissingFactsException(e.decisive);
    }
    return Cny.of(e.total);
  }

  /**
   * Classes every claim, with the total for full clearance and the explanation.
   *
   * @param measure  the measure
   * @param request  the claims
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public ArrearsResult explainClasses(ArrearsMeasure measure, ArrearsRequest request) {
    Evaluation e = evaluate(measure, request, true);
    ArrearsResult result = new ArrearsResult(measure.id(), measure.documentStatus(), e.claims, Cny.of(e.total),
        e.missing, new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("procurement.arrears.classes", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Classes claims from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  an {@link ArrearsRequest} as JSON
   * @return an {@link ArrearsResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainClassesJson(ArrearsMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainClasses(measure, HuiqiJson.read(requestJson, ArrearsRequest.class)));
  }

  /** The one path of both forms and of the evaluator. */
  Evaluation evaluate(ArrearsMeasure measure, ArrearsRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    List<ArrearsClassing> claims = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    // the missing facts that decide the total: a dispute status not known of a claim within the limit
    List<String> decisive = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    BigDecimal limitYuan = Cny.positiveYuan(measure.fullClearanceLimit().value(), "fullClearanceLimit");
    // the figures in the steps' words as the outcome's detail and the table write money: 500,000.00
    String limit = GroupedFigure.ofYuan(limitYuan);
    for (int i = 0; i < request.arrearsClaims().size(); i++) {
      ArrearsClaim claim = request.arrearsClaims().get(i);
      BigDecimal amount = Cny.positiveYuan(claim.amount(), "/arrearsClaims/" + i + "/amount");
      boolean covered = measure.coveredDebtors().value().contains(claim.debtorKind());
      Optional<ArrearsClass> cls = covered && claim.disputed().isEmpty() ? Optional.empty()
          : Optional.of(measure.classify(claim.debtorKind(), amount, claim.disputed().orElse(false)));
      if (cls.isEmpty()) {
        missing.add("/arrearsClaims/" + i + "/disputed");
        if (amount.compareTo(limitYuan) <= 0) {
          decisive.add("/arrearsClaims/" + i + "/disputed");
        }
      } else if (cls.get() == ArrearsClass.FULL_CLEARANCE) {
        total = total.add(amount);
      }
      claims.add(new ArrearsClassing(claim.claimId(), claim.amount(), cls));
      steps.add(() -> new ConditionStep(LocalizedText.of("无分歧且 " + limit + " 元以下（含）：清偿率100%",
          "undisputed and at most " + limit + ": to be paid off in full"), cls.isEmpty() ? ConditionOutcome.UNKNOWN
          : cls.get() == ArrearsClass.FULL_CLEARANCE ? ConditionOutcome.MET : ConditionOutcome.NOT_MET,
          claim.claimId() + ": " + claim.debtorKind() + ", " + GroupedFigure.ofYuan(amount) + ", disputed "
              + claim.disputed().map(String::valueOf).orElse("not given") + " → " + cls.map(String::valueOf)
              .orElse("unknown"), measure.fullClearanceLimit().citation()));
    }
    return new Evaluation(claims, total, missing, decisive, steps);
  }

  /** The classes, the full-clearance total, the missing facts (those that decide the total apart) and the steps. */
  record Evaluation(List<ArrearsClassing> claims, BigDecimal total, List<String> missing, List<String> decisive,
      StepTrace steps) {
  }
}
