package io.github.huiqi.examples.cli;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EvaluationFailure;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import java.util.Locale;

/**
 * Renders an entitlement report as the command line's table: one row per measure (verdict, amount or range, kind,
 * binding limit, status, clause), the engine's options where they are not the defaults, the total in reach, the
 * measures that could not be evaluated, and the next questions.
 */
final class ReportTable {

  /** How many next questions the table shows. */
  static final int QUESTIONS_SHOWN = 5;

  private ReportTable() {
  }

  static String render(EnterpriseProfile profile, EntitlementReport report, Locale locale, boolean explain) {
    Labels words = new Labels(locale);
    StringBuilder text = new StringBuilder();
    text.append(words.pick("惠企政策测算", "huiqi entitlements")).append(" · ")
        .append(profile.name().orElse(words.pick("（未命名企业）", "(unnamed enterprise)"))).append(" · ")
        .append(sizeClass(report, words, locale))
        .append(words.pick("测算日 ", "as of ")).append(report.asOf()).append("\n\n");
    TextColumns table = new TextColumns().row(words.pick("措施", "measure"), words.pick("结论", "verdict"),
        words.pick("金额（元）", "amount (CNY)"), words.pick("类别", "kind"), words.pick("约束上限", "binding limit"),
        words.pick("状态", "status"), words.pick("条款", "clause"));
    for (MeasureOutcome outcome : report.outcomes()) {
      String amount = words.amount(outcome.amount()) + (outcome.countedInTotal() ? "" : " *");
      String limit = outcome.bindingLimit().map(binding -> binding.name().in(locale) + " "
          + Labels.money(binding.limit())).orElse("—");
      table.row(outcome.title().in(locale), words.verdict(outcome.verdict()), amount,
          words.kind(outcome.amountKind()), limit,
          words.status(outcome.documentStatus(), outcome.windowStatus(), outcome.window()), outcome.clauseLabel());
    }
    text.append(table.render());
    text.append(words.pick("* 不计入合计：非企业所得、不符合、未施行或已到期、征求意见稿或叠加规则排除",
        "* not in the total: not money for the firm, ineligible, not yet in force or expired, draft, or set aside by a"
            + " stacking rule"))
        .append("\n\n");
    // the outcomes' notes name an option only where its rule came into play, and only under --explain: say here
    // which choices made the total when they are not the defaults (decisions register §4.4 item 25, §4.1 item 10)
    text.append(options(report.options(), words));
    text.append(words.pick("合计可享：", "Total in reach: ")).append(words.amount(report.totals().inReach()))
        .append(words.pick(" 元", " CNY")).append('\n');
    // alternatives counted once in the total (decisions register §4.6 item 49): say why it is below the rows' sum
    for (JointLimit limit : report.jointLimits()) {
      text.append("  ").append(limit.reason().message().in(locale)).append('\n');
    }
    if (regionOpen(report)) {
      // the rows of two places carry no *, yet only one place's count: say why the total is below their sum
      text.append(words.pick("  注册地未给出或不够具体：合计只计一处（金额最多的一处）的地方措施，不把两地的措施相加"
          + "（取舍登记 §0.6）", "  registration region not given, or not precisely enough: the total counts the"
              + " regional measures of one place only (the one that adds the most), never two places' (decisions"
              + " register §0.6)")).append('\n');
    }
    if (!report.complete()) {
      text.append('\n').append(words.pick("以下措施未能测算，合计不完整：", "Not evaluated, so the total is not whole:"))
          .append('\n');
      for (EvaluationFailure failure : report.failures()) {
        text.append("  ").append(failure.measure()).append(": ").append(failure.message(locale)).append('\n');
      }
    }
    if (!report.nextQuestions().isEmpty()) {
      text.append('\n').append(words.pick("待补充信息（按可确定金额排序）：", "Next questions (by the money each decides):"))
          .append('\n');
      TextColumns questions = new TextColumns();
      int shown = Math.min(QUESTIONS_SHOWN, report.nextQuestions().size());
      for (int i = 0; i < shown; i++) {
        NextQuestion question = report.nextQuestions().get(i);
        String unbounded = question.unboundedMeasures() == 0 ? ""
            : words.pick(" 及 " + question.unboundedMeasures() + " 项无上限金额",
                " and " + question.unboundedMeasures() + " unbounded amount(s)");
        // a fact only a draft's, a non-monetary measure's or a zero-width outcome names decides none of the total:
        // say so rather than "decides 0.00" (the JSON keeps amountDecided 0.00; decisions register §4.6 item 175)
        boolean none = question.amountDecided().isZero() && question.unboundedMeasures() == 0;
        questions.row("  " + (i + 1) + ".", question.fact(),
            none ? words.pick("不影响合计金额", "decides no amount of the total")
                : words.pick("可确定 ", "decides ") + Labels.money(question.amountDecided()) + words.pick(" 元", " CNY")
                    + unbounded,
            words.pick("涉及 " + question.measures().size() + " 项措施", question.measures().size() + " measure(s)"));
      }
      text.append(questions.render());
      if (report.nextQuestions().size() > shown) {
        text.append(words.pick("  （另有 " + (report.nextQuestions().size() - shown) + " 项，见 --json）",
            "  (" + (report.nextQuestions().size() - shown) + " more in --json)")).append('\n');
      }
    }
    if (explain) {
      for (MeasureOutcome outcome : report.outcomes()) {
        text.append('\n').append("== ").append(outcome.title().in(locale)).append(" (").append(outcome.measure())
            .append(")\n");
        if (!outcome.reasons().isEmpty()) {
          // the reasons of a condition read as the condition ("增值税小规模纳税人"): say what they are
          text.append("  ").append(words.reasonsHeading(outcome.verdict())).append('\n');
        }
        for (Reason reason : outcome.reasons()) {
          text.append("  - ").append(reason.message().in(locale)).append(" [").append(reason.citation().label(locale))
              .append("]\n");
        }
        for (Reason note : outcome.notes()) {
          text.append("  ! ").append(note.message().in(locale)).append(" [").append(note.citation().label(locale))
              .append("]\n");
        }
        outcome.detail().ifPresent(detail -> text.append("  ").append(detail.in(locale)).append('\n'));
        text.append(outcome.explanation().render(locale));
      }
    }
    return text.toString();
  }

