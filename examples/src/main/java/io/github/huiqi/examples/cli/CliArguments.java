package io.github.huiqi.examples.cli;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EngineOptions.UnsettledStacking;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The command line, parsed: a command ({@code evaluate}, the default, {@code catalog}, {@code replay} or
 * {@code screen}), an optional profile file (for {@code replay} also the recorded report or receipt; for
 * {@code screen} the register, one profile's JSON a line), and the options {@code --as-of DATE},
 * {@code --lang zh|en}, {@code --json}, {@code --explain}, {@code --measure ID} (repeatable), the engine's options
 * {@code --unsettled-stacking} and {@code --interest-precedence} ({@link EngineOptions}, their constants' names in
 * any case), and for {@code screen} only {@code --out FILE} and {@code --threads N} (1 to {@value #MAX_THREADS}).
 * {@code --} ends the options: every argument after it is a file, even one named like a command ({@code catalog})
 * or an option. An option taking a value, {@code --measure} aside, is given at most once, {@code --measure} at most
 * once with each id, and its value is never another option ({@code --out --json} is refused, not a file named
 * {@code --json}); a file name is never empty.
 *
 * @param command  the command
 * @param file  the profile file, empty for the built-in sample
 * @param asOf  the evaluation date, empty for the request's own or today's
 * @param locale  the language of the tables
 * @param json  whether to print the engine's JSON instead of a table
 * @param explain  whether to explain each outcome
 * @param measures  the measures to evaluate, empty for all
 * @param recorded  for {@code replay}, the file holding the explained report (or its receipt) to check
 * @param unsettledStacking  the engine's {@link EngineOptions#unsettledStacking()}, empty for the request's own or
 *     the default
 * @param interestPrecedence  the engine's {@link EngineOptions#interestSubsidyPrecedence()}, empty for the request's
 *     own or the default
 * @param out  for {@code screen}, the file each firm's NDJSON line is written to, if any
 * @param threads  for {@code screen}, the threads to evaluate on (1 unless given)
 * @param errorsZh  whether the lines on the error stream are in Chinese: only when {@code --lang zh} is given
 *     ({@link #errorsInChinese}); without {@code --lang} the tables are Chinese and the error lines English, as they
 *     always were
 */
record CliArguments(String command, Optional<String> file, Optional<LocalDate> asOf, Locale locale, boolean json,
    boolean explain, List<String> measures, Optional<String> recorded, Optional<UnsettledStacking> unsettledStacking,
    Optional<StackingPrecedence> interestPrecedence, Optional<String> out, int threads, boolean errorsZh) {

  /** The options that take one value and may be given once: a second would silently replace the first. */
  private static final Set<String> SINGLE = Set.of("--as-of", "--lang", "--out", "--threads", "--unsettled-stacking",
      "--interest-precedence");

  /** The most threads {@code screen --threads} takes: each holds 256 lines of a block in memory. */
  static final int MAX_THREADS = 64;

  /**
   * The commands and their options, the same in both languages, after a prefix seven columns wide ({@code usage: },
   * {@code 用法： }: two wide characters, a full-width colon and a space), to which the other lines are aligned.
   */
  private static final String SYNOPSIS = String.join("\n",
      "huiqi [evaluate] [PROFILE.json] [--as-of YYYY-MM-DD] [--lang zh|en] [--json] [--explain] [--measure ID]...",
      "             [--unsettled-stacking " + names(UnsettledStacking.values(), "|") + "]"
          + " [--interest-precedence " + names(StackingPrecedence.values(), "|") + "]",
      "       huiqi catalog [--lang zh|en] [--json]",
      "       huiqi replay REQUEST.json REPORT.json [--as-of YYYY-MM-DD] [--lang zh|en] [--json]",
      "       huiqi screen FIRMS.ndjson [--out OUTCOMES.ndjson] [--as-of YYYY-MM-DD] [--lang zh|en] [--json]",
      "             [--measure ID]... [--threads N] [--unsettled-stacking ...] [--interest-precedence ...]");

  static final String USAGE = String.join("\n",
      "usage: " + SYNOPSIS,
      "",
      "evaluate  evaluates an enterprise profile against the built-in catalogue (no file: a built-in sample,",
      "          a Shenzhen small manufacturer in 2023). The file holds a profile, or a request",
      "          {\"profile\": {...}, \"asOf\": \"2023-06-30\", \"measures\": [...], \"options\": {...}}.",
      "catalog   lists the built-in measures: id, title, document, clause, status and window.",
      "replay    recomputes an explained report (saved with --explain --json), or a calculator's explained result,",
      "          from its request and says whether its audit receipt still matches: library version, policy packs",
      "          and measures, date, input and result; exit status 0 when it matches, 1 when it does not.",
      "screen    screens a platform's register, one profile's JSON a line (blank lines skipped), as it is read:",
      "          each firm's outcomes as one NDJSON line to --out, and per measure the firms eligible,",
      "          undetermined, ineligible and failed and the amounts certain and in reach (--json: as JSON).",
      "          A line that is not a profile is a failed firm, named on the error stream by its line and field;",
      "          the rest are screened and the exit status is 3. --threads N (1 to " + MAX_THREADS + ") evaluates on N"
          + " threads,",
      "          the same totals and lines as one.",
      "",
      "--as-of   the evaluation date; with neither it nor the file's asOf, today in China (Asia/Shanghai,",
      "          whatever the host's time zone; decisions register §4.6 item 106).",
      "--unsettled-stacking  where no source says whether two measures stack (decisions register §4.4 item 25):",
      "          COUNT_BOTH, the default, counts both in the total; COUNT_HIGHER only the higher.",
      "--interest-precedence  which municipal interest subsidy a loan qualifying for both takes (decisions register",
      "          §4.1 item 10): FIRST_CLAIMED, the default, the one already claimed (with neither claimed, the",
      "          larger); LARGER the larger. A loan records the one claimed in interestSubsidyClaimedFirst",
      "          (FIRST_LOAN or TECH_SME; register §4.6 item 72); with no claim recorded the two give the same.",
      "          Either option's value is taken in any case (count_higher). Like --as-of, each replaces the request",
      "          file's own (still checked). replay takes neither: it uses the request file's options, or else",
      "          those the saved report records.",
      "--        ends the options: every argument after it is a file, even one named like a command or an option",
      "          (huiqi -- catalog reads the profile file 'catalog'; so does huiqi evaluate catalog).");

  /**
   * The usage text in Chinese, printed after a wrong command line (and for {@code help}) when {@code --lang zh} is
   * given ({@link #usage}): the same content as {@link #USAGE}, its commands, options, values, file names and
   * examples as they are.
   */
  static final String USAGE_ZH = String.join("\n",
      "用法： " + SYNOPSIS,
      "",
      "evaluate  按内置目录测算一家企业的档案（不给出文件时为内置样例：2023年深圳的一家小型制造企业）。",
      "          文件中为一份档案，或一个请求",
      "          {\"profile\": {...}, \"asOf\": \"2023-06-30\", \"measures\": [...], \"options\": {...}}。",
      "catalog   列出内置措施：编号、名称、文件、条款、状态和有效期。",
      "replay    按请求重新计算一份带说明的报告（以 --explain --json 保存）或一个计算器带说明的结果，",
      "          并说明其审计回执是否仍然一致：库版本、政策包和措施、日期、输入和结果；",
      "          一致时退出状态为 0，不一致时为 1。",
      "screen    边读边筛查平台的企业名册，每行一个档案的 JSON（跳过空行）：每家企业的结果写入 --out，",
      "          每家一行 NDJSON；并按措施列出符合、待定、不符合和未能测算的企业数，以及确定金额和可及金额",
      "          （--json：以 JSON 输出）。不是档案的行计为一家未能测算的企业，在错误输出中注明其行号和字段；",
      "          其余照常筛查，退出状态为 3。--threads N（1 至 " + MAX_THREADS + "）以 N 个线程测算，",
      "          合计与各行结果与单线程相同。",
      "",
      "--as-of   测算日；既未给出该选项、文件中也没有 asOf 时，为中国的当日（Asia/Shanghai，",
      "          与主机的时区无关；取舍登记 §4.6 第106项）。",
      "--unsettled-stacking  来源未说明两项措施能否叠加时（取舍登记 §4.4 第25项）：",
      "          COUNT_BOTH（默认）两项均计入合计；COUNT_HIGHER 仅计较高的一项。",
      "--interest-precedence  一笔贷款同时符合两项市级贴息时享受哪一项（取舍登记 §4.1 第10项）：",
      "          FIRST_CLAIMED（默认）为已申领的一项（均未申领时取较大者）；LARGER 为较大者。",
      "          贷款在 interestSubsidyClaimedFirst 中记录已申领的一项（FIRST_LOAN 或 TECH_SME；",
      "          取舍登记 §4.6 第72项）；未记录申领时两者结果相同。",
      "          两个选项的值均不区分大小写（count_higher）。与 --as-of 一样，各自取代请求文件中的相应选项",
      "          （请求文件中的仍会校验）。replay 不接受这两个选项：它使用请求文件中的选项，",
      "          否则使用所保存报告记录的选项。",
      "--        结束选项：其后的每个参数均为文件，即使其名称与命令或选项相同",
      "          （huiqi -- catalog 读取名为 'catalog' 的档案文件；huiqi evaluate catalog 亦然）。");

  /**
   * The usage text in the language of the error lines.
   *
   * @param zh  whether in Chinese: {@code --lang zh} given ({@link #errorsInChinese})
   * @return {@link #USAGE_ZH} or {@link #USAGE}
   */
  static String usage(boolean zh) {
    return zh ? USAGE_ZH : USAGE;
  }

  /**
   * Whether the error lines of a command line are in Chinese: the arguments before {@code --} give {@code --lang zh},
   * and no other {@code --lang}. Read before the arguments are parsed, so that a wrong one is named in the language
   * asked for even where parsing stops before {@code --lang} ({@code huiqi --as-of 2023-02-30 --lang zh}); a command
   * line that parses gives the same as {@link #errorsZh()}. With {@code --lang en --lang zh} (refused) the line is
   * English, as with no {@code --lang} at all.
   *
   * @param args  the arguments, as given
   * @return true for Chinese error lines
   */
  static boolean errorsInChinese(String[] args) {
    boolean zh = false;
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--lang")) {
        if (i + 1 >= args.length || !args[i + 1].equals("zh")) {
          return false;
        }
        zh = true;
      }
    }
    return zh;
  }

  /**
   * Parses arguments.
   *
   * @param args  the arguments
   * @return the parsed arguments
   * @throws UsageError with a one-line message, in English and in Chinese, if an argument is wrong
   */
  static CliArguments parse(String[] args) {
    String command = "evaluate";
    Optional<String> file = Optional.empty();
    Optional<LocalDate> asOf = Optional.empty();
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    boolean json = false;
    boolean explain = false;
    List<String> measures = new ArrayList<>();
    Optional<UnsettledStacking> unsettledStacking = Optional.empty();
    Optional<StackingPrecedence> interestPrecedence = Optional.empty();
    int i = 0;
    Optional<String> recorded = Optional.empty();
    boolean filesOnly = false;
    Optional<String> out = Optional.empty();
    Optional<Integer> threads = Optional.empty();
    Set<String> given = new HashSet<>();
    boolean errorsZh = false;
    if (args.length > 0 && List.of("evaluate", "catalog", "replay", "screen", "help").contains(args[0])) {
      command = args[0];
      i = 1;
    }
    for (; i < args.length; i++) {
      String arg = args[i];
      if (filesOnly || !arg.startsWith("-")) {
        if (arg.isEmpty()) {
          // a name never given, not the current directory: "cannot read '': Is a directory" would puzzle
          throw new UsageError("an empty file name ('')", "文件名为空（''）");
        }
        if (command.equals("replay") && file.isPresent() && recorded.isEmpty()) {
          recorded = Optional.of(arg);
        } else if (file.isPresent()) {
          throw new UsageError("more than one profile file: '" + file.get() + "' and '" + arg + "'",
              "给出了多个档案文件：'" + file.get() + "' 和 '" + arg + "'");
        } else {
          file = Optional.of(arg);
        }
        continue;
      }
      if (SINGLE.contains(arg) && !given.add(arg)) {
        // "--as-of 2023-06-30 --as-of 2023-01-01": which one was meant is not for the command line to guess
        throw new UsageError(arg + " is given more than once", arg + " 重复给出");
      }
      switch (arg) {
        case "--":
          filesOnly = true;
          break;
        case "--as-of":
          String text = value(args, ++i, arg);
          LocalDate date;
          try {
            date = LocalDate.parse(text);
          } catch (DateTimeParseException ex) {
            throw new UsageError("--as-of '" + text + "' is not a date YYYY-MM-DD",
                "--as-of '" + text + "' 不是 YYYY-MM-DD 格式的日期");
          }
          // a wrong option, not a fault of the profile file: the engine's range, checked here
          if (date.isBefore(EntitlementRequest.EARLIEST) || date.isAfter(EntitlementRequest.LATEST)) {
            throw new UsageError("--as-of '" + text + "': the evaluation date (asOf) must be from "
                + EntitlementRequest.EARLIEST + " to " + EntitlementRequest.LATEST, "--as-of '" + text
                + "'：测算日（asOf）必须在 " + EntitlementRequest.EARLIEST + " 至 " + EntitlementRequest.LATEST
                + " 之间");
          }
          asOf = Optional.of(date);
          break;
        case "--lang":
          String lang = value(args, ++i, arg);
          if (lang.equals("zh")) {
            locale = Locale.SIMPLIFIED_CHINESE;
            errorsZh = true;
          } else if (lang.equals("en")) {
            locale = Locale.ENGLISH;
          } else {
            throw new UsageError("--lang '" + lang + "' must be zh or en", "--lang '" + lang + "' 必须为 zh 或 en");
          }
          break;
        case "--json":
          json = true;
          break;
        case "--explain":
          explain = true;
          break;
        case "--measure":
          String measure = value(args, ++i, arg);
          if (measures.contains(measure)) {
            // as any option repeated, found before a file is read (a bad file does not hide it): the option and the
            // value, the same id twice being the same measure
            throw new UsageError("--measure '" + measure + "' is given more than once",
                "--measure '" + measure + "' 重复给出");
          }
          measures.add(measure);
          break;
        case "--out":
          out = Optional.of(value(args, ++i, arg));
          break;
        case "--threads":
          threads = Optional.of(threads(value(args, ++i, arg)));
          break;
        case "--unsettled-stacking":
          unsettledStacking = Optional.of(constant(UnsettledStacking.values(), value(args, ++i, arg), arg));
          break;
        case "--interest-precedence":
          interestPrecedence = Optional.of(constant(StackingPrecedence.values(), value(args, ++i, arg), arg));
          break;
        case "--help":
        case "-h":
          command = "help";
          break;
        default:
          throw new UsageError("unknown option '" + arg + "'", "未知选项 '" + arg + "'");
      }
    }
    boolean engineOptions = unsettledStacking.isPresent() || interestPrecedence.isPresent();
    if (!command.equals("screen") && (out.isPresent() || threads.isPresent())) {
      String option = out.isPresent() ? "--out" : "--threads";
      throw new UsageError(option + " applies to screen only", option + " 仅适用于 screen");
    }
    if (command.equals("screen") && explain) {
      throw new UsageError("screen takes no --explain: each firm's line holds its outcomes condensed",
          "screen 不接受 --explain：每家企业一行，其结果为精简形式");
    }
    if (command.equals("screen") && file.isEmpty()) {
      throw new UsageError("screen takes a register file, one profile's JSON a line",
          "screen 需要一个企业名册文件，每行一个企业档案的 JSON");
    }
    if (command.equals("catalog") && (file.isPresent() || explain || asOf.isPresent() || !measures.isEmpty()
        || engineOptions)) {
      throw new UsageError("catalog takes only --lang and --json", "catalog 只接受 --lang 和 --json");
    }
    if (command.equals("replay") && engineOptions) {
      // not silently ignored, nor a second source of the options beside the request the receipt hashed
      String option = unsettledStacking.isPresent() ? "--unsettled-stacking" : "--interest-precedence";
      throw new UsageError("replay takes no " + option + ": it uses the request file's options, or else those the"
          + " saved report records", "replay 不接受 " + option + "：回放使用请求文件中的选项，否则使用所保存报告记录的选项");
    }
    if (command.equals("replay") && (recorded.isEmpty() || explain || !measures.isEmpty())) {
      throw new UsageError("replay takes a request file and a report file, and only --as-of, --lang and --json",
          "replay 需要一个请求文件和一个报告文件，且只接受 --as-of、--lang 和 --json");
    }
    return new CliArguments(command, file, asOf, locale, json, explain, List.copyOf(measures), recorded,
        unsettledStacking, interestPrecedence, out, threads.orElse(1), errorsZh);
  }

  /** The value of {@code --threads}: a whole number from 1 to {@value #MAX_THREADS}. */
  private static int threads(String text) {
    int threads;
    try {
      threads = Integer.parseInt(text);
    } catch (NumberFormatException ex) {
      threads = 0;
    }
    if (threads < 1 || threads > MAX_THREADS || !text.equals(Integer.toString(threads))) {
      throw new UsageError("--threads '" + text + "' must be a whole number from 1 to " + MAX_THREADS,
          "--threads '" + text + "' 必须为 1 至 " + MAX_THREADS + " 的整数");
    }
    return threads;
  }

  /**
   * The constant an option's value names, in any case ({@code count_higher} for {@code COUNT_HIGHER}); only ASCII
   * letters match, so that no other letter folds into one ({@code ı} into {@code I}).
   */
  private static <E extends Enum<E>> E constant(E[] constants, String text, String option) {
    boolean ascii = text.chars().allMatch(c -> c < 0x80);
    for (E constant : constants) {
      if (ascii && constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    throw new UsageError(option + " '" + text + "' must be " + names(constants, " or "),
        option + " '" + text + "' 必须为 " + names(constants, " 或 "));
  }

  /** The constants' names: {@code A or B} (or {@code A|B}), and {@code A, B or C} with more than two. */
  private static String names(Enum<?>[] constants, String last) {
    List<String> names = Arrays.stream(constants).map(Enum::name).toList();
    if (names.size() <= 1 || last.equals("|")) {
      return String.join(last, names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new UsageError(option + " needs a value", option + " 缺少取值");
    }
    String value = args[index];
    if (value.startsWith("--")) {
      // "screen firms.ndjson --out --json": the value left out, never a file named like an option written to
      throw new UsageError(option + " needs a value, not the option '" + value + "'",
          option + " 缺少取值，其后是选项 '" + value + "'");
    }
    if (value.isEmpty() && option.equals("--out")) {
      throw new UsageError("--out needs a file name, not ''", "--out 需要文件名，不能为 ''");
    }
    return value;
  }

  /**
   * A wrong command line (exit status 64): its one line in English, the message, and in Chinese. Option names,
   * values and file names are the same in both.
   */
  static final class UsageError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String messageZh;

    UsageError(String message, String messageZh) {
      this(message, messageZh, null);
    }

    UsageError(String message, String messageZh, Throwable cause) {
      super(message, cause);
      this.messageZh = messageZh;
    }

    /**
     * The line, without the leading {@code huiqi: }.
     *
     * @param zh  whether in Chinese
     * @return the line
     */
    String message(boolean zh) {
      return zh ? messageZh : getMessage();
    }
  }
}
