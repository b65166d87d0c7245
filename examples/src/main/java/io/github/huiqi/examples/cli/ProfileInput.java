package io.github.huiqi.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EngineOptions.UnsettledStacking;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Utf8Text;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads what the command line evaluates: a file holding a profile or a request, or the built-in sample.
 * <p>
 * A file whose top-level object has a {@code profile} field is an {@link EntitlementRequest}; any other object is an
 * {@link EnterpriseProfile}. What the command line gives wins over the request's own: {@code --as-of} over its
 * {@code asOf}, and {@code --unsettled-stacking} and {@code --interest-precedence} over the fields of its
 * {@code options}, each of which is still read and checked (a wrong field is never ignored). Every problem becomes a
 * {@link BadInput} whose message is one line naming the file and, for a bad fact, its JSON Pointer; the same line is
 * also held in Chinese, for {@code --lang zh}, naming the same file, pointer and value verbatim.
 */
final class ProfileInput {

  private ProfileInput() {
  }

  /**
   * Reads the request to evaluate, and where its profile lies in the file.
   * <p>
   * Each of the date and the engine's options is, in this order, the one the command line gives, the request file's
   * own, or the one given here for when neither gives it: today for an evaluation, for a replay the date and the
   * options the saved report records.
   *
   * @param file  the file, empty for the built-in sample
   * @param given  the date and the options given on the command line, each empty when not given
   * @param today  the date when neither the command line nor the file gives one, read only then
   * @param otherwise  the options for those neither the command line nor the file gives
   * @return the request, and the JSON Pointer of its profile in the file
   * @throws BadInput if the file cannot be read or does not hold a valid profile or request
   */
  static Input readInput(Optional<String> file, Given given, Supplier<LocalDate> today, EngineOptions otherwise) {
    Optional<LocalDate> asOf = given.asOf();
    String name = file.orElse("(built-in sample)");
    String text = file.isPresent() ? readFile(file.get()) : EntitlementSamples.shenzhenManufacturer2023Json();
    try {
      JsonNode tree = HuiqiJson.read(text, JsonNode.class);
      if (!tree.isObject()) {
        throw new BadInput("'" + name + "' must hold a JSON object: a profile, or a request with a \"profile\"",
            "'" + name + "' 必须包含一个 JSON 对象：企业档案，或含 \"profile\" 的请求");
      }
      if (tree.has("profile")) {
        // read from the file's own text, never from its tree written again, which would change a number's notation
        // (1.2e2 given for a count read as 120, which the library refuses; 1e400 as 401 digits); the file's own date
        // is checked though the command line's replaces it, and its options are read (and so checked) whole: a
        // wrong field is never ignored
        EntitlementRequest read = HuiqiJson.read(tree.has("asOf") ? text : dated(text, asOf.orElseGet(today)),
            EntitlementRequest.class);
        if (asOf.isPresent() && tree.has("asOf")) {
          read = redated(read, asOf.get());
        }
        // a field the command line gives then replaces the file's own option
        return new Input(read.withOptions(options(given, tree.path("options"), read.options(), otherwise)),
            "/profile");
      }
      EnterpriseProfile profile = HuiqiJson.read(text, EnterpriseProfile.class);
      return new Input(EntitlementRequest.of(profile, asOf.orElseGet(today))
          .withOptions(options(given, MissingNode.getInstance(), otherwise, otherwise)), "");
    } catch (InvalidInputException ex) {
      throw badInput(Optional.of(name), ex);
    }
  }

  /**
   * The line naming a file's wrong field: {@code 'firm.json', field /asOf: must be a calendar date (was 2023-02-30)}.
   *
   * @param name  the file's name as given
   * @param ex  the error, its field a JSON Pointer into the file
   * @return the line, without the leading {@code huiqi: }
   */
  static String located(String name, InvalidInputException ex) {
    return located(Optional.of(name), ex);
  }

