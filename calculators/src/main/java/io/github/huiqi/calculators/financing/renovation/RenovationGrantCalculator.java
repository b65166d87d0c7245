package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantTier;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
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
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Calculates a technical-renovation project's grant, such as Shenzhen's under the 小升规 three-year plan 第十条:
 * "分档分类给予不超过项目总投资额10-20%的资助，资助上限为5000万元".
 * <p>
 * The tier comes from the caller's category and GB/T 39116 level (智能化改造: level ≥4 → 20%, 3 → 16%, 2 → 12%, level 1
 * earns none; 技术装备升级换代 → 10%). The project must be supported, have fixed-asset investment of at least 80% of
 * its total and equipment and tools of at least 70% of its fixed assets (both inclusive). Then
 * <pre>
 *   maximum = min(cap, round(tier rate × eligible investment)),  rounded half-up to the fen,
 * </pre>
 * and the grant is the range [0, maximum]: "不超过" leaves the figure to the authority. A missing fact makes the result
 * undetermined, naming it, with the most favourable maximum; a failed condition makes it ineligible, [0, 0].
 * <p>
 * The plain form {@link #maximumGrant} returns the maximum; the explaining form {@link #explainMaximumGrant} returns
 * the verdict, range, tier, binding cap and explanation. The grant stacks with the renovation loan interest subsidy:
 * see {@code io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator}.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * RenovationGrantMeasure measure = data.getMeasure(RenovationGrantMeasure.SHENZHEN_2022);
 * // the request: read from JSON here, or built in Java
 * RenovationGrantRequest request = HuiqiJson.read(requestJson, RenovationGrantRequest.class);
 * MonetaryAmount upTo = RenovationGrantCalculator.DEFAULT.maximumGrant(measure, request);
 * RenovationGrantResult explained = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RenovationGrantCalculator {

  /** The calculator. */
  public static final RenovationGrantCalculator DEFAULT = new RenovationGrantCalculator();

  /** The name of the per-project cap, as a binding limit names it. */
  static final LocalizedText CAP_NAME = LocalizedText.of("单个项目资助上限", "cap per project");

  private RenovationGrantCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the most a project's grant can be: the fast form, which builds no explanation steps.
   *
   * @param measure  the measure, such as the built-in {@link RenovationGrantMeasure#SHENZHEN_2022}
   * @param request  the project
   * @return the maximum grant in CNY, rounded to the fen; zero if the project is ineligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException naming the facts, if eligibility or the tier depends on facts the request does not
   *     give (the verdict undetermined) and the most favourable maximum is above zero (unfavourable, it is zero, so
   *     they leave it open); an undetermined maximum of zero either way (an eligible investment of 0.00) is returned
   */
  public MonetaryAmount maximumGrant(RenovationGrantMeasure measure, RenovationGrantRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (evaluation.eligibility.verdict() == Verdict.UNDETERMINED && evaluation.maximum.signum() != 0) {
      throw new MissingFactsException(evaluation.eligibility.missingFacts());
    }
    return Cny.of(evaluation.maximum);
  }

  /**
   * Calculates a project's grant range with its verdict, tier and explanation.
   *
   * @param measure  the measure
   * @param request  the project
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public RenovationGrantResult explainMaximumGrant(RenovationGrantMeasure measure, RenovationGrantRequest request) {
    RenovationGrantResult result = explained(measure, request);
    return result.withReceipt(CalculatorReceipts.issue("financing.renovation-grant.maximum-grant", List.of(measure),
        request, Optional.empty(), result));
  }

  /** The explained result without its receipt, as the renovation support calculator nests it. */
  RenovationGrantResult explained(RenovationGrantMeasure measure, RenovationGrantRequest request) {
    Evaluation e = evaluate(measure, request, true);
    Optional<BindingLimit> binding = e.capBinding
        ? Optional.of(new BindingLimit("cap-per-project", CAP_NAME, measure.capPerProject().value(),
            measure.capPerProject().citation()))
        : Optional.empty();
    return new RenovationGrantResult(measure.id(), measure.documentStatus(), e.eligibility,
        Optional.ofNullable(e.rate), new AmountRange(Cny.ZERO, Cny.of(e.maximum)), binding,
        new Explanation(e.steps));
  }

  /**
   * Calculates a project's grant from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link RenovationGrantRequest} as JSON
   * @return a {@link RenovationGrantResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /eligibleInvestment} for a negative amount)
   */
  public String explainMaximumGrantJson(RenovationGrantMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    RenovationGrantRequest request = HuiqiJson.read(requestJson, RenovationGrantRequest.class);
    return HuiqiJson.write(explainMaximumGrant(measure, request));
  }

  //-------------------------------------------------------------------------
  /**
   * Evaluates a project: the one path of the plain form (no explanation steps) and the explaining form. The
   * evaluator of an enterprise profile calls it too.
   */
  Evaluation evaluate(RenovationGrantMeasure measure, RenovationGrantRequest request,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    Checks checks = new Checks(explain);
    MoneyRounding rounding = measure.rounding().value();
    checks.step(() -> new DefaultUsedStep(LocalizedText.of("资助额的舍入", "rounding of the grant"),
        rounding.toString(), false, measure.rounding().citation()));
    checks.step(() -> new InputStep(LocalizedText.of("资助基数（审定的符合条件投资额）", "base (audited eligible investment)"),
        request.eligibleInvestment() + " — " + measure.investmentBase().label()));
    Citation clause = measure.supportedProjects();
    checks.fact(request.eligibleProject(), "/eligibleProject", "eligible-renovation-project",
        () -> LocalizedText.of("项目为符合条件的技术改造项目", "a supported technical-renovation project"), clause);

    Rate rate = rateFor(measure, request, checks);
    BigDecimal total = request.totalInvestment().map(a -> Cny.notNegativeYuan(a, "totalInvestment")).orElse(null);
    BigDecimal fixed = request.fixedAssetInvestment().map(a -> Cny.notNegativeYuan(a, "fixedAssetInvestment"))
        .orElse(null);
    BigDecimal equipment = request.equipmentInvestment().map(a -> Cny.notNegativeYuan(a, "equipmentInvestment"))
        .orElse(null);
    Rate fixedShare = measure.minimumFixedAssetShare().value();
    checks.share(fixed, total, "/fixedAssetInvestment", "/totalInvestment", fixedShare, "fixed-asset-share",
        () -> LocalizedText.of("固定资产投资占项目总投资不低于 " + fixedShare,
            "fixed-asset investment at least " + fixedShare + " of total investment"),
        measure.minimumFixedAssetShare().citation());
    Rate equipmentShare = measure.minimumEquipmentShare().value();
    Supplier<LocalizedText> equipmentText = () -> LocalizedText.of("设备及工器具购置占固定资产投资不低于 "
        + equipmentShare, "equipment and tools at least " + equipmentShare + " of fixed-asset investment");
    // the fixed-asset investment not given, the two shares bound it from both sides: at least its share of the total,
    // so the equipment needs at least its share of that; below it no figure meets both, and the project fails
    // whatever the fixed-asset investment
    BigDecimal leastFixed = fixed == null && total != null ? fixedShare.applyTo(total) : null;
    if (leastFixed != null && equipment != null && equipmentShare.applyTo(leastFixed).compareTo(equipment) > 0) {
      checks.record(ConditionOutcome.NOT_MET, null, "equipment-share", equipmentText,
          () -> "fixedAssetInvestment not given, at least " + total.toPlainString() + " × " + fixedShare + " = "
              + leastFixed.toPlainString() + ": " + equipment.toPlainString() + " vs at least " + leastFixed
              .toPlainString() + " × " + equipmentShare + " = " + equipmentShare.applyTo(leastFixed).toPlainString(),
          measure.minimumEquipmentShare().citation());
    } else {
      checks.share(equipment, fixed, "/equipmentInvestment", "/fixedAssetInvestment", equipmentShare,
          "equipment-share", equipmentText, measure.minimumEquipmentShare().citation());
    }
    Eligibility eligibility = checks.collector.verdict();

    BigDecimal maximum = BigDecimal.ZERO.setScale(rounding.scale());
    boolean binding = false;
    if (eligibility.verdict() != Verdict.INELIGIBLE && rate != null) {
      BigDecimal base = Cny.notNegativeYuan(request.eligibleInvestment(), "eligibleInvestment");
      BigDecimal exact = rate.applyTo(base);
      BigDecimal rounded = rounding.round(exact);
      BigDecimal cap = Cny.positiveYuan(measure.capPerProject().value(), "capPerProject");
      maximum = rounded.min(cap);
      binding = rounded.compareTo(cap) > 0;
      BigDecimal capped = maximum;
      // the rate's own clause: 技术装备升级换代改造 for an equipment upgrade, the 智能化改造 tiers otherwise
      Citation rateCitation = request.category() == RenovationCategory.EQUIPMENT_UPGRADE
          ? measure.equipmentUpgradeRate().citation() : measure.intelligentTiers().citation();
      checks.step(() -> new CalculationStep(LocalizedText.of("资助上限额（舍入前）", "maximum grant before rounding"),
          base.toPlainString() + " × " + rate, exact, rateCitation));
      checks.step(() -> new RoundingStep(exact, rounded, rounding, measure.rounding().citation()));
      checks.step(() -> new CapStep(CAP_NAME, cap, rounded, capped, measure.capPerProject().citation()));
      checks.step(() -> new InputStep(LocalizedText.of("资助额（不超过，由主管部门核定）",
          "grant (up to: the authority fixes the figure)"), "[0, " + capped.toPlainString() + "] CNY — "
          + clause.label()));
    }
    return new Evaluation(eligibility, rate, maximum, binding, checks.steps.list());
  }

  /** Chooses the tier rate; null when the level earns none. Records the tier condition. */
  private static Rate rateFor(RenovationGrantMeasure measure, RenovationGrantRequest request,
      Checks checks) {
    if (request.category() == RenovationCategory.EQUIPMENT_UPGRADE) {
      Rate rate = measure.equipmentUpgradeRate().value();
      checks.step(() -> new InputStep(LocalizedText.of("技术装备升级换代改造：资助比例 " + rate,
          "equipment upgrade: grant rate " + rate), measure.equipmentUpgradeRate().citation().label()));
      return rate;
    }
    Citation tiers = measure.intelligentTiers().citation();
    if (request.maturityLevel().isEmpty()) {
      checks.fact(Optional.empty(), "/maturityLevel", "maturity-level-tiered",
          () -> LocalizedText.of("智能化改造达到分档的智能制造能力成熟度等级", "intelligent renovation reaches a tiered level"),
          tiers);
      return measure.highestIntelligentRate();
    }
    int level = request.maturityLevel().get();
    Optional<RenovationGrantTier> tier = measure.tierFor(level);
    checks.fact(Optional.of(tier.isPresent()), "/maturityLevel", "maturity-level-tiered",
        () -> LocalizedText.of("智能化改造达到 GB/T 39116 " + level + " 级" + tier.map(t -> "：资助比例 " + t.rate())
            .orElse("：无对应档次"), "intelligent renovation at GB/T 39116 level " + level
            + tier.map(t -> ": grant rate " + t.rate()).orElse(": no tier")), tiers);
    return tier.map(RenovationGrantTier::rate).orElse(null);
  }

  //-------------------------------------------------------------------------
  /** The conditions and steps of one evaluation; texts are built only when explaining. */
  private static final class Checks {
    private final StepTrace steps;
    private final Eligibility.Collector collector = new Eligibility.Collector();

    Checks(boolean explain) {
      this.steps = new StepTrace(explain);
    }

    void step(Supplier<ExplanationStep> step) {
      steps.add(step);
    }

    /** A condition on a yes/no fact: unknown when absent (naming the fact), met when true. */
    void fact(Optional<Boolean> value, String fact, String code, Supplier<LocalizedText> text, Citation citation) {
      ConditionOutcome outcome = value.isEmpty() ? ConditionOutcome.UNKNOWN
          : value.get() ? ConditionOutcome.MET : ConditionOutcome.NOT_MET;
      record(outcome, fact, code, text, () -> fact.substring(1) + value.map(v -> " = " + v).orElse(" not given"),
          citation);
    }

    /** A condition that part ≥ share × whole, inclusive; unknown when either amount is absent. */
    void share(BigDecimal part, BigDecimal whole, String partFact, String wholeFact, Rate share, String code,
        Supplier<LocalizedText> text, Citation citation) {
      if (part == null || whole == null) {
        if (whole == null) {
          record(ConditionOutcome.UNKNOWN, wholeFact, code, text, () -> wholeFact.substring(1) + " not given",
              citation);
        }
        if (part == null) {
          record(ConditionOutcome.UNKNOWN, partFact, code, text, () -> partFact.substring(1) + " not given",
              citation);
        }
        return;
      }
      boolean met = part.compareTo(share.applyTo(whole)) >= 0;
      record(met ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, null, code, text,
          () -> part.toPlainString() + " vs " + whole.toPlainString() + " × " + share + " = "
              + share.applyTo(whole).toPlainString(), citation);
    }

    private void record(ConditionOutcome outcome, String fact, String code, Supplier<LocalizedText> text,
        Supplier<String> detail, Citation citation) {
      if (!steps.enabled() && outcome == ConditionOutcome.MET) {
        return;
      }
      Reason reason = new Reason(outcome == ConditionOutcome.NOT_MET ? "not-" + code : code, text.get(), citation);
      collector.record(outcome, fact, reason);
      step(() -> new ConditionStep(text.get(), outcome, detail.get(), citation));
    }
  }

  /** A project's verdict, tier rate (null when none applies), maximum grant, whether the cap bound, and steps. */
  record Evaluation(
      Eligibility eligibility,
      Rate rate,
      BigDecimal maximum,
      boolean capBinding,
      List<ExplanationStep> steps) {
  }
}
