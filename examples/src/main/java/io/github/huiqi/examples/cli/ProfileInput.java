package io.github.huiqi.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads what the command line evaluates: a file holding a profile or a request, or the built-in sample.
 * <p>
 * A file whose top-level object has a {@code profile} field is an {@link EntitlementRequest} (its own {@code asOf}
 * used unless {@code --as-of} is given); any other object is an {@link EnterpriseProfile}. Every problem becomes a
 * {@link BadInput} whose message is one line naming the file and, for a bad fact, its JSON Pointer.
 */
final class ProfileInput {

  private ProfileInput() {
  }

  /**
   * Reads the request to evaluate.
   *
   * @param file  the file, empty for the built-in sample
   * @param asOf  the date given on the command line, if any
   * @param today  today's date, read only when neither the command line nor the file gives one
   * @return the request
   * @throws BadInput if the file cannot be read or does not hold a valid profile or request
   */
  static EntitlementRequest read(Optional<String> file, Optional<LocalDate> asOf, Supplier<LocalDate> today) {
    return readInput(file, asOf, today).request();
  }

  /**
   * Reads the request to evaluate, and where its profile lies in the file.
   *
   * @param file  the file, empty for the built-in sample
   * @param asOf  the date given on the command line, if any
   * @param today  today's date, read only when neither the command line nor the file gives one
   * @return the request, and the JSON Pointer of its profile in the file
   * @throws BadInput if the file cannot be read or does not hold a valid profile or request
   */
  static Input readInput(Optional<String> file, Optional<LocalDate> asOf, Supplier<LocalDate> today) {
    String name = file.orElse("(built-in sample)");
    String text = file.isPresent() ? readFile(file.get()) : EntitlementSamples.shenzhenManufacturer2023Json();
    try {
      JsonNode tree = HuiqiJson.read(text, JsonNode.class);
      if (!tree.isObject()) {
        throw new BadInput("'" + name + "' must hold a JSON object: a profile, or a request with a \"profile\"");
      }
      if (tree.has("profile")) {
        ObjectNode request = (ObjectNode) tree;
        if (asOf.isPresent() && request.has("asOf")) {
          // the file's own date is checked though the command line's replaces it: a wrong field is never ignored
          HuiqiJson.read(HuiqiJson.write(request), EntitlementRequest.class);
        }
        if (asOf.isPresent() || !request.has("asOf")) {
          request.put("asOf", asOf.orElseGet(today).toString());
        }
        return new Input(HuiqiJson.read(HuiqiJson.write(request), EntitlementRequest.class), "/profile");
      }
      EnterpriseProfile profile = HuiqiJson.read(text, EnterpriseProfile.class);
      return new Input(EntitlementRequest.of(profile, asOf.orElseGet(today)), "");
    } catch (InvalidInputException ex) {
      // the value once: a problem such as "is a document longer than 1000000 characters (3000049)" already gives it
      boolean told = ex.value().isEmpty() || ex.problem().contains("(" + ex.value() + ")");
      throw new BadInput("'" + name + "', field " + (ex.field().isEmpty() ? "/" : ex.field()) + ": " + ex.problem()
          + (told ? "" : " (was " + ex.value() + ")"));
    }
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
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      // a byte-order mark (Windows editors write one) is not part of the JSON
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException ex) {
      throw new BadInput("cannot read '" + file + "': no such file");
    } catch (CharacterCodingException ex) {
      throw new BadInput("cannot read '" + file + "': not UTF-8 text");
    } catch (IOException | RuntimeException ex) {
      throw new BadInput("cannot read '" + file + "': " + ex.getMessage());
    }
  }

  /**
   * A request read from a file.
   *
   * @param request  the request
   * @param profileAt  the JSON Pointer of the profile in the file: {@code /profile} for a request, empty for a profile
   */
  record Input(EntitlementRequest request, String profileAt) {
  }

  /** Input the command line cannot use; the message is one line for the user. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }
}
