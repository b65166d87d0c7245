package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests that a book of a measure whose document is a draft for comment says so on every item and in its totals, in
 * Java, JSON and NDJSON, as the engine's outcome does ({@code MeasureOutcome.documentStatus()}): the Shenzhen 专精特新
 * draft's guarantee-fee cap (《深圳市关于促进专精特新企业高质量发展的若干措施》征求意见稿 第五条, pack status {@code DRAFT}).
 * A book of a measure in force (the risk pool of 深工信〔2023〕26号) says nothing, as before.
 */
class BookDocumentStatusTest {

  private static final GuaranteeFeeBenchmarkCapMeasure CAP = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** 5,000,000 contracted 2023-05-10, drawn 2023-05-12, due 2024-05-12, proposed at 2%. */
  private static GuaranteeFeeBenchmarkCapRequest loan() {
    return GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 12),
        LocalDate.of(2024, 5, 12)).withProposal(Rate.parse("2%"), Cny.of("5000000"));
  }

  @Test
  void test_capBook_everyItemAndTheTotalsSayDraft() {
    GuaranteeFeeBenchmarkCapRequest notZjtx = GuaranteeFeeBenchmarkCapRequest.builder().from(loan())
        .specialisedAndInnovative(false).build();
    List<BookItem> items = new ArrayList<>();
    BookCalculator<GuaranteeFeeBenchmarkCapRequest> calculator = BookCalculators.guaranteeFeeCap(CAP);
    BookTotals totals = calculator.run(Arrays.asList(loan(), notZjtx, null), items::add);
    // 第五条: PBoC ≤1-year 4.35% × ½ = 2.175%; 5,000,000 × 2.175% × 12/12 = 108,750.00
    assertThat(items.get(0).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("108750.00")));
    assertThat(items.get(1).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(2).isFailed()).isTrue();
    // eligible, ineligible and failed alike: a draft for comment, not binding
    assertThat(items).allSatisfy(item -> {
      assertThat(item.documentStatus()).contains(DocumentStatus.DRAFT);
      assertThat(item.indicativeOnly()).isTrue();
    });
    assertThat(calculator.documentStatus()).contains(DocumentStatus.DRAFT);
    assertThat(totals).isEqualTo(new BookTotals(3, 1, 1, 0, 1, AmountRange.exactly(Cny.of("108750.00")),
        Optional.of(DocumentStatus.DRAFT)));
    assertThat(totals.indicativeOnly()).isTrue();
    // an empty book's totals still say it: the calculator does
    assertThat(calculator.run(List.<GuaranteeFeeBenchmarkCapRequest>of(), item -> { }).documentStatus())
        .contains(DocumentStatus.DRAFT);
    // the parallel stream path gives the same items
    assertThat(calculator.results(Arrays.asList(loan(), notZjtx, null).stream()).parallel().toList())
        .isEqualTo(items);
  }

  @Test
  void test_capBook_json_saysDraft_andReadsBack() throws Exception {
    BookItem item = BookCalculators.guaranteeFeeCap(CAP).evaluate(0, loan());
    String json = HuiqiJson.write(item);
    assertThat(MAPPER.readTree(json).at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(HuiqiJson.read(json, BookItem.class)).isEqualTo(item);
    BookTotals totals = new BookTally().add(item).totals();
    String totalsJson = HuiqiJson.write(new BookTotalsLine(totals));
    assertThat(MAPPER.readTree(totalsJson).at("/totals/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(HuiqiJson.read(totalsJson, BookTotalsLine.class).totals()).isEqualTo(totals);
  }

  @Test
  void test_capBook_ndjson_everyLineSaysDraft_theBadLineAndTheTotalsToo() throws Exception {
    String book = HuiqiJson.write(loan(), JsonOutput.COMPACT) + "\n"
        + "{\"contractDate\":\"2023-02-30\"}\n"
        + "not json\n";
    StringWriter out = new StringWriter();
    BookTotals totals = BookNdjson.items(BookSource.ndjson(new StringReader(book),
        GuaranteeFeeBenchmarkCapRequest.class, r -> Optional.empty(), HuiqiJson.codec()),
        BookCalculators.guaranteeFeeCap(CAP), out, HuiqiJson.codec());
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(4);
    for (String line : lines.subList(0, 3)) {
      assertThat(MAPPER.readTree(line).at("/documentStatus").asText()).as(line).isEqualTo("DRAFT");
    }
    JsonNode last = MAPPER.readTree(lines.get(3));
    assertThat(last.at("/totals/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(last.at("/totals/failed").asLong()).isEqualTo(2);
    assertThat(totals.documentStatus()).contains(DocumentStatus.DRAFT);
  }

  @Test
  void test_inForceBook_saysNothing_asBefore() throws Exception {
    BookCalculator<RiskPoolClaim> pool = BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
    assertThat(RiskPoolFixtures.POOL.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    BookItem item = pool.evaluate(0, RiskPoolFixtures.claim("A", LocalDate.of(2023, 4, 1)).build());
    assertThat(item.documentStatus()).isEmpty();
    assertThat(item.indicativeOnly()).isFalse();
    assertThat(MAPPER.readTree(HuiqiJson.write(item)).has("documentStatus")).isFalse();
    assertThat(pool.documentStatus()).isEmpty();
    assertThat(BookItem.statusSaid(DocumentStatus.IN_FORCE)).isEmpty();
    assertThat(BookItem.statusSaid(DocumentStatus.EXPIRED)).contains(DocumentStatus.EXPIRED);
  }

  @Test
  void test_tally_aDraftInAMixedSum_saysDraft() {
    BookItem draft = BookCalculators.guaranteeFeeCap(CAP).evaluate(0, loan());
    BookItem inForce = BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS)
        .evaluate(1, RiskPoolFixtures.claim("A", LocalDate.of(2023, 4, 1)).build());
    BookItem informational = inForce.withDocumentStatus(Optional.of(DocumentStatus.INFORMATIONAL));
    // the least binding status summed: a draft before a descriptive text, before one in force
    assertThat(new BookTally().add(inForce).add(draft).add(informational).totals().documentStatus())
        .contains(DocumentStatus.DRAFT);
    assertThat(new BookTally().add(inForce).add(informational).totals().documentStatus())
        .contains(DocumentStatus.INFORMATIONAL);
    assertThat(new BookTally().add(inForce).merge(new BookTally().add(draft)).totals().documentStatus())
        .contains(DocumentStatus.DRAFT);
    assertThat(new BookTally().add(inForce).totals().documentStatus()).isEmpty();
  }
}
