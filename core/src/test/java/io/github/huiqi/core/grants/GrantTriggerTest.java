package io.github.huiqi.core.grants;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests the grant facts and triggers: a profile's {@link GrantEvent} and a measure's {@link GrantTrigger} refuse bad
 * values with a typed error naming the field.
 */
class GrantTriggerTest {

  private static final Citation CONDITION = Citation.sourceText("沪企服办〔2023〕1号", "第八条", "签订的服务合同");
  private static final Parameter<DateRange> WINDOW = Parameter.of(DateRange.year(2023), CONDITION,
      DateRange.year(2023));

  @Test
  void test_event_badValues_nameTheField() {
    GrantEvent.Builder ok = GrantEvent.builder().eventId("C-1").code("sh-digital-service-contract")
        .date(LocalDate.of(2023, 7, 1));
    assertThat(ok.build().amount()).isEmpty();
    assertField(() -> GrantEvent.builder().eventId("C-1").code("sh-digital-service-contract")
        .date(LocalDate.of(2023, 7, 1)).amount(Cny.of("-0.01")).build(), "amount");
    assertField(() -> GrantEvent.builder().eventId("C-1").code("sh-digital-service-contract")
        .date(LocalDate.of(2023, 7, 1)).rank(0).build(), "rank");
    assertField(() -> GrantEvent.builder().eventId("C-1").code("Sh_Contract").date(LocalDate.of(2023, 7, 1))
        .build(), "code");
    assertField(() -> GrantEvent.builder().eventId(" ").code("sh-digital-service-contract")
        .date(LocalDate.of(2023, 7, 1)).build(), "eventId");
  }

  @Test
  void test_trigger_exactlyOneOfRecognitionAndEvent() {
    assertThat(GrantTrigger.event("sh-digital-service-contract", WINDOW, CONDITION).event())
        .hasValue("sh-digital-service-contract");
    assertThat(GrantTrigger.newlyRecognised(GrantQualification.LITTLE_GIANT, WINDOW, CONDITION).newlyRecognised())
        .hasValue(GrantQualification.LITTLE_GIANT);
    assertField(() -> new GrantTrigger(Optional.of(GrantQualification.LITTLE_GIANT), Optional.of("x"),
        Optional.empty(), Optional.empty(), WINDOW, CONDITION), "event");
    assertField(() -> new GrantTrigger(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        WINDOW, CONDITION), "event");
    assertField(() -> new GrantTrigger(Optional.of(GrantQualification.LITTLE_GIANT), Optional.empty(),
        Optional.of(500), Optional.empty(), WINDOW, CONDITION), "maximumRank");
    assertField(() -> new GrantTrigger(Optional.empty(), Optional.of("maker-china-national-placing"),
        Optional.of(0), Optional.empty(), WINDOW, CONDITION), "maximumRank");
  }

  @Test
  void test_qualification_profileFields() {
    assertThat(GrantQualification.SPECIALISED_AND_INNOVATIVE.profileField()).isEqualTo("specialisedAndInnovative");
    assertThat(GrantQualification.TECH_SME.profileField()).isEqualTo("techSme");
    assertThat(GrantQualification.LITTLE_GIANT.profileField()).isEqualTo("littleGiant");
    assertThat(GrantQualification.HIGH_TECH.profileField()).isEqualTo("highTech");
  }
}
