package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.HuntSeeds;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.FactDrops;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the engine says with less known never contradicts what it says with more, over firms rich in the facts the
 * financing measures read: the first-loan subsidies (深工信〔2023〕26号 第5条; 沪企服办〔2023〕1号 第十五条), the tech-SME
 * 贴息贴保 (第13条) and the stacking between them, the guarantee-fee measures, the risk pool, the renovation grant and
 * interest subsidy, and the deferral. Each firm of 深圳 (and sometimes 上海) has every fact given: one to three loans
 * drawn inside and outside the first-loan window (2023-01-01..2023-03-31), principals from 100,000 to 20,000,000 (so
 * the first-loan cap of 200,000 sometimes binds), each loan's flags and guarantee, interest accrued in 2022 and 2023,
 * guarantee-fee and insurance-premium payments, the 科技型中小企业 enrolment, what the programme already paid, and
 * sometimes renovation projects and a non-performing loan.
 * <p>
 * Each fact of the profile's JSON is dropped in turn, and random pairs of facts are dropped together; for every
 * measure the outcome without them must allow the outcome with them — a verdict it decides is the same, and its
 * amount's range contains the complete profile's — and so must the report's totals (in reach and by kind), and every
 * joint limit of the open profile must hold the complete profile's total of its members.
 * <p>
 * Left out, as in {@code EntitlementFactDropPropertyTest}, for facts the library reads by a documented default rather
 * than as unknown: {@code /legalForm} (an enterprise), {@code /size} (the stated size before the figures),
 * {@code /loans/i/nonPerforming} (absent is performing), {@code /registrationRegionCode} for the national tax
 * reliefs both documents restate (decisions register §1.7), and a qualification's {@code since} and {@code until} (not
 * given, they do not limit it: §4.6 item 58); and, for these families, {@code /loans/i/guarantee/feeRate}
 * for the guarantee-fee reduction (without the rate charged the measure's maximum reduction of 40% is the saving:
 * register §1.2 card 000-6) and {@code /renovationProjects/i/interestPayments} (absent for none: the profile schema).
 * A profile's {@code policyFund} guarantee is a government guarantor's (the evaluators read one from the other), so
 * the generator never gives a policy fund with {@code governmentGuarantor} false.
 * <p>
 * Known and left (see {@link #knownCase}): the first-loan subsidy while {@code /interestPayments} is not given, the
 * first-loan and tech-SME subsidies while {@code /loans}, {@code /renovationProjects} or a renovation payment's
 * {@code loanId} is not given, and the renovation interest subsidy while {@code /loans}, {@code /interestPayments} or
 * a renovation payment's {@code loanId} is not given: each least keeps a loan another subsidy takes once the fact is
 * known. A totals check is skipped with an outcome so left out.
 * <p>
 * It found: the tech-SME subsidy with its caps spent and a payment list not given, ineligible though a payment of
 * that list made it eligible at 0.00 (register §4.6 item 53), and the tech-SME subsidy of a firm whose region is not
 * given with a loan subsidised elsewhere, exact though a firm outside 深圳 gets nothing; and the first-loan and tech-SME
 * subsidies' joint limit on a loan the renovation interest subsidy takes (register §4.6 item 54). Its flip check,
 * biased, found the tech-SME subsidy's most below a completion's while a loan's other-subsidy flag was not given
 * (seed 4 firm 45 under LARGER: 5,102.00 – 10,383.52 against 14,949.43 with the flag true; register §4.6 item 144);
 * its least, the open stacking's 5,102.00, is now the lesser completion's 10,383.52 (item 146).
 * <p>
 * Two system properties widen a run without changing the committed one: {@code huiqi.factDrop.seeds}, a
 * comma-separated list of seeds in place of the three below, and {@code huiqi.factDrop.firms}, the firms per seed in
 * place of 14 (for instance {@code -Dhuiqi.factDrop.seeds=1,2,3,4,5 -Dhuiqi.factDrop.firms=100}, which Maven passes
 * to the test JVM). Neither set, the test runs as committed. A third, {@code -Dhuiqi.factDrop.biased=true}, draws the
 * firms of {@link FinancingHuntFirms} instead (caps nearly spent, dated enrolments, several large loans, renovation
 * payments naming loans), each at two more dates (2023-12-31, 2024-01-16) and every other firm under the interest
 * precedence LARGER: the hunt the register's items 100–116 were found by. It is not run by CI; a run that finds
 * nothing (e.g. {@code -Dhuiqi.factDrop.seeds=1,2,3 -Dhuiqi.factDrop.firms=300}) is the evidence for a stacking
 * change.
 * <p>
 * The flip check runs too (off with a fourth property, {@code -Dhuiqi.factDrop.flip=false}): for each fact dropped
 * alone that {@link FinancingFactFlips} can change (a yes/no fact, a loan's risk-pool category, a renovation
 * payment's kind of financing, a region code), the firm with that fact changed to each other value is evaluated too,
 * and the outcome without the fact must allow its outcome as well, under the same excusals (read against the changed
 * firm): a fact not given must leave room for every value it could take, not only the one drawn. It draws no more
 * random numbers, so a seed and an index name the same firm with it or without it. It adds about 3 s to the
 * committed run (9 s to 12 s, measured 2026-12-06 on the 2-core build machine). A hunt with it, after
 * {@code mvn -B -ntp -q -o install -DskipTests}: {@code mvn -B -ntp -q -o surefire:test -pl calculators
 * -Dtest=FinancingFactDropPropertyTest -Dhuiqi.factDrop.biased=true -Dhuiqi.factDrop.seeds=30,31
 * -Dhuiqi.factDrop.firms=100}.
 */
class FinancingFactDropPropertyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final List<String> TOTAL_DEFAULTS = List.of("/legalForm", "/size");
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION_INTEREST =
      "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final boolean BIASED = Boolean.getBoolean("huiqi.factDrop.biased");
  private static final List<LocalDate> DATES = BIASED
      ? List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 10, 31), LocalDate.of(2024, 3, 15),
          LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 16))
      : List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 10, 31), LocalDate.of(2024, 3, 15));
  private static final EngineOptions LARGER =
      EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER);
  private static final int FIRMS = Integer.getInteger("huiqi.factDrop.firms", 14);
  private static final int PAIRS_PER_FIRM_AND_DATE = 10;

  /** The seeds: {@code huiqi.factDrop.seeds} when set (comma-separated), else the committed three. */
  static LongStream seeds() {
    return HuntSeeds.of("huiqi.factDrop.seeds", 20261205L, 3L, 77L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void test_droppingFactsAndPairs_neverContradictsTheCompleteAnswer(long seed) throws Exception {
    Random random = new Random(seed);
    int singles = 0;
    int pairs = 0;
    int flips = 0;
    List<String> contradictions = new ArrayList<>();
    for (int index = 0; index < FIRMS; index++) {
      ObjectNode tree = BIASED ? FinancingHuntFirms.biased(random) : firm(random);
      EnterpriseProfile full = HuiqiJson.read(MAPPER.writeValueAsString(tree), EnterpriseProfile.class);
      EngineOptions options = BIASED && index % 2 == 1 ? LARGER : EngineOptions.DEFAULTS;
      List<String> paths = new ArrayList<>();
      FactDrops.members(tree, "", paths);
      List<String> droppable = new ArrayList<>();
      for (LocalDate asOf : DATES) {
        EntitlementReport complete = evaluate(full, asOf, options);
        String label = "seed " + seed + ", firm " + index + ", " + asOf + ", " + options.interestSubsidyPrecedence();
        for (String path : paths) {
          Optional<EnterpriseProfile> dropped = FactDrops.without(tree, List.of(path));
          if (dropped.isPresent()) {
            singles++;
            if (asOf.equals(DATES.get(0))) {
              droppable.add(path);
            }
            EntitlementReport open = evaluate(dropped.get(), asOf, options);
            compare(label, List.of(path), full, complete, open, contradictions);
            if (FinancingFactFlips.ON) {
              flips += flip(label, tree, path, asOf, options, open, contradictions);
            }
          }
        }
        for (int p = 0; p < PAIRS_PER_FIRM_AND_DATE; p++) {
          String first = droppable.get(random.nextInt(droppable.size()));
          String second = droppable.get(random.nextInt(droppable.size()));
          if ((first + "/").startsWith(second + "/") || (second + "/").startsWith(first + "/")) {
            continue;
          }
          Optional<EnterpriseProfile> dropped = FactDrops.without(tree, List.of(first, second));
          if (dropped.isPresent()) {
            pairs++;
            compare(label, List.of(first, second), full, complete, evaluate(dropped.get(), asOf, options),
                contradictions);
          }
        }
      }
    }
    assertThat(contradictions).as("seed %d", seed).isEmpty();
    assertThat(singles).as("single drops evaluated").isGreaterThan(1000);
    assertThat(pairs).as("pair drops evaluated").isGreaterThan(200);
    assertThat(flips).as("flipped firms evaluated").isGreaterThan(FinancingFactFlips.ON ? 500 : -1);
  }

  /**
   * The flip check ({@link FinancingFactFlips}): the outcome without a fact must allow the outcome of the firm with
   * that fact changed to each other value it could take, excused as the drop itself is (the changed firm's facts).
   *
   * @return the changed firms evaluated (a firm the profile reader refuses is skipped)
   */
  private static int flip(String label, ObjectNode tree, String path, LocalDate asOf, EngineOptions options,
      EntitlementReport open, List<String> contradictions) throws Exception {
    int evaluated = 0;
    for (FinancingFactFlips.Flip flip : FinancingFactFlips.of(tree, path)) {
      EnterpriseProfile changed;
      try {
        changed = HuiqiJson.read(MAPPER.writeValueAsString(flip.tree()), EnterpriseProfile.class);
      } catch (RuntimeException refused) {
        continue;
      }
      evaluated++;
      compare(label + ", " + path + " flipped to " + flip.value(), List.of(path), changed,
          evaluate(changed, asOf, options), open, contradictions);
    }
    return evaluated;
  }

  private static EntitlementReport evaluate(EnterpriseProfile profile, LocalDate asOf, EngineOptions options) {
    return options.equals(EngineOptions.DEFAULTS) ? ENGINE.evaluate(profile, asOf)
        : ENGINE.evaluate(EntitlementRequest.of(profile, asOf).withOptions(options));
  }

  /**
   * The facts the firms give that the engine reads by a documented default when absent: a qualification's date (not
   * given, it does not limit the qualification: register §4.6 item 58, as the engine's fact-drop tests leave it out)
   * and a loan's recorded claim (not given, none is recorded: item 72; only the hunt's firms record one). Until
   * 2026-12-06 the dates were left out for the hunt's firms alone, the committed firms' enrolment dates missing no
   * claim on the committed seeds; on others they do (seeds 101–103 × 300 firms: six firms whose 科技型中小企业
   * enrolment starts after a fee paid, the tech-SME subsidy ineligible with the date and eligible without it).
   */
  private static boolean qualificationOrClaimDefault(String path) {
    return FactDrops.qualificationDate(path) || path.endsWith("/interestSubsidyClaimedFirst");
  }

  /**
   * Compares the open report with the complete one: each outcome, then (unless an outcome was left out) the totals and
   * the open report's joint limits (rare here: the first-loan and tech-SME subsidies on an open loan where no cap can
   * bind; {@code StackingJointLeastPropertyTest} checks them over every completion).
   */
  private static void compare(String label, List<String> dropped, EnterpriseProfile full, EntitlementReport complete,
      EntitlementReport partial, List<String> contradictions) {
    String where = label + ", drop " + dropped + ", ";
    // an outcome a documented default or a known case leaves out changes the totals too: they are then not checked
    boolean totalExcused = dropped.stream().anyMatch(path -> TOTAL_DEFAULTS.contains(path)
        || path.endsWith("/nonPerforming") || qualificationOrClaimDefault(path));
    for (MeasureOutcome known : complete.outcomes()) {
      MeasureOutcome open = partial.outcome(known.measure()).orElseThrow();
      if (FactDrops.allows(open, known)) {
        continue;
      }
      boolean excused = dropped.stream().anyMatch(path -> documentedDefault(path, known, full)
          || knownCase(path, known, full) || qualificationOrClaimDefault(path));
      if (excused) {
        totalExcused = true;
      } else {
        contradictions.add(where + known.measure() + ": with it " + known.verdict() + " " + known.amount()
            + ", without it " + open.verdict() + " " + open.amount());
      }
    }
    if (totalExcused) {
      return;
    }
    FactDrops.totalsAllow(partial.totals(), complete.totals()).ifPresent(total -> contradictions.add(where + total));
    for (JointLimit limit : partial.jointLimits()) {
      OutcomeAmount pair = pairTotal(complete, limit.measures());
      boolean within = yuan(pair.minimum()).compareTo(yuan(limit.minimum())) >= 0 && pair.maximum().isPresent()
          && yuan(pair.maximum().get()).compareTo(yuan(limit.maximum())) <= 0;
      if (!within) {
        contradictions.add(where + "joint limit " + limit.measures() + " [" + limit.minimum() + ", "
            + limit.maximum() + "], with it " + pair);
      }
    }
  }

  /**
   * The contradictions found and left, each too deep for this change (described in the QA report): an outcome of the
   * first-loan or tech-SME subsidy that the stacking cannot bound while a list it reads is not given.
   */
  static boolean knownCase(String path, MeasureOutcome known, EnterpriseProfile full) {
    String measure = known.measure().value();
    boolean pair = measure.equals(FIRST_LOAN) || measure.equals(TECH_SME);
    // known: the interest payments not given, the stacking does not run and the first-loan subsidy keeps a loan the
    // tech-SME subsidy takes as the larger once the interest is known (its least should be 0; kept on purpose,
    // decisions register §4.6 item 74)
    if (path.equals("/interestPayments") && measure.equals(FIRST_LOAN)) {
      return true;
    }
    // known: the loans not given, the tech-SME subsidy's least keeps the interest on a payment accruing from before
    // the first-loan window, or on any payment when the firm cannot claim the first-loan subsidy, though the loan may
    // be subsidised under another municipal scheme (it then takes neither subsidy, as the complete firm's least with
    // the flag true, or not given, leaves it out). Leaving that interest out closes every contradiction of the hunt
    // but moves the conformance pack's vectors tech-sme/interest-2023-at-80-percent, .../first-time-borrower-2022-
    // interest-at-70-percent and .../yearly-cap-after-the-fee-cap (their loans not given): kept on purpose, a
    // documented default (decisions register §4.6 item 127).
    // The first-loan outcome was excused here too; the hunt finds nothing on it (2026-12-07: default run, and seeds
    // 7-11 and 31 × 100 firms biased)
    if (path.equals("/loans") && measure.equals(TECH_SME)) {
      return true;
    }
    // known: the renovation interest subsidy against the first-loan and tech-SME subsidies on a loan, while what
    // ties them (the loans, the interest paid, the loan a renovation payment names) is not given: the renovation
    // subsidy keeps a loan the others take as the larger once the fact is known
    if (measure.equals(RENOVATION_INTEREST) && (path.equals("/loans") || path.equals("/interestPayments")
        || path.matches("/renovationProjects/\\d+/interestPayments/\\d+/loanId"))) {
      return true;
    }
    // known: the renovation projects, or the loan a renovation interest payment names, not given, the renovation
    // stacking is not made (renovation-loan-not-checked) and the first-loan and tech-SME subsidies keep a loan the
    // renovation interest subsidy takes as the larger once the link is known
    boolean renovationLink = path.equals("/renovationProjects")
        || path.matches("/renovationProjects/\\d+/interestPayments/\\d+/loanId");
    return renovationLink && pair && full.renovationProjects().orElse(List.of()).stream()
        .anyMatch(project -> project.interestPayments().stream().anyMatch(p -> p.loanId().isPresent()));
  }

  /** The complete report's total of the members: its own joint limit over them, else the sum of their ranges. */
  private static OutcomeAmount pairTotal(EntitlementReport complete, List<MeasureId> measures) {
    for (JointLimit limit : complete.jointLimits()) {
      if (limit.measures().equals(measures)) {
        return OutcomeAmount.between(limit.minimum(), limit.maximum());
      }
    }
    OutcomeAmount sum = null;
    for (MeasureId member : measures) {
      OutcomeAmount amount = complete.outcome(member).orElseThrow().amount();
      sum = sum == null ? amount : sum.plus(amount);
    }
    return sum;
  }

  static boolean documentedDefault(String path, MeasureOutcome known, EnterpriseProfile full) {
    Measure measure = CATALOG.get(known.measure()).measure();
    return FactDrops.readByDefault(path, known, full)
        // the rate the guarantor charges not given, the measure's maximum reduction (40%) is the saving: register
        // §1.2 card 000-6 ("without it the measure's maximum is used")
        || path.matches("/loans/\\d+/guarantee/feeRate") && measure instanceof GuaranteeFeeReductionMeasure
        // a project's interest payments not given are none (the profile schema: "absent for none")
        || path.matches("/renovationProjects/\\d+/interestPayments")
        // the 专精特新 draft's cap: a loan's contract date not given is its drawdown date (register §4.3 item 20), on
        // which the recognition is tested too; a recognition's dates not given do not limit it (Qualification)
        || measure instanceof GuaranteeFeeBenchmarkCapMeasure && (path.matches("/loans/\\d+/contractDate")
            || path.equals("/specialisedAndInnovative/since") || path.equals("/littleGiant/since"));
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  // ---- the generator ----

  private static ObjectNode money(long yuan) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("amount", yuan);
    node.put("currency", "CNY");
    return node;
  }

  private static ObjectNode qualification(Random random, boolean held) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("held", held);
    if (held) {
      node.put("since", LocalDate.of(2021, 1, 1).plusDays(random.nextInt(800)).toString());
    }
    return node;
  }

  private static LocalDate day(Random random, LocalDate from, int days) {
    return from.plusDays(random.nextInt(days));
  }

  /** A firm of 深圳 (宝安, 龙岗) or, one time in five, 上海 (浦东), every fact given. */
  static ObjectNode firm(Random random) {
    ObjectNode firm = MAPPER.createObjectNode();
    boolean shanghai = random.nextInt(5) == 0;
    firm.put("registrationRegionCode", shanghai ? "310115" : random.nextInt(4) == 0 ? "440307" : "440306");
    firm.put("legalForm", "ENTERPRISE");
    firm.put("independentLegalPerson", random.nextInt(8) != 0);
    firm.put("registrationDate", LocalDate.of(2015, 1, 1).plusDays(random.nextInt(2500)).toString());
    firm.put("industryCode", "C3484");
    firm.put("restrictedOrProhibitedIndustry", false);
    // size consistent with the year's figures (工信部联企业〔2011〕300号, industry): micro < 20 employees or < 3,000,000
    int sizeChoice = random.nextInt(3);
    String size = sizeChoice == 0 ? "MICRO" : sizeChoice == 1 ? "SMALL" : "MEDIUM";
    int employees = sizeChoice == 0 ? 5 + random.nextInt(14) : sizeChoice == 1 ? 30 + random.nextInt(250)
        : 320 + random.nextInt(600);
    long revenue = sizeChoice == 0 ? 500_000L + random.nextInt(2_000_000) : sizeChoice == 1
        ? 4_000_000L + random.nextInt(15_000_000) : 30_000_000L + random.nextInt(300_000_000);
    firm.put("size", size);
    firm.put("smallScaleTaxpayer", false);
    firm.set("techSme", qualification(random, random.nextInt(3) != 0));
    firm.set("specialisedAndInnovative", qualification(random, random.nextInt(4) == 0));
    firm.set("littleGiant", qualification(random, false));
    firm.set("highTech", qualification(random, random.nextBoolean()));
    firm.put("icOrMachineTool", false);
    firm.put("firstTimeBorrower", random.nextBoolean());
    firm.put("onSeriousDishonestyList", random.nextInt(10) == 0);
    firm.put("affectedByEpidemic", random.nextBoolean());
    long[] received = {0, 0, 1_000_000, 2_990_000, 3_000_000};
    firm.set("techSmeSubsidyReceived", money(received[random.nextInt(received.length)]));
    ArrayNode years = firm.putArray("years");
    for (int year = 2022; year <= 2023; year++) {
      ObjectNode y = years.addObject();
      y.put("year", year);
      y.set("revenue", money(revenue));
      y.put("employees", employees);
      y.set("totalAssets", money(revenue * 2));
      y.put("aboveScale", sizeChoice == 2);
    }
    int loanCount = 1 + random.nextInt(3);
    ArrayNode loans = firm.putArray("loans");
    ArrayNode interest = firm.putArray("interestPayments");
    ArrayNode fees = firm.putArray("guaranteeFeePayments");
    ArrayNode premiums = firm.putArray("insurancePremiumPayments");
    for (int i = 0; i < loanCount; i++) {
      String loanId = "L" + (i + 1);
      ObjectNode loan = loans.addObject();
      loan.put("loanId", loanId);
      long principal = random.nextInt(3) == 0 ? 100_000L * (1 + random.nextInt(200))
          : 100_000L * (1 + random.nextInt(50));
      loan.set("principal", money(principal));
      // drawn 2022-10 .. 2023-06: in the first-loan window about half the time
      LocalDate drawdown = random.nextBoolean() ? day(random, LocalDate.of(2023, 1, 1), 90)
          : day(random, LocalDate.of(2022, 10, 1), 270);
      LocalDate maturity = drawdown.plusMonths(random.nextInt(4) == 0 ? 3 : 12);
      loan.put("drawdownDate", drawdown.toString());
      loan.put("maturityDate", maturity.toString());
      String rate = (3 + random.nextInt(3)) + "." + (random.nextInt(10)) + "%";
      loan.put("annualInterestRate", rate);
      String[] lenders = shanghai ? new String[] {"310000", "310115", "440300"}
          : new String[] {"440300", "440300", "440306", "310000"};
      loan.put("lenderRegionCode", lenders[random.nextInt(lenders.length)]);
      loan.put("firstDrawdownOfFirstContract", random.nextInt(3) != 0);
      loan.put("forProductionOrOperation", random.nextInt(6) != 0);
      loan.put("subsidisedUnderAnotherMunicipalScheme", random.nextInt(5) == 0);
      loan.put("contractDate", drawdown.minusDays(random.nextInt(20)).toString());
      loan.put("firstInclusiveFinanceLoan", random.nextBoolean());
      loan.put("vehicleOrRealEstatePurchase", random.nextInt(8) == 0);
      String[] categories = {"GENERAL", "FIRST_LOAN", "CREDIT", "TECH_ENTERPRISE"};
      loan.put("riskPoolCategory", categories[random.nextInt(categories.length)]);
      loan.put("underOtherRiskCompensation", random.nextInt(5) == 0);
      boolean guaranteed = random.nextInt(3) != 0;
      loan.put("guaranteed", guaranteed);
      long feePaid = 0;
      if (guaranteed) {
        ObjectNode guarantee = loan.putObject("guarantee");
        // a policy fund is a government guarantor (GuaranteeFeeLoanParts reads one from the other): kept consistent
        boolean policyFund = random.nextInt(3) == 0;
        guarantee.put("governmentGuarantor", policyFund || random.nextInt(4) != 0);
        guarantee.put("policyFund", policyFund);
        guarantee.put("guarantorInRegion", random.nextInt(5) != 0);
        guarantee.put("reGuaranteed", random.nextInt(4) == 0);
        String[] standard = {"1.5%", "2%", "2.5%"};
        String[] charged = {"0.8%", "1%", "1.5%", "2%"};
        guarantee.put("standardFeeRate", standard[random.nextInt(standard.length)]);
        String feeRate = charged[random.nextInt(charged.length)];
        guarantee.put("feeRate", feeRate);
        // the fee at the rate charged over the loan's term, as the library bounds an absent fee list (register §4.1
        // item 8b: whole months ÷ 12 and odd days ÷ 360 would do too; ACT/360 is the larger for these terms)
        long days = ChronoUnit.DAYS.between(drawdown, maturity);
        feePaid = new BigDecimal(feeRate.replace("%", "")).movePointLeft(2).multiply(BigDecimal.valueOf(principal))
            .multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(360), 0, RoundingMode.DOWN).longValue();
        guarantee.set("feePaid", money(feePaid));
      }
      if (random.nextInt(6) == 0) {
        ObjectNode bad = loan.putObject("nonPerforming");
        bad.put("since", drawdown.plusMonths(2).toString());
        bad.set("principalOutstanding", money(principal / 2));
        bad.set("accruedInterest", money(1_000));
        bad.set("recoveries", money(0));
      } else if (random.nextInt(5) == 0) {
        loan.put("extensionDate", drawdown.plusMonths(1).toString());
      }
      if (maturity.isBefore(LocalDate.of(2023, 1, 1)) && random.nextBoolean()) {
        loan.put("requestedDeferredDate", LocalDate.of(2023, 3 + random.nextInt(5), 30).toString());
      }
      // interest: one to three quarterly payments from the drawdown, on two loans in three
      if (random.nextInt(3) != 0) {
        LocalDate start = drawdown;
        int payments = 1 + random.nextInt(3);
        for (int k = 0; k < payments && start.isBefore(maturity); k++) {
          LocalDate end = start.plusMonths(3).isAfter(maturity) ? maturity : start.plusMonths(3);
          ObjectNode payment = interest.addObject();
          payment.put("paymentId", "I-" + loanId + "-" + k);
          payment.put("loanId", loanId);
          payment.put("accrualStart", start.toString());
          payment.put("accrualEnd", end.toString());
          payment.put("paymentDate", end.toString());
          long paid = BigDecimal.valueOf(principal).multiply(new BigDecimal(rate.replace("%", "")))
              .movePointLeft(2).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP).longValue();
          payment.set("interestPaid", money(Math.max(1, paid)));
          start = end;
        }
      }
      if (guaranteed && random.nextInt(3) != 0) {
        ObjectNode fee = fees.addObject();
        fee.put("paymentId", "G-" + loanId);
        fee.put("paymentDate", drawdown.toString());
        fee.set("amountPaid", money(Math.max(1, feePaid)));
      }
      if (random.nextInt(4) == 0) {
        ObjectNode premium = premiums.addObject();
        premium.put("paymentId", "P-" + loanId);
        premium.put("paymentDate", drawdown.toString());
        premium.set("amountPaid", money(1_000 + random.nextInt(20_000)));
      }
    }
    ArrayNode projects = firm.putArray("renovationProjects");
    if (random.nextInt(3) == 0) {
      ObjectNode project = projects.addObject();
      project.put("projectId", "R1");
      boolean intelligent = random.nextBoolean();
      project.put("category", intelligent ? "INTELLIGENT" : "EQUIPMENT_UPGRADE");
      if (intelligent) {
        project.put("maturityLevel", 2 + random.nextInt(3));
      }
      long investment = 1_000_000L * (1 + random.nextInt(60));
      project.set("eligibleInvestment", money(investment));
      project.set("totalInvestment", money(investment + investment / 5));
      project.set("fixedAssetInvestment", money(investment));
      project.set("equipmentInvestment", money(investment / 2));
      project.put("eligibleProject", random.nextInt(4) != 0);
      project.put("subsidyStart", "2023-01-01");
      ArrayNode payments = project.putArray("interestPayments");
      if (random.nextBoolean()) {
        ObjectNode payment = payments.addObject();
        payment.put("paymentId", "RP-1");
        payment.put("kind", "BANK_FIXED_ASSET_LOAN");
        payment.put("interestFrom", "2023-02-01");
        payment.put("interestUntil", "2024-02-01");
        payment.set("interestPaid", money(10_000 + random.nextInt(300_000)));
        payment.put("loanId", "L1");
      }
    }
    for (String empty : List.of("grantEvents", "insuranceDeferrals", "leases", "housingFundDeferrals",
        "trainingSessions", "utilityBills")) {
      firm.putArray(empty);
    }
    return firm;
  }
}
