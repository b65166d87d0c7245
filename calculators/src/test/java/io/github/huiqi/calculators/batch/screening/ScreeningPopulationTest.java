package io.github.huiqi.calculators.batch.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link ScreeningPopulation} to the shape its Javadoc promises: the shares of sizes, places, qualifications,
 * borrowers and loans over a large seeded population, each figure within its size class's range, the facts left
 * unknown at the share asked for, and the same firm for the same seed and index.
 */
class ScreeningPopulationTest {

  /** Large enough that a share one point off the documented one is many standard deviations away (σ ≤ 0.16 pp). */
  private static final int N = 100_000;
  /** The tolerance on a share, in percentage points: three σ at N for a share of 50%, well inside one point. */
  private static final double POINTS = 0.5;

  /** The profiles of a population, all facts known, made afresh for each test (never cached across runs). */
  private static List<EnterpriseProfile> allKnown(long seed, int size) {
    ScreeningPopulation population = ScreeningPopulation.of(seed, size, 0);
    List<EnterpriseProfile> profiles = new java.util.ArrayList<>(size);
    while (population.hasNext()) {
      profiles.add(population.next());
    }
    return profiles;
  }

  private static <T> double percent(List<T> items, Predicate<? super T> test) {
    return 100.0 * items.stream().filter(test).count() / items.size();
  }

  private static boolean held(Optional<Qualification> qualification) {
    return qualification.orElseThrow().held();
  }

