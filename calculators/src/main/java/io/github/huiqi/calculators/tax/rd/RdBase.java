package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.tax.rd.RdBaseRules;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.rd.RdOtherCostsScope;
import io.github.huiqi.core.tax.rd.RdProject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The base of the R&amp;D super deduction for a tax year, gathered before any rate applies: the lines of A107012
 * from 2 to 49, and 52. Not part of the public API.
 * <pre>
 *   units                 = the request's expensedCosts (one expensed unit) and each project, net of grant-funded costs
 *   other-costs limit     = per unit (PER_PROJECT years) or over all units (POOLED years): five × 10% ÷ (1 − 10%)
 *   line 34               = Σ min(other, own limit), or min(Σ other, pooled limit)
 *   line 2                = Σ five + line 34
 *   line 38               = min(line 37 × 80%, (line 2 + line 36 × 80%) × 2/3) from 2018, else 0; line 39 counts 0
 *   line 40               = line 2 + line 36 × 80% + line 38
 *   line 42               = Σ capitalised units' five + allowed other; line 41 = line 40 − line 42
 *   line 43 / 44          = amortisation at 100% of the intangibles formed in / before the year
 *   line 45 = 41 + 43 + 44;  line 47 = max(45 − 46, 0);  line 52 = max(48 + 49 − 47, 0)
 * </pre>
 * Each limit, each 80% and the 2/3 cap is one rounding; in POOLED years a capitalised project's share of the pooled
 * allowance is its other costs × allowance ÷ Σ other costs, rounded once (a library default, {@link #SHARES}).
 */
final class RdBase {

  /** A project's share of the pooled other-costs allowance, which no source settles. */
  static final Citation SHARES = Citation.libraryDefault("decisions register §4.5 item 34", "when the other-costs "
      + "limit is computed over all projects (国家税务总局公告2021年第28号), a project's share of the allowance is in "
      + "proportion to its other related costs; it matters only for the split between expensed (A107012 line 41) and "
      + "capitalised (line 42) R&D, which the instruments do not address");
  /** When a capitalised project's intangible starts amortising, which the tax instruments do not settle. */
  static final Citation MONTHS = Citation.libraryDefault("decisions register §4.5 item 34", "an intangible formed in "
      + "the tax year is amortised from the month its amortisation starts, that month included (the accounting "
      + "practice for intangibles, paraphrase), for at most its period: months in the year = min(13 − month, period)");

  private static final int MONTHS_PER_YEAR = 12;
  private static final String POOL = "expensedCosts";

  final Parameter<RdOtherCostsScope> scope;
  final BigDecimal otherCostsCap;
  final BigDecimal allowedOther;
  final BigDecimal expensedExact;
  final List<Amortised> amortised;
  final BigDecimal offsets;
  final BigDecimal net;
  /** The projects' figures, in request order; empty in the plain form. */
  final List<RdProjectFigures> projects;
  /** The form's lines 2–49 and 52, in line order; empty in the plain form. */
  final List<RdFormLine> lines;
  /** The limit that cut the base, if one did (see {@link #binding}). */
  final Optional<BindingLimit> binding;

  private RdBase(Parameter<RdOtherCostsScope> scope, BigDecimal otherCostsCap, BigDecimal allowedOther,
      BigDecimal expensedExact, List<Amortised> amortised, BigDecimal offsets, BigDecimal net,
      List<RdProjectFigures> projects, List<RdFormLine> lines, Optional<BindingLimit> binding) {
    this.scope = scope;
    this.otherCostsCap = otherCostsCap;
    this.allowedOther = allowedOther;
    this.expensedExact = expensedExact;
    this.amortised = amortised;
    this.offsets = offsets;
    this.net = net;
    this.projects = projects;
    this.lines = lines;
    this.binding = binding;
  }

  /**
   * The limit that cut the base: the overseas two thirds when it bound, it being applied last (on the own R&amp;D
   * already within the other-costs limit), else the other-costs limit when it bound (its value the sum of the limits
   * that bound, per project for 2016–2020), else none; decisions register §4.5 item 34.
   */
  private static Optional<BindingLimit> binding(RdMeasure measure, BigDecimal otherBound,
      Optional<BigDecimal> overseasBound) {
    if (overseasBound.isPresent()) {
      String share = measure.base().overseasCapOfDomestic().value().toString();
      return Optional.of(new BindingLimit("overseas-entrusted-cap", LocalizedText.of("委托境外机构研发费用限额：不超过境内"
          + "符合条件的研发费用的" + share, "cap on R&D entrusted to overseas entities: at most " + share + " of the "
          + "domestic qualifying R&D"), Cny.of(overseasBound.get()),
          measure.base().overseasCapOfDomestic().citation()));
    }
    if (otherBound.signum() <= 0) {
      return Optional.empty();
    }
    String share = measure.otherCostsCapShare().value().toString();
    return Optional.of(new BindingLimit("other-costs-cap", LocalizedText.of("其他相关费用限额："
        + "不超过可加计扣除研发费用总额的" + share, "cap on other related costs: at most " + share + " of the eligible "
        + "R&D total"), Cny.of(otherBound), measure.otherCostsCapShare().citation()));
  }

  /** An intangible amortised in the year: from the request's intangibles or formed by a capitalised project. */
  record Amortised(RdIntangibleAsset asset, int period, String field, boolean formedThisYear,
      BigDecimal amortisation) {
  }

  /** A unit of the other-costs limit: the pooled expensed costs or one project, net of grants. */
  private record Unit(String name, boolean capitalised, RdExpensedCosts net, BigDecimal grant,
      Optional<RdProject> project) {

    BigDecimal five() {
      return net.otherFiveYuan();
    }

    BigDecimal other() {
      return net.otherRelatedYuan();
    }
  }

  //-------------------------------------------------------------------------
  /**
   * Gathers the base.
   *
   * @throws InvalidInputException naming {@code taxYear} if the measure has no other-costs scope for it,
   *     {@code intangibles/<i>/monthsInYear} if an intangible's months exceed its period, or
   *     {@code entrustments/<i>/price} for R&amp;D entrusted to an overseas entity with no domestic base
   */
  static RdBase gather(RdMeasure measure, RdRequest request, MoneyRounding rounding, StepTrace steps) {
    int year = request.taxYear();
    RdBaseRules rules = measure.base();
    Parameter<RdOtherCostsScope> scope = rules.findOtherCostsScope(year).orElseThrow(() ->
        new InvalidInputException("taxYear", year, "must be a tax year the measure's other-costs scope covers: "
            + rules.otherCostsScopes().stream().map(s -> s.validity().toString()).toList()));
    List<Unit> units = units(request, rules, steps);
    steps.add(() -> new ConditionStep(LocalizedText.of("其他相关费用限额的计算范围：" + (scope.value()
        == RdOtherCostsScope.POOLED ? "全部研发项目统一计算" : "按每一研发项目分别计算"),
        "scope of the other-costs limit: " + scope.value()), ConditionOutcome.MET, "tax year " + year + " within "
        + scope.validity(), scope.citation()));
    Limits limits = scope.value() == RdOtherCostsScope.POOLED ? pooled(measure, units, rounding, steps)
        : perProject(measure, units, rounding, steps);

    BigDecimal[] categories = new BigDecimal[5];
    Arrays.fill(categories, BigDecimal.ZERO);
    BigDecimal otherIncurred = BigDecimal.ZERO;
    BigDecimal five = BigDecimal.ZERO;
    for (Unit unit : units) {
      five = five.add(unit.five());
      if (steps.enabled()) {
        // the form's lines by category, which only the explaining form shows
        RdExpensedCosts c = unit.net();
        categories[0] = categories[0].add(Cny.yuan(c.personnel(), "personnel"));
        categories[1] = categories[1].add(Cny.yuan(c.directInputs(), "directInputs"));
        categories[2] = categories[2].add(Cny.yuan(c.depreciation(), "depreciation"));
        categories[3] = categories[3].add(Cny.yuan(c.intangibleAmortisation(), "intangibleAmortisation"));
        categories[4] = categories[4].add(Cny.yuan(c.newProductDesign(), "newProductDesign"));
        otherIncurred = otherIncurred.add(unit.other());
      }
    }
    BigDecimal own = five.add(limits.allowedTotal);
    Entrusted entrusted = entrusted(rules, request, own, rounding, steps);
    BigDecimal subtotal = own.add(entrusted.domesticCounted).add(entrusted.overseasAllowed);
    BigDecimal capitalised = BigDecimal.ZERO;
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).capitalised()) {
        capitalised = capitalised.add(units.get(i).five()).add(limits.allowed.get(i));
      }
    }
    BigDecimal expensed = subtotal.subtract(capitalised);
    BigDecimal capitalisedTotal = capitalised;
    steps.add(() -> new CalculationStep(LocalizedText.of("年度研发费用小计（A107012 第40行）：本年费用化（第41行）"
        + rounding.round(expensed).toPlainString() + "，资本化（第42行）" + rounding.round(capitalisedTotal)
        .toPlainString(), "the year's R&D subtotal (A107012 line 40): expensed (line 41) "
        + rounding.round(expensed).toPlainString() + ", capitalised (line 42) "
        + rounding.round(capitalisedTotal).toPlainString()), own.toPlainString() + " + "
        + entrusted.domesticCounted.toPlainString() + " + " + entrusted.overseasAllowed.toPlainString(),
        subtotal, rules.form()));

    List<RdProjectFigures> figures = new ArrayList<>();
    List<Amortised> amortised = intangibles(measure, request, rounding);
    for (int i = 1; i < units.size(); i++) {
      Unit unit = units.get(i);
      BigDecimal qualifying = unit.five().add(limits.allowed.get(i));
      Optional<BigDecimal> cost = Optional.empty();
      RdProject project = unit.project().orElseThrow();
      if (project.amortisationStart().isPresent()) {
        BigDecimal formed = rounding.round(project.earlierCapitalisedCost().map(a -> Cny.yuan(a, "cost"))
            .orElse(BigDecimal.ZERO).add(qualifying));
        cost = Optional.of(formed);
        amortised.add(formed(measure, project, formed, i - 1, year, rounding, steps));
      }
      if (steps.enabled()) {
        figures.add(new RdProjectFigures(unit.name(), unit.capitalised(), Cny.of(unit.five()),
            Cny.of(unit.other()), Cny.of(unit.grant()), limits.own.get(i).map(Cny::of),
            Cny.of(rounding.round(limits.allowed.get(i))), Cny.of(rounding.round(qualifying)), cost.map(Cny::of)));
      }
    }
    BigDecimal formedThisYear = BigDecimal.ZERO;
    BigDecimal earlier = BigDecimal.ZERO;
    for (Amortised a : amortised) {
      if (a.formedThisYear()) {
        formedThisYear = formedThisYear.add(a.amortisation());
      } else {
        earlier = earlier.add(a.amortisation());
      }
    }
    BigDecimal allowedDeduction = rounding.round(expensed).add(formedThisYear).add(earlier);
    BigDecimal special = amount(request.specialIncome());
    BigDecimal afterSpecial = allowedDeduction.subtract(special).max(BigDecimal.ZERO);
    BigDecimal materials = amount(request.soldProductMaterials());
    BigDecimal carried = amount(request.soldProductMaterialsCarriedForward());
    BigDecimal net = afterSpecial.subtract(materials).subtract(carried);
    BigDecimal offsets = special.add(materials).add(carried);
    offsetSteps(rules, special, materials, carried, allowedDeduction, afterSpecial, net, steps);

    Lines lines = new Lines(rounding, steps.enabled());
    lines.add(2, "一、自主研发、合作研发、集中研发", "own, cooperative and centralised R&D", own, rules.costCategories());
    lines.add(3, "（一）人员人工费用", "personnel", categories[0], rules.costCategories());
    lines.add(7, "（二）直接投入费用", "direct inputs", categories[1], rules.costCategories());
    lines.add(16, "（三）折旧费用", "depreciation", categories[2], rules.costCategories());
    lines.add(19, "（四）无形资产摊销", "intangible amortisation", categories[3], rules.costCategories());
    lines.add(23, "（五）新产品设计费等", "new-product design and the like", categories[4], rules.costCategories());
    lines.add(28, "（六）其他相关费用", "other related costs", otherIncurred, rules.costCategories());
    lines.add(34, "（七）经限额调整后的其他相关费用", "other related costs within the limit", limits.allowedTotal,
        scope.citation());
    lines.add(35, "二、委托研发", "entrusted R&D", entrusted.domestic.add(entrusted.overseas)
        .add(entrusted.individual), rules.entrustedShare().citation());
    lines.add(36, "（一）委托境内机构或个人进行研发活动所发生的费用", "entrusted to domestic entities or individuals",
        entrusted.domestic, rules.entrustedShare().citation());
    lines.add(37, "（二）委托境外机构进行研发活动发生的费用", "entrusted to overseas entities", entrusted.overseas,
        rules.overseasEntrustedShare().citation());
    lines.add(38, "其中：允许加计扣除的委托境外机构进行研发活动发生的费用",
        "of which: entrusted to overseas entities that counts", entrusted.overseasAllowed,
        entrusted.overseasCitation);
    lines.add(39, "（三）委托境外个人进行研发活动发生的费用", "entrusted to overseas individuals", entrusted.individual,
        rules.overseasIndividualExcluded());
    lines.add(40, "三、年度研发费用小计", "the year's R&D subtotal", subtotal, rules.form());
    lines.add(41, "（一）本年费用化金额", "expensed in the year", expensed, rules.form());
    lines.add(42, "（二）本年资本化金额", "capitalised in the year", capitalised, rules.form());
    Citation amortisation = measure.defaultAmortisationYears().citation();
    lines.add(43, "四、本年形成无形资产摊销额", "amortisation of intangibles formed in the year", formedThisYear,
        amortisation);
    lines.add(44, "五、以前年度形成无形资产本年摊销额", "the year's amortisation of intangibles formed before",
        earlier, amortisation);
    lines.add(45, "六、允许扣除的研发费用合计", "R&D deductible in total", allowedDeduction, rules.form());
    lines.add(46, "减：特殊收入部分", "less: special income", special, rules.specialIncome());
    lines.add(47, "七、允许扣除的研发费用抵减特殊收入后的金额", "R&D deductible after special income", afterSpecial,
        rules.specialIncome());
    lines.add(48, "减：当年销售研发活动直接形成产品（包括组成部分）对应的材料部分",
        "less: materials of R&D products sold in the year", materials, rules.soldProductMaterials());
    lines.add(49, "减：以前年度销售研发活动直接形成产品（包括组成部分）对应材料部分结转金额",
        "less: materials of R&D products sold carried from earlier years", carried, rules.soldProductMaterials());
    lines.add(52, "十、销售研发活动直接形成产品（包括组成部分）对应材料部分结转以后年度扣除金额",
        "materials of R&D products sold carried to later years", net.negate().max(BigDecimal.ZERO),
        rules.soldProductMaterials());
    return new RdBase(scope, limits.capTotal, limits.allowedTotal, expensed, amortised, offsets, net,
        List.copyOf(figures), List.copyOf(lines.list), binding(measure, limits.bound, entrusted.overseasBound));
  }

  /** The units: the pooled expensed costs first, then each project net of its grant-funded costs. */
  private static List<Unit> units(RdRequest request, RdBaseRules rules, StepTrace steps) {
    List<Unit> units = new ArrayList<>();
    units.add(new Unit(POOL, false, request.expensedCosts(), BigDecimal.ZERO, Optional.empty()));
    for (int i = 0; i < request.projects().size(); i++) {
      RdProject project = request.projects().get(i);
      RdExpensedCosts net = project.qualifyingCosts();
      BigDecimal grant = project.costs().otherFiveYuan().add(project.costs().otherRelatedYuan())
          .subtract(net.otherFiveYuan()).subtract(net.otherRelatedYuan());
      units.add(new Unit(project.name(), project.capitalised(), net, grant, Optional.of(project)));
      int index = i;
      steps.add(() -> new InputStep(LocalizedText.of("研发项目 #" + index + "「" + project.name() + "」（"
          + (project.capitalised() ? "资本化" : "费用化") + "）", "R&D project #" + index + " " + project.name() + " ("
          + (project.capitalised() ? "capitalised" : "expensed") + ")"), "first five "
          + project.costs().otherFiveYuan().toPlainString() + ", other related "
          + project.costs().otherRelatedYuan().toPlainString()));
      if (grant.signum() > 0) {
        steps.add(() -> new CalculationStep(LocalizedText.of("研发项目 #" + index + " 不征税收入（财政性资金）支付的费用，"
            + "不得加计扣除", "project #" + index + ": costs paid from grants treated as non-taxable income, left "
            + "out"), "Σ grantFunded", grant, rules.grantsExcluded()));
      }
    }
    return units;
  }

  /** The limits of each unit, the allowed other costs of each and in total, and the total of the limits. */
  /** The limits; {@code bound} the sum of the limits that cut a unit's other related costs, zero when none did. */
  private record Limits(List<Optional<BigDecimal>> own, List<BigDecimal> allowed, BigDecimal allowedTotal,
      BigDecimal capTotal, BigDecimal bound) {
  }

  private static BigDecimal limit(RdMeasure measure, BigDecimal five, MoneyRounding rounding) {
    Rate share = measure.otherCostsCapShare().value();
    // x × share ÷ (1 − share): the product is exact, the one division rounds once at the output scale
    return share.applyTo(five).divide(BigDecimal.ONE.subtract(share.fraction()), rounding.scale(), rounding.mode());
  }

  private static Limits perProject(RdMeasure measure, List<Unit> units, MoneyRounding rounding, StepTrace steps) {
    Citation citation = measure.otherCostsCapShare().citation();
    Rate share = measure.otherCostsCapShare().value();
    List<Optional<BigDecimal>> own = new ArrayList<>();
    List<BigDecimal> allowed = new ArrayList<>();
    BigDecimal allowedTotal = BigDecimal.ZERO;
    BigDecimal capTotal = BigDecimal.ZERO;
    BigDecimal bound = BigDecimal.ZERO;
    for (Unit unit : units) {
      BigDecimal five = unit.five();
      BigDecimal limit = limit(measure, five, rounding);
      BigDecimal other = unit.other();
      BigDecimal within = other.min(limit);
      own.add(Optional.of(limit));
      allowed.add(within);
      allowedTotal = allowedTotal.add(within);
      capTotal = capTotal.add(limit);
      bound = other.compareTo(limit) > 0 ? bound.add(limit) : bound;
      if (unit.project().isEmpty() && units.size() > 1 && five.signum() == 0 && other.signum() == 0) {
        continue;
      }
      String label = unit.project().isPresent() ? "研发项目「" + unit.name() + "」" : "未列示项目的费用化研发费用";
      String en = unit.project().isPresent() ? "project " + unit.name() : "expensed R&D not itemised";
      steps.add(() -> new CalculationStep(LocalizedText.of(label + "：前五类研发费用合计", en
          + ": sum of the other five categories"), "personnel + direct inputs + depreciation + intangible "
          + "amortisation + new-product design", five, citation));
      steps.add(() -> new CalculationStep(LocalizedText.of(label + "：其他相关费用限额", en
          + ": cap on other related costs"), five.toPlainString() + " × " + share + " ÷ (1 − " + share + "), rounded "
          + rounding, limit, citation));
      steps.add(() -> new CapStep(LocalizedText.of(label + "：其他相关费用不超过可加计扣除研发费用总额的" + share, en
          + ": other related costs at most " + share + " of the eligible total"), limit, other, within, citation));
    }
    return new Limits(own, allowed, allowedTotal, capTotal, bound);
  }

  private static Limits pooled(RdMeasure measure, List<Unit> units, MoneyRounding rounding, StepTrace steps) {
    Citation citation = measure.otherCostsCapShare().citation();
    Rate share = measure.otherCostsCapShare().value();
    BigDecimal five = BigDecimal.ZERO;
    BigDecimal other = BigDecimal.ZERO;
    for (Unit unit : units) {
      five = five.add(unit.five());
      other = other.add(unit.other());
    }
    BigDecimal limit = limit(measure, five, rounding);
    BigDecimal allowedTotal = other.min(limit);
    List<Optional<BigDecimal>> own = new ArrayList<>();
    List<BigDecimal> allowed = new ArrayList<>();
    boolean shared = false;
    for (Unit unit : units) {
      own.add(Optional.empty());
      if (allowedTotal.compareTo(other) == 0) {
        allowed.add(unit.other());
      } else {
        shared |= unit.capitalised();
        allowed.add(unit.other().multiply(allowedTotal).divide(other, rounding.scale(), rounding.mode()));
      }
    }
    BigDecimal sumFive = five;
    BigDecimal sumOther = other;
    steps.add(() -> new CalculationStep(LocalizedText.of("前五类研发费用合计", "sum of the other five categories"),
        "personnel + direct inputs + depreciation + intangible amortisation + new-product design", sumFive,
        citation));
    steps.add(() -> new CalculationStep(LocalizedText.of("其他相关费用限额", "cap on other related costs"),
        sumFive.toPlainString() + " × " + share + " ÷ (1 − " + share + "), rounded " + rounding, limit, citation));
    steps.add(() -> new CapStep(LocalizedText.of("其他相关费用不超过可加计扣除研发费用总额的" + share,
        "other related costs at most " + share + " of the eligible total"), limit, sumOther, allowedTotal, citation));
    if (shared) {
      steps.add(() -> new CalculationStep(LocalizedText.of("资本化项目分得的其他相关费用：按其他相关费用占比",
          "a capitalised project's share of the allowance: in proportion to its other related costs"),
          "other × " + allowedTotal.toPlainString() + " ÷ " + sumOther.toPlainString() + ", rounded " + rounding,
          allowedTotal, SHARES));
    }
    return new Limits(own, allowed, allowedTotal, limit, other.compareTo(limit) > 0 ? limit : BigDecimal.ZERO);
  }

  //-------------------------------------------------------------------------
  /** The entrusted R&amp;D: the prices by kind, the counted domestic and the allowed overseas amounts. */
  private record Entrusted(BigDecimal domestic, BigDecimal overseas, BigDecimal individual,
      BigDecimal domesticCounted, BigDecimal overseasAllowed, Citation overseasCitation,
      Optional<BigDecimal> overseasBound) {
  }

  private static Entrusted entrusted(RdBaseRules rules, RdRequest request, BigDecimal own, MoneyRounding rounding,
      StepTrace steps) {
    int year = request.taxYear();
    BigDecimal domestic = BigDecimal.ZERO;
    BigDecimal overseas = BigDecimal.ZERO;
    BigDecimal individual = BigDecimal.ZERO;
    int firstOverseas = -1;
    for (int i = 0; i < request.entrustments().size(); i++) {
      RdEntrustment e = request.entrustments().get(i);
      BigDecimal price = Cny.yuan(e.price(), "price");
      int index = i;
      String related = e.relatedParty().orElse(false) ? "，关联方：受托方须提供研发项目费用支出明细" : "";
      String relatedEn = e.relatedParty().orElse(false) ? "; a related party: the entrustee must give the breakdown "
          + "of the project's costs" : "";
      switch (e.entrustee()) {
        case DOMESTIC -> {
          domestic = domestic.add(price);
          steps.add(() -> new CalculationStep(LocalizedText.of("委托研发 #" + index + "（境内" + related + "）",
              "entrusted R&D #" + index + " (domestic" + relatedEn + ")"), price.toPlainString() + " × "
              + rules.entrustedShare().value(), rules.entrustedShare().value().applyTo(price),
              rules.entrustedShare().citation()));
        }
        case OVERSEAS_ENTITY -> {
          overseas = overseas.add(price);
          firstOverseas = firstOverseas < 0 && price.signum() > 0 ? i : firstOverseas;
          boolean counts = rules.overseasCounts(year);
          Citation citation = counts ? rules.overseasEntrustedShare().citation() : rules.entrustedShare().citation();
          steps.add(() -> new ConditionStep(LocalizedText.of("委托研发 #" + index + "（境外机构" + related
              + "）可以加计扣除", "entrusted R&D #" + index + " (overseas entity" + relatedEn + ") counts"),
              counts ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, "tax year " + year + "; price "
              + price.toPlainString(), citation));
        }
        case OVERSEAS_INDIVIDUAL -> {
          individual = individual.add(price);
          steps.add(() -> new ConditionStep(LocalizedText.of("委托研发 #" + index + "（境外个人）可以加计扣除",
              "entrusted R&D #" + index + " (overseas individual) counts"), ConditionOutcome.NOT_MET, "price "
              + price.toPlainString() + " counts nothing", rules.overseasIndividualExcluded()));
        }
        default -> throw new IllegalStateException("unknown entrustee " + e.entrustee());
      }
    }
    BigDecimal domesticCounted = rounding.round(rules.entrustedShare().value().applyTo(domestic));
    if (!rules.overseasCounts(year) || overseas.signum() == 0) {
      return new Entrusted(domestic, overseas, individual, domesticCounted, rounding.round(BigDecimal.ZERO),
          rules.overseasCounts(year) ? rules.overseasCapOfDomestic().citation() : rules.entrustedShare().citation(),
          Optional.empty());
    }
    BigDecimal base = own.add(domesticCounted);
    if (base.signum() == 0) {
      throw new InvalidInputException("entrustments/" + firstOverseas + "/price", request.entrustments()
          .get(firstOverseas).price(), "R&D entrusted to an overseas entity counts only within "
          + rules.overseasCapOfDomestic().value() + " of the domestic qualifying R&D (财税〔2018〕64号), and the "
          + "request has none: give the enterprise's own or domestically entrusted R&D");
    }
    BigDecimal counted = rounding.round(rules.overseasEntrustedShare().value().applyTo(overseas));
    BigDecimal cap = rules.overseasCapOfDomestic().value().applyTo(base, rounding);
    BigDecimal allowed = counted.min(cap);
    BigDecimal priced = overseas;
    steps.add(() -> new CalculationStep(LocalizedText.of("委托境外机构研发费用按" + rules.overseasEntrustedShare().value()
        + "计入", "entrusted to overseas entities, counted at " + rules.overseasEntrustedShare().value()),
        priced.toPlainString() + " × " + rules.overseasEntrustedShare().value() + ", rounded " + rounding, counted,
        rules.overseasEntrustedShare().citation()));
    steps.add(() -> new CapStep(LocalizedText.of("委托境外研发费用不超过境内符合条件的研发费用（"
        + base.toPlainString() + "）的" + rules.overseasCapOfDomestic().value(), "entrusted overseas at most "
        + rules.overseasCapOfDomestic().value() + " of the domestic qualifying R&D (" + base.toPlainString() + ")"),
        cap, counted, allowed, rules.overseasCapOfDomestic().citation()));
    return new Entrusted(domestic, overseas, individual, domesticCounted, allowed,
        rules.overseasCapOfDomestic().citation(), counted.compareTo(cap) > 0 ? Optional.of(cap) : Optional.empty());
  }

  //-------------------------------------------------------------------------
  /** The request's intangibles with their periods, checked, and their amortisation at 100%. */
  private static List<Amortised> intangibles(RdMeasure measure, RdRequest request, MoneyRounding rounding) {
    int defaultMonths = Math.multiplyExact(measure.defaultAmortisationYears().value(), MONTHS_PER_YEAR);
    List<Amortised> out = new ArrayList<>();
    for (int i = 0; i < request.intangibles().size(); i++) {
      RdIntangibleAsset asset = request.intangibles().get(i);
      int months = asset.amortisationMonths().orElse(defaultMonths);
      if (asset.monthsInYear() > months) {
        throw new InvalidInputException("intangibles/" + i + "/monthsInYear", asset.monthsInYear(),
            "must not exceed the amortisation period of " + months + " months");
      }
      // an intangible is amortised from the year it is formed: one formed after the tax year is not the year's
      // (decisions register §4.6 item 108), whichever year's rate the options choose
      if (asset.yearFormed().isPresent() && asset.yearFormed().get() > request.taxYear()) {
        throw new InvalidInputException("intangibles/" + i + "/yearFormed", asset.yearFormed().get(),
            "must not be after the tax year " + request.taxYear() + ": an intangible is amortised from the year"
            + " it is formed");
      }
      boolean formedThisYear = asset.yearFormed().map(y -> y == request.taxYear()).orElse(false);
      out.add(new Amortised(asset, months, "intangibles/" + i, formedThisYear,
          amortisation(asset.cost(), asset.monthsInYear(), months, rounding)));
    }
    return out;
  }

  private static Amortised formed(RdMeasure measure, RdProject project, BigDecimal cost, int index, int year,
      MoneyRounding rounding, StepTrace steps) {
    int defaultMonths = Math.multiplyExact(measure.defaultAmortisationYears().value(), MONTHS_PER_YEAR);
    int period = project.amortisationMonths().orElse(defaultMonths);
    int start = project.amortisationStart().orElseThrow().getMonthValue();
    int months = Math.min(MONTHS_PER_YEAR + 1 - start, period);
    RdIntangibleAsset asset = RdIntangibleAsset.builder().cost(Cny.of(cost))
        .amortisationMonths(project.amortisationMonths()).monthsInYear(months).yearFormed(year).build();
    steps.add(() -> new CalculationStep(LocalizedText.of("研发项目 #" + index + " 形成的无形资产：本年摊销月数（自"
        + project.amortisationStart().get() + "起）", "project #" + index + ": its intangible's months amortised in "
        + "the year (from " + project.amortisationStart().get() + ")"), "min(13 − " + start + ", " + period + ")",
        BigDecimal.valueOf(months), MONTHS));
    return new Amortised(asset, period, "projects/" + index, true,
        amortisation(asset.cost(), months, period, rounding));
  }

  private static BigDecimal amortisation(MonetaryAmount cost, int months, int period,
      MoneyRounding rounding) {
    return Cny.yuan(cost, "cost").multiply(BigDecimal.valueOf(months))
        .divide(BigDecimal.valueOf(period), rounding.scale(), rounding.mode());
  }

  private static BigDecimal amount(Optional<MonetaryAmount> amount) {
    return amount.map(a -> Cny.yuan(a, "amount")).orElse(BigDecimal.ZERO);
  }

  private static void offsetSteps(RdBaseRules rules, BigDecimal special, BigDecimal materials, BigDecimal carried,
      BigDecimal allowed, BigDecimal afterSpecial, BigDecimal net, StepTrace steps) {
    if (special.signum() > 0) {
      steps.add(() -> new CalculationStep(LocalizedText.of("允许扣除的研发费用抵减特殊收入后的金额（不足扣减的按零）",
          "R&D deductible after special income (zero where it exceeds it)"), "max(" + allowed.toPlainString()
          + " − " + special.toPlainString() + ", 0)", afterSpecial, rules.specialIncome()));
    }
    if (materials.signum() > 0 || carried.signum() > 0) {
      steps.add(() -> new CalculationStep(LocalizedText.of("减除销售研发产品对应的材料费用后的金额（不足冲减的结转以后年度）",
          "after the materials of R&D products sold (what is not absorbed is carried forward)"),
          afterSpecial.toPlainString() + " − " + materials.toPlainString() + " − " + carried.toPlainString(), net,
          rules.soldProductMaterials()));
    }
  }

  /** The form's lines, rounded as they are added; none in the plain form, which gives no texts. */
  private static final class Lines {
    private final MoneyRounding rounding;
    private final boolean enabled;
    private final List<RdFormLine> list = new ArrayList<>();

    Lines(MoneyRounding rounding, boolean enabled) {
      this.rounding = rounding;
      this.enabled = enabled;
    }

    void add(int line, String zh, String en, BigDecimal amount, Citation citation) {
      if (enabled) {
        list.add(new RdFormLine(line, LocalizedText.of(zh, en), Cny.of(rounding.round(amount)), citation));
      }
    }
  }
}
