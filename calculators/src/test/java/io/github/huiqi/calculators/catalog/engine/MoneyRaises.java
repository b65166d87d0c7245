package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The money facts of a profile that a measure pays a share of, each raised by a random amount
 * ({@link MoneyRaise}), for {@link EntitlementMonotonicityPropertyTest}. Each kind, with the clause that makes the
 * measure's amount grow with it:
 * <ul>
 *   <li>an interest payment's {@code interestPaid}: the tech-SME 贴息 (深工信〔2023〕26号 第13条, 2020 办法 第十四条: a
 *       ratio of the interest actually paid, within caps that only cut);</li>
 *   <li>a guarantee-fee payment's and an insurance premium's {@code amountPaid}: the same measure's 贴保 (50% of the
 *       fee or premium paid, within the yearly caps);</li>
 *   <li>a loan's {@code guarantee/feePaid}: the small/micro guarantee-fee subsidy (2021 reply letter, the 2017 guide:
 *       "实际发生的担保费 × 30%", at most 300,000 a year);</li>
 *   <li>a renovation interest payment's {@code interestPaid}: the renovation interest subsidy (小升规方案 第十条
 *       "按实际支付利息的50%，给予最高500万元的贴息资助");</li>
 *   <li>a renovation project's investment (eligible, total, fixed-asset and equipment alike, so the ratios the clause
 *       tests stay): the renovation grant (第十条 "不超过项目总投资额10-20%的资助，资助上限为5000万元");</li>
 *   <li>a lease's rent paid in a year: 龙岗区's rent support (2021 reply letter: "不超过上一年度场地租金支出50%、每年最高20万元");</li>
 *   <li>a training session's trainees and cost per trainee: the organiser's subsidy (专精特新 draft 第十四条 "按参与企业人次，
 *       给予每人每次最高2万元补贴");</li>
 *   <li>a utility bill's arrears: the late fees waived (深工信〔2023〕26号 第2条, arrears × daily rate × days);</li>
 *   <li>a social-insurance deferral's amount: the late fee waived (社会保险法 第八十六条, amount × 0.05% × days;
 *       深工信〔2023〕26号 第2条, 沪企服办〔2023〕1号 第二十条);</li>
 *   <li>a grant event's amount: the measures paying a share of it (沪企服办〔2023〕1号 第二条, 第三条, 第五条, 第八条, and
 *       the 专精特新 draft's 第十二条 platform fee, a share of the standard fee), which may only cross a named least base
 *       (第五条 "1000万元以上");</li>
 *   <li>a hire, copied as one more hire of the same facts: the one-off hiring subsidy (沪企服办〔2023〕1号 第十九条,
 *       2,000 per eligible hire);</li>
 *   <li>a year's expensed R&amp;D cost of one category: the R&amp;D super deduction's tax saved (深工信〔2023〕26号 第1条
 *       and 沪企服办〔2023〕1号 第二十二条: the extra rate on the base, the 10% cap on other costs growing with the
 *       five; the saving std(TI) − std(TI − E) grows with E). The 小型微利企业 relief, tested on the income after the
 *       deduction, may fall: it is the one measure excused from not falling, the report's total is not (the tax
 *       after both, 5% of the income within 3,000,000 and 25% above, falls as the income falls).</li>
 * </ul>
 * Left out, because a raise may lower an outcome by its clause: a year's taxable income (小型微利企业's 3,000,000
 * ceiling), its VAT sales (the small-scale exemption's threshold), revenue, employees and assets (size and 规上
 * tests), a loan's principal (the guarantee-fee subsidy's 3,000,000 ceiling on a loan), R&amp;D special income
 * and sold materials (taken out of the base), and a rate (the fee rate's 50% test).
 */
final class MoneyRaises {

  static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  static final String RENOVATION_INTEREST = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final Set<String> FEE = Set.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
  private static final Set<String> GRANT = Set.of("sz-gxj-2022-small-to-scale.technical-renovation-grant");
  private static final Set<String> RENT = Set.of("sz-gxj-2021-reply-20210370.longgang-rent-subsidy");
  private static final Set<String> TRAINING = Set.of("sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy");
  private static final Set<String> UTILITY = Set.of("sz-gxj-2023-26.utility-arrears-relief");
  private static final Set<String> INSURANCE = Set.of("sz-gxj-2023-26.insurance-late-fee-waiver",
      "sh-qfb-2023-1.insurance-late-fee-waiver");
  private static final Set<String> SHARES = Set.of("sh-qfb-2023-1.four-above-high-tech-reward",
      "sh-qfb-2023-1.achievement-transfer-uplift", "sh-qfb-2023-1.technical-renovation-support",
      "sh-qfb-2023-1.digital-service-contract-support", "sz-gxj-zjtx-32-draft.platform-service-fee");
  private static final Set<String> HIRING = Set.of("sh-qfb-2023-1.hiring-subsidy");
  private static final Set<String> RD = Set.of("sz-gxj-2023-26.rd-super-deduction", "sh-qfb-2023-1.rd-super-deduction");
  private static final Set<String> SMALL_LOW_PROFIT = Set.of("sz-gxj-2023-26.small-low-profit-enterprise",
      "sh-qfb-2023-1.small-low-profit-enterprise");
  private static final List<String> RD_COSTS = List.of("personnel", "directInputs", "depreciation",
      "newProductDesign", "otherRelated");

  private MoneyRaises() {
  }

  /**
   * Every money fact of the profile that a measure pays a share of, each raised once by a random amount.
   *
   * @param tree  the profile's JSON, left unchanged
   * @param random  the source of the amounts
   * @return the raises, in the order of the kinds above
   */
  static List<MoneyRaise> all(JsonNode tree, Random random) {
    List<MoneyRaise> raises = new ArrayList<>();
    Set<String> tech = Set.of(TECH_SME);
    each(tree, "/interestPayments", (at, item) -> raises.add(money(tree, at + "/interestPaid", "interest paid",
        random, tech, Set.of())));
    each(tree, "/guaranteeFeePayments", (at, item) -> raises.add(money(tree, at + "/amountPaid",
        "guarantee fee paid", random, tech, Set.of())));
    each(tree, "/insurancePremiumPayments", (at, item) -> raises.add(money(tree, at + "/amountPaid",
        "premium paid", random, tech, Set.of())));
    each(tree, "/loans", (at, item) -> {
      if (item.path("guarantee").path("feePaid").isObject()) {
        raises.add(money(tree, at + "/guarantee/feePaid", "loan's guarantee fee paid", random, FEE, Set.of()));
      }
    });
    each(tree, "/renovationProjects", (at, item) -> {
      each(tree, at + "/interestPayments", (pay, payment) -> raises.add(money(tree, pay + "/interestPaid",
          "renovation interest paid", random, Set.of(RENOVATION_INTEREST), Set.of())));
      if (item.path("eligibleInvestment").isObject()) {
        raises.add(investment(tree, at, random));
      }
    });
    each(tree, "/leases", (at, item) -> each(tree, at + "/rentPaid", (paid, payment) -> raises.add(money(tree,
        paid + "/amount", "rent paid", random, RENT, Set.of()))));
    each(tree, "/trainingSessions", (at, item) -> {
      raises.add(count(tree, at + "/trainees", random));
      raises.add(money(tree, at + "/costPerTrainee", "cost per trainee", random, TRAINING, Set.of()));
    });
    each(tree, "/utilityBills", (at, item) -> raises.add(money(tree, at + "/arrears", "utility arrears", random,
        UTILITY, Set.of())));
    each(tree, "/insuranceDeferrals", (at, item) -> raises.add(money(tree, at + "/deferredAmount",
        "insurance deferred", random, INSURANCE, Set.of())));
    each(tree, "/grantEvents", (at, item) -> {
      if (item.path("amount").isObject()) {
        raises.add(money(tree, at + "/amount", "grant event amount", random, SHARES, Set.of()));
      }
    });
    each(tree, "/hires", (at, item) -> raises.add(hireCopied(tree, at)));
    each(tree, "/years", (at, item) -> {
      for (String cost : RD_COSTS) {
        if (item.path("rdExpensedCosts").path(cost).isObject()) {
          raises.add(money(tree, at + "/rdExpensedCosts/" + cost, "rd cost " + cost, random, RD, SMALL_LOW_PROFIT));
        }
      }
    });
    raises.removeIf(raise -> raise == null);
    return raises;
  }

  /** Runs the action on each item of the array at the pointer, if there is one. */
  private static void each(JsonNode tree, String pointer, ItemAction action) {
    JsonNode array = tree.at(pointer);
    for (int i = 0; i < array.size(); i++) {
      action.on(pointer + "/" + i, array.get(i));
    }
  }

  /** An action on an item of a list, given its pointer. */
  private interface ItemAction {
    void on(String pointer, JsonNode item);
  }

  /** The money at the pointer (an object with {@code amount}) raised by a random amount, at least a fen. */
  private static MoneyRaise money(JsonNode tree, String pointer, String kind, Random random, Set<String> payers,
      Set<String> mayFall) {
    JsonNode money = tree.at(pointer);
    if (!money.path("amount").isValueNode()) {
      return null;
    }
    BigDecimal old = new BigDecimal(money.path("amount").asText());
    BigDecimal raised = old.add(step(old, random));
    JsonNode copy = tree.deepCopy();
    ((ObjectNode) copy.at(pointer)).put("amount", raised);
    return new MoneyRaise(kind, pointer, old.toPlainString() + " → " + raised.toPlainString(), copy, payers,
        mayFall);
  }

  /** A random raise in fen: a fen, a share of the old amount up to three times it, or up to 1,000,000. */
  private static BigDecimal step(BigDecimal old, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> new BigDecimal("0.01");
      case 1 -> BigDecimal.valueOf(1 + random.nextInt(1_000_000_00), 2);
      default -> old.multiply(BigDecimal.valueOf(1 + random.nextInt(300), 2)).setScale(2, RoundingMode.HALF_UP)
          .max(new BigDecimal("0.01"));
    };
  }

  /** A training session's trainees, one to thirty more. */
  private static MoneyRaise count(JsonNode tree, String pointer, Random random) {
    JsonNode value = tree.at(pointer);
    if (!value.isIntegralNumber()) {
      return null;
    }
    int raised = value.asInt() + 1 + random.nextInt(30);
    JsonNode copy = tree.deepCopy();
    int cut = pointer.lastIndexOf('/');
    ((ObjectNode) copy.at(pointer.substring(0, cut))).put(pointer.substring(cut + 1), raised);
    return new MoneyRaise("trainees", pointer, value.asInt() + " → " + raised, copy, TRAINING, Set.of());
  }

  /** A renovation project's four investment figures, each times the same whole percentage above 100. */
  private static MoneyRaise investment(JsonNode tree, String pointer, Random random) {
    int percent = 101 + random.nextInt(300);
    JsonNode copy = tree.deepCopy();
    ObjectNode project = (ObjectNode) copy.at(pointer);
    String shown = "";
    for (String member : List.of("eligibleInvestment", "totalInvestment", "fixedAssetInvestment",
        "equipmentInvestment")) {
      if (project.path(member).path("amount").isValueNode()) {
        BigDecimal old = new BigDecimal(project.path(member).path("amount").asText());
        BigDecimal raised = old.multiply(BigDecimal.valueOf(percent, 2)).setScale(2, RoundingMode.HALF_UP);
        ((ObjectNode) project.get(member)).put("amount", raised);
        shown = shown.isEmpty() ? old.toPlainString() + " → " + raised.toPlainString() : shown;
      }
    }
    return new MoneyRaise("renovation investment", pointer, shown + " (× " + percent + "%)", copy, GRANT,
        Set.of());
  }

  /** The hire at the pointer copied as one more hire (its id suffixed), the facts alike. */
  private static MoneyRaise hireCopied(JsonNode tree, String pointer) {
    JsonNode copy = tree.deepCopy();
    ObjectNode hire = (ObjectNode) copy.at(pointer).deepCopy();
    hire.put("hireId", hire.path("hireId").asText() + "-copy");
    ((ArrayNode) copy.at("/hires")).add(hire);
    return new MoneyRaise("hire copied", pointer, "one more hire", copy, HIRING, Set.of());
  }
}
