package io.github.huiqi.calculators.financing.stacking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The other values a dropped fact could take, for the flip check of {@code FinancingFactDropPropertyTest} (on
 * unless {@code -Dhuiqi.factDrop.flip=false}): a fact not given must leave every outcome open to each value it could
 * have, not only to the one the firm was drawn with. For a fact at a path this gives the firm with that fact changed:
 * <ul>
 *   <li>a yes/no fact, to its opposite;
 *   <li>a loan's {@code riskPoolCategory} (风险补偿资金池), to each other category of {@code RiskPoolLoanCategory};
 *   <li>a renovation interest payment's {@code kind} (小升规方案 第十条), to the other kind of financing;
 *   <li>a loan's {@code lenderRegionCode} and the firm's {@code registrationRegionCode}, to each other code the
 *       generators draw (深圳 440300, 宝安 440306, 龙华 440307, 上海 310000, 浦东 310115).
 * </ul>
 * Not changed: {@code /size} and {@code /legalForm} (not given, the figures and an enterprise are read: the test's
 * documented defaults, so no other value is owed), a loan's {@code interestSubsidyClaimedFirst} (not given, no claim
 * is recorded: register §4.6 item 72, a value of its own rather than an unknown), dates and amounts (numbers are
 * {@code FinancingFactDropPropertyTest}'s and {@code StackingJointLeastPropertyTest}'s work). A change the generators
 * would never draw is left out: a guarantee by a policy fund that is not a government guarantor (the evaluators read
 * the one from the other), so {@code policyFund} is not set while {@code governmentGuarantor} is false, nor the
 * reverse. A changed firm the profile reader refuses is the caller's to skip.
 */
final class FinancingFactFlips {

  /** Whether the flip check runs: on unless {@code -Dhuiqi.factDrop.flip=false}. */
  static final boolean ON = !"false".equalsIgnoreCase(System.getProperty("huiqi.factDrop.flip", "true"));

  private static final List<String> RISK_POOL_CATEGORIES = List.of("GENERAL", "FIRST_LOAN", "CREDIT",
      "TECH_ENTERPRISE", "INTELLECTUAL_PROPERTY", "GREEN", "INDIVIDUAL_BUSINESS", "SMALL_MICRO_BUSINESS_OWNER");
  private static final List<String> FINANCING_KINDS = List.of("BANK_FIXED_ASSET_LOAN", "EQUIPMENT_FINANCE_LEASE");
  private static final List<String> REGIONS = List.of("440300", "440306", "440307", "310000", "310115");

  private FinancingFactFlips() {
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
   * @param path  a member's JSON pointer, as {@code FactDrops.members} lists them
   * @return the changed firms, in a fixed order
   */
  static List<Flip> of(ObjectNode tree, String path) {
    JsonNode value = tree.at(path);
    int cut = path.lastIndexOf('/');
    String parentPath = path.substring(0, cut);
    String name = path.substring(cut + 1);
    List<String> others = new ArrayList<>();
    if (value.isBoolean()) {
      if (!inconsistent(tree.at(parentPath), name, !value.asBoolean())) {
        others.add(String.valueOf(!value.asBoolean()));
      }
    } else if (value.isTextual()) {
      List<String> values = name.equals("riskPoolCategory") ? RISK_POOL_CATEGORIES
          : name.equals("kind") && path.startsWith("/renovationProjects/") ? FINANCING_KINDS
          : name.equals("lenderRegionCode") || path.equals("/registrationRegionCode") ? REGIONS : List.of();
      values.stream().filter(other -> !other.equals(value.asText())).forEach(others::add);
    }
    List<Flip> flips = new ArrayList<>();
    for (String other : others) {
      ObjectNode changed = tree.deepCopy();
      ObjectNode parent = (ObjectNode) changed.at(parentPath);
      if (value.isBoolean()) {
        parent.put(name, Boolean.parseBoolean(other));
      } else {
        parent.put(name, other);
      }
      flips.add(new Flip(other, changed));
    }
    return flips;
  }

  /** A policy fund that is not a government guarantor: a guarantee the generators never draw. */
  private static boolean inconsistent(JsonNode parent, String name, boolean flipped) {
    return name.equals("policyFund") && flipped && !parent.path("governmentGuarantor").asBoolean(true)
        || name.equals("governmentGuarantor") && !flipped && parent.path("policyFund").asBoolean(false);
  }
}
