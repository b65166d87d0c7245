package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other values a dropped fact could take, for the flip check of {@link EntitlementFactDropPropertyTest} (on
 * unless {@code -Dhuiqi.engineDrop.flip=false}; {@code =numbers} changes the figures too): a fact not given must leave
 * every outcome open to each value it could have, not only to the one the firm was drawn with. As
 * {@code FinancingFactFlips} does for the financing facts, this gives the firm with the fact at a path changed:
 * <ul>
 *   <li>a yes/no fact (a qualification's {@code held}, {@code smallScaleTaxpayer}, {@code icOrMachineTool}, a hire's
 *       {@code socialInsurancePaid}, a lease's {@code districtPark}, ...), to its opposite;
 *   <li>an enumerated fact, to each other value: an R&amp;D entrustee, a debtor's kind, a utility, a deferred
 *       insurance, a VAT period's sales basis and special-invoice rate, a lease's rent discount, the industry code,
 *       and the firm's {@code registrationRegionCode} (to the two cities, some of their districts, and 北京市朝阳区
 *       110105, a place no measure of the catalogue is bound to);
 *   <li>with {@code =numbers}, a count (employees, trainees, months, ...) to 0, half, one less, one more and twice
 *       it, and a sum of money to 0, half and twice it (the figures the size standard, the 小型微利企业 limits and
 *       the award bands read), and a date to a year and a day either side of it (the windows' edges).
 * </ul>
 * Not changed: {@code /size} and {@code /legalForm} (not given, the figures and an enterprise are read: the test's
 * documented defaults, so no other value is owed), rates other than those listed, identifiers, and a year's,
 * quarter's or month's number (they name the record). A changed firm the profile reader or a measure refuses (an
 * intangible formed after its tax year) is no completion, and the caller's to skip.
 */
final class EngineFactFlips {

  /** The flip check's setting: {@code huiqi.engineDrop.flip}, on ({@code true}) unless {@code false}. */
  private static final String SETTING = System.getProperty("huiqi.engineDrop.flip", "true");
  /** Whether the flip check runs. */
  static final boolean ON = !SETTING.equalsIgnoreCase("false");
  /** Whether the figures are changed too. */
  static final boolean NUMBERS = SETTING.equalsIgnoreCase("numbers");

  private static final List<String> REGIONS = List.of("440300", "440303", "440306", "440307", "310000", "310101",
      "310115", "110105");
  private static final Map<String, List<String>> ENUMS = Map.of(
      "entrustee", List.of("DOMESTIC", "OVERSEAS_ENTITY"),
      "debtorKind", List.of("GOVERNMENT_AGENCY", "PUBLIC_INSTITUTION", "LARGE_STATE_ENTERPRISE"),
      "utility", List.of("WATER", "ELECTRICITY", "GAS"),
      "kind", List.of("PENSION", "UNEMPLOYMENT", "WORK_INJURY"),
      "salesBasis", List.of("EXCLUDING_VAT", "INCLUDING_VAT"),
      "specialInvoiceRate", List.of("3%", "1%"),
      "rentDiscount", List.of("30%", "40%", "50%", "70%"),
      "industryCode", List.of("C3484", "C3976", "C2929", "I6513", "M7320", "F5191", "E4710"));
  private static final Set<String> RECORD_NAMES = Set.of("year", "quarter", "month");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private EngineFactFlips() {
  }

  /**
   * One changed firm.
   *
   * @param value  the value the fact was changed to, for the report
   * @param tree   the firm's profile with the fact changed (a copy; the original is not touched)
   */
  record Flip(String value, ObjectNode tree) {
  }

  /**
   * The firm with the fact at a path changed to each other value it could take (none for a fact not listed above).
   *
   * @param tree  the complete firm
   * @param path  a member's JSON pointer, as {@link FactDrops#members} lists them
   * @return the changed firms, in a fixed order
   */
  static List<Flip> of(JsonNode tree, String path) {
    JsonNode value = tree.at(path);
    int cut = path.lastIndexOf('/');
    String parentPath = path.substring(0, cut);
    String name = path.substring(cut + 1);
    List<JsonNode> others = new ArrayList<>();
    JsonNodeFactory scratch = JsonNodeFactory.instance;
    if (value.isBoolean()) {
      others.add(scratch.booleanNode(!value.asBoolean()));
    } else if (NUMBERS && value.isTextual() && DATE.matcher(value.asText()).matches()) {
      LocalDate date = LocalDate.parse(value.asText());
      for (LocalDate other : List.of(date.minusYears(1), date.minusDays(1), date.plusDays(1), date.plusYears(1))) {
        others.add(scratch.textNode(other.toString()));
      }
    } else if (value.isTextual()) {
      List<String> values = path.equals("/registrationRegionCode") ? REGIONS
          : path.startsWith("/insuranceDeferrals/") || !name.equals("kind") ? ENUMS.getOrDefault(name, List.of())
          : List.of();
      values.stream().filter(other -> !other.equals(value.asText())).forEach(o -> others.add(scratch.textNode(o)));
    } else if (NUMBERS && value.isIntegralNumber() && !RECORD_NAMES.contains(name)) {
      long count = value.asLong();
      for (long other : new LinkedHashSet<>(List.of(0L, count / 2, count - 1, count + 1, count * 2))) {
        if (other >= 0 && other != count) {
          others.add(scratch.numberNode(other));
        }
      }
    } else if (NUMBERS && value.isObject() && value.has("currency") && value.has("amount")) {
      BigDecimal amount = value.get("amount").decimalValue();
      Set<BigDecimal> amounts = new LinkedHashSet<>(List.of(BigDecimal.ZERO, amount.divide(BigDecimal.valueOf(2)),
          amount.multiply(BigDecimal.valueOf(2))));
      for (BigDecimal other : amounts) {
        if (other.compareTo(amount) != 0) {
          others.add(((ObjectNode) value.deepCopy()).put("amount", other));
        }
      }
    }
    List<Flip> flips = new ArrayList<>();
    for (JsonNode other : others) {
      ObjectNode changed = (ObjectNode) tree.deepCopy();
      ((ObjectNode) changed.at(parentPath)).set(name, other);
      flips.add(new Flip(other.toString(), changed));
    }
    return flips;
  }
}
