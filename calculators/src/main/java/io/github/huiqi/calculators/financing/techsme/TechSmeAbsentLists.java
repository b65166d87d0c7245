package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What the tech-SME evaluator's absent payment lists ({@code /interestPayments}, {@code /guaranteeFeePayments},
 * {@code /insurancePremiumPayments}) can add to the amount's top, and the cap that then sets it, for
 * {@link TechSmeOpenRange} and the evaluator's public helpers the stacking rule uses ({@link TechSmeEvaluator}'s class
 * Javadoc states the outcome). Each absent list adds at most its own yearly cap (fees 300,000, premiums 500,000; an
 * interest list the yearly cap on all items), bounded, when the profile's loans are known, by what those loans can
 * bear: the uplifted ratio × the interest arising in the uplift window and the base ratio × the rest, the fee ratio ×
 * the fees, rounded up to the fen (decisions register §4.1 item 8b, §4.6 item 97), the interest's with 0.01 for each
 * payment the loans can hold (decisions register §4.6 item 120), the fees' with 0.01 for each instalment the loans'
 * fees can be paid in (decisions register §4.6 item 121), noted in the explaining form; a premium list adds
 * nothing when the loans are known to be none. The cap that sets the top is the last of those that
 * cut it in the calculator's order, not one the top only reaches (decisions register §4.6 items 88 and 92).
 * <p>
 * The notes it writes go to the list it is given, the open range's own, in the order the range is worked out.
 */
final class TechSmeAbsentLists {

  private static final String INTEREST = TechSmeEvaluator.INTEREST;
  private static final String FEES = TechSmeEvaluator.FEES;
  private static final String PREMIUMS = TechSmeEvaluator.PREMIUMS;
  private static final String RECEIVED = TechSmeEvaluator.RECEIVED;

  private final TechSmeMeasure measure;
  private final EnterpriseProfile profile;
  private final List<String> absentLists;
  private final boolean explain;
  /** The notes of the explaining form, the open range's own list; the plain form keeps none. */
  private final List<Reason> notes;

  TechSmeAbsentLists(TechSmeMeasure measure, EnterpriseProfile profile, List<String> absentLists, boolean explain,
      List<Reason> notes) {
    this.measure = measure;
    this.profile = profile;
    this.absentLists = absentLists;
    this.explain = explain;
    this.notes = notes;
  }

  /**
   * What the absent lists can add at most, each within its own yearly cap (an interest list within the yearly cap
   * on all items), before the yearly and programme caps on the whole claim: decisions register §4.1 item 8b.
   */
  BigDecimal absentListsAdd() {
    BigDecimal annual = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    BigDecimal more = BigDecimal.ZERO;
    for (String list : absentLists) {
      more = more.add(list.equals(INTEREST) ? annual.min(loanBound(list, null))
          : list.equals(FEES)
          ? Cny.positiveYuan(measure.guaranteeFeeCapPerYear().value(), "guaranteeFeeCapPerYear")
              .min(loanBound(list, measure.guaranteeFeeRatio().value()))
          : TechSmeLoanBound.premiumsPossible(profile)
          ? Cny.positiveYuan(measure.insurancePremiumCapPerYear().value(), "insurancePremiumCapPerYear")
          : BigDecimal.ZERO);
    }
    return more;
  }

