package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.StackedOutcomes;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanEvaluator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

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
 * the tech-SME items of {@link TechSmeRequest#from(EnterpriseProfile)}, the claims the loans record
 * ({@link LoanFacts#interestSubsidyClaimedFirst()}: under {@link StackingPrecedence#FIRST_CLAIMED} the subsidy claimed
 * keeps a loan it qualifies on, even paying less; a loan with no claim recorded takes the larger; decisions register
 * §4.6 item 72) and the precedence of {@link EngineOptions#interestSubsidyPrecedence()}. It then replaces the two
 * outcomes' amounts:
 * <ul>
 *   <li>the least is the stacked total of the measure over the loans it applies to
 *       ({@link StackingResult#firstLoanTotal()}, {@link StackingResult#techSmeTotal()});
 *   <li>the most adds, for each loan whose choice is open, what the measure would pay on it, never more than the
 *       outcome's own most;
 *   <li>the tech-SME outcome keeps its own widening for facts the stacking cannot see: from zero when
 *       {@code techSmeSubsidyReceived} is not known, and up by what an absent fee or premium list can add (its
 *       yearly cap, a fee list no more than the known loans' fees can bear: decisions register §4.1 item 8b);
 *   <li>when that outcome is undetermined because its enrolment's dates miss every known payment while a payment
 *       list is absent (a payment of that list within the dates would bring the claim within them), the stacking
 *       reads the enrolment as open on the absent lists: a loan the tech-SME subsidy may then pay on is compared with
 *       the first-loan subsidy (taken by the first-loan subsidy when it is not smaller, else open, naming the lists),
 *       so that no loan counts in both outcomes' most once its choice is made;
 *   <li>when {@code techSmeSubsidyReceived} is not known, the stacking reads it as nothing, but the programme cap may
 *       be spent: a loan the tech-SME subsidy took as the larger stays open, the first-loan outcome's most adds what
 *       it would pay on the loan, and both outcomes name {@code /techSmeSubsidyReceived}.
 * </ul>
 * The stacking's missing facts, as profile pointers, are added to the outcome they concern (both when a loan's choice
 * is open between the two subsidies); an eligible outcome left with an open range whose least is then zero (leaving
 * aside the tech-SME widening for an unknown amount received, which changes only its amount) is undetermined,
 * whatever opens it: a loan's open choice, or, the loans it counted gone to the other subsidy, a fact already named,
 * such as an absent payment list or a loan's own facts, which then decides whether it pays anything, as its own
 * evaluator reads it (decisions register §4.6 items 42 and 90); one sure of a positive least stays eligible with the
 * range (item 42), and one left at a single figure keeps its verdict and names no missing fact, since none then opens
 * any money (decisions register §4.6 item 45); the binding limit is the stacked
 * result's, or, for a tech-SME range whose top the stacking cut while a payment list is absent, the cap that then
 * sets the top as the evaluator names it (the absent fee or premium list's yearly cap: decisions register §4.6 item
 * 88).
 * When anything changed, each outcome gets a note, in both forms, with code {@code one-interest-subsidy-per-loan}
 * citing the rule and saying what each loan got, and, when explaining, the stacking's cited steps; the note and
 * the steps name a fact a loan's choice awaits by its profile pointer too.
 * An eligible outcome the rule so turns undetermined, in the explaining form, gives as its one reason, code
 * {@code one-interest-subsidy-per-loan} citing the rule, the condition left open and the facts it waits on (a loan's
 * choice open; or nothing left certain, whether it pays anything then waiting on the facts named): its evaluator's
 * reasons were the conditions met, which an undetermined outcome does not list, as the evaluators' own undetermined
 * outcomes list only what is not yet known (the plain form has no reasons, as every outcome).
 * {@code countedInTotal} is kept.
 * <p>
 * When a cap can bind ({@link StackingJointLimits#noCapBinds} false) and a loan's choice is open, an open loan's
 * choice moves what the caps leave for the other loans, and a loan already decided may go to the other subsidy: each
 * outcome's least and most are then also taken over every completion of the yes/no facts the open loans wait on (at
 * most eight, the stacking run again on each; else the ranges stay as above and the note says so), never narrower
 * than above, and the facts named when they widen it (decisions register §4.6 item 52).
 * <p>
 * When the choice stays open on a loan that both subsidies may pay on, both outcomes' most count it, though only one
 * pays on it: {@link #applyJointly} then also declares the pair's joint least and most ({@link JointLimit}: the
 * larger of the loan going to either subsidy, and what the pair is sure of whichever way it goes), which the engine's
 * totals and next questions count the pair by (decisions register §4.6 items 49 and 50); only when no cap can bind,
 * which makes each loan's choice independent of the others'. When the facts the open loans wait on are all that the
 * two outcomes name, the stacking is run on each of their completions, and the limit lists those whose every value
 * leaves the pair's amount unchanged ({@link JointLimit#factsDecidingNothing()}: the enrolment of a first-time
 * borrower whose loan goes to the larger first-loan subsidy either way), which the next questions credit with
 * nothing (decisions register §4.6 item 85).
 * <p>
 * An interest payment on a loan the profile does not hold (every payment, when {@code /loans} is not given) may be on a
 * first loan, which the first-loan subsidy would then take: the stacking runs over the loans held and the payments on
 * them, and the tech-SME outcome's least leaves out the interest on the loans not held (its most stays its own), names
 * {@code /loans} and is undetermined; the note names the payments (decisions register §4.1 item 10). A payment whose
 * interest accrues from before the first-loan window opens is on a loan drawn before it, no first loan of the
 * measure: it stays in the least. The first-loan outcome, which cannot see a loan the profile does not hold, keeps its
 * own amount. This holds also when that outcome is ineligible on the loans held alone (drawn outside its window, say),
 * the firm itself not known to fail it: its first loan may be one it did not list; only a firm that cannot claim the
 * first-loan subsidy on any loan (known not a first-time borrower, registered elsewhere, the window not open) keeps
 * that interest in the least.
 * <p>
 * The tech-SME enrolment is decided over the claim the stacking leaves the tech-SME subsidy (decisions register §4.6
 * item 100): when even the largest such claim misses the enrolment's dates, the stacking runs again with the
 * enrolment not held. Where the larger decides a loan (under {@link StackingPrecedence#LARGER}, or under
 * {@link StackingPrecedence#FIRST_CLAIMED} on a loan with no claim that stands) the firm keeps the larger in all: the
 * stacking is also run with such loans the first-loan subsidy took left to the tech-SME subsidy, so that its claim
 * reaches the enrolment, and that way is taken when it gives more in all whatever the facts not given; when those
 * facts may send it either way, each outcome covers both ways, naming them, and {@link #applyJointly} declares the
 * pair's joint limit from the least to the most of the sums the firm gets over every completion of those facts, each
 * completion decided as the facts given would decide it (the firm gets one way's sum, so the two maxima added would
 * count the loans the ways differ on twice).
 * <p>
 * A loan that already receives another municipal interest subsidy ({@code subsidisedUnderAnotherMunicipalScheme}
 * true) takes neither subsidy, as {@link StackingCalculator} decides. When the stacking does not run (the first-loan
 * outcome is not counted, or no loan could take both) and the tech-SME outcome is counted, its amount is still worked
 * out without the interest on such loans (the calculator over the other payments, widened as its evaluator widens),
 * and the note names them; so whether an unrelated loan qualifies for the first-loan subsidy never changes what such
 * a loan gets. A loan whose {@code subsidisedUnderAnotherMunicipalScheme} is not given is undetermined, naming the
 * fact ({@code /loans/i/subsidisedUnderAnotherMunicipalScheme}), in the stacking when it runs; when it does not, the
 * tech-SME outcome's least leaves out the interest on such loans and its most keeps it, naming the fact (subsidised
 * elsewhere, the loan would take neither subsidy).
 * <p>
 * Otherwise the outcomes are returned unchanged: when the tech-SME outcome is ineligible or out of the total; when
 * the interest payments are not known or empty; or when no loan with interest is or may be subsidised elsewhere and
 * either the first-loan outcome is out of the total (such as the 2023 first-loan subsidy, closed on 2024-01-15) or no
 * loan could take both and every payment is on a loan the profile holds or accrues from before the first-loan window.
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

  /** The code of the reason of the joint limit the rule declares. */
  public static final String JOINT_CODE = "one-interest-subsidy-per-loan-joint-most";

  private StackingInterestSubsidyRule() {
  }

  @Override
  public String code() {
    return CODE;
  }

  /**
   * Returns the measures the rule concerns: the first-loan and the tech-SME subsidies.
   *
   * @return {@code FirstLoanMeasure} and {@code TechSmeMeasure}
   */
  @Override
  public List<Class<? extends Measure>> measureClasses() {
    return List.of(FirstLoanMeasure.class, TechSmeMeasure.class);
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
    return applyJointly(outcomes, profile, context, catalog, explain).outcomes();
  }

  /**
   * Applies the rule as {@link #apply} does, and declares, for each pair whose stacking leaves the choice open on a
   * loan that both subsidies may pay on, the pair's joint most ({@link JointLimit}, decisions register §4.6 item 49):
   * for one such loan, the larger of the loan going to the first-loan subsidy (its most with the loan, plus the
   * tech-SME subsidy's most without it) and the loan going to the tech-SME subsidy (the reverse), each within the
   * outcome's own most; for several, each outcome's most without the open loans plus each open loan's larger amount.
   * Both only when no cap can bind either subsidy (each loan is then paid its own amount whatever the others get).
   * And the pair's joint least (§4.6 item 50): both outcomes' least, which count the open loans for neither, plus, on
   * each open loan one subsidy qualifies on for sure while the other only may, what the sure one's least gains with
   * it (whichever takes it pays at least that), unless what the programme already paid is not given, or, under
   * {@code FIRST_CLAIMED}, the loan records a claim (the subsidy claimed, the one that only may qualify, then takes
   * it even paying less: decisions register §4.6 item 72).
   * It declares nothing when a cap can bind (one loan's choice then changes what the caps leave for another, even one
   * already decided, which may then go to the other subsidy), when a loan the tech-SME subsidy took is reopened for
   * an unknown amount received, when an interest payment is on a loan the profile does not hold, when the renovation
   * interest subsidy may take a loan of the pair (a renovation payment names an open loan or one either subsidy took,
   * no loan, or a loan not held: §4.6 items 54 and 68),
   * or when the joint most would not be below the sum of the two maxima: the engine then adds the two, too wide,
   * never too narrow.
   * <p>
   * Where the facts not given may send the firm's larger in all either way (the loans the larger gave the first-loan
   * subsidy left to the tech-SME subsidy so that its claim reaches the enrolment, or not: §4.6 item 100), the pair's
   * joint limit is instead the least and the most of the sums the firm gets over every completion of the yes/no facts
   * the two ways wait on (each completion decided as the facts given would decide it, the stacking with its caps run
   * on it); none when the completions cannot be run or do not cover the facts the outcomes name, when what the
   * programme already paid is not given, a payment list is absent, a payment is on a loan not held, or the renovation
   * interest subsidy may take a loan of the pair.
   *
   * @param outcomes  every outcome so far, in catalogue order
   * @param profile  the enterprise
   * @param context  the evaluation date, data and options
   * @param catalog  the catalogue, to find the measures
   * @param explain  whether to add the stacking's explanation steps
   * @return the outcomes after the rule, the same size and order, and the joint limits declared
   * @throws io.github.huiqi.core.error.InvalidInputException as {@link #apply} does
   */
  @Override
  public StackedOutcomes applyJointly(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
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
      return new StackedOutcomes(given, List.of());
    }
    // copied only when a pair's outcomes change: most profiles leave them as they are
    List<MeasureOutcome> result = given;
    boolean[] paired = new boolean[size];
    List<JointLimit> limits = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (!(measures[i] instanceof FirstLoanMeasure first)) {
        continue;
      }
      Jurisdiction where = catalog.data().documentOf(first).jurisdiction();
      for (int j = 0; j < size; j++) {
        if (measures[j] instanceof TechSmeMeasure tech && !paired[j]
            && catalog.data().documentOf(tech).jurisdiction().equals(where)) {
          paired[j] = true;
          Optional<Stacked> stacked = stack(first, result.get(i), tech, result.get(j), profile, context,
              explain);
          if (stacked.isPresent()) {
            result = result == given ? new ArrayList<>(given) : result;
            result.set(i, stacked.get().first());
            result.set(j, stacked.get().tech());
            stacked.get().limit().ifPresent(limits::add);
          }
          break;
        }
      }
    }
    return new StackedOutcomes(result == given ? given : List.copyOf(result), limits);
  }

  /** A pair's two outcomes after stacking, and their joint limit when the rule declares one. */
  private record Stacked(MeasureOutcome first, MeasureOutcome tech, Optional<JointLimit> limit) {
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

  /**
   * Whether the first-loan subsidy may take a loan the profile does not hold: its outcome counts, or it is ineligible
   * only on the loans the profile holds, the firm itself qualifying or not known not to (the outcome of the same
   * profile with its loans not given would count). A firm the held loans leave ineligible may still have its first
   * loan among those it did not list (decisions register §4.1 item 10: "the loans not given, or a list without it");
   * before 2026-12-06 such a firm's tech-SME least kept that loan's interest (found by the calendar audit,
   * HuiqiCliCalendarBlindAuditTest).
   */
  private static boolean firstMayTakeALoanNotHeld(FirstLoanMeasure firstMeasure, MeasureOutcome first,
      EnterpriseProfile profile, EvaluationContext context) {
    if (first.countedInTotal()) {
      return true;
    }
    if (first.verdict() != Verdict.INELIGIBLE) {
      return false;
    }
    EnterpriseProfile loansNotGiven = EnterpriseProfile.builder().from(profile).loans(Optional.empty()).build();
    return FirstLoanEvaluator.DEFAULT.evaluate(firstMeasure, loansNotGiven, context, false).countedInTotal();
  }

  /** The two outcomes after stacking, or empty when the rule leaves them unchanged. */
  private static Optional<Stacked> stack(FirstLoanMeasure firstMeasure, MeasureOutcome first,
      TechSmeMeasure techMeasure, MeasureOutcome tech, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    if (!tech.countedInTotal()) {
      return Optional.empty();
    }
    // a first-loan subsidy the firm cannot claim takes no loan; a loan subsidised elsewhere is still barred
    boolean firstCounts = first.countedInTotal();
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    List<InterestPayment> interest = profile.interestPayments().orElse(List.of());
    if (interest.isEmpty()) {
      // none paid: the tech-SME subsidy takes no loan's interest; not given: it may take a loan claimed for it
      return profile.interestPayments().isEmpty() && firstCounts && !loans.isEmpty()
          && context.options().interestSubsidyPrecedence() == StackingPrecedence.FIRST_CLAIMED
          ? interestNotGiven(firstMeasure, first, tech, profile, context, loans, explain) : Optional.empty();
    }
    Set<String> loanIds = new HashSet<>();
    loans.forEach(loan -> loanIds.add(loan.loanId()));
    // the payments on a loan the profile does not hold (every payment when the loans are not known): that loan may be
    // a first loan, whose interest the first-loan subsidy would then take (decisions register §4.1 item 10), unless
    // its interest accrues from before the first-loan window opens: that loan was drawn before it, and is no first
    // loan of the measure ("2023年1-3月…首次获得贷款")
    LocalDate firstDrawable = firstMeasure.firstLoanWindow().value().start();
    List<String> unheld = new ArrayList<>();
    for (InterestPayment payment : interest) {
      if (!loanIds.contains(payment.loanId()) && !payment.accrualStart().isBefore(firstDrawable)) {
        unheld.add(payment.paymentId());
      }
    }
    if (!unheld.isEmpty() && !firstMayTakeALoanNotHeld(firstMeasure, first, profile, context)) {
      unheld.clear();
    }
    boolean stackHeld = firstCounts && !loans.isEmpty() && anyLoanCouldTakeBoth(firstMeasure, loans, interest);
    // the stacking bars these loans itself; without it, the tech-SME outcome alone still counts their interest
    List<String> elsewhere = stackHeld ? List.of() : StackingEnrolment.subsidisedElsewhere(loans, interest);
    // the stacking names a loan's subsidisedUnderAnotherMunicipalScheme not given; without it, the flag decides
    // whether the tech-SME subsidy pays on the loan (decisions register §4.1 item 10)
    List<Integer> flagOpen = stackHeld ? List.of() : StackingEnrolment.flagNotGiven(loans, interest);
    if (!stackHeld && unheld.isEmpty() && elsewhere.isEmpty() && flagOpen.isEmpty()) {
      return Optional.empty();
    }
    TechSmeRequest shared = TechSmeEvaluator.sharedRequest(profile, context);
    List<String> openingLists = openingLists(tech, shared, profile);
    TechSmeRequest asGiven = openingLists.isEmpty() ? shared : TechSmeRequest.builder().from(shared)
        .enterprise(EnterpriseFacts.builder().from(shared.enterprise()).enrolledTechSme(Optional.empty()).build())
        .build();
    UnaryOperator<List<String>> profileFacts = facts -> profileFacts(facts, openingLists);
    List<TechSmeInterestItem> heldInterest = new ArrayList<>(asGiven.interest().size());
    // the least without the stacking: the interest on the loans held (their flag given) and on those drawn before the
    // first-loan window
    List<TechSmeInterestItem> notFirstInterest = new ArrayList<>(asGiven.interest().size());
    // the least without the loans whose flag is not given: the interest on the others
    List<TechSmeInterestItem> flagKnownInterest = new ArrayList<>(asGiven.interest().size());
    Set<String> flagOpenIds = new HashSet<>();
    flagOpen.forEach(index -> flagOpenIds.add(loans.get(index).loanId()));
    for (TechSmeInterestItem item : asGiven.interest()) {
      boolean held = loanIds.contains(item.loanId());
      if (!(held && (elsewhere.contains(item.loanId()) || flagOpenIds.contains(item.loanId())))) {
        flagKnownInterest.add(item);
      }
      if (held && !elsewhere.contains(item.loanId())) {
        heldInterest.add(item);
        if (!flagOpenIds.contains(item.loanId())) {
          notFirstInterest.add(item);
        }
      } else if (!held && item.accrualStart().isBefore(firstDrawable)) {
        notFirstInterest.add(item);
      }
    }
    Side firstSide = new Side(first);
    Side techSide = new Side(tech);
    StackingPrecedence precedence = context.options().interestSubsidyPrecedence();
    StackingResult stackedAsGiven = stackHeld ? stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest,
        precedence, explain, profileFacts, Set.of()) : null;
    // the enrolment decided again over the claim the stacking leaves the tech-SME subsidy (register §4.6 item 100)
    TechSmeRequest overClaim = stackHeld
        ? StackingEnrolment.enrolmentOverClaimKept(asGiven, stackedAsGiven, loans, profile) : asGiven;
    StackingResult stackedOver = !stackHeld ? null : overClaim == asGiven ? stackedAsGiven
        : stackHeld(firstMeasure, techMeasure, overClaim, loans, heldInterest, precedence, explain, profileFacts,
            Set.of());
    // where the larger decides a loan (LARGER, or FIRST_CLAIMED with no claim recorded on it), the firm keeps the
    // larger: leaving to the tech-SME subsidy a loan the first-loan subsidy took may bring its claim within the
    // enrolment and give the firm more in all (register §4.6 item 100)
    Optional<StackingResult> leftToTech = stackHeld && overClaim != asGiven
        ? leftToTechSme(firstMeasure, techMeasure, asGiven, stackedAsGiven, loans, heldInterest, profile, precedence,
            explain, profileFacts) : Optional.empty();
    Larger larger = leftToTech.map(left -> largerInAll(left, stackedOver)).orElse(Larger.TAKEN);
    TechSmeRequest items = larger == Larger.LEFT ? asGiven : overClaim;
    Optional<StackingResult> stacking = Optional.empty();
    List<String> openToFirst = new ArrayList<>();
    List<StackingLoanDecision> contested = List.of();
    Optional<StackingCompletions.Bounds> completions = Optional.empty();
    Optional<LocalizedText> eitherWay = Optional.empty();
    if (stackHeld) {
      StackingResult stacked = larger == Larger.LEFT ? leftToTech.get() : stackedOver;
      stacking = Optional.of(stacked);
      StackingSides.share(stacked, firstSide, techSide, profileFacts);
      if (larger == Larger.EITHER) {
        // which way gives the firm more waits on facts not given: each outcome over both ways, too wide
        eitherWay = Optional.of(eitherWay(leftToTech.get(), stacked, first, tech, firstSide, techSide,
            profileFacts));
      }
      completions = boundOverCompletions(firstMeasure, techMeasure, stacked, items, loans, heldInterest, precedence,
          profile, firstSide, techSide, profileFacts);
      contested = StackingJointLimits.contestedLoans(stacked);
      if (profile.techSmeSubsidyReceived().isEmpty()) {
        openToFirst = StackingSides.reopenForFirst(stacked, firstSide, techSide);
      }
      techSide.widenLikeItsEvaluator(techMeasure, profile);
    } else if (!elsewhere.isEmpty() || !flagOpen.isEmpty()) {
      if (!elsewhere.isEmpty()) {
        StackingEnrolment.withoutElsewhere(techMeasure, items, loanIds, elsewhere, techSide, profile);
      }
      if (!flagOpen.isEmpty()) {
        // a loan subsidised elsewhere takes neither subsidy: the least leaves its interest out, the most keeps it
        techSide.lowerLeast(leastWithout(techMeasure, items, flagKnownInterest));
        flagOpen.forEach(index -> techSide.contest("/loans/" + index + "/subsidisedUnderAnotherMunicipalScheme"));
      }
      techSide.widenLikeItsEvaluator(techMeasure, profile);
    }
    if (!unheld.isEmpty()) {
      // the least leaves out the interest on loans not held, which the first-loan subsidy may take; the most stays
      // the tech-SME outcome's own, which counts it
      BigDecimal withoutUnheld = stacking.map(stacked -> Cny.yuan(stacked.techSmeTotal(), "techSmeTotal"))
          .orElseGet(() -> leastWithout(techMeasure, items, notFirstInterest));
      techSide.lowerLeast(withoutUnheld);
      techSide.keepOwnTop();
      techSide.contest("/loans");
    }
    MeasureOutcome newFirst = firstSide.outcome();
    MeasureOutcome newTech = techSide.outcome();
    if (!firstSide.changed(newFirst) && !techSide.changed(newTech)) {
      return Optional.empty();
    }
    // loans open, nothing else widening both outcomes for the same money: the pair's joint least and most (register
    // §4.6 items 49, 50)
    Optional<JointLimit> limit = Optional.empty();
    if (larger == Larger.EITHER) {
      // the facts not given send the loans the larger decides one way or the other, and the firm gets one way's sum:
      // the pair over their completions, each the way the firm then takes (register §4.6 item 100); only when the
      // stacking sees every fact that moves the two (what the programme already paid, every payment list, the loans)
      if (openToFirst.isEmpty() && unheld.isEmpty() && openingLists.isEmpty()
          && profile.techSmeSubsidyReceived().isPresent()
          && TechSmeEvaluator.absentListsMost(techMeasure, profile).signum() == 0) {
        limit = eitherWayLimit(firstMeasure, techMeasure, asGiven, stackedOver, leftToTech.get(), loans,
            heldInterest, profile, precedence, newFirst, newTech);
      }
    } else if (!contested.isEmpty() && openToFirst.isEmpty() && unheld.isEmpty()
        && !renovationMayTake(contested, stacking.get().loans(), profile)) {
      // a cap that can bind couples the loans: an open loan's choice then moves what the caps leave for the others,
      // even a loan already decided (register §4.6 item 50); the two maxima and minima are then added
      if (StackingJointLimits.noCapBinds(firstMeasure, techMeasure, stacking.get(), items, profile)) {
        BigDecimal sure = profile.techSmeSubsidyReceived().isPresent()
            ? StackingJointLimits.surelyPaid(firstMeasure, techMeasure, stacking.get(), contested, items, loans,
                heldInterest, precedence)
            : BigDecimal.ZERO;
        limit = StackingJointLimits.of(firstMeasure, contested, firstSide::topWithout, newFirst, techSide::topWithout,
            newTech, sure);
        if (limit.isPresent() && openingLists.isEmpty()) {
          List<String> nothing = decidingNothing(firstMeasure, techMeasure, stacking.get(), items, loans, heldInterest,
              precedence, newFirst, newTech);
          limit = limit.map(declared -> StackingJointLimits.withFactsDecidingNothing(declared, nothing));
        }
      }
    }
    List<String> flagOpenLoans = flagOpen.stream().map(index -> loans.get(index).loanId()).toList();
    Optional<LocalizedText> completionsText = completions.map(bounds -> completionsText(bounds, profileFacts));
    Reason note = StackingOutcomeNotes.note(firstMeasure, stacking, precedence, openToFirst, unheld, elsewhere,
        flagOpenLoans, eitherWay.isEmpty() ? completionsText : completionsText.isEmpty() ? eitherWay
            : Optional.of(LocalizedText.of(eitherWay.get().zh() + "；" + completionsText.get().zh(),
                eitherWay.get().en() + "; " + completionsText.get().en())));
    List<ExplanationStep> steps = stacking.map(stacked -> stacked.explanation().steps()).orElse(List.of());
    // each outcome's explanation closes on its own part of the municipal total, its amount
    List<ExplanationStep> firstSteps = explain
        ? StackingOutcomeNotes.closed(steps, stacking.map(s -> StackingShareStep.of(firstMeasure, s, true))) : steps;
    List<ExplanationStep> techSteps = explain
        ? StackingOutcomeNotes.closed(steps, stacking.map(s -> StackingShareStep.of(firstMeasure, s, false))) : steps;
    if (explain && stacking.isEmpty() && !elsewhere.isEmpty()) {
      techSteps = List.of(StackingShareStep.withoutElsewhere(firstMeasure, elsewhere, newTech.amount()));
    }
    // a first-loan outcome out of the total took no part: it keeps its own outcome, without the note
    return Optional.of(new Stacked(
        firstCounts ? StackingOutcomeNotes.withNote(StackingOutcomeNotes.opened(firstSide, newFirst, firstMeasure,
            explain), note, firstSteps, explain) : first,
        StackingOutcomeNotes.withNote(StackingOutcomeNotes.opened(techSide, newTech, firstMeasure, explain), note,
            techSteps, explain), limit));
  }

  /**
   * The pair while the interest the firm paid is not given ({@code interestPayments} absent) and a loan records the
   * tech-SME subsidy as claimed first on it ({@link LoanFacts#interestSubsidyClaimedFirst()}, under
   * {@code FIRST_CLAIMED}): the claim keeps the loan if the tech-SME subsidy pays anything on its interest (decisions
   * register §4.6 items 72 and 73), which the absent list leaves open, so the first-loan outcome's least leaves such
   * loans out (the first-loan calculator over the others), its most stays its own, and it names
   * {@code /interestPayments} (an eligible outcome so lowered to zero is undetermined, items 42 and 74). A loan with
   * no claim keeps the first-loan outcome as it is (item 74). The tech-SME outcome, whose own evaluation already
   * opens on the absent list, is kept.
   *
   * @return the pair, or empty when no loan records such a claim or the least does not move
   */
  private static Optional<Stacked> interestNotGiven(FirstLoanMeasure firstMeasure, MeasureOutcome first,
      MeasureOutcome tech, EnterpriseProfile profile, EvaluationContext context, List<LoanFacts> loans,
      boolean explain) {
    List<LoanFacts> kept = new ArrayList<>(loans.size());
    for (LoanFacts loan : loans) {
      if (!loan.interestSubsidyClaimedFirst().equals(Optional.of(StackingScheme.TECH_SME))) {
        kept.add(loan);
      }
    }
    if (kept.size() == loans.size()) {
      return Optional.empty();
    }
    BigDecimal leastWithout = kept.isEmpty() ? BigDecimal.ZERO
        : Cny.yuan(FirstLoanCalculator.DEFAULT.explainSubsidy(firstMeasure, FirstLoanRequest.builder()
            .enterprise(TechSmeEvaluator.sharedRequest(profile, context).enterprise()).loans(kept).build(),
            ReceiptChoice.OMIT).amount().minimum(), "minimum");
    Side firstSide = new Side(first);
    firstSide.lowerLeast(leastWithout);
    firstSide.contest("/interestPayments");
    MeasureOutcome newFirst = firstSide.outcome();
    if (!firstSide.changed(newFirst)) {
      return Optional.empty();
    }
    Reason note = new Reason(CODE, LocalizedText.of(
        "同一笔贷款只能享受一次市级贴息：贷款已先申请科技型中小企业贴息贴保，其利息支付未提供（/interestPayments）："
            + "如其利息获贴息，首贷贴息不适用于该贷款，首贷贴息的下限不计该贷款",
        "one municipal interest subsidy per loan: a loan records the tech-SME subsidy as claimed first, and the "
            + "interest paid is not given (/interestPayments): if the tech-SME subsidy pays on its interest, the "
            + "first-loan subsidy does not apply to it, so the first-loan subsidy's least leaves it out"),
        StackingCalculator.oneSubsidyRule(firstMeasure));
    return Optional.of(new Stacked(StackingOutcomeNotes.withNote(StackingOutcomeNotes.opened(firstSide, newFirst,
        firstMeasure, explain), note, List.of(), explain), tech, Optional.empty()));
  }

  /**
   * Whether the renovation interest subsidy (小升规方案 第十条, {@link RenovationLoanStackingRule}, which runs after this
   * rule) may take a loan from the pair: a renovation interest payment names an open loan, a loan the stacking gave
   * to either subsidy, no loan, or a loan the profile does not hold. The pair's joint least counts the open loan for
   * one of the two, and a decided loan for the subsidy that took it; the renovation rule, which may then lower either
   * outcome, cannot lower a limit already declared, so none is declared (the two ranges are added: too wide, never
   * too narrow; decisions register §4.6 items 54 and 68).
   */
  private static boolean renovationMayTake(List<StackingLoanDecision> contested, List<StackingLoanDecision> decided,
      EnterpriseProfile profile) {
    Set<String> held = new HashSet<>();
    profile.loans().orElse(List.of()).forEach(loan -> held.add(loan.loanId()));
    Set<String> open = new HashSet<>();
    contested.forEach(loan -> open.add(loan.loanId()));
    decided.stream().filter(loan -> loan.applies().isPresent()).forEach(loan -> open.add(loan.loanId()));
    for (RenovationProject project : profile.renovationProjects().orElse(List.of())) {
      for (RenovationInterestPayment payment : project.interestPayments()) {
        Optional<String> named = payment.loanId();
        if (named.isEmpty() || open.contains(named.get()) || !held.contains(named.get())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * When a cap can bind and a loan's choice is open, each outcome's least and most over every completion of the yes/no
   * facts the open loans wait on (decisions register §4.6 item 52): the first-loan cap (第5条 "单户企业贴息金额最高20万元",
   * allocated in drawdown order) and the tech-SME caps (第13条) couple the loans, so an open loan's choice moves what
   * the caps leave for the others, and a loan already decided may go to the other subsidy, which the outcomes' ranges
   * from the stacking with the facts open then miss. Each side's least is lowered to the least over the completions,
   * its most raised to the most (never narrower than before), and the facts added to its missing facts when its range
   * so widens. Nothing is run when no loan is open or no cap can bind ({@link StackingJointLimits#noCapBinds}).
   *
   * @return the bounds, or empty when none were sought
   */
  private static Optional<StackingCompletions.Bounds> boundOverCompletions(FirstLoanMeasure firstMeasure,
      TechSmeMeasure techMeasure, StackingResult stacked, TechSmeRequest items, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, StackingPrecedence precedence, EnterpriseProfile profile,
      Side firstSide, Side techSide, UnaryOperator<List<String>> profileFacts) {
    if (!StackingCompletions.anyOpen(stacked)
        || StackingJointLimits.noCapBinds(firstMeasure, techMeasure, stacked, items, profile)) {
      return Optional.empty();
    }
    StackingCompletions.Bounds bounds = StackingCompletions.over(StackingCompletions.awaited(stacked),
        items.enterprise(), loans, (enterprise, completed) -> stackHeld(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(items).enterprise(enterprise).build(), completed, heldInterest, precedence,
            false, UnaryOperator.identity(), Set.of()));
    if (bounds.bounded()) {
      List<String> named = profileFacts.apply(bounds.facts());
      firstSide.widenTo(bounds.firstLeast(), bounds.firstMost(), named);
      techSide.widenTo(bounds.techLeast(), bounds.techMost(), named);
    }
    return Optional.of(bounds);
  }

  /**
   * The pair's missing facts that leave its joint amount unchanged whichever way they fall (decisions register §4.6
   * item 85), as profile pointers: the stacking run on every completion of the yes/no facts the open loans wait on
   * ({@link StackingCompletions#decidingNothing}). Sought only when those facts are all the two outcomes name, so
   * that the completions cover every way the pair's amount can go: a fact the stacking does not see (what the
   * programme already paid, an absent list, the region) leaves the width shared among all the facts, as before.
   *
   * @return the facts, empty when none is shown to decide nothing
   */
  private static List<String> decidingNothing(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      StackingResult stacked, TechSmeRequest items, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, MeasureOutcome newFirst, MeasureOutcome newTech) {
    List<String> awaited = StackingCompletions.awaited(stacked);
    List<String> varied = POINTERS.toProfile(awaited);
    if (!varied.containsAll(newFirst.missingFacts()) || !varied.containsAll(newTech.missingFacts())) {
      return List.of();
    }
    List<String> nothing = POINTERS.toProfile(StackingCompletions.decidingNothing(awaited, items.enterprise(), loans,
        (enterprise, completed) -> stackHeld(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(items).enterprise(enterprise).build(), completed, heldInterest, precedence,
            false, UnaryOperator.identity(), Set.of())));
    LinkedHashSet<String> union = new LinkedHashSet<>(newFirst.missingFacts());
    union.addAll(newTech.missingFacts());
    // only facts the outcomes name, and never all of them: a width no fact moves stays shared among them all
    List<String> named = nothing.stream().filter(union::contains).toList();
    return named.size() == union.size() ? List.of() : named;
  }

  /** The note's words on the completions: what was run, or why the ranges were left as the open stacking gives. */
  private static LocalizedText completionsText(StackingCompletions.Bounds bounds,
      UnaryOperator<List<String>> profileFacts) {
    List<String> named = profileFacts.apply(bounds.facts());
    String facts = String.join(", ", named);
    String zhFacts = String.join("、", named);
    if (bounds.bounded()) {
      int runs = 1 << bounds.facts().size();
      return LocalizedText.of("贴息额度可能触及封顶，各笔贷款的归属相互影响（已确定的贷款也可能改归另一项）：按未提供的事实 "
          + zhFacts + " 的全部 " + runs + " 种取值重新计算，两项贴息各取其中的最低与最高（首贷贴息 "
          + bounds.firstLeast().toPlainString() + " – " + bounds.firstMost().toPlainString() + "，科技型中小企业贴息 "
          + bounds.techLeast().toPlainString() + " – " + bounds.techMost().toPlainString() + "）",
          "a cap may bind, so the loans' choices move each other (a loan already decided may go to the other "
          + "subsidy): the stacking was run on all " + runs + " completions of the facts not given (" + facts
          + "), each subsidy bounded by its least and most over them (first-loan " + bounds.firstLeast()
          .toPlainString() + " – " + bounds.firstMost().toPlainString() + ", tech-SME " + bounds.techLeast()
          .toPlainString() + " – " + bounds.techMost().toPlainString() + ")");
    }
    return LocalizedText.of("贴息额度可能触及封顶，各笔贷款的归属相互影响；未能逐一计算未提供事实的各种取值（" + zhFacts
        + "：超过 " + StackingCompletions.MOST_FACTS + " 项，或不是是/否事实，或须先知其他事实），两项贴息的范围"
        + "按事实未知时的计算给出，可能偏窄", "a cap may bind, so the loans' choices move each other; the completions "
        + "of the facts not given were not run (" + facts + ": more than " + StackingCompletions.MOST_FACTS
        + ", not yes/no, or named only once others are known), so the two ranges are the open stacking's, which "
        + "may be too narrow");
  }

  /**
   * The payment lists that open the tech-SME outcome, when they do: the outcome is undetermined, the enrolment is
   * held but its dates miss every known payment (the shared request reads it as not held for the claim), and a
   * payment list is absent. {@link TechSmeEvaluator} then pays the known payments in its most, since a payment of an
   * absent list within the enrolment's dates brings the claim within them (decisions register §1.2 card 000-13,
   * §4.1 item 8b): the stacking reads the enrolment as open on those lists, so that a loan the tech-SME subsidy may
   * pay on is compared with the first-loan subsidy, not given to it as its only candidate.
   *
   * @return the absent lists' pointers; empty when the outcome is not so opened
   */
  private static List<String> openingLists(MeasureOutcome tech, TechSmeRequest shared, EnterpriseProfile profile) {
    if (tech.verdict() != Verdict.UNDETERMINED || !shared.enterprise().enrolledTechSme().equals(Optional.of(false))
        || !profile.enterpriseFacts().enrolledTechSme().equals(Optional.of(true))) {
      return List.of();
    }
    return TechSmeEvaluator.absentLists(profile);
  }

  /**
   * The profile's pointers of a stacking's missing facts; when absent lists open the tech-SME outcome, its
   * enrolment (read as open on them) is those lists.
   */
  private static List<String> profileFacts(List<String> facts, List<String> openingLists) {
    List<String> named = POINTERS.toProfile(facts);
    if (openingLists.isEmpty() || !named.contains("/techSme")) {
      return named;
    }
    LinkedHashSet<String> renamed = new LinkedHashSet<>();
    for (String fact : named) {
      if (fact.equals("/techSme")) {
        renamed.addAll(openingLists);
      } else {
        renamed.add(fact);
      }
    }
    return List.copyOf(renamed);
  }

  /**
   * Runs the stacking over the loans the profile holds and the interest paid on them, {@code left} the loans left to
   * the tech-SME subsidy where the larger would give them to the first-loan subsidy (empty for the plain stacking).
   */
  private static StackingResult stackHeld(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest items, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, boolean explain, UnaryOperator<List<String>> profileFacts, Set<String> left) {
    Optional<StackingOptions> options = precedence == EngineOptions.DEFAULTS.interestSubsidyPrecedence()
        ? Optional.empty() : Optional.of(StackingOptions.DEFAULTS.withPrecedence(precedence));
    return StackingCalculator.DEFAULT.evaluate(firstMeasure, techMeasure,
        StackingRequest.builder().enterprise(items.enterprise()).loans(loans).interest(heldInterest)
            .guaranteeFees(items.guaranteeFees()).insurancePremiums(items.insurancePremiums())
            .programmeTotalReceived(items.programmeTotalReceived()).options(options).build(), explain,
        profileFacts, left);
  }

  /** The most loans the first-loan subsidy took whose every subset {@link #leftToTechSme} tries: 2^8 − 1 runs. */
  private static final int MOST_LEFT = 8;

  /**
   * The most runs of the stacking the EITHER case's joint limit may take over the completions of the facts not given
   * ({@link #eitherWayLimit}): 2^12, so that one profile stays within a few thousand stackings.
   */
  private static final int MOST_RUNS = 4096;

  /**
   * Where the larger decides (LARGER, or FIRST_CLAIMED with no claim standing on the loan), when the claim the
   * stacking leaves the tech-SME subsidy misses its enrolment's dates
   * (decisions register §4.6 item 100), the firm's other way: the stacking with the enrolment held and some of the
   * loans the larger gave the first-loan subsidy (those the tech-SME subsidy qualifies on and can pay on) left to the
   * tech-SME subsidy, so that its claim reaches the enrolment. Each non-empty subset of those loans is tried (at most
   * {@value #MOST_LEFT} loans; a firm's first loans are one or a few), kept when the claim it leaves reaches the
   * enrolment as {@link StackingEnrolment#enrolmentOverClaimKept} reads it; of those, the one whose least in all is
   * the largest (then its most, then the first tried).
   *
   * @return that stacking, or empty when there is none
   */
  private static Optional<StackingResult> leftToTechSme(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stackedAsGiven, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence,
      boolean explain, UnaryOperator<List<String>> profileFacts) {
    List<String> taken = new ArrayList<>();
    for (StackingLoanDecision loan : stackedAsGiven.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)) && byTheLarger(loan)
          && loan.techSmeVerdict() == Verdict.ELIGIBLE && loan.techSmeCandidate().isPositive()) {
        taken.add(loan.loanId());
      }
    }
    if (taken.isEmpty() || taken.size() > MOST_LEFT) {
      return Optional.empty();
    }
    StackingResult best = null;
    InAll bestInAll = null;
    for (int mask = 1; mask < 1 << taken.size(); mask++) {
      Set<String> left = new HashSet<>();
      for (int i = 0; i < taken.size(); i++) {
        if ((mask & 1 << i) != 0) {
          left.add(taken.get(i));
        }
      }
      StackingResult run = stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest, precedence, explain,
          profileFacts, left);
      if (StackingEnrolment.enrolmentOverClaimKept(asGiven, run, loans, profile) != asGiven) {
        continue;
      }
      InAll inAll = InAll.of(run);
      if (best == null || inAll.least().compareTo(bestInAll.least()) > 0
          || inAll.least().compareTo(bestInAll.least()) == 0 && inAll.most().compareTo(bestInAll.most()) > 0) {
        best = run;
        bestInAll = inAll;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the larger decided the loan: under LARGER, or under FIRST_CLAIMED with no claim that stands on it. */
  private static boolean byTheLarger(StackingLoanDecision loan) {
    return loan.ground() == StackingGround.LARGER || loan.ground() == StackingGround.NO_CLAIM_LARGER;
  }

  /** The firm's least and most in all from a stacking, in yuan. */
  private record InAll(BigDecimal least, BigDecimal most) {

    /**
     * The two measures' stacked totals, and their maxima plus what each may pay on every loan whose choice is open
     * (too wide).
     */
    static InAll of(StackingResult stacked) {
      BigDecimal most = stacked.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum"))
          .orElse(BigDecimal.ZERO)
          .add(stacked.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO));
      for (StackingLoanDecision loan : stacked.loans()) {
        if (loan.ground() == StackingGround.UNDETERMINED) {
          most = most.add(StackingSides.mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())
              ? Cny.yuan(loan.firstLoanCandidate(), "candidate") : BigDecimal.ZERO);
          most = most.add(StackingSides.mayPay(loan.techSmeVerdict(), loan.techSmeCandidate())
              ? Cny.yuan(loan.techSmeCandidate(), "candidate") : BigDecimal.ZERO);
        }
      }
      return new InAll(Cny.yuan(stacked.total(), "total"), most);
    }
  }

  /** Which way gives the firm more in all (decisions register §4.6 item 100). */
  private enum Larger {
    /** The loans left to the tech-SME subsidy, whatever the facts not given. */
    LEFT,
    /** The loans taken by the first-loan subsidy, whatever the facts not given (or no other way). */
    TAKEN,
    /** Either, as the facts not given fall. */
    EITHER
  }

  /**
   * Which way gives the firm more in all: the loans left to the tech-SME subsidy when their least in all is above the
   * other way's most; the first-loan subsidy's taking them when its least is no less than the other's most (a tie
   * keeps the larger's own choice, the first-loan subsidy, as item 10's tie); else either.
   */
  private static Larger largerInAll(StackingResult left, StackingResult taken) {
    InAll leftInAll = InAll.of(left);
    InAll takenInAll = InAll.of(taken);
    if (leftInAll.least().compareTo(takenInAll.most()) > 0) {
      return Larger.LEFT;
    }
    return takenInAll.least().compareTo(leftInAll.most()) >= 0 ? Larger.TAKEN : Larger.EITHER;
  }

  /**
   * Widens both sides, set from the stacking {@code taken}, to cover the stacking {@code left} too, naming the facts
   * either awaits, and returns the words of the note: too wide, never too narrow (as register §4.6 item 96 reads an
   * open choice).
   */
  private static LocalizedText eitherWay(StackingResult left, StackingResult taken, MeasureOutcome first,
      MeasureOutcome tech, Side firstSide, Side techSide, UnaryOperator<List<String>> profileFacts) {
    Side firstLeft = new Side(first);
    Side techLeft = new Side(tech);
    StackingSides.share(left, firstLeft, techLeft, profileFacts);
    LinkedHashSet<String> facts = new LinkedHashSet<>(profileFacts.apply(taken.missingFacts()));
    facts.addAll(profileFacts.apply(left.missingFacts()));
    List<String> named = List.copyOf(facts);
    firstSide.widenTo(firstLeft.least, firstLeft.most, named);
    techSide.widenTo(techLeft.least, techLeft.most, named);
    List<String> loansLeft = new ArrayList<>();
    for (StackingLoanDecision loan : left.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.TECH_SME)) && byTheLarger(loan)
          && taken.loans().stream().anyMatch(other -> other.loanId().equals(loan.loanId())
              && other.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)))) {
        loansLeft.add(loan.loanId());
      }
    }
    return LocalizedText.of("贷款 " + String.join("、", loansLeft) + " 如留给科技型中小企业贴息，其申报的利息方达到"
        + "入库日期；企业合计以哪种安排较大，取决于未提供的信息：" + String.join("、", named),
        "were loan(s) " + String.join(", ", loansLeft) + " left to the tech-SME subsidy, its claim "
        + "would reach the enrolment's dates; which way gives the firm more in all waits on facts not given: "
        + String.join(", ", named));
  }

  /**
   * The stacking the firm's larger in all chooses (decisions register §4.6 item 100), as {@link #stack} decides it
   * over the facts given: the plain stacking, unless its claim misses the enrolment's dates; then the loans the larger
   * gave the first-loan subsidy left to the tech-SME subsidy ({@link #leftToTechSme}) when that gives more in all,
   * else the stacking with the enrolment not held. Null when the facts not given may send it either way.
   */
  private static StackingResult largerInAllChosen(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence) {
    StackingResult plain = stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest, precedence, false,
        UnaryOperator.identity(), Set.of());
    TechSmeRequest over = StackingEnrolment.enrolmentOverClaimKept(asGiven, plain, loans, profile);
    if (over == asGiven) {
      return plain;
    }
    StackingResult taken = stackHeld(firstMeasure, techMeasure, over, loans, heldInterest, precedence, false,
        UnaryOperator.identity(), Set.of());
    Optional<StackingResult> left = leftToTechSme(firstMeasure, techMeasure, asGiven, plain, loans, heldInterest,
        profile, precedence, false, UnaryOperator.identity());
    if (left.isEmpty()) {
      return taken;
    }
    return switch (largerInAll(left.get(), taken)) {
      case LEFT -> left.get();
      case TAKEN -> taken;
      case EITHER -> null;
    };
  }

  /**
   * The pair's joint limit when the facts not given may send the firm's larger in all either way (decisions register
   * §4.6 item 100): each outcome then covers both ways, so their maxima added count the loans the ways differ on
   * twice, though the firm gets one way's sum. The stacking is run on every completion of the facts the two ways wait
   * on, each completion decided as the facts given would decide it ({@link #largerInAllChosen}), and the pair is
   * counted from the least of the completions' sums to the most ({@link StackingJointLimits#ofWays}), with the facts
   * whose every value leaves both unchanged ({@link JointLimit#factsDecidingNothing()}, item 85).
   * <p>
   * None when the completions cannot be run (more than {@value StackingCompletions#MOST_FACTS} facts, or more runs
   * of the stacking than {@value #MOST_RUNS}, each completion running it up to 2 + 2^k times for the k loans the
   * first-loan subsidy may take and leave; a fact not yes/no; a completion left open between the ways), when the
   * outcomes name a fact the completions do not vary (their own facts, such as the region), or when the renovation
   * interest subsidy may take a loan of the pair (items 54 and 68): the two ranges are then added, as before, too
   * wide, never too narrow.
   *
   * @return the limit, or empty
   */
  private static Optional<JointLimit> eitherWayLimit(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult taken, StackingResult left, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence,
      MeasureOutcome newFirst, MeasureOutcome newTech) {
    List<StackingLoanDecision> contested = new ArrayList<>(StackingJointLimits.contestedLoans(taken));
    contested.addAll(StackingJointLimits.contestedLoans(left));
    List<StackingLoanDecision> decided = new ArrayList<>(taken.loans());
    decided.addAll(left.loans());
    if (renovationMayTake(contested, decided, profile)) {
      return Optional.empty();
    }
    LinkedHashSet<String> facts = new LinkedHashSet<>(taken.missingFacts());
    facts.addAll(left.missingFacts());
    // each completion runs the stacking up to 2 + 2^k times (k the loans the first-loan subsidy may take and leave):
    // at most MOST_RUNS runs in all
    int leavable = (int) loans.stream()
        .filter(loan -> !loan.firstDrawdownOfFirstContract().equals(Optional.of(false))
            && !loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true)))
        .count();
    int perCompletion = 2 + (1 << Math.min(leavable, MOST_LEFT));
    int mostFacts = 0;
    while (mostFacts < StackingCompletions.MOST_FACTS && (2L << mostFacts) * perCompletion <= MOST_RUNS) {
      mostFacts++;
    }
    Optional<StackingCompletions.InAll> inAll = StackingCompletions.inAllOver(List.copyOf(facts),
        asGiven.enterprise(), loans, (enterprise, completed) -> largerInAllChosen(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(asGiven).enterprise(enterprise).build(), completed, heldInterest, profile,
            precedence), mostFacts);
    if (inAll.isEmpty()) {
      return Optional.empty();
    }
    List<String> varied = POINTERS.toProfile(inAll.get().facts());
    LinkedHashSet<String> named = new LinkedHashSet<>(newFirst.missingFacts());
    named.addAll(newTech.missingFacts());
    if (!varied.containsAll(named)) {
      return Optional.empty();
    }
    // the loans the two ways send to different subsidies, or leave open between them (a loan open between one
    // subsidy and none is no choice between the two)
    Set<String> open = new HashSet<>();
    contested.forEach(loan -> open.add(loan.loanId()));
    List<String> loanIds = new ArrayList<>();
    for (StackingLoanDecision loan : taken.loans()) {
      Optional<StackingLoanDecision> other = left.loans().stream()
          .filter(candidate -> candidate.loanId().equals(loan.loanId())).findFirst();
      boolean differ = other.isPresent() && other.get().applies().isPresent() && loan.applies().isPresent()
          && !other.get().applies().equals(loan.applies());
      if (differ || open.contains(loan.loanId())) {
        loanIds.add(loan.loanId());
      }
    }
    Optional<JointLimit> limit = StackingJointLimits.ofWays(firstMeasure, loanIds, newFirst, newTech, inAll.get(),
        varied);
    // only facts the outcomes name, and never all of them: a width no fact moves stays shared among them all
    List<String> nothing = POINTERS.toProfile(inAll.get().decidingNothing()).stream().filter(named::contains)
        .toList();
    return nothing.size() == named.size() ? limit
        : limit.map(declared -> StackingJointLimits.withFactsDecidingNothing(declared, nothing));
  }

  /** The tech-SME subsidy's least without the interest on loans the profile does not hold. */
  private static BigDecimal leastWithout(TechSmeMeasure techMeasure, TechSmeRequest items,
      List<TechSmeInterestItem> heldInterest) {
    if (heldInterest.isEmpty() && items.guaranteeFees().isEmpty() && items.insurancePremiums().isEmpty()) {
      return BigDecimal.ZERO;
    }
    TechSmeRequest held = TechSmeRequest.builder().from(items).interest(heldInterest).build();
    return Cny.yuan(TechSmeCalculator.DEFAULT.explainSubsidy(techMeasure, held, ReceiptChoice.OMIT).amount()
        .minimum(), "minimum");
  }

}
