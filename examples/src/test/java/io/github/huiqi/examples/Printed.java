package io.github.huiqi.examples;

import io.github.huiqi.examples.platform.FirmYearExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Captures what an example's {@code main} prints, for the example tests. */
public final class Printed {

  private Printed() {
  }

  /**
   * Runs an example's {@code main} with no arguments while standard output is captured.
   *
   * @param main  the example's main method, such as {@code FirmYearExample::main}
   * @return what it printed, decoded as UTF-8
   */
  public static String byMain(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
