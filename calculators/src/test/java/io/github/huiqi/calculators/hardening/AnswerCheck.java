package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.hardening.JsonMutation.Expect;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an answer to a changed document must be: a typed error that names the place changed, with a code and both
 * messages in the library's own words; or, where the change may leave a valid document, a result at the fen's scale
 * with no internal error; or, where the change keeps the meaning, the valid sample's result itself.
 * <p>
 * "Names the place" is checked soundly from the pointers alone: the error's field, or one of its related fields (the
 * other side of a contradiction, such as the drawdown a maturity now precedes), is the place changed, the value
 * holding it (one level up: the money object of a bad {@code amount}, the object that lost a required member) or a
 * value inside it; for a change to the whole document, any field. The root may be named {@code ""} or {@code "/"}.
 */
final class AnswerCheck {

  /** An amount as the JSON writes it: {"amount": n, "currency": "CNY"}. */
  private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*([^,}\\s]+)\\s*,\\s*\"currency\"");
  private static final Pattern FEN = Pattern.compile("-?[0-9]+\\.[0-9]{2}");
  private static final Pattern DECIMAL = Pattern.compile("(?<![0-9A-Za-z.])[0-9]+\\.[0-9]+(?![0-9.%])");
  /** Words that would show a library's internals in a message. */
  private static final List<String> LEAKS = List.of("fasterxml", "jackson", "moneta", "javax.", "java.", "exception",
      "deserializ", "[source:", "line:", "column:", "mismatchedinput", "jsonnode", "nullpointer", "classcast");

  private AnswerCheck() {
  }

  /**
   * Checks a thrown error.
   *
   * @param what  the document, for the assertion messages
   * @param mutation  the change
   * @param thrown  what was thrown
   */
  static void checkError(String what, JsonMutation mutation, Throwable thrown) {
    assertThat(thrown).as("%s: a leak (not a typed error)", what).isInstanceOf(HuiqiException.class);
    assertThat(mutation.expect()).as("%s: a change that keeps the meaning was rejected: %s", what, thrown)
        .isNotEqualTo(Expect.SAME_RESULT);
    HuiqiException ex = (HuiqiException) thrown;
    assertThat(ex.code()).as("%s: code", what).matches("[a-z]+\\.[a-z-]+");
    String english = ex.getMessage();
    String chinese = ex.message(Locale.SIMPLIFIED_CHINESE);
    assertThat(english).as("%s: English message", what).isNotBlank();
    assertThat(chinese).as("%s: Chinese message", what).isNotBlank().isNotEqualTo(english);
    // the value and the field as the document wrote them are the caller's own text, not the library's
    // (a value over 80 characters is quoted cut to 77 and "...", as ErrorTexts abbreviates it)
    String value = ex.value().toLowerCase(Locale.ROOT);
    String quoted = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    String words = (english + " " + chinese).toLowerCase(Locale.ROOT).replace(quoted, "").replace(value, "")
        .replace(ex.field().toLowerCase(Locale.ROOT), "");
    String document = mutation.document().toLowerCase(Locale.ROOT);
    for (String leak : LEAKS) {
      if (document.contains(leak)) {
        // the document itself holds the word (a fuzzer's insertion): a message quoting it shows the caller's text
        continue;
      }
      assertThat(words).as("%s: the message shows '%s': %s", what, leak, english).doesNotContain(leak);
    }
    List<String> named = new ArrayList<>();
    named.add(ex.field());
    if (ex instanceof InvalidInputException input) {
      named.addAll(input.relatedFields());
    }
    if (ex instanceof MissingFactsException missing) {
      named.addAll(missing.missingFacts());
    }
    String place = mutation.pointer();
    boolean atThePlace = place.isEmpty() || named.stream().anyMatch(field -> related(field, place));
    assertThat(atThePlace).as("%s: named %s, not the place changed (%s)", what, named, english).isTrue();
  }

  /** Whether an error's field is the place, holds it (one level up) or lies inside it. */
  static boolean related(String field, String place) {
    String f = field.equals("/") ? "" : field;
    if (f.equals(place) || f.startsWith(place + "/")) {
      return true;
    }
    return place.startsWith(f + "/") && depth(place) - depth(f) <= 1;
  }

  private static int depth(String pointer) {
    return (int) pointer.chars().filter(c -> c == '/').count();
  }

  /**
   * Checks a result.
   *
   * @param what  the document, for the assertion messages
   * @param mutation  the change
   * @param result  the result's JSON
   * @param validResult  the valid sample's result
   * @return whether the result reports a failed item (a batch's answer to a bad item)
   */
  static boolean checkResult(String what, JsonMutation mutation, String result, String validResult) {
    if (mutation.expect() == Expect.SAME_RESULT || mutation.expect() == Expect.SAME_OR_REJECTED) {
      // an equal number in another notation may be echoed with its scale (an area of 1200.0 m²): equal values
      assertThat(sameValues(result)).as("%s: an equivalent document gave another result", what)
          .isEqualTo(sameValues(validResult));
      return false;
    }
    // a batch reports a bad item as a failure in its result, naming the item's field, and computes the rest
    List<String> failures = ItemFailures.fields(result);
    failures.removeAll(ItemFailures.fields(validResult));
    if (mutation.expect() == Expect.REJECTED) {
      assertThat(failures).as("%s: a document no reading makes valid was accepted", what).isNotEmpty();
    }
    for (String field : failures) {
      boolean near = mutation.pointer().isEmpty() || related(field, mutation.pointer());
      assertThat(near).as("%s: an item failure named %s, not the place changed", what, field).isTrue();
    }
    assertThat(result).as("%s: an internal error", what).doesNotContain("internal-error");
    Matcher matcher = AMOUNT.matcher(result);
    while (matcher.find()) {
      assertThat(matcher.group(1)).as("%s: an amount not at the fen's scale", what).matches(FEN);
    }
    return !failures.isEmpty();
  }

  /** The text with every decimal number written without trailing zeros, so that 1200.0 and 1200 read the same. */
  static String sameValues(String json) {
    Matcher matcher = DECIMAL.matcher(json);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, new BigDecimal(matcher.group()).stripTrailingZeros().toPlainString());
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
