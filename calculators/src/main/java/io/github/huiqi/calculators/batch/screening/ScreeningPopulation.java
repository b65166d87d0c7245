package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;

/**
 * A seeded generator of realistic synthetic enterprise profiles (一企一档) for screening and the policy sandbox: an
 * {@link Iterator} that makes each profile when asked, so a population of millions is never held in memory.
 * <p>
 * The shape, chosen to resemble a city's registered SMEs (synthetic, not statistics): sizes 70% micro, 20% small, 8%
 * medium, 2% large; registered 60% in one of nine Shenzhen districts (4403xx, the Shenzhen packs' enterprise region
 * 440300) and 40% in one of ten Shanghai districts (3101xx, region 310000); industries from a short list of GB/T 4754
 * codes; 2022 and 2023 figures (revenue, employees, total assets, above-scale, taxable income) by size, with the
 * quarters operated (from the registration's, or the first, through the fourth; employees and assets within 10% of the
 * year's) and the R&amp;D expensed in each year (done by nine in ten 科技型中小企业 and one in four other firms, 2–8% of
 * revenue, no R&amp;D intangible) and, for a small-scale taxpayer, its quarterly VAT periods (sales within 30% of a
 * quarter's revenue, at most 5,000,000 a year); 科技型中小企业 20%, 专精特新 8% (小巨人 one in eight of those), 高新技术企业 10%; a
 * first-time borrower 30%; one bank loan for 45% (drawn in 2023-H1, some non-performing a year later, with its interest
 * paid); and, for each fact that may be unknown, a share left absent ({@code unknownShare}; an absent list is an
 * unknown list).
 * <p>
 * The profile of index i depends only on the seed and i, so two runs over the same seed (the policy sandbox's
 * baseline and changed runs) see the same firms. Not thread-safe: one iterator per run.
 */
public final class ScreeningPopulation implements Iterator<EnterpriseProfile> {

  /** The Shenzhen district codes used: 罗湖, 福田, 南山, 宝安, 龙岗, 盐田, 龙华, 坪山, 光明. */
  public static final List<String> SHENZHEN_DISTRICTS = List.of("440303", "440304", "440305", "440306", "440307",
      "440308", "440309", "440310", "440311");
  /** The Shanghai district codes used: 黄浦, 徐汇, 长宁, 静安, 普陀, 虹口, 杨浦, 闵行, 宝山, 浦东新区. */
  public static final List<String> SHANGHAI_DISTRICTS = List.of("310101", "310104", "310105", "310106", "310107",
      "310109", "310110", "310112", "310113", "310115");
  /** The most revenue a small-scale taxpayer's VAT periods are drawn from, in yuan (1.3 × that within 5,000,000). */
  private static final long SMALL_SCALE_REVENUE = 3_800_000;
  private static final List<String> INDUSTRIES = List.of("C3484", "C3911", "C3976", "C2929", "I6513", "I6520",
      "F5191", "M7320", "G5438", "E4710");

  private final long seed;
  private final long size;
  private final int unknownPerMille;
  private long next;

  private ScreeningPopulation(long seed, long size, int unknownPerMille) {
    this.seed = seed;
    this.size = size;
    this.unknownPerMille = unknownPerMille;
  }

  /**
   * Obtains a population.
   *
   * @param seed  the seed
   * @param size  the number of enterprises
   * @param unknownPerMille  the share of each unknowable fact left absent, in thousandths (150 = 15%)
   * @return the population, positioned at its first enterprise
   * @throws InvalidInputException if the size is negative or the share outside 0..1000
   */
  public static ScreeningPopulation of(long seed, long size, int unknownPerMille) {
    if (size < 0) {
      throw new InvalidInputException("size", size, "must not be negative");
    }
    if (unknownPerMille < 0 || unknownPerMille > 1000) {
      throw new InvalidInputException("unknownPerMille", unknownPerMille, "must be from 0 to 1000");
    }
    return new ScreeningPopulation(seed, size, unknownPerMille);
  }

  @Override
  public boolean hasNext() {
    return next < size;
  }