  @Test
  void of_sizeAndShareOfUnknownsChecked() {
    assertThatThrownBy(() -> ScreeningPopulation.of(1L, -1, 0)).isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("size");
    assertThatThrownBy(() -> ScreeningPopulation.of(1L, 10, -1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be from 0 to 1000")
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("unknownPerMille");
    assertThatThrownBy(() -> ScreeningPopulation.of(1L, 10, 1001)).isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("unknownPerMille");
    // the bounds themselves are allowed: an empty population, no fact unknown, every fact unknown
    ScreeningPopulation empty = ScreeningPopulation.of(1L, 0, 0);
    assertThat(empty.hasNext()).isFalse();
    assertThatThrownBy(empty::next).isInstanceOf(NoSuchElementException.class);
    assertThat(ScreeningPopulation.of(1L, 1, 1000).hasNext()).isTrue();
  }

  @Test
  void names_areSynPlusTheIndexInAtLeastEightDigits_negativeIndexRejected() {
    ScreeningPopulation population = ScreeningPopulation.of(5L, 0, 0);
    assertThat(population.profile(0).name()).contains("SYN-00000000");
    assertThat(population.profile(42).name()).contains("SYN-00000042");
    assertThat(population.profile(12_345_678).name()).contains("SYN-12345678");
    assertThat(population.profile(123_456_789).name()).contains("SYN-123456789");
    assertThat(ScreeningPopulation.syntheticName(Long.MAX_VALUE)).isEqualTo("SYN-9223372036854775807");
    assertThatThrownBy(() -> population.profile(-1)).isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("index");
  }

  @Test
  void next_isProfileOfItsIndex_thenExhausted() {
    ScreeningPopulation population = ScreeningPopulation.of(11L, 3, 150);
    ScreeningPopulation other = ScreeningPopulation.of(11L, 3, 150);
    for (long i = 0; i < 3; i++) {
      EnterpriseProfile next = population.next();
      assertThat(next).isEqualTo(other.profile(i));
      assertThat(next.name()).contains(String.format("SYN-%08d", i));
    }
    assertThat(population.hasNext()).isFalse();
    assertThatThrownBy(population::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void profiles_differByIndexAndBySeed() {
    ScreeningPopulation seven = ScreeningPopulation.of(7L, 0, 0);
    ScreeningPopulation eight = ScreeningPopulation.of(8L, 0, 0);
    Set<EnterpriseProfile> firms = new HashSet<>();
    int sameAcrossSeeds = 0;
    for (long i = 0; i < 200; i++) {
      // everything but the name, which is the index
      EnterpriseProfile a = EnterpriseProfile.builder().from(seven.profile(i)).name("x").build();
      firms.add(a);
      sameAcrossSeeds += a.equals(EnterpriseProfile.builder().from(eight.profile(i)).name("x").build()) ? 1 : 0;
    }
    assertThat(firms).hasSize(200);
    assertThat(sameAcrossSeeds).isZero();
  }

  @Test
  void shape_sizesPlacesAndFirmFacts() {
    List<EnterpriseProfile> firms = allKnown(2026L, N);
    Map<EnterpriseSize, Integer> sizes = new EnumMap<>(EnterpriseSize.class);
    firms.forEach(f -> sizes.merge(f.size().orElseThrow(), 1, Integer::sum));
    // sizes 70% micro, 20% small, 8% medium, 2% large
    assertThat(100.0 * sizes.get(EnterpriseSize.MICRO) / N).isCloseTo(70, within(POINTS));
    assertThat(100.0 * sizes.get(EnterpriseSize.SMALL) / N).isCloseTo(20, within(POINTS));
    assertThat(100.0 * sizes.get(EnterpriseSize.MEDIUM) / N).isCloseTo(8, within(POINTS));
    assertThat(100.0 * sizes.get(EnterpriseSize.LARGE) / N).isCloseTo(2, within(POINTS));
    // 60% in a Shenzhen district, 40% in a Shanghai one, every district used
    Set<String> places = new HashSet<>();
    firms.forEach(f -> places.add(f.registrationRegionCode().orElseThrow()));
    assertThat(places).containsExactlyInAnyOrderElementsOf(concat(ScreeningPopulation.SHENZHEN_DISTRICTS,
        ScreeningPopulation.SHANGHAI_DISTRICTS));
    assertThat(percent(firms, f -> f.registrationRegionCode().orElseThrow().startsWith("4403")))
        .isCloseTo(60, within(POINTS));
    // an individual business: one micro firm in ten, never a larger one; it is no independent legal person
    List<EnterpriseProfile> micro = firms.stream().filter(f -> f.size().orElseThrow() == EnterpriseSize.MICRO)
        .toList();
    assertThat(percent(micro, f -> f.legalForm().orElseThrow() == LegalForm.INDIVIDUAL_BUSINESS))
        .isCloseTo(10, within(POINTS));
    assertThat(firms).allSatisfy(f -> {
      boolean individual = f.legalForm().orElseThrow() == LegalForm.INDIVIDUAL_BUSINESS;
      assertThat(f.independentLegalPerson()).contains(!individual);
      if (individual) {
        assertThat(f.size()).contains(EnterpriseSize.MICRO);
      }
      LocalDate registered = f.registrationDate().orElseThrow();
      assertThat(registered).isBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 1).plusDays(18 * 365 - 1));
      assertThat(f.industryCode().orElseThrow()).matches("[A-Z][0-9]{4}");
      assertThat(f.guaranteeFeePayments()).contains(List.of());
      assertThat(f.insurancePremiumPayments()).contains(List.of());
      assertThat(f.renovationProjects()).contains(List.of());
    });
    // small-scale taxpayers: 70% of micro firms, 10% of the others
    assertThat(percent(micro, f -> f.smallScaleTaxpayer().orElseThrow())).isCloseTo(70, within(POINTS));
    assertThat(percent(firms.stream().filter(f -> f.size().orElseThrow() != EnterpriseSize.MICRO).toList(),
        f -> f.smallScaleTaxpayer().orElseThrow())).isCloseTo(10, within(POINTS));
    // restricted industry 1 in 50, IC or machine tool 1 in 40, on the dishonesty list 1 in 100, epidemic one in two
    assertThat(percent(firms, f -> f.restrictedOrProhibitedIndustry().orElseThrow())).isCloseTo(2, within(POINTS));
    assertThat(percent(firms, f -> f.icOrMachineTool().orElseThrow())).isCloseTo(2.5, within(POINTS));
    assertThat(percent(firms, f -> f.onSeriousDishonestyList().orElseThrow())).isCloseTo(1, within(POINTS));
    assertThat(percent(firms, f -> f.affectedByEpidemic().orElseThrow())).isCloseTo(50, within(POINTS));
    assertThat(percent(firms, f -> f.firstTimeBorrower().orElseThrow())).isCloseTo(30, within(POINTS));
  }

  @Test
  void shape_qualifications() {
    List<EnterpriseProfile> firms = allKnown(2027L, N);
    // 科技型中小企业 20%, enrolled 2023-01-15 .. 2023-12-31, with no subsidy received yet
    assertThat(percent(firms, f -> held(f.techSme()))).isCloseTo(20, within(POINTS));
    // 专精特新 8%, 小巨人 one in eight of those and never another firm, 高新技术企业 10%
    assertThat(percent(firms, f -> held(f.specialisedAndInnovative()))).isCloseTo(8, within(POINTS));
    List<EnterpriseProfile> specialised = firms.stream().filter(f -> held(f.specialisedAndInnovative())).toList();
    assertThat(percent(specialised, f -> held(f.littleGiant()))).isCloseTo(12.5, within(1.0));
    assertThat(percent(firms, f -> held(f.highTech()))).isCloseTo(10, within(POINTS));
    assertThat(firms).allSatisfy(f -> {
      if (held(f.littleGiant())) {
        assertThat(held(f.specialisedAndInnovative())).isTrue();
      }
      assertThat(f.techSmeSubsidyReceived()).isEqualTo(held(f.techSme()) ? Optional.of(Cny.of("0.00"))
          : Optional.empty());
      qualification(f.techSme(), "2023-01-15", "2023-12-31");
      qualification(f.specialisedAndInnovative(), "2022-09-01", "2025-08-31");
      qualification(f.littleGiant(), "2023-07-01", "2026-06-30");
      qualification(f.highTech(), "2021-12-23", "2024-12-22");
    });
  }

  private static void qualification(Optional<Qualification> qualification, String since, String until) {
    Qualification q = qualification.orElseThrow();
    if (q.held()) {
      assertThat(q.since()).contains(LocalDate.parse(since));
      assertThat(q.until()).contains(LocalDate.parse(until));
    } else {
      assertThat(q.since()).isEmpty();
      assertThat(q.until()).isEmpty();
    }
  }

  @Test
  void shape_yearsWithinTheirSizeClassRanges() {
    List<EnterpriseProfile> firms = allKnown(2028L, N / 4);
    long aboveScaleOfLarge = 0;
    long largeYears = 0;
    for (EnterpriseProfile f : firms) {
      EnterpriseSize size = f.size().orElseThrow();
      List<EnterpriseYear> years = f.years().orElseThrow();
      assertThat(years).extracting(EnterpriseYear::year).containsExactly(2022, 2023);
      for (EnterpriseYear y : years) {
        BigDecimal revenue = Cny.yuan(y.revenue().orElseThrow(), "revenue");
        int employees = y.employees().orElseThrow();
        // revenue and employees by size class: micro 0.2–3 million yuan, 2–19 people; small 3–20 million,
        // 20–99; medium 20–200 million, 100–299; large 200 million – 1 billion, 300–2,299
        switch (size) {
          case MICRO -> {
            assertThat(revenue).isBetween(new BigDecimal("200000"), new BigDecimal("2999999"));
            assertThat(employees).isBetween(2, 19);
          }
          case SMALL -> {
            assertThat(revenue).isBetween(new BigDecimal("3000000"), new BigDecimal("19999999"));
            assertThat(employees).isBetween(20, 99);
          }
          case MEDIUM -> {
            assertThat(revenue).isBetween(new BigDecimal("20000000"), new BigDecimal("199999999"));
            assertThat(employees).isBetween(100, 299);
          }
          default -> {
            assertThat(revenue).isBetween(new BigDecimal("200000000"), new BigDecimal("999999999"));
            assertThat(employees).isBetween(300, 2299);
          }
        }
        assertThat(revenue.scale()).isEqualTo(2);
        // total assets 0.5 to 1.9 times revenue, and taxable income a 27th to an 8th of it, in whole yuan
        BigDecimal assets = Cny.yuan(y.totalAssets().orElseThrow(), "totalAssets");
        assertThat(assets).isBetween(revenue.multiply(new BigDecimal("0.5")).setScale(0, RoundingMode.DOWN),
            revenue.multiply(new BigDecimal("1.9")));
        BigDecimal income = Cny.yuan(y.taxableIncomeBeforeRd().orElseThrow(), "taxableIncomeBeforeRd");
        assertThat(income).isBetween(revenue.divide(BigDecimal.valueOf(27), 0, RoundingMode.DOWN),
            revenue.divide(BigDecimal.valueOf(8), 0, RoundingMode.DOWN));
        // above scale: never below 20 million yuan of revenue, and 80% of the years at or above it
        boolean above = y.aboveScale().orElseThrow();
        if (revenue.compareTo(new BigDecimal("20000000")) < 0) {
          assertThat(above).isFalse();
        }
        if (size == EnterpriseSize.LARGE) {
          largeYears++;
          aboveScaleOfLarge += above ? 1 : 0;
        }
      }
    }
    assertThat(100.0 * aboveScaleOfLarge / largeYears).isCloseTo(80, within(3.0));
  }

  @Test
  void shape_rdExpensedEachYear() {
    List<EnterpriseProfile> firms = allKnown(2031L, N / 4);
    long techYears = 0;
    long techRd = 0;
    long otherYears = 0;
    long otherRd = 0;
    for (EnterpriseProfile f : firms) {
      boolean techSme = f.techSme().orElseThrow().held();
      for (EnterpriseYear y : f.years().orElseThrow()) {
        assertThat(y.rdIntangibles()).contains(List.of());
        RdExpensedCosts costs = y.rdExpensedCosts().orElseThrow();
        boolean any = !costs.equals(RdExpensedCosts.NONE);
        if (techSme) {
          techYears++;
          techRd += any ? 1 : 0;
        } else {
          otherYears++;
          otherRd += any ? 1 : 0;
        }
        if (!any) {
          continue;
        }
        // 2–8% of revenue in whole yuan (rounded down): direct inputs 15–25% of it, depreciation and new-product
        // design up to 5% each, other related costs up to 8% (each rounded down), personnel the rest (57–85%)
        BigDecimal revenue = Cny.yuan(y.revenue().orElseThrow(), "revenue");
        BigDecimal personnel = Cny.yuan(costs.personnel(), "personnel");
        BigDecimal inputs = Cny.yuan(costs.directInputs(), "directInputs");
        BigDecimal depreciation = Cny.yuan(costs.depreciation(), "depreciation");
        BigDecimal design = Cny.yuan(costs.newProductDesign(), "newProductDesign");
        BigDecimal other = Cny.yuan(costs.otherRelated(), "otherRelated");
        BigDecimal total = personnel.add(inputs).add(depreciation).add(design).add(other);
        assertThat(total).isBetween(revenue.multiply(new BigDecimal("0.02")).setScale(0, RoundingMode.DOWN),
            revenue.multiply(new BigDecimal("0.08")));
        assertThat(inputs).isBetween(total.multiply(new BigDecimal("0.15")).setScale(0, RoundingMode.DOWN),
            total.multiply(new BigDecimal("0.25")));
        assertThat(depreciation.max(design)).isLessThanOrEqualTo(total.multiply(new BigDecimal("0.05")));
        assertThat(other).isLessThanOrEqualTo(total.multiply(new BigDecimal("0.08")));
        assertThat(personnel).isBetween(total.multiply(new BigDecimal("0.57")),
            total.multiply(new BigDecimal("0.85")).add(new BigDecimal("4")));
        assertThat(costs.intangibleAmortisation().isZero()).isTrue();
        assertThat(personnel.scale()).isEqualTo(2);
        assertThat(personnel.remainder(BigDecimal.ONE).signum()).isZero();
      }
    }
    // R&D done by nine in ten 科技型中小企业 and one in four other firms, year by year
    assertThat(100.0 * techRd / techYears).isCloseTo(90, within(1.5));
    assertThat(100.0 * otherRd / otherYears).isCloseTo(25, within(POINTS * 2));
  }

  @Test
  void shape_vatQuartersOfSmallScaleTaxpayers() {
    List<EnterpriseProfile> firms = allKnown(2032L, N / 10);
    long smallScaleYears = 0;
    for (EnterpriseProfile f : firms) {
      boolean smallScale = f.smallScaleTaxpayer().orElseThrow();
      LocalDate registered = f.registrationDate().orElseThrow();
      for (EnterpriseYear y : f.years().orElseThrow()) {
        if (!smallScale) {
          assertThat(y.vatPeriods()).isEmpty();
          continue;
        }
        smallScaleYears++;
        // quarterly, from the quarter of the registration (in its year) through the fourth; each quarter's sales
        // excluding VAT within 30% of a quarter of the year's revenue taken at most 3,800,000 (a quarter rounded down
        // to the yuan), so at most 5,000,000 a year: 1.3 × 3,800,000 = 4,940,000 (财税〔2018〕33号 第一条)
        int first = registered.getYear() < y.year() ? 1 : (registered.getMonthValue() - 1) / 3 + 1;
        List<VatPeriodSales> periods = y.vatPeriods().orElseThrow();
        assertThat(periods).extracting(VatPeriodSales::period).containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(first, 4).mapToObj(k -> VatFilingPeriod.ofQuarter(y.year(), k))
                .toList());
        BigDecimal quarter = Cny.yuan(y.revenue().orElseThrow(), "revenue").min(new BigDecimal("3800000"))
            .divide(BigDecimal.valueOf(4), 0, RoundingMode.DOWN);
        BigDecimal year = BigDecimal.ZERO;
        for (VatPeriodSales period : periods) {
          assertThat(period.salesBasis()).isEqualTo(VatSalesBasis.EXCLUDING_VAT);
          assertThat(Cny.yuan(period.sales(), "sales")).isBetween(quarter.multiply(new BigDecimal("0.7"))
              .subtract(BigDecimal.ONE), quarter.multiply(new BigDecimal("1.3")));
          year = year.add(Cny.yuan(period.sales(), "sales"));
        }
        assertThat(year).isLessThanOrEqualTo(new BigDecimal("5000000"));
      }
    }
    assertThat(smallScaleYears).isPositive();
  }

  @Test
  void shape_loansAndTheirInterest() {
    List<EnterpriseProfile> firms = allKnown(2029L, N);
    // one bank loan for 45% of the firms, and its one interest payment
    assertThat(percent(firms, f -> !f.loans().orElseThrow().isEmpty())).isCloseTo(45, within(POINTS));
    List<EnterpriseProfile> borrowers = firms.stream().filter(f -> !f.loans().orElseThrow().isEmpty()).toList();
    // 8% of the loans non-performing
    assertThat(percent(borrowers, f -> f.loans().orElseThrow().get(0).nonPerforming().isPresent()))
        .isCloseTo(8, within(POINTS));
    assertThat(firms).allSatisfy(f -> {
      List<LoanFacts> loans = f.loans().orElseThrow();
      List<InterestPayment> interest = f.interestPayments().orElseThrow();
      assertThat(interest).hasSameSizeAs(loans);
      if (loans.isEmpty()) {
        return;
      }
      assertThat(loans).hasSize(1);
      LoanFacts loan = loans.get(0);
      String index = f.name().orElseThrow().substring("SYN-".length()).replaceFirst("^0+(?=.)", "");
      assertThat(loan.loanId()).isEqualTo("L" + index);
      BigDecimal principal = Cny.yuan(loan.principal(), "principal");
      // micro 100,000 – 1,990,000 in steps of 10,000; small 1,000,000 – 9,900,000 in steps of 100,000;
      // medium and large 5,000,000 – 29,500,000 in steps of 500,000
      switch (f.size().orElseThrow()) {
        case MICRO -> assertStep(principal, 100_000, 1_990_000, 10_000);
        case SMALL -> assertStep(principal, 1_000_000, 9_900_000, 100_000);
        default -> assertStep(principal, 5_000_000, 29_500_000, 500_000);
      }
      // drawn in 2023-H1 for one year, at 3.00% to 4.50%
      assertThat(loan.drawdownDate()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));
      assertThat(loan.maturityDate()).isEqualTo(loan.drawdownDate().plusYears(1));
      BigDecimal rate = loan.annualInterestRate().percent();
      assertThat(rate).isBetween(new BigDecimal("3.00"), new BigDecimal("4.50"));
      // lent where the firm is registered; a first-time borrower's loan is the first drawdown and a FIRST_LOAN
      boolean shenzhen = f.registrationRegionCode().orElseThrow().startsWith("4403");
      assertThat(loan.lenderRegionCode()).contains(shenzhen ? "440300" : "310000");
      boolean first = f.firstTimeBorrower().orElseThrow();
      assertThat(loan.firstDrawdownOfFirstContract()).contains(first);
      assertThat(loan.riskPoolCategory()).contains(first ? RiskPoolLoanCategory.FIRST_LOAN
          : RiskPoolLoanCategory.GENERAL);
      assertThat(loan.forProductionOrOperation()).contains(true);
      assertThat(loan.subsidisedUnderAnotherMunicipalScheme()).contains(false);
      assertThat(loan.guaranteed()).contains(false);
      assertThat(loan.underOtherRiskCompensation()).contains(false);
      // non-performing 6 to 11 months after drawdown, with 50% to 100% of the principal outstanding
      loan.nonPerforming().ifPresent(bad -> {
        assertThat(bad.since()).isBetween(loan.drawdownDate().plusMonths(6), loan.drawdownDate().plusMonths(11));
        BigDecimal outstanding = Cny.yuan(bad.principalOutstanding(), "principalOutstanding");
        assertThat(outstanding).isBetween(principal.divide(BigDecimal.valueOf(2)), principal);
      });
      // the first quarter's interest, paid on its last day: principal × rate × 90/360, half-up to the fen
      InterestPayment paid = interest.get(0);
      assertThat(paid.paymentId()).isEqualTo("I" + index);
      assertThat(paid.loanId()).isEqualTo(loan.loanId());
      assertThat(paid.accrualStart()).isEqualTo(loan.drawdownDate());
      assertThat(paid.accrualEnd()).isEqualTo(loan.drawdownDate().plusDays(90));
      assertThat(paid.paymentDate()).isEqualTo(paid.accrualEnd());
      BigDecimal expected = principal.multiply(rate).divide(BigDecimal.valueOf(100))
          .multiply(BigDecimal.valueOf(90)).divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
      assertThat(paid.interestPaid()).isEqualTo(Cny.of(expected));
    });
  }

