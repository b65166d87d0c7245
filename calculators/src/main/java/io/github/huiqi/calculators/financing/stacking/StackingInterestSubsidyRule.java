package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The rule that a loan receives one municipal interest subsidy ("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政
 * 贴息", 2022 首贷 implementing rules, decisions register §1.7): between a first-loan subsidy ({@link FirstLoanMeasure})
 * and a tech-SME subsidy ({@link TechSmeMeasure}) of the same jurisdiction, such as Shenzhen's 深工信〔2023〕26号 第5条
 * and 第13条.
 * <p>
 * For each such pair of outcomes, both counted in the total in reach ({@link MeasureOutcome#countedInTotal()}: neither
 * ineligible, both windows open, neither a draft; a measure the firm cannot claim on the evaluation date takes no loan
 * from the other), on a profile whose loans and interest payments are known (and not empty), it runs
 * {@link StackingCalculator} on a {@link StackingRequest} built from the profile: the enterprise facts, the loans,
 * the tech-SME items of {@link TechSmeRequest#from(EnterpriseProfile)}, no recorded first claims (the profile holds
 * none, so under {@link StackingPrecedence#FIRST_CLAIMED} a loan qualifying for both takes the larger amount) and the
 * precedence of {@link EngineOptions#interestSubsidyPrecedence()}. It then replaces the two outcomes' amounts:
 * <ul>
 *   <li>the least is the stacked total of the measure over the loans it applies to
 *       ({@link StackingResult#firstLoanTotal()}, {@link StackingResult#techSmeTotal()});
 *   <li>the most adds, for each loan whose choice is open, what the measure would pay on it, never more than the
 *       outcome's own most;
 *   <li>the tech-SME outcome keeps its own widening for facts the stacking cannot see: from zero when
 *       {@code techSmeSubsidyReceived} is not known, and up by the yearly cap of an absent fee or premium list;
 *   <li>when {@code techSmeSubsidyReceived} is not known, the stacking reads it as nothing, but the programme cap may
 *       be spent: a loan the tech-SME subsidy took as the larger stays open, the first-loan outcome's most adds what
 *       it would pay on the loan, and both outcomes name {@code /techSmeSubsidyReceived}.
 * </ul>
 * The stacking's missing facts, as profile pointers, are added to the outcome they concern (both when a loan's choice
 * is open between the two subsidies), whose verdict is then undetermined; the binding limit is the stacked result's.
 * When anything changed, each outcome gets a note, in both forms, with code {@code one-interest-subsidy-per-loan}
 * citing the rule and saying what each loan got, and, when explaining, the stacking's cited steps; the note and
 * the steps name a fact a loan's choice awaits by its profile pointer too.
 * {@code countedInTotal} is kept. Otherwise the outcomes are returned unchanged, as they are when a measure is
 * ineligible or out of the total (such as the 2023 first-loan subsidy, closed on 2024-01-15), the loans or interest
 * payments are not known or empty, or an interest payment names a loan the profile does not hold (the stacking needs
 * each payment's loan).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StackingInterestSubsidyRule implements StackingRule {

  /** The rule. */
  public static final StackingInterestSubsidyRule DEFAULT = new StackingInterestSubsidyRule();

  /** The rule's code, also the code of the note it adds. */
  public static final String CODE = "one-interest-subsidy-per-loan";

  private static final ProfilePointers POINTERS = ProfilePointers.builder()
      .exact("/enterprise/enrolledTechSme", "/techSme")
      .prefix("/enterprise/", "/")
      .prefix("/loans/", "/loans/")
      .build();

  /** The profile's fact of what the tech-SME programme already paid. */
  private static final String RECEIVED = "/techSmeSubsidyReceived";

  private StackingInterestSubsidyRule() {
  }

  @Override
  public String code() {
    return CODE;
  }

  /**
   * Applies the rule to each first-loan and tech-SME pair of the same jurisdiction.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise
   * @param context  the evaluation date, data and options
   * @param catalog  the catalogue, to find the measures
   * @param explain  whether to add the stacking's explanation steps
   * @return the outcomes after the rule, the same size and order
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or a profile payment is invalid
   *     for the tech-SME calculator, naming its profile pointer
   */
  @Override
  public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
      EvaluationContext context, Catalog catalog, boolean explain) {
    List<MeasureOutcome> given = Args.listCopy(outcomes, "outcomes");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    Args.notNull(catalog, "catalog");
    // one pass: the positions of the first-loan and tech-SME outcomes, in catalogue order
    int size = given.size();
    Measure[] measures = catalog.measuresOf(given);
    boolean anyFirstLoan = false;
    boolean anyTechSme = false;
    for (Measure measure : measures) {
      anyFirstLoan |= measure instanceof FirstLoanMeasure;
      anyTechSme |= measure instanceof TechSmeMeasure;
    }
    if (!anyFirstLoan || !anyTechSme) {
      return given;
    }
    // copied only when a pair's outcomes change: most profiles leave them as they are
    List<MeasureOutcome> result = given;
    boolean[] paired = new boolean[size];
    for (int i = 0; i < size; i++) {
      if (!(measures[i] instanceof FirstLoanMeasure first)) {
        continue;
      }
      Jurisdiction where = catalog.data().documentOf(first).jurisdiction();
      for (int j = 0; j < size; j++) {
        if (measures[j] instanceof TechSmeMeasure tech && !paired[j]
            && catalog.data().documentOf(tech).jurisdiction().equals(where)) {
          paired[j] = true;
          Optional<List<MeasureOutcome>> stacked = stack(first, result.get(i), tech, result.get(j), profile,
              context, explain);
          if (stacked.isPresent()) {
            result = result == given ? new ArrayList<>(given) : result;
            result.set(i, stacked.get().get(0));
            result.set(j, stacked.get().get(1));
          }
          break;
        }
      }
    }
    return result == given ? given : List.copyOf(result);
  }

  //-------------------------------------------------------------------------
  /**
   * Whether some loan could get both subsidies: it has tech-SME interest, and it is not known to be outside the
   * first-loan subsidy (drawn in its window, not known not to be the first drawdown of the first contract, not known
   * to be subsidised elsewhere). When none could, each measure's own outcome already is the stacked one, and the
   * rule changes nothing; the check spares the stacking calculation.
   */
  private static boolean anyLoanCouldTakeBoth(FirstLoanMeasure measure, List<LoanFacts> loans,
      List<InterestPayment> interest) {
    Set<String> withInterest = new HashSet<>();
    interest.forEach(payment -> withInterest.add(payment.loanId()));
    for (LoanFacts loan : loans) {
      if (withInterest.contains(loan.loanId()) && measure.firstLoanWindow().value().contains(loan.drawdownDate())
          && !loan.firstDrawdownOfFirstContract().equals(Optional.of(false))
          && !loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true))) {
        return true;
      }
    }
    return false;
  }

  /** The two outcomes after stacking, or empty when the rule leaves them unchanged. */
  private static Optional<List<MeasureOutcome>> stack(FirstLoanMeasure firstMeasure, MeasureOutcome first,
      TechSmeMeasure techMeasure, MeasureOutcome tech, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    if (!first.countedInTotal() || !tech.countedInTotal()) {
      return Optional.empty();
    }
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    List<InterestPayment> interest = profile.interestPayments().orElse(List.of());
    Set<String> loanIds = new HashSet<>();
    loans.forEach(loan -> loanIds.add(loan.loanId()));
    if (loans.isEmpty() || interest.isEmpty()
        || !interest.stream().allMatch(payment -> loanIds.contains(payment.loanId()))
        || !anyLoanCouldTakeBoth(firstMeasure, loans, interest)) {
      return Optional.empty();
    }
    TechSmeRequest items = TechSmeEvaluator.sharedRequest(profile, context);
    StackingPrecedence precedence = context.options().interestSubsidyPrecedence();
    Optional<StackingOptions> options = precedence == EngineOptions.DEFAULTS.interestSubsidyPrecedence()
        ? Optional.empty() : Optional.of(StackingOptions.DEFAULTS.withPrecedence(precedence));
    StackingResult stacked = StackingCalculator.DEFAULT.evaluate(firstMeasure, techMeasure,
        StackingRequest.builder().enterprise(items.enterprise()).loans(loans).interest(items.interest())
            .guaranteeFees(items.guaranteeFees()).insurancePremiums(items.insurancePremiums())
            .programmeTotalReceived(items.programmeTotalReceived()).options(options).build(), explain,
        POINTERS::toProfile);

    Side firstSide = new Side(first);
    Side techSide = new Side(tech);
    firstSide.least = Cny.yuan(stacked.firstLoanTotal(), "firstLoanTotal");
    firstSide.most = stacked.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO);
    firstSide.binding = stacked.firstLoan().flatMap(FirstLoanResult::bindingLimit);
    techSide.least = Cny.yuan(stacked.techSmeTotal(), "techSmeTotal");
    techSide.most = stacked.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO);
    techSide.binding = stacked.techSme().map(TechSmeResult::bindingLimits)
        .flatMap(limits -> limits.isEmpty() ? Optional.empty() : Optional.of(limits.get(limits.size() - 1)));
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.ground() == StackingGround.UNDETERMINED) {
        boolean firstMay = mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate());
        boolean techMay = mayPay(loan.techSmeVerdict(), loan.techSmeCandidate());
        List<String> facts = POINTERS.toProfile(loan.missingFacts());
        if (firstMay) {
          firstSide.open(loan.firstLoanCandidate(), facts, techMay);
        }
        if (techMay) {
          techSide.open(loan.techSmeCandidate(), facts, firstMay);
        }
      }
    }
    List<String> openToFirst = new ArrayList<>();
    if (profile.techSmeSubsidyReceived().isEmpty()) {
      // what the programme already paid is not known, and the stacking read it as nothing (the tech-SME subsidy's
      // most, decisions register §4.1 item 8): its programme cap may be spent, and a spent cap pays nothing
      // (decisions register §4.1 item 10), so a loan the tech-SME subsidy took by being the larger may yet be the
      // first-loan subsidy's
      for (StackingLoanDecision loan : stacked.loans()) {
        if (loan.applies().equals(Optional.of(StackingScheme.TECH_SME))
            && (loan.ground() == StackingGround.NO_CLAIM_LARGER || loan.ground() == StackingGround.LARGER)
            && mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())) {
          firstSide.open(loan.firstLoanCandidate(), List.of(RECEIVED), true);
          techSide.contest(RECEIVED);
          openToFirst.add(loan.loanId());
        }
      }
    }
    techSide.widenLikeItsEvaluator(techMeasure, profile);
    MeasureOutcome newFirst = firstSide.outcome();
    MeasureOutcome newTech = techSide.outcome();
    if (!firstSide.changed(newFirst) && !techSide.changed(newTech)) {
      return Optional.empty();
    }
    Reason note = note(firstMeasure, stacked, precedence, openToFirst);
    List<ExplanationStep> steps = stacked.explanation().steps();
    return Optional.of(List.of(withNote(newFirst, note, steps, explain), withNote(newTech, note, steps, explain)));
  }

  /** Whether a measure could pay on a loan: not ineligible there, and a positive amount. */
  private static boolean mayPay(Verdict verdict, MonetaryAmount candidate) {
    return verdict != Verdict.INELIGIBLE && candidate.isPositive();
  }

  private static MeasureOutcome withNote(MeasureOutcome outcome, Reason note, List<ExplanationStep> steps,
      boolean explain) {
    MeasureOutcome.Builder builder = outcome.toBuilder().addNotes(note);
    if (explain) {
      List<ExplanationStep> all = new ArrayList<>(outcome.explanation().steps());
      all.addAll(steps);
      builder.explanation(new Explanation(all));
    }
    return builder.build();
  }

  private static Reason note(FirstLoanMeasure firstMeasure, StackingResult stacked, StackingPrecedence precedence,
      List<String> openToFirst) {
    StringBuilder zh = new StringBuilder("同一笔贷款只能享受一次市级贴息（适用顺序 " + precedence + "）：");
    StringBuilder en = new StringBuilder("one municipal interest subsidy per loan (precedence " + precedence + "): ");
    for (int i = 0; i < stacked.loans().size(); i++) {
      StackingLoanDecision loan = stacked.loans().get(i);
      zh.append(i == 0 ? "" : "；").append("贷款 ").append(loan.loanId()).append(" ").append(loan.explanation().zh());
      en.append(i == 0 ? "" : "; ").append("loan ").append(loan.loanId()).append(": ")
          .append(loan.explanation().en());
    }
    if (!openToFirst.isEmpty()) {
      String loans = String.join(", ", openToFirst);
      zh.append("；未提供科技型中小企业贴息贴保已获资助额（").append(RECEIVED).append("）：其总额度如已用尽，贷款 ")
          .append(loans).append(" 适用首贷贴息");
      en.append("; what the tech-SME programme already paid is not given (").append(RECEIVED)
          .append("): if its cap is spent, the first-loan subsidy applies on loan(s) ").append(loans);
    }
    return new Reason(CODE, LocalizedText.of(zh.toString(), en.toString()),
        StackingCalculator.oneSubsidyRule(firstMeasure));
  }

  //-------------------------------------------------------------------------
  /** One outcome's stacked amount, binding limit and missing facts, as they are worked out. */
  private static final class Side {
    private final MeasureOutcome original;
    private final LinkedHashSet<String> missing;
    private BigDecimal least;
    private BigDecimal most;
    private Optional<BindingLimit> binding;
    private boolean contested;

    Side(MeasureOutcome original) {
      this.original = original;
      this.missing = new LinkedHashSet<>(original.missingFacts());
    }

    /**
     * A loan whose choice awaits facts and that this measure may receive: its most rises by what it would pay on the
     * loan, and the facts are missing.
     *
     * @param candidate  what the measure would pay on the loan, before its caps
     * @param facts  the facts the choice awaits, as profile pointers
     * @param otherMayPay  whether the other measure may receive the loan too, which leaves the choice open
     */
    void open(MonetaryAmount candidate, List<String> facts, boolean otherMayPay) {
      most = most.add(Cny.yuan(candidate, "candidate"));
      missing.addAll(facts);
      contested |= otherMayPay;
    }

    /** The choice of a loan this measure took awaits the fact, which leaves it open. */
    void contest(String fact) {
      missing.add(fact);
      contested = true;
    }

    /**
     * The tech-SME evaluator's own widening for facts the stacking does not see: an unknown amount already received
     * from the programme (from zero), and absent fee or premium lists (up by their yearly caps).
     */
    void widenLikeItsEvaluator(TechSmeMeasure measure, EnterpriseProfile profile) {
      if (profile.guaranteeFeePayments().isEmpty()) {
        most = most.add(Cny.positiveYuan(measure.guaranteeFeeCapPerYear().value(), "guaranteeFeeCapPerYear"));
      }
      if (profile.insurancePremiumPayments().isEmpty()) {
        most = most.add(Cny.positiveYuan(measure.insurancePremiumCapPerYear().value(), "insurancePremiumCapPerYear"));
      }
      if (profile.techSmeSubsidyReceived().isEmpty()) {
        // from zero: an unknown amount already received may have used up the programme cap
        least = BigDecimal.ZERO;
      }
    }

    MeasureOutcome outcome() {
      BigDecimal top = original.amount().maximum().map(max -> most.min(Cny.yuan(max, "maximum"))).orElse(most);
      BigDecimal bottom = least.min(top);
      OutcomeAmount amount = bottom.compareTo(top) == 0 ? OutcomeAmount.exactly(Cny.of(bottom))
          : OutcomeAmount.between(Cny.of(bottom), Cny.of(top));
      boolean gained = !original.missingFacts().containsAll(missing);
      Verdict verdict = contested || gained ? Verdict.UNDETERMINED : original.verdict();
      return original.toBuilder().verdict(verdict).amount(amount).bindingLimit(binding).missingFacts(missing).build();
    }

    boolean changed(MeasureOutcome stacked) {
      return stacked.verdict() != original.verdict() || !stacked.amount().equals(original.amount())
          || !stacked.bindingLimit().equals(original.bindingLimit())
          || !stacked.missingFacts().equals(original.missingFacts());
    }
  }
}
