package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CSV cell's number is read when it has at most 40 characters ({@code HuiqiJson.MAX_NUMBER_LENGTH}, the JSON
 * reader's bound) and refused, naming its column, when it has more: the bound itself is a number.
 * <p>
 * The claim is granted 2023-02-01, outstanding 100,000.00, no exclusion: 深工信〔2023〕26号 第5条, base 30%
 * (decisions register §4.2 item 11) + 30 points in 2023-01-01..2023-03-31 = 60%; 60% × 100,000.00 = 60,000.00.
 */
class BookCsvNumberLengthTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation";

  private static String row(String id, String outstanding) {
    return id + ",GENERAL,1000000.00,2023-02-01,,2024-01-31," + outstanding + ",,,,false,false,false";
  }

  @Test
  void aNumberOfFortyCharacters_isRead_ofFortyOne_isRefusedByItsColumn() {
    // 100,000.00 written with 16 decimals (the most a number may have) and an exponent of zero, its digits padded
    // with zeros as JSON allows: "100000." (7), 16 zeros (23), "e+" (25) and 15 zeros is 40 characters; 16 is 41
    String forty = "100000." + "0".repeat(16) + "e+" + "0".repeat(15);
    String fortyOne = "100000." + "0".repeat(16) + "e+" + "0".repeat(16);
    assertThat(forty).hasSize(40);
    List<BookItem> items = new ArrayList<>();
    BookSource.csv(new StringReader(HEADER + "\n" + row("G", forty) + "\n" + row("B", fortyOne) + "\n"),
        BookSource.RISK_POOL_CLAIMS, "loanId").run(POOL, items::add);
    // 60% × 100,000.00 = 60,000.00
    assertThat(items.get(0).failure()).isEmpty();
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("60000.00")));
    BookFailure failure = items.get(1).failure().orElseThrow();
    assertThat(failure.field()).isEqualTo("principalOutstanding");
    assertThat(failure.value()).isEqualTo(fortyOne);
    assertThat(failure.problem()).isEqualTo("must be a decimal number such as 1234.56 or 1e6");
  }
}
