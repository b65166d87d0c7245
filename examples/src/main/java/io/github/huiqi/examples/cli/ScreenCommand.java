package io.github.huiqi.examples.cli;

import io.github.huiqi.calculators.batch.screening.ScreeningFailure;
import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTally;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.internal.Utf8Text;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.MeasureId;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@code screen} command: a platform's register, one profile's JSON a line, screened as it is read with
 * {@link ScreeningRun#screenJson(EntitlementEngine, Iterator, LocalDate, Consumer, int)}, each firm's NDJSON line
 * written to a file when asked, and the population's totals per measure printed as a table or as JSON.
 * <p>
 * Every line goes to {@code screenJson}, which skips a blank line (it holds no firm) but counts it, so a firm's
 * {@code index} in {@code --out} is its line's number less one, and the error stream names a failed firm by its line,
 * the index plus one. A byte-order mark opening the file is dropped. A line holding bytes that are not UTF-8 is a
 * firm that failed, as a loan book's line that is not text fails through {@code BookTextReader}: the library is given
 * U+FFFD, the replacement character, in its place, which no reading makes a profile
 * ({@code profile: input.malformed-json at /}, the line as a whole), the error stream names the line and the offset
 * of its first bad byte in the file, and the lines after it are screened (exit status 3).
 * With {@code --measure}, every measure is still evaluated (as the engine evaluates a request for some measures with
 * the measures their stacking rules concern) and each firm's line and the totals keep the measures asked for, and
 * the failures of those measures and of the profile. With {@code --lang zh} each line on the error stream is in
 * Chinese, naming the same file, line, field, code and byte offset.
 */
final class ScreenCommand {

  /** How many failed firms the error stream names one by one; the rest are counted in the closing line. */
  static final int FAILURES_NAMED = 100;

  private ScreenCommand() {
  }

  /**
   * Runs the command.
   *
   * @param arguments  the command line
   * @param asked  the measures asked for, in catalogue order; empty for all
   * @param out  where the table or JSON goes
   * @param err  where each failed firm is named
   * @param today  today's date, read only when no {@code --as-of} is given
   * @return 0, or {@link HuiqiCli#INCOMPLETE} when a firm failed
   * @throws ProfileInput.BadInput if the register cannot be read or the output file written
   */
  static int run(CliArguments arguments, List<MeasureId> asked, PrintStream out, PrintStream err,
      Supplier<LocalDate> today) {
    String file = arguments.file().orElseThrow();
    LocalDate asOf = arguments.asOf().orElseGet(today);
    EngineOptions options = EngineOptions.DEFAULTS;
    if (arguments.unsettledStacking().isPresent()) {
      options = options.withUnsettledStacking(arguments.unsettledStacking().get());
    }
    if (arguments.interestPrecedence().isPresent()) {
      options = options.withInterestSubsidyPrecedence(arguments.interestPrecedence().get());
    }
    EntitlementEngine engine = EntitlementEngine.builtIn().withOptions(options);
    Path registerPath = path(file, false);
    Optional<Path> outPath = arguments.out().map(name -> path(name, true));
    boolean zh = arguments.errorsZh();
    Sink sink = new Sink(file, arguments.out().orElse(""), asked, err, engine, zh);
    ScreeningTotals totals;
    try (InputStream in = open(file, registerPath); Writer ndjson = create(arguments.out(), outPath,
        registerPath)) {
      RegisterLines lines = new RegisterLines(file, in);
      sink.lines = lines;
      sink.ndjson = ndjson;
      totals = ScreeningRun.screenJson(engine, lines, asOf, sink, arguments.threads());
    } catch (IOException ex) {
      // closing: the last lines could not be written
      throw cannot(true, arguments.out().orElse(file), ex.getMessage(), ex.getMessage());
    }
    if (!asked.isEmpty()) {
      totals = sink.tally.totals();
    }
    if (arguments.json()) {
      HuiqiCli.line(out, HuiqiJson.write(totals));
    } else {
      out.print(ScreenTable.render(file, asOf, options, totals, asked.isEmpty() ? everyMeasure() : asked,
          arguments.locale()));
    }
    if (totals.failedFirms() == 0) {
      return 0;
    }
    if (totals.failedFirms() > FAILURES_NAMED) {
      long more = totals.failedFirms() - FAILURES_NAMED;
      HuiqiCli.line(err, "huiqi: '" + file + (zh ? "'：另有 " + more + " 家未能测算的企业未在此列出"
          + arguments.out().map(name -> "，均见 '" + name + "'").orElse("")
          : "': " + more + " more failed firm(s) not named here"
          + arguments.out().map(name -> ", each in '" + name + "'").orElse("")));
    }
    HuiqiCli.line(err, "huiqi: '" + file + (zh ? "'：" + totals.firms() + " 家企业中有 " + totals.failedFirms()
        + " 家未能完整测算；合计不完整" : "': " + totals.failedFirms() + " of " + totals.firms()
        + " firm(s) could not be screened whole; the totals are not whole"));
    return HuiqiCli.INCOMPLETE;
  }

  /** Every measure of the catalogue, in its order. */
  private static List<MeasureId> everyMeasure() {
    return Catalog.builtIn().entries().stream().map(entry -> entry.measure().id()).toList();
  }

  /**
   * A file that cannot be read or written: {@code cannot read 'firms.ndjson': no such file}, or in Chinese
   * {@code 无法读取 'firms.ndjson'：文件不存在}; a system's reason, which has no Chinese, is given as it is in both.
   */
  private static ProfileInput.BadInput cannot(boolean write, String name, String why, String whyZh) {
    return new ProfileInput.BadInput((write ? "cannot write '" : "cannot read '") + name + "': " + why,
        (write ? "无法写入 '" : "无法读取 '") + name + "'：" + whyZh);
  }

  private static Path path(String name, boolean write) {
    try {
      return Path.of(name);
    } catch (InvalidPathException ex) {
      throw cannot(write, name, ex.getReason(), ex.getReason());
    }
  }

  private static InputStream open(String file, Path path) {
    try {
      if (Files.isDirectory(path)) {
        throw cannot(false, file, "a directory, not a file", "是目录，不是文件");
      }
      return new BufferedInputStream(Files.newInputStream(path));
    } catch (NoSuchFileException ex) {
      throw cannot(false, file, "no such file", "文件不存在");
    } catch (IOException | SecurityException ex) {
      throw cannot(false, file, ex.getMessage(), ex.getMessage());
    }
  }

  private static Writer create(Optional<String> name, Optional<Path> path, Path register) {
    if (path.isEmpty()) {
      return Writer.nullWriter();
    }
    try {
      if (Files.exists(path.get()) && Files.isSameFile(path.get(), register)) {
        throw cannot(true, name.get(), "it is the register being screened", "它就是正在筛查的名册");
      }
      return Files.newBufferedWriter(path.get(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException ex) {
      throw cannot(true, name.get(), "no such directory", "目录不存在");
    } catch (IOException | SecurityException ex) {
      throw cannot(true, name.get(), ex.getMessage(), ex.getMessage());
    }
  }

  /**
   * The register's lines, blank ones included (the library skips and counts them), each decoded from its bytes as
   * strict UTF-8 so that a byte that is not text fails its own line alone: such a line is given as U+FFFD, and its
   * number and the offset of its first bad byte are kept, in order, until the sink takes the firm screened from it
   * (at most a block after).
   */
  static final class RegisterLines implements Iterator<String> {
    /** What the library is given for a line that is not UTF-8: no reading makes it a profile. */
    static final String NOT_TEXT = "\uFFFD";

    private final String file;
    private final InputStream in;
    /** The lines not UTF-8 that the sink has not yet taken: each its number and its first bad byte's offset. */
    private final ArrayDeque<long[]> notText = new ArrayDeque<>();
    private byte[] bytes = new byte[8192];
    private String next;
    private long line;
    /** The offset in the file of the next line's first byte. */
    private long offset;
    private boolean ended;

    RegisterLines(String file, InputStream in) {
      this.file = file;
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = readLine();
        ended = next == null;
      }
      return next != null;
    }

    /** The next line's text, its line end ({@code \n}, or {@code \r\n}) dropped; null at the end. */
    private String readLine() {
      long start = offset;
      int length = 0;
      int b;
      try {
        while ((b = in.read()) >= 0 && b != '\n') {
          if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, length * 2);
          }
          bytes[length++] = (byte) b;
        }
      } catch (IOException ex) {
        throw cannot(false, file, ex.getMessage(), ex.getMessage());
      }
      if (b < 0 && length == 0) {
        return null;
      }
      line++;
      offset += length + (b < 0 ? 0 : 1);
      if (length > 0 && bytes[length - 1] == '\r') {
        length--;
      }
      String text;
      try {
        text = Utf8Text.decode(Arrays.copyOf(bytes, length), NotUtf8::new);
      } catch (NotUtf8 ex) {
        notText.add(new long[] {line, start + ex.position});
        return NOT_TEXT;
      }
      if (line == 1 && text.startsWith("\uFEFF")) {
        // a byte-order mark (Windows editors write one) is not part of the JSON
        text = text.substring(1);
      }
      return text;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String text = next;
      next = null;
      return text;
    }

    /**
     * The offset in the file of the first bad byte of a line that is not UTF-8, forgetting the lines before it:
     * the sink asks once for each firm's line, in order.
     *
     * @param number  the line's number, from 1
     * @return the offset, from 0; -1 if the line is UTF-8 text
     */
    long notText(long number) {
      while (!notText.isEmpty() && notText.peekFirst()[0] < number) {
        notText.removeFirst();
      }
      return !notText.isEmpty() && notText.peekFirst()[0] == number ? notText.removeFirst()[1] : -1;
    }
  }

  /** A line's bytes are not UTF-8: the offset of the first bad one in the line. */
  private static final class NotUtf8 extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int position;

    NotUtf8(int position) {
      super(null, null, false, false);
      this.position = position;
    }
  }

  /** Writes each firm's line, keeps the measures asked for, and names each failed firm. */
  private static final class Sink implements Consumer<ScreeningFirm> {
    private final String file;
    private final String outName;
    private final Set<MeasureId> asked;
    private final PrintStream err;
    private final ScreeningTally tally;
    private final boolean zh;
    private long failedFirms;
    private RegisterLines lines;
    private Writer ndjson;

    Sink(String file, String outName, List<MeasureId> asked, PrintStream err, EntitlementEngine engine,
        boolean zh) {
      this.file = file;
      this.zh = zh;
      // the measures in catalogue order, as ScreeningRun's tally lists them
      this.tally = new ScreeningTally(ScreeningTally.catalogueOrder(engine));
      this.outName = outName;
      this.asked = Set.copyOf(asked);
      this.err = err;
    }

    @Override
    public void accept(ScreeningFirm screened) {
      // screenJson counts every line, blank ones too: a firm's index is its line's number less one
      long line = screened.index() + 1;
      long badByte = lines.notText(line);
      ScreeningFirm firm = asked.isEmpty() ? screened : keepAsked(screened);
      if (badByte >= 0) {
        firm = notText(firm, badByte);
      }
      tally.add(firm);
      if (!firm.failures().isEmpty() && ++failedFirms <= FAILURES_NAMED) {
        // the typed failure, not its text: the measure (or the whole profile), the code and the field
        ScreeningFailure first = firm.failureDetails().get(0);
        int others = firm.failures().size() - 1;
        String field = first.field().isEmpty() ? "/" : first.field();
        if (zh) {
          String what = badByte >= 0 ? "该行不是 UTF-8 文本（" + first.code() + "，第 " + badByte + " 字节）；请将文件保存为 UTF-8"
              : first.wholeProfile() ? "该行不是企业档案（" + first.code() + "）"
              : first.who() + " 未能测算（" + first.code() + "）";
          HuiqiCli.line(err, "huiqi: '" + file + "'，第 " + line + " 行，字段 " + field + "：" + what
              + (others > 0 ? "；该行另有 " + others + " 项" : ""));
        } else {
          String what = badByte >= 0 ? "the line is not UTF-8 text (" + first.code() + ", byte " + badByte
              + "); save the file as UTF-8"
              : first.wholeProfile() ? "the line is not a profile (" + first.code() + ")"
              : first.who() + " could not be evaluated (" + first.code() + ")";
          HuiqiCli.line(err, "huiqi: '" + file + "', line " + line + ", field " + field + ": " + what
              + (others > 0 ? "; " + others + " more in its line" : ""));
        }
      }
      if (outName.isEmpty()) {
        // no --out: no line to write
        return;
      }
      try {
        ndjson.write(firm.toJson());
        ndjson.write('\n');
      } catch (IOException ex) {
        throw cannot(true, outName, ex.getMessage(), ex.getMessage());
      }
    }

    /**
     * The firm of a line that is not UTF-8, its profile's failure saying so in its {@code --out} line as the error
     * stream does: the library was given no text, so its own message ("is not well-formed JSON ... but was ''")
     * would not tell the reader what to fix. The code and the field stay the library's (malformed JSON at /); the
     * value is the offset of the first bad byte in the file.
     */
    private static ScreeningFirm notText(ScreeningFirm firm, long badByte) {
      List<ScreeningFailure> typed = new ArrayList<>();
      for (ScreeningFailure failure : firm.failureDetails()) {
        typed.add(failure.wholeProfile() ? new ScreeningFailure(failure.measure(), failure.code(), failure.field(),
            "byte " + badByte, "Invalid input '" + failure.field() + "': the line is not UTF-8 text (its first bad"
            + " byte at offset " + badByte + " of the file); save the file as UTF-8") : failure);
      }
      return new ScreeningFirm(firm.index(), firm.name(), firm.regionCode(), firm.size(), firm.outcomes(),
          firm.failures(), typed);
    }

    /**
     * The firm with the outcomes and failures of the measures asked for, and a failure of its profile: each failure
     * kept or dropped by its typed form, its text with it.
     */
    private ScreeningFirm keepAsked(ScreeningFirm firm) {
      List<ScreeningOutcome> outcomes = firm.outcomes().stream().filter(o -> asked.contains(o.measure())).toList();
      List<String> failures = new ArrayList<>();
      List<ScreeningFailure> typed = new ArrayList<>();
      for (int i = 0; i < firm.failureDetails().size(); i++) {
        ScreeningFailure failure = firm.failureDetails().get(i);
        if (failure.wholeProfile() || asked.contains(failure.measure().get())) {
          failures.add(firm.failures().get(i));
          typed.add(failure);
        }
      }
      return new ScreeningFirm(firm.index(), firm.name(), firm.regionCode(), firm.size(), outcomes, failures, typed);
    }
  }
}
