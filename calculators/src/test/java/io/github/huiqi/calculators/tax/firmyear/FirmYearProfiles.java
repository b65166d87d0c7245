package io.github.huiqi.calculators.tax.firmyear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.time.LocalDate;
import java.util.List;

/**
 * Enterprise profiles holding tax years, and the built-in catalogue's two forms, for the tax evaluators' tests.
 */
public final class FirmYearProfiles {

  public static final Catalog CATALOG = Catalog.builtIn();
  /** Inside 2023: the tax year read is 2023 when the profile holds it. */
  public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  /** 南山区, Shenzhen: outside Hubei. */
  public static final String SHENZHEN = "440305";
  /** 其他未列明制造业 (C4190): manufacturing, not on the R&amp;D negative list. */
  public static final String MANUFACTURE = "C4190";

  private FirmYearProfiles() {
  }

  /** A quarterly filing with sales excluding VAT, in yuan as text. */
  public static VatPeriodSales quarter(int year, int quarter, String sales) {
    return VatPeriodSales.of(VatFilingPeriod.ofQuarter(year, quarter), Cny.of(sales), VatSalesBasis.EXCLUDING_VAT);
  }

  /** A monthly filing with sales excluding VAT. */
  public static VatPeriodSales month(int year, int month, String sales) {
    return VatPeriodSales.of(VatFilingPeriod.ofMonth(year, month), Cny.of(sales), VatSalesBasis.EXCLUDING_VAT);
  }

  /** R&amp;D costs of personnel only (so no other-costs cap binds). */
  public static RdExpensedCosts personnel(String amount) {
    return new RdExpensedCosts(Cny.of(amount), Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO);
  }

  /**
   * A year of {@link FirmYearFixtures#firm}: the taxable income before R&amp;D, 100 employees and 10,000,000 of
   * assets in each quarter, the R&amp;D personnel costs (none: zero costs), no R&amp;D intangibles, and the itemised
   * R&amp;D facts known to be none (no projects, entrustments, by-product income or sold-product materials).
   */
  public static EnterpriseYear.Builder year(int year, String incomeBeforeRd, String rdPersonnel) {
    return EnterpriseYear.builder().year(year).taxableIncomeBeforeRd(Cny.of(incomeBeforeRd))
        .quarters(FirmYearFixtures.staff(100)).rdExpensedCosts(personnel(rdPersonnel == null ? "0" : rdPersonnel))
        .rdIntangibles(List.of()).rdProjects(List.of()).rdEntrustments(List.of()).rdSpecialIncome(Cny.ZERO)
        .rdSoldProductMaterials(Cny.ZERO).rdSoldProductMaterialsCarriedForward(Cny.ZERO);
  }

  /** Quarters with the same employees throughout, and 10,000,000 of assets. */
  public static List<OperatingQuarter> staff(int employees) {
    return FirmYearFixtures.staff(employees);
  }

  /**
   * A manufacturer in Shenzhen, not restricted, not a 科技型中小企业, not an IC or machine-tool enterprise, a
   * small-scale taxpayer, with the years given.
   */
  public static EnterpriseProfile.Builder firm(EnterpriseYear... years) {
    return EnterpriseProfile.builder().name("深圳某精密制造有限公司").registrationRegionCode(SHENZHEN)
        .industryCode(MANUFACTURE).restrictedOrProhibitedIndustry(false).smallScaleTaxpayer(true)
        .techSme(Qualification.held(false)).icOrMachineTool(false).years(List.of(years));
  }

  public static MeasureOutcome plain(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    Catalog.Entry entry = CATALOG.get(id);
    return entry.evaluate(profile, new EvaluationContext(asOf, CATALOG.data(), EngineOptions.DEFAULTS, entry),
        false);
  }

  public static MeasureOutcome explained(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    return CATALOG.evaluate(id, profile, asOf);
  }

  /** Checks that the two forms agree on verdict, amount, binding limit and missing facts, and the plain is bare. */
  public static MeasureOutcome agreeing(MeasureId id, EnterpriseProfile profile, LocalDate asOf) {
    MeasureOutcome plain = plain(id, profile, asOf);
    MeasureOutcome explained = explained(id, profile, asOf);
    assertThat(plain.verdict()).as("verdict").isEqualTo(explained.verdict());
    assertThat(plain.amount()).as("amount").isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).as("binding limit").isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).as("missing facts").isEqualTo(explained.missingFacts());
    assertThat(plain.reasons()).isEmpty();
    assertThat(plain.notes()).isEmpty();
    assertThat(plain.explanation().steps()).isEmpty();
    return explained;
  }

  public static MeasureOutcome agreeing(MeasureId id, EnterpriseProfile profile) {
    return agreeing(id, profile, AS_OF);
  }

  /** Checks that each pointer resolves in the JSON of a profile holding every fact. */
  public static void resolveIn(EnterpriseProfile full, List<String> pointers) throws Exception {
    JsonNode json = new ObjectMapper().readTree(HuiqiJson.write(full));
    for (String pointer : pointers) {
      assertThat(json.at(pointer).isMissingNode()).as("%s resolves in the full profile", pointer).isFalse();
    }
  }
}
