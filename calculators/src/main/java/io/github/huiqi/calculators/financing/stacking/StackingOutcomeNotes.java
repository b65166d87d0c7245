package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words {@link StackingInterestSubsidyRule} writes on a first-loan and tech-SME pair's outcomes under one municipal
 * interest subsidy per loan ("同一笔贷款只能享受一次贴息政策", 2022 首贷 implementing rules, decisions register §1.7;
 * 深工信〔2023〕26号 第5条 and 第13条): the note, code {@value StackingInterestSubsidyRule#CODE} citing the rule, saying what
 * each loan got, which loans are or may be subsidised elsewhere or not held (register §4.1 item 10), which are
 * reopened for an unknown amount received, and what the completions gave (§4.6 item 52); the stacking's explanation
 * steps, closed on each outcome's own part; and the one reason of an outcome the rule turned from eligible to
 * undetermined, the condition left open and the facts it waits on (§4.6 items 42 and 90), restated when a later rule
 * makes the outcome wait on more facts ({@link #withFacts}).
 * <p>
 * This class holds no state.
 */
final class StackingOutcomeNotes {

  /** The rule's code, also the code of the note and of the one reason it writes. */
  private static final String CODE = StackingInterestSubsidyRule.CODE;

  private StackingOutcomeNotes() {
  }

  static List<ExplanationStep> closed(List<ExplanationStep> steps, Optional<ExplanationStep> closing) {
    if (steps.isEmpty() || closing.isEmpty()) {
      return steps;
    }
    List<ExplanationStep> all = new ArrayList<>(steps);
    all.add(closing.get());
    return all;
  }

  static MeasureOutcome withNote(MeasureOutcome outcome, Reason note, List<ExplanationStep> steps,
      boolean explain) {
    MeasureOutcome.Builder builder = outcome.toBuilder().addNotes(note);
    if (explain) {
      List<ExplanationStep> all = new ArrayList<>(outcome.explanation().steps());
      all.addAll(steps);
      builder.explanation(new Explanation(all));
    }
    return builder.build();
  }

  /**
   * The outcome with, when the rule turned it from eligible to undetermined and explaining, its one reason: the
   * condition the rule leaves open and the facts it waits on, in place of its evaluator's reasons, the conditions met
   * (an undetermined outcome lists what is not yet known: register §4.6 items 42 and 90).
   */
  static MeasureOutcome opened(Side side, MeasureOutcome stacked, FirstLoanMeasure firstMeasure,
      boolean explain) {
    if (!explain || !side.opened(stacked)) {
      return stacked;
    }
    return stacked.toBuilder().reasons(List.of(new Reason(CODE, openedText(side.choiceOpen(), stacked.missingFacts()),
        StackingCalculator.oneSubsidyRule(firstMeasure)))).build();
  }

  /** The words of the one reason of an outcome the rule opened, listing the facts it waits on. */
  private static LocalizedText openedText(boolean choiceOpen, List<String> missing) {
    String zhFacts = String.join("、", missing);
    String enFacts = String.join(", ", missing);
    return choiceOpen
        ? LocalizedText.of(CHOICE_OPEN_ZH + zhFacts, CHOICE_OPEN_EN + enFacts)
        : LocalizedText.of(NOTHING_CERTAIN_ZH + zhFacts, NOTHING_CERTAIN_EN + enFacts);
  }

  private static final String CHOICE_OPEN_ZH =
      "同一笔贷款只能享受一次市级贴息：贷款适用哪项贴息尚未确定，本项可能无资助，取决于未提供的信息：";
  private static final String CHOICE_OPEN_EN = "one municipal interest subsidy per loan: which subsidy a loan takes "
      + "is still open, and this one may then pay nothing; it waits on facts not given: ";
  private static final String NOTHING_CERTAIN_ZH =
      "同一笔贷款只能享受一次市级贴息：本项已无确定可获的贷款贴息，是否获得资助取决于未提供的信息：";
  private static final String NOTHING_CERTAIN_EN = "one municipal interest subsidy per loan leaves this subsidy "
      + "nothing certain: whether it pays anything waits on facts not given: ";

  /**
   * The one reason this rule gave an outcome it opened, listing the facts given instead, when a later rule (such as
   * {@link RenovationLoanStackingRule}) makes the outcome wait on more facts; empty when the reasons are not that one
   * reason.
   *
   * @param reasons  the outcome's reasons
   * @param facts  every fact the outcome now waits on, as profile pointers
   * @return the reason listing the facts, or empty
   */
  static Optional<Reason> withFacts(List<Reason> reasons, List<String> facts) {
    if (reasons.size() != 1 || !reasons.get(0).code().equals(CODE)) {
      return Optional.empty();
    }
    Reason reason = reasons.get(0);
    String en = reason.message().en();
    if (!en.startsWith(CHOICE_OPEN_EN) && !en.startsWith(NOTHING_CERTAIN_EN)) {
      return Optional.empty();
    }
    return Optional.of(new Reason(CODE, openedText(en.startsWith(CHOICE_OPEN_EN), facts), reason.citation()));
  }

  static Reason note(FirstLoanMeasure firstMeasure, Optional<StackingResult> stacking,
      StackingPrecedence precedence, List<String> openToFirst, List<String> unheld, List<String> elsewhere,
      List<String> flagOpen, Optional<LocalizedText> completions) {
    StringBuilder zh = new StringBuilder("同一笔贷款只能享受一次市级贴息（适用顺序 " + precedence + "）：");
    StringBuilder en = new StringBuilder("one municipal interest subsidy per loan (precedence " + precedence + "): ");
    List<StackingLoanDecision> decided = stacking.map(StackingResult::loans).orElse(List.of());
    for (int i = 0; i < decided.size(); i++) {
      StackingLoanDecision loan = decided.get(i);
      zh.append(i == 0 ? "" : "；").append("贷款 ").append(loan.loanId()).append(" ").append(loan.explanation().zh());
      en.append(i == 0 ? "" : "; ").append("loan ").append(loan.loanId()).append(": ")
          .append(loan.explanation().en());
    }
    if (!elsewhere.isEmpty()) {
      String ids = String.join(", ", elsewhere);
      zh.append(decided.isEmpty() ? "" : "；").append("贷款 ").append(String.join("、", elsewhere))
          .append(" 已享受其他市级财政贴息（subsidisedUnderAnotherMunicipalScheme）：两项贴息均不适用，")
          .append("科技型中小企业贴息贴保不计其利息");
      en.append(decided.isEmpty() ? "" : "; ").append("loan(s) ").append(ids)
          .append(" already receive another municipal interest subsidy (subsidisedUnderAnotherMunicipalScheme): "
              + "neither subsidy applies, so the tech-SME subsidy leaves their interest out");
    }
    if (!flagOpen.isEmpty()) {
      String ids = String.join(", ", flagOpen);
      zh.append(decided.isEmpty() && elsewhere.isEmpty() ? "" : "；").append("未提供贷款 ")
          .append(String.join("、", flagOpen))
          .append(" 是否已享受其他市级财政贴息（subsidisedUnderAnotherMunicipalScheme）：如已享受，两项贴息均不适用，")
          .append("科技型中小企业贴息贴保的下限不计其利息");
      en.append(decided.isEmpty() && elsewhere.isEmpty() ? "" : "; ").append("whether loan(s) ").append(ids)
          .append(" already receive another municipal interest subsidy (subsidisedUnderAnotherMunicipalScheme) is "
              + "not given: if so, neither subsidy applies, so the tech-SME subsidy's least leaves their interest out");
    }
    if (!unheld.isEmpty()) {
      String payments = String.join(", ", unheld);
      boolean first = decided.isEmpty() && elsewhere.isEmpty() && flagOpen.isEmpty();
      zh.append(first ? "" : "；").append("利息支付 ").append(String.join("、", unheld))
          .append(" 所属贷款不在档案的贷款中（/loans）：如为首贷，首贷贴息可能适用，科技型中小企业贴息贴保的下限不计其利息");
      en.append(first ? "" : "; ").append("the loans of interest payment(s) ")
          .append(payments)
          .append(" are not among the profile's loans (/loans): were one a first loan, the first-loan subsidy may "
              + "take it, so the tech-SME subsidy's least leaves its interest out");
    }
    if (!openToFirst.isEmpty()) {
      String loans = String.join(", ", openToFirst);
      zh.append("；未提供科技型中小企业贴息贴保已获资助额（").append(StackingSides.RECEIVED).append("）：其总额度如已用尽，贷款 ")
          .append(String.join("、", openToFirst)).append(" 适用首贷贴息");
      en.append("; what the tech-SME programme already paid is not given (").append(StackingSides.RECEIVED)
          .append("): if its cap is spent, the first-loan subsidy applies on loan(s) ").append(loans);
    }
    completions.ifPresent(text -> {
      zh.append("；").append(text.zh());
      en.append("; ").append(text.en());
    });
    return new Reason(CODE, LocalizedText.of(zh.toString(), en.toString()),
        StackingCalculator.oneSubsidyRule(firstMeasure));
  }
}
