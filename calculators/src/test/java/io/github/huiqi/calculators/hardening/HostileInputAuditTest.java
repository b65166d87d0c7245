package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTextReader;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.stacking.StackingInterestSubsidyRule;
import io.github.huiqi.calculators.space.purchase.PurchaseRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFacts;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.time.DateRange;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A blind bad-input audit of the public entry points, as a hostile QA lead runs it after the corpus, the fuzz targets
 * and the sweeps ({@link BadInputCorpusTest}, {@link ApiBadValueSweepTest}, {@link BookCsvBadCellSweepTest}): the
 * cases those leave to chance or do not try, each asserting the error's type, code, field (JSON Pointer) and value.
 * <ul>
 *   <li>every JSON entry point: text after the document, JSON's lenient extensions (comments, single quotes, a
 *   trailing comma), a byte-order mark, CRLF line ends; the first number spelt {@code NaN}, {@code +1}, {@code 007},
 *   or as a string; the first date as days that do not exist (2023-02-30, 2023-04-31, 2023-02-29), before and after
 *   the readers' range (0000-01-01, 9999-12-31) and beyond four digits (+999999999-12-31);</li>
 *   <li>one id given twice in every list the requests identify by id: one code, {@code input.duplicate};</li>
 *   <li>a receipt listing a pack twice, an empty {@code measures} list, {@code Rate.ofPercent} given a sign;</li>
 *   <li>leap days through the typed API and the engine, and the CSV and NDJSON books with a byte-order mark and CRLF
 *   line ends.</li>
 * </ul>
 * Six of these were leaks, fixed with this test as their regression (CHANGELOG, "Fixed (QA audit)"): the purchase
 * request took a lease twice, a repeated id had the code {@code input.invalid} in nine requests and
 * {@code input.duplicate} in the others, a replay matched a receipt listing a pack twice, an empty {@code measures}
 * list gave a complete report of nothing, {@code Rate.ofPercent("0.5%")} quoted the value as {@code 0.5%%}, and a
 * risk-compensation batch's claim failure had no code. A repeat said otherwise ("is requested more than once", "must
 * not repeat the period", a quarter twice read as out of order) kept {@code input.invalid} (or
 * {@code input.out-of-order}) after that fix: {@code input.duplicate} too, since.
 */
class HostileInputAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  static Stream<JsonEntryPoint> entryPoints() {
    return JsonEntryPoints.all().stream();
  }

  /** The entry points that answer a bad claim with a failure in their result (a batch), not with an exception. */
  private static boolean batch(JsonEntryPoint entry) {
    return entry.name().equals("RiskPoolCalculator.explainClaimsJson");
  }

  private static InvalidInputException refused(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("a typed error").isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  // --- every JSON entry point: the document as a whole -------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_textAfterTheDocument_isMalformedAtTheRoot(JsonEntryPoint entry) {
    // RFC 8259 §2: a JSON text is one value, with only whitespace around it; a lenient reader stops after the first
    for (String after : List.of(" x", " {}", " []", " null", " 1", " //", " /* */", "\u0000", "}")) {
      InvalidInputException error = refused(() -> entry.answer(entry.validJson() + after));
      assertThat(error.code()).as("%s + %s", entry, after).isEqualTo(InvalidInputException.MALFORMED_JSON);
      assertThat(error.field()).as("%s + %s", entry, after).isEqualTo("/");
      // the document itself is the value: too long to quote, so none is
      assertThat(error.value()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_lenientExtensionsOfJson_areMalformed(JsonEntryPoint entry) {
    String valid = entry.validJson();
    // a comment, single quotes: not JSON (RFC 8259 §2, §7), refused where the document starts
    for (String document : List.of(valid.replaceFirst("\\{", "{/* c */"),
        valid.replaceFirst("\"([^\"]+)\"", "'$1'"))) {
      InvalidInputException error = refused(() -> entry.answer(document));
      assertThat(error.code()).as(entry.name()).isEqualTo(InvalidInputException.MALFORMED_JSON);
      assertThat(error.field()).as(entry.name()).isEqualTo("/");
    }
    // a trailing comma before the closing brace: refused in the object that holds it (the root's last member)
    InvalidInputException comma = refused(() -> entry.answer(valid.replaceFirst("\\}\\s*$", ",}")));
    assertThat(comma.code()).isEqualTo(InvalidInputException.MALFORMED_JSON);
    JsonNode root = JsonMutator.parse(valid);
    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    assertThat(comma.field()).as(entry.name()).isEqualTo("/" + names.get(names.size() - 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_byteOrderMarkAndCrlf_sameAnswer(JsonEntryPoint entry) {
    String valid = entry.validJson();
    String answer = entry.answer(valid);
    // a Windows editor's file: a byte-order mark and CRLF line ends are not part of the JSON (RFC 8259 §2, §8.1)
    assertThat(entry.answer("\uFEFF" + valid)).isEqualTo(answer);
    assertThat(entry.answer(valid.replace("\n", "\r\n") + "\r\n")).isEqualTo(answer);
    assertThat(entry.answer("\uFEFF\r\n" + valid.replace("\n", "\r\n"))).isEqualTo(answer);
  }

  // --- every JSON entry point: the first number and the first date -------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_firstNumber_spellingsJsonHasNot_malformedAtIt_asAString_wrongType(JsonEntryPoint entry) {
    JsonNode root = JsonMutator.parse(entry.validJson());
    Optional<String> at = first(root, "", JsonNode::isNumber);
    if (at.isEmpty()) {
      return;
    }
    String number = root.at(at.get()).toString();
    // RFC 8259 §6: no NaN, no Infinity, no plus sign, no leading zero, no hexadecimal, no leading point
    for (String spelling : List.of("NaN", "Infinity", "+1", "007", "0x10", ".5")) {
      InvalidInputException error = refused(() -> entry.answer(replaced(root, at.get(), spelling)));
      assertThat(error.code()).as("%s at %s: %s", entry, at.get(), spelling)
          .isEqualTo(InvalidInputException.MALFORMED_JSON);
      assertThat(error.field()).as("%s: %s", entry, spelling).isEqualTo(at.get());
    }
    // the hardened reader coerces no scalar: the number written as a string is the wrong type, quoted as given
    String asText = replaced(root, at.get(), "\"" + number + "\"");
    if (batch(entry)) {
      // a bad claim is its own failure, with its code, the other claims computed
      JsonNode result = JsonMutator.parse(entry.answer(asText));
      assertThat(result.at("/claims/0/failure/code").asText()).isEqualTo(InvalidInputException.WRONG_TYPE);
      assertThat(result.at("/claims/0/failure/field").asText()).isEqualTo(at.get());
      assertThat(result.at("/claims/0/failure/value").asText()).isEqualTo("\"" + number + "\"");
      assertThat(result.at("/claims/1/failure").isMissingNode()).isTrue();
      return;
    }
    InvalidInputException error = refused(() -> entry.answer(asText));
    assertThat(error.code()).as("%s at %s", entry, at.get()).isEqualTo(InvalidInputException.WRONG_TYPE);
    assertThat(error.field()).isEqualTo(at.get());
    assertThat(error.value()).isEqualTo("\"" + number + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_firstDate_daysThatDoNotExist_outOfRange_beyondFourDigits(JsonEntryPoint entry) {
    JsonNode root = JsonMutator.parse(entry.validJson());
    Optional<String> at = first(root, "", node -> node.isTextual() && node.textValue().matches("\\d{4}-\\d{2}-\\d{2}"));
    if (at.isEmpty()) {
      return;
    }
    // 30 February, 31 April, and 29 February of 2023 (2023 ÷ 4 leaves 3: not a leap year): no such days;
    // +999999999-12-31 is not yyyy-MM-dd; 0000-01-01 and 9999-12-31 lie outside 1949-10-01..2199-12-31
    Map<String, String> codes = Map.of("2023-02-30", InvalidInputException.DATE_FORMAT,
        "2023-04-31", InvalidInputException.DATE_FORMAT, "2023-02-29", InvalidInputException.DATE_FORMAT,
        "+999999999-12-31", InvalidInputException.DATE_FORMAT, "0000-01-01", InvalidInputException.DATE_RANGE,
        "9999-12-31", InvalidInputException.DATE_RANGE);
    for (Map.Entry<String, String> day : codes.entrySet()) {
      String document = replaced(root, at.get(), "\"" + day.getKey() + "\"");
      if (batch(entry)) {
        // a bad claim is its own failure, the other claims computed; before, the failure had no code
        JsonNode result = JsonMutator.parse(entry.answer(document));
        JsonNode failed = result.at("/claims/0/failure");
        assertThat(failed.path("code").asText()).as(day.getKey()).isEqualTo(day.getValue());
        assertThat(failed.path("field").asText()).isEqualTo(at.get());
        assertThat(failed.path("value").asText()).isEqualTo(day.getKey());
        assertThat(result.at("/claims/1/failure").isMissingNode()).isTrue();
        continue;
      }
      InvalidInputException error = refused(() -> entry.answer(document));
      assertThat(error.code()).as("%s at %s: %s", entry, at.get(), day.getKey()).isEqualTo(day.getValue());
      assertThat(error.field()).as("%s: %s", entry, day.getKey()).isEqualTo(at.get());
      assertThat(error.value()).isEqualTo(day.getKey());
    }
  }

  // --- one id given twice: one code everywhere ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "FirstLoanCalculator.explainSubsidyJson, /loans, loanId",
      "FirstLoanGuaranteedCalculator.explainSubsidyJson, /loans, loan/loanId",
      "StackingCalculator.explainTotalSubsidyJson, /loans, loanId",
      "GuaranteeFeeSubsidyCalculator.explainSubsidyJson, /loans, loanId",
      "GuaranteeFeeAverageCalculator.explainAverageFeeRateJson, /guarantees, guaranteeId",
      "RenovationInterestCalculator.explainSubsidyJson, /payments, paymentId",
      "HighRiseCalculator.explainAverageRentJson, /leases, leaseId",
      "ScaleUpRewardCalculator.explainRewardJson, /history, year",
      "TechSmeCalculator.explainSubsidyJson, /guaranteeFees, itemId",
      "HiringCalculator.explainSubsidyJson, /hires, hireId",
      "RentAreaCalculator.explainSubsidyPerPeriodJson, /leases, leaseId",
      "PurchaseCalculator.explainMayPurchaseJson, /leases, leaseId",
      "EntitlementEngine.evaluateJson, /profile/loans, loanId"})
  void test_anIdGivenTwice_isInputDuplicate_namingTheSecond(String name, String list, String id) {
    JsonEntryPoint entry = JsonEntryPoints.named(name);
    JsonNode root = JsonMutator.parse(entry.validJson());
    ArrayNode items = (ArrayNode) root.at(list);
    String twice = list + "/" + items.size() + "/" + id;
    String value = items.get(0).at("/" + id).asText();
    // the first item again, at the end: the same loan (lease, hire, year...) counted twice would be paid twice
    items.add(items.get(0).deepCopy());
    InvalidInputException error = refused(() -> entry.answer(root.toString()));
    // before: "must be unique" (without "in ...") had the code input.invalid in nine of these requests, the same
    // repeat input.duplicate in the others; and the purchase request took a lease twice (a result, no error)
    assertThat(error.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(error.field()).isEqualTo(twice);
    assertThat(error.value()).isEqualTo(value);
    assertThat(error.problemZh()).startsWith("必须唯一");
  }

  @Test
  void test_purchaseRequest_leaseTwice_refusedByTheBuilder() {
    RentLease lease = RentLease.builder().leaseId("L-1").area(new BigDecimal("3000")).start(LocalDate.of(2020, 7, 1))
        .end(LocalDate.of(2026, 6, 30)).stateOwned(true).build();
    InvalidInputException error = refused(() -> PurchaseRequest.builder().specialisedAndInnovative(true)
        .leases(List.of(lease, lease)).asOf(LocalDate.of(2023, 6, 30)).build());
    assertThat(error.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(error.field()).isEqualTo("leases/1/leaseId");
    assertThat(error.value()).isEqualTo("L-1");
  }

  // --- a repeat said otherwise than "must be unique": the same code, input.duplicate ----------------------------

  private static void assertDuplicate(InvalidInputException error, String field, String value) {
    assertThat(error.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(error.field()).isEqualTo(field);
    assertThat(error.value()).isEqualTo(value);
    assertThat(error.problemZh()).startsWith("必须唯一");
  }

  @Test
  void test_engineMeasures_askedTwice_isInputDuplicate() {
    // before: "is requested more than once", input.invalid, and "不符合要求（is requested more than once）" in Chinese
    JsonEntryPoint engine = JsonEntryPoints.named("EntitlementEngine.evaluateJson");
    ObjectNode request = (ObjectNode) JsonMutator.parse(engine.validJson());
    String deferral = "sz-gxj-2023-26.loan-deferral";
    request.putArray("measures").add(deferral).add(deferral);
    assertDuplicate(refused(() -> engine.answer(request.toString())), "/measures/1", deferral);
    EntitlementRequest typed = HuiqiJson.read(EntitlementSamples.shenzhenManufacturer2023Json(),
        EntitlementRequest.class);
    io.github.huiqi.core.policy.MeasureId id = io.github.huiqi.core.policy.MeasureId.of(deferral);
    assertDuplicate(refused(() -> typed.withMeasures(List.of(id, id))), "measures/1", deferral);
  }

  @Test
  void test_firmYear_periodTwice_and_smallLowProfit_quarterTwice_areInputDuplicate() {
    // before: the firm year's "must not repeat the period" had input.invalid; a quarter twice was "must be after
    // the previous quarter", input.out-of-order, though nothing is out of order: the same quarter is given again
    InvalidInputException period = refused(() -> FirmYearFixtures.firm("0", null, FirmYearFixtures.staff(100),
        List.of(FirmYearFixtures.quarter(2023, 1, "100000"), FirmYearFixtures.quarter(2023, 1, "200000"))));
    assertDuplicate(period, "vatPeriods/1/period", "2023-Q1");
    assertThat(period.problem()).contains("vatPeriods/0");

    List<OperatingQuarter> first = SmallLowProfitFixtures.steady(1, 1, 100, "10000000");
    InvalidInputException quarter = refused(() -> SmallLowProfitFacts.fromQuarters(Optional.of(false),
        List.of(first.get(0), first.get(0))));
    assertDuplicate(quarter, "quarters/1/quarter", "1");
    // a quarter before the one it follows is still out of order
    List<OperatingQuarter> two = SmallLowProfitFixtures.steady(1, 2, 100, "10000000");
    InvalidInputException order = refused(() -> SmallLowProfitFacts.fromQuarters(Optional.of(false),
        List.of(two.get(1), two.get(0))));
    assertThat(order.code()).isEqualTo(InvalidInputException.OUT_OF_ORDER);
    assertThat(order.field()).isEqualTo("quarters/1/quarter");
    assertThat(order.value()).isEqualTo("1");
  }

  @Test
  void test_jointLimit_aFactTwice_isInputDuplicate() {
    Reason reason = new Reason(StackingInterestSubsidyRule.JOINT_CODE, LocalizedText.of("一", "one"),
        Citation.libraryDefault("decisions register §4.6 item 49", "joint most"));
    List<io.github.huiqi.core.policy.MeasureId> two = List.of(
        io.github.huiqi.core.policy.MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"),
        io.github.huiqi.core.policy.MeasureId.of("sz-gxj-2023-26.tech-sme-interest-subsidy"));
    List<String> facts = List.of("/loans/0/firstLoan", "/loans/0/firstLoan");
    assertDuplicate(refused(() -> new JointLimit(two, List.of("SZ-1"), Cny.ZERO, Cny.of("1"), reason, facts)),
        "factsDecidingNothing", facts.toString());
  }

  // --- the audit receipt, the engine's measures, a rate's text -----------------------------------------------------

  @Test
  void test_receiptListingAPackTwice_isRefused_notAMatch() {
    JsonEntryPoint engine = JsonEntryPoints.named("EntitlementEngine.replayJson(receipt)");
    JsonNode receipt = JsonMutator.parse(engine.validJson());
    ArrayNode packs = (ArrayNode) receipt.at("/packs");
    String document = packs.get(0).path("document").asText();
    int index = packs.size();
    packs.add(packs.get(0).deepCopy());
    // before: the replay compared the packs by document, so the copy went unseen and the receipt "matched"
    InvalidInputException error = refused(() -> engine.answer(receipt.toString()));
    assertThat(error.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(error.field()).isEqualTo("/packs/" + index + "/document");
    assertThat(error.value()).isEqualTo(document);

    JsonEntryPoint calculator = JsonEntryPoints.named("CalculatorReplay.replayJson(result)");
    JsonNode result = JsonMutator.parse(calculator.validJson());
    ArrayNode resultPacks = (ArrayNode) result.at("/explanation/receipt/packs");
    String resultDocument = resultPacks.get(0).path("document").asText();
    int resultIndex = resultPacks.size();
    resultPacks.add(resultPacks.get(0).deepCopy());
    InvalidInputException replay = refused(() -> calculator.answer(result.toString()));
    assertThat(replay.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(replay.field()).isEqualTo("/explanation/receipt/packs/" + resultIndex + "/document");
    assertThat(replay.value()).isEqualTo(resultDocument);
  }

  @Test
  void test_emptyMeasures_isRefused_notAReportOfNothing() {
    JsonEntryPoint engine = JsonEntryPoints.named("EntitlementEngine.evaluateJson");
    ObjectNode request = (ObjectNode) JsonMutator.parse(engine.validJson());
    request.set("measures", request.arrayNode());
    // before: a complete report of no measure, its total 0.00, as if the firm had nothing to claim
    InvalidInputException error = refused(() -> engine.answer(request.toString()));
    assertThat(error.code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(error.field()).isEqualTo("/measures");
    assertThat(error.value()).isEqualTo("[]");
    assertThat(error.problemZh()).startsWith("不得为空").doesNotContain("leave");

    EntitlementRequest typed = HuiqiJson.read(EntitlementSamples.shenzhenManufacturer2023Json(),
        EntitlementRequest.class);
    InvalidInputException withNone = refused(() -> typed.withMeasures(List.of()));
    assertThat(withNone.field()).isEqualTo("measures");
    assertThat(withNone.value()).isEqualTo("[]");
    // a null in the list is named at its place, as before
    List<io.github.huiqi.core.policy.MeasureId> holdingNull = new ArrayList<>();
    holdingNull.add(null);
    InvalidInputException withNull = refused(() -> typed.withMeasures(holdingNull));
    assertThat(withNull.code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(withNull.field()).isEqualTo("measures/0");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(value = {"0.5%", "1e400", "NaN", "'1,000'", "' 2'", "１", "-0%", "''"}, emptyValue = "")
  void test_rateOfPercent_quotesTheTextAsGiven(String text) {
    // before: the value quoted was the text with a percent sign appended ("0.5%%"), and the problem asked for one
    InvalidInputException error = refused(() -> Rate.ofPercent(text));
    assertThat(error.code()).isEqualTo(InvalidInputException.WRONG_TYPE);
    assertThat(error.field()).isEqualTo("rate");
    assertThat(error.value()).isEqualTo(text);
    assertThat(error.problem()).contains("without the percent sign");
  }

  @Test
  void test_rateOfPercent_null_isRequired_and_plainTextStillReads() {
    InvalidInputException error = refused(() -> Rate.ofPercent((String) null));
    assertThat(error.code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(error.field()).isEqualTo("rate");
    // "4.35" is 4.35 percent, 0.0435; "-0" is zero
    assertThat(Rate.ofPercent("4.35").fraction()).isEqualByComparingTo("0.0435");
    assertThat(Rate.ofPercent("-0").fraction()).isEqualByComparingTo("0");
  }

  // --- leap days and the evaluation date through the typed API -----------------------------------------------------

  @Test
  void test_leapDays_typedApi() {
    // a year from 29 February 2024: 2025 has no 29 February, so the year ends on 28 February 2025 (DateRange.ofMonths:
    // "when that month has no such day ... to the last day of that month")
    assertThat(DateRange.ofMonths(LocalDate.of(2024, 2, 29), 12))
        .isEqualTo(DateRange.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)));
    // a month from 31 January 2024: February 2024 has 29 days, so to 29 February (2024 ÷ 4 leaves 0, not a century)
    assertThat(DateRange.ofMonths(LocalDate.of(2024, 1, 31), 1))
        .isEqualTo(DateRange.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29)));
    // a month from 29 February 2024: 29 March exists, so the day before it, 28 March
    assertThat(DateRange.ofMonths(LocalDate.of(2024, 2, 29), 1))
        .isEqualTo(DateRange.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 28)));
    EntitlementRequest sample = HuiqiJson.read(EntitlementSamples.shenzhenManufacturer2023Json(),
        EntitlementRequest.class);
    assertThat(EntitlementRequest.of(sample.profile(), LocalDate.of(2024, 2, 29)).asOf())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    // the engine's range, EARLIEST..LATEST (1990-01-01..2100-12-31): a day either side, and java.time's last day
    for (LocalDate outside : List.of(LocalDate.of(1989, 12, 31), LocalDate.of(2101, 1, 1), LocalDate.MAX)) {
      InvalidInputException error = refused(() -> EntitlementRequest.of(sample.profile(), outside));
      assertThat(error.field()).isEqualTo("asOf");
      assertThat(error.value()).isEqualTo(outside.toString());
      assertThat(error.problem()).isEqualTo("must be from 1990-01-01 to 2100-12-31");
    }
    // java.time's last day a month on: no DateTimeException, the argument named
    InvalidInputException beyond = refused(() -> DateRange.ofMonths(LocalDate.MAX, 1));
    assertThat(beyond.code()).isEqualTo(InvalidInputException.DATE_RANGE);
    assertThat(beyond.field()).isEqualTo("first");
    assertThat(beyond.value()).isEqualTo("+999999999-12-31");
  }

  @Test
  void test_engine_onALeapDay_evaluates_andDatedSo() {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    ObjectNode request = (ObjectNode) JsonMutator.parse(EntitlementSamples.shenzhenManufacturer2023Json());
    request.put("asOf", "2024-02-29");
    JsonNode report = JsonMutator.parse(engine.evaluateJson(request.toString()));
    assertThat(report.path("asOf").asText()).isEqualTo("2024-02-29");
    assertThat(report.path("failures").size()).isZero();
    // the registration date on a leap day is a date like any other; on 29 February of 2023, no such day
    ((ObjectNode) request.get("profile")).put("registrationDate", "2020-02-29");
    assertThat(JsonMutator.parse(engine.evaluateJson(request.toString())).path("failures").size()).isZero();
    ((ObjectNode) request.get("profile")).put("registrationDate", "2023-02-29");
    InvalidInputException error = refused(() -> engine.evaluateJson(request.toString()));
    assertThat(error.code()).isEqualTo(InvalidInputException.DATE_FORMAT);
    assertThat(error.field()).isEqualTo("/profile/registrationDate");
    assertThat(error.value()).isEqualTo("2023-02-29");
  }

  // --- the books: a byte-order mark and CRLF line ends -------------------------------------------------------------

  private static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation";
  private static final String ROWS = "L1,GENERAL,1000000.00,2023-03-01,,2024-02-01,800000.00,1000.00,0.00,,false,"
      + "false,false\nL2,GENERAL,500000.00,2024-02-29,,2025-02-28,400000.00,0.00,0.00,,false,false,false\n";

  private static List<BookItem> csv(String text) {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookSource.csv(reader(text), BookSource.RISK_POOL_CLAIMS, "loanId").run(riskPool(),
        items::add);
    assertThat(totals.items()).isEqualTo(items.size());
    return items;
  }

  private static Reader reader(String text) {
    return BookTextReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private static io.github.huiqi.calculators.batch.book.BookCalculator<RiskPoolClaim> riskPool() {
    return BookCalculators.riskPool(DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023), RiskPoolOptions.DEFAULTS);
  }

  @Test
  void test_csvBook_byteOrderMarkAndCrlf_sameItems() {
    String lf = HEADER + "\n" + ROWS;
    List<BookItem> items = csv(lf);
    assertThat(items).hasSize(2);
    // a spreadsheet's export: a byte-order mark, CRLF, no line end after the last row; the same two items
    assertThat(csv(lf.replace("\n", "\r\n"))).isEqualTo(items);
    assertThat(csv("\uFEFF" + lf.replace("\n", "\r\n"))).isEqualTo(items);
    assertThat(csv(lf.strip())).isEqualTo(items);
    // L2 granted on 29 February 2024 and non-performing on 28 February 2025: both days exist, the row is computed
    assertThat(items.get(1).failure()).isEmpty();
  }

  @Test
  void test_csvBook_headerBroken_refusedNamingTheColumn() {
    // lines ending in a lone CR (old Mac): one record, so the header's last name runs into the first row's id
    InvalidInputException crOnly = refused(() -> csv((HEADER + "\n" + ROWS).replace("\n", "\r")));
    assertThat(crOnly.field()).isEqualTo("header/12");
    assertThat(crOnly.value()).isEqualTo("underOtherRiskCompensation\rL1");
    // two byte-order marks: the reader drops one, the second is part of the first column's name
    InvalidInputException twoMarks = refused(() -> csv("\uFEFF\uFEFF" + HEADER + "\n" + ROWS));
    assertThat(twoMarks.field()).isEqualTo("header/0");
    assertThat(twoMarks.value()).isEqualTo("\uFEFFloanId");
    // a name in another case is another name
    InvalidInputException upper = refused(() -> csv("LoanId" + HEADER.substring(6) + "\n" + ROWS));
    assertThat(upper.field()).isEqualTo("header/0");
    assertThat(upper.value()).isEqualTo("LoanId");
  }

  @Test
  void test_csvBook_aRowOn29February2023_isThatRowsFailure_theOtherComputed() {
    List<BookItem> items = csv(HEADER + "\n" + ROWS.replace("2024-02-29", "2023-02-29"));
    assertThat(items.get(0).failure()).isEmpty();
    assertThat(items.get(1).failure()).isPresent();
    assertThat(items.get(1).failure().get().field()).isEqualTo("grantDate");
    assertThat(items.get(1).failure().get().value()).isEqualTo("2023-02-29");
    assertThat(items.get(1).failure().get().code()).isEqualTo(InvalidInputException.DATE_FORMAT);
  }

  @Test
  void test_ndjsonBook_byteOrderMarkAndCrlf_sameItems() {
    // the same two claims as NDJSON lines, each the CSV row's request written on one line
    List<String> json = new ArrayList<>();
    BookSource.csv(reader(HEADER + "\n" + ROWS), BookSource.RISK_POOL_CLAIMS, "loanId")
        .forEachRemaining(row -> json.add(JsonText.compact(JsonMutator.parse(HuiqiJson.write(
            row.request().orElseThrow())))));
    assertThat(json).hasSize(2);
    String lf = String.join("\n", json) + "\n";
    List<BookItem> items = ndjson(lf);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).amount()).isEqualTo(csv(HEADER + "\n" + ROWS).get(0).amount());
    assertThat(ndjson("\uFEFF" + lf.replace("\n", "\r\n"))).isEqualTo(items);
    // a line holding a claim and text after it: that line's failure, at the line's root; the other computed
    List<BookItem> garbage = ndjson(json.get(0) + " x\n" + json.get(1) + "\n");
    assertThat(garbage.get(0).failure().orElseThrow().code()).isEqualTo(InvalidInputException.MALFORMED_JSON);
    assertThat(garbage.get(0).failure().orElseThrow().field()).isEqualTo("/");
    assertThat(garbage.get(1)).isEqualTo(items.get(1));
  }

  private static List<BookItem> ndjson(String text) {
    List<BookItem> items = new ArrayList<>();
    BookSource.ndjson(reader(text), RiskPoolClaim.class, claim -> Optional.of(claim.loanId())).run(riskPool(),
        items::add);
    return items;
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  /** The JSON Pointer of the first value, in document order, that the test accepts. */
  private static Optional<String> first(JsonNode node, String at, Predicate<JsonNode> test) {
    if (test.test(node)) {
      return Optional.of(at);
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> member = it.next();
        Optional<String> found = first(member.getValue(), at + "/" + member.getKey(), test);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = first(node.get(i), at + "/" + i, test);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The document with the value at a pointer written as the raw text given (which may be no JSON at all). */
  private static String replaced(JsonNode root, String at, String raw) {
    JsonNode copy = root.deepCopy();
    String placeholder = "@@hostile@@";
    int slash = at.lastIndexOf('/');
    JsonNode parent = copy.at(at.substring(0, slash));
    String last = at.substring(slash + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), TextNode.valueOf(placeholder));
    } else {
      ((ObjectNode) parent).set(last, TextNode.valueOf(placeholder));
    }
    return JsonText.compact(copy).replace("\"" + placeholder + "\"", raw);
  }
}
