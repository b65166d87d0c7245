package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts the JSON entry points the main code declares, so that the corpus cannot silently miss a new one. */
final class JsonEntryPointCount {

  private JsonEntryPointCount() {
  }

  /**
   * Returns how many public methods of the calculators' main classes take a JSON document and answer JSON: each
   * {@code explain...Json} and the engine's {@code evaluateJson} and {@code replayJson}.
   *
   * @return the count
   */
  static long declaredInMainCode() {
    try {
      Path classes = Path.of(EntitlementEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(classes)) {
        return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
            .map(file -> classes.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                .replaceAll("\\.class$", ""))
            .mapToLong(JsonEntryPointCount::jsonMethods).sum();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (URISyntaxException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static long jsonMethods(String className) {
    try {
      Class<?> type = Class.forName(className, false, JsonEntryPointCount.class.getClassLoader());
      long count = 0;
      for (Method method : type.getDeclaredMethods()) {
        boolean json = method.getName().endsWith("Json") && method.getReturnType() == String.class
            && method.getParameterCount() > 0
            && method.getParameterTypes()[method.getParameterCount() - 1] == String.class;
        if (json && Modifier.isPublic(method.getModifiers())) {
          count++;
        }
      }
      return count;
    } catch (ClassNotFoundException | LinkageError ex) {
      return 0;
    }
  }
}