  private static void assertStep(BigDecimal principal, long least, long most, long step) {
    assertThat(principal).isBetween(BigDecimal.valueOf(least), BigDecimal.valueOf(most));
    assertThat(principal.subtract(BigDecimal.valueOf(least)).remainder(BigDecimal.valueOf(step)).signum()).isZero();
  }

  @Test
  void unknowns_atTheShareAsked() {
    // every unknowable fact absent: the firm's own facts, each qualification, the years, the loans and the interest
    EnterpriseProfile none = ScreeningPopulation.of(3L, 1, 1000).next();
    assertThat(none.registrationRegionCode()).isEmpty();
    assertThat(none.independentLegalPerson()).isEmpty();
    assertThat(none.industryCode()).isEmpty();
    assertThat(none.restrictedOrProhibitedIndustry()).isEmpty();
    assertThat(none.size()).isEmpty();
    assertThat(none.smallScaleTaxpayer()).isEmpty();
    assertThat(none.techSme()).isEmpty();
    assertThat(none.specialisedAndInnovative()).isEmpty();
    assertThat(none.littleGiant()).isEmpty();
    assertThat(none.highTech()).isEmpty();
    assertThat(none.icOrMachineTool()).isEmpty();
    assertThat(none.firstTimeBorrower()).isEmpty();
    assertThat(none.onSeriousDishonestyList()).isEmpty();
    assertThat(none.affectedByEpidemic()).isEmpty();
    assertThat(none.years()).isEmpty();
    assertThat(none.loans()).isEmpty();
    assertThat(none.interestPayments()).isEmpty();
    // the legal form and registration date are always known
    assertThat(none.legalForm()).isPresent();
    assertThat(none.registrationDate()).isPresent();
    // 15% of each unknowable fact absent
    ScreeningPopulation population = ScreeningPopulation.of(5L, N / 2, 150);
    long facts = 0;
    long absent = 0;
    while (population.hasNext()) {
      EnterpriseProfile f = population.next();
      for (Optional<?> fact : List.of(f.registrationRegionCode(), f.size(), f.techSme(), f.firstTimeBorrower(),
          f.years(), f.interestPayments())) {
        facts++;
        absent += fact.isEmpty() ? 1 : 0;
      }
    }
    assertThat(100.0 * absent / facts).isCloseTo(15, within(POINTS));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
