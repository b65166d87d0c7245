package io.github.huiqi.calculators.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.classification.scale.ScaleClassifier;
import io.github.huiqi.calculators.classification.scale.ScaleRequest;
import io.github.huiqi.calculators.classification.scale.ScaleResult;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolCalculator;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolResult;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardCalculator;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardResult;
import io.github.huiqi.calculators.classification.size.SizeClassifier;
import io.github.huiqi.calculators.classification.size.SizeRequest;
import io.github.huiqi.calculators.classification.size.SizeResult;
import io.github.huiqi.calculators.classification.techrating.TechRatingCalculator;
import io.github.huiqi.calculators.classification.techrating.TechRatingRequest;
import io.github.huiqi.calculators.classification.techrating.TechRatingResult;
import io.github.huiqi.calculators.employment.hiring.HiringCalculator;
import io.github.huiqi.calculators.employment.hiring.HiringRequest;
import io.github.huiqi.calculators.employment.hiring.HiringResult;
import io.github.huiqi.calculators.employment.housingfund.HousingFundCalculator;
import io.github.huiqi.calculators.employment.housingfund.HousingFundResult;
import io.github.huiqi.calculators.employment.insurance.InsuranceCalculator;
import io.github.huiqi.calculators.employment.insurance.InsuranceRequest;
import io.github.huiqi.calculators.employment.insurance.InsuranceResult;
import io.github.huiqi.calculators.employment.training.TrainingCalculator;
import io.github.huiqi.calculators.employment.training.TrainingRequest;
import io.github.huiqi.calculators.employment.training.TrainingResult;
import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.deferral.DeferralResult;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyResult;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantResult;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestResult;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingRequest;
import io.github.huiqi.calculators.financing.stacking.StackingResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.award.AwardRequest;
import io.github.huiqi.calculators.grants.award.AwardResult;
import io.github.huiqi.calculators.grants.referral.ReferralCalculator;
import io.github.huiqi.calculators.grants.referral.ReferralRequest;
import io.github.huiqi.calculators.grants.referral.ReferralResult;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.grants.share.ShareRequest;
import io.github.huiqi.calculators.grants.share.ShareResult;
import io.github.huiqi.calculators.procurement.arrears.ArrearsCalculator;
import io.github.huiqi.calculators.procurement.arrears.ArrearsRequest;
import io.github.huiqi.calculators.procurement.arrears.ArrearsResult;
import io.github.huiqi.calculators.procurement.reservation.ReservationCalculator;
import io.github.huiqi.calculators.procurement.reservation.ReservationRequest;
import io.github.huiqi.calculators.procurement.reservation.ReservationResult;
import io.github.huiqi.calculators.space.highrise.HighRiseCalculator;
import io.github.huiqi.calculators.space.highrise.HighRiseRequest;
import io.github.huiqi.calculators.space.highrise.HighRiseResult;
import io.github.huiqi.calculators.space.purchase.PurchaseCalculator;
import io.github.huiqi.calculators.space.purchase.PurchaseRequest;
import io.github.huiqi.calculators.space.purchase.PurchaseResult;
import io.github.huiqi.calculators.space.rent.RentAreaCalculator;
import io.github.huiqi.calculators.space.rent.RentAreaRequest;
import io.github.huiqi.calculators.space.rent.RentAreaResult;
import io.github.huiqi.calculators.space.rent.RentPolicyCalculator;
import io.github.huiqi.calculators.space.rent.RentPolicyRequest;
import io.github.huiqi.calculators.space.rent.RentPolicyResult;
import io.github.huiqi.calculators.space.rent.RentShareCalculator;
import io.github.huiqi.calculators.space.rent.RentShareRequest;
import io.github.huiqi.calculators.space.rent.RentShareResult;
import io.github.huiqi.calculators.space.utility.UtilityCalculator;
import io.github.huiqi.calculators.space.utility.UtilityRequest;
import io.github.huiqi.calculators.space.utility.UtilityResult;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearMeasures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearResult;
import io.github.huiqi.calculators.tax.rd.RdCalculator;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitAveragesRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatCalculator;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.audit.Sha256;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Replays a calculator's explained result: recomputes it from its request on this replay's policy data and says
 * whether its audit receipt still matches the one recorded.
 * <p>
 * The receipt names its calculation (such as {@code financing.first-loan.subsidy}) and the measures it was given;
 * the replay takes each measure, by id, from the policy data ({@link PolicyData#builtIn()} by default, or a host's
 * own), runs the same explaining form on the request and compares the receipts: the library version, the packs, the
 * measures' hashes, the input's hash and the result's hash. A measure changed since (a pack edited, a parameter
 * replaced with {@link PolicyData#withMeasure}) is named, such as {@code measures/sz-gxj-2023-26.first-loan-interest-
 * subsidy/sha256}, with both hashes.
 * <pre>{@code
 * FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
 * Receipt receipt = result.explanation().receipt().orElseThrow();
 * ReplayResult replay = CalculatorReplay.builtIn().replay(request, receipt);   // later: does it still match?
 * String json = CalculatorReplay.builtIn().replayJson(requestJson, resultJson);   // the same from saved JSON
 * }</pre>
 * <p>
 * This class is immutable and thread-safe; it reads no clock.
 */
public final class CalculatorReplay {

  /** Turns a result read into a tree and back, in memory, to take its receipt off. */
  private static final ObjectMapper TREES = HuiqiJson.newMapper();

  /** Where a document holds a calculator receipt: itself, or where each kind of result carries it. */
  private static final List<String> RECEIPT_POINTERS = List.of("", "/explanation/receipt", "/receipt",
      "/toDate/explanation/receipt");

  /** Every calculation a receipt can name, with its request type and how to recompute its receipt. */
  private static final Map<String, Calculation<?>> CALCULATIONS = register();

  private final PolicyData data;

  private CalculatorReplay(PolicyData data) {
    this.data = Args.notNull(data, "data");
  }

  /**
   * Returns the replay on the built-in policy data.
   *
   * @return the replay
   */
  public static CalculatorReplay builtIn() {
    return new CalculatorReplay(PolicyData.builtIn());
  }

  /**
   * Returns the replay on given policy data, such as a host's own packs.
   *
   * @param data  the policy data the measures are taken from
   * @return the replay
   * @throws InvalidInputException if the data is null
   */
  public static CalculatorReplay of(PolicyData data) {
    return new CalculatorReplay(data);
  }

  /**
   * Returns the names of the calculations a receipt can name, such as {@code financing.first-loan.subsidy}.
   *
   * @return the names, in a stable order
   */
  public static Set<String> calculations() {
    return CALCULATIONS.keySet();
  }

  /**
   * Recomputes a calculator's result and says whether its receipt still matches the one recorded.
   *
   * @param request  the request the result answered, of the type its calculation reads (such as a
   *     {@code FirstLoanRequest} for {@code financing.first-loan.subsidy})
   * @param recorded  the receipt recorded with the result
   * @return whether it matches, with every difference and the receipt recomputed now
   * @throws InvalidInputException if an argument is null, the receipt names no calculation (an entitlement report's:
   *     use {@code EntitlementEngine.replay}) or an unknown one, or the request is of another type
   * @throws UnknownIdentifierException if a measure the receipt names is not in this replay's policy data
   */
  public ReplayResult replay(Object request, Receipt recorded) {
    Args.notNull(request, "request");
    Args.notNull(recorded, "receipt");
    Calculation<?> calculation = calculation(recorded);
    if (!calculation.request().isInstance(request)) {
      throw new InvalidInputException("request", request.getClass().getSimpleName(),
          "must be a " + calculation.request().getSimpleName() + " for " + recorded.calculation().orElseThrow());
    }
    return recorded.compareWith(recompute(calculation, request, recorded, Optional.empty()));
  }

  /**
   * Replays from JSON: the request, and the explained result that holds the receipt (or the receipt alone).
   * <p>
   * The receipt is read where the result carries it: {@code /explanation/receipt} for most results,
   * {@code /receipt} for a batch of risk-compensation claims, {@code /toDate/explanation/receipt} for a 小型微利企业
   * prepayment.
   * <p>
   * Given the whole result, the replay also checks that its body is the one the receipt was issued for: the body,
   * read as its calculation's result type without the receipt, must hash (canonical JSON, as when issued) to the
   * receipt's {@code resultSha256}. A result edited after issue whose receipt was kept does not match: the
   * difference {@value ReplayResult#SAVED_RESULT} gives the receipt's hash and the saved body's. Only the notation is
   * free: whitespace, member order and numbers written differently ({@code 120.0} for {@code 120.00}) hash alike.
   *
   * @param requestJson  the request, read by the hardened mapper as the type the receipt's calculation reads
   * @param resultJson  the explained result, or its {@link Receipt}
   * @return the {@link ReplayResult} as JSON
   * @throws InvalidInputException if either document is malformed, the result holds no receipt, the result's body is
   *     not a result of the receipt's calculation, or the receipt names no calculation, an unknown one, or a measure
   *     not in this replay's policy data, naming the JSON Pointer (such as {@code /explanation/receipt/calculation})
   */
  public String replayJson(String requestJson, String resultJson) {
    Saved saved = read(resultJson).orElseThrow(() -> noReceipt(resultJson));
    Receipt recorded = saved.receipt();
    ReplayResult replay = recorded.compareWith(recompute(saved.calculation(),
        HuiqiJson.read(requestJson, saved.calculation().request()), recorded, Optional.of(saved.at())));
    if (saved.bodySha256().isEmpty() || saved.bodySha256().get().equals(recorded.resultSha256())) {
      // the receipt alone (no body to check), or a body as issued
      return HuiqiJson.write(replay);
    }
    List<ReplayResult.Difference> differences = new ArrayList<>(replay.differences());
    differences.add(new ReplayResult.Difference(ReplayResult.SAVED_RESULT, recorded.resultSha256(),
        saved.bodySha256().get()));
    return HuiqiJson.write(new ReplayResult(false, differences, replay.recomputed()));
  }

  /**
   * Finds the calculator receipt a JSON result holds, where a result of this library carries it.
   *
   * @param resultJson  an explained calculator result, or a receipt
   * @return the receipt, empty when the document holds none or an entitlement report's (with no calculation)
   * @throws InvalidInputException if the document is malformed, its receipt names a calculation this library version
   *     does not have, or it is not a result of the calculation its receipt names, naming the field
   */
  public static Optional<Receipt> findReceipt(String resultJson) {
    JsonNode root = HuiqiJson.read(resultJson, JsonNode.class);
    Optional<String> at = receiptPointer(root);
    if (at.isEmpty() || root.at(at.get() + "/calculation").isNull()) {
      return Optional.empty();
    }
    return read(resultJson).map(Saved::receipt);
  }

  /**
   * The error for a result holding no receipt: a receipt's place holding something other than an object (a receipt
   * written as 12345) is of the wrong type, quoted; otherwise the receipt is missing.
   */
  private static InvalidInputException noReceipt(String resultJson) {
    JsonNode root = HuiqiJson.read(resultJson, JsonNode.class);
    for (String at : RECEIPT_POINTERS) {
      JsonNode node = root.at(at);
      if (!at.isEmpty() && !node.isMissingNode() && !node.isNull() && !node.isObject()) {
        return new InvalidInputException(InvalidInputException.WRONG_TYPE, at, node.toString(),
            "must be a JSON object: the audit receipt", "必须为 JSON 对象：审计回执", null);
      }
    }
    return new InvalidInputException("/explanation/receipt", "", "must be present: only an explained result has a "
        + "receipt");
  }

  //-------------------------------------------------------------------------
  /** Where a document holds a calculator receipt: {@code ""} when it is one, else where a result carries it. */
  private static Optional<String> receiptPointer(JsonNode root) {
    for (String at : RECEIPT_POINTERS) {
      JsonNode node = root.at(at);
      if (node.isObject() && node.has("calculation") && node.has("resultSha256")) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a saved receipt, or a saved result with its receipt: the result is read, as written, as the result type of
   * the calculation its receipt names (every value checked as when any document is read, an error named at its
   * place), then its body hashed as the receipt's was computed, without the receipt.
   */
  private static Optional<Saved> read(String resultJson) {
    JsonNode root = HuiqiJson.read(resultJson, JsonNode.class);
    Optional<String> found = receiptPointer(root);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String at = found.get();
    if (at.isEmpty()) {
      Receipt receipt = HuiqiJson.read(resultJson, Receipt.class);
      return Optional.of(new Saved(at, receipt, relocated(at, () -> calculation(receipt)), Optional.empty()));
    }
    JsonNode name = root.at(at + "/calculation");
    if (!name.isTextual()) {
      throw new InvalidInputException(InvalidInputException.WRONG_TYPE, at + "/calculation", name.toString(),
          "must be a JSON string naming a calculation", "必须为表示计算名称的 JSON 字符串", null);
    }
    Calculation<?> calculation = relocated(at, () -> calculation(name.asText()));
    Object result = HuiqiJson.read(resultJson, calculation.result());
    // the result as read, in memory (no number re-parsed from text), without its receipt: the body that was hashed
    JsonNode tree = TREES.valueToTree(result);
    int last = at.lastIndexOf('/');
    try {
      Receipt receipt = TREES.treeToValue(tree.at(at), Receipt.class);
      ((ObjectNode) tree.at(at.substring(0, last))).remove(at.substring(last + 1));
      Object body = TREES.treeToValue(tree, calculation.result());
      return Optional.of(new Saved(at, receipt, calculation, Optional.of(Sha256.ofCanonicalJson(body))));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("a " + calculation.result().getSimpleName() + " read as saved did not read "
          + "back without its receipt", ex);
    }
  }

  /** Runs a step that names a receipt's field, naming it instead at its place in the document. */
  private static <T> T relocated(String at, Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidInputException ex) {
      throw ex.at(at);
    }
  }

  /**
   * A saved receipt, where the document holds it, its calculation and, for a whole result, its body's hash.
   *
   * @param at  the receipt's JSON Pointer in the document, empty when the document is the receipt
   * @param receipt  the receipt
   * @param calculation  the calculation it names
   * @param bodySha256  the SHA-256 of the result's canonical JSON without its receipt; empty for a receipt alone
   */
  private record Saved(String at, Receipt receipt, Calculation<?> calculation, Optional<String> bodySha256) {
  }

  private static Calculation<?> calculation(Receipt recorded) {
    String name = recorded.calculation().orElseThrow(() -> new InvalidInputException("calculation", "",
        "must be present: a receipt without one is an entitlement report's, replayed by EntitlementEngine.replay"));
    return calculation(name);
  }

  private static Calculation<?> calculation(String name) {
    Calculation<?> calculation = CALCULATIONS.get(name);
    if (calculation == null) {
      throw new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, "calculation", name,
          "is not a calculation of this library version", "不是本版本库中的计算", null);
    }
    return calculation;
  }

  /** Recomputes the receipt; {@code at} is where a JSON document holds the recorded one, for its errors. */
  private <R> Receipt recompute(Calculation<R> calculation, Object request, Receipt recorded, Optional<String> at) {
    Measures measures = new Measures(data, recorded, at);
    return calculation.recompute().apply(measures, calculation.request().cast(request)).orElseThrow(() ->
        new IllegalStateException("the explaining form of " + recorded.calculation().orElseThrow()
            + " gave no receipt"));
  }

  /** The measures a receipt names, taken by id from the policy data. */
  private record Measures(PolicyData data, Receipt recorded, Optional<String> at) {

    <T extends Measure> T get(int index, Class<T> type) {
      if (index >= recorded.measures().size()) {
        InvalidInputException ex = new InvalidInputException("measures", recorded.measures().size(),
            "must name the " + (index + 1) + " measure(s) " + recorded.calculation().orElseThrow() + " takes");
        throw at.isPresent() ? ex.at(at.get()) : ex;
      }
      String id = recorded.measures().get(index).measure();
      try {
        return data.getMeasure(MeasureId.of(id), type);
      } catch (UnknownIdentifierException | InvalidInputException ex) {
        if (at.isEmpty()) {
          throw ex;
        }
        // from JSON: named at its place in the document, as the engine names an unknown measure of a request
        throw new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, at.get() + "/measures/" + index
            + "/measure", id, "is not a " + type.getSimpleName() + " of this replay's policy data",
            "不是本次回放政策数据中的相应措施", ex);
      }
    }
  }

  /**
   * How one calculation's receipt is recomputed from its request, and the type of its result (whose body, read back
   * without its receipt, hashes to the receipt's {@code resultSha256}).
   */
  private record Calculation<R>(Class<R> request, Class<?> result, Recompute<R> recompute) {
  }

  /** Runs a calculation's explaining form and returns the receipt of its result. */
  @FunctionalInterface
  private interface Recompute<R> {
    Optional<Receipt> apply(Measures measures, R request);
  }

  private static <R> void add(Map<String, Calculation<?>> calculations, String name, Class<R> request,
      Class<?> result, Recompute<R> recompute) {
    calculations.put(name, new Calculation<>(request, result, recompute));
  }

  /** A risk-compensation receipt of one claim: its input is a request of that one claim, with options if given. */
  private static RiskPoolLoanCompensation compensation(RiskPoolMeasure measure, RiskPoolRequest request) {
    if (request.claims().size() != 1) {
      throw new InvalidInputException("/claims", request.claims().size(), "must hold the one claim of the result");
    }
    return request.options().isPresent()
        ? RiskPoolCalculator.DEFAULT.explainCompensation(measure, request.claims().get(0), request.options().get())
        : RiskPoolCalculator.DEFAULT.explainCompensation(measure, request.claims().get(0));
  }

  private static Map<String, Calculation<?>> register() {
    Map<String, Calculation<?>> calculations = new LinkedHashMap<>();
    add(calculations, "classification.scale.above-scale", ScaleRequest.class, ScaleResult.class,
        (m, r) -> ScaleClassifier.DEFAULT.explainAboveScale(ScaleStandard.builtIn(), r).explanation().receipt());
    add(calculations, "classification.scale-up-pool.membership", ScaleUpPoolRequest.class, ScaleUpPoolResult.class,
        (m, r) -> ScaleUpPoolCalculator.DEFAULT.explainMembership(m.get(0, ScaleUpPoolMeasure.class),
            r).explanation().receipt());
    add(calculations, "classification.scale-up-reward.reward", ScaleUpRewardRequest.class, ScaleUpRewardResult.class,
        (m, r) -> ScaleUpRewardCalculator.DEFAULT.explainReward(m.get(0, ScaleUpRewardMeasure.class),
            r).explanation().receipt());
    add(calculations, "classification.size.classify", SizeRequest.class, SizeResult.class,
        (m, r) -> SizeClassifier.DEFAULT.explainClassify(m.get(0, SizeStandard.class), r).explanation().receipt());
    add(calculations, "classification.tech-rating.rating", TechRatingRequest.class, TechRatingResult.class,
        (m, r) -> TechRatingCalculator.DEFAULT.explainRating(TechRatingStandard.builtIn(), r).explanation().receipt());
    add(calculations, "employment.hiring.subsidy", HiringRequest.class, HiringResult.class,
        (m, r) -> HiringCalculator.DEFAULT.explainSubsidy(m.get(0, HiringMeasure.class), r).explanation().receipt());
    add(calculations, "employment.housing-fund.deferred-until", HousingFundDeferral.class, HousingFundResult.class,
        (m, r) -> HousingFundCalculator.DEFAULT.explainDeferredUntil(m.get(0, HousingFundMeasure.class),
            r).explanation().receipt());
    add(calculations, "employment.insurance.waived-fee", InsuranceRequest.class, InsuranceResult.class,
        (m, r) -> InsuranceCalculator.DEFAULT.explainWaivedFee(m.get(0, InsuranceMeasure.class),
            r).explanation().receipt());
    add(calculations, "employment.training.maximum-subsidy", TrainingRequest.class, TrainingResult.class,
        (m, r) -> TrainingCalculator.DEFAULT.explainMaximumSubsidy(m.get(0, TrainingMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.deferral.deferred-until", DeferralRequest.class, DeferralResult.class,
        (m, r) -> DeferralCalculator.DEFAULT.explainDeferredUntil(m.get(0, DeferralMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.first-loan.subsidy", FirstLoanRequest.class, FirstLoanResult.class,
        (m, r) -> FirstLoanCalculator.DEFAULT.explainSubsidy(m.get(0, FirstLoanMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.first-loan-guaranteed.subsidy", FirstLoanGuaranteedRequest.class,
        FirstLoanResult.class,
        (m, r) -> FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidy(m.get(0, FirstLoanGuaranteedMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.guarantee-fee-average.average-fee-rate", GuaranteeFeeAverageRequest.class,
        GuaranteeFeeAverageResult.class,
        (m, r) -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRate(m.get(0,
            GuaranteeFeeAverageMeasure.class), r).explanation().receipt());
    add(calculations, "financing.guarantee-fee-benchmark-cap.fee-rate-cap", GuaranteeFeeBenchmarkCapRequest.class,
        GuaranteeFeeBenchmarkCapResult.class,
        (m, r) -> GuaranteeFeeBenchmarkCapCalculator.of(m.data()).explainFeeRateCap(m.get(0,
            GuaranteeFeeBenchmarkCapMeasure.class), r).explanation().receipt());
    add(calculations, "financing.guarantee-fee-reduction.fee", GuaranteeFeeReductionRequest.class,
        GuaranteeFeeReductionResult.class,
        (m, r) -> GuaranteeFeeReductionCalculator.DEFAULT.explainFee(m.get(0, GuaranteeFeeReductionMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.guarantee-fee-subsidy.subsidy", GuaranteeFeeSubsidyRequest.class,
        GuaranteeFeeSubsidyResult.class,
        (m, r) -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(m.get(0, GuaranteeFeeSubsidyMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.renovation-grant.maximum-grant", RenovationGrantRequest.class,
        RenovationGrantResult.class,
        (m, r) -> RenovationGrantCalculator.DEFAULT.explainMaximumGrant(m.get(0, RenovationGrantMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.renovation-interest.subsidy", RenovationInterestRequest.class,
        RenovationInterestResult.class,
        (m, r) -> RenovationInterestCalculator.DEFAULT.explainSubsidy(m.get(0, RenovationInterestMeasure.class),
            r).explanation().receipt());
    add(calculations, "financing.renovation-support.maximum-support", RenovationSupportRequest.class,
        RenovationSupportResult.class,
        (m, r) -> RenovationSupportCalculator.DEFAULT.explainMaximumSupport(m.get(0, RenovationGrantMeasure.class),
            m.get(1, RenovationInterestMeasure.class), r).explanation().receipt());
    add(calculations, "financing.risk-pool.compensation", RiskPoolRequest.class, RiskPoolLoanCompensation.class,
        (m, r) -> compensation(m.get(0, RiskPoolMeasure.class), r).explanation().receipt());
    add(calculations, "financing.risk-pool.claims", RiskPoolRequest.class, RiskPoolResult.class,
        (m, r) -> RiskPoolCalculator.DEFAULT.explainClaims(m.get(0, RiskPoolMeasure.class), r).receipt());
    add(calculations, "financing.stacking.total-subsidy", StackingRequest.class, StackingResult.class,
        (m, r) -> StackingCalculator.DEFAULT.explainTotalSubsidy(m.get(0, FirstLoanMeasure.class), m.get(1,
            TechSmeMeasure.class), r).explanation().receipt());
    add(calculations, "financing.tech-sme.subsidy", TechSmeRequest.class, TechSmeResult.class,
        (m, r) -> TechSmeCalculator.DEFAULT.explainSubsidy(m.get(0, TechSmeMeasure.class), r).explanation().receipt());
    add(calculations, "grants.award.award", AwardRequest.class, AwardResult.class,
        (m, r) -> AwardCalculator.DEFAULT.explainAward(m.get(0, AwardMeasure.class), r).explanation().receipt());
    add(calculations, "grants.referral.referral", ReferralRequest.class, ReferralResult.class,
        (m, r) -> ReferralCalculator.DEFAULT.explainReferral(m.get(0, ReferralMeasure.class),
            r).explanation().receipt());
    add(calculations, "grants.share.share", ShareRequest.class, ShareResult.class,
        (m, r) -> ShareCalculator.DEFAULT.explainShare(m.get(0, ShareMeasure.class), r).explanation().receipt());
    add(calculations, "grants.share.fee-saved", ShareRequest.class, ShareResult.class,
        (m, r) -> ShareCalculator.DEFAULT.explainFeeSaved(m.get(0, ShareFeeMeasure.class), r).explanation()
            .receipt());
    add(calculations, "procurement.arrears.classes", ArrearsRequest.class, ArrearsResult.class,
        (m, r) -> ArrearsCalculator.DEFAULT.explainClasses(m.get(0, ArrearsMeasure.class), r).explanation().receipt());
    add(calculations, "procurement.reservation.meets-rule", ReservationRequest.class, ReservationResult.class,
        (m, r) -> ReservationCalculator.DEFAULT.explainMeetsRule(m.get(0, ReservationMeasure.class),
            r).explanation().receipt());
    add(calculations, "space.high-rise.average-rent", HighRiseRequest.class, HighRiseResult.class,
        (m, r) -> HighRiseCalculator.DEFAULT.explainAverageRent(m.get(0, HighRiseMeasure.class),
            r).explanation().receipt());
    add(calculations, "space.purchase.may-purchase", PurchaseRequest.class, PurchaseResult.class,
        (m, r) -> PurchaseCalculator.DEFAULT.explainMayPurchase(m.get(0, PurchaseMeasure.class),
            r).explanation().receipt());
    add(calculations, "space.rent-area.subsidy-per-period", RentAreaRequest.class, RentAreaResult.class,
        (m, r) -> RentAreaCalculator.DEFAULT.explainSubsidyPerPeriod(m.get(0, RentAreaMeasure.class),
            r).explanation().receipt());
    add(calculations, "space.rent-policy.monthly-rent", RentPolicyRequest.class, RentPolicyResult.class,
        (m, r) -> RentPolicyCalculator.DEFAULT.explainMonthlyRent(m.get(0, RentPolicyMeasure.class),
            r).explanation().receipt());
    add(calculations, "space.rent-share.maximum-subsidy", RentShareRequest.class, RentShareResult.class,
        (m, r) -> RentShareCalculator.DEFAULT.explainMaximumSubsidy(m.get(0, RentShareMeasure.class),
            r).explanation().receipt());
    add(calculations, "space.utility.waived-late-fees", UtilityRequest.class, UtilityResult.class,
        (m, r) -> UtilityCalculator.DEFAULT.explainWaivedLateFees(m.get(0, UtilityMeasure.class),
            r).explanation().receipt());
    add(calculations, "tax.firm-year.total-saved", FirmYearRequest.class, FirmYearResult.class,
        (m, r) -> FirmYearCalculator.DEFAULT.explainTotalSaved(new FirmYearMeasures(m.get(0, VatMeasure.class),
            m.get(1, RdMeasure.class), m.get(2, SmallLowProfitMeasure.class)), r).explanation().receipt());
    add(calculations, "tax.rd.extra-deduction", RdRequest.class, RdResult.class,
        (m, r) -> RdCalculator.DEFAULT.explainExtraDeduction(m.get(0, RdMeasure.class), r).explanation().receipt());
    add(calculations, "tax.small-low-profit.tax-due", SmallLowProfitRequest.class, SmallLowProfitResult.class,
        (m, r) -> SmallLowProfitCalculator.DEFAULT.explainTaxDue(m.get(0, SmallLowProfitMeasure.class),
            r).explanation().receipt());
    add(calculations, "tax.small-low-profit.tax-due-averages", SmallLowProfitAveragesRequest.class,
        SmallLowProfitResult.class,
        (m, r) -> SmallLowProfitCalculator.DEFAULT.explainTaxDue(m.get(0, SmallLowProfitMeasure.class),
            r).explanation().receipt());
    add(calculations, "tax.small-low-profit.prepayment-payable", SmallLowProfitPrepaymentRequest.class,
        SmallLowProfitPrepaymentResult.class,
        (m, r) -> SmallLowProfitCalculator.DEFAULT.explainPrepaymentPayable(m.get(0, SmallLowProfitMeasure.class),
            r).toDate().explanation().receipt());
    add(calculations, "tax.vat.vat-due", VatRequest.class, VatResult.class,
        (m, r) -> VatCalculator.DEFAULT.explainVatDue(m.get(0, VatMeasure.class), r).explanation().receipt());
    return Collections.unmodifiableMap(calculations);
  }
}
