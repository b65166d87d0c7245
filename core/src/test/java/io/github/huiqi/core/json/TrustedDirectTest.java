package io.github.huiqi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentId;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.JurisdictionLevel;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.MeasureListing;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyDocument;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RatePoint;
import io.github.huiqi.core.time.DateRange;
import java.lang.reflect.RecordComponent;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests that each record {@link TrustedDirect} builds directly gets its components' values in their declared order:
 * each sample gives components of one type different values (a citation's document, article, item, quote and note),
 * so a direct call that swapped two of them, or missed one, builds a record not equal to the sample.
 */
class TrustedDirectTest {

  private static final Citation CITATION = new Citation(Provenance.EXTERNAL_INSTRUMENT, "深工信〔2023〕26号", "第5条",
      Optional.of("（一）"), Optional.of("按贷款金额的2%给予贴息"), Optional.of("a note"));
  private static final DateRange VALIDITY = new DateRange(LocalDate.of(2023, 1, 1),
      Optional.of(LocalDate.of(2023, 12, 31)));
  private static final Jurisdiction SHENZHEN = new Jurisdiction(JurisdictionLevel.CITY, "440300", "深圳市");

  static List<Record> samples() {
    return List.of(
        CITATION,
        VALIDITY,
        new Parameter<>("2%", CITATION, VALIDITY),
        new LocalizedText("首贷贴息", "first-loan subsidy"),
        SHENZHEN,
        new MeasureListing(MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"),
            List.of(new LocalizedText("市工业和信息化局", "the municipal bureau")), CITATION,
            Optional.of(new Parameter<>(SHENZHEN, CITATION, VALIDITY))),
        new ClauseRef(DocumentId.of("sz-gxj-2023-26"), "第5条", Optional.of("（一）")),
        new RatePoint(LocalDate.of(2023, 6, 20), Rate.parse("3.55%"), CITATION),
        new MoneyRounding(2, RoundingMode.HALF_UP));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void test_directCall_takesTheComponentsInTheirDeclaredOrder(Record sample) throws ReflectiveOperationException {
    RecordComponent[] components = sample.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(sample);
    }
    int kind = TrustedDirect.kind(sample.getClass());
    assertThat(kind).isNotEqualTo(TrustedDirect.NONE);
    assertThat(TrustedDirect.construct(kind, values)).isEqualTo(sample);
  }

  @Test
  void test_otherRecords_areBuiltThroughTheirConstructor() {
    assertThat(TrustedDirect.kind(PolicyDocument.class)).isEqualTo(TrustedDirect.NONE);
    assertThat(TrustedDirect.kind(String.class)).isEqualTo(TrustedDirect.NONE);
  }

  @Test
  void test_aValueTheConstructorRefuses_isHandedToTheHardenedReader() {
    // a blank Chinese text is refused by LocalizedText's constructor: the lean reader gives up, as through reflection
    assertThatThrownBy(() -> TrustedJson.read("{\"zh\": \" \", \"en\": \"x\"}", LocalizedText.class))
        .isInstanceOf(TrustedJson.Unsupported.class).hasMessageContaining("refused by LocalizedText");
    // a rounding's scale is a primitive: absent, the reader gives up before any constructor
    assertThatThrownBy(() -> TrustedJson.read("{\"mode\": \"HALF_UP\"}", MoneyRounding.class))
        .isInstanceOf(TrustedJson.Unsupported.class).hasMessageContaining("missing scale");
  }
}
