package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.HuiqiCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA audit of the command line on paths a platform developer hits: a request file listing a measure the catalogue
 * does not have, a profile that gives only region, industry and size, limited with {@code --measure}, and a file
 * opening with a UTF-8 byte-order mark, a measure listed twice, a file too long.
 */
class HuiqiCliAuditTest {

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return CliAuditFiles.writeAsIs(dir, name, content);
  }

  @Test
  void test_requestFile_unknownMeasure_oneLineNamingTheFileAndTheField() throws IOException {
    // before: "huiqi: Unknown measure 'nope': not found", naming neither the file nor the field
    Path file = write("request.json", "{\"profile\": {\"registrationRegionCode\": \"440306\"},"
        + " \"asOf\": \"2023-06-30\", \"measures\": [\"miit-2011-300.enterprise-size\", \"nope\"]}");
    HuiqiCliTest.Run run = run(file.toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains("request.json", "/measures/1", "nope");
  }

  @Test
  void test_largeFirmWithoutLoans_guaranteeFeeMeasuresIneligible() throws IOException {
    // 深工信〔2023〕26号 第6条 "针对小微企业" and the small/micro fee subsidy: a large firm is out whatever its loans
    Path file = write("firm.json", "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"F5211\","
        + " \"size\": \"LARGE\"}");
    HuiqiCliTest.Run run = run(file.toString(), "--as-of", "2023-06-30", "--json", "--measure",
        "sz-gxj-2023-26.guarantee-fee-reduction", "--measure",
        "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
    assertThat(run.status()).isZero();
    JsonNode report = HuiqiJson.read(run.out(), JsonNode.class);
    assertThat(report.get("outcomes").size()).isEqualTo(2);
    for (JsonNode outcome : report.get("outcomes")) {
      assertThat(outcome.get("verdict").asText()).isEqualTo("INELIGIBLE");
    }
  }

  @Test
  void test_aFileOpeningWithAByteOrderMark_isRead() throws IOException {
    // before: "'firm.json', field /: is not well-formed JSON (line 1, column 1)", exit 2
    Path file = dir.resolve("firm.json");
    Files.write(file, ("\uFEFF{\"registrationRegionCode\": \"440305\", \"independentLegalPerson\": true,"
        + " \"firstTimeBorrower\": true, \"onSeriousDishonestyList\": false, \"loans\": [{\"loanId\": \"L1\","
        + " \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-01-15\","
        + " \"maturityDate\": \"2024-01-15\", \"annualInterestRate\": \"3.65%\", \"lenderRegionCode\": \"440300\","
        + " \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false}]}").getBytes(StandardCharsets.UTF_8));
    HuiqiCliTest.Run run = run(file.toString(), "--as-of", "2023-06-30", "--json", "--measure",
        "sz-gxj-2023-26.first-loan-interest-subsidy");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode outcome = HuiqiJson.read(run.out(), JsonNode.class).get("outcomes").get(0);
    // 深工信〔2023〕26号 第5条: 1,000,000 × 2% × 181/360 (2023-01-15 to 2023-07-15, six months) = 10,055.56
    assertThat(outcome.get("verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("10055.56");
  }

  @Test
  void test_aMeasureTwice_inTheFileOrOnTheCommandLine_isNamedWhereItRepeats() throws IOException {
    // before, both: "huiqi: Unknown measure 'sz-gxj-2023-26.first-loan-interest-subsidy': is requested more than
    // once", exit 2, naming neither the file nor the field, and calling a known measure unknown
    String id = "sz-gxj-2023-26.first-loan-interest-subsidy";
    Path file = write("twice.json", "{\"profile\": {\"registrationRegionCode\": \"440306\"}, \"asOf\": \"2023-06-30\","
        + " \"measures\": [\"" + id + "\", \"miit-2011-300.enterprise-size\", \"" + id + "\"]}");
    HuiqiCliTest.Run inFile = run(file.toString());
    assertThat(inFile.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(inFile.err().lines()).singleElement().asString()
        .contains("twice.json", "/measures/2", "more than once", id).doesNotContain("Unknown");
    // on the command line it is a wrong option: the usage, exit 64
    HuiqiCliTest.Run option = run("--measure", id, "--measure", id);
    assertThat(option.status()).isEqualTo(HuiqiCli.USAGE);
    assertThat(option.err()).contains("--measure '" + id + "' is given more than once", "usage: huiqi");
    assertThat(option.out()).isEmpty();
  }

  @Test
  void test_aFileTooLong_oneLineGivingItsLengthOnce() throws IOException {
    // 46 + 3,000,000 + 2 = 3,000,048 characters, over the 1,000,000 a document may have
    Path file = write("long.json", "{\"registrationRegionCode\": \"440306\", \"name\": \"" + "x".repeat(3_000_000)
        + "\"}");
    HuiqiCliTest.Run run = run(file.toString());
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    // before: "... longer than 1000000 characters (3000048) (was 3000048)"
    assertThat(run.err().lines()).singleElement().asString().contains("long.json", "field /", "(3000048)")
        .doesNotContain("was");
  }
}
