package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJson.interest;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.money;

import java.util.ArrayList;
import java.util.List;

/**
 * The firms of the tests of the ways' fallback ({@link StackingWaysFallbackFirstLoanTest},
 * {@link StackingWaysFallbackBoundsTest}): a 深圳市宝安区 small maker, a first-time borrower enrolled as a 科技型中小企业
 * from a date each test gives (no end), nothing received from the programme, its fee and premium lists given empty,
 * with a first loan L0 and a loan L1 not subsidised elsewhere, then {@code open} loans whose
 * {@code subsidisedUnderAnotherMunicipalScheme} is not given, each carrying one interest payment within 2023-05-01 →
 * 2023-08-01, and last, when asked, a second first drawdown with no interest listed.
 */
final class StackingManyFlagsFirm {

  private StackingManyFlagsFirm() {
  }

  /** A loan at 4% lent in Shenzhen for production, no vehicle or real estate; {@code extra} ends with ", ". */
  static String loan(String id, String principal, String drawdown, String maturity, boolean firstDrawdown,
      String extra) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"" + drawdown
        + "\", \"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\": "
        + "\"440300\", \"firstDrawdownOfFirstContract\": " + firstDrawdown + ", \"forProductionOrOperation\": true, "
        + "\"vehicleOrRealEstatePurchase\": false, " + extra + "\"guaranteed\": false}";
  }

  /**
   * The firm.
   *
   * @param since  the first day of the enrolment
   * @param l0Principal  L0's principal, drawn 2023-02-01 (the first drawdown of its first contract), with I0 of
   *     18,000.00 accrued 2023-02-01 → 2023-05-01
   * @param open  how many loans L2, L3, … of 500,000 drawn 2023-05-01 (no first drawdowns) whose flag is not given,
   *     each recording the tech-SME subsidy as claimed first, with 5,000.00 of interest accrued 2023-05-01 →
   *     2023-08-01
   * @param secondFirst  whether the firm holds LA too, 1,000,000 drawn 2023-01-10, the first drawdown of its first
   *     contract, no interest listed
   * @return the profile's JSON
   */
  static String profile(String since, String l0Principal, int open, boolean secondFirst) {
    String notElsewhere = "\"subsidisedUnderAnotherMunicipalScheme\": false, ";
    List<String> loans = new ArrayList<>();
    List<String> payments = new ArrayList<>();
    loans.add(loan("L0", l0Principal, "2023-02-01", "2024-02-01", true, notElsewhere));
    payments.add(interest("I0", "L0", "2023-02-01", "2023-05-01", "18000.00"));
    // L1 is no first drawdown: the first-loan subsidy never takes it
    loans.add(loan("L1", "1000000", "2022-12-01", "2023-12-01", false, notElsewhere));
    payments.add(interest("I1", "L1", "2023-01-01", "2023-04-01", "10000.00"));
    for (int i = 2; i < 2 + open; i++) {
      loans.add(loan("L" + i, "500000", "2023-05-01", "2024-05-01", false,
          "\"interestSubsidyClaimedFirst\": \"TECH_SME\", "));
      payments.add(interest("I" + i, "L" + i, "2023-05-01", "2023-08-01", "5000.00"));
    }
    if (secondFirst) {
      loans.add(loan("LA", "1000000", "2023-01-10", "2024-01-10", true, notElsewhere));
    }
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false, \"firstTimeBorrower\": true,"
        + " \"techSme\": {\"held\": true, \"since\": \"" + since + "\"}, \"techSmeSubsidyReceived\": " + money("0")
        + ", \"loans\": [" + String.join(", ", loans) + "], \"interestPayments\": [" + String.join(", ", payments)
        + "], \"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [], \"renovationProjects\": []}";
  }

  /** The flags of the open loans, as the outcomes name them: {@code /loans/2/…} to {@code /loans/(open + 1)/…}. */
  static String[] flags(int open) {
    String[] flags = new String[open];
    for (int i = 0; i < open; i++) {
      flags[i] = "/loans/" + (i + 2) + "/subsidisedUnderAnotherMunicipalScheme";
    }
    return flags;
  }

  /**
   * The profile with the open loans' flags completed: loan {@code 2 + i} subsidised elsewhere when bit i of
   * {@code elsewhere} is set, else not.
   */
  static String completed(String profile, int open, int elsewhere) {
    String done = profile;
    for (int i = 0; i < open; i++) {
      // the loan itself, not its interest payment: the loan's id is followed by its principal
      String id = "\"loanId\": \"L" + (i + 2) + "\", ";
      done = done.replace(id + "\"principal\"", id + "\"subsidisedUnderAnotherMunicipalScheme\": "
          + ((elsewhere >> i & 1) == 1) + ", \"principal\"");
    }
    return done;
  }
}