  /**
   * The size class the report's 工信部联企业〔2011〕300号 outcome gives ("规模 小型企业（2022年数据） · "), or nothing
   * when the report holds no such outcome or it gives no class (the figures not given): the class decides many
   * measures, and the table's row for it shows only a verdict.
   */
  static String sizeClass(EntitlementReport report, Labels words, Locale locale) {
    for (MeasureOutcome outcome : report.outcomes()) {
      if (outcome.measure().equals(SizeStandard.MIIT_2011.id()) && outcome.detail().isPresent()) {
        return words.pick("规模 ", "size ") + outcome.detail().get().in(locale) + " · ";
      }
    }
    return "";
  }

  /**
   * Whether a counted outcome waits on the firm's registration region (a profile without one, or with only its
   * city's code where a district's measure applies): the total then counts one place's regional measures (decisions
   * register §0.6) while each place's rows read as counted.
   */
  private static boolean regionOpen(EntitlementReport report) {
    for (MeasureOutcome outcome : report.outcomes()) {
      if (outcome.countedInTotal() && outcome.missingFacts().contains("/registrationRegionCode")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The engine's options that are not the defaults, one line each with what it does and the decision that leaves it
   * open, and a blank line after them; empty when both are the defaults.
   */
  static String options(EngineOptions used, Labels words) {
    StringBuilder text = new StringBuilder();
    if (!used.equals(EngineOptions.DEFAULTS)) {
      text.append(words.pick("非默认选项：", "Options not the defaults:")).append('\n');
      if (used.unsettledStacking() != EngineOptions.DEFAULTS.unsettledStacking()) {
        text.append("  unsettledStacking ").append(used.unsettledStacking()).append(words.pick("（", " ("))
            .append(unsettled(used.unsettledStacking(), words)).append("; decisions register §4.4 item 25")
            .append(words.pick("）", ")")).append('\n');
      }
      if (used.interestSubsidyPrecedence() != EngineOptions.DEFAULTS.interestSubsidyPrecedence()) {
        text.append("  interestSubsidyPrecedence ").append(used.interestSubsidyPrecedence())
            .append(words.pick("（", " (")).append(precedence(used.interestSubsidyPrecedence(), words))
            .append("; decisions register §4.1 item 10").append(words.pick("）", ")")).append('\n');
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** What an unsettled-stacking choice does, in the words of the outcomes' notes. */
  private static String unsettled(EngineOptions.UnsettledStacking choice, Labels words) {
    return switch (choice) {
      case COUNT_BOTH -> words.pick("未明确能否叠加的两项措施均计入合计", "of two measures no source says stack, both count");
      case COUNT_HIGHER -> words.pick("未明确能否叠加的两项措施仅计较高一项",
          "of two measures no source says stack, only the higher counts");
    };
  }

  /** Which municipal interest subsidy a loan qualifying for both takes under a precedence. */
  private static String precedence(StackingPrecedence choice, Labels words) {
    return switch (choice) {
      case FIRST_CLAIMED -> words.pick("贷款两项市级贴息均符合时，已申领者优先，均未申领取较大者",
          "a loan qualifying for both municipal interest subsidies takes the one claimed first, else the larger");
      case LARGER -> words.pick("贷款两项市级贴息均符合时取较大者",
          "a loan qualifying for both municipal interest subsidies takes the larger");
    };
  }
}
