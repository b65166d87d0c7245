package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.StackedOutcomes;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.calculators.financing.stacking.StackingPairOutcomes.Stacked;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * When a cap can bind ({@link StackingJointLimits#noCapBinds} false) and a loan's choice is open, an open loan's choice
 * moves what the caps leave for the other loans, and a loan already decided may go to the other subsidy: each outcome's
 * least and most are then also taken over every completion of the yes/no facts the open loans wait on (at most eight,
 * the stacking run again on each; else the ranges stay as above and the note says so), never narrower than above, and
 * the facts named when they widen it (decisions register §4.6 item 52); where the enrolment is dated, each completion
 * is also decided the firm's way (its claim deciding the enrolment, the larger in all: items 100 and 110), or, when
 * those completions cannot be run, each outcome runs from zero to its own most. With the enrolment not given
 * ({@code /techSme} absent), it may be dated so that the claim kept misses it: each outcome also covers the loans the
 * larger gave the first-loan subsidy left to the tech-SME subsidy, and no joint limit is declared (item 110). With the
 * enrolment dated and a fee or premium list not given, a payment of the list may fall outside the dates (when they do
 * not cover the loans' lives) or within them: each outcome also covers the loans so left (the claim kept never empty),
 * the way the stacking takes with the whole claim enrolled, and, for the tech-SME subsidy, nothing when the claim
 * without the loans the list's items may send to the first-loan subsidy misses the dates; no joint limit is declared
 * (item 111).
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
 * elsewhere, the loan would take neither subsidy); that least, with the stacking or without it, decides the
 * enrolment over the payments kept without such loans (decisions register §4.6 item 109).
 * <p>
 * While the interest payments are not given, the stacking does not run: under {@code FIRST_CLAIMED} the first-loan
 * outcome's least leaves out a loan claimed for the tech-SME subsidy (decisions register §4.6 item 74), and, when no
 * cap can bind either subsidy, {@link #applyJointly} declares the pair's joint limit from the two minima to the two
 * maxima less, on each loan both count (the first-loan amount and what the absent list can add on it), the lesser
 * of the two, so that the loan counts once (item 74's second point).
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

  /** The code of the reason of the joint limit the rule declares. */
  public static final String JOINT_CODE = "one-interest-subsidy-per-loan-joint-most";

  // The rule's parts, each in its own class of this package: StackingPairOutcomes stacks one pair's outcomes;
  // StackingLargerInAll finds the firm's larger in all (register §4.6 item 100), StackingLeftWaysWidening widens over
  // its ways when the enrolment or a payment list is not given (items 110, 111), StackingWaysChosen takes its way on
  // each completion of the facts not given, StackingWaysBounds bounds the outcomes over those ways and
  // StackingWaysJointLimit counts the pair over them; StackingEnrolment keeps the tech-SME claim and decides its
  // enrolment over it; StackingCompletionBounds takes the outcomes over the completions of the
  // facts not given (items 52 and 85); StackingSides works out each outcome's amounts; StackingOutcomeNotes writes
  // the note and the reasons.

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
          Optional<Stacked> stacked = StackingPairOutcomes.stack(first, result.get(i), tech, result.get(j), profile,
              context, explain);
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
}
