package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The joint least and most of the first-loan and tech-SME subsidies on the loans whose choice between them is open
 * (decisions register §4.6 items 49 and 50), for {@link StackingInterestSubsidyRule}: which loans are contested,
 * whether a cap can bind (then no joint limit), what the pair surely gets on the open loans, and the
 * {@link JointLimit} with its reason.
 * <p>
 * Amounts are in yuan, at the fen as the outcomes give them; nothing is rounded here. This class holds no state.
 */
final class StackingJointLimits {

  private StackingJointLimits() {
  }

  /** The loans whose choice is open with both subsidies able to pay on them, in the stacking's order. */
  static List<StackingLoanDecision> contestedLoans(StackingResult stacked) {
    List<StackingLoanDecision> contested = new ArrayList<>();
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.ground() == StackingGround.UNDETERMINED
          && StackingSides.mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())
          && StackingSides.mayPay(loan.techSmeVerdict(), loan.techSmeCandidate())) {
        contested.add(loan);
      }
    }
    return contested;
  }

  /**
   * Whether no cap can bind either subsidy, whichever way the open facts fall: every loan's first-loan amount (before
   * the cap, each as if it qualified) adds up to at most the 200,000 per enterprise (第5条 "单户企业贴息金额最高20万元");
   * and every loan's tech-SME interest amount (as if it qualified), the fees and premiums subsidised and what the
   * absent fee or premium lists can add (register §4.1 item 8b) add up to at most the less of the yearly cap and what
   * the programme cap leaves after what the programme already paid (as the stacking reads it: nothing, when not
   * given; a larger amount only lowers what the tech-SME subsidy can pay). Each loan is then paid its own amount
   * whatever the others get: the stacking compares each loan's two amounts as they are (what the caps leave is never
   * less), and each subsidy's total is the sum over its loans, so the choices on the open loans are independent of
   * each other and of the loans decided (decisions register §4.6 item 50).
   */
  static boolean noCapBinds(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure, StackingResult stacked,
      TechSmeRequest items, EnterpriseProfile profile) {
    BigDecimal firstSum = BigDecimal.ZERO;
    BigDecimal techSum = BigDecimal.ZERO;
    for (StackingLoanDecision loan : stacked.loans()) {
      firstSum = firstSum.add(Cny.yuan(loan.firstLoanCandidate(), "candidate"));
      techSum = techSum.add(Cny.yuan(loan.techSmeCandidate(), "candidate"));
    }
    if (firstSum.compareTo(Cny.yuan(firstMeasure.capPerEnterprise().value(), "capPerEnterprise")) > 0) {
      return false;
    }
    if (!items.guaranteeFees().isEmpty() || !items.insurancePremiums().isEmpty()) {
      techSum = techSum.add(Cny.yuan(TechSmeCalculator.DEFAULT.explainSubsidy(techMeasure, TechSmeRequest.builder()
          .from(items).interest(List.of()).build(), ReceiptChoice.OMIT).amount().maximum(), "maximum"));
    }
    techSum = techSum.add(TechSmeEvaluator.absentListsMost(techMeasure, profile));
    BigDecimal annual = Cny.yuan(techMeasure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    BigDecimal left = Cny.yuan(techMeasure.capPerEnterpriseOverProgramme().value(), "capPerEnterpriseOverProgramme")
        .subtract(Cny.yuan(items.programmeTotalReceived(), "programmeTotalReceived"));
    return techSum.compareTo(annual.min(left)) <= 0;
  }

  /**
   * What the pair surely gets on the loans whose choice is open, whichever way their open facts fall (decisions
   * register §4.6 item 50), when no cap can bind ({@link #noCapBinds}) and what the tech-SME programme already paid is
   * given (else its cap may be spent, and it then pays nothing). On a loan where one subsidy qualifies for sure (its
   * verdict there eligible) and the other only may, the sure one takes the loan or, the other qualifying, the larger
   * does, paying on it at least what the sure one would. So the pair gets, beyond both outcomes' least without the
   * open loans, at least what each sure subsidy's least total gains with the loans it is sure of (its calculator over
   * the loans the stacking gave it and those, less its stacked total). A loan on which both only may qualify adds
   * nothing (a fact may bar both). Nor does a loan whose claim is recorded
   * ({@link LoanFacts#interestSubsidyClaimedFirst()}) under {@link StackingPrecedence#FIRST_CLAIMED}: a claim of the
   * sure subsidy would have decided the loan, so the claim is the other's, which then takes the loan if it qualifies,
   * even paying less than the sure one (decisions register §4.6 item 72); too wide, never too narrow.
   *
   * @return the amount, in yuan, at least zero
   */
  static BigDecimal surelyPaid(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      StackingResult stacked, List<StackingLoanDecision> contested, TechSmeRequest items, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, StackingPrecedence precedence) {
    Set<String> firstLoans = new HashSet<>();
    Set<String> techLoans = new HashSet<>();
    Set<String> claimed = new HashSet<>();
    if (precedence == StackingPrecedence.FIRST_CLAIMED) {
      loans.stream().filter(loan -> loan.interestSubsidyClaimedFirst().isPresent())
          .forEach(loan -> claimed.add(loan.loanId()));
    }
    boolean anyFirstSure = false;
    boolean anyTechSure = false;
    for (StackingLoanDecision loan : contested) {
      if (claimed.contains(loan.loanId())) {
        // the subsidy claimed first only may qualify: if it does, it takes the loan even when it pays less
        continue;
      }
      boolean firstSure = loan.firstLoanVerdict() == Verdict.ELIGIBLE;
      boolean techSure = loan.techSmeVerdict() == Verdict.ELIGIBLE;
      if (firstSure && !techSure) {
        firstLoans.add(loan.loanId());
        anyFirstSure = true;
      } else if (techSure && !firstSure) {
        techLoans.add(loan.loanId());
        anyTechSure = true;
      }
    }
    for (StackingLoanDecision decided : stacked.loans()) {
      if (decided.applies().equals(Optional.of(StackingScheme.FIRST_LOAN))) {
        firstLoans.add(decided.loanId());
      } else if (decided.applies().equals(Optional.of(StackingScheme.TECH_SME))) {
        techLoans.add(decided.loanId());
      }
    }
    BigDecimal gained = BigDecimal.ZERO;
    if (anyFirstSure) {
      List<LoanFacts> withSure = new ArrayList<>();
      loans.stream().filter(held -> firstLoans.contains(held.loanId())).forEach(withSure::add);
      BigDecimal with = Cny.yuan(FirstLoanCalculator.DEFAULT.explainSubsidy(firstMeasure, FirstLoanRequest.builder()
          .enterprise(items.enterprise()).loans(withSure).build(), ReceiptChoice.OMIT).amount().minimum(), "minimum");
      gained = gained.add(with.subtract(Cny.yuan(stacked.firstLoanTotal(), "firstLoanTotal")).max(BigDecimal.ZERO));
    }
    if (anyTechSure) {
      List<TechSmeInterestItem> withSure = new ArrayList<>();
      heldInterest.stream().filter(item -> techLoans.contains(item.loanId())).forEach(withSure::add);
      BigDecimal with = Cny.yuan(TechSmeCalculator.DEFAULT.explainSubsidy(techMeasure, TechSmeRequest.builder()
          .enterprise(items.enterprise()).interest(withSure).guaranteeFees(items.guaranteeFees())
          .insurancePremiums(items.insurancePremiums()).programmeTotalReceived(items.programmeTotalReceived())
          .build(), ReceiptChoice.OMIT).amount().minimum(), "minimum");
      gained = gained.add(with.subtract(Cny.yuan(stacked.techSmeTotal(), "techSmeTotal")).max(BigDecimal.ZERO));
    }
    return gained;
  }

  /**
   * The pair's joint least and most when loans' choices are open (decisions register §4.6 items 49 and 50).
   * <p>
   * One open loan: the most is the loan to the first-loan subsidy (the first-loan outcome's most, which counts it, plus
   * the tech-SME most without its candidate on the loan) or to the tech-SME subsidy (the reverse), each side within
   * its outcome's own most, the larger of the two. Several open loans, no cap binding (the caller's condition): each
   * outcome's most without every open loan's candidate, plus each open loan's larger candidate. The least is the two
   * outcomes' least, which count the open loans for neither, plus what the pair surely gets on them, within the most.
   * Empty when an outcome is out of the total or unbounded, or the joint most is no narrower than the sum of the
   * maxima.
   */
  static Optional<JointLimit> of(FirstLoanMeasure firstMeasure, List<StackingLoanDecision> open,
      UnaryOperator<BigDecimal> firstTopWithout, MeasureOutcome newFirst, UnaryOperator<BigDecimal> techTopWithout,
      MeasureOutcome newTech, BigDecimal surelyPaid) {
    if (!newFirst.countedInTotal() || !newTech.countedInTotal() || newFirst.amount().maximum().isEmpty()
        || newTech.amount().maximum().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal firstWith = Cny.yuan(newFirst.amount().maximum().get(), "maximum");
    BigDecimal techWith = Cny.yuan(newTech.amount().maximum().get(), "maximum");
    BigDecimal firstCandidates = BigDecimal.ZERO;
    BigDecimal techCandidates = BigDecimal.ZERO;
    BigDecimal larger = BigDecimal.ZERO;
    List<String> ids = new ArrayList<>();
    List<String> largerEach = new ArrayList<>();
    for (StackingLoanDecision loan : open) {
      BigDecimal firstOn = Cny.yuan(loan.firstLoanCandidate(), "candidate");
      BigDecimal techOn = Cny.yuan(loan.techSmeCandidate(), "candidate");
      firstCandidates = firstCandidates.add(firstOn);
      techCandidates = techCandidates.add(techOn);
      larger = larger.add(firstOn.max(techOn));
      ids.add(loan.loanId());
      largerEach.add(firstOn.max(techOn).toPlainString());
    }
    BigDecimal firstWithout = firstTopWithout.apply(firstCandidates);
    BigDecimal techWithout = techTopWithout.apply(techCandidates);
    if (firstWithout == null || techWithout == null) {
      return Optional.empty();
    }
    BigDecimal toFirst = firstWith.add(techWithout);
    BigDecimal toTech = firstWithout.add(techWith);
    BigDecimal joint = open.size() == 1 ? toFirst.max(toTech) : firstWithout.add(techWithout).add(larger);
    BigDecimal leastTogether = Cny.yuan(newFirst.amount().minimum(), "minimum")
        .add(Cny.yuan(newTech.amount().minimum(), "minimum"));
    if (joint.compareTo(firstWith.add(techWith)) >= 0 || joint.compareTo(leastTogether) < 0) {
      return Optional.empty();
    }
    BigDecimal jointLeast = leastTogether.add(surelyPaid).min(joint);
    LocalizedText text = open.size() == 1
        ? oneLoanText(open.get(0).loanId(), joint, firstWith, techWithout, toFirst, firstWithout, techWith, toTech)
        : LocalizedText.of("同一笔贷款只能享受一次市级贴息：贷款 " + String.join("、", ids) + " 适用哪项贴息尚未确定；两项贴息"
            + "均未达封顶额度，各笔贷款的归属互不影响，两项合计至多 " + joint.toPlainString() + "（不计这些贷款：首贷贴息 "
            + firstWithout.toPlainString() + " + 科技型中小企业贴息 " + techWithout.toPlainString() + "，加上各笔贷款"
            + "两项中的较大者：" + String.join(" + ", largerEach) + "）",
            "one municipal interest subsidy per loan: which subsidy loans " + String.join(", ", ids) + " take is "
            + "open; neither subsidy's cap binds, so each loan's choice leaves the others' amounts alone, and the two"
            + " pay at most " + joint.toPlainString() + " together (without these loans: the first-loan subsidy "
            + firstWithout.toPlainString() + " + the tech-SME subsidy " + techWithout.toPlainString()
            + ", plus each loan's larger subsidy: " + String.join(" + ", largerEach) + ")");
    if (jointLeast.compareTo(leastTogether) > 0) {
      String sum = leastTogether.toPlainString() + " + " + surelyPaid.toPlainString();
      if (open.size() == 1) {
        String sure = open.get(0).firstLoanVerdict() == Verdict.ELIGIBLE ? "首贷贴息" : "科技型中小企业贴息";
        String sureEn = open.get(0).firstLoanVerdict() == Verdict.ELIGIBLE ? "the first-loan" : "the tech-SME";
        text = LocalizedText.of(text.zh() + "；该贷款确定符合" + sure + "，无论归属哪项，两项合计至少 "
            + jointLeast.toPlainString() + "（" + sum + "）", text.en() + "; the loan surely qualifies for " + sureEn
            + " subsidy, so whichever takes it the two pay at least " + jointLeast.toPlainString() + " together ("
            + sum + ")");
      } else {
        text = LocalizedText.of(text.zh() + "；确定符合其中一项的贷款无论归属哪项，两项合计至少 "
            + jointLeast.toPlainString() + "（" + sum + "）", text.en() + "; a loan that surely qualifies for one "
            + "subsidy is paid at least that one's amount whichever takes it, so the two pay at least "
            + jointLeast.toPlainString() + " together (" + sum + ")");
      }
    }
    return Optional.of(new JointLimit(List.of(newFirst.measure(), newTech.measure()), ids,
        Cny.of(jointLeast), Cny.of(joint),
        new Reason(StackingInterestSubsidyRule.JOINT_CODE, text, StackingCalculator.oneSubsidyRule(firstMeasure))));
  }

  /**
   * The pair's joint least and most while the interest the firm paid is not given ({@code interestPayments} absent,
   * decisions register §4.6 item 74): the stacking does not run, the first-loan outcome keeps each of its loans (or,
   * under {@code FIRST_CLAIMED}, leaves out of its least a loan claimed for the tech-SME subsidy), and the tech-SME
   * outcome's most counts what the absent list can add on every known loan (§4.1 item 8b, §4.6 item 97), so the two
   * maxima added count a first loan twice, though it takes one subsidy ("同一笔贷款只能享受一次贴息政策", §1.7). Only
   * when no cap can bind either subsidy (items 49 and 50): every loan's first-loan amount alone adds up to at most the
   * 200,000 per enterprise (第5条 "单户企业贴息金额最高20万元"), and the tech-SME outcome's most is what the known fees
   * and premiums and the absent lists add, before the caps, below the less of the yearly cap and what the programme
   * cap leaves (as the outcome reads what was received: nothing, when not given; more only lowers what it pays). Each
   * loan is then paid its own amount: the most is the two maxima less, on each loan both count, the less of its
   * first-loan amount and what the absent list surely adds on it ({@link TechSmeEvaluator#absentInterestOnLoan}), so
   * the loan counts once, at the larger; the least is the two minima (the first-loan outcome's least counts a loan the
   * tech-SME subsidy then takes only as the larger, or leaves it out for a claim). Empty when an outcome is out of
   * the total or unbounded, its most is not so made up, the renovation interest subsidy has interest that may be on
   * a loan of the pair (items 54 and 68), or no loan is counted twice.
   *
   * @param firstMeasure  the first-loan measure
   * @param techMeasure  the tech-SME measure
   * @param first  the first-loan outcome after the rule
   * @param tech  the tech-SME outcome
   * @param profile  the enterprise, its interest payments absent
   * @param context  the evaluation's context, for the tech-SME request the run shares
   * @return the limit, or empty
   */
  static Optional<JointLimit> ofInterestNotGiven(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      MeasureOutcome first, MeasureOutcome tech, EnterpriseProfile profile, EvaluationContext context) {
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    if (!first.countedInTotal() || !tech.countedInTotal() || first.amount().maximum().isEmpty()
        || tech.amount().maximum().isEmpty() || loans.isEmpty() || profile.interestPayments().isPresent()
        || profile.renovationProjects().orElse(List.of()).stream()
            .anyMatch(project -> !project.interestPayments().isEmpty())) {
      return Optional.empty();
    }
    BigDecimal firstMost = Cny.yuan(first.amount().maximum().get(), "maximum");
    BigDecimal techMost = Cny.yuan(tech.amount().maximum().get(), "maximum");
    // the first-loan outcome's most is the calculator's over every loan, each loan's amount its own (no cap cut)
    // (FirstLoanEvaluator's request: the profile's enterprise facts)
    EnterpriseFacts enterprise = profile.enterpriseFacts();
    if (firstMostOver(firstMeasure, enterprise, loans).compareTo(firstMost) != 0) {
      return Optional.empty();
    }
    BigDecimal firstSum = BigDecimal.ZERO;
    BigDecimal counted = BigDecimal.ZERO;
    List<String> ids = new ArrayList<>();
    List<String> each = new ArrayList<>();
    for (LoanFacts loan : loans) {
      BigDecimal firstOn = firstMostOver(firstMeasure, enterprise, List.of(loan));
      firstSum = firstSum.add(firstOn);
      BigDecimal techOn = firstOn.signum() > 0
          ? TechSmeEvaluator.absentInterestOnLoan(techMeasure, profile, loan.loanId()) : BigDecimal.ZERO;
      if (techOn.signum() > 0) {
        counted = counted.add(firstOn.min(techOn));
        ids.add(loan.loanId());
        each.add(loan.loanId() + " " + firstOn.toPlainString() + " / " + techOn.toPlainString());
      }
    }
    if (ids.isEmpty() || firstSum.compareTo(Cny.yuan(firstMeasure.capPerEnterprise().value(), "capPerEnterprise"))
        > 0 || firstSum.compareTo(firstMost) != 0) {
      return Optional.empty();
    }
    // the tech-SME outcome's most: the known fees and premiums and the absent lists, no cap reached (with no payment
    // known, the request cannot be built, and the absent lists are all)
    BigDecimal known = profile.guaranteeFeePayments().orElse(List.of()).isEmpty()
        && profile.insurancePremiumPayments().orElse(List.of()).isEmpty() ? BigDecimal.ZERO
        : Cny.yuan(TechSmeCalculator.DEFAULT.explainSubsidy(techMeasure, TechSmeEvaluator.sharedRequest(profile,
            context), ReceiptChoice.OMIT).amount().maximum(), "maximum");
    BigDecimal annual = Cny.yuan(techMeasure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    BigDecimal left = Cny.yuan(techMeasure.capPerEnterpriseOverProgramme().value(), "capPerEnterpriseOverProgramme")
        .subtract(Cny.yuan(profile.techSmeSubsidyReceived().orElse(Cny.ZERO), "techSmeSubsidyReceived"));
    if (known.add(TechSmeEvaluator.absentListsMost(techMeasure, profile)).compareTo(techMost) != 0
        || techMost.compareTo(annual.min(left)) >= 0) {
      return Optional.empty();
    }
    BigDecimal joint = firstMost.add(techMost).subtract(counted);
    BigDecimal leastTogether = Cny.yuan(first.amount().minimum(), "minimum")
        .add(Cny.yuan(tech.amount().minimum(), "minimum"));
    if (joint.compareTo(leastTogether) < 0) {
      return Optional.empty();
    }
    String sum = firstMost.toPlainString() + " + " + techMost.toPlainString() + " - " + counted.toPlainString();
    LocalizedText text = LocalizedText.of("同一笔贷款只能享受一次市级贴息：利息支付未提供（/interestPayments），贷款 "
        + String.join("、", ids) + " 的首贷贴息与科技型中小企业贴息（按已知贷款计的上限）两项均计入各自的最高额，但每笔"
        + "贷款只取其一；两项均未达封顶额度，两项合计至多 " + joint.toPlainString() + "（" + sum + "，各笔贷款扣除两项中的"
        + "较小者：" + String.join("；", each) + "）", "one municipal interest subsidy per loan: the interest paid is "
        + "not given (/interestPayments), so both the first-loan subsidy and the tech-SME subsidy (as far as the known "
        + "loans let it) count loan(s) " + String.join(", ", ids) + " in their most, though each loan takes one; "
        + "neither cap binds, so the two pay at most " + joint.toPlainString() + " together (" + sum + ", each loan's "
        + "lesser subsidy counted once less: " + String.join("; ", each) + ")");
    return Optional.of(new JointLimit(List.of(first.measure(), tech.measure()), ids, Cny.of(leastTogether),
        Cny.of(joint), new Reason(StackingInterestSubsidyRule.JOINT_CODE, text,
            StackingCalculator.oneSubsidyRule(firstMeasure))));
  }

  /** The first-loan calculator's most over the loans, in yuan. */
  private static BigDecimal firstMostOver(FirstLoanMeasure firstMeasure, EnterpriseFacts enterprise,
      List<LoanFacts> loans) {
    return Cny.yuan(FirstLoanCalculator.DEFAULT.explainSubsidy(firstMeasure, FirstLoanRequest.builder()
        .enterprise(enterprise).loans(loans).build(), ReceiptChoice.OMIT).amount().maximum(), "maximum");
  }

  /**
   * The pair's joint least and most when the firm's larger in all decides loans and the facts not given may send it
   * either way (decisions register §4.6 item 100): the least and most over every completion of those facts, each
   * completion's figure the sum of the way the firm then takes, worked out by the stacking ({@link
   * StackingCompletions#inAllOver}). The firm gets one way's sum, so the pair is counted from the least of the
   * completions' sums to the most. Empty when that range does not lie within the members' own (at least the sum of
   * their minima, at most the sum of their maxima, at least each one's maximum: a member wider than every completion
   * would make the engine drop the group), or is no narrower than the sum of their ranges.
   *
   * @param firstMeasure  the first-loan measure, for the rule's citation
   * @param loanIds  the loans the ways differ on or leave open, at least one
   * @param newFirst  the first-loan outcome after the rule
   * @param newTech  the tech-SME outcome after the rule
   * @param inAll  the pair's least and most over the completions
   * @param facts  the facts completed, as profile pointers
   * @return the limit, or empty
   */
  static Optional<JointLimit> ofWays(FirstLoanMeasure firstMeasure, List<String> loanIds, MeasureOutcome newFirst,
      MeasureOutcome newTech, StackingCompletions.InAll inAll, List<String> facts) {
    if (!newFirst.countedInTotal() || !newTech.countedInTotal() || newFirst.amount().maximum().isEmpty()
        || newTech.amount().maximum().isEmpty() || loanIds.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal firstMost = Cny.yuan(newFirst.amount().maximum().get(), "maximum");
    BigDecimal techMost = Cny.yuan(newTech.amount().maximum().get(), "maximum");
    BigDecimal leastTogether = Cny.yuan(newFirst.amount().minimum(), "minimum")
        .add(Cny.yuan(newTech.amount().minimum(), "minimum"));
    BigDecimal mostTogether = firstMost.add(techMost);
    BigDecimal least = inAll.least();
    BigDecimal most = inAll.most();
    if (least.compareTo(leastTogether) < 0 || least.compareTo(most) > 0 || most.compareTo(mostTogether) > 0
        || most.compareTo(firstMost.max(techMost)) < 0
        || least.compareTo(leastTogether) == 0 && most.compareTo(mostTogether) == 0) {
      return Optional.empty();
    }
    int runs = 1 << inAll.facts().size();
    String ids = String.join(", ", loanIds);
    LocalizedText text = LocalizedText.of("同一笔贷款只能享受一次市级贴息：贷款 " + String.join("、", loanIds)
        + " 归首贷贴息还是留给科技型中小企业贴息（企业合计取较大者），取决于未提供的信息 " + String.join("、", facts)
        + "；按其全部 " + runs + " 种取值逐一计算企业所取的安排，两项合计 " + least.toPlainString() + " – "
        + most.toPlainString(), "one municipal interest subsidy per loan: whether loan(s) " + ids + " go to the "
        + "first-loan subsidy or are left to the tech-SME subsidy (the way that gives the firm more in all) waits on "
        + "facts not given (" + String.join(", ", facts) + "); over all " + runs + " completions of them, each the "
        + "way the firm then takes, the two pay " + least.toPlainString() + " – " + most.toPlainString()
        + " together");
    return Optional.of(new JointLimit(List.of(newFirst.measure(), newTech.measure()), loanIds, Cny.of(least),
        Cny.of(most), new Reason(StackingInterestSubsidyRule.JOINT_CODE, text,
            StackingCalculator.oneSubsidyRule(firstMeasure))));
  }

  /**
   * The limit with the facts that leave the pair's amount unchanged whichever way they fall (decisions register §4.6
   * item 85), its reason saying so; the limit itself when there are none.
   *
   * @param limit  the limit declared
   * @param facts  the facts deciding nothing, as profile pointers
   * @return the limit
   */
  static JointLimit withFactsDecidingNothing(JointLimit limit, List<String> facts) {
    if (facts.isEmpty()) {
      return limit;
    }
    LocalizedText text = limit.reason().message();
    Reason reason = new Reason(limit.reason().code(), LocalizedText.of(text.zh() + "；" + String.join("、", facts)
        + " 无论如何取值，两项合计不变（不决定金额）", text.en() + "; whichever way " + String.join(", ", facts)
        + " falls, the two pay the same together (it decides no money)"), limit.reason().citation());
    return new JointLimit(limit.measures(), limit.loanIds(), limit.minimum(), limit.maximum(), reason, facts);
  }

  /** The joint limit's reason for one open loan: the two ways it can go. */
  private static LocalizedText oneLoanText(String id, BigDecimal joint, BigDecimal firstWith, BigDecimal techWithout,
      BigDecimal toFirst, BigDecimal firstWithout, BigDecimal techWith, BigDecimal toTech) {
    return LocalizedText.of(
        "同一笔贷款只能享受一次市级贴息：贷款 " + id + " 适用哪项贴息尚未确定，两项合计至多 " + joint.toPlainString()
            + "（归首贷贴息：" + firstWith.toPlainString() + " + " + techWithout.toPlainString() + " = "
            + toFirst.toPlainString() + "；归科技型中小企业贴息：" + firstWithout.toPlainString() + " + "
            + techWith.toPlainString() + " = " + toTech.toPlainString() + "）",
        "one municipal interest subsidy per loan: which subsidy loan " + id + " takes is open, so the two pay at most "
            + joint.toPlainString() + " together (the loan to the first-loan subsidy: " + firstWith.toPlainString()
            + " + " + techWithout.toPlainString() + " = " + toFirst.toPlainString()
            + "; to the tech-SME subsidy: " + firstWithout.toPlainString() + " + " + techWith.toPlainString()
            + " = " + toTech.toPlainString() + ")");
  }
}
