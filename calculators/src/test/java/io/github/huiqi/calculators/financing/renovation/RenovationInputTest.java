package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.GRANT;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.START;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the technical-renovation calculators: every case is a typed {@link InvalidInputException} naming the
 * field (a JSON Pointer on the JSON path), never a wrong number or a bare exception.
 */
class RenovationInputTest {

  private static final RenovationSupportCalculator SUPPORT = RenovationSupportCalculator.DEFAULT;

  private static final String VALID_JSON = """
      {
        "grant": {
          "category": "INTELLIGENT",
          "maturityLevel": 3,
          "eligibleInvestment": {"amount": 10000000, "currency": "CNY"},
          "totalInvestment": {"amount": 12000000, "currency": "CNY"},
          "fixedAssetInvestment": {"amount": 9600000, "currency": "CNY"},
          "equipmentInvestment": {"amount": 6720000, "currency": "CNY"},
          "eligibleProject": true
        },
        "interest": {
          "eligibleProject": true,
          "subsidyStart": "2023-01-01",
          "payments": [{
            "paymentId": "P1",
            "kind": "BANK_FIXED_ASSET_LOAN",
            "interestFrom": "2023-01-01",
            "interestUntil": "2023-07-01",
            "interestPaid": {"amount": 100000, "currency": "CNY"}
          }],
          "options": {"maximumSubsidyYears": 3}
        }
      }
      """;

  private static ThrowingCallable json(String from, String to) {
    String changed = VALID_JSON.replace(from, to);
    assertThat(changed).as("the replacement must change the JSON").isNotEqualTo(VALID_JSON);
    return () -> SUPPORT.explainMaximumSupportJson(GRANT, INTEREST, changed);
  }

  @Test
  void test_json_validRequestWorks() {
    // grant up to 16% × 10,000,000 = 1,600,000.00; subsidy 50% × 100,000 = 50,000.00; total up to 1,650,000.00
    RenovationSupportResult result = io.github.huiqi.core.json.HuiqiJson.read(
        SUPPORT.explainMaximumSupportJson(GRANT, INTEREST, VALID_JSON), RenovationSupportResult.class);
    assertThat(Cny.yuan(result.total().maximum(), "t")).isEqualByComparingTo("1650000.00");
  }

  @Test
  void test_interest_negativeAmountsAndBadDates() {
    assertField(json("\"amount\": 100000,", "\"amount\": -0.01,"), "/interest/payments/0/interestPaid");
    assertField(() -> loanInterest("P", START, START.plusDays(1), "-1"), "interestPaid");
    assertField(() -> RenovationInterestPayment.of("P", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN, START,
        START.plusDays(1), Money.of(BigDecimal.ONE, "USD")), "interestPaid");
    assertField(json("\"interestUntil\": \"2023-07-01\"", "\"interestUntil\": \"2023-01-01\""),
        "/interest/payments/0/interestUntil");
    assertField(json("\"interestUntil\": \"2023-07-01\"", "\"interestUntil\": \"2022-12-01\""),
        "/interest/payments/0/interestUntil");
    assertField(json("\"subsidyStart\": \"2023-01-01\",", ""), "/interest/subsidyStart");
    assertField(json("\"kind\": \"BANK_FIXED_ASSET_LOAN\"", "\"kind\": \"WORKING_CAPITAL_LOAN\""),
        "/interest/payments/0/kind");
    assertField(json("\"maximumSubsidyYears\": 3", "\"maximumSubsidyYears\": 0"),
        "/interest/options/maximumSubsidyYears");
    // no payment at all (an unknown key would be named first, before the request is checked)
    assertField(json(VALID_JSON.substring(VALID_JSON.indexOf("\"payments\": ["), VALID_JSON.indexOf("\"options\"")),
        "\"payments\": [],\n"), "/interest/payments");
  }

