package io.github.huiqi.core.tax.vat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link VatMeasure} and the built-in table in the pack of 深工信〔2023〕26号.
 */
class VatMeasureTest {

  private static VatMeasure builtIn() {
    return PolicyData.builtIn().getMeasure(VatMeasure.SHENZHEN_2023);
  }

  private static VatRegime regime(String month) {
    VatFilingPeriod period = VatFilingPeriod.ofMonth(Integer.parseInt(month.substring(0, 4)),
        Integer.parseInt(month.substring(5)));
    return builtIn().findRegime(period).orElseThrow();
  }

  @Test
  void test_builtIn_isMeasureOfArticleOneInItsPack() {
    VatMeasure measure = builtIn();
    assertThat(measure.clause().document().toString()).isEqualTo("sz-gxj-2023-26");
    assertThat(measure.clause().article()).isEqualTo("第1条");
    assertThat(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json").measures()).contains(measure);
    // seed 000 第1条: "对小规模纳税人适用3%征收率的应税销售收入减按1%征收率征收" — the standard rate is 3%
    assertThat(measure.standardLevyRate().value()).isEqualTo(Rate.parse("3%"));
    assertThat(measure.standardLevyRate().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(measure.rounding().value()).isEqualTo(MoneyRounding.FEN_HALF_UP);
    assertThat(measure.specialInvoiceSalesInThresholdTest().value()).isTrue();
  }

  @Test
  void test_builtIn_tableRunsContiguouslyFrom2019To2027() {
    List<VatRegime> regimes = builtIn().regimes();
    assertThat(regimes.get(0).periods().start()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(regimes.get(regimes.size() - 1).periods().end()).contains(LocalDate.of(2027, 12, 31));
    for (int i = 1; i < regimes.size(); i++) {
      assertThat(regimes.get(i).periods().start())
          .isEqualTo(regimes.get(i - 1).periods().end().get().plusDays(1));
    }
  }

  @Test
  void test_builtIn_rowsMatchDomainReferenceTable() {
    // domain reference §2.11: 2019-01..2021-03 100,000/300,000 at 3% (2020-03..2021-03 1% outside Hubei, Hubei exempt)
    assertRow("2019-01", "100000", "300000", VatLevy.atRate(Rate.parse("3%")));
    assertRow("2020-02", "100000", "300000", VatLevy.atRate(Rate.parse("3%")));
    assertRow("2020-03", "100000", "300000", VatLevy.atRate(Rate.parse("1%")));
    assertThat(regime("2020-03").findRegionalLevy("420100").orElseThrow().levy().value())
        .isEqualTo(VatLevy.exemptAt(Rate.parse("3%")));
    assertRow("2021-03", "100000", "300000", VatLevy.atRate(Rate.parse("1%")));
    // 2021-04..2022-03: 150,000/450,000 (2021年第11号), 3%-rate sales at 1% in every province: 2021年第7号 第一条
    // extends 2020年第13号 to 2021-12-31 (其中…湖北省…减按1%征收率), 2022年第15号 extends that 第一条 to 2022-03-31
    // (the domain reference's §2.11 row "3%, Hubei 1% to 2021-12-31" misreads 第7号)
    assertRow("2021-04", "150000", "450000", VatLevy.atRate(Rate.parse("1%")));
    assertRow("2021-12", "150000", "450000", VatLevy.atRate(Rate.parse("1%")));
    assertThat(regime("2021-04").findRegionalLevy("420000")).isEmpty();
    assertRow("2022-01", "150000", "450000", VatLevy.atRate(Rate.parse("1%")));
    assertRow("2022-03", "150000", "450000", VatLevy.atRate(Rate.parse("1%")));
    assertThat(regime("2022-03").findRegionalLevy("420000")).isEmpty();
    assertThat(regime("2021-06").levy().citation().document()).contains("2021年第7号");
    assertThat(regime("2022-02").levy().citation().document()).contains("2022年第15号");
    // 2022-04..2022-12: 150,000, 3%-rate sales exempt (2022年第15号)
    assertRow("2022-04", "150000", "450000", VatLevy.exemptAt(Rate.parse("3%")));
    assertRow("2022-12", "150000", "450000", VatLevy.exemptAt(Rate.parse("3%")));
    // 2023 (seed 000 第1条) and 2024..2027 (2023年第19号): 100,000/300,000 inclusive, 1%
    assertRow("2023-01", "100000", "300000", VatLevy.atRate(Rate.parse("1%")));
    assertRow("2027-12", "100000", "300000", VatLevy.atRate(Rate.parse("1%")));
    assertThat(regime("2023-06").findRegionalLevy("420000")).isEmpty();
  }

  private static void assertRow(String month, String monthly, String quarterly, VatLevy levy) {
    VatRegime row = regime(month);
    assertThat(row.exemptionThreshold(VatFilingFrequency.MONTHLY).value().isEqualTo(Cny.of(monthly)))
        .as(month + " monthly threshold").isTrue();
    assertThat(row.exemptionThreshold(VatFilingFrequency.QUARTERLY).value().isEqualTo(Cny.of(quarterly)))
        .as(month + " quarterly threshold").isTrue();
    assertThat(row.levy().value()).as(month + " levy").isEqualTo(levy);
  }

  @Test
  void test_builtIn_citations_sourceTextFor2023_externalInstrumentsOtherwise() {
    Citation monthly2023 = regime("2023-05").monthlyExemptionThreshold().citation();
    assertThat(monthly2023.provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(monthly2023.quote()).hasValueSatisfying(q -> assertThat(q).contains("月销售额10万元以下"));
    assertThat(regime("2023-05").levy().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(regime("2023-05").quarterlyExemptionThreshold().citation().provenance())
        .isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
    assertThat(regime("2025-05").levy().citation().document()).contains("2023年第19号");
    assertThat(regime("2022-05").levy().citation().document()).contains("2022年第15号");
    assertThat(regime("2021-05").monthlyExemptionThreshold().citation().document()).contains("2021年第11号");
    assertThat(regime("2020-05").levy().citation().document()).contains("2020年第13号");
    assertThat(regime("2019-05").monthlyExemptionThreshold().citation().document()).contains("财税〔2019〕13号");
  }

  @Test
  void test_findRegime_periodOutsideOrStraddlingRows_empty() {
    VatMeasure measure = builtIn();
    assertThat(measure.findRegime(VatFilingPeriod.ofMonth(2018, 12))).isEmpty();
    assertThat(measure.findRegime(VatFilingPeriod.ofMonth(2028, 1))).isEmpty();
    // 2020-Q1 holds February (3%) and March (1%): no single row governs it
    assertThat(measure.findRegime(VatFilingPeriod.ofQuarter(2020, 1))).isEmpty();
    assertThat(measure.findRegime(VatFilingPeriod.ofQuarter(2020, 2))).isPresent();
  }

  @Test
  void test_json_roundTrip() {
    VatMeasure measure = builtIn();
    String json = HuiqiJson.write(measure);
    assertThat(json).contains("\"type\" : \"tax.small-scale-vat\"");
    assertThat(HuiqiJson.read(json, Measure.class)).isEqualTo(measure);
    assertThat(HuiqiJson.read(json, VatMeasure.class)).isEqualTo(measure);
  }

  @Test
  void test_new_overlappingRows_namesTheLaterRowStart() {
    VatMeasure measure = builtIn();
    List<VatRegime> rows = new ArrayList<>(measure.regimes());
    rows.add(rows.get(0));
    assertThatThrownBy(() -> withRegimes(measure, rows))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("regimes/" + (rows.size() - 1) + "/periods/start"));
    assertThatThrownBy(() -> withRegimes(measure, List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("regimes"));
  }

  @Test
  void test_new_levyAboveStandardRate_rejected() {
    VatMeasure measure = builtIn();
    VatRegime first = measure.regimes().get(0);
    VatRegime dearer = new VatRegime(first.periods(), first.monthlyExemptionThreshold(),
        first.quarterlyExemptionThreshold(), first.levy().withValue(VatLevy.atRate(Rate.parse("5%"))),
        List.of());
    List<VatRegime> rows = new ArrayList<>(measure.regimes());
    rows.set(0, dearer);
    assertThatThrownBy(() -> withRegimes(measure, rows))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("regimes/0/levy/value/rate"));
  }

  @Test
  void test_newRegime_parameterNotCoveringRowOrOpenEnded_rejected() {
    VatRegime row = regime("2023-05");
    DateRange wider = DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30));
    assertThatThrownBy(() -> new VatRegime(wider, row.monthlyExemptionThreshold(),
        row.quarterlyExemptionThreshold(), row.levy(), List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("monthlyExemptionThreshold/validity"));
    assertThatThrownBy(() -> new VatRegime(DateRange.startingOn(LocalDate.of(2023, 1, 1)),
        row.monthlyExemptionThreshold(), row.quarterlyExemptionThreshold(), row.levy(), List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("periods/end"));
    assertThatThrownBy(() -> new VatRegime(row.periods(),
        row.monthlyExemptionThreshold().withValue(Cny.of("-1")), row.quarterlyExemptionThreshold(), row.levy(),
        List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("monthlyExemptionThreshold/value"));
  }

  @Test
  void test_levy_rateMustBePositive() {
    assertThatThrownBy(() -> VatLevy.atRate(Rate.ZERO))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("rate"));
    assertThat(VatLevy.exemptAt(Rate.parse("3%"))).hasToString("exempt (3%)");
  }

  @Test
  void test_pack_badRowInJson_namesPackAndPointer() {
    String json = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + "sz-gxj-2023-26.json") == null
        ? "" : readPack().replace("\"end\": \"2020-02-29\"", "\"end\": \"2020-03-31\"");
    assertThatThrownBy(() -> PolicyPacks.read(json, "altered.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> assertThat(ex.getMessage()).contains("altered.json"));
  }

  private static String readPack() {
    try (var in = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + "sz-gxj-2023-26.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }

  private static VatMeasure withRegimes(VatMeasure m, List<VatRegime> rows) {
    return new VatMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.standardLevyRate(), rows,
        m.specialInvoiceSalesInThresholdTest(), m.rounding());
  }
}
