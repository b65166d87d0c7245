package io.github.huiqi.calculators.grants.referral;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.grants.internal.GrantTriggers;
import io.github.huiqi.calculators.internal.SmallMicroIndustrial;
import io.github.huiqi.calculators.internal.SpecialisedRecognition;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.GrantQualification;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Decides a measure that has no figure of its own ({@link ReferralMeasure}), such as the 小升规 plan's "符合条件的，担保费
 * 予以补贴" (第十四条): whether it applies, and which measures carry the figures.
 * <p>
 * With a required qualification (专精特新 for the Shenzhen draft's 第五条), the verdict is eligible when it is held on
 * the request's date, ineligible when not, undetermined naming it ({@code /specialisedAndInnovative}) when not known;
 * the 专精特新 one is held through either the 专精特新中小企业 or the 专精特新"小巨人" recognition (the draft's
 * 专精特新企业 include both).
 * A measure for small and micro industrial enterprises (the 小升规 plan's 第十四条: decisions register §1.3 item
 * 001-14) also tests the industry (GB/T 4754-2017 sections B, C, D) and the size (small or micro), naming
 * {@code /industryCode} and {@code /size} when not known. Without either the measure applies on the terms of the
 * measures it points to: eligible. The amount is always nil: the
 * source gives no number, and the figures are those of the measures referred to.
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class ReferralCalculator {

  /** The calculator. */
  public static final ReferralCalculator DEFAULT = new ReferralCalculator();

  /** Each qualification's profile pointer, such as {@code /techSme}, made once. */
  private static final Map<GrantQualification, String> FACTS = byQualification(kind -> "/" + kind.profileField());
  /** The code of the condition that each qualification is held, such as {@code held-tech-sme}, made once. */
  private static final Map<GrantQualification, String> HELD_CODES = byQualification(
      kind -> "held-" + GrantTriggers.kebab(kind));

  private ReferralCalculator() {
  }

  /**
   * Decides whether the measure applies: the fast form, which builds no explanation. The measure has no figure of
   * its own; its figures are those of {@code measure.refersTo()}.
   *
   * @param measure  the measure
   * @param request  the facts and date
   * @return true if it applies, false if not
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if it depends on a qualification the request does not give
   */
  public boolean applies(ReferralMeasure measure, ReferralRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (evaluation.verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(evaluation.missingFacts());
    }
    return evaluation.verdict() == Verdict.ELIGIBLE;
  }

  /**
   * Decides whether the measure applies from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link ReferralRequest} as JSON
   * @return a {@link ReferralResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit
   */
  public String explainReferralJson(ReferralMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainReferral(measure, HuiqiJson.read(requestJson, ReferralRequest.class)));
  }

  /**
   * Decides whether the measure applies, with the measures that carry its figures and the explanation.
   *
   * @param measure  the measure
   * @param request  the facts and date
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public ReferralResult explainReferral(ReferralMeasure measure, ReferralRequest request) {
    Evaluation e = evaluate(measure, request, true);
    ReferralResult result = new ReferralResult(measure.id(), measure.documentStatus(), e.eligibility(),
        measure.refersTo().value(), detail(measure.refersTo().value()), new Explanation(e.steps()));
    return result.withReceipt(
        CalculatorReceipts.issue("grants.referral.referral", List.of(measure), request, Optional.of(request.asOf()),
        result));
  }

  /** Decides the measure: the one path of both forms and of the enterprise evaluator. */
  Evaluation evaluate(ReferralMeasure measure, ReferralRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    steps.add(() -> new InputStep(LocalizedText.of("来源未规定金额，参见", "the source sets no figure; see"),
        ids(measure.refersTo().value(), ", ") + " — " + measure.noFigure().label()));
    List<TracedCondition> conditions = new ArrayList<>(3);
    measure.requiredQualification().ifPresent(required -> {
      GrantQualification kind = required.value();
      if (kind == GrantQualification.SPECIALISED_AND_INNOVATIVE && littleGiantHeld(request)) {
        conditions.add(littleGiant(request, HELD_CODES.get(kind), required.citation()));
        return;
      }
      boolean specialised = kind == GrantQualification.SPECIALISED_AND_INNOVATIVE;
      // the 专精特新中小企业 recognition expired with the 小巨人 one not given: not known (decisions register §4.6
      // item 59), the 小巨人 recognition asked
      String fact = specialised ? SpecialisedRecognition.factAsked(request.specialisedAndInnovative(),
          request.littleGiant(), request.asOf()) : FACTS.get(kind);
      Optional<Qualification> held = fact.equals(SpecialisedRecognition.LITTLE_GIANT) ? Optional.empty()
          : request.qualification(kind);
      conditions.add(TracedCondition.of(held, q -> q.isHeldOn(request.asOf()), fact, HELD_CODES.get(kind),
          () -> LocalizedText.of("测算日为有效期内的" + kind.zh(), "a " + kind.en() + " on the evaluation date"),
          required.citation()));
    });
    measure.smallMicroIndustrial().ifPresent(population -> {
      conditions.add(SmallMicroIndustrial.industrial(request.industryCode(), population));
      conditions.add(SmallMicroIndustrial.smallOrMicro(request.size(), population));
    });
    if (conditions.isEmpty()) {
      Reason reason = explain ? new Reason("no-figure-of-its-own", LocalizedText.of("本措施无自身金额，按所引措施的条件和标准执行",
          "no figure of its own: the conditions and figures are those of the measures referred to"),
          measure.noFigure()) : null;
      return new Evaluation(Verdict.ELIGIBLE, List.of(),
          explain ? new Eligibility(Verdict.ELIGIBLE, List.of(reason), List.of()) : null, steps.list());
    }
    TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);
    return new Evaluation(decision.verdict(), decision.missingFacts(), decision.eligibility(), steps.list());
  }

  /**
   * Whether the 专精特新"小巨人" recognition is held on the request's date: the draft's 专精特新企业 include the 小巨人
   * ({@link SpecialisedRecognition}), so it qualifies the enterprise as the 专精特新中小企业 recognition does; without
   * it the 专精特新中小企业 recognition decides as any required qualification.
   */
  private static boolean littleGiantHeld(ReferralRequest request) {
    return SpecialisedRecognition.heldOn(Optional.empty(), request.littleGiant(), request.asOf()).orElse(false);
  }

  /** The 专精特新 condition met through the 专精特新"小巨人" recognition held on the request's date. */
  private static TracedCondition littleGiant(ReferralRequest request, String code, Citation citation) {
    return TracedCondition.known(true, code,
        () -> LocalizedText.of("测算日为有效期内的专精特新企业（专精特新中小企业或“小巨人”企业）",
            "a 专精特新 enterprise (a specialised and innovative SME or a 'little giant') on the evaluation date"),
        () -> "littleGiant held on " + request.asOf(), citation);
  }

  /**
   * Returns the words the outcome carries: the source gives no figure, and the measures that carry them.
   *
   * @param refersTo  the measures
   * @return the text
   */
  static LocalizedText detail(List<MeasureId> refersTo) {
    return LocalizedText.of(joined("来源未规定金额；金额按以下措施测算：", refersTo, "、"),
        joined("the source gives no figure of its own; the figures are those of: ", refersTo, ", "));
  }

  /** The measures' ids, joined by the separator (、 in Chinese, a comma in English). */
  private static String ids(List<MeasureId> refersTo, String separator) {
    return joined("", refersTo, separator);
  }

  /**
   * The prefix and then the measures' ids, joined by the separator: one text of its exact size, with no partial
   * text copied into it (the outcome of every referral measure carries two of these).
   */
  private static String joined(String prefix, List<MeasureId> refersTo, String separator) {
    StringJoiner text = new StringJoiner(separator, prefix, "");
    for (MeasureId id : refersTo) {
      text.add(id.value());
    }
    return text.toString();
  }

  /** A text for each qualification, made once. */
  private static Map<GrantQualification, String> byQualification(Function<GrantQualification, String> text) {
    Map<GrantQualification, String> texts = new EnumMap<>(GrantQualification.class);
    for (GrantQualification kind : GrantQualification.values()) {
      texts.put(kind, text.apply(kind));
    }
    return Collections.unmodifiableMap(texts);
  }

  /** One decision: the verdict, the missing facts, and, when explaining, the eligibility and the steps. */
  record Evaluation(Verdict verdict, List<String> missingFacts, Eligibility eligibility, List<ExplanationStep> steps) {
    Evaluation {
      missingFacts = List.copyOf(missingFacts);
    }
  }
}
