package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words {@link RenovationLoanStackingRule} writes on the outcomes one {@link RenovationLoanPass} compares (one
 * municipal interest subsidy per loan, 2022 首贷 implementing rules, decisions register §1.7): what each loan compared
 * went to, said as the pass goes and gathered in the note coded {@value RenovationLoanStackingRule#CODE}; the note
 * coded {@value RenovationLoanStackingRule#NOT_CHECKED} naming the renovation payments that name no loan, or a loan
 * the profile does not hold, so that the check could not be made; and the one reason of an outcome the rule turned
 * from eligible to undetermined, the loans whose choice is open and the facts it waits on, in place of its
 * evaluator's reasons (decisions register §4.6 items 42 and 43), or the first-loan and tech-SME rule's one reason
 * restated with every fact the outcome now waits on. Each cites the rule's reading, decisions register §4.6 item 43.
 * <p>
 * One per pass: it keeps what the pass said, in order, and reads the loans the pass left open so far.
 */
final class RenovationLoanNotes {

  /** The rule's code, also the code of the note on the outcomes it compared. */
  private static final String CODE = RenovationLoanStackingRule.CODE;
  private static final String NOT_CHECKED = RenovationLoanStackingRule.NOT_CHECKED;
  private static final Citation LARGER_KEEPS = RenovationLoanStackingRule.LARGER_KEEPS;

  private final boolean explain;
  /** The loans the pass left open so far: both sides keep them (the pass's own set, read as it grows). */
  private final Set<String> open;
  private final List<String> zh = new ArrayList<>();
  private final List<String> en = new ArrayList<>();

  RenovationLoanNotes(boolean explain, Set<String> open) {
    this.explain = explain;
    this.open = open;
  }

  /** Forgets what the pass said: the split that pays the firm most replaced it (decisions register §4.6 item 147). */
  void restart() {
    zh.clear();
    en.clear();
  }

  void say(String chinese, String english) {
    zh.add(chinese);
    en.add(english);
  }

  /**
   * The lowered outcome with, when explaining and the rule turned it from eligible to undetermined (now or on a loan
   * left open before), its one reason: the loans whose choice is open and the facts it waits on, in place of its
   * evaluator's reasons, the conditions met (an undetermined outcome lists what is not yet known: decisions register
   * §4.6 items 42 and 43).
   */
  MeasureOutcome opened(MeasureOutcome now, MeasureOutcome lowered) {
    boolean openedBefore = now.verdict() == Verdict.UNDETERMINED && now.reasons().size() == 1
        && now.reasons().get(0).code().equals(CODE);
    if (explain && lowered.verdict() == Verdict.UNDETERMINED && now.verdict() == Verdict.UNDETERMINED
        && !lowered.missingFacts().equals(now.missingFacts())) {
      // opened before by the first-loan and tech-SME rule: its one reason lists every fact the outcome now waits on
      Optional<Reason> restated = StackingOutcomeNotes.withFacts(now.reasons(), lowered.missingFacts());
      if (restated.isPresent()) {
        return lowered.toBuilder().reasons(List.of(restated.get())).build();
      }
    }
    if (!explain || lowered.verdict() != Verdict.UNDETERMINED
        || now.verdict() != Verdict.ELIGIBLE && !openedBefore) {
      return lowered;
    }
    String loans = String.join(", ", open);
    String facts = String.join(", ", lowered.missingFacts());
    LocalizedText text = LocalizedText.of("同一笔贷款只能享受一次市级贴息：贷款 " + String.join("、", open)
        + " 适用技术改造贷款贴息还是首贷或科技型中小企业贴息尚未确定，本项可能无资助，取决于未提供的信息："
        + String.join("、", lowered.missingFacts()),
        "one municipal interest subsidy per loan: whether " + (open.size() == 1 ? "loan " : "loans ") + loans
        + (open.size() == 1 ? " takes" : " take") + " the renovation interest subsidy or the first-loan or tech-SME "
        + "subsidy is still open, and this one may then pay nothing; it waits on facts not given: " + facts);
    return lowered.toBuilder().reasons(List.of(new Reason(CODE, text, LARGER_KEEPS))).build();
  }

  Reason note() {
    return new Reason(CODE, LocalizedText.of(
        "同一笔贷款只能享受一次市级贴息，技术改造贷款贴息与首贷、科技型中小企业贴息按贷款比较（取较大者）："
        + String.join("；", zh),
        "one municipal interest subsidy per loan, the renovation interest subsidy against the first-loan and "
        + "tech-SME subsidies loan by loan (the larger keeps it): " + String.join("; ", en)), LARGER_KEEPS);
  }

  static Reason notChecked(List<String> unnamed, List<String> unheld) {
    StringBuilder zh = new StringBuilder("同一笔贷款只能享受一次市级贴息，但无法核对：");
    StringBuilder en = new StringBuilder("one municipal interest subsidy per loan could not be checked: ");
    if (!unnamed.isEmpty()) {
      zh.append("利息支付 ").append(String.join("、", unnamed)).append(" 未注明贷款（loanId）");
      en.append("interest payment(s) ").append(String.join(", ", unnamed)).append(" name no loan (loanId)");
    }
    if (!unheld.isEmpty()) {
      zh.append(unnamed.isEmpty() ? "" : "；").append("利息支付 ").append(String.join("、", unheld))
          .append(" 所注贷款不在档案的贷款中（/loans）");
      en.append(unnamed.isEmpty() ? "" : "; ").append("interest payment(s) ").append(String.join(", ", unheld))
          .append(" name a loan not among the profile's loans (/loans)");
    }
    return new Reason(NOT_CHECKED, LocalizedText.of(zh.toString(), en.toString()), LARGER_KEEPS);
  }
}
