package io.github.huiqi.calculators.financing.riskpool;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.riskpool.RiskPoolBaseRatio;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolUpliftWindow;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * Calculates a bank's compensation from a risk-compensation pool (风险补偿资金池) on non-performing loans, such as
 * Shenzhen's under 深工信〔2023〕26号 第5条.
 * <p>
 * For each loan:
 * <pre>
 *   ratio        = min(base(category) + uplift(effective grant date), ceiling)      e.g. min(30% + 30%, 80%) = 60%
 *   compensation = ratio × compensable loss,  rounded half-up to the fen, never above ceiling × loss (rounded down)
 *   return       = min(recoveries × ratio rounded half-up to the fen, compensation)  (if recoveries are returned)
 *   net          = compensation − return
 * </pre>
 * The effective grant date is the extension date of an extended loan ("展期视同新增"), otherwise the grant date; the
 * uplift (+30 points) applies when it falls in an uplift window (2022-03-01..2022-06-30, 2023-01-01..2023-03-31).
 * The base is the claim's agreed ratio if given, else the measure's row for the loan category. The compensable loss
 * is the principal outstanding at first non-performing classification (option: plus accrued interest). A loan
 * guaranteed by a financing-guarantee company, re-guaranteed, or under another risk-compensation scheme is excluded,
 * and a loan for which one of those facts is unknown is undetermined, naming the fact. A loss first classified
 * non-performing outside the validity of the base ratio that would pay it (the built-in 30% from 2019-01-01) is
 * ineligible, {@code event-outside-validity}: the date decides, not the evaluation date.
 * <p>
 * The plain form {@link #compensation} returns one loan's amount; the explaining forms return the verdict, the ratio,
 * the amounts and the cited steps, for one loan ({@link #explainCompensation}, as JSON
 * {@link #explainCompensationJson}) or for a batch ({@link #explainClaims}, as JSON {@link #explainClaimsJson}),
 * where a bad claim is reported as a failure of that claim, not of the batch.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * RiskPoolMeasure measure = data.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * RiskPoolClaim request = HuiqiJson.read(requestJson, RiskPoolClaim.class);
 * MonetaryAmount compensation = RiskPoolCalculator.DEFAULT.compensation(measure, request);
 * RiskPoolLoanCompensation explained = RiskPoolCalculator.DEFAULT.explainCompensation(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String claimResultJson = RiskPoolCalculator.DEFAULT.explainCompensationJson(measure, requestJson);
 * String resultJson = RiskPoolCalculator.DEFAULT.explainClaimsJson(measure, claimsJson);   // a RiskPoolRequest
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RiskPoolCalculator {

  /** The calculator. */
  public static final RiskPoolCalculator DEFAULT = new RiskPoolCalculator();

  /** The calculation a receipt of {@link #explainCompensation} names; its input is a request of that one claim. */
  private static final String COMPENSATION = "financing.risk-pool.compensation";
  /** The calculation a receipt of {@link #explainClaims} names. */
  private static final String CLAIMS = "financing.risk-pool.claims";

  private static final LocalizedText CEILING_NAME = LocalizedText.of("补偿比例上限（%）", "ceiling on the ratio (%)");
  private static final LocalizedText AMOUNT_CEILING_NAME =
      LocalizedText.of("补偿金额不超过损失 × 比例上限", "compensation not above loss × ceiling");
  private static final LocalizedText RETURN_CAP_NAME =
      LocalizedText.of("返还不超过补偿金额", "return not above the compensation");
  private static final LocalizedText NOT_GUARANTEED =
      LocalizedText.of("贷款未由融资担保公司担保", "loan not guaranteed by a financing-guarantee company");
  private static final LocalizedText NOT_RE_GUARANTEED =
      LocalizedText.of("贷款未纳入再担保", "loan not covered by re-guarantee");
  private static final LocalizedText NOT_UNDER_OTHER_SCHEME =
      LocalizedText.of("贷款未享受其他风险补偿", "loan not under another risk-compensation scheme");
  /** The plain form's decision when no exclusion applies and every fact is known. */
  private static final TracedCondition.Decision PLAIN_ELIGIBLE =
      new TracedCondition.Decision(Verdict.ELIGIBLE, List.of(), null);
  /** The plain form's decision when an exclusion applies. */
  private static final TracedCondition.Decision PLAIN_EXCLUDED =
      new TracedCondition.Decision(Verdict.INELIGIBLE, List.of(), null);

  private RiskPoolCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates one loan's compensation with the default options.
   * <p>
   * The fast form, for a bank's whole book: the same checks, exclusions, windows and rounding as
   * {@link #explainCompensation}, but it builds no texts, reasons, steps or explained result.
   *
   * @param measure  the measure, such as the built-in {@link RiskPoolMeasure#SHENZHEN_2023}
   * @param claim  the claim
   * @return the compensation in CNY, rounded to the fen, before any return of recoveries; zero if excluded
   * @throws InvalidInputException if an argument is null or the claim is invalid for the measure (an agreed base
   *     ratio above the ceiling), naming the field
   * @throws MissingFactsException if an exclusion fact is missing and the compensation is not zero (a claim worth
   *     zero is zero whether or not it is excluded)
   */
  public MonetaryAmount compensation(RiskPoolMeasure measure, RiskPoolClaim claim) {
    Evaluation e = compute(measure, claim, RiskPoolOptions.DEFAULTS, "", new StepTrace(false));
    return switch (e.decision.verdict()) {
      case ELIGIBLE -> Cny.of(e.computed);
      case INELIGIBLE -> Cny.of(BigDecimal.ZERO.setScale(measure.rounding().value().scale()));
      // undetermined: the exclusions decide the amount unless it is zero either way
      default -> {
        if (e.computed.signum() != 0) {
          throw new MissingFactsException(e.decision.missingFacts());
        }
        yield Cny.of(e.computed);
      }
    };
  }

  /**
   * Calculates one loan's compensation with its verdict and explanation, with the default options.
   * <p>
   * Options travel on the request: to explain claims under other options, put them with the claims on a
   * {@link RiskPoolRequest} and call {@link #explainClaims}, whose outcomes hold the same explained results.
   *
   * @param measure  the measure
   * @param claim  the claim
   * @return the explained result; missing facts are named as JSON Pointers into the claim, such as
   *     {@code /reGuaranteed}
   * @throws InvalidInputException if an argument is null or the claim is invalid for the measure, naming the field
   */
  public RiskPoolLoanCompensation explainCompensation(RiskPoolMeasure measure, RiskPoolClaim claim) {
    RiskPoolLoanCompensation result = evaluate(measure, claim, RiskPoolOptions.DEFAULTS, "");
    return result.withReceipt(CalculatorReceipts.issue(COMPENSATION, List.of(measure),
        RiskPoolRequest.of(List.of(claim)), Optional.empty(), result));
  }

  /**
   * Calculates one loan's compensation from a JSON claim and returns the explained result as JSON: the JSON form of
   * {@link #explainCompensation(RiskPoolMeasure, RiskPoolClaim)}, with the default options (a claim carries none; for
   * other options, or several claims, use {@link #explainClaimsJson}, whose request carries them). The result's audit
   * receipt, as {@link #explainCompensation}'s, takes as its input the claim as a request of that one claim
   * ({@code {"claims": [claim]}}), the request {@code CalculatorReplay} reads back to replay it.
   * <pre>{@code
   * String resultJson = RiskPoolCalculator.DEFAULT.explainCompensationJson(measure, claimJson);   // a RiskPoolClaim
   * RiskPoolLoanCompensation result = HuiqiJson.read(resultJson, RiskPoolLoanCompensation.class);
   * }</pre>
   *
   * @param measure  the measure
   * @param claimJson  a {@link RiskPoolClaim} as JSON
   * @return a {@link RiskPoolLoanCompensation} as JSON
   * @throws InvalidInputException if an argument is null, the JSON is malformed or too large, or the claim is invalid
   *     for the measure, naming the JSON Pointer of the culprit (such as {@code /category})
   * @throws io.github.huiqi.core.error.ResponseTooLargeException if the result is longer than the response limit
   */
  public String explainCompensationJson(RiskPoolMeasure measure, String claimJson) {
    Args.notNull(measure, "measure");
    RiskPoolClaim claim = HuiqiJson.read(claimJson, RiskPoolClaim.class);
    return HuiqiJson.write(explainCompensation(measure, claim));
  }

  /**
   * Calculates one loan's compensation with its verdict and explanation, under options: one claim as
   * {@link #explainClaims} evaluates it, for a caller streaming a book one claim at a time.
   *
   * @param measure  the measure
   * @param claim  the claim
   * @param options  the options
   * @return the explained result; missing facts are named as JSON Pointers into the claim
   * @throws InvalidInputException if an argument is null or the claim is invalid for the measure or the options
   *     (such as no accrued interest under {@code PRINCIPAL_AND_INTEREST}), naming the field
   */
  public RiskPoolLoanCompensation explainCompensation(RiskPoolMeasure measure, RiskPoolClaim claim,
      RiskPoolOptions options) {
    return explainCompensation(measure, claim, options, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates one loan's compensation with its verdict and explanation, under options: one claim as
   * {@link #explainClaims} evaluates it, for a caller streaming a book one claim at a time.
   *
   * @param measure  the measure
   * @param claim  the claim
   * @param options  the options
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result; missing facts are named as JSON Pointers into the claim
   * @throws InvalidInputException if an argument is null or the claim is invalid for the measure or the options
   *     (such as no accrued interest under {@code PRINCIPAL_AND_INTEREST}), naming the field
   */
  public RiskPoolLoanCompensation explainCompensation(RiskPoolMeasure measure, RiskPoolClaim claim,
      RiskPoolOptions options, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    RiskPoolLoanCompensation result = evaluate(measure, claim, options, "");
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(CalculatorReceipts.issue(COMPENSATION,
        List.of(measure), RiskPoolRequest.of(List.of(claim)).withOptions(options), Optional.empty(), result));
  }

  /**
   * Calculates the compensation of a batch of claims: each claim's explained result, or its failure, and the totals.
   * <p>
   * A claim that is invalid for the measure or the options, or repeats an earlier claim's loan id, is reported as a
   * {@link RiskPoolClaimFailure} naming the field as a JSON Pointer such as {@code /claims/3/accruedInterest}; the
   * other claims are evaluated as usual.
   *
   * @param measure  the measure
   * @param request  the claims and options
   * @return the batch result
   * @throws InvalidInputException if an argument is null
   */
  public RiskPoolResult explainClaims(RiskPoolMeasure measure, RiskPoolRequest request) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    RiskPoolOptions options = request.effectiveOptions();
    Set<String> seen = new HashSet<>();
    List<RiskPoolClaimOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < request.claims().size(); i++) {
      outcomes.add(outcome(measure, request.claims().get(i), options, i, seen));
    }
    return withReceipt(measure, request, summarise(measure, outcomes));
  }

  /**
   * Calculates the compensation of a batch of claims from a JSON request and returns the batch result as JSON,
   * indented with every explanation, under the JSON limits in force ({@link HuiqiJson#limits()}).
   * <p>
   * A claim that cannot be read (a missing required field, an unknown loan category, a loss above the principal,
   * dates out of order) is reported as a failure of that claim naming its JSON Pointer, such as
   * {@code /claims/1/category}; the other claims are evaluated.
   *
   * @param measure  the measure
   * @param requestJson  a {@link RiskPoolRequest} as JSON
   * @return a {@link RiskPoolResult} as JSON
   * @throws InvalidInputException if the JSON is malformed, too large, or its envelope (the claims array, the options)
   *     is invalid, naming the JSON Pointer of the culprit
   * @throws io.github.huiqi.core.error.ResponseTooLargeException if the result is longer than the response limit
   */
  public String explainClaimsJson(RiskPoolMeasure measure, String requestJson) {
    return explainClaimsJson(measure, requestJson, HuiqiJson.codec());
  }

  /**
   * Calculates the compensation of a batch of claims from a JSON request and returns the batch result as JSON, read
   * and written by a codec: under its limits, in its output form (compact, without explanations).
   * <p>
   * For a whole loan book, stream one claim a line instead ({@code BookNdjson.riskPool}).
   * <pre>{@code
   * JsonCodec codec = HuiqiJson.codec(JsonLimits.ofDocumentLength(50_000_000))
   *     .with(JsonOutput.COMPACT.withoutExplanation());
   * String resultJson = RiskPoolCalculator.DEFAULT.explainClaimsJson(measure, claimsJson, codec);
   * RiskPoolResult result = codec.read(resultJson, RiskPoolResult.class);   // explanations empty
   * }</pre>
   *
   * @param measure  the measure
   * @param requestJson  a {@link RiskPoolRequest} as JSON
   * @param codec  the codec, such as {@code HuiqiJson.codec().with(JsonOutput.COMPACT)}
   * @return a {@link RiskPoolResult} as JSON
   * @throws InvalidInputException if an argument is null, the JSON is malformed or beyond the codec's limits, or its
   *     envelope is invalid, naming the JSON Pointer of the culprit
   * @throws io.github.huiqi.core.error.ResponseTooLargeException if the result is longer than the codec's limit
   */
  public String explainClaimsJson(RiskPoolMeasure measure, String requestJson, JsonCodec codec) {
    Args.notNull(measure, "measure");
    Args.notNull(codec, "codec");
    RiskPoolClaimsEnvelope envelope = codec.read(requestJson, RiskPoolClaimsEnvelope.class);
    RiskPoolOptions options = envelope.effectiveOptions();
    Set<String> seen = new HashSet<>();
    List<RiskPoolClaimOutcome> outcomes = new ArrayList<>();
    List<RiskPoolClaim> read = new ArrayList<>();
    for (int i = 0; i < envelope.claims().size(); i++) {
      JsonNode node = envelope.claims().get(i);
      RiskPoolClaim claim;
      try {
        checkNumbers(node, "");
        claim = codec.read(codec.write(node, JsonOutput.COMPACT), RiskPoolClaim.class);
      } catch (InvalidInputException ex) {
        JsonNode id = node.path("loanId");
        Optional<String> loanId = id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        outcomes.add(RiskPoolClaimOutcome.failed(i, loanId, RiskPoolClaimFailure.from(ex.at("/claims/" + i))));
        continue;
      }
      outcomes.add(outcome(measure, claim, options, i, seen));
      read.add(claim);
    }
    RiskPoolResult result = summarise(measure, outcomes);
    // the receipt's input is the request as the Java form reads it, so it exists only when every claim could be read
    return codec.write(read.size() < outcomes.size() ? result : withReceipt(measure,
        RiskPoolRequest.builder().claims(read).options(envelope.options()).build(), result));
  }

  /** The receipt of a batch: its input, the request; it names the claims' result as a whole. */
  private static RiskPoolResult withReceipt(RiskPoolMeasure measure, RiskPoolRequest request, RiskPoolResult result) {
    return result.withReceipt(CalculatorReceipts.issue(CLAIMS, List.of(measure), request, Optional.empty(), result));
  }

  //-------------------------------------------------------------------------
  private RiskPoolClaimOutcome outcome(RiskPoolMeasure measure, RiskPoolClaim claim,
      RiskPoolOptions options, int index, Set<String> seen) {
    String at = "/claims/" + index;
    if (!seen.add(claim.loanId())) {
      return RiskPoolClaimOutcome.failed(index, Optional.of(claim.loanId()),
          RiskPoolClaimFailure.from(new InvalidInputException(at + "/loanId", claim.loanId(),
              "must be unique in the batch")));
    }
    try {
      return RiskPoolClaimOutcome.of(index, evaluate(measure, claim, options, at));
    } catch (InvalidInputException ex) {
      return RiskPoolClaimOutcome.failed(index, Optional.of(claim.loanId()), RiskPoolClaimFailure.from(ex.at(at)));
    }
  }

  private static RiskPoolResult summarise(RiskPoolMeasure measure, List<RiskPoolClaimOutcome> outcomes) {
    BigDecimal[] sums = new BigDecimal[6];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    int failed = 0;
    for (RiskPoolClaimOutcome outcome : outcomes) {
      if (outcome.compensation().isEmpty()) {
        failed++;
        continue;
      }
      RiskPoolLoanCompensation loan = outcome.compensation().get();
      AmountRange[] ranges = {loan.compensation(), loan.recoveryReturn(), loan.netCompensation()};
      for (int k = 0; k < 3; k++) {
        sums[2 * k] = sums[2 * k].add(Cny.yuan(ranges[k].minimum(), "minimum"));
        sums[2 * k + 1] = sums[2 * k + 1].add(Cny.yuan(ranges[k].maximum(), "maximum"));
      }
    }
    int scale = measure.rounding().value().scale();
    AmountRange[] totals = new AmountRange[3];
    for (int k = 0; k < 3; k++) {
      totals[k] = new AmountRange(Cny.of(sums[2 * k].setScale(scale, RoundingMode.UNNECESSARY)),
          Cny.of(sums[2 * k + 1].setScale(scale, RoundingMode.UNNECESSARY)));
    }
    return new RiskPoolResult(measure.id(), measure.documentStatus(), outcomes, totals[0], totals[1],
        totals[2], failed);
  }

  /** Rejects a number in a claim outside the library's decimal bounds before the claim is written back as text. */
  private static void checkNumbers(JsonNode node, String pointer) {
    if (node.isNumber()) {
      // The hardened mapper keeps every decimal as a BigDecimal; newer Jackson versions give a number beyond the
      // range of binary floating point another node type, which has no decimal value: out of bounds like any huge one.
      if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
        throw new InvalidInputException(pointer, node.asText(), "must have at most " + Args.MAX_INTEGER_DIGITS
            + " integer digits");
      }
      try {
        Args.bounded(node.decimalValue(), "");
      } catch (InvalidInputException ex) {
        throw ex.withField(pointer.isEmpty() ? "" : pointer);
      }
    } else if (node.isContainerNode()) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          checkNumbers(node.get(i), pointer + "/" + i);
        }
      } else {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          checkNumbers(entry.getValue(), pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"));
        }
      }
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Explains one claim under options, its pointers relative to {@code at}: a request's claim as
   * {@link #explainClaims} evaluates it, but throwing on bad input. Package-private for the family's tests.
   */
  static RiskPoolLoanCompensation evaluate(RiskPoolMeasure measure, RiskPoolClaim claim,
      RiskPoolOptions options, String at) {
    return explain(measure, claim, compute(measure, claim, options, at, new StepTrace(true)));
  }

  /**
   * Decides the exclusions and computes the ratio and the compensation before any return of recoveries: every check
   * of both forms. Builds the steps' texts only when the trace is enabled (the explaining form).
   */
  static Evaluation compute(RiskPoolMeasure measure, RiskPoolClaim claim,
      RiskPoolOptions options, String at, StepTrace steps) {
    Args.notNull(measure, "measure");
    Args.notNull(claim, "claim");
    Args.notNull(options, "options");
    MoneyRounding rounding = measure.rounding().value();
    RiskPoolLossBasis basis = options.lossBasis().orElse(measure.lossBasis().value());
    boolean returnRecoveries = options.returnRecoveries().orElse(measure.returnRecoveries().value());
    Rate ceiling = measure.ceiling().value();
    Citation ceilingCite = measure.ceiling().citation();

    BigDecimal outstanding = plain(Cny.notNegativeYuan(claim.principalOutstanding(), "principalOutstanding"));
    BigDecimal loss = outstanding;
    if (basis == RiskPoolLossBasis.PRINCIPAL_AND_INTEREST) {
      MonetaryAmount interest = claim.accruedInterest().orElseThrow(() -> new InvalidInputException(
          "accruedInterest", null, "is required when the loss basis is PRINCIPAL_AND_INTEREST"));
      loss = loss.add(plain(Cny.notNegativeYuan(interest, "accruedInterest")));
    }
    RiskPoolBaseRatio row = measure.baseRatioFor(claim.category());
    Rate base = claim.baseRatio().orElse(row.ratio().value());
    if (base.isGreaterThan(ceiling)) {
      throw new InvalidInputException("baseRatio", base, "must not exceed the measure's ceiling " + ceiling);
    }

    if (steps.enabled()) {
      steps.add(() -> new InputStep(LocalizedText.of("贷款 " + claim.loanId(), "loan " + claim.loanId()),
          claim.category() + ", principal " + plain(Cny.yuan(claim.principal(), "principal")).toPlainString()
              + " CNY, granted " + claim.grantDate()
              + claim.extensionDate().map(d -> ", extended " + d).orElse("")
              + ", first non-performing " + claim.firstNonPerformingDate()
              + ", principal outstanding " + outstanding.toPlainString() + " CNY"));
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("可补偿损失口径", "compensable loss basis"), basis.name(),
          options.lossBasis().isPresent(), measure.lossBasis().citation()));
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("补偿后追回款按比例返还资金池",
          "recoveries after compensation returned to the pool pro rata"), String.valueOf(returnRecoveries),
          options.returnRecoveries().isPresent(), measure.returnRecoveries().citation()));
    }

    // Exclusions: facts the pool's rules ask about; unknown leaves the loan undetermined.
    TracedCondition.Decision decision = steps.enabled() ? null : plainDecision(claim, row);
    if (decision == null) {
      decision = decide(measure, claim, row, at, steps);
    }

    // The uplift: the effective grant date in a window (展期视同新增).
    LocalDate effective = claim.effectiveGrantDate();
    Optional<Parameter<RiskPoolUpliftWindow>> uplift = measure.findUplift(effective);
    if (steps.enabled()) {
      String dateText = claim.extensionDate().isPresent()
          ? "extensionDate = " + effective + " (展期视同新增; grantDate " + claim.grantDate() + ")"
          : "grantDate = " + effective;
      for (Parameter<RiskPoolUpliftWindow> window : measure.upliftWindows()) {
        boolean in = window.value().grantWindow().contains(effective);
        steps.add(() -> new ConditionStep(LocalizedText.of(
            "新增贷款（含展期）日期在 " + window.value().grantWindow() + " 内，补偿比例提高 " + window.value().uplift(),
            "granted (or extended) within " + window.value().grantWindow() + ": ratio + "
                + window.value().uplift().percent().toPlainString() + " points"),
            in ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, dateText, window.citation()));
      }
      // The ratio: base + uplift, capped at the ceiling.
      if (claim.baseRatio().isPresent()) {
        steps.add(() -> new InputStep(LocalizedText.of("约定基础补偿比例", "agreed base ratio"), base.toString()));
      } else {
        steps.add(() -> CalculationStep.ofRate(LocalizedText.of("基础补偿比例（" + categoryZh(claim.category()) + "）",
            "base ratio (" + claim.category() + ")"),
            row.category() == claim.category() ? "table[" + claim.category() + "]"
                : "table[GENERAL] (no row for " + claim.category() + ")",
            base, row.ratio().citation()));
      }
    }
    Rate beforeCeiling = uplift.map(w -> base.plus(w.value().uplift())).orElse(base);
    Rate ratio = beforeCeiling.min(ceiling);
    boolean ratioCapped = beforeCeiling.isGreaterThan(ceiling);
    if (steps.enabled()) {
      uplift.ifPresent(w -> steps.add(() -> CalculationStep.ofRate(LocalizedText.of("提高后的补偿比例", "uplifted ratio"),
          base + " + " + w.value().uplift(), beforeCeiling, w.citation())));
      steps.add(() -> CapStep.ofRates(CEILING_NAME, ceiling, beforeCeiling, ratio, ceilingCite));
    }

    // The amount: ratio × loss, rounded once, never above ceiling × loss.
    BigDecimal exact = ratio.applyTo(loss);
    BigDecimal rounded = rounding.round(exact);
    BigDecimal ceilingAmount = ceiling.applyTo(loss).setScale(rounding.scale(), RoundingMode.DOWN);
    BigDecimal computed = rounded.min(ceilingAmount);
    boolean amountCapped = rounded.compareTo(ceilingAmount) > 0;
    if (steps.enabled()) {
      BigDecimal compensable = loss;
      steps.add(() -> new CalculationStep(LocalizedText.of("可补偿损失", "compensable loss"),
          basis == RiskPoolLossBasis.PRINCIPAL ? "principalOutstanding " + outstanding.toPlainString()
              : "principalOutstanding " + outstanding.toPlainString() + " + accruedInterest "
                  + compensable.subtract(outstanding).toPlainString(),
          compensable, measure.lossBasis().citation()));
      steps.add(() -> new CalculationStep(LocalizedText.of("风险补偿金额（舍入前）", "compensation before rounding"),
          ratio + " × " + compensable.toPlainString(), exact, measure.lossTrigger()));
      steps.add(() -> new RoundingStep(exact, rounded, rounding, measure.rounding().citation()));
      if (amountCapped) {
        steps.add(() -> new CapStep(AMOUNT_CEILING_NAME, ceilingAmount, rounded, computed, ceilingCite));
      }
    }
    return new Evaluation(decision, basis, returnRecoveries, effective, uplift, base, ratio, loss, computed,
        ceilingAmount, ratioCapped || amountCapped, steps);
  }

  /**
   * The plain form's decision on the exclusions when every fact is known and the loss classified within the base
   * ratio's validity (a book's common case): the same verdict as {@link #decide}, without building its conditions;
   * null otherwise, for {@link #decide} to name what is missing or why.
   */
  private static TracedCondition.Decision plainDecision(RiskPoolClaim claim, RiskPoolBaseRatio row) {
    Optional<Boolean> guaranteed = claim.guaranteedByFinancingGuarantor();
    Optional<Boolean> reGuaranteed = claim.reGuaranteed();
    Optional<Boolean> otherScheme = claim.underOtherRiskCompensation();
    if (guaranteed.isEmpty() || reGuaranteed.isEmpty() || otherScheme.isEmpty()
        || !EventValidity.within(row.ratio(), claim.firstNonPerformingDate())) {
      return null;
    }
    return guaranteed.get() || reGuaranteed.get() || otherScheme.get() ? PLAIN_EXCLUDED : PLAIN_ELIGIBLE;
  }

  /** The exclusions decided condition by condition, each traced, with the facts missing. */
  private static TracedCondition.Decision decide(RiskPoolMeasure measure, RiskPoolClaim claim, RiskPoolBaseRatio row,
      String at, StepTrace steps) {
    Citation rules = measure.exclusionRules();
    List<TracedCondition> exclusions = List.of(
        exclusion(claim.guaranteedByFinancingGuarantor(), fact(at, "/guaranteedByFinancingGuarantor"),
            "not-guaranteed-by-financing-guarantor", "guaranteed-by-financing-guarantor", NOT_GUARANTEED, rules),
        exclusion(claim.reGuaranteed(), fact(at, "/reGuaranteed"), "not-re-guaranteed", "re-guaranteed",
            NOT_RE_GUARANTEED, rules),
        exclusion(claim.underOtherRiskCompensation(), fact(at, "/underOtherRiskCompensation"),
            "not-under-other-risk-compensation", "under-other-risk-compensation", NOT_UNDER_OTHER_SCHEME, rules));
    // The pool's ratio pays a loss classified within its validity: a loss classified before it is not the pool's.
    if (!EventValidity.within(row.ratio(), claim.firstNonPerformingDate())) {
      exclusions = EventValidity.with(exclusions, row.ratio(), claim.firstNonPerformingDate(),
          () -> fact(at, "/firstNonPerformingDate"), "首次分类为不良的日期", "date first classified non-performing");
    }
    return TracedCondition.decide(exclusions, steps);
  }

  /** Adds the return of recoveries and builds the explained result from an evaluation. */
  private static RiskPoolLoanCompensation explain(RiskPoolMeasure measure, RiskPoolClaim claim,
      Evaluation e) {
    MoneyRounding rounding = measure.rounding().value();
    StepTrace steps = e.steps;
    Rate ratio = e.ratio;
    BigDecimal computed = e.computed;
    // Recoveries after compensation return to the pool pro rata.
    BigDecimal recovered = claim.recoveries().map(r -> plain(Cny.notNegativeYuan(r, "recoveries")))
        .orElse(BigDecimal.ZERO);
    BigDecimal returned = BigDecimal.ZERO.setScale(rounding.scale());
    if (e.returnRecoveries && recovered.signum() > 0) {
      BigDecimal exactReturn = ratio.applyTo(recovered);
      BigDecimal roundedReturn = rounding.round(exactReturn);
      returned = roundedReturn.min(computed);
      BigDecimal paidBack = returned;
      steps.add(() -> new CalculationStep(LocalizedText.of("追回款返还资金池（舍入前）", "recovery returned before rounding"),
          "recoveries " + recovered.toPlainString() + " × " + ratio, exactReturn,
          measure.returnRecoveries().citation()));
      steps.add(() -> new RoundingStep(exactReturn, roundedReturn, rounding, measure.rounding().citation()));
      steps.add(() -> new CapStep(RETURN_CAP_NAME, computed, roundedReturn, paidBack,
          measure.returnRecoveries().citation()));
    }
    BigDecimal net = computed.subtract(returned);

    Eligibility eligibility = e.decision.eligibility();
    Optional<BindingLimit> binding = e.capped && eligibility.verdict() == Verdict.ELIGIBLE
        ? Optional.of(new BindingLimit("ratio-ceiling", CEILING_NAME, Cny.of(e.ceilingAmount),
            measure.ceiling().citation()))
        : Optional.empty();
    BigDecimal zero = BigDecimal.ZERO.setScale(rounding.scale());
    AmountRange compensation;
    AmountRange recoveryReturn;
    AmountRange netCompensation;
    if (eligibility.verdict() == Verdict.ELIGIBLE) {
      compensation = AmountRange.exactly(Cny.of(computed));
      recoveryReturn = AmountRange.exactly(Cny.of(returned));
      netCompensation = AmountRange.exactly(Cny.of(net));
    } else if (eligibility.verdict() == Verdict.INELIGIBLE) {
      compensation = AmountRange.exactly(Cny.of(zero));
      recoveryReturn = compensation;
      netCompensation = compensation;
    } else {
      compensation = new AmountRange(Cny.of(zero), Cny.of(computed));
      recoveryReturn = new AmountRange(Cny.of(zero), Cny.of(returned));
      netCompensation = new AmountRange(Cny.of(zero), Cny.of(net));
    }
    return new RiskPoolLoanCompensation(claim.loanId(), eligibility, claim.category(), e.effective,
        e.uplift.map(w -> w.value().grantWindow()), e.base, ratio, e.basis, Cny.of(e.loss), compensation,
        recoveryReturn, netCompensation, binding, new Explanation(steps.list()));
  }

  /** Returns a value with a scale of at least zero, so that 1E+6 reads and compares as 1000000. */
  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** A fact's pointer under a claim's place; the constant itself for a claim of its own (no string made). */
  private static String fact(String at, String fact) {
    return at.isEmpty() ? fact : at + fact;
  }

  /** An exclusion: met when the fact is false (the loan is not excluded), failed with its own code when true. */
  private static TracedCondition exclusion(Optional<Boolean> excluded, String fact, String metCode,
      String failedCode, LocalizedText text, Citation citation) {
    return TracedCondition.of(excluded, isExcluded -> !isExcluded, fact, metCode, failedCode, () -> text, citation);
  }

  /** What both forms compute: the verdict, the ratio and the compensation before any return of recoveries. */
  record Evaluation(
      TracedCondition.Decision decision,
      RiskPoolLossBasis basis,
      boolean returnRecoveries,
      LocalDate effective,
      Optional<Parameter<RiskPoolUpliftWindow>> uplift,
      Rate base,
      Rate ratio,
      BigDecimal loss,
      BigDecimal computed,
      BigDecimal ceilingAmount,
      boolean capped,
      StepTrace steps) {
  }

  /** A loan category as a Chinese reader names it (the English text and the formula keep the code). */
  private static String categoryZh(RiskPoolLoanCategory category) {
    switch (category) {
      case FIRST_LOAN:
        return "首贷";
      case CREDIT:
        return "信用贷款";
      case TECH_ENTERPRISE:
        return "科创企业贷款";
      case INTELLECTUAL_PROPERTY:
        return "知识产权质押贷款";
      case GREEN:
        return "绿色信贷";
      case INDIVIDUAL_BUSINESS:
        return "个体工商户经营性贷款";
      case SMALL_MICRO_BUSINESS_OWNER:
        return "小微企业主经营性贷款";
      default:
        return "中小微企业贷款";
    }
  }
}
