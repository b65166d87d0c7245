package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliAuditFiles.jsonReport;
import static io.github.huiqi.examples.cli.CliAuditFiles.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA audit of the employment measures through the command line ({@code huiqi firm.json --json --as-of …}), worked by
 * hand: a Shanghai employer's hiring subsidy (沪企服办〔2023〕1号 第十九条, 2,000 a hire) and late fees waived (第二十条,
 * 社会保险法 第八十六条 0.05% a day, each deferral rounded half-up to the fen), a Shenzhen employer's housing-fund
 * deferral (深工信〔2023〕26号 第2条) with a fact missing, and a bad hire answered with status 2 naming its pointer.
 */
class HuiqiCliEmploymentAuditTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return CliAuditFiles.write(dir, name, content);
  }

  @Test
  void test_shanghaiEmployer_hiringAndLateFees() throws IOException {
    Path file = write("sh.json", "{'registrationRegionCode': '310115', 'hires': ["
        // eligible: 3 months unemployed, 2023-01-01..2023-12-31 (a year exactly), insured
        + "{'hireId': 'H-1', 'hireDate': '2023-01-01', 'registeredUnemployedMonths': 3, 'contractEnd': '2023-12-31',"
        + " 'socialInsurancePaid': true},"
        // eligible: a 2023 graduate hired on the window's last day, open-ended
        + "{'hireId': 'H-2', 'hireDate': '2023-12-31', 'shanghaiGraduate': true, 'graduationYear': 2023,"
        + " 'openEndedContract': true, 'socialInsurancePaid': true},"
        // hired the day after the window: not eligible
        + "{'hireId': 'H-3', 'hireDate': '2024-01-01', 'registeredUnemployedMonths': 6, 'openEndedContract': true,"
        + " 'socialInsurancePaid': true},"
        // insurance not known: undetermined
        + "{'hireId': 'H-4', 'hireDate': '2023-07-15', 'registeredUnemployedMonths': 4, 'openEndedContract': true}],"
        + " 'insuranceDeferrals': ["
        + "{'deferralId': 'D-1', 'kind': 'PENSION', 'deferredAmount': {'amount': 50.00, 'currency': 'CNY'},"
        + " 'dueDate': '2023-12-30', 'deferralApproved': true, 'repaidDate': '2023-12-31'},"
        + "{'deferralId': 'D-2', 'kind': 'UNEMPLOYMENT', 'deferredAmount': {'amount': 10000, 'currency': 'CNY'},"
        + " 'dueDate': '2022-04-01', 'deferralApproved': true, 'repaidDate': '2023-12-31'}]}");
    JsonNode report = jsonReport(file, "2023-06-30", "sh-qfb-2023-1.hiring-subsidy",
        "sh-qfb-2023-1.insurance-late-fee-waiver");
    // "按照2000元/人": 2 × 2,000 = 4,000.00, up to 3 × 2,000 = 6,000.00 were H-4 insured
    JsonNode hiring = outcome(report, "sh-qfb-2023-1.hiring-subsidy");
    assertThat(hiring.at("/amountKind").asText()).isEqualTo("PAYMENT_TO_FIRM");
    assertThat(hiring.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("4000.00");
    assertThat(hiring.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("6000.00");
    assertThat(hiring.at("/missingFacts/0").asText()).isEqualTo("/hires/3/socialInsurancePaid");
    // D-1: 50.00 × 0.05% × 1 day = 0.025 → 0.03 (half-up); D-2: 10,000 × 0.05% × 639 days (2022-04-01 →
    // 2023-12-31: 365 + 274) = 3,195.00; waived 3,195.03, a fee saved
    JsonNode fees = outcome(report, "sh-qfb-2023-1.insurance-late-fee-waiver");
    assertThat(fees.at("/amountKind").asText()).isEqualTo("FEE_SAVED");
    assertThat(fees.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("3195.03");
    assertThat(fees.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("3195.03");
  }

  @Test
  void test_shenzhenEmployer_housingFund_missingFactNamed() throws IOException {
    // A-1 applied on 2023-06-30 ("申请期限至2023年6月30日", included), 12 months from 2023-07-01 to 2024-06-30; A-2's
    // hardship not known: eligible, non-monetary, A-2's hardship named
    Path file = write("sz.json", "{'registrationRegionCode': '440305', 'housingFundDeferrals': ["
        + "{'applicationId': 'A-1', 'applicationDate': '2023-06-30', 'deferralStart': '2023-07-01', 'hardship': true},"
        + "{'applicationId': 'A-2', 'applicationDate': '2023-03-01', 'deferralStart': '2023-03-01'}]}");
    JsonNode housing = outcome(jsonReport(file, "2023-06-30", "sz-gxj-2023-26.housing-fund-deferral"),
        "sz-gxj-2023-26.housing-fund-deferral");
    assertThat(housing.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(housing.at("/amountKind").asText()).isEqualTo("NON_MONETARY");
    assertThat(housing.at("/missingFacts").toString()).isEqualTo("[\"/housingFundDeferrals/1/hardship\"]");
    // 2023-03-01 + 12 months = 2024-03-01, less a day: 2024-02-29 (2024 is a leap year)
    assertThat(housing.at("/detail/en").asText()).isEqualTo("Housing-fund deferral: A-1 may be deferred to "
        + "2024-06-30; A-2 may be deferred, if the missing facts are favourable, to 2024-02-29.");
  }

  @Test
  void test_badHire_statusTwoNamingThePointer() throws IOException {
    // a contract ending before the hire: the file is refused, status 2, the pointer and the value named
    Path file = write("bad.json", "{'registrationRegionCode': '310115', 'hires': [{'hireId': 'H-1', 'hireDate': "
        + "'2023-05-01', 'registeredUnemployedMonths': 3, 'contractEnd': '2023-04-30', 'socialInsurancePaid': true}]}");
    HuiqiCliTest.Run run = HuiqiCliTest.run(file.toString(), "--json", "--as-of", "2023-06-30");
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.err()).contains("/hires/0/contractEnd", "2023-04-30");
    assertThat(run.out()).isEmpty();
  }
}
