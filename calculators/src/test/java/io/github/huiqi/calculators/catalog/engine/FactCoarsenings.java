package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.enterprise.RegionCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The coarser forms of a firm's facts that the profile lets be given, for {@link EntitlementCoarseningPropertyTest}:
 * <ul>
 *   <li>a place code ({@code /registrationRegionCode}, a loan's {@code lenderRegionCode}), GB/T 2260: a county-level
 *       code ({@code 440306} 宝安区) as its city ({@code 440300} 深圳市; {@code 310100} 上海市市辖区 for a Shanghai
 *       district) and its province ({@code 440000} 广东省, {@code 310000} 上海市), a city's code as its province's,
 *       each only where the wider code is one of the list ({@link RegionCodes#isKnown}); and a place the firm gives
 *       at a city's or a province's level (the hunt populations' lenders, {@code 440300} and {@code 310000}) as it
 *       stands, against the firm with a district in its place ({@link #FINER}: 宝安区 {@code 440306}, 浦东新区
 *       {@code 310115}), so that a coarse code the populations draw is compared with a finer one too;</li>
 *   <li>the industry ({@code /industryCode}, GB/T 4754-2017 "a section letter with 0, 2, 3 or 4 digits",
 *       EnterpriseProfile#industryCode): a class {@code C3484} as its group {@code C348}, its division {@code C34}
 *       and its section {@code C}, a group or a division likewise; and the firm with another industry of
 *       {@link #VARIANTS} in place of its own ({@link #industryVariants}) against that industry's coarser forms.</li>
 * </ul>
 * Not coarsened: the size class against the figures that decide it (the stated size is read before the figures: a
 * different fact, not a coarser one), and every other fact (the schema gives no other at a coarser grain).
 */
final class FactCoarsenings {

  /**
   * Industries the populations do not draw, whose coarser forms straddle what the measures read: on the R&amp;D
   * negative list by division only (烟草 C16, 娱乐业 R90, so {@code C} and {@code R} may or may not be on it), on it
   * by section (H, K, L), the size standard's groups within one section (G59's 装卸搬运 and 仓储, K70's 房地产开发经营
   * and 物业管理, H's 住宿 and 餐饮, I's 信息传输 and 软件, Q's 卫生 outside the standard and 社会工作 in it), 工业
   * (B, C, D) and not, and finance (J, outside the standard).
   */
  static final List<String> VARIANTS = List.of("C1610", "R9011", "R8610", "K7010", "K7020", "G5910", "G5920",
      "H6110", "H6210", "I6311", "I6510", "Q8411", "Q8510", "L7211", "B0610", "D4411", "A0111", "G6010", "F5211",
      "N7711", "O8010", "J6610");

  /** A district within a city- or province-level code the populations draw, for the firm refined. */
  static final Map<String, String> FINER = Map.of("440300", "440306", "440000", "440307", "310000", "310115",
      "310100", "310115");

  private FactCoarsenings() {
  }

  /**
   * One coarser form of one fact.
   *
   * @param path  the fact's JSON Pointer
   * @param fine  the finer value
   * @param coarse  the coarser value
   * @param fineTree  the firm's profile with the finer value: the firm itself, or the firm refined
   * @param tree  the firm's profile with the coarser value: a copy, or the firm itself when it is refined
   * @param refined  whether the fine firm is the firm refined ({@link #FINER}), not the firm itself
   */
  record Coarsening(String path, String fine, String coarse, JsonNode fineTree, JsonNode tree, boolean refined) {

    /** The path with a list's indices as {@code i}, to group what a hunt finds. */
    String kind() {
      String grain = path.endsWith("industryCode")
          ? coarse.length() == 1 ? "section" : coarse.length() == 3 ? "division" : "group"
          : coarse.endsWith("0000") ? "province" : "city";
      return path.replaceAll("/\\d+", "/i") + (refined ? " refined, given as " : " to ") + grain;
    }
  }

  /**
   * Each coarser form of each coarsenable fact of a firm, in a fixed order.
   *
   * @param tree  the firm's profile
   * @return the coarsened firms
   */
  static List<Coarsening> of(JsonNode tree) {
    List<Coarsening> all = new ArrayList<>();
    add(all, tree, "/registrationRegionCode", places(tree.path("registrationRegionCode").asText("")));
    refine(all, tree, "/registrationRegionCode");
    add(all, tree, "/industryCode", industries(tree.path("industryCode").asText("")));
    JsonNode loans = tree.path("loans");
    for (int i = 0; i < loans.size(); i++) {
      String lender = "/loans/" + i + "/lenderRegionCode";
      add(all, tree, lender, places(loans.get(i).path("lenderRegionCode").asText("")));
      refine(all, tree, lender);
    }
    return all;
  }

  /**
   * The firm with its industry in place of its own, against each coarser form of that industry: {@code count} codes
   * of {@link #VARIANTS} other than the firm's, drawn at random.
   *
   * @param tree  the firm's profile
   * @param random  the draw
   * @param count  how many industries
   * @return the coarsened firms, each refined
   */
  static List<Coarsening> industryVariants(JsonNode tree, Random random, int count) {
    List<String> codes = new ArrayList<>(VARIANTS);
    codes.remove(tree.path("industryCode").asText(""));
    Collections.shuffle(codes, random);
    List<Coarsening> all = new ArrayList<>();
    for (String code : codes.subList(0, Math.min(count, codes.size()))) {
      ObjectNode fineTree = with(tree, "/industryCode", code);
      for (String coarse : industries(code)) {
        all.add(new Coarsening("/industryCode", code, coarse, fineTree, with(tree, "/industryCode", coarse), true));
      }
    }
    return all;
  }

  /** The wider areas that hold a place: its city (a county-level code), its province; known codes only. */
  static List<String> places(String code) {
    List<String> wider = new ArrayList<>();
    if (code.length() != 6 || code.endsWith("0000")) {
      return wider;
    }
    if (!code.endsWith("00")) {
      String city = code.substring(0, 4) + "00";
      if (RegionCodes.isKnown(city)) {
        wider.add(city);
      }
    }
    String province = code.substring(0, 2) + "0000";
    if (RegionCodes.isKnown(province)) {
      wider.add(province);
    }
    return wider;
  }

  /** The coarser codes of an industry: its group, division and section, as far as the code is finer. */
  static List<String> industries(String code) {
    List<String> coarser = new ArrayList<>();
    for (int length = code.length() - 1; length >= 1; length--) {
      if (length != 2) {
        coarser.add(code.substring(0, length));
      }
    }
    return coarser;
  }

  private static void add(List<Coarsening> all, JsonNode tree, String path, List<String> coarser) {
    if (coarser.isEmpty()) {
      return;
    }
    String fine = tree.at(path).asText();
    for (String coarse : coarser) {
      all.add(new Coarsening(path, fine, coarse, tree, with(tree, path, coarse), false));
    }
  }

  /** The firm's place given at a city's or province's level, against the firm with a district in its place. */
  private static void refine(List<Coarsening> all, JsonNode tree, String path) {
    String coarse = tree.at(path).asText("");
    String finer = FINER.get(coarse);
    if (finer != null) {
      all.add(new Coarsening(path, finer, coarse, with(tree, path, finer), tree, true));
    }
  }

  private static ObjectNode with(JsonNode tree, String path, String value) {
    int cut = path.lastIndexOf('/');
    ObjectNode changed = tree.deepCopy();
    ((ObjectNode) changed.at(path.substring(0, cut))).put(path.substring(cut + 1), value);
    return changed;
  }
}
