package io.github.huiqi.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyDocument;
import io.github.huiqi.core.policy.PolicyPack;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RatePoint;
import io.github.huiqi.core.rates.RateSeries;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public model type of the core module survives a JSON round trip through {@link HuiqiJson} unchanged: what a
 * platform writes out, it can read back, and a host can persist a measure or a result and reload it.
 */
class CoreJsonRoundTripTest {

  private static final Citation CITED = new Citation(Provenance.SOURCE_TEXT, "深工信〔2023〕26号", "第5条",
      Optional.of("（二）"), Optional.of("给予2%的贴息补助"), Optional.of("a note"));

  static Stream<Object> values() {
    LocalDate day = LocalDate.of(2023, 1, 1);
    return Stream.of(
        // values
        Rate.parse("2%"),
        Rate.parse("4.35%"),
        Rate.ofFraction(new BigDecimal("0.0123456789")),
        Cny.of("200000.00"),
        Cny.of("0.01"),
        DateRange.of(day, LocalDate.of(2023, 3, 31)),
        DateRange.startingOn(day),
        DayCount.ACT_360,
        DayCount.WHOLE_MONTHS,
        new YearFraction(181, 360),
        MoneyRounding.FEN_HALF_UP,
        new MoneyRounding(0, RoundingMode.DOWN),
        // the policy model
        CITED,
        Citation.sourceText("沪企服办〔2023〕1号", "第十五条", "单户企业贴息金额最高20万元"),
        Citation.libraryDefault("decisions register §4.1 item 1", "ACT/360"),
        ClauseRef.of(DocumentId.of("sz-gxj-2023-26"), "第5条"),
        new ClauseRef(DocumentId.of("sz-gxj-2023-26"), "第5条", Optional.of("（一）")),
        DocumentId.of("sh-qfb-2023-1"),
        MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"),
        LocalizedText.of("首贷贴息", "first-loan interest subsidy"),
        new PolicyDocument(DocumentId.of("sz-gxj-2023-26"), new Jurisdiction(
            io.github.huiqi.core.policy.JurisdictionLevel.CITY, "440300", "深圳市"), "深圳市工业和信息化局",
            Optional.of("深工信〔2023〕26号"), "关于进一步支持中小微企业纾困及高质量发展的若干措施",
            Optional.of(LocalDate.of(2023, 2, 10)), DocumentStatus.IN_FORCE),
        RateSeriesId.LPR_1Y,
        new RatePoint(LocalDate.of(2019, 8, 20), Rate.parse("4.25%"), CITED),
        // facts
        EnterpriseFacts.builder().name("甲公司").registrationRegionCode("440305").independentLegalPerson(true)
            .size(EnterpriseSize.SMALL).firstTimeBorrower(false).onSeriousDishonestyList(false).build(),
        EnterpriseFacts.builder().build(),
        LoanFacts.builder().loanId("L-1").principal(Cny.of("1000000")).drawdownDate(day)
            .maturityDate(LocalDate.of(2024, 1, 1)).annualInterestRate(Rate.parse("3.65%"))
            .repaymentDate(LocalDate.of(2023, 6, 30)).lenderRegionCode("440300").firstDrawdownOfFirstContract(true)
            .forProductionOrOperation(true).subsidisedUnderAnotherMunicipalScheme(false).build(),
        // results
        new AmountRange(Cny.of("0"), Cny.of("200000")),
        new BindingLimit("cap-per-enterprise", LocalizedText.of("单户上限", "cap per enterprise"),
            Cny.of("200000"), CITED),
        new Reason("rate-below-floor", LocalizedText.of("利率低于2%", "rate below 2%"), CITED),
        new Eligibility(Verdict.UNDETERMINED, List.of(), List.of("/enterprise/size")),
        new Explanation(List.of(
            new InputStep(LocalizedText.of("本金", "principal"), "1000000.00"),
            new ConditionStep(LocalizedText.of("首贷", "first loan"), ConditionOutcome.MET, "2023-01-01", CITED),
            new PeriodStep(LocalizedText.of("贴息期", "subsidy period"), day, LocalDate.of(2023, 7, 1),
                DayCount.ACT_360, new YearFraction(181, 360), CITED),
            new CalculationStep(LocalizedText.of("贴息", "subsidy"), "1000000 × 2% × 181/360",
                new BigDecimal("10055.5555555556"), CITED),
            new RoundingStep(new BigDecimal("10055.5555555556"), new BigDecimal("10055.56"),
                MoneyRounding.FEN_HALF_UP, CITED),
            new CapStep(LocalizedText.of("单户上限", "cap"), new BigDecimal("200000"), new BigDecimal("10055.56"),
                new BigDecimal("10055.56"), CITED),
            new DefaultUsedStep(LocalizedText.of("计息基础", "day count"), "ACT/360", false, CITED))));
  }

  @ParameterizedTest
  @MethodSource("values")
  void test_roundTrip(Object value) {
    String json = HuiqiJson.write(value);
    assertThat(HuiqiJson.read(json, value.getClass().isEnum() ? enumClass(value) : publicType(value)))
        .as(json)
        .isEqualTo(value);
  }

  @Test
  void test_roundTrip_parameterKeepsItsValueType() {
    Parameter<Rate> parameter = Parameter.of(Rate.parse("2%"), CITED, DateRange.year(2023));
    Parameter<Rate> back = HuiqiJson.read(HuiqiJson.write(parameter), new TypeReference<Parameter<Rate>>() { });
    assertThat(back).isEqualTo(parameter);
    assertThat(back.value()).isInstanceOf(Rate.class);
  }

  @Test
  void test_roundTrip_everyBuiltInPackAndMeasure() {
    for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
      PolicyPack pack = PolicyPacks.readBuiltIn(resource);
      assertThat(HuiqiJson.read(HuiqiJson.write(pack), PolicyPack.class)).as(resource).isEqualTo(pack);
      for (RateSeries series : pack.rateSeries()) {
        assertThat(HuiqiJson.read(HuiqiJson.write(series), RateSeries.class)).isEqualTo(series);
      }
    }
    for (Measure measure : PolicyData.builtIn().measures()) {
      // Polymorphic: read back through the interface, the explicit type name picks the model class.
      Measure back = HuiqiJson.read(HuiqiJson.write(measure), Measure.class);
      assertThat(back).as(measure.id().value()).isEqualTo(measure).hasSameClassAs(measure);
    }
  }

  @SuppressWarnings("unchecked")
  private static Class<Object> enumClass(Object value) {
    return (Class<Object>) ((Enum<?>) value).getDeclaringClass();
  }

  /** Generated Immutables classes and Moneta's Money are read through the public type the library exposes. */
  @SuppressWarnings("unchecked")
  private static Class<Object> publicType(Object value) {
    if (value instanceof EnterpriseFacts) {
      return (Class<Object>) (Class<?>) EnterpriseFacts.class;
    }
    if (value instanceof LoanFacts) {
      return (Class<Object>) (Class<?>) LoanFacts.class;
    }
    if (value instanceof javax.money.MonetaryAmount) {
      return (Class<Object>) (Class<?>) javax.money.MonetaryAmount.class;
    }
    return (Class<Object>) value.getClass();
  }
}
