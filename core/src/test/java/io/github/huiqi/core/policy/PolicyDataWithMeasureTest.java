package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deriving changed policy data: one measure replaced, everything else kept. */
class PolicyDataWithMeasureTest {

  @Test
  void replacesTheMeasureInItsPackKeepingTheRest() {
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure m = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    FirstLoanMeasure changed = new FirstLoanMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.firstLoanWindow(), m.region(), m.annualSubsidyRate(), m.maximumSubsidyMonths(), m.minimumUseMonths(),
        m.minimumLoanRate(), m.capPerEnterprise().withValue(Cny.of("300000")), m.dayCount(), m.rounding(),
        m.implementingRules());

    PolicyData derived = data.withMeasure(changed);

    assertThat(derived.getMeasure(FirstLoanMeasure.SHENZHEN_2023).capPerEnterprise().value())
        .isEqualTo(Cny.of("300000"));
    // the built-in data is unchanged: 单户企业贴息金额最高20万元 (深工信〔2023〕26号 第5条)
    assertThat(data.getMeasure(FirstLoanMeasure.SHENZHEN_2023).capPerEnterprise().value())
        .isEqualTo(Cny.of("200000"));
    assertThat(derived.measures()).hasSameSizeAs(data.measures());
    assertThat(derived.findListing(m.id())).isEqualTo(data.findListing(m.id()));
    assertThat(derived.documents()).isEqualTo(data.documents());
  }

  @Test
  void refusesAMeasureTheDataDoesNotHold() {
    FirstLoanMeasure m = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    assertThatThrownBy(() -> PolicyData.of(List.of()).withMeasure(m))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("replacement/id");
  }
}
