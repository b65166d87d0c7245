package io.github.huiqi.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EvaluationFailure;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.MeasureId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The huiqi command line: which measures an enterprise qualifies for, what each is worth and which facts are still
 * missing, against the built-in catalogue.
 * <pre>
 * huiqi                                   # the built-in sample: a Shenzhen small manufacturer, as of 2023-06-30
 * huiqi firm.json --as-of 2023-06-30      # a profile (or a request) from a file
 * huiqi firm.json --lang en --json        # the engine's JSON
 * huiqi firm.json --unsettled-stacking count_higher --interest-precedence larger   # the engine's options
 * huiqi catalog                           # the measures: id, title, document, clause, status, window
 * huiqi firm.json --explain --json &gt; report.json
 * huiqi replay firm.json report.json      # does the report's audit receipt still match? (exit 0 or 1)
 * huiqi replay loan.json result.json      # the same for a calculator's explained result and its request
 * huiqi screen firms.ndjson --out outcomes.ndjson --as-of 2023-06-30 --threads 2   # a platform's register
 * </pre>
 * Run it with {@code mvn -B -ntp -q -pl examples -am -DskipTests package exec:java -Dexec.args="catalog --lang en"}.
 * A file that does not exist, is not JSON or holds a wrong field gets one line naming the file and the field, and exit
 * status 2; a wrong option, exit status 64. A report some measure could not be evaluated for (a fact that only that
 * measure refuses, such as a bad loan's principal outstanding above its principal) is printed with its failures, and
 * the status is 3, with one line on the error stream naming the file and the first failure's field, so that a script
 * never takes a partial total for a whole one. When neither {@code --as-of} nor the file gives a date, the evaluation
 * date is today in China (Asia/Shanghai): the command line reads the clock, the library never does; a replay of a
 * report takes the date its receipt records instead. The engine's options ({@link EngineOptions}) given on the command
 * line replace a request file's own, as {@code --as-of} replaces its date; a replay takes no options on the command
 * line, and uses those of the request file, or else those the saved report records; and likewise the measures of a
 * report made with {@code --measure}, which puts them in the request in catalogue order.
 * <p>
 * {@code screen} reads a register, one profile's JSON a line (blank lines skipped but counted), as it streams,
 * through {@link io.github.huiqi.calculators.batch.screening.ScreeningRun#screenJson}: each firm's NDJSON line goes to
 * {@code --out}, its index its line's number less one, and the totals per measure (firms eligible, undetermined,
 * ineligible and failed, the amount certain and in reach, each measure's kind of amount) are printed as a table, or
 * with {@code --json} as the library's {@code ScreeningTotals}. A line that is not a profile, or not UTF-8 text, is a
 * failed firm, named on the error stream by its line and field while the rest are screened, and the status is then
 * 3; a register that cannot be read, or an {@code --out} that cannot be written, gets one line and status 2.
 * <p>
 * With {@code --lang zh} every line on the error stream is in Chinese, naming the same file, field (JSON Pointer),
 * option and value verbatim: {@code huiqi: 'firm.json'，字段 /loans/0/principal：必须大于零（实际为 -5）}. The
 * arguments are searched for {@code --lang zh} before they are parsed, so that a wrong one is named in Chinese too;
 * the usage text printed after it, and {@code help}'s, is Chinese too ({@code CliArguments.USAGE_ZH}). Without
 * {@code --lang} the tables are Chinese and the error lines and the usage English, as they always were.
 */
public final class HuiqiCli {

  /** Exit status of a replay that does not match. */
  static final int MISMATCH = 1;
  /** Exit status of a bad profile file. */
  static final int BAD_INPUT = 2;
  /** Exit status of a report printed whole but for the measures that could not be evaluated. */
  static final int INCOMPLETE = 3;
  /** Exit status of a bad command line. */
  static final int USAGE = 64;

  private HuiqiCli() {
  }

  /**
   * Runs the command line and exits with its status when not zero.
   *
   * @param args  the arguments; see the class description
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err, () -> LocalDate.now(ZoneId.of("Asia/Shanghai")));
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Prints a line ending in {@code \n}, whatever the host's {@code line.separator}: the table and {@code --json}
   * are the same bytes on every machine (decisions register §4.6 item 107).
   *
   * @param stream  where to print
   * @param text  the line, without its end
   */
  static void line(PrintStream stream, String text) {
    stream.print(text + "\n");
  }

  /**
   * Runs the command line.
   *
   * @param args  the arguments
   * @param out  where the table or JSON goes
   * @param err  where errors go, one line each
   * @param today  today's date, read only when no date is given
   * @return the exit status: 0, {@value #BAD_INPUT} for a bad file, {@value #INCOMPLETE} for a report with a measure
   *     that could not be evaluated, {@value #USAGE} for a bad command line
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Supplier<LocalDate> today) {
    // the language of the error lines, known before the arguments are parsed: a wrong one is named in it too
    boolean zh = CliArguments.errorsInChinese(args);
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(args);
    } catch (IllegalArgumentException ex) {
      line(err, "huiqi: " + usageLine(ex, zh));
      line(err, CliArguments.usage(zh));
      return USAGE;
    }
    try {
      switch (arguments.command()) {
        case "help":
          line(out, CliArguments.usage(zh));
          return 0;
        case "catalog":
          out.print(arguments.json() ? HuiqiJson.write(CatalogTable.rows(Catalog.builtIn())) + "\n"
              : CatalogTable.render(Catalog.builtIn(), arguments.locale()));
          return 0;
        case "replay":
          return replay(arguments, out, err, today);
        case "screen":
          return ScreenCommand.run(arguments, measuresAsked(arguments), out, err, today);
        default:
          return evaluate(arguments, out, err, today);
      }
    } catch (IllegalArgumentException ex) {
      line(err, "huiqi: " + usageLine(ex, zh));
      line(err, CliArguments.usage(zh));
      return USAGE;
    } catch (ProfileInput.BadInput ex) {
      line(err, "huiqi: " + ex.message(zh));
      return BAD_INPUT;
    } catch (InvalidInputException ex) {
      // the field and its value, as a file's line gives them (ProfileInput.located)
      line(err, "huiqi: " + ProfileInput.located(arguments.file(), ex, zh));
      return BAD_INPUT;
    } catch (HuiqiException ex) {
      line(err, "huiqi: " + ex.message(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
      return BAD_INPUT;
    }
  }

  /** A wrong command line's line, in Chinese where it has one. */
  private static String usageLine(IllegalArgumentException ex, boolean zh) {
    return ex instanceof CliArguments.UsageError usage ? usage.message(zh) : ex.getMessage();
  }

  /**
   * Whether a calculator replay's error is in the request file rather than in the saved result (its receipt or its
   * body, which the replay also reads): the same error again when the result is replaced by its receipt alone.
   */
  private static boolean inTheRequest(InvalidInputException ex, String requestJson, String recorded) {
    String receiptOnly = HuiqiJson.write(CalculatorReplay.findReceipt(recorded).orElseThrow());
    try {
      CalculatorReplay.builtIn().replayJson(requestJson, receiptOnly);
      return false;
    } catch (InvalidInputException again) {
      return again.field().equals(ex.field()) && again.problem().equals(ex.problem());
    }
  }

  private static int replay(CliArguments arguments, PrintStream out, PrintStream err, Supplier<LocalDate> today) {
    String recorded = ProfileInput.readText(arguments.recorded().orElseThrow());
    ReplayResult replay;
    Optional<String> optionsNote = Optional.empty();
    try {
      if (CalculatorReplay.findReceipt(recorded).isPresent()) {
        if (arguments.asOf().isPresent()) {
          // not silently ignored: a calculator's request carries its own date, if any
          throw new CliArguments.UsageError("--as-of applies to replaying a report, not a calculator's result ('"
              + arguments.recorded().get() + "'), whose request carries its own date", "--as-of 只适用于回放报告，"
              + "不适用于计算器的结果（'" + arguments.recorded().get() + "'），其请求自带日期");
        }
        // a calculator's explained result: the request file holds that calculator's request, read as it is
        String requestJson = ProfileInput.readText(arguments.file().orElseThrow());
        try {
          replay = HuiqiJson.read(CalculatorReplay.builtIn().replayJson(requestJson, recorded), ReplayResult.class);
        } catch (InvalidInputException ex) {
          if (!inTheRequest(ex, requestJson, recorded)) {
            throw ex;
          }
          throw ProfileInput.badInput(arguments.file(), ex);
        }
      } else {
        // a profile file has no date of its own: the report was computed on its receipt's date, not today's; nor
        // options of its own: the report was computed with the options it records (the receipt's input hash still
        // checks them), the defaults for a receipt alone
        Optional<LocalDate> recordedDate = receiptDate(recorded);
        Optional<EngineOptions> recordedOptions = reportOptions(recorded);
        EntitlementRequest request = ProfileInput.readInput(arguments.file(), ProfileInput.Given.by(arguments),
            () -> recordedDate.orElseGet(today), recordedOptions.orElse(EngineOptions.DEFAULTS)).request();
        if (request.measures().isEmpty()) {
          // nor measures of its own: a report made with --measure holds the outcomes of those measures alone
          Optional<List<MeasureId>> recordedMeasures = reportMeasures(recorded);
          if (recordedMeasures.isPresent()) {
            request = request.withMeasures(recordedMeasures.get());
          }
        }
        replay = HuiqiJson.read(EntitlementEngine.builtIn().replayJson(HuiqiJson.write(request), recorded),
            ReplayResult.class);
        if (recordedOptions.isPresent() && !recordedOptions.get().equals(request.options())) {
          // the receipt's input hash says only that the input changed: say which part, here
          optionsNote = Optional.of(optionsDiffer(arguments.file().orElse("(built-in sample)"), request.options(),
              recordedOptions.get(), arguments.errorsZh()));
        }
      }
    } catch (InvalidInputException ex) {
      // the report's wrong field and its value, as for a profile file
      throw ProfileInput.badInput(arguments.recorded(), ex);
    }
    if (arguments.json()) {
      line(out, HuiqiJson.write(replay));
    } else {
      out.print(ReplayTable.render(replay, arguments.locale()));
    }
    if (!replay.matches()) {
      optionsNote.ifPresent(note -> line(err, "huiqi: " + note));
    }
    return replay.matches() ? 0 : MISMATCH;
  }

  /** One line naming each option the request file holds otherwise than the saved report records. */
  private static String optionsDiffer(String file, EngineOptions held, EngineOptions recorded, boolean zh) {
    List<String> differ = new ArrayList<>();
    if (held.unsettledStacking() != recorded.unsettledStacking()) {
      differ.add("options/unsettledStacking " + held.unsettledStacking() + (zh ? "，而报告记录为 "
          : " where the report records ") + recorded.unsettledStacking());
    }
    if (held.interestSubsidyPrecedence() != recorded.interestSubsidyPrecedence()) {
      differ.add("options/interestSubsidyPrecedence " + held.interestSubsidyPrecedence() + (zh ? "，而报告记录为 "
          : " where the report records ") + recorded.interestSubsidyPrecedence());
    }
    if (zh) {
      return "'" + file + "' 中为 " + String.join("；", differ) + "；以 --unsettled-stacking 或 --interest-precedence"
          + " 生成的报告，须以含其所记录选项的请求回放";
    }
    return "'" + file + "' holds " + String.join(", and ", differ) + "; a report made with --unsettled-stacking or"
        + " --interest-precedence replays against a request holding the options it records";
  }

  /**
   * The engine's options a saved report records ({@code /options}), if it is a report holding them readable; a
   * receipt alone records none, and anything else is left to the replay, which names it.
   */
  private static Optional<EngineOptions> reportOptions(String recorded) {
    JsonNode options = HuiqiJson.read(recorded, JsonNode.class).path("options");
    if (!options.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(HuiqiJson.read(options.toString(), EngineOptions.class));
    } catch (InvalidInputException ex) {
      return Optional.empty();
    }
  }

  /**
   * The measures a saved report was asked for, when it holds the outcomes (and failures) of only some measures of the
   * catalogue: their ids in catalogue order, as {@code --measure} puts them in a request. Empty for a report of the
   * whole catalogue or a receipt alone; anything unreadable is left to the replay, which names it.
   */
  private static Optional<List<MeasureId>> reportMeasures(String recorded) {
    JsonNode report = HuiqiJson.read(recorded, JsonNode.class);
    if (!report.path("outcomes").isArray() || !report.path("failures").isArray()) {
      return Optional.empty();
    }
    List<String> named = new ArrayList<>();
    for (String member : List.of("outcomes", "failures")) {
      report.path(member).forEach(item -> named.add(item.path("measure").asText()));
    }
    List<MeasureId> ids = inCatalogueOrder(id -> named.contains(id.value()));
    return ids.isEmpty() || ids.size() == Catalog.builtIn().entries().size() ? Optional.empty() : Optional.of(ids);
  }

  /**
   * The evaluation date a saved report's receipt records ({@code /receipt/asOf}), if it holds one written as a date;
   * anything else is left to the replay, which names it.
   */
  private static Optional<LocalDate> receiptDate(String recorded) {
    JsonNode asOf = HuiqiJson.read(recorded, JsonNode.class).at("/receipt/asOf");
    if (!asOf.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf.asText()));
    } catch (DateTimeParseException ex) {
      return Optional.empty();
    }
  }

  private static int evaluate(CliArguments arguments, PrintStream out, PrintStream err, Supplier<LocalDate> today) {
    ProfileInput.Input input = ProfileInput.readInput(arguments.file(), ProfileInput.Given.by(arguments), today,
        EngineOptions.DEFAULTS);
    EntitlementRequest request = input.request();
    List<MeasureId> listed = request.measures().orElse(List.of());
    for (int i = 0; i < listed.size(); i++) {
      // named like any other wrong field of the file, not as the engine's bare "Unknown measure"
      Optional<String> file = Optional.of(arguments.file().orElse("(built-in sample)"));
      String field = "/measures/" + i;
      if (Catalog.builtIn().find(listed.get(i)).isEmpty()) {
        String value = listed.get(i).toString();
        throw new ProfileInput.BadInput(ProfileInput.where(file, field, false) + "is not a measure of the catalogue;"
            + " see 'huiqi catalog'" + ProfileInput.was(value, false), ProfileInput.where(file, field, true)
            + "不是目录中的措施；见 'huiqi catalog'" + ProfileInput.was(value, true));
      }
    }
    if (!arguments.measures().isEmpty()) {
      // in catalogue order, as the report lists their outcomes, so that a replay from the report finds this request
      request = request.withMeasures(measuresAsked(arguments));
    }
    if (arguments.explain()) {
      request = request.withExplain(true);
    }
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(request);
    if (arguments.json()) {
      line(out, HuiqiJson.write(report));
    } else {
      out.print(ReportTable.render(request.profile(), report, arguments.locale(), arguments.explain()));
    }
    if (report.complete()) {
      return 0;
    }
    EvaluationFailure first = report.failures().get(0);
    // the failure names a fact of the profile: its place in the file, as for any other wrong field
    String where = ProfileInput.where(arguments.file(), input.profileAt() + first.field(), arguments.errorsZh());
    int left = report.failures().size();
    line(err, "huiqi: " + where + (arguments.errorsZh()
        ? first.measure() + " 未能测算（" + first.message(Locale.SIMPLIFIED_CHINESE) + "）；" + left
            + " 项措施未计入，合计不完整"
        : first.measure() + " could not be evaluated (" + first.message() + "); " + left
            + " measure(s) left out, the total is not whole"));
    return INCOMPLETE;
  }

  /**
   * The measures {@code --measure} asks for, each checked against the catalogue, in catalogue order; empty when none.
   *
   * @throws IllegalArgumentException naming an id that is not one or not in the catalogue (an id given twice is
   *     refused as the arguments are parsed, {@link CliArguments#parse})
   */
  private static List<MeasureId> measuresAsked(CliArguments arguments) {
    List<MeasureId> ids = new ArrayList<>();
    for (int i = 0; i < arguments.measures().size(); i++) {
      String id = arguments.measures().get(i);
      try {
        ids.add(MeasureId.of(id));
      } catch (InvalidInputException ex) {
        throw new CliArguments.UsageError("--measure '" + id + "' is not a measure id",
            "--measure '" + id + "' 不是措施 id", ex);
      }
      if (Catalog.builtIn().find(ids.get(i)).isEmpty()) {
        throw new CliArguments.UsageError("--measure '" + id + "' is not a measure of the catalogue; see 'huiqi "
            + "catalog'", "--measure '" + id + "' 不是目录中的措施；见 'huiqi catalog'");
      }
    }
    return inCatalogueOrder(ids::contains);
  }

  /** The ids of the catalogue's measures that are asked for, in catalogue order (the order of a report's outcomes). */
  private static List<MeasureId> inCatalogueOrder(Predicate<MeasureId> asked) {
    List<MeasureId> ordered = new ArrayList<>();
    for (Catalog.Entry entry : Catalog.builtIn().entries()) {
      if (asked.test(entry.measure().id())) {
        ordered.add(entry.measure().id());
      }
    }
    return ordered;
  }
}
