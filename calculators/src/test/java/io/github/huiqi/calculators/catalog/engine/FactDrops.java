package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What the fact-drop property tests share ({@link EntitlementFactDropPropertyTest},
 * {@link EntitlementFactPairDropPropertyTest}, {@code FinancingFactDropPropertyTest}): a profile's facts as JSON
 * Pointers, the profile without some of them, and whether the answer with less known allows the answer with more (a
 * decided verdict kept, every range containing the complete profile's).
 */
public final class FactDrops {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final MeasureId SIZE = new MeasureId("miit-2011-300.enterprise-size");
  /** The last segment of each year's tax fact read by a default ({@link #taxDefault}). */
  private static final List<String> TAX_DEFAULTS = List.of("/rdProjects", "/rdEntrustments", "/rdSpecialIncome",
      "/rdSoldProductMaterials", "/rdSoldProductMaterialsCarriedForward", "/grantFunded", "/amortisationStart",
      "/amortisationMonths", "/earlierCapitalisedCost", "/specialInvoiceSales", "/specialInvoiceRate",
      "/immovablePropertySales", "/immovablePropertyVat");

  private FactDrops() {
  }

  /**
   * Every object member's path, nested members and the members of objects in arrays included; a sum of money is one
   * fact (its amount and currency are not dropped apart from it).
   *
   * @param node  the profile's JSON, or a part of it
   * @param at  the part's pointer ("" for the profile)
   * @param paths  where the paths are added
   */
  public static void members(JsonNode node, String at, List<String> paths) {
    if (node.isObject() && !node.has("currency")) {
      node.fieldNames().forEachRemaining(name -> {
        paths.add(at + "/" + name);
        members(node.get(name), at + "/" + name, paths);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        members(node.get(i), at + "/" + i, paths);
      }
    }
  }

  /**
   * The profile without the members at the paths, or empty when the profile cannot do without them (it is refused).
   *
   * @param tree  the complete profile's JSON, left unchanged
   * @param paths  the members to drop
   * @return the profile read without them
   * @throws Exception if the JSON cannot be written
   */
  public static Optional<EnterpriseProfile> without(JsonNode tree, List<String> paths) throws Exception {
    JsonNode copy = tree.deepCopy();
    for (String path : paths) {
      int cut = path.lastIndexOf('/');
      ((ObjectNode) copy.at(path.substring(0, cut))).remove(path.substring(cut + 1));
    }
    try {
      return Optional.of(HuiqiJson.read(MAPPER.writeValueAsString(copy), EnterpriseProfile.class));
    } catch (HuiqiException refused) {
      return Optional.empty();
    }
  }

  /**
   * Whether the outcome with less known allows the one with more: a decided verdict kept, the range containing.
   *
   * @param open  the outcome without the facts
   * @param known  the outcome with them
   * @return whether it allows it
   */
  public static boolean allows(MeasureOutcome open, MeasureOutcome known) {
    if (open.verdict() != Verdict.UNDETERMINED && open.verdict() != known.verdict()) {
      return false;
    }
    return contains(open.amount(), known.amount());
  }

  /**
   * Whether an open range holds a known one: its least no more, its most no less (or unbounded).
   *
   * @param open  the range without the facts
   * @param known  the range with them
   * @return whether it holds it
   */
  public static boolean contains(OutcomeAmount open, OutcomeAmount known) {
    if (yuan(open.minimum()).compareTo(yuan(known.minimum())) > 0) {
      return false;
    }
    return open.maximum().isEmpty() || known.maximum().isPresent()
        && yuan(open.maximum().get()).compareTo(yuan(known.maximum().get())) >= 0;
  }

  /**
   * The first total without the facts that does not hold the complete profile's, in reach or by kind, if any. A kind
   * the open totals do not list has nothing in reach there: zero (a non-monetary outcome, 0.00, live with the facts
   * and ineligible without them, is listed in one and not the other).
   *
   * @param open  the totals without the facts
   * @param known  the totals with them
   * @return the contradiction, described
   */
  public static Optional<String> totalsAllow(EntitlementTotals open, EntitlementTotals known) {
    if (!contains(open.inReach(), known.inReach())) {
      return Optional.of("total in reach: with it " + known.inReach() + ", without it " + open.inReach());
    }
    for (Map.Entry<AmountKind, OutcomeAmount> kind : known.byKind().entrySet()) {
      OutcomeAmount without = open.byKind().getOrDefault(kind.getKey(), OutcomeAmount.ZERO);
      if (!contains(without, kind.getValue())) {
        return Optional.of(kind.getKey() + ": with it " + kind.getValue() + ", without it " + without);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a dropped fact is one every fact-drop test leaves out, being read by a documented default rather than as
   * unknown: {@code /legalForm} (an enterprise), {@code /size} (the stated size comes before the figures, and the size
   * standard's own outcome on a firm that states its size), {@code /loans/i/nonPerforming} (a performing loan), and
   * {@code /registrationRegionCode} for the national tax reliefs both documents restate (counted once, under the
   * firm's own region's restatement: decisions register §1.7).
   *
   * @param path  the dropped fact's pointer
   * @param known  the outcome with the fact
   * @param full  the complete profile
   * @return whether the pair is left out
   */
  public static boolean readByDefault(String path, MeasureOutcome known, EnterpriseProfile full) {
    return path.equals("/legalForm") || path.equals("/size") || path.endsWith("/nonPerforming")
        || path.equals("/registrationRegionCode") && restatedRelief(known.measure())
        || known.measure().equals(SIZE) && full.size().isPresent();
  }

  /**
   * Whether a measure is one of the national tax reliefs that 深工信〔2023〕26号 第1条 and 沪企服办〔2023〕1号 第二十二条
   * both restate (small-scale VAT, 小型微利企业, R&amp;D).
   *
   * @param id  the measure
   * @return whether it is such a relief
   */
  public static boolean restatedRelief(MeasureId id) {
    Measure measure = CATALOG.get(id).measure();
    return measure instanceof VatMeasure || measure instanceof SmallLowProfitMeasure || measure instanceof RdMeasure;
  }

  /**
   * Whether the path is a qualification's date: a held qualification whose grant or expiry date is not given is not
   * limited by it (decisions register §4.6 item 58), so dropping one may decide what the date ruled out.
   *
   * @param path  the dropped fact's pointer
   * @return whether it is such a date
   */
  public static boolean qualificationDate(String path) {
    return path.matches("/(techSme|specialisedAndInnovative|littleGiant|highTech)/(since|until)");
  }

  /**
   * Whether the path is a year's tax fact read by a default when not given, moving the national tax reliefs either
   * way when dropped: an R&amp;D refinement (none when absent, decisions register §4.5 item 34), a project's
   * grant-funded part, amortisation start and earlier capitalised cost, an intangible's or a project's amortisation
   * period (the measure's ten years), a VAT period's special-invoice and immovable-property facts (§4.6 item 57).
   *
   * @param path  the dropped fact's pointer
   * @return whether it is such a fact
   */
  public static boolean taxDefault(String path) {
    return path.startsWith("/years/") && TAX_DEFAULTS.contains(path.substring(path.lastIndexOf('/')));
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }
}