  /**
   * The line naming a wrong field, of a file if one is given: {@code field /asOf: must be a calendar date (was
   * 2023-02-30)} without one, the file's name before it with one.
   *
   * @param name  the file's name as given, empty when no file is read (the built-in sample)
   * @param ex  the error, its field a JSON Pointer into the file, if any
   * @return the line, without the leading {@code huiqi: }
   */
  static String located(Optional<String> name, InvalidInputException ex) {
    return located(name, ex, false);
  }

  /**
   * The line naming a wrong field in English or in Chinese. The Chinese line names the same file, pointer and value
   * verbatim, and says the library's {@link InvalidInputException#problemZh()}: {@code 'firm.json'，字段
   * /loans/0/principal：必须大于零（实际为 -5）} for {@code 'firm.json', field /loans/0/principal: must be positive
   * (was -5)}.
   *
   * @param name  the file's name as given, empty when no file is read (the built-in sample)
   * @param ex  the error, its field a JSON Pointer into the file, if any
   * @param zh  whether in Chinese
   * @return the line, without the leading {@code huiqi: }
   */
  static String located(Optional<String> name, InvalidInputException ex, boolean zh) {
    String problem = zh ? ex.problemZh() : ex.problem();
    // the value once: a problem such as "is a document longer than 1000000 characters (3000049)" already gives it;
    // none for a required value not given (left out or null, the library's value "null"): "is required" says it
    boolean told = ex.value().isEmpty() || problem.contains("(" + ex.value() + ")")
        || zh && problem.contains("（" + ex.value() + "）") || notGiven(ex);
    return where(name, ex.field(), zh) + problem + (told ? "" : was(ex.value(), zh));
  }

  /** Whether the error is a required value the file does not give: left out, or written as {@code null}. */
  private static boolean notGiven(InvalidInputException ex) {
    return InvalidInputException.REQUIRED.equals(ex.code()) && "null".equals(ex.value());
  }

  /**
   * A bad file's line in both languages, naming its wrong field ({@link #located(Optional, InvalidInputException,
   * boolean)}).
   *
   * @param name  the file's name as given, empty for the built-in sample
   * @param ex  the error, its field a JSON Pointer into the file
   * @return the error to throw
   */
  static BadInput badInput(Optional<String> name, InvalidInputException ex) {
    return new BadInput(located(name, ex, false), located(name, ex, true));
  }

  /**
   * The start of a line naming a field, of a file if one is given: {@code 'firm.json', field /asOf: } in English,
   * {@code 'firm.json'，字段 /asOf：} in Chinese; the field {@code /} when empty (the document as a whole).
   *
   * @param name  the file's name as given, empty for none
   * @param field  the JSON Pointer
   * @param zh  whether in Chinese
   * @return the start of the line
   */
  static String where(Optional<String> name, String field, boolean zh) {
    String pointer = field.isEmpty() ? "/" : field;
    return zh ? name.map(file -> "'" + file + "'，").orElse("") + "字段 " + pointer + "："
        : name.map(file -> "'" + file + "', ").orElse("") + "field " + pointer + ": ";
  }

  /**
   * The value a line names after what is wrong with it: {@code  (was -5)} in English, {@code （实际为 -5）} in Chinese.
   *
   * @param value  the value as written
   * @param zh  whether in Chinese
   * @return the text, with its leading space in English
   */
  static String was(String value, boolean zh) {
    return zh ? "（实际为 " + value + "）" : " (was " + value + ")";
  }

  /**
   * A request's text with the evaluation date added as its first member, the rest as written; the text holds one JSON
   * object with no {@code asOf} and at least one member ({@code profile}), after whitespace at most.
   */
  private static String dated(String text, LocalDate asOf) {
    int open = text.indexOf('{');
    return text.substring(0, open + 1) + "\"asOf\": \"" + asOf + "\", " + text.substring(open + 1);
  }