  /**
   * Returns what an absent interest or fee list can add as the profile's loans bound it (ratio × the loans' interest
   * or fees, rounded up to the fen, with a fen a payment or instalment for rounding: register §4.6 items 120 and
   * 121), noting it in the explaining form; a large figure when they do not bound it.
   */
  private BigDecimal loanBound(String list, Rate ratio) {
    Optional<BigDecimal> bound = list.equals(INTEREST) ? TechSmeLoanBound.interest(profile)
        : TechSmeLoanBound.fees(profile);
    if (bound.isEmpty()) {
      return Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    }
    String borne = bound.get().setScale(2, RoundingMode.CEILING).toPlainString();
    if (list.equals(INTEREST)) {
      // the interest arising in the uplift window at the uplifted ratio, the rest at the base ratio (item 97)
      BigDecimal subsidy = interestLoanBound().orElseThrow();
      if (explain) {
        // with a fen of rounding for each payment the loans can hold (register §4.6 item 120)
        long payments = profile.loans().orElseThrow().stream().mapToLong(TechSmeLoanBound::payments).sum();
        notes.add(new Reason("interest-bounded-by-loans", LocalizedText.of("利息支付记录未提供：按已知贷款计最多"
            + borne + "元，资助至多" + subsidy.toPlainString() + "元（" + measure.upliftWindow().value()
            + "期间产生的利息按 " + highestInterestRatio() + "，其余按原比例；含至多" + payments + "笔付息各0.01元的舍入）",
            "the interest paid is not given: the known loans bear at most " + borne + ", so they add at most "
            + subsidy.toPlainString() + " (the interest arising in " + measure.upliftWindow().value() + " at "
            + highestInterestRatio() + ", the rest at the base ratio, and 0.01 of rounding for each of at most "
            + payments + " payments)"), TechSmeLoanBound.DEFAULT));
      }
      return subsidy;
    }
    BigDecimal subsidy = TechSmeLoanBound.feeSubsidy(profile, ratio).orElseThrow();
    if (explain) {
      // with a fen of rounding for each instalment the loans' fees can be paid in (register §4.6 item 121)
      long instalments = TechSmeLoanBound.feeInstalments(profile);
      notes.add(new Reason("guarantee-fees-bounded-by-loans", LocalizedText.of("担保费支付记录未提供：按已知贷款计最多"
          + borne + "元，资助至多 " + ratio + " × 该额（向上取整到分），加至多" + instalments + "笔付费各0.01元的舍入 = "
          + subsidy.toPlainString() + "元", "the guarantee fees paid are not given: the known loans bear at most "
          + borne + ", so they add at most " + ratio + " × that (rounded up to the fen) and 0.01 of rounding for "
          + "each of at most " + instalments + " instalments = " + subsidy.toPlainString()), TechSmeLoanBound.DEFAULT));
    }
    return subsidy;
  }

  /**
   * What the known loans let an absent interest list add, rounded up to the fen: their interest arising in the
   * uplift window at the uplifted ratio and the rest at the base ratio, the larger over the first-time borrower
   * values still possible (decisions register §4.1 item 8b, §4.6 item 97), and 0.01 for each payment they can hold
   * (decisions register §4.6 item 120); empty when the loans are not known.
   */
  private Optional<BigDecimal> interestLoanBound() {
    Optional<Boolean> first = profile.enterpriseFacts().firstTimeBorrower();
    Optional<BigDecimal> most = Optional.empty();
    for (boolean value : first.map(List::of).orElse(List.of(true, false))) {
      Optional<BigDecimal> bound = TechSmeLoanBound.interestSubsidy(profile, measure, measure.upliftedRatio(value),
          measure.baseRatio(value));
      if (bound.isPresent() && (most.isEmpty() || bound.get().compareTo(most.get()) > 0)) {
        most = bound;
      }
    }
    return most.map(bound -> bound.setScale(2, RoundingMode.CEILING));
  }

  /** The highest interest ratio the enterprise can have: the uplifted one, for either borrower when not known. */
  private Rate highestInterestRatio() {
    Optional<Boolean> first = profile.enterpriseFacts().firstTimeBorrower();
    return first.isPresent() ? measure.upliftedRatio(first.get())
        : maxRate(measure.upliftedRatio(true), measure.upliftedRatio(false));
  }

  /** What the known loans let an absent list add (its ratio × their interest or fees), with no note. */
  private BigDecimal loanBoundQuietly(String list, Rate ratio) {
    Optional<BigDecimal> bound = list.equals(INTEREST) ? interestLoanBound()
        : TechSmeLoanBound.feeSubsidy(profile, ratio);
    return bound.isEmpty() ? Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear")
        : bound.get();
  }

