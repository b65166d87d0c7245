package io.github.huiqi.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.testkit.ConformanceRunner;
import io.github.huiqi.calculators.testkit.HuiqiAssertions;
import io.github.huiqi.calculators.testkit.MeasureOutcomeAssert;
import io.github.huiqi.calculators.testkit.QaProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import jakarta.annotation.Priority;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a bank's project sees when it compiles against the library: with {@code -Xlint:all -Werror} and only the
 * library's runtime closure on the class path (huiqi-core, huiqi-calculators, Jackson, money-api, moneta-core and
 * jakarta.annotation-api; no Immutables, which is compile-only), a source that names every public type of the two
 * jars (outside the internal packages) and builds every generated builder compiles with no diagnostic at all.
 * Before the Immutables style allowed no class-path annotation, javac warned on every generated class ("Cannot find
 * annotation method 'from()' in type 'Generated'"), and {@code -Werror} failed.
 */
class ConsumerCompileTest {

  @TempDir
  Path dir;

  @Test
  void aConsumerCompilesWithEveryLintAndNoWarningFromTheLibrarysTypes() throws IOException {
    List<Path> classPath = runtimeClosure();
    assertThat(classPath).noneMatch(p -> p.toString().toLowerCase(Locale.ROOT).contains("immutables"));
    List<Class<?>> types = publicTypes(List.of(location(EnterpriseProfile.class), location(Catalog.class)));
    // Dozens of types in each jar; fewer would mean the scan missed one of them.
    assertThat(types).hasSizeGreaterThan(100);
    // The QA kit: its runner and fixtures compile with no AssertJ and no JUnit; its assertions need AssertJ.
    assertThat(types).contains(ConformanceRunner.class, QaProfiles.class)
        .doesNotContain(HuiqiAssertions.class, MeasureOutcomeAssert.class);

    Path source = dir.resolve("src/consumer/UsesEveryType.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, consumerSource(types), StandardCharsets.UTF_8);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-d",
          dir.resolve("out").toString(), "-classpath",
          classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(source)).call();
      assertThat(diagnostics.getDiagnostics()).extracting(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .isEmpty();
      assertThat(compiled).isTrue();
    }
  }

  @Test
  void noLibraryClassCarriesImmutablesGeneratedAnnotation() throws IOException {
    Map<String, byte[]> classes = new LinkedHashMap<>(classFiles(location(EnterpriseProfile.class)));
    classes.putAll(classFiles(location(Catalog.class)));
    // The generated classes are there, so the scan is not vacuous.
    assertThat(classes).containsKeys("io/github/huiqi/core/enterprise/ImmutableEnterpriseProfile.class",
        "io/github/huiqi/core/outcome/ImmutableMeasureOutcome.class",
        "io/github/huiqi/calculators/catalog/Catalog.class");
    for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
      assertThat(new String(entry.getValue(), StandardCharsets.ISO_8859_1))
          .as(entry.getKey())
          .doesNotContain("org/immutables/value/Generated");
    }
  }

  @Test
  void eachLibraryJarsManifestNamesItsTitleAndVersion() throws IOException {
    Path core = location(EnterpriseProfile.class);
    Path calculators = location(Catalog.class);
    // Run from the reactor's `verify` the class path holds the jars; from `test` alone it holds class directories.
    Assumptions.assumeTrue(core.toString().endsWith(".jar") && calculators.toString().endsWith(".jar"),
        "the library is on the class path as directories, not jars");
    Manifest coreManifest = manifest(core);
    Manifest calculatorsManifest = manifest(calculators);
    assertThat(coreManifest.getMainAttributes().getValue("Implementation-Title")).isEqualTo("huiqi core");
    assertThat(calculatorsManifest.getMainAttributes().getValue("Implementation-Title"))
        .isEqualTo("huiqi calculators");
    String version = coreManifest.getMainAttributes().getValue("Implementation-Version");
    assertThat(version).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
    assertThat(calculatorsManifest.getMainAttributes().getValue("Implementation-Version")).isEqualTo(version);
    assertThat(coreManifest.getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo("io.github.huiqi.core");
  }

  //-------------------------------------------------------------------------
  /** The jars (or class directories) of huiqi-calculators' runtime closure, found from one class of each. */
  private static List<Path> runtimeClosure() {
    return Stream.of(Catalog.class, EnterpriseProfile.class, ObjectMapper.class, JsonParser.class,
            JsonProperty.class, JavaTimeModule.class, Jdk8Module.class, MonetaryAmount.class, Money.class,
            Priority.class)
        .map(ConsumerCompileTest::location)
        .distinct()
        .collect(Collectors.toList());
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Every class file of a jar or class directory, by its path inside it. */
  private static Map<String, byte[]> classFiles(Path location) throws IOException {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> walk = Files.walk(location)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
          classes.put(location.relativize(file).toString().replace(File.separatorChar, '/'),
              Files.readAllBytes(file));
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().filter(e -> e.getName().endsWith(".class")).forEach(e -> {
          try (InputStream in = jar.getInputStream(e)) {
            classes.put(e.getName(), in.readAllBytes());
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
      }
    }
    return classes;
  }

  /** The public types a consumer can name: public, with every enclosing class public, not anonymous or local. */
  private static List<Class<?>> publicTypes(List<Path> locations) throws IOException {
    List<Class<?>> types = new ArrayList<>();
    for (Path location : locations) {
      for (String file : classFiles(location).keySet()) {
        if (file.endsWith("module-info.class") || file.endsWith("package-info.class")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, ConsumerCompileTest.class.getClassLoader());
        } catch (ClassNotFoundException ex) {
          throw new IllegalStateException(ex);
        }
        // The internal packages are not API (their package-info says so): HuiqiStyle's class file holds Immutables'
        // own @Value.Style, and no library class refers to it (it is kept to the source).
        // The QA kit's assertion types are written against AssertJ, an optional dependency a consumer adds to its
        // test scope; they are left out here (the kit's fixtures and conformance runner stay in, needing no AssertJ).
        if (type.getCanonicalName() != null && isAccessible(type) && !name.contains(".internal.")
            && !needsAssertJ(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  /** Whether a type extends an AssertJ type or returns one that does (the QA kit's assertion types). */
  private static boolean needsAssertJ(Class<?> type) {
    return extendsAssertJ(type) || Stream.of(type.getMethods()).anyMatch(m -> extendsAssertJ(m.getReturnType()));
  }

  private static boolean extendsAssertJ(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      if (t.getName().startsWith("org.assertj.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAccessible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** A consumer naming every type and building every generated builder (whose supertypes are the generated classes). */
  private static String consumerSource(List<Class<?>> types) {
    StringBuilder source = new StringBuilder("package consumer;\n\nfinal class UsesEveryType {\n\n");
    source.append("  static final java.util.List<Class<?>> TYPES = java.util.List.of(\n");
    source.append(types.stream().map(t -> "      " + t.getCanonicalName() + ".class")
        .collect(Collectors.joining(",\n")));
    source.append(");\n\n  static java.util.List<Object> built() {\n    return java.util.List.of(\n");
    List<String> builders = new ArrayList<>();
    for (Class<?> type : types) {
      if (type.getSimpleName().equals("Builder") && hasPublicNoArgConstructor(type) && hasBuild(type)) {
        builders.add("        new " + type.getCanonicalName() + "().build()");
      }
    }
    assertThat(builders).as("the generated builders").hasSizeGreaterThanOrEqualTo(10);
    source.append(String.join(",\n", builders)).append(");\n  }\n}\n");
    return source.toString();
  }

  private static boolean hasPublicNoArgConstructor(Class<?> type) {
    return Stream.of(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0);
  }

  private static boolean hasBuild(Class<?> type) {
    return Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals("build") && m.getParameterCount() == 0);
  }

  private static Manifest manifest(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest();
    }
  }
}
