package io.github.huiqi.calculators.space.highrise;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the 工业上楼 average-rent ceiling ({@link HighRiseMeasure}, 深工信〔2023〕26号 第3条) for an enterprise
 * profile, for information: {@link AmountKind#NON_MONETARY}, amount zero.
 * <p>
 * The ceiling binds a programme's average, not a tenant's rent, so a firm's profile cannot decide it. The outcome says
 * whether the firm rents 工业上楼 space (eligible: it is within the programme), and its detail gives the firm's own
 * area-weighted average rent there against 35 元/m² a month, with the reminder that the test is the project's
 * average ({@link HighRiseCalculator} runs it on a project's leases). A lease counts only when it runs at least a day
 * within the ceiling's validity (the 35 is a month's figure: decisions register §4.4 item 28). Missing facts, of an
 * undetermined outcome: {@code /leases}, {@code /leases/i/highRiseProject}, {@code /leases/i/end} (a lease with no
 * end that starts before the validity); a lease known to run no day within the validity is out of the programme
 * whatever its flag, which is then not named (decisions register §4.6 item 143). An eligible outcome names none: a
 * lease's {@code monthlyRent} not given changes only the detail, which then says the rent is not given (decisions
 * register §4.6 item 51).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HighRiseEvaluator implements MeasureEvaluator<HighRiseMeasure> {

  /** The evaluator. */
  public static final HighRiseEvaluator DEFAULT = new HighRiseEvaluator();

  private static final LocalizedText LEASES = LocalizedText.of("租赁场地", "leases");

  private HighRiseEvaluator() {
  }

  @Override
  public Class<HighRiseMeasure> measureType() {
    return HighRiseMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(HighRiseMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).amount(OutcomeAmount.ZERO);
    if (profile.leases().isEmpty()) {
      return ProfileLists.unknown(context, builder, explain, "/leases", OutcomeAmount.ZERO, LEASES,
          measure.averageRule());
    }
    List<RentLease> leases = profile.leases().get();
    List<RentLease> inProgramme = new ArrayList<>();
    List<String> unknownFlags = new ArrayList<>();
    List<String> unknownRents = new ArrayList<>();
    DateRange validity = measure.averageRentCeiling().validity();
    for (int i = 0; i < leases.size(); i++) {
      RentLease lease = leases.get(i);
      if (lease.highRiseProject().isEmpty()) {
        // a lease known to run no day within the validity is out of the programme whatever its flag: not named
        // (decisions register §4.6 item 143)
        if (!lease.runsWithin(validity).equals(Optional.of(false))) {
          unknownFlags.add("/leases/" + i + "/highRiseProject");
        }
      } else if (lease.highRiseProject().get()) {
        // a month's ceiling reads only a lease with a day within its validity (decisions register §4.4 item 28)
        Optional<Boolean> within = lease.runsWithin(validity);
        if (within.isEmpty()) {
          unknownFlags.add("/leases/" + i + "/end");
        } else if (within.get()) {
          inProgramme.add(lease);
          if (lease.monthlyRent().isEmpty()) {
            unknownRents.add("/leases/" + i + "/monthlyRent");
          }
        }
      }
    }
    if (inProgramme.isEmpty()) {
      builder.verdict(unknownFlags.isEmpty() ? Verdict.INELIGIBLE : Verdict.UNDETERMINED)
          .addAllMissingFacts(unknownFlags);
      if (explain) {
        // the condition's own code while a lease's flag is unknown, "not-" + the code when it fails (README,
        // reason codes): no lease of the firm is in an 工业上楼 project
        builder.addReasons(unknownFlags.isEmpty()
            ? new Reason("not-high-rise-lease", LocalizedText.of("未在 " + validity + " 内租用“工业上楼”厂房空间",
                "rents no 工业上楼 factory space within " + validity), measure.averageRule())
            : new Reason("high-rise-lease", LocalizedText.of("租用“工业上楼”厂房空间",
                "rents 工业上楼 factory space"), measure.averageRule()));
      }
      return context.finish(builder);
    }
    builder.verdict(Verdict.ELIGIBLE);
    // the ceiling's figure as the measure gives it (35 for 深工信〔2023〕26号 第3条), in the detail's words
    BigDecimal ceiling = Cny.positiveYuan(measure.averageRentCeiling().value(), "averageRentCeiling");
    String ceilingText = ceiling.stripTrailingZeros().toPlainString();
    if (explain) {
      builder.addReasons(new Reason("high-rise-lease", LocalizedText.of("租用“工业上楼”厂房空间",
          "rents 工业上楼 factory space"), measure.averageRule()));
    }
    if (!unknownRents.isEmpty()) {
      // the rent decides neither the verdict nor an amount (non-monetary): said in the detail, not a missing fact
      // (decisions register §4.6 item 51)
      builder.detail(LocalizedText.of("“工业上楼”项目平均租金不高于" + ceilingText + "元/月/平方米"
          + "（项目平均，非单份租约上限）；企业租金未提供", "an 工业上楼 project's average rent is at most " + ceilingText
          + " CNY per m² a month (a project average, not a cap per lease); the firm's rent is not given"));
      return context.finish(builder);
    }
    HighRiseCalculator.Evaluation e = HighRiseCalculator.DEFAULT.evaluate(measure, new HighRiseRequest(inProgramme),
        explain);
    String average = e.average().toPlainString();
    // the test compares the unrounded average: one rounded down to the ceiling itself is still above it
    boolean aboveBeforeRounding = !e.within() && e.average().compareTo(ceiling) <= 0;
    builder.detail(LocalizedText.of("企业“工业上楼”租约面积加权平均租金 " + average + " 元/月/平方米，"
        + (aboveBeforeRounding ? "舍入前高于" : e.within() ? "不高于" : "高于") + ceilingText
        + "元；该上限针对项目平均租金，非单份租约上限", "the firm's 工业上楼 leases average " + average + " CNY per m² a month, "
        + (aboveBeforeRounding ? "above " + ceilingText + " before rounding" : (e.within() ? "within " : "above ")
            + ceilingText) + "; the ceiling binds the project's average, not a single lease"));
    if (explain) {
      builder.explanation(new Explanation(e.steps().list()));
    }
    return context.finish(builder);
  }
}