  @Test
  void test_eachCalculatorsOwnJson_nonCnyAndNull() {
    String interest = """
        {"eligibleProject": true, "subsidyStart": "2023-01-01", "payments": [{"paymentId": "P1",
         "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-01-01", "interestUntil": "2023-07-01",
         "interestPaid": {"amount": 100000, "currency": "USD"}}]}
        """;
    assertField(() -> CALCULATOR.explainSubsidyJson(INTEREST, interest), "/payments/0/interestPaid/currency");
    assertField(() -> CALCULATOR.explainSubsidyJson(INTEREST, null), "json");
    assertField(() -> CALCULATOR.subsidy(INTEREST, null), "request");
    RenovationGrantCalculator grants = RenovationGrantCalculator.DEFAULT;
    String grant = """
        {"category": "INTELLIGENT", "maturityLevel": 3, "eligibleInvestment": {"amount": 1, "currency": "CNY"},
         "totalInvestment": {"amount": 5, "currency": "CNY"}}
        """;
    assertField(() -> grants.explainMaximumGrantJson(GRANT, grant.replaceFirst("CNY", "USD")),
        "/eligibleInvestment/currency");
    assertField(() -> grants.explainMaximumGrantJson(GRANT, grant.replace("\"amount\": 5, \"currency\": \"CNY\"",
        "\"amount\": 5, \"currency\": \"EUR\"")), "/totalInvestment/currency");
    assertField(() -> grants.explainMaximumGrantJson(GRANT, grant.replace("\"amount\": 5,", "\"amount\": -5,")),
        "/totalInvestment");
    assertField(() -> grants.explainMaximumGrantJson(GRANT, null), "json");
    assertField(() -> grants.explainMaximumGrantJson(null, grant), "measure");
    assertField(() -> grants.maximumGrant(GRANT, null), "request");
    assertField(() -> SUPPORT.explainMaximumSupportJson(GRANT, INTEREST, null), "json");
    assertField(() -> SUPPORT.maximumSupport(null, INTEREST, null), "grantMeasure");
  }

  @Test
  void test_interest_requestShape() {
    assertField(() -> RenovationInterestRequest.of(START, List.of()), "payments");
    assertField(() -> RenovationInterestRequest.of(START, List.of(
        loanInterest("P", START, START.plusDays(1), "1"), loanInterest("P", START, START.plusDays(2), "1"))),
        "payments/1/paymentId");
    assertField(() -> RenovationInterestRequest.builder().subsidyStart(null).build(),
        "subsidyStart");
    assertField(() -> CALCULATOR.subsidy(null, RenovationInterestRequest.of(START,
        List.of(loanInterest("P", START, START.plusDays(1), "1")))), "measure");
    assertField(() -> CALCULATOR.explainSubsidyJson(INTEREST, "[]"), "/");
  }

  @Test
  void test_grant_negativeAndInconsistentAmounts() {
    assertField(json("\"amount\": 10000000,", "\"amount\": -1,"), "/grant/eligibleInvestment");
    assertField(json("\"maturityLevel\": 3", "\"maturityLevel\": 6"), "/grant/maturityLevel");
    assertField(json("\"maturityLevel\": 3", "\"maturityLevel\": 0"), "/grant/maturityLevel");
    assertField(json("\"category\": \"INTELLIGENT\"", "\"category\": \"GREEN\""), "/grant/category");
    assertField(json("\"amount\": 9600000,", "\"amount\": 12000000.01,"), "/grant/fixedAssetInvestment");
    assertField(json("\"amount\": 6720000,", "\"amount\": 9600000.01,"), "/grant/equipmentInvestment");
    assertField(json("\"amount\": 10000000,", "\"amount\": 12000000.01,"), "/grant/eligibleInvestment");
    assertField(() -> RenovationGrantRequest.builder().category(RenovationCategory.INTELLIGENT).maturityLevel(3)
        .eligibleInvestment(Cny.of("1")).totalInvestment(Cny.of("-1")).build(),
        "totalInvestment");
    assertField(() -> RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, null), "request");
    assertField(() -> SUPPORT.explainMaximumSupport(GRANT, null, null), "interestMeasure");
    assertField(() -> RenovationSupportRequest.of(null, null), "grant");
  }

  @Test
  void test_grant_anAmountAboveTheOneHoldingIt_namesBothAmounts() {
    // before: the error named only the larger amount, its relatedFields empty, so that a caller who had just lowered
    // the total (the sweep set /grant/totalInvestment to 100) was pointed at the untouched eligible investment
    InvalidInputException eligible = assertField(json("\"amount\": 12000000,", "\"amount\": 100,"),
        "/grant/eligibleInvestment");
    assertThat(eligible.code()).isEqualTo(InvalidInputException.CONFLICT);
    assertThat(eligible.relatedFields()).containsExactly("/grant/totalInvestment");
    assertThat(eligible.getMessage()).contains("must not exceed /grant/totalInvestment 'CNY 100.00'");
    InvalidInputException fixed = assertField(json("\"amount\": 9600000,", "\"amount\": 12000000.01,"),
        "/grant/fixedAssetInvestment");
    assertThat(fixed.relatedFields()).containsExactly("/grant/totalInvestment");
    InvalidInputException equipment = assertField(json("\"amount\": 9600000,", "\"amount\": 100,"),
        "/grant/equipmentInvestment");
    assertThat(equipment.relatedFields()).containsExactly("/grant/fixedAssetInvestment");
    assertThat(equipment.value()).isEqualTo("CNY 6720000.00");
  }
}
