package io.github.huiqi.core.financing.renovation;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RenovationInterestPayment}'s JSON: written as it is read, a loan id not given left out, a payment made
 * in Java written in the same shape and read back equal; each missing required fact refused naming it, a bad value
 * named by its pointer, never a bare exception.
 */
class RenovationInterestPaymentTest {

  private static final String LEAST = "{'paymentId':'R-1','kind':'BANK_FIXED_ASSET_LOAN','interestFrom':'2023-01-01',"
      + "'interestUntil':'2023-07-01','interestPaid':{'amount':12000.00,'currency':'CNY'}}";
  private static final String FULL = LEAST.substring(0, LEAST.length() - 1) + ",'loanId':'L-1'}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static RenovationInterestPayment read(String text) {
    return HuiqiJson.read(json(text), RenovationInterestPayment.class);
  }

  private static String written(RenovationInterestPayment payment) {
    return HuiqiJson.write(payment, JsonOutput.COMPACT);
  }

  private static RenovationInterestPayment payment() {
    return RenovationInterestPayment.of("R-1", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), Cny.of("12000"));
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    assertThat(written(read(LEAST))).isEqualTo(json(LEAST));
    // a null loan id is not given
    assertThat(written(read(LEAST.substring(0, LEAST.length() - 1) + ",'loanId':null}"))).isEqualTo(json(LEAST));
  }

  @Test
  void test_madeInJava_writtenInTheJsonShape_andReadBackEqual() {
    RenovationInterestPayment payment = payment();
    assertThat(written(payment)).isEqualTo(json(LEAST));
    assertThat(payment.loanId()).isEmpty();
    RenovationInterestPayment onLoan = payment.onLoan("L-1");
    assertThat(written(onLoan)).isEqualTo(json(FULL));
    assertThat(read(FULL)).isEqualTo(onLoan).hasSameHashCodeAs(onLoan);
    assertThat(read(LEAST)).isEqualTo(payment);
    assertThat(payment.loanId()).isEmpty();
  }

  @Test
  void test_json_eachRequiredFactMissing_required() {
    for (String name : new String[] {"paymentId", "kind", "interestFrom", "interestUntil", "interestPaid"}) {
      String without = LEAST.replaceFirst("'" + name + "':('[^']*'|\\{[^}]*\\}),?", "").replace(",}", "}");
      assertThat(without).as(name).doesNotContain(name);
      assertThat(assertField(() -> read(without), "/" + name).code()).as(name)
          .isEqualTo(InvalidInputException.REQUIRED);
    }
  }

  @Test
  void test_json_badValue_named() {
    assertField(() -> read(LEAST.replace("'R-1'", "' '")), "/paymentId");
    assertField(() -> read(LEAST.replace("BANK_FIXED_ASSET_LOAN", "BANK_LOAN")), "/kind");
    assertField(() -> read(LEAST.replace("2023-07-01", "2023-01-01")), "/interestUntil");
    assertField(() -> read(LEAST.replace("2023-07-01", "2022-12-31")), "/interestUntil");
    assertField(() -> read(LEAST.replace("12000.00", "-0.01")), "/interestPaid");
    assertField(() -> read(FULL.replace("'L-1'", "''")), "/loanId");
    assertField(() -> read(FULL.replace("'loanId'", "'loan'")), "/loan");
  }

  @Test
  void test_json_inAProfile_namedAtItsPointer() {
    String project = "{'renovationProjects':[{'projectId':'P-1','category':'INTELLIGENT','eligibleInvestment':"
        + "{'amount':1000000.00,'currency':'CNY'},'interestPayments':[" + FULL + ",";
    EnterpriseProfile profile = HuiqiJson.read(json(project + FULL.replace("R-1", "R-2") + "]}]}"),
        EnterpriseProfile.class);
    assertThat(profile.renovationProjects().orElseThrow().get(0).interestPayments())
        .containsExactly(read(FULL), read(FULL.replace("R-1", "R-2")));
    assertThat(assertField(() -> HuiqiJson.read(json(project + LEAST.replace("'kind':'BANK_FIXED_ASSET_LOAN',", "")
        + "]}]}"), EnterpriseProfile.class), "/renovationProjects/0/interestPayments/1/kind").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertField(() -> HuiqiJson.read(json(project + FULL.replace("'L-1'", "' '") + "]}]}"), EnterpriseProfile.class),
        "/renovationProjects/0/interestPayments/1/loanId");
  }

  @Test
  void test_badValue_inJava_named() {
    assertField(() -> RenovationInterestPayment.of(null, RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
        LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), Cny.of("1")), "paymentId");
    assertField(() -> RenovationInterestPayment.of("R-1", null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1),
        Cny.of("1")), "kind");
    assertField(() -> RenovationInterestPayment.of("R-1", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
        LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 1), Cny.of("1")), "interestUntil");
    assertField(() -> payment().onLoan(" "), "loanId");
    assertField(() -> payment().onLoan(null), "loanId");
  }
}
