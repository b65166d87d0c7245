package io.github.huiqi.examples.cli;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EngineOptions.UnsettledStacking;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line, parsed: a command ({@code evaluate}, the default, {@code catalog} or {@code replay}), an optional
 * profile file (and for {@code replay} the recorded report or receipt), and the options {@code --as-of DATE},
 * {@code --lang zh|en}, {@code --json}, {@code --explain}, {@code --measure ID} (repeatable), and the engine's options
 * {@code --unsettled-stacking} and {@code --interest-precedence} ({@link EngineOptions}, their constants' names in
 * any case). {@code --} ends the options: every argument after it is a file, even one named like a command
 * ({@code catalog}) or an option.
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
 */
record CliArguments(String command, Optional<String> file, Optional<LocalDate> asOf, Locale locale, boolean json,
    boolean explain, List<String> measures, Optional<String> recorded, Optional<UnsettledStacking> unsettledStacking,
    Optional<StackingPrecedence> interestPrecedence) {

  static final String USAGE = String.join("\n",
      "usage: huiqi [evaluate] [PROFILE.json] [--as-of YYYY-MM-DD] [--lang zh|en] [--json] [--explain]"
          + " [--measure ID]...",
      "             [--unsettled-stacking " + names(UnsettledStacking.values(), "|") + "]"
          + " [--interest-precedence " + names(StackingPrecedence.values(), "|") + "]",
      "       huiqi catalog [--lang zh|en] [--json]",
      "       huiqi replay REQUEST.json REPORT.json [--as-of YYYY-MM-DD] [--lang zh|en] [--json]",
      "",
      "evaluate  evaluates an enterprise profile against the built-in catalogue (no file: a built-in sample,",
      "          a Shenzhen small manufacturer in 2023). The file holds a profile, or a request",
      "          {\"profile\": {...}, \"asOf\": \"2023-06-30\", \"measures\": [...], \"options\": {...}}.",
      "catalog   lists the built-in measures: id, title, document, clause, status and window.",
      "replay    recomputes an explained report (saved with --explain --json), or a calculator's explained result,",
      "          from its request and says whether its audit receipt still matches: library version, policy packs",
      "          and measures, date, input and result; exit status 0 when it matches, 1 when it does not.",
      "",
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
   * Parses arguments.
   *
   * @param args  the arguments
   * @return the parsed arguments
   * @throws IllegalArgumentException with a one-line message if an argument is wrong
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
    if (args.length > 0 && List.of("evaluate", "catalog", "replay", "help").contains(args[0])) {
      command = args[0];
      i = 1;
    }
    for (; i < args.length; i++) {
      String arg = args[i];
      if (filesOnly || !arg.startsWith("-")) {
        if (command.equals("replay") && file.isPresent() && recorded.isEmpty()) {
          recorded = Optional.of(arg);
        } else if (file.isPresent()) {
          throw new IllegalArgumentException("more than one profile file: '" + file.get() + "' and '" + arg + "'");
        } else {
          file = Optional.of(arg);
        }
        continue;
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
            throw new IllegalArgumentException("--as-of '" + text + "' is not a date YYYY-MM-DD");
          }
          // a wrong option, not a fault of the profile file: the engine's range, checked here
          if (date.isBefore(EntitlementRequest.EARLIEST) || date.isAfter(EntitlementRequest.LATEST)) {
            throw new IllegalArgumentException("--as-of '" + text + "': the evaluation date (asOf) must be from "
                + EntitlementRequest.EARLIEST + " to " + EntitlementRequest.LATEST);
          }
          asOf = Optional.of(date);
          break;
        case "--lang":
          String lang = value(args, ++i, arg);
          if (lang.equals("zh")) {
            locale = Locale.SIMPLIFIED_CHINESE;
          } else if (lang.equals("en")) {
            locale = Locale.ENGLISH;
          } else {
            throw new IllegalArgumentException("--lang '" + lang + "' must be zh or en");
          }
          break;
        case "--json":
          json = true;
          break;
        case "--explain":
          explain = true;
          break;
        case "--measure":
          measures.add(value(args, ++i, arg));
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
          throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    boolean engineOptions = unsettledStacking.isPresent() || interestPrecedence.isPresent();
    if (command.equals("catalog") && (file.isPresent() || explain || asOf.isPresent() || !measures.isEmpty()
        || engineOptions)) {
      throw new IllegalArgumentException("catalog takes only --lang and --json");
    }
    if (command.equals("replay") && engineOptions) {
      // not silently ignored, nor a second source of the options beside the request the receipt hashed
      throw new IllegalArgumentException("replay takes no " + (unsettledStacking.isPresent()
          ? "--unsettled-stacking" : "--interest-precedence") + ": it uses the request file's options, or else"
          + " those the saved report records");
    }
    if (command.equals("replay") && (recorded.isEmpty() || explain || !measures.isEmpty())) {
      throw new IllegalArgumentException("replay takes a request file and a report file, and only --as-of, --lang"
          + " and --json");
    }
    return new CliArguments(command, file, asOf, locale, json, explain, List.copyOf(measures), recorded,
        unsettledStacking, interestPrecedence);
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
    throw new IllegalArgumentException(option + " '" + text + "' must be " + names(constants, " or "));
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
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
