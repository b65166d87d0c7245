package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.batch.book.BookCalculator;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.hardening.JsonMutation.Expect;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.policy.PolicyData;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixed bad-input battery of {@link JsonSweep} as the lines of an NDJSON book, each bad line between two copies
 * of a valid one, for every book calculator ({@link BookCalculators}) and the two explained books
 * ({@link BookNdjson#riskPool}, {@link BookNdjson#firstLoan}): a bad line is that line's failure, naming a
 * JSON Pointer at the place changed (or, where the change may leave a valid request, a result), a blank line is
 * skipped, and every valid line is computed as on its own; the totals count every item.
 */
class BookBadLineSweepTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final Pattern OTHER_SIDE = Pattern.compile(" (/[A-Za-z0-9/]+) '");

  /** A book run with a valid one-line request, and the member its output lines number themselves by. */
  record Family(String name, String validLine, String indexKey, BiConsumer<String, StringWriter> run) {
    @Override
    public String toString() {
      return name;
    }

    static <R> Family items(String name, Class<R> type, BookCalculator<? super R> calculator, String validLine) {
      return new Family(name, validLine, "index", (book, out) -> BookNdjson.items(BookSource.ndjson(
          new StringReader(book), type, r -> Optional.empty()), calculator, out, HuiqiJson.codec()));
    }
  }

  static Stream<Family> families() {
    String claim = line(RiskPoolFixtures.claim("L1", LocalDate.of(2023, 3, 1)).build());
    String firstLoan = line(FirstLoanRequest.class, "FirstLoanCalculator.explainSubsidyJson");
    return Stream.of(
        // the valid claim, L1, repeats between the bad lines on purpose: read without the id check, which would fail
        // every copy after the first (BookRepeatedIdTest tests it)
        new Family("risk pool, explained", claim, "line", (book, out) -> BookNdjson.riskPool(RiskPoolFixtures.POOL,
            RiskPoolOptions.DEFAULTS, BookSource.ndjson(new StringReader(book), RiskPoolClaim.class,
                c -> Optional.of(c.loanId()), "loanId", HuiqiJson.codec()).withoutIdCheck(), out,
            HuiqiJson.codec().with(JsonOutput.COMPACT))),
        new Family("first loan, explained", firstLoan, "line", (book, out) -> BookNdjson.firstLoan(
            FirstLoanFixtures.MEASURE, new StringReader(book), out, HuiqiJson.codec().with(JsonOutput.COMPACT))),
        Family.items("risk pool", RiskPoolClaim.class,
            BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS),
            claim),
        Family.items("first loan", FirstLoanRequest.class, BookCalculators.firstLoan(FirstLoanFixtures.MEASURE),
            firstLoan),
        Family.items("guarantee-fee reduction", GuaranteeFeeReductionRequest.class,
            BookCalculators.guaranteeFeeReduction(DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023)),
            line(GuaranteeFeeReductionRequest.class, "GuaranteeFeeReductionCalculator.explainFeeJson")),
        Family.items("guarantee-fee cap", GuaranteeFeeBenchmarkCapRequest.class,
            BookCalculators.guaranteeFeeCap(DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT)),
            line(GuaranteeFeeBenchmarkCapRequest.class, "GuaranteeFeeBenchmarkCapCalculator.explainFeeRateCapJson")),
        Family.items("guarantee-fee subsidy", GuaranteeFeeSubsidyRequest.class,
            BookCalculators.guaranteeFeeSubsidy(DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021)),
            line(GuaranteeFeeSubsidyRequest.class, "GuaranteeFeeSubsidyCalculator.explainSubsidyJson")),
        Family.items("tech SME", TechSmeRequest.class, BookCalculators.techSme(TechSmeFixtures.MEASURE),
            line(TechSmeRequest.class, "TechSmeCalculator.explainSubsidyJson")));
  }

  private static String line(Object request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  private static String line(Class<?> type, String entryPoint) {
    return line(HuiqiJson.read(JsonEntryPoints.named(entryPoint).validJson(), type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void test_battery_eachBadLineIsItsOwnFailure_theRestComputed(Family family) {
    List<JsonSweep.Case> cases = new JsonSweep(family.validLine()).cases().stream()
        .filter(c -> c.mutation().document().indexOf('\n') < 0 && c.mutation().document().indexOf('\r') < 0)
        .toList();
    StringBuilder book = new StringBuilder(family.validLine()).append('\n');
    Map<Long, JsonSweep.Case> byLine = new HashMap<>();
    long line = 1;
    for (JsonSweep.Case sweep : cases) {
      book.append(sweep.mutation().document()).append('\n').append(family.validLine()).append('\n');
      byLine.put(line + 1, sweep);
      line += 2;
    }
    StringWriter out = new StringWriter();
    family.run().accept(book.toString(), out);

    List<String> problems = new ArrayList<>();
    String validItem = null;
    long items = 0;
    List<String> written = out.toString().lines().toList();
    for (String text : written.subList(0, written.size() - 1)) {
      JsonNode item = HuiqiJson.read(text, JsonNode.class);
      long index = item.get(family.indexKey()).asLong();
      items++;
      JsonSweep.Case sweep = byLine.get(index);
      String body = text.replaceFirst("\"" + family.indexKey() + "\":[0-9]+", "\"" + family.indexKey() + "\":0");
      if (sweep == null) {
        // a valid line: computed as every other copy of it
        validItem = validItem == null ? body : validItem;
        if (!body.equals(validItem)) {
          problems.add("line " + index + " (valid) answered " + text);
        }
        continue;
      }
      JsonMutation mutation = sweep.mutation();
      JsonNode failure = item.path("failure");
      if (failure.isMissingNode()) {
        if (mutation.expect() == Expect.REJECTED) {
          problems.add("line " + index + ", " + mutation + ": accepted: " + text);
        }
        continue;
      }
      // the field, or the other side of a contradiction, which a book failure names in its problem
      // ("must not exceed /principal '1.50'")
      List<String> named = new ArrayList<>(List.of(failure.path("field").asText()));
      Matcher other = OTHER_SIDE.matcher(failure.path("problem").asText());
      while (other.find()) {
        named.add(other.group(1));
      }
      if (!mutation.pointer().isEmpty()
          && named.stream().noneMatch(field -> AnswerCheck.related(field, mutation.pointer()))) {
        problems.add("line " + index + ", " + mutation + ": the failure names " + named + ": " + text);
      }
    }
    long blank = cases.stream().filter(c -> c.mutation().document().isBlank()).count();
    // every line but the blank ones is an item: the valid lines, and each bad line
    if (items != line - blank) {
      problems.add(items + " items for " + line + " lines, " + blank + " blank");
    }
    JsonNode totals = HuiqiJson.read(written.get(written.size() - 1), JsonNode.class).path("totals");
    if (totals.path("items").asLong() != items) {
      problems.add("totals " + totals + " for " + items + " items");
    }
    assertThat(problems).as("%s: %d problems over %d bad lines", family, problems.size(), cases.size()).isEmpty();
  }
}