  /**
   * The cap that sets the top once the absent lists are added to what the known items give at most; null when no
   * list is absent or none does.
   */
  BindingLimit upperCapOver(BigDecimal knownMost) {
    if (absentLists.isEmpty()) {
      return null;
    }
    BigDecimal annual = Cny.positiveYuan(measure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear");
    return upperCap(knownMost.add(absentListsAdd()), annual, programmeLeft());
  }

  /**
   * The cap that sets the top once the absent lists are added, the last of those that do in the calculator's order
   * (decisions register §4.6 items 88 and 92): what is left of the programme cap when it cuts the top and it is
   * below the yearly cap; else the yearly cap on all items when it cuts the top; else the premium's or the fee's own
   * yearly cap when it cuts what that absent list adds (the premium's applied after the fee's); null when none does
   * (an absent interest or fee list bounded by the known loans at or below its cap).
   */
  BindingLimit upperCap(BigDecimal uncapped, BigDecimal annual, BigDecimal left) {
    // a cap binds the top when it cuts it, not when the top only reaches its figure (register §4.6 item 92): an
    // absent interest list is counted here at what the loans let it add before the yearly cap on all items (with
    // no loan to bound it, it passes any cap)
    Optional<BigDecimal> interestBound = absentLists.contains(INTEREST) ? interestLoanBound()
        : Optional.of(BigDecimal.ZERO);
    boolean passesAny = interestBound.isEmpty();
    BigDecimal beforeYearly = passesAny ? uncapped
        : uncapped.subtract(absentLists.contains(INTEREST) ? annual.min(interestBound.get()) : BigDecimal.ZERO)
            .add(interestBound.get());
    if (left.compareTo(annual) < 0 && (passesAny || left.compareTo(beforeYearly) < 0)) {
      return new BindingLimit("cap-per-enterprise-over-programme", TechSmeCalculator.PROGRAMME_CAP, Cny.of(left),
          measure.capPerEnterpriseOverProgramme().citation());
    }
    if (passesAny || beforeYearly.compareTo(annual) > 0) {
      return new BindingLimit("cap-per-enterprise-per-year", TechSmeCalculator.ANNUAL_CAP,
          measure.capPerEnterprisePerYear().value(), measure.capPerEnterprisePerYear().citation());
    }
    if (absentLists.contains(PREMIUMS) && TechSmeLoanBound.premiumsPossible(profile)) {
      return new BindingLimit("insurance-premium-cap-per-year", TechSmeCalculator.PREMIUM_CAP,
          measure.insurancePremiumCapPerYear().value(), measure.insurancePremiumCapPerYear().citation());
    }
    BigDecimal feeCap = Cny.positiveYuan(measure.guaranteeFeeCapPerYear().value(), "guaranteeFeeCapPerYear");
    if (absentLists.contains(FEES) && feeCap.compareTo(loanBoundQuietly(FEES, measure.guaranteeFeeRatio().value()))
        < 0) {
      return new BindingLimit("guarantee-fee-cap-per-year", TechSmeCalculator.FEE_CAP,
          measure.guaranteeFeeCapPerYear().value(), measure.guaranteeFeeCapPerYear().citation());
    }
    return null;
  }

  /**
   * The binding limit of a range: the cap that sets the top once the absent lists are added when it comes at or
   * after the known items' last cap in the calculator's order, else that last cap; null when neither is given.
   */
  static BindingLimit later(BindingLimit known, BindingLimit upper) {
    return known == null || upper != null && order(upper) >= order(known) ? upper : known;
  }

  /** A cap's place in the order the calculator applies them: a kind's, the yearly on all items, the programme's. */
  private static int order(BindingLimit cap) {
    return switch (cap.code()) {
      case "guarantee-fee-cap-per-year" -> 0;
      case "insurance-premium-cap-per-year" -> 1;
      case "cap-per-enterprise-per-year" -> 2;
      default -> 3;
    };
  }

  private static Rate maxRate(Rate a, Rate b) {
    return a.isLessThan(b) ? b : a;
  }

  BigDecimal programmeLeft() {
    BigDecimal programme = Cny.positiveYuan(measure.capPerEnterpriseOverProgramme().value(),
        "capPerEnterpriseOverProgramme");
    BigDecimal received = profile.techSmeSubsidyReceived().map(amount -> Cny.yuan(amount, RECEIVED))
        .orElse(BigDecimal.ZERO);
    return programme.subtract(received).max(BigDecimal.ZERO);
  }

  /**
   * What an absent interest list surely lets the subsidy's most count on one loan of the profile, for
   * {@link TechSmeEvaluator#absentInterestOnLoan}, which states it and checks the arguments.
   */
  static BigDecimal interestOnLoan(TechSmeMeasure measure, EnterpriseProfile profile, String loanId) {
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    List<LoanFacts> others = loans.stream().filter(loan -> !loan.loanId().equals(loanId)).toList();
    if (others.size() == loans.size()) {
      return BigDecimal.ZERO;
    }
    EnterpriseProfile without = EnterpriseProfile.builder().from(profile).loans(Optional.of(others)).build();
    BigDecimal least = null;
    for (boolean value : profile.enterpriseFacts().firstTimeBorrower().map(List::of).orElse(List.of(true, false))) {
      BigDecimal on = TechSmeLoanBound.interestSubsidy(profile, measure, measure.upliftedRatio(value),
          measure.baseRatio(value)).orElseThrow().subtract(TechSmeLoanBound.interestSubsidy(without, measure,
          measure.upliftedRatio(value), measure.baseRatio(value)).orElseThrow());
      least = least == null ? on : least.min(on);
    }
    return least.setScale(2, RoundingMode.FLOOR).max(BigDecimal.ZERO);
  }
}
