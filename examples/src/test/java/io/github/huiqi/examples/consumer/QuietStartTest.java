package io.github.huiqi.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import jakarta.annotation.Priority;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh JVM's start, with only the library's runtime closure on the class path: nothing is logged. The library
 * logs nothing, and since its amounts are its own {@code MonetaryAmount} type ({@code Cny}), Moneta never creates its
 * default monetary context and never writes its "Using custom MathContext … HALF_EVEN" line. A host that uses
 * Moneta's {@code Money} itself still gets that line; a logging configuration silences it.
 */
class QuietStartTest {

  private static final String MONETA_LOGGER = "org.javamoney.moneta.DefaultMonetaryContextFactory";

  @TempDir
  Path dir;

  @Test
  void nothingIsLoggedAtStart() throws Exception {
    Run run = run(List.of());
    assertThat(run.out).singleElement().asString().matches("outcomes: [1-9][0-9]*");
    assertThat(run.err).isEmpty();
  }

  @Test
  void aHostsLoggingConfigurationSilencesIt() throws Exception {
    Path config = dir.resolve("logging.properties");
    Files.writeString(config, MONETA_LOGGER + ".level = WARNING\n", StandardCharsets.UTF_8);
    Run run = run(List.of("-Djava.util.logging.config.file=" + config));
    assertThat(run.out).singleElement().asString().matches("outcomes: [1-9][0-9]*");
    assertThat(run.err).isEmpty();
  }

  //-------------------------------------------------------------------------
  /** What a run printed, line by line. */
  private record Run(List<String> out, List<String> err) {
  }

  private Run run(List<String> jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // English level names ("INFO"), whatever the machine's locale
    command.add("-Duser.language=en");
    command.add("-Duser.country=US");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(Stream.of(QuietStartProgram.class, Catalog.class, EnterpriseProfile.class, ObjectMapper.class,
            JsonParser.class, JsonProperty.class, JavaTimeModule.class, Jdk8Module.class, MonetaryAmount.class,
            Money.class, Priority.class)
        .map(QuietStartTest::location).distinct().collect(Collectors.joining(File.pathSeparator)));
    command.add(QuietStartProgram.class.getName());
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the program ends").isTrue();
    assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    return new Run(lines(out), lines(err));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
        .collect(Collectors.toList());
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