  /** The request evaluated on another date, everything else as read. */
  private static EntitlementRequest redated(EntitlementRequest read, LocalDate asOf) {
    EntitlementRequest request = EntitlementRequest.of(read.profile(), asOf).withExplain(read.explain())
        .withOptions(read.options());
    return read.measures().map(request::withMeasures).orElse(request);
  }

  /**
   * Each option: the command line's, else the file's own (a field its {@code options} holds), else {@code otherwise}.
   *
   * @param own  the file's {@code options} as written, missing for a profile file
   * @param read  the file's options as read, its defaults filling the fields it omits
   */
  private static EngineOptions options(Given given, JsonNode own, EngineOptions read, EngineOptions otherwise) {
    return otherwise
        .withUnsettledStacking(given.unsettledStacking().orElse(own.hasNonNull("unsettledStacking")
            ? read.unsettledStacking() : otherwise.unsettledStacking()))
        .withInterestSubsidyPrecedence(given.interestSubsidyPrecedence().orElse(
            own.hasNonNull("interestSubsidyPrecedence") ? read.interestSubsidyPrecedence()
                : otherwise.interestSubsidyPrecedence()));
  }

  /**
   * Reads a UTF-8 text file, without the byte-order mark that may open it.
   *
   * @param file  the file
   * @return its text
   * @throws BadInput if it cannot be read or is not UTF-8
   */
  static String readText(String file) {
    return readFile(file);
  }

  private static String readFile(String file) {
    try {
      byte[] bytes = Files.readAllBytes(Path.of(file));
      String text = utf8(file, bytes);
      // a byte-order mark (Windows editors write one) is not part of the JSON
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException ex) {
      throw new BadInput("cannot read '" + file + "': no such file", "无法读取 '" + file + "'：文件不存在");
    } catch (BadInput ex) {
      throw ex;
    } catch (IOException | RuntimeException ex) {
      throw new BadInput("cannot read '" + file + "': " + ex.getMessage(),
          "无法读取 '" + file + "'：" + ex.getMessage());
    }
  }

  /**
   * What the command line gives that a request file may also hold, each replacing the file's own.
   *
   * @param asOf  the evaluation date ({@code --as-of}), if given
   * @param unsettledStacking  the engine's {@link EngineOptions#unsettledStacking()} ({@code --unsettled-stacking}),
   *     if given
   * @param interestSubsidyPrecedence  the engine's {@link EngineOptions#interestSubsidyPrecedence()}
   *     ({@code --interest-precedence}), if given
   */
  record Given(Optional<LocalDate> asOf, Optional<UnsettledStacking> unsettledStacking,
      Optional<StackingPrecedence> interestSubsidyPrecedence) {

    /**
     * What the command line gives.
     *
     * @param arguments  the command line
     * @return its date and options
     */
    static Given by(CliArguments arguments) {
      return new Given(arguments.asOf(), arguments.unsettledStacking(), arguments.interestPrecedence());
    }
  }

  /**
   * Decodes a file's bytes as UTF-8, refusing any that are not: a profile saved as GBK or GB 18030 (as some Windows
   * editors save Chinese text) is named with the place of its first byte that is not UTF-8.
   */
  private static String utf8(String file, byte[] bytes) {
    return Utf8Text.decode(bytes, position -> new BadInput("cannot read '" + file + "': not UTF-8 text (byte "
        + position + " is not); save the file as UTF-8", "无法读取 '" + file + "'：不是 UTF-8 文本（第 " + position
        + " 字节不是）；请将文件保存为 UTF-8"));
  }

  /**
   * A request read from a file.
   *
   * @param request  the request
   * @param profileAt  the JSON Pointer of the profile in the file: {@code /profile} for a request, empty for a profile
   */
  record Input(EntitlementRequest request, String profileAt) {
  }

  /**
   * Input the command line cannot use (exit status 2); the message is one line for the user, in English, and the same
   * line is held in Chinese. File names, pointers and values are the same in both.
   */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageZh;

    BadInput(String message, String messageZh) {
      super(message);
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