  @Override
  public EnterpriseProfile next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return profile(next++);
  }

  /**
   * Makes the profile of one index (the same for the same seed and index).
   *
   * @param index  the index, from 0
   * @return the profile
   * @throws InvalidInputException if the index is negative, naming {@code index}
   */
  public EnterpriseProfile profile(long index) {
    if (index < 0) {
      throw new InvalidInputException("index", index, "must be at least 0");
    }
    Random r = new Random(new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L)).nextLong());
    EnterpriseSize size = pickSize(r.nextInt(100));
    boolean shenzhen = r.nextInt(10) < 6;
    String region = shenzhen ? SHENZHEN_DISTRICTS.get(r.nextInt(SHENZHEN_DISTRICTS.size()))
        : SHANGHAI_DISTRICTS.get(r.nextInt(SHANGHAI_DISTRICTS.size()));
    boolean individual = size == EnterpriseSize.MICRO && r.nextInt(10) == 0;
    boolean firstTimeBorrower = r.nextInt(10) < 3;
    EnterpriseProfile.Builder b = EnterpriseProfile.builder();
    b.name(syntheticName(index));
    b.registrationRegionCode(known(r, region));
    b.legalForm(individual ? LegalForm.INDIVIDUAL_BUSINESS : LegalForm.ENTERPRISE);
    b.independentLegalPerson(known(r, !individual));
    LocalDate registered = LocalDate.of(2005, 1, 1).plusDays(r.nextInt(18 * 365));
    b.registrationDate(registered);
    b.industryCode(known(r, INDUSTRIES.get(r.nextInt(INDUSTRIES.size()))));
    b.restrictedOrProhibitedIndustry(known(r, r.nextInt(50) == 0));
    b.size(known(r, size));
    boolean smallScale = size == EnterpriseSize.MICRO ? r.nextInt(10) < 7 : r.nextInt(10) == 0;
    b.smallScaleTaxpayer(known(r, smallScale));
    boolean techSme = r.nextInt(100) < 20;
    boolean specialised = r.nextInt(100) < 8;
    b.techSme(qualification(r, techSme, LocalDate.of(2023, 1, 15), LocalDate.of(2023, 12, 31)));
    b.specialisedAndInnovative(qualification(r, specialised, LocalDate.of(2022, 9, 1), LocalDate.of(2025, 8, 31)));
    b.littleGiant(qualification(r, specialised && r.nextInt(8) == 0, LocalDate.of(2023, 7, 1),
        LocalDate.of(2026, 6, 30)));
    b.highTech(qualification(r, r.nextInt(10) == 0, LocalDate.of(2021, 12, 23), LocalDate.of(2024, 12, 22)));
    b.icOrMachineTool(known(r, r.nextInt(40) == 0));
    b.firstTimeBorrower(known(r, firstTimeBorrower));
    b.onSeriousDishonestyList(known(r, r.nextInt(100) == 0));
    b.affectedByEpidemic(known(r, r.nextBoolean()));
    if (techSme) {
      b.techSmeSubsidyReceived(Cny.of("0.00"));
    }
    if (!unknown(r)) {
      // the quarters from a generator of their own, so that every other fact is drawn as before they were added
      Random q = new Random(new SplittableRandom(seed ^ ~(index * 0x9E3779B97F4A7C15L)).nextLong());
      // and the R&D and VAT periods likewise
      Random d = new Random(new SplittableRandom(seed ^ (index * 0xD6E8FEB86659FD93L) ^ 0x5DEECE66DL).nextLong());
      Firm firm = new Firm(size, techSme, smallScale, registered);
      b.years(List.of(year(r, q, d, firm, 2022), year(r, q, d, firm, 2023)));
    }
    List<LoanFacts> loans = new ArrayList<>();
    List<InterestPayment> interest = new ArrayList<>();
    if (r.nextInt(100) < 45) {
      loan(r, index, size, shenzhen, firstTimeBorrower, loans, interest);
    }
    if (!unknown(r)) {
      b.loans(List.copyOf(loans));
    }
    if (!unknown(r)) {
      b.interestPayments(List.copyOf(interest));
    }
    b.guaranteeFeePayments(List.of());
    b.insurancePremiumPayments(List.of());
    b.renovationProjects(List.of());
    return b.build();
  }

  private static EnterpriseSize pickSize(int percent) {
    return percent < 70 ? EnterpriseSize.MICRO : percent < 90 ? EnterpriseSize.SMALL
        : percent < 98 ? EnterpriseSize.MEDIUM : EnterpriseSize.LARGE;
  }

  /** What a year's figures depend on. */
  private record Firm(EnterpriseSize size, boolean techSme, boolean smallScale, LocalDate registered) {
  }

  private EnterpriseYear year(Random r, Random q, Random d, Firm firm, int year) {
    EnterpriseSize size = firm.size();
    LocalDate registered = firm.registered();
    long revenueYuan = switch (size) {
      case MICRO -> 200_000 + r.nextInt(2_800_000);
      case SMALL -> 3_000_000 + r.nextInt(17_000_000);
      case MEDIUM -> 20_000_000 + r.nextInt(180_000_000);
      default -> 200_000_000 + r.nextInt(800_000_000);
    };
    int employees = switch (size) {
      case MICRO -> 2 + r.nextInt(18);
      case SMALL -> 20 + r.nextInt(80);
      case MEDIUM -> 100 + r.nextInt(200);
      default -> 300 + r.nextInt(2000);
    };
    EnterpriseYear.Builder y = EnterpriseYear.builder().year(year);
    y.revenue(known(r, Cny.of(BigDecimal.valueOf(revenueYuan).setScale(2))));
    y.employees(known(r, employees));
    long assetsYuan = revenueYuan * (5 + r.nextInt(15)) / 10;
    y.totalAssets(known(r, Cny.of(BigDecimal.valueOf(assetsYuan).setScale(2))));
    y.quarters(known(q, quarters(q, year, registered, employees, assetsYuan)));
    y.aboveScale(known(r, revenueYuan >= 20_000_000 && r.nextInt(10) < 8));
    y.taxableIncomeBeforeRd(known(r, Cny.of(BigDecimal.valueOf(revenueYuan / (8 + r.nextInt(20))).setScale(2))));
    if (!unknown(d)) {
      y.rdExpensedCosts(d.nextInt(100) < (firm.techSme() ? 90 : 25) ? rdCosts(d, revenueYuan)
          : RdExpensedCosts.NONE);
      y.rdIntangibles(List.of());
    }
    if (firm.smallScale() && !unknown(d)) {
      y.vatPeriods(vatQuarters(d, year, registered, revenueYuan));
    }
    return y.build();
  }

  /**
   * A small-scale taxpayer's quarterly VAT periods of a year, from the registration's quarter (or the first) through
   * the fourth: each quarter's sales, excluding VAT, within 30% of a quarter of the year's revenue, in whole yuan,
   * the revenue taken at most 3,800,000 so that a year's sales stay within the 5,000,000 that keeps a taxpayer
   * small-scale (财税〔2018〕33号 第一条; the generator's small firms that are small-scale taxpayers earn more).
   */
  private static List<VatPeriodSales> vatQuarters(Random d, int year, LocalDate registered, long revenueYuan) {
    int first = registered.getYear() < year ? 1 : (registered.getMonthValue() - 1) / 3 + 1;
    List<VatPeriodSales> periods = new ArrayList<>();
    long quarter = Math.min(revenueYuan, SMALL_SCALE_REVENUE) / 4;
    for (int k = first; k <= 4; k++) {
      long sales = quarter - quarter * 3 / 10 + Math.floorMod(d.nextLong(), quarter * 6 / 10 + 1);
      periods.add(VatPeriodSales.of(VatFilingPeriod.ofQuarter(year, k), yuan(sales), VatSalesBasis.EXCLUDING_VAT));
    }
    return List.copyOf(periods);
  }

  /**
   * A year's R&amp;D expensed, 2–8% of revenue in whole yuan: direct inputs 15–25% of it, depreciation and new-product
   * design up to 5% each, other related costs up to 8% (within the 10% cap on them), and personnel the rest.
   */
  private static RdExpensedCosts rdCosts(Random d, long revenueYuan) {
    long total = revenueYuan * (2 + d.nextInt(7)) / 100;
    long inputs = total * (15 + d.nextInt(11)) / 100;
    long depreciation = total * d.nextInt(6) / 100;
    long design = total * d.nextInt(6) / 100;
    long other = total * d.nextInt(9) / 100;
    long personnel = total - inputs - depreciation - design - other;
    return new RdExpensedCosts(yuan(personnel), yuan(inputs), yuan(depreciation), Cny.ZERO, yuan(design),
        yuan(other));
  }

  private static MonetaryAmount yuan(long amount) {
    return Cny.of(BigDecimal.valueOf(amount).setScale(2));
  }

  /**
   * The quarters operated in a year, from the registration's (the first, when registered before the year) through
   * the fourth, each with employees and total assets within 10% of the year's.
   */
  private static List<OperatingQuarter> quarters(Random q, int year, LocalDate registered, int employees,
      long assetsYuan) {
    int first = registered.getYear() < year ? 1 : (registered.getMonthValue() - 1) / 3 + 1;
    List<OperatingQuarter> quarters = new ArrayList<>();
    int atStart = near(q, employees);
    long assetsAtStart = near(q, assetsYuan);
    for (int quarter = first; quarter <= 4; quarter++) {
      int atEnd = near(q, employees);
      long assetsAtEnd = near(q, assetsYuan);
      quarters.add(new OperatingQuarter(quarter, atStart, atEnd, Cny.of(BigDecimal.valueOf(assetsAtStart)
          .setScale(2)), Cny.of(BigDecimal.valueOf(assetsAtEnd).setScale(2))));
      atStart = atEnd;
      assetsAtStart = assetsAtEnd;
    }
    return List.copyOf(quarters);
  }

  /** A whole number within 10% of a value, not negative. */
  private static int near(Random q, int value) {
    return Math.max(0, value - value / 10 + q.nextInt(value / 5 + 1));
  }

  /** A whole number within 10% of a value, not negative. */
  private static long near(Random q, long value) {
    return Math.max(0, value - value / 10 + Math.floorMod(q.nextLong(), value / 5 + 1));
  }

  private void loan(Random r, long index, EnterpriseSize size, boolean shenzhen, boolean firstTimeBorrower,
      List<LoanFacts> loans, List<InterestPayment> interest) {
    long principalYuan = switch (size) {
      case MICRO -> 100_000 + 10_000L * r.nextInt(190);
      case SMALL -> 1_000_000 + 100_000L * r.nextInt(90);
      default -> 5_000_000 + 500_000L * r.nextInt(50);
    };
    LocalDate drawdown = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(181));
    Rate rate = Rate.ofPercent(BigDecimal.valueOf(300 + r.nextInt(151), 2));
    String id = "L" + index;
    LoanFacts.Builder loan = LoanFacts.builder();
    loan.loanId(id).principal(Cny.of(BigDecimal.valueOf(principalYuan).setScale(2))).drawdownDate(drawdown)
        .maturityDate(drawdown.plusYears(1)).annualInterestRate(rate)
        .lenderRegionCode(known(r, shenzhen ? "440300" : "310000"))
        .firstDrawdownOfFirstContract(known(r, firstTimeBorrower))
        .forProductionOrOperation(known(r, true))
        .subsidisedUnderAnotherMunicipalScheme(known(r, false))
        .guaranteed(false)
        .underOtherRiskCompensation(known(r, false))
        .riskPoolCategory(firstTimeBorrower ? RiskPoolLoanCategory.FIRST_LOAN : RiskPoolLoanCategory.GENERAL);
    if (r.nextInt(100) < 8) {
      long outstanding = principalYuan * (50 + r.nextInt(51)) / 100;
      loan.nonPerforming(NonPerformance.builder().since(drawdown.plusMonths(6 + r.nextInt(6)))
          .principalOutstanding(Cny.of(BigDecimal.valueOf(outstanding).setScale(2))).build());
    }
    loans.add(loan.build());
    // one interest payment for the first quarter of use: principal × rate × 90/360, half-up to the fen
    LocalDate end = drawdown.plusDays(90);
    BigDecimal paid = rate.applyTo(BigDecimal.valueOf(principalYuan)).multiply(BigDecimal.valueOf(90))
        .divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
    interest.add(new InterestPayment("I" + index, id, drawdown, end, end, Cny.of(paid)));
  }

  private Optional<Qualification> qualification(Random r, boolean held, LocalDate since, LocalDate until) {
    if (unknown(r)) {
      return Optional.empty();
    }
    return Optional.of(held ? Qualification.builder().held(true).since(since).until(until).build()
        : Qualification.held(false));
  }

  private boolean unknown(Random r) {
    return r.nextInt(1000) < unknownPerMille;
  }

  private <T> Optional<T> known(Random r, T value) {
    return unknown(r) ? Optional.empty() : Optional.of(value);
  }

  /** The name {@code SYN-} and the index in at least eight digits, zero-padded (as {@code "SYN-%08d"}). */
  static String syntheticName(long index) {
    String digits = Long.toString(index);
    StringBuilder name = new StringBuilder(12 + digits.length()).append("SYN-");
    for (int pad = digits.length(); pad < 8; pad++) {
      name.append('0');
    }
    return name.append(digits).toString();
  }
}
