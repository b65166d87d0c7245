package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanLoanSubsidy;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeItemKind;
import io.github.huiqi.calculators.financing.techsme.TechSmeItemSubsidy;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.money.MonetaryAmount;

/**
 * Decides, loan by loan, which Shenzhen municipal interest subsidy an enterprise receives, the first-loan subsidy
 * (深工信〔2023〕26号 第5条) or the tech-SME subsidy (第13条), since "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门
 * 财政贴息" (2022 首贷 implementing rules, decisions register §1.7), then applies each measure's per-enterprise caps
 * across the loans it applies to.
 * <p>
 * The arithmetic is the two calculators': {@link FirstLoanCalculator} and
 * {@link TechSmeCalculator} are run once over all the loans for each loan's candidate amounts
 * (before caps), and again over the loans each applies to, which applies their caps (200,000 for the first-loan
 * subsidy; the tech-SME programme's yearly and programme caps, shared with its fee and premium items).
 * <p>
 * A loan with both candidates eligible and positive gets one under the precedence option
 * ({@link StackingPrecedence#FIRST_CLAIMED} by default: the subsidy already claimed on the loan stands, unless its
 * caps leave it nothing there, when the claim falls (decisions register §4.6 item 73); where neither has been
 * claimed, the larger). "The larger" compares what each can still pay on the loan: the loans are decided in
 * drawdown order, and each candidate counts within what its caps leave after the loans decided before it (the
 * first-loan cap; the tech-SME caps as they bound its interest subsidy over all the loans, or, where they bind, what
 * the tech-SME subsidy pays more with the loan than without it beside the loans it took before, its fees and premiums
 * spending the caps in payment order too: register §4.6 item 133), so that a subsidy whose cap is spent never takes a
 * loan from one that would pay on it; a loan drawn later that only the tech-SME subsidy takes is counted beside the
 * loan compared where that claim reaches the enrolment's dates without it, being paid on whatever the comparison
 * decides (register §4.6 item 134). Where every loan's two candidates are known and one to eight loans qualify for
 * both, none with a claim that stands under {@code FIRST_CLAIMED}, the firm takes the split of those loans that pays
 * most in all when the comparison in drawdown order pays less ({@link StackingBestSplit}, register §4.6 item 151).
 * A loan already subsidised by a third municipal scheme
 * ({@code subsidisedUnderAnotherMunicipalScheme}) gets neither. Where a missing fact could change the choice, the
 * loan is undetermined, counts for neither measure, and the fact is named.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * FirstLoanMeasure firstLoan = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
 * TechSmeMeasure techSme = data.getMeasure(TechSmeMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * StackingRequest request = HuiqiJson.read(requestJson, StackingRequest.class);
 * MonetaryAmount total = StackingCalculator.DEFAULT.totalSubsidy(firstLoan, techSme, request);
 * StackingResult explained = StackingCalculator.DEFAULT.explainTotalSubsidy(firstLoan, techSme, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = StackingCalculator.DEFAULT.explainTotalSubsidyJson(firstLoan, techSme, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class StackingCalculator {

  /** The calculator. */
  public static final StackingCalculator DEFAULT = new StackingCalculator();

  private static final String ONE_SUBSIDY_QUOTE = "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息";
  private static final Citation PRECEDENCE_DEFAULT = new Citation(Provenance.LIBRARY_DEFAULT, "huiqi",
      "decisions register §4.1", Optional.of("10"), Optional.empty(), Optional.of("no source says which subsidy "
          + "applies on a loan that qualifies for both; default: the subsidy already claimed (first claimed) on the "
          + "loan wins, and where neither has been claimed the larger amount, which the enterprise would choose; "
          + "LARGER is the alternative"));

  private StackingCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the enterprise's total municipal interest subsidy after stacking: the first-loan subsidy on the loans
   * it applies to plus the tech-SME programme's subsidy on the others (with its fee and premium items).
   * <p>
   * Builds none of this service's explanation texts.
   *
   * @param firstLoanMeasure  the first-loan measure, such as {@link FirstLoanMeasure#SHENZHEN_2023}
   * @param techSmeMeasure  the tech-SME measure, such as {@link TechSmeMeasure#SHENZHEN_2023}
   * @param request  the enterprise, its loans and items, the claims made and the options
   * @return the total in CNY, whole fen
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if a choice or an amount depends on facts the request does not give
   */
  public MonetaryAmount totalSubsidy(FirstLoanMeasure firstLoanMeasure,
      TechSmeMeasure techSmeMeasure, StackingRequest request) {
    StackingResult result = evaluate(firstLoanMeasure, techSmeMeasure, request, false);
    if (!result.missingFacts().isEmpty()) {
      throw new MissingFactsException(result.missingFacts());
    }
    return result.total();
  }

  /**
   * Decides each loan's subsidy and returns the explained result.
   *
   * @param firstLoanMeasure  the first-loan measure
   * @param techSmeMeasure  the tech-SME measure
   * @param request  the enterprise, its loans and items, the claims made and the options
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public StackingResult explainTotalSubsidy(FirstLoanMeasure firstLoanMeasure,
      TechSmeMeasure techSmeMeasure, StackingRequest request) {
    StackingResult result = evaluate(firstLoanMeasure, techSmeMeasure, request, true);
    return result.withReceipt(
        CalculatorReceipts.issue("financing.stacking.total-subsidy", List.of(firstLoanMeasure, techSmeMeasure), request,
        Optional.empty(), result));
  }

  /**
   * Decides each loan's subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param firstLoanMeasure  the first-loan measure
   * @param techSmeMeasure  the tech-SME measure
   * @param requestJson  a {@link StackingRequest} as JSON
   * @return a {@link StackingResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit
   */
  public String explainTotalSubsidyJson(FirstLoanMeasure firstLoanMeasure,
      TechSmeMeasure techSmeMeasure, String requestJson) {
    Args.notNull(firstLoanMeasure, "firstLoanMeasure");
    Args.notNull(techSmeMeasure, "techSmeMeasure");
    StackingRequest request = HuiqiJson.read(requestJson, StackingRequest.class);
    return HuiqiJson.write(explainTotalSubsidy(firstLoanMeasure, techSmeMeasure, request));
  }

  //-------------------------------------------------------------------------
  /** The one evaluation behind both forms; package-private for the family's stacking rule. */
  StackingResult evaluate(FirstLoanMeasure firstLoanMeasure, TechSmeMeasure techSmeMeasure, StackingRequest request,
      boolean explain) {
    return evaluate(firstLoanMeasure, techSmeMeasure, request, explain, UnaryOperator.identity());
  }

  /**
   * The one evaluation, its texts naming the missing facts through {@code factNames}: the request's own pointers for
   * this calculator, the profile's for the engine's stacking rule (whose reader holds a profile, not a request).
   * The decisions' {@code missingFacts} stay the request's pointers either way.
   */
  StackingResult evaluate(FirstLoanMeasure firstLoanMeasure, TechSmeMeasure techSmeMeasure, StackingRequest request,
      boolean explain, UnaryOperator<List<String>> factNames) {
    return evaluate(firstLoanMeasure, techSmeMeasure, request, explain, factNames, Set.of());
  }

  /**
   * The one evaluation with {@code leftToTechSme} (below), on this request's enrolment, a yes or no that any claim
   * reaches ({@link StackingEnrolmentSpan#UNDATED}).
   */
  StackingResult evaluate(FirstLoanMeasure firstLoanMeasure, TechSmeMeasure techSmeMeasure, StackingRequest request,
      boolean explain, UnaryOperator<List<String>> factNames, Set<String> leftToTechSme) {
    return evaluate(firstLoanMeasure, techSmeMeasure, request, explain, factNames, leftToTechSme,
        Optional.of(StackingEnrolmentSpan.UNDATED));
  }

  /**
   * The one evaluation, with {@code leftToTechSme} the loans that, where the larger gives them to the first-loan
   * subsidy and the tech-SME subsidy qualifies on them and can pay there, are left to the tech-SME subsidy instead:
   * the engine's stacking rule compares such a whole assignment, where the larger decides the loan, when the
   * first-loan subsidy's taking them leaves the tech-SME claim short of the enrolment's dates, which this request
   * does not carry (decisions register §4.6 item 100). Empty for the plain stacking. {@code sure}, the enrolment's
   * dates a claim must reach for a loan drawn later that only the tech-SME subsidy takes to be counted in the claim an
   * earlier loan is compared on (register §4.6 item 134; {@link StackingEnrolmentSpan#UNDATED} for this request,
   * which carries the enrolment as a yes or no, the profile's for the engine); empty, such a loan is never counted
   * before its turn (the engine's ways over enrolment dates not given).
   */
  StackingResult evaluate(FirstLoanMeasure firstLoanMeasure, TechSmeMeasure techSmeMeasure, StackingRequest request,
      boolean explain, UnaryOperator<List<String>> factNames, Set<String> leftToTechSme,
      Optional<StackingEnrolmentSpan> sure) {
    Args.notNull(firstLoanMeasure, "firstLoanMeasure");
    Args.notNull(techSmeMeasure, "techSmeMeasure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    StackingOptions options = request.effectiveOptions();
    StackingPrecedence precedence = options.precedence().orElse(StackingPrecedence.FIRST_CLAIMED);
    Citation oneSubsidyRule = oneSubsidyRule(firstLoanMeasure);
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("两项贴息均符合时的适用顺序", "precedence when both qualify"),
        precedence.name(), options.precedence().isPresent(), PRECEDENCE_DEFAULT));

    // 1. Each loan's candidates, before the per-enterprise caps.
    FirstLoanResult allFirst = FirstLoanCalculator.DEFAULT.explainSubsidy(firstLoanMeasure,
        FirstLoanRequest.builder().enterprise(request.enterprise()).loans(request.loans())
            .options(options.firstLoan()).build(), ReceiptChoice.OMIT);
    Optional<TechSmeResult> allTech = techSme(techSmeMeasure, request, request.interest(), options);
    Map<String, StackingScheme> claims = claimsOf(request);

    // Decided in drawdown order (the order the first-loan cap is allocated in): where the larger applies, each
    // subsidy is compared by what it can still pay on the loan, its amount within what its caps leave after the
    // loans decided before it (200,000 for the first-loan subsidy; for the tech-SME subsidy, what its yearly and
    // programme caps leave for interest), so that a subsidy whose cap is spent never displaces one that would pay.
    BigDecimal firstRoom = Cny.positiveYuan(firstLoanMeasure.capPerEnterprise().value(), "capPerEnterprise");
    BigDecimal techRoom = allTech.map(r -> Cny.yuan(r.interestSubsidy().maximum(), "interestSubsidy"))
        .orElse(BigDecimal.ZERO);
    // Where a tech-SME cap cuts the claim of every loan, what the subsidy can pay on a loan is what it pays more with
    // the loan than without it, beside the loans it took before (decisions register §4.6 item 133): the caps are
    // spent in payment-date order by the fees and premiums too, so a pool of interest room would count cap that a fee
    // spends once the interest of a loan gone to the first-loan subsidy leaves the claim.
    boolean capsCut = allTech.filter(r -> !r.bindingLimits().isEmpty()).isPresent();
    List<Integer> order = drawdownOrder(request.loans());
    Candidate[] firsts = new Candidate[request.loans().size()];
    Candidate[] techs = new Candidate[firsts.length];
    for (int i = 0; i < firsts.length; i++) {
      firsts[i] = firstCandidate(allFirst.loans().get(i));
      techs[i] = techCandidate(allTech, request.loans().get(i), i);
    }
    Choice[] decided = null;
    // a loan whose choice turns on whether a later loan is one only the tech-SME subsidy takes (a fact not given) is
    // left open, naming the fact, unless an open loan already awaits it (register §4.6 item 134): a second pass
    boolean openDependent = false;
    for (int pass = 0; pass < 2; pass++) {
      Choice[] pending = new Choice[firsts.length];
      Set<String> dependsOn = new LinkedHashSet<>();
      decideInOrder(request, order, firsts, techs, pending, firstRoom, techRoom, capsCut
          ? new StackingTechSmeMargins(techSmeMeasure, request, options) : null, claims, precedence, leftToTechSme,
          sure, openDependent, dependsOn);
      decided = pending;
      if (openDependent || awaited(pending).containsAll(dependsOn)) {
        break;
      }
      openDependent = true;
    }
    // the split the firm would choose: where the loans both subsidies take are few and every side exact, the one that
    // pays most in all, when the comparison's pays less (register §4.6 item 151)
    Optional<StackingBestSplit.Best> best = leftToTechSme.isEmpty() && sure.isPresent()
        ? bestSplit(firstLoanMeasure, techSmeMeasure, request, options, order, firsts, techs, decided, claims,
            precedence, sure.get())
        : Optional.empty();
    if (best.isPresent()) {
      for (int i = 0; i < decided.length; i++) {
        if (firsts[i].available() && techs[i].available()) {
          decided[i] = decided[i].inBestSplit(best.get().split().get(decided[i].loanId));
        }
      }
    }
    List<Choice> choices = List.of(decided);

    // 2. Each measure over the loans it applies to: its caps across them.
    List<LoanFacts> firstLoans = new ArrayList<>();
    Set<String> techLoans = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      Optional<StackingScheme> applies = choices.get(i).applies;
      if (applies.equals(Optional.of(StackingScheme.FIRST_LOAN))) {
        firstLoans.add(request.loans().get(i));
      } else if (applies.equals(Optional.of(StackingScheme.TECH_SME))) {
        techLoans.add(request.loans().get(i).loanId());
      }
    }
    Optional<FirstLoanResult> first = firstLoans.isEmpty() ? Optional.empty()
        : Optional.of(FirstLoanCalculator.DEFAULT.explainSubsidy(firstLoanMeasure,
            FirstLoanRequest.builder().enterprise(request.enterprise()).loans(firstLoans)
                .options(options.firstLoan()).build(), ReceiptChoice.OMIT));
    List<TechSmeInterestItem> techInterest = new ArrayList<>();
    for (TechSmeInterestItem item : request.interest()) {
      if (techLoans.contains(item.loanId())) {
        techInterest.add(item);
      }
    }
    Optional<TechSmeResult> tech = techSme(techSmeMeasure, request, techInterest, options);

    // 3. The decisions with what each loan is paid, the totals, the explanation.
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    List<StackingLoanDecision> decisions = new ArrayList<>();
    for (Choice choice : choices) {
      missing.addAll(choice.missing);
      BigDecimal paid = paidOn(choice, first, tech);
      decisions.add(new StackingLoanDecision(choice.loanId, choice.applies, choice.ground, choice.first.verdict,
          Cny.of(choice.first.amount), choice.tech.verdict, Cny.of(choice.tech.amount), Cny.of(paid),
          choice.text(factNames), choice.missing));
      // which subsidy is which is said in the name, in the reader's language; the value holds figures and codes
      steps.add(() -> new InputStep(LocalizedText.of("贷款 " + choice.loanId + " 的两项贴息（封顶前；首贷贴息 / 科技型中小企业贴息）",
          "loan " + choice.loanId + ": the two subsidies before caps (first-loan / tech-SME)"),
          choice.first.amount.toPlainString() + " (" + choice.first.verdict + ") / "
          + choice.tech.amount.toPlainString() + " (" + choice.tech.verdict + ")"));
      steps.add(() -> new ConditionStep(LocalizedText.of("贷款 " + choice.loanId + " 只享受一项市级贴息："
          + choice.text(factNames).zh(), "loan " + choice.loanId + " gets one municipal interest subsidy: "
          + choice.text(factNames).en()), choice.outcome(), choice.ground.name() + "; “" + ONE_SUBSIDY_QUOTE + "”",
          choice.ground == StackingGround.NO_CLAIM_LARGER || choice.ground == StackingGround.LARGER
              ? PRECEDENCE_DEFAULT : oneSubsidyRule));
    }
    best.ifPresent(split -> steps.add(() -> new CalculationStep(LocalizedText.of(
        "逐笔比较的分配并非对企业最有利，取两项贴息合计最多的分配", "the loans compared one at a time did not give the firm "
        + "most in all: the split of the loans both take that does"), split.passTotal().toPlainString() + " → "
        + split.total().toPlainString(), split.total(), PRECEDENCE_DEFAULT)));
    BigDecimal firstTotal = first.map(r -> Cny.yuan(r.amount().minimum(), "firstLoanTotal")).orElse(BigDecimal.ZERO);
    BigDecimal techTotal = tech.map(r -> Cny.yuan(r.amount().minimum(), "techSmeTotal")).orElse(BigDecimal.ZERO);
    tech.ifPresent(r -> missing.addAll(r.eligibility().missingFacts()));
    first.ifPresent(r -> missing.addAll(r.eligibility().missingFacts()));
    BigDecimal total = firstTotal.add(techTotal);
    if (explain) {
      first.ifPresent(r -> {
        steps.add(() -> new InputStep(LocalizedText.of("—— 首贷贴息（适用的贷款笔数）",
            "—— first-loan subsidy (number of its loans)"), String.valueOf(firstLoans.size())));
        r.explanation().steps().forEach(step -> steps.add(() -> step));
      });
      tech.ifPresent(r -> {
        steps.add(() -> new InputStep(LocalizedText.of("—— 科技型中小企业贴息贴保（适用的贷款及保费、担保费；利息笔数）",
            "—— tech-SME subsidy (its loans, fees and premiums; number of interest items)"),
            String.valueOf(techInterest.size())));
        r.explanation().steps().forEach(step -> steps.add(() -> step));
      });
      steps.add(() -> new CalculationStep(LocalizedText.of("市级贴息合计", "municipal subsidies in all"),
          firstTotal.toPlainString() + " + " + techTotal.toPlainString(), total, oneSubsidyRule));
    }
    return new StackingResult(decisions, first, tech, Cny.of(firstTotal), Cny.of(techTotal),
        Cny.of(total), List.copyOf(missing), new Explanation(steps.list()));
  }

  /**
   * Returns the citation of the one-subsidy-per-loan rule: the first-loan measure's implementing rules, quoting
   * "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息".
   *
   * @param firstLoanMeasure  the first-loan measure, whose implementing rules state the rule
   * @return the citation
   */
  static Citation oneSubsidyRule(FirstLoanMeasure firstLoanMeasure) {
    Citation rules = firstLoanMeasure.implementingRules();
    return new Citation(Provenance.EXTERNAL_INSTRUMENT, rules.document(), rules.article(), Optional.empty(),
        Optional.of(ONE_SUBSIDY_QUOTE),
        Optional.of("one municipal interest subsidy per loan (decisions register §1.7)"));
  }

  /**
   * The subsidy claimed first on each loan: the request's {@code firstClaims} and the loans' own
   * {@code interestSubsidyClaimedFirst} (the request checks that the two never disagree on a loan).
   *
   * @param request  the request
   * @return the claims by loan id
   */
  static Map<String, StackingScheme> claimsOf(StackingRequest request) {
    Map<String, StackingScheme> claims = new HashMap<>();
    for (LoanFacts loan : request.loans()) {
      loan.interestSubsidyClaimedFirst().ifPresent(claimed -> claims.put(loan.loanId(), claimed));
    }
    request.firstClaims().forEach(claim -> claims.put(claim.loanId(), claim.subsidy()));
    return claims;
  }

  /** The tech-SME subsidy on a claim of these interest items and every fee and premium; none with nothing claimed. */
  static Optional<TechSmeResult> techSme(TechSmeMeasure measure,
      StackingRequest request, List<TechSmeInterestItem> interest,
      StackingOptions options) {
    if (interest.isEmpty() && request.guaranteeFees().isEmpty() && request.insurancePremiums().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TechSmeCalculator.DEFAULT.explainSubsidy(measure, TechSmeRequest.builder()
        .enterprise(request.enterprise()).interest(interest).guaranteeFees(request.guaranteeFees())
        .insurancePremiums(request.insurancePremiums()).programmeTotalReceived(request.programmeTotalReceived())
        .options(options.techSme()).build(), ReceiptChoice.OMIT));
  }

  /**
   * Decides the loans in drawdown order into {@code choices}, each subsidy compared on what its caps leave after the
   * loans decided before it ({@code margins}, where a tech-SME cap cuts the claim of every loan, register §4.6 item
   * 133; else the pool {@code techRoom}). A loan drawn later that only the tech-SME subsidy takes is counted in the
   * claim a loan is compared on where that claim reaches {@code sure} without the loan (item 134); where a later loan
   * may be one once a fact not given is known and counting it would change the loan's choice, the loan is left open
   * naming the facts when {@code openDependent}, else the facts are added to {@code dependsOn} and the loan decided
   * as the facts given decide it.
   */
  private static void decideInOrder(StackingRequest request, List<Integer> order, Candidate[] firsts,
      Candidate[] techs, Choice[] choices, BigDecimal firstCap, BigDecimal techPool, StackingTechSmeMargins margins,
      Map<String, StackingScheme> claims, StackingPrecedence precedence, Set<String> leftToTechSme,
      Optional<StackingEnrolmentSpan> sure, boolean openDependent, Set<String> dependsOn) {
    BigDecimal firstRoom = firstCap;
    BigDecimal techRoom = techPool;
    for (int k = 0; k < order.size(); k++) {
      int i = order.get(k);
      LoanFacts loan = request.loans().get(i);
      Candidate first = firsts[i].within(firstRoom);
      Candidate tech = techs[i];
      Set<String> later = new LinkedHashSet<>();
      Set<String> mayBeLater = new LinkedHashSet<>();
      List<String> laterFacts = new ArrayList<>();
      if (margins != null && sure.isPresent() && !techOnly(firsts[i], tech)) {
        for (int j : order.subList(k + 1, order.size())) {
          if (techOnly(firsts[j], techs[j])) {
            later.add(request.loans().get(j).loanId());
          } else if (mayBeTechOnly(firsts[j], techs[j])) {
            mayBeLater.add(request.loans().get(j).loanId());
            laterFacts.addAll(firsts[j].missing);
            laterFacts.addAll(techs[j].missing);
          }
        }
        if (!later.isEmpty()) {
          margins.countSure(later, sure.get());
        }
      }
      Optional<BigDecimal> mayBeMargin = mayBeLater.isEmpty() ? Optional.empty()
          : margins.withLoanBeside(loan.loanId(), tech.amount, mayBeLater, sure.get());
      tech = margins == null ? tech.within(techRoom) : tech.within(margins.withLoan(loan.loanId(), tech.amount));
      StackingScheme claimed = claims.get(loan.loanId());
      Choice choice = decide(loan.loanId(), first, tech, claimed, precedence);
      if (precedence == StackingPrecedence.FIRST_CLAIMED && claimed != null
          && (claimed == StackingScheme.FIRST_LOAN ? first : tech).payable.signum() == 0) {
        // the words say why the claim did not decide the loan (decisions register §4.6 items 72 and 73)
        choice = choice.withFallenClaim(claimed);
      }
      if (mayBeMargin.isPresent() && !decide(loan.loanId(), first, techs[i].within(mayBeMargin.get()), claimed,
          precedence).applies.equals(choice.applies)) {
        // the later loans' facts not given decide whether they are counted, and so this loan's choice (item 134)
        if (openDependent) {
          LinkedHashSet<String> facts = new LinkedHashSet<>(choice.missing);
          facts.addAll(laterFacts);
          choice = Choice.undetermined(loan.loanId(), first, tech, List.copyOf(facts));
        } else {
          dependsOn.addAll(laterFacts);
        }
      }
      if (leftToTechSme.contains(loan.loanId()) && choice.applies.equals(Optional.of(StackingScheme.FIRST_LOAN))
          && tech.available() && tech.payable.signum() > 0) {
        // the firm's larger in all: the tech-SME claim reaches its enrolment only with this loan (item 100)
        choice = choice.leftToTechSme();
      }
      if (choice.applies.equals(Optional.of(StackingScheme.FIRST_LOAN))) {
        firstRoom = firstRoom.subtract(first.payable);
      } else if (choice.applies.equals(Optional.of(StackingScheme.TECH_SME))) {
        techRoom = techRoom.subtract(tech.payable);
        if (margins != null) {
          margins.take(loan.loanId());
        }
      }
      choices[i] = choice;
    }
  }

  /**
   * The split of the loans both subsidies take that pays the firm most in all, when every loan's two candidates are
   * known (none undetermined, no loan open), the loans both take carry no claim that stands under
   * {@code FIRST_CLAIMED}, and that split pays more than {@code decided} (register §4.6 item 151).
   */
  private static Optional<StackingBestSplit.Best> bestSplit(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      StackingRequest request, StackingOptions options, List<Integer> order, Candidate[] firsts, Candidate[] techs,
      Choice[] decided, Map<String, StackingScheme> claims, StackingPrecedence precedence,
      StackingEnrolmentSpan span) {
    Map<String, StackingScheme> pass = new HashMap<>();
    List<String> both = new ArrayList<>();
    for (int i : order) {
      Choice choice = decided[i];
      if (choice.ground == StackingGround.UNDETERMINED || !choice.missing.isEmpty() || !firsts[i].known()
          || !techs[i].known()) {
        return Optional.empty();
      }
      choice.applies.ifPresent(scheme -> pass.put(choice.loanId, scheme));
      if (firsts[i].available() && techs[i].available()) {
        if (precedence == StackingPrecedence.FIRST_CLAIMED && claims.containsKey(choice.loanId)) {
          return Optional.empty();
        }
        both.add(choice.loanId);
      }
    }
    return StackingBestSplit.of(firstMeasure, techMeasure, request, options, pass, both, span);
  }

  /** The facts the open loans wait on. */
  private static Set<String> awaited(Choice[] choices) {
    Set<String> facts = new HashSet<>();
    for (Choice choice : choices) {
      if (choice.ground == StackingGround.UNDETERMINED) {
        facts.addAll(choice.missing);
      }
    }
    return facts;
  }

  /**
   * Whether only the tech-SME subsidy can take the loan, whatever the comparisons: the first-loan subsidy neither pays
   * nor may pay on it, and the tech-SME subsidy qualifies and pays on it (register §4.6 item 134).
   */
  private static boolean techOnly(Candidate first, Candidate tech) {
    return !first.available() && !first.possible() && tech.available();
  }

  /**
   * Whether only the tech-SME subsidy may take the loan once a fact not given is known, though it is not sure to: the
   * first-loan subsidy does not pay on it for sure (it may, or does not), and the tech-SME subsidy pays or may pay.
   */
  private static boolean mayBeTechOnly(Candidate first, Candidate tech) {
    return !first.available() && (tech.available() || tech.possible()) && !techOnly(first, tech);
  }

  private static Candidate firstCandidate(FirstLoanLoanSubsidy loan) {
    return Candidate.of(loan.eligibility().verdict(), Cny.yuan(loan.computed(), "computed"),
        loan.eligibility().missingFacts());
  }

  /** The loans' indexes in drawdown order, then request order: the order the first-loan cap is allocated in. */
  private static List<Integer> drawdownOrder(List<LoanFacts> loans) {
    List<Integer> order = new ArrayList<>(loans.size());
    for (int i = 0; i < loans.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> loans.get(i).drawdownDate()).thenComparing(i -> i));
    return order;
  }

  private static Candidate techCandidate(Optional<TechSmeResult> tech, LoanFacts loan, int index) {
    BigDecimal amount = BigDecimal.ZERO;
    boolean any = false;
    if (tech.isPresent()) {
      for (TechSmeItemSubsidy item : tech.get().items()) {
        if (item.kind() == TechSmeItemKind.INTEREST && item.loanId().equals(Optional.of(loan.loanId()))) {
          amount = amount.add(Cny.yuan(item.computed(), "computed"));
          any = true;
        }
      }
    }
    if (!any || Boolean.TRUE.equals(loan.subsidisedUnderAnotherMunicipalScheme().orElse(false))) {
      return Candidate.of(Verdict.INELIGIBLE, BigDecimal.ZERO, List.of());
    }
    Verdict verdict = tech.get().eligibility().verdict();
    if (verdict != Verdict.ELIGIBLE) {
      return Candidate.of(verdict, verdict == Verdict.INELIGIBLE ? BigDecimal.ZERO : amount,
          tech.get().eligibility().missingFacts());
    }
    if (loan.subsidisedUnderAnotherMunicipalScheme().isEmpty()) {
      return Candidate.of(Verdict.UNDETERMINED, amount,
          List.of("/loans/" + index + "/subsidisedUnderAnotherMunicipalScheme"));
    }
    return Candidate.of(Verdict.ELIGIBLE, amount, List.of());
  }

  /** Chooses a loan's subsidy from its two candidates, the claim already made on it and the precedence. */
  private static Choice decide(String loanId, Candidate first, Candidate tech, StackingScheme claimed,
      StackingPrecedence precedence) {
    Candidate claimedSide = claimed == StackingScheme.FIRST_LOAN ? first : tech;
    // a claimed subsidy whose caps leave it nothing on the loan pays nothing there: the claim falls (item 73)
    if (precedence == StackingPrecedence.FIRST_CLAIMED && claimed != null && claimedSide.payable.signum() > 0) {
      Candidate mine = claimedSide;
      Candidate other = claimed == StackingScheme.FIRST_LOAN ? tech : first;
      if (mine.available()) {
        StackingGround ground = other.available() || other.possible() ? StackingGround.FIRST_CLAIMED
            : StackingGround.ONLY_CANDIDATE;
        return new Choice(loanId, first, tech, Optional.of(claimed), ground, List.of());
      }
      if (mine.possible()) {
        // the claim stands if its facts hold; if they fail, the other decides the loan, on its own facts when open
        List<String> missing = new ArrayList<>(mine.missing);
        if (other.possible()) {
          missing.addAll(other.missing);
        }
        return Choice.undetermined(loanId, first, tech, List.copyOf(new LinkedHashSet<>(missing)));
      }
    }
    StackingGround larger = precedence == StackingPrecedence.LARGER || claimed != null ? StackingGround.LARGER
        : StackingGround.NO_CLAIM_LARGER;
    if (first.available() && tech.available()) {
      boolean firstWins = first.payable.compareTo(tech.payable) >= 0;
      return new Choice(loanId, first, tech, Optional.of(firstWins ? StackingScheme.FIRST_LOAN
          : StackingScheme.TECH_SME), larger, List.of());
    }
    if (first.available() || tech.available()) {
      boolean firstAvailable = first.available();
      Candidate mine = firstAvailable ? first : tech;
      Candidate other = firstAvailable ? tech : first;
      StackingScheme kind = firstAvailable ? StackingScheme.FIRST_LOAN
          : StackingScheme.TECH_SME;
      if (!other.possible()) {
        return new Choice(loanId, first, tech, Optional.of(kind), StackingGround.ONLY_CANDIDATE, List.of());
      }
      // the other may qualify: it changes nothing if it could not be larger (on a tie the first-loan subsidy)
      int compare = mine.payable.compareTo(other.payable);
      if (compare > 0 || compare == 0 && firstAvailable) {
        return new Choice(loanId, first, tech, Optional.of(kind), larger, List.of());
      }
      return Choice.undetermined(loanId, first, tech, other.missing);
    }
    if (first.possible() || tech.possible()) {
      List<String> missing = new ArrayList<>(first.possible() ? first.missing : List.of());
      if (tech.possible()) {
        missing.addAll(tech.missing);
      }
      return Choice.undetermined(loanId, first, tech, List.copyOf(new LinkedHashSet<>(missing)));
    }
    return new Choice(loanId, first, tech, Optional.empty(), StackingGround.NO_CANDIDATE, List.of());
  }

  private static BigDecimal paidOn(Choice choice, Optional<FirstLoanResult> first,
      Optional<TechSmeResult> tech) {
    BigDecimal paid = BigDecimal.ZERO;
    if (choice.applies.equals(Optional.of(StackingScheme.FIRST_LOAN)) && first.isPresent()) {
      for (FirstLoanLoanSubsidy loan : first.get().loans()) {
        if (loan.loanId().equals(choice.loanId)) {
          paid = paid.add(Cny.yuan(loan.paid(), "paid"));
        }
      }
    } else if (choice.applies.equals(Optional.of(StackingScheme.TECH_SME)) && tech.isPresent()) {
      for (TechSmeItemSubsidy item : tech.get().items()) {
        if (item.loanId().equals(Optional.of(choice.loanId))) {
          paid = paid.add(Cny.yuan(item.paid(), "paid"));
        }
      }
    }
    return paid;
  }

  //-------------------------------------------------------------------------
  /**
   * One subsidy's standing on one loan: its verdict, its amount before caps, what its caps still let it pay on the
   * loan (compared when the larger applies), the facts it awaits.
   */
  private record Candidate(Verdict verdict, BigDecimal amount, BigDecimal payable, List<String> missing) {

    static Candidate of(Verdict verdict, BigDecimal amount, List<String> missing) {
      return new Candidate(verdict, amount, amount, missing);
    }

    /** The candidate with what it can pay limited to what its caps leave. */
    Candidate within(BigDecimal room) {
      return new Candidate(verdict, amount, amount.min(room.max(BigDecimal.ZERO)), missing);
    }

    boolean available() {
      return verdict == Verdict.ELIGIBLE && amount.signum() > 0;
    }

    boolean possible() {
      return verdict == Verdict.UNDETERMINED && amount.signum() > 0;
    }

    /** Whether no fact not given can move it: a verdict of its own, no fact awaited. */
    boolean known() {
      return verdict != Verdict.UNDETERMINED && missing.isEmpty();
    }

    /** The amount, and what the caps leave of it when that is less. */
    String shown(boolean zh) {
      return amount.toPlainString() + (payable.compareTo(amount) == 0 ? ""
          : zh ? "，封顶后可付 " + payable.toPlainString() : ", within its cap " + payable.toPlainString());
    }
  }

  /**
   * A loan's decision before the caps; {@code fallenClaim}, the subsidy claimed first on the loan when it pays nothing
   * there (not eligible on it, or its caps spent), so that the claim did not decide it; {@code left}, whether the
   * loan was left to the tech-SME subsidy, the larger alone giving it to the first-loan subsidy (register §4.6 item
   * 100); {@code best}, whether it was given as the split of the loans both take that pays most in all (item 151).
   */
  private record Choice(String loanId, Candidate first, Candidate tech, Optional<StackingScheme> applies,
      StackingGround ground, List<String> missing, Optional<StackingScheme> fallenClaim, boolean left,
      boolean best) {

    Choice(String loanId, Candidate first, Candidate tech, Optional<StackingScheme> applies, StackingGround ground,
        List<String> missing) {
      this(loanId, first, tech, applies, ground, missing, Optional.empty(), false, false);
    }

    Choice withFallenClaim(StackingScheme claimed) {
      return new Choice(loanId, first, tech, applies, ground, missing, Optional.of(claimed), left, best);
    }

    /** The loan left to the tech-SME subsidy, which the larger alone gives the first-loan subsidy (item 100). */
    Choice leftToTechSme() {
      return new Choice(loanId, first, tech, Optional.of(StackingScheme.TECH_SME), ground, List.of(),
          Optional.empty(), true, false);
    }

    /** The loan given as the split that pays the firm most in all gives it (item 151). */
    Choice inBestSplit(StackingScheme scheme) {
      return new Choice(loanId, first, tech, Optional.of(scheme), ground, List.of(), Optional.empty(), false, true);
    }

    static Choice undetermined(String loanId, Candidate first, Candidate tech, List<String> missing) {
      return new Choice(loanId, first, tech, Optional.empty(), StackingGround.UNDETERMINED, missing);
    }

    ConditionOutcome outcome() {
      return applies.isPresent() ? ConditionOutcome.MET
          : ground == StackingGround.UNDETERMINED ? ConditionOutcome.UNKNOWN : ConditionOutcome.NOT_MET;
    }

    LocalizedText text(UnaryOperator<List<String>> factNames) {
      LocalizedText decided = decidedText(factNames);
      if (fallenClaim.isEmpty()) {
        return decided;
      }
      boolean firstClaimed = fallenClaim.get() == StackingScheme.FIRST_LOAN;
      String zh = decided.zh() + "；已先申请的" + (firstClaimed ? "首贷贴息" : "科技型中小企业贴息")
          + "对该贷款可付为 0（不符合条件或额度已用尽），先申请不决定该贷款";
      String en = decided.en() + "; the " + (firstClaimed ? "first-loan" : "tech-SME") + " subsidy claimed first "
          + "pays nothing on it (it does not qualify there, or its caps are spent), so the claim does not decide the "
          + "loan";
      return LocalizedText.of(zh, en);
    }

    private LocalizedText decidedText(UnaryOperator<List<String>> factNames) {
      String zh = applies.map(kind -> kind == StackingScheme.FIRST_LOAN ? "首贷贴息" : "科技型中小企业贴息")
          .orElse("");
      String en = applies.map(kind -> kind == StackingScheme.FIRST_LOAN ? "the first-loan subsidy"
          : "the tech-SME subsidy").orElse("");
      String amounts = "（首贷 " + first.shown(true) + " / 科技 " + tech.shown(true) + "）";
      String amountsEn = " (first-loan " + first.shown(false) + " / tech-SME " + tech.shown(false) + ")";
      if (left) {
        return LocalizedText.of("适用科技型中小企业贴息（取企业合计较大者：该贷款留给科技型中小企业贴息，其申报的利息方达到入库日期；"
            + "首贷 " + first.shown(true) + " / 科技 " + tech.shown(true) + "）", "the tech-SME subsidy applies "
            + "(the larger for the firm in all: left to the tech-SME subsidy, whose claim reaches the enrolment's "
            + "dates only with it; first-loan " + first.shown(false) + " / tech-SME " + tech.shown(false) + ")");
      }
      if (best) {
        String both = "首贷 " + first.amount.toPlainString() + " / 科技 " + tech.amount.toPlainString();
        String bothEn = "first-loan " + first.amount.toPlainString() + " / tech-SME " + tech.amount.toPlainString();
        return LocalizedText.of("适用" + zh + "（两项均符合：逐笔比较并非对企业最有利，取两项合计最多的分配；" + both + "）",
            en + " applies (both qualify: compared one at a time the loans did not give the firm most in all, so "
            + "the split that does; " + bothEn + ")");
      }
      switch (ground) {
        case ONLY_CANDIDATE:
          return LocalizedText.of("适用" + zh + "（仅此一项符合条件）", en + " applies (the only one that qualifies)");
        case FIRST_CLAIMED:
          return LocalizedText.of("适用" + zh + "（已先申请，另一项不得重复享受）",
              en + " applies (claimed first; the other may not be paid on the same loan)");
        case NO_CLAIM_LARGER:
          return LocalizedText.of("适用" + zh + "（两项均符合且均未申请，取金额较大者" + amounts + "）",
              en + " applies (both qualify, neither claimed: the larger" + amountsEn + ")");
        case LARGER:
          return LocalizedText.of("适用" + zh + "（两项均符合，取金额较大者" + amounts + "）",
              en + " applies (both qualify: the larger" + amountsEn + ")");
        case NO_CANDIDATE:
          return LocalizedText.of("两项贴息均不适用", "neither subsidy applies");
        default:
          List<String> facts = factNames.apply(missing);
          return LocalizedText.of("待补充事实后确定：" + String.join("、", facts),
              "to be decided once these facts are given: " + String.join(", ", facts));
      }
    }
  }
}
