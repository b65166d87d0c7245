package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A required value a profile file does not give, left out or written as {@code null}: exit status 2 and one line
 * naming the file and the field (JSON Pointer) in the language asked for, with no "(was null)" after it, which read
 * as if the file held the text "null" where it held nothing; a value the file does give is still named.
 */
class HuiqiCliRequiredValueTest {

  private static final String LOAN_HEAD = "{\"asOf\": \"2023-06-30\", \"profile\": {\"registrationRegionCode\": "
      + "\"440305\", \"loans\": [{\"loanId\": \"A\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, ";
  private static final String LOAN_TAIL = "\"maturityDate\": \"2024-01-01\", \"annualInterestRate\": \"3.65%\"}]}}";

  @TempDir
  Path dir;

  private String file(String name, String drawdown) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, LOAN_HEAD + drawdown + LOAN_TAIL, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void test_aLeftOutValue_isNamedAsRequired_inBothLanguages() throws IOException {
    String file = file("left-out.json", "");
    HuiqiCliTest.Run en = HuiqiCliTest.run(file);
    assertThat(en.status()).isEqualTo(2);
    assertThat(en.out()).isEmpty();
    assertThat(en.err()).isEqualTo("huiqi: '" + file + "', field /profile/loans/0/drawdownDate: is required\n");
    HuiqiCliTest.Run zh = HuiqiCliTest.run(file, "--lang", "zh");
    assertThat(zh.status()).isEqualTo(2);
    assertThat(zh.err()).isEqualTo("huiqi: '" + file + "'，字段 /profile/loans/0/drawdownDate：为必填项\n");
  }

  @Test
  void test_aNullValue_isNamedAsRequired() throws IOException {
    String file = file("null.json", "\"drawdownDate\": null, ");
    HuiqiCliTest.Run run = HuiqiCliTest.run(file, "--lang", "en");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("huiqi: '" + file + "', field /profile/loans/0/drawdownDate: is required\n");
  }

  @Test
  void test_aGivenValue_isStillNamed() throws IOException {
    String file = file("bad-date.json", "\"drawdownDate\": \"2023-02-30\", ");
    HuiqiCliTest.Run run = HuiqiCliTest.run(file);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("huiqi: '" + file + "', field /profile/loans/0/drawdownDate: must be a calendar "
        + "date (was 2023-02-30)\n");
  }
}
