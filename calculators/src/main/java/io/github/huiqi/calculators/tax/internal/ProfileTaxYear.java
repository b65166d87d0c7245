package io.github.huiqi.calculators.tax.internal;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The tax year of an enterprise profile that the tax measures' evaluators read (small-scale VAT, 小型微利企业, R&amp;D
 * super deduction), the measures a firm-year view takes besides the one evaluated, and the outcomes every tax
 * evaluator gives when the year cannot be read. Not part of the public API: may change without notice.
 * <p>
 * The tax year is the latest of the profile's {@code years} not after the evaluation date's year: the year in
 * progress when the profile holds it, otherwise the last one before (a documented default, {@link #CHOICE}).
 */
public final class ProfileTaxYear {

  /** Which year's figures an evaluation on a date reads, which no source settles. */
  public static final Citation CHOICE = Citation.libraryDefault("decisions register §4.6", "no source says which "
      + "year of an enterprise's figures a tax measure evaluated on a date reads; default: the latest year of the "
      + "profile not after the evaluation date's year (the year in progress when the profile holds it, otherwise the "
      + "last one before)");
  /** How the R&amp;D request reads the enterprise's kinds from the profile, which no source settles. */
  public static final Citation RD_KINDS = Citation.libraryDefault("decisions register §4.5 item 34", "the R&D "
      + "kinds are read from the profile: a 科技型中小企业 if its enrolment is held at some time in the tax year; a "
      + "manufacturing enterprise (2021年第13号: 制造业 income at least 50% of total income) if its industry code is "
      + "in section C (制造业) of GB/T 4754-2017, unknown when the code is");
  /** The R&amp;D request's fields that are a year's {@code rd…} facts ({@code intangibles}: {@code rdIntangibles}). */
  private static final Set<String> RD_FIELDS = Set.of("intangibles", "expensedCosts", "projects", "entrustments",
      "specialIncome", "soldProductMaterials", "soldProductMaterialsCarriedForward");
  /** A loss year's taxable income, taken as zero. */
  public static final Citation LOSS_AS_ZERO = Citation.libraryDefault("decisions register §1.7", "a negative "
      + "taxable income (a loss) is taken as zero: there is no tax to relieve, and losses carried to other years "
      + "(企业所得税法 第十八条) are not valued by the firm-year view");

  /** A quarter listed that ends before the registration date, which the sources do not average. */
  public static final Citation BEFORE_REGISTRATION = Citation.libraryDefault("decisions register §4.6 item 116",
      "a quarter that ends before the registration date is not of the actual operating period (年度中间开业的，以其实际"
      + "经营期作为一个纳税年度确定上述相关指标, 财税〔2019〕13号 第二条 and its successors): left out of the averages when "
      + "its figures are zero, bad input when it states one");

  /** Who pays enterprise income tax, which the 小型微利企业 relief and the R&amp;D extra deduction reduce. */
  public static final Citation ENTERPRISE_INCOME_TAXPAYER = new Citation(Provenance.EXTERNAL_INSTRUMENT,
      "《中华人民共和国企业所得税法》", "第一条", Optional.empty(),
      Optional.of("企业和其他取得收入的组织（以下统称企业）为企业所得税的纳税人"),
      Optional.of("深工信〔2023〕26号 第1条 relieves 小型微利企业 of enterprise income tax (按20%的税率缴纳企业所得税) and "
          + "grants the R&D extra deduction before it (税前加计扣除); a 个体工商户 is a natural person in business "
          + "(《民法典》第五十四条), taxed on its business income under 个人所得税法 第二条, not under this law"));

  private ProfileTaxYear() {
  }

  /** Who is outside the enterprise income tax law though an enterprise: 个人独资企业 and 合伙企业. */
  public static final Citation OUTSIDE_ENTERPRISE_INCOME_TAX = new Citation(Provenance.EXTERNAL_INSTRUMENT,
      "《中华人民共和国企业所得税法》", "第一条", Optional.of("第二款"), Optional.of("个人独资企业、合伙企业不适用本法"),
      Optional.of("深工信〔2023〕26号 第1条 relieves 小型微利企业 of enterprise income tax and grants the R&D extra "
          + "deduction before it; a 个人独资企业 or a 合伙企业 pays no enterprise income tax (its investors or partners "
          + "are taxed under 个人所得税法), so neither relief has a tax to reduce"));

  /**
   * Whether the profile's legal form pays no enterprise income tax ({@link LegalForm#paysEnterpriseIncomeTax()}: a
   * 个体工商户, 个人独资企业 or 合伙企业); a legal form not given is read as an enterprise's that pays it (decisions
   * register §0.3).
   *
   * @param profile  the enterprise
   * @return true when its legal form is given and pays no enterprise income tax
   */
  public static boolean paysNoEnterpriseIncomeTax(EnterpriseProfile profile) {
    LegalForm form = profile.legalForm().orElse(null);
    return form != null && !form.paysEnterpriseIncomeTax();
  }

  /**
   * Returns the reason of a business with no enterprise income tax to relieve or deduct from, citing why for its
   * legal form.
   *
   * @param profile  the enterprise, whose legal form pays no enterprise income tax
   * @return the reason
   */
  public static Reason notEnterpriseIncomeTaxpayer(EnterpriseProfile profile) {
    LegalForm form = profile.legalForm().orElse(LegalForm.INDIVIDUAL_BUSINESS);
    return switch (form) {
      case SOLE_PROPRIETORSHIP -> new Reason("not-enterprise-income-taxpayer", LocalizedText.of(
          "个人独资企业不适用企业所得税法", "a sole proprietorship does not pay enterprise income tax"),
          OUTSIDE_ENTERPRISE_INCOME_TAX);
      case PARTNERSHIP -> new Reason("not-enterprise-income-taxpayer", LocalizedText.of("合伙企业不适用企业所得税法",
          "a partnership does not pay enterprise income tax"), OUTSIDE_ENTERPRISE_INCOME_TAX);
      default -> new Reason("not-enterprise-income-taxpayer", LocalizedText.of("个体工商户不是企业所得税纳税人",
          "an individual business does not pay enterprise income tax"), ENTERPRISE_INCOME_TAXPAYER);
    };
  }

  /**
   * Chooses the tax year: the latest of the profile's years not after the evaluation date's year.
   *
   * @param profile  the enterprise
   * @param asOf  the evaluation date
   * @return the year's figures; empty when the years are not known or none is on or before the date's year
   */
  public static Optional<EnterpriseYear> choose(EnterpriseProfile profile, LocalDate asOf) {
    Args.notNull(profile, "profile");
    int latest = Args.notNull(asOf, "asOf").getYear();
    EnterpriseYear chosen = null;
    for (EnterpriseYear year : profile.years().orElse(List.of())) {
      if (year.year() <= latest && (chosen == null || year.year() > chosen.year())) {
        chosen = year;
      }
    }
    return Optional.ofNullable(chosen);
  }

  /**
   * Tells whether a profile whose years hold none up to the evaluation date's year is known to have had no tax year
   * by then: its years are known to be empty, or it was registered after that year. A profile that gives only later
   * years (a platform holding the recent ones) and no registration date after the year is missing the year's
   * figures, not known to lack them, so its tax measures are undetermined, naming {@code /years}.
   *
   * @param profile  the enterprise, its years given and none up to the evaluation date's year
   * @param asOf  the evaluation date
   * @return true if the enterprise is known to have had no tax year up to the date's year
   */
  public static boolean knownToHaveNoTaxYear(EnterpriseProfile profile, LocalDate asOf) {
    Args.notNull(profile, "profile");
    int latest = Args.notNull(asOf, "asOf").getYear();
    return profile.years().map(List::isEmpty).orElse(false)
        || profile.registrationDate().map(date -> date.getYear() > latest).orElse(false);
  }

  /**
   * Returns the JSON Pointer of a year in the profile.
   *
   * @param profile  the enterprise
   * @param year  one of its years
   * @return the pointer, such as {@code /years/1}
   */
  public static String pointer(EnterpriseProfile profile, EnterpriseYear year) {
    return "/years/" + profile.yearIndex(year.year());
  }

  /**
   * Returns the note naming the tax year read, for the explaining form.
   *
   * @param year  the tax year
   * @return the note
   */
  public static Reason choiceNote(int year) {
    return new Reason("tax-year", LocalizedText.of("评估的纳税年度：" + year + "（档案中不晚于评估日所在年度的最近年度）",
        "tax year evaluated: " + year + " (the profile's latest year not after the evaluation date's)"), CHOICE);
  }

  /**
   * Finds the measure of a type that a firm-year view needs besides the one evaluated: the one of the evaluated
   * measure's document, else the first of the data, else the built-in one.
   *
   * @param <M>  the measure type
   * @param data  the catalogue's policy data
   * @param evaluated  the measure evaluated
   * @param type  the type needed
   * @param builtIn  the built-in measure of the type
   * @return the measure
   */
  public static <M extends Measure> M counterpart(PolicyData data, Measure evaluated, Class<M> type,
      TypedMeasureId<M> builtIn) {
    DocumentId document = evaluated.clause().document();
    M first = null;
    for (Measure measure : data.measures()) {
      if (type.isInstance(measure)) {
        if (measure.clause().document().equals(document)) {
          return type.cast(measure);
        }
        first = first == null ? type.cast(measure) : first;
      }
    }
    return first != null ? first : PolicyData.builtIn().getMeasure(builtIn);
  }

  /**
   * Returns the rules that rewrite the JSON Pointers of the tax calculators' requests (R&amp;D, 小型微利企业, and a
   * firm-year request's {@code /rd} and {@code /incomeTax} parts) as pointers into the profile.
   *
   * @param at  the tax year's pointer, such as {@code /years/1}
   * @return the rules: {@code /industryCode} and {@code /manufacturing} → {@code /industryCode}; {@code /techSme},
   *     {@code /icOrMachineTool} and {@code /restrictedOrProhibitedIndustry} as they are; {@code /quarters} →
   *     {@code <at>/quarters}; each also under {@code /rd} or {@code /incomeTax}
   */
  public static ProfilePointers pointers(String at) {
    return ProfilePointers.builder()
        .exact("/rd/manufacturing", "/industryCode")
        .exact("/manufacturing", "/industryCode")
        .exact("/incomeTax/quarters", at + "/quarters")
        .exact("/quarters", at + "/quarters")
        .prefix("/rd/", "/")
        .prefix("/incomeTax/", "/")
        .exact("/industryCode", "/industryCode")
        .exact("/techSme", "/techSme")
        .exact("/icOrMachineTool", "/icOrMachineTool")
        .exact("/restrictedOrProhibitedIndustry", "/restrictedOrProhibitedIndustry")
        .build();
  }

  /**
   * Names a bad fact of a tax calculator's request by its pointer in the profile: the R&amp;D {@code intangibles},
   * {@code expensedCosts}, {@code projects}, {@code entrustments}, {@code specialIncome}, {@code soldProductMaterials}
   * and {@code soldProductMaterialsCarriedForward} are the year's {@code rd…} facts of the same name, the
   * {@code industryCode} is the profile's, anything else (such as {@code quarters/2/quarter}) the year's.
   *
   * @param ex  the calculator's exception, its field relative to the request or to a firm-year part
   * @param at  the tax year's pointer, such as {@code /years/1}
   * @return the exception naming the profile's field
   */
  public static InvalidInputException relocate(InvalidInputException ex, String at) {
    String field = ex.field().startsWith("/") ? ex.field().substring(1) : ex.field();
    for (String part : List.of("rd/", "incomeTax/")) {
      field = field.startsWith(part) ? field.substring(part.length()) : field;
    }
    String located;
    String head = field.contains("/") ? field.substring(0, field.indexOf('/')) : field;
    if (RD_FIELDS.contains(head)) {
      located = at + "/rd" + Character.toUpperCase(head.charAt(0)) + field.substring(1);
    } else if (field.equals("industryCode")) {
      located = "/industryCode";
    } else {
      located = field.isEmpty() ? at : at + "/" + field;
    }
    return ex.withField(located);
  }

  /**
   * Returns the quarters whose employees and total assets the 小型微利企业 test averages: the year's quarters when they
   * are every quarter the enterprise operated in the year, as far as the profile tells; none (unknown) when one is
   * missing. The indicators are the year's quarterly averages (全年季度平均值＝全年各季度平均值之和÷4), a firm starting
   * mid-year averaging over its actual operating period (财税〔2019〕13号 第二条, restated in the definition of
   * 财政部 税务总局公告2022年第13号 and its successors), so the quarters operated run from the one the enterprise was
   * registered in (the first, when registered before the year) through the fourth. The profile holds no fact of a
   * firm that stopped operating mid-year, so a missing later quarter leaves them unknown too; and when the
   * registration date is not known, anything but the four quarters does (the firm may or may not have started in the
   * year). A quarter listed that ends before the registration date is not of the operating period (decisions register
   * §4.6 item 116): left out when its four figures are zero (nothing operated), refused as bad input when it states a
   * figure, which the registration date contradicts.
   *
   * @param profile  the enterprise
   * @param year  one of its years
   * <p>
   * The order the quarters are listed in is no fact: each names its quarter, and the average is a sum over the
   * quarters ÷ their count (财政部 税务总局公告2022年第13号 第二条), so they are read in the order of their numbers
   * (decisions register §4.6 item 126).
   *
   * @return the quarters to average, in the order of their numbers: the year's own from the registration quarter; an
   *     empty list when they are unknown or incomplete; the year's empty list when it says no quarter was operated
   * @throws InvalidInputException if a quarter is listed twice ({@code input.duplicate}) or a quarter before the
   *     registration quarter states a figure other than zero, naming it relative to the year as listed, such as
   *     {@code quarters/0/employeesAtEnd}
   */
  public static List<OperatingQuarter> quartersToAverage(EnterpriseProfile profile, EnterpriseYear year) {
    List<OperatingQuarter> listed = year.quarters().orElse(List.of());
    List<Integer> order = byNumber(listed);
    List<OperatingQuarter> given = order.stream().map(listed::get).toList();
    Optional<LocalDate> registered = profile.registrationDate();
    // the quarters of a year before the registration's are handed on, which the measures tell elsewhere
    if (given.isEmpty() || registered.isPresent() && registered.get().getYear() > year.year()) {
      return given;
    }
    int first = firstOperated(registered, year.year());
    List<OperatingQuarter> operated = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      OperatingQuarter quarter = given.get(i);
      if (quarter.quarter() >= first) {
        operated.add(quarter);
      } else {
        requireNothingOperated(quarter, order.get(i), registered.orElseThrow());
      }
    }
    return complete(operated, first) ? (operated.size() == given.size() ? given : List.copyOf(operated)) : List.of();
  }

  /**
   * Returns the numbers of the quarters of a year that end before the registration date, among those listed, which
   * {@link #quartersToAverage} leaves out (decisions register §4.6 item 116).
   *
   * @param profile  the enterprise
   * @param year  one of its years
   * @return the quarters' numbers, in increasing order (the order listed is no fact, register §4.6 item 126); empty
   *     when none is listed or the registration date is not in the year
   */
  public static List<Integer> quartersBeforeRegistration(EnterpriseProfile profile, EnterpriseYear year) {
    Optional<LocalDate> registered = profile.registrationDate();
    if (registered.isEmpty() || registered.get().getYear() != year.year()) {
      return List.of();
    }
    int first = firstOperated(registered, year.year());
    List<Integer> before = new ArrayList<>();
    for (OperatingQuarter quarter : year.quarters().orElse(List.of())) {
      if (quarter.quarter() < first) {
        before.add(quarter.quarter());
      }
    }
    before.sort(null);
    return List.copyOf(before);
  }

  /**
   * Returns the note of the quarters listed before the registration quarter, left out of the averages, for the
   * explaining form.
   *
   * @param quarters  the quarters' numbers ({@link #quartersBeforeRegistration}), at least one
   * @param registered  the registration date
   * @return the note
   */
  public static Reason beforeRegistrationNote(List<Integer> quarters, LocalDate registered) {
    String listed = quarters.stream().map(String::valueOf).reduce((x, y) -> x + "、" + y).orElse("");
    String listedEn = quarters.stream().map(q -> "Q" + q).reduce((x, y) -> x + ", " + y).orElse("");
    return new Reason("quarters-before-registration", LocalizedText.of("登记日（" + registered + "）前的第" + listed
        + "季度不计入季度平均值", listedEn + " before the registration on " + registered + " left out of the averages"),
        BEFORE_REGISTRATION);
  }

  /** The first quarter operated in a tax year: the registration's when in the year, else the first. */
  private static int firstOperated(Optional<LocalDate> registered, int taxYear) {
    return registered.isPresent() && registered.get().getYear() == taxYear
        ? (registered.get().getMonthValue() - 1) / 3 + 1 : 1;
  }

  /** Refuses a quarter before the registration quarter that states a figure: the firm did not exist then. */
  private static void requireNothingOperated(OperatingQuarter quarter, int index, LocalDate registered) {
    String problem = "must be 0 in quarter " + quarter.quarter() + ", which ends before the registration on "
        + registered + ": the firm did not operate then, and its averages run over the quarters operated (decisions "
        + "register §4.6 item 116); give the quarter with zero figures, or leave it out";
    String at = "quarters/" + index + "/";
    if (quarter.employeesAtStart() != 0) {
      throw new InvalidInputException(at + "employeesAtStart", quarter.employeesAtStart(), problem);
    }
    if (quarter.employeesAtEnd() != 0) {
      throw new InvalidInputException(at + "employeesAtEnd", quarter.employeesAtEnd(), problem);
    }
    if (Cny.yuan(quarter.totalAssetsAtStart(), "totalAssetsAtStart").signum() != 0) {
      throw new InvalidInputException(at + "totalAssetsAtStart", quarter.totalAssetsAtStart(), problem);
    }
    if (Cny.yuan(quarter.totalAssetsAtEnd(), "totalAssetsAtEnd").signum() != 0) {
      throw new InvalidInputException(at + "totalAssetsAtEnd", quarter.totalAssetsAtEnd(), problem);
    }
  }

  /**
   * The indexes of the quarters listed, in the order of their numbers (decisions register §4.6 item 126).
   *
   * @throws InvalidInputException if a quarter is listed twice ({@code input.duplicate}), naming the later one as
   *     listed relative to the year, such as {@code quarters/2/quarter}
   */
  private static List<Integer> byNumber(List<OperatingQuarter> listed) {
    List<Integer> order = new ArrayList<>(listed.size());
    int[] at = {-1, -1, -1, -1, -1};
    for (int i = 0; i < listed.size(); i++) {
      int number = listed.get(i).quarter();
      if (at[number] >= 0) {
        throw new InvalidInputException(InvalidInputException.DUPLICATE, "quarters/" + i + "/quarter", number,
            "must not repeat the quarter at quarters/" + at[number] + ": each quarter is given once",
            "必须唯一：与 quarters/" + at[number] + " 的季度重复，每个季度只填一次", null);
      }
      at[number] = i;
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> listed.get(i).quarter()));
    return order;
  }

  /**
   * Adds to an outcome's missing facts what completes a year's quarters: when the quarters are among them (unknown
   * or incomplete, {@link #quartersToAverage}) and the quarters given are not all four while the registration date
   * is not known, {@code /registrationDate} too, since a firm registered in the year may have operated only those.
   *
   * @param missing  the outcome's missing facts, as profile pointers
   * @param profile  the enterprise
   * @param year  the tax year
   * @param at  the year's pointer, such as {@code /years/0}
   * @return the facts, {@code missing} itself when nothing is added
   */
  public static List<String> withQuarterFacts(List<String> missing, EnterpriseProfile profile, EnterpriseYear year,
      String at) {
    List<OperatingQuarter> given = year.quarters().orElse(List.of());
    if (given.isEmpty() || given.size() == 4 || profile.registrationDate().isPresent()
        || missing.contains("/registrationDate") || !missing.contains(at + "/quarters")) {
      return missing;
    }
    List<String> facts = new ArrayList<>(missing);
    facts.add("/registrationDate");
    return List.copyOf(facts);
  }

  /** Whether the quarters operated listed hold every quarter from the first operated through the fourth. */
  private static boolean complete(List<OperatingQuarter> operated, int first) {
    boolean[] listed = new boolean[5];
    for (OperatingQuarter quarter : operated) {
      listed[quarter.quarter()] = true;
    }
    for (int q = first; q <= 4; q++) {
      if (!listed[q]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the year's taxable income before the R&amp;D extra deduction, a loss taken as zero ({@link #LOSS_AS_ZERO}).
   *
   * @param year  the year
   * @return the income in yuan, not negative; empty if not known
   */
  public static Optional<BigDecimal> taxableIncome(EnterpriseYear year) {
    return year.taxableIncomeBeforeRd().map(amount -> Cny.yuan(amount, "taxableIncomeBeforeRd").max(BigDecimal.ZERO));
  }

  /**
   * Returns the note of a loss year taken as zero, if the year's taxable income is negative.
   *
   * @param year  the year
   * @return the note, for the explaining form
   */
  public static Optional<Reason> lossNote(EnterpriseYear year) {
    boolean loss = year.taxableIncomeBeforeRd().map(amount -> amount.isNegative()).orElse(false);
    return loss ? Optional.of(new Reason("loss-taken-as-zero", LocalizedText.of("纳税年度亏损：应纳税所得额按零计",
        "a loss year: taxable income taken as zero"), LOSS_AS_ZERO)) : Optional.empty();
  }

  /**
   * Returns the note on how the R&amp;D kinds are read from the profile ({@link #RD_KINDS}).
   *
   * @return the note, for the explaining form
   */
  public static Reason rdKindsNote() {
    return new Reason("rd-kinds-from-profile", LocalizedText.of("企业类型取自档案：科技型中小企业按纳税年度内的入库资格，"
        + "制造业企业按行业代码C门类", "kinds read from the profile: a tech SME by its enrolment in the tax year, a "
        + "manufacturer by its industry code's section C"), RD_KINDS);
  }

  //-------------------------------------------------------------------------
  /**
   * Finishes an outcome whose years are not known: undetermined, naming the facts, with no upper bound.
   *
   * @param context  the context
   * @param builder  the outcome so far
   * @param facts  the missing facts, such as {@code /years}
   * @param explain  whether to give the reason
   * @param citation  the clause that needs the facts
   * @return the outcome
   */
  public static MeasureOutcome unknown(EvaluationContext context, MeasureOutcome.Builder builder, List<String> facts,
      boolean explain, Citation citation) {
    builder.verdict(Verdict.UNDETERMINED).amount(OutcomeAmount.atLeast(Cny.ZERO)).addAllMissingFacts(facts);
    if (explain) {
      builder.addReasons(new Reason("tax-year-figures", LocalizedText.of("纳税年度的数据未知：" + String.join("、", facts),
          "the tax year's figures are not known: " + String.join(", ", facts)), citation));
    }
    return context.finish(builder);
  }

  /**
   * Finishes an ineligible outcome: zero, with the reason in the explaining form.
   *
   * @param context  the context
   * @param builder  the outcome so far
   * @param explain  whether to give the reason
   * @param reason  the reason, built only when explaining
   * @return the outcome
   */
  public static MeasureOutcome ineligible(EvaluationContext context, MeasureOutcome.Builder builder, boolean explain,
      Supplier<Reason> reason) {
    builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
    if (explain) {
      builder.addReasons(reason.get());
    }
    return context.finish(builder);
  }

  /**
   * Returns the reason of a profile known to have had no year on or before the evaluation date's year
   * ({@link #knownToHaveNoTaxYear}).
   *
   * @param asOf  the evaluation date
   * @return the reason
   */
  public static Reason noTaxYear(LocalDate asOf) {
    return new Reason("no-tax-year", LocalizedText.of("档案中没有" + asOf.getYear() + "年或之前年度的数据",
        "the profile holds no year up to " + asOf.getYear()), CHOICE);
  }

  /**
   * Returns the reason of a tax year the measure has no rules for.
   *
   * @param year  the tax year
   * @param citation  the measure's table
   * @return the reason
   */
  public static Reason noRules(int year, Citation citation) {
    return new Reason("no-rules-for-tax-year", LocalizedText.of("本措施对" + year + "纳税年度没有规定",
        "the measure has no rules for tax year " + year), citation);
  }
}
