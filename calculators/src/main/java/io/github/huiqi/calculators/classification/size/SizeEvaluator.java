package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the size standard ({@link SizeStandard}, 工信部联企业〔2011〕300号) for an enterprise profile: which class
 * the firm is in. No money ({@link AmountKind#NON_MONETARY}, amount zero); the class is the outcome's detail.
 * <p>
 * The verdict says whether the firm is a small or medium-sized enterprise (中小微企业) under the standard: eligible for
 * medium, small and micro, ineligible for large, and eligible too when the figures leave only SME classes open (such as
 * small or micro with the headcount not given: the detail names the classes still possible and the facts that decide
 * the class stay missing, decisions register §4.6 item 42). The figures are the profile's {@code industryCode} and, for
 * the year the default options choose (the prior full year, {@link SizeOptions#DEFAULTS}, named in a note), that year's
 * {@code employees}, {@code revenue} and {@code totalAssets}. Missing facts are named as profile pointers
 * ({@code /industryCode}, {@code /years} when the year is not in the profile, {@code /years/0/employees}); when the
 * figures do not decide the class and the profile states its {@code size}, the stated size is used and a note says so;
 * when they decide a class other than the stated one, the figures' class is the outcome's and a note (in the plain form
 * too) names both, since every other measure reads the stated size. An industry outside the standard (such as finance,
 * J) is undetermined, naming {@code /size}. A code too coarse to name a group is classified under every group it may
 * fall in ({@code I}: 信息传输业 and 软件和信息技术服务业): the class when they all give it, else the classes any of them
 * leaves possible, naming {@code /industryCode}; a code that may be outside the standard ({@code G}, {@code K},
 * {@code K70}, {@code Q}) is undetermined, naming {@code /industryCode} (decisions register §4.6 item 137). The
 * explaining form of an undetermined class gives the facts that would decide it as its reason
 * ({@code size-not-decided}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SizeEvaluator implements MeasureEvaluator<SizeStandard> {

  /** The evaluator. */
  public static final SizeEvaluator DEFAULT = new SizeEvaluator();

  private SizeEvaluator() {
  }

  @Override
  public Class<SizeStandard> measureType() {
    return SizeStandard.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(SizeStandard measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).amount(OutcomeAmount.ZERO);
    int year = SizeOptions.DEFAULTS.figuresYear().yearFor(context.asOf());
    if (explain) {
      builder.addNotes(yearNote(year));
    }
    SizeProfileFigures figures;
    try {
      figures = SizeProfileFigures.read(profile, year);
    } catch (InvalidInputException ex) {
      boolean coarse = SizeIndustry.isTooCoarse(profile.industryCode().orElse(null));
      if (!coarse && !InvalidInputException.UNKNOWN_VALUE.equals(ex.code())) {
        throw ex;
      }
      return outside(measure, profile, context, builder, explain, coarse ? "/industryCode" : "/size");
    }
    Optional<EnterpriseSize> size = Optional.empty();
    List<EnterpriseSize> possible = List.of();
    List<String> missing = figures.missing();
    if (figures.request().isPresent()) {
      SizeClassifier.Evaluation evaluation = figures.classify(measure, profile, explain);
      size = evaluation.size();
      possible = evaluation.possibleSizes();
      missing = figures.missingOf(evaluation);
      if (explain) {
        builder.explanation(new Explanation(evaluation.steps()));
      }
    }
    if (size.isPresent() && profile.size().isPresent() && size.get() != profile.size().get()) {
      builder.addNotes(statedSizeDiffers(measure, profile.size().get(), size.get()));
    }
    boolean stated = size.isEmpty() && profile.size().isPresent();
    if (stated) {
      size = profile.size();
      if (explain) {
        builder.addNotes(new Reason("size-as-stated", LocalizedText.of("档案数据不足以划型，采用档案所填规模",
            "the figures do not decide the class: the profile's stated size is used"),
            measure.classificationRule()));
      }
    }
    if (size.isEmpty() && !possible.isEmpty() && !possible.contains(EnterpriseSize.LARGE)) {
      // every class the figures leave open is an SME's: the verdict is known, the class is not (register §4.6 item 42)
      return context.finish(smeClassOpen(measure, builder, possible, year, missing, explain));
    }
    if (size.isEmpty()) {
      if (explain) {
        builder.addReasons(notDecided(measure, missing));
      }
      return context.finish(builder.verdict(Verdict.UNDETERMINED).addAllMissingFacts(missing));
    }
    return context.finish(classified(measure, builder, size.get(), year, stated, explain));
  }

  /**
   * A class decided: by the year's figures, or, where they do not decide it or the industry maps to no group, as the
   * profile states it ({@code stated}), which the detail says rather than crediting figures that did not decide.
   */
  private static MeasureOutcome.Builder classified(SizeStandard measure, MeasureOutcome.Builder builder,
      EnterpriseSize size, int year, boolean stated, boolean explain) {
    LocalizedText name = SizeClassifier.label(size);
    builder.verdict(size == EnterpriseSize.LARGE ? Verdict.INELIGIBLE : Verdict.ELIGIBLE)
        .detail(stated
            ? LocalizedText.of(name.zh() + "（档案所填规模）", name.en() + " (as the profile states)")
            : LocalizedText.of(name.zh() + "（" + year + "年数据）", name.en() + " (" + year + " figures)"));
    if (explain) {
      builder.addReasons(size == EnterpriseSize.LARGE
          ? new Reason("not-sme", LocalizedText.of("大型企业，不属于中小微企业", "a large enterprise, not an SME"),
              measure.classificationRule())
          : new Reason("sme", LocalizedText.of("属于中小微企业：" + name.zh(), "an SME: " + name.en()),
              measure.classificationRule()));
    }
    return builder;
  }

  /**
   * An SME whose class the figures leave open between SME classes: eligible, the classes still possible as the detail,
   * and the facts that would decide the class still missing.
   */
  private static MeasureOutcome.Builder smeClassOpen(SizeStandard measure, MeasureOutcome.Builder builder,
      List<EnterpriseSize> possible, int year, List<String> missing, boolean explain) {
    String zh = String.join("或", possible.stream().map(size -> SizeClassifier.label(size).zh()).toList());
    String en = String.join(" or ", possible.stream().map(size -> SizeClassifier.label(size).en()).toList());
    builder.verdict(Verdict.ELIGIBLE).addAllMissingFacts(missing)
        .detail(LocalizedText.of(zh + "（" + year + "年数据，规模待定）", en + " (" + year + " figures, class open)"));
    if (explain) {
      builder.addReasons(new Reason("sme-class-open", LocalizedText.of("属于中小微企业（" + zh + "）；确定具体规模所需的数据未知："
          + String.join("、", missing), "an SME (" + en + "); the facts that decide the class are not known: "
          + String.join(", ", missing)), measure.classificationRule()));
    }
    return builder;
  }

  private static MeasureOutcome outside(SizeStandard measure, EnterpriseProfile profile, EvaluationContext context,
      MeasureOutcome.Builder builder, boolean explain, String missing) {
    if (profile.size().isPresent()) {
      return context.finish(classified(measure, builder, profile.size().get(),
          SizeOptions.DEFAULTS.figuresYear().yearFor(context.asOf()), true, explain));
    }
    if (explain) {
      builder.addReasons(new Reason("industry-outside-standard", LocalizedText.of(
          "行业代码不能对应工信部联企业〔2011〕300号所列的一个行业：请填写更细的行业代码，或直接填写企业规模",
          "the industry code names no one group of the standard: give a finer code, or state the size"),
          measure.industryMapping()));
    }
    return context.finish(builder.verdict(Verdict.UNDETERMINED).addMissingFacts(missing));
  }

  /**
   * The note on a stated size the figures contradict, in both forms (a fact of the profile to check, part of the
   * answer): this outcome follows the figures, every other measure the stated size.
   */
  private static Reason statedSizeDiffers(SizeStandard measure, EnterpriseSize stated, EnterpriseSize figures) {
    LocalizedText statedName = SizeClassifier.label(stated);
    LocalizedText figuresName = SizeClassifier.label(figures);
    return new Reason("size-stated-differs", LocalizedText.of("档案所填规模（" + statedName.zh() + "）与按数据划型的结果（"
        + figuresName.zh() + "）不一致：本项按数据划型，其他措施按档案所填规模", "the profile states " + statedName.en()
        + " but the figures classify the firm " + figuresName.en() + ": this outcome follows the figures, the other "
        + "measures the stated size"), measure.classificationRule());
  }

  /** The reason of an undetermined class: the facts that would decide it. */
  private static Reason notDecided(SizeStandard measure, List<String> missing) {
    return new Reason("size-not-decided", LocalizedText.of("划型所需的数据未知：" + String.join("、", missing),
        "the facts that decide the class are not known: " + String.join(", ", missing)),
        measure.classificationRule());
  }

  /** The note naming the year whose figures were read. */
  static Reason yearNote(int year) {
    return new Reason("size-figures-year", LocalizedText.of("划型采用" + year + "年（上一个完整年度）的营业收入、期末从业人员和资产总额",
        "the size is classified on " + year + " figures (the prior full year): revenue, period-end employees and "
            + "total assets"), SizeOptions.FIGURES_YEAR_DEFAULT);
  }
}
