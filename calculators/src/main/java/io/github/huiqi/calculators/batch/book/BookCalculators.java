package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanLoanSubsidy;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeLoanSubsidy;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Verdict;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The book calculators of the measures banks run over loan books: each wraps a family calculator's explaining form
 * and condenses its result into a {@link BookItem}, reporting bad input as a failed item.
 * <p>
 * Each takes the measure as an argument, so a host's overridden measure (or a sandbox's changed pack) is used as
 * given. The amounts, verdicts and missing facts are the family calculator's own; nothing is re-derived here. Where
 * the measure's document is not in force, every item, failed ones included, and the totals say its status
 * ({@link BookItem#documentStatus()}, {@link BookCalculator#documentStatus()}), as an engine outcome does: the
 * guarantee-fee cap's items say {@link DocumentStatus#DRAFT}, a draft for comment whose figures are indicative only.
 * For volume, the columnar paths of this package compute the same amounts over {@code long} columns.
 * <p>
 * Usage, a book held in memory (a file is read as it streams through {@code BookSource}):
 * <pre>{@code
 * BookCalculator<RiskPoolClaim> pool = BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS);
 * BookTotals totals = pool.run(claims, item -> items.add(item));   // one BookItem a claim, a bad one failed
 * totals.amount();                                                 // the book's compensation, certain to in reach
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BookCalculators {

  private BookCalculators() {
  }

  /**
   * Risk-compensation claims (风险补偿): one item per claim, its amount the compensation before any return of
   * recoveries, its id the loan id.
   *
   * @param measure  the measure, such as {@link RiskPoolMeasure#SHENZHEN_2023}
   * @param options  the options, {@link RiskPoolOptions#DEFAULTS} for the documented defaults
   * @return the book calculator
   * @throws InvalidInputException if an argument is null
   */
  public static BookCalculator<RiskPoolClaim> riskPool(RiskPoolMeasure measure, RiskPoolOptions options) {
    Args.notNull(measure, "measure");
    Args.notNull(options, "options");
    BookCalculator<RiskPoolClaim> calculator = (index, claim) ->
        guarded(index, claim, c -> Optional.of(c.loanId()), c -> {
          RiskPoolLoanCompensation result = RiskPoolCalculator.DEFAULT.explainCompensation(measure, c, options,
              ReceiptChoice.OMIT);
          return BookItem.of(index, Optional.of(c.loanId()), result.eligibility(), Optional.of(result.compensation()),
              Optional.empty());
        });
    return said(measure.documentStatus(), calculator);
  }

  /**
   * First-loan interest subsidies (首贷贴息): one item per enterprise request, its amount the enterprise's subsidy
   * after the per-enterprise cap. An enterprise made eligible by one loan whose amount is still a range, because
   * other loans are undetermined, names those loans' missing facts (such as
   * {@code /loans/1/forProductionOrOperation}), as the engine does.
   *
   * @param measure  the measure, such as {@link FirstLoanMeasure#SHENZHEN_2023}
   * @return the book calculator
   * @throws InvalidInputException if the measure is null
   */
  public static BookCalculator<FirstLoanRequest> firstLoan(FirstLoanMeasure measure) {
    Args.notNull(measure, "measure");
    BookCalculator<FirstLoanRequest> calculator = (index, request) ->
        guarded(index, request, r -> Optional.empty(), r -> {
          FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, r, ReceiptChoice.OMIT);
          BookItem item = BookItem.of(index, Optional.empty(), result.eligibility(), Optional.of(result.amount()),
              Optional.empty());
          return withOpenFacts(item, result.loans().stream().map(FirstLoanLoanSubsidy::eligibility).toList());
        });
    return said(measure.documentStatus(), calculator);
  }

  /**
   * Names, for an eligible enterprise whose amount is still a range, the missing facts of its undetermined loans,
   * as the engine's outcome does: the verdict is settled by an eligible loan, but the bank needs to know which facts
   * would settle the amount. Other items are returned as they are.
   */
  private static BookItem withOpenFacts(BookItem item, List<Eligibility> loans) {
    boolean open = item.amount().map(amount -> !amount.isExact()).orElse(false);
    if (item.verdict().orElse(null) != Verdict.ELIGIBLE || !open) {
      return item;
    }
    Set<String> missing = new LinkedHashSet<>(item.missingFacts());
    for (Eligibility loan : loans) {
      if (loan.verdict() == Verdict.UNDETERMINED) {
        missing.addAll(loan.missingFacts());
      }
    }
    return new BookItem(item.index(), item.id(), item.verdict(), item.amount(), item.rate(), item.reasonCode(),
        List.copyOf(missing), item.failure(), item.documentStatus());
  }

  /**
   * The guarantee-fee reduction (担保费降费): one item per guaranteed loan, its amount the fee the guarantor may charge
   * and its rate the annual fee rate that fee is at: the reduced rate and fee when eligible; the standard rate and fee
   * when ineligible (the measure does not apply, so, unlike other books, the amount is not zero); the range from the
   * reduced fee to the standard fee, with the reduced rate, when undetermined. The totals add the fees charged.
   *
   * @param measure  the measure
   * @return the book calculator
   * @throws InvalidInputException if the measure is null
   */
  public static BookCalculator<GuaranteeFeeReductionRequest> guaranteeFeeReduction(
      GuaranteeFeeReductionMeasure measure) {
    Args.notNull(measure, "measure");
    BookCalculator<GuaranteeFeeReductionRequest> calculator = (index, request) ->
        guarded(index, request, r -> Optional.empty(), r -> {
          GuaranteeFeeReductionResult result = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(measure, r,
              ReceiptChoice.OMIT);
          // the rate of the fee in the amount: an ineligible loan is charged at the standard rate, not the reduced one
          Rate rate = result.eligibility().verdict() == Verdict.INELIGIBLE ? result.standardFeeRate()
              : result.reducedFeeRate();
          return BookItem.of(index, Optional.empty(), result.eligibility(), Optional.of(result.amount()),
              Optional.of(rate));
        });
    return said(measure.documentStatus(), calculator);
  }

  /**
   * The guarantee-fee cap (担保费率上限): one item per guaranteed loan, its rate the annual fee-rate cap and its
   * amount the maximum fee when the guaranteed principal is given; an ineligible loan has neither, since no cap
   * applies to it, among them a loan contracted before the validity of the measure's parameters (reason code
   * {@code event-outside-validity}, decisions register §4.6 item 86). An undetermined loan (the recognition or the
   * guarantor not known) keeps the cap as its rate, the one it would get, and its amount runs from zero to the fee at
   * the cap, as the engine's outcome reads it (decisions register §4.6 items 76 and 91): the cap may not apply to
   * it, so the totals' minimum does not count it. The built-in measure is the Shenzhen 专精特新 <b>draft</b>: every
   * item and the totals say {@link DocumentStatus#DRAFT} (not binding, indicative only).
   *
   * @param measure  the measure
   * @return the book calculator
   * @throws InvalidInputException if the measure is null
   */
  public static BookCalculator<GuaranteeFeeBenchmarkCapRequest> guaranteeFeeCap(
      GuaranteeFeeBenchmarkCapMeasure measure) {
    Args.notNull(measure, "measure");
    BookCalculator<GuaranteeFeeBenchmarkCapRequest> calculator = (index, request) ->
        guarded(index, request, r -> Optional.empty(), r -> {
          GuaranteeFeeBenchmarkCapResult result = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(measure,
              r, ReceiptChoice.OMIT);
          // the measure caps only the loans it applies to: an ineligible loan's fee is not bound by it
          boolean applies = result.eligibility().verdict() != Verdict.INELIGIBLE;
          // an undetermined loan may be outside the measure, where it adds nothing: from zero to the fee at the cap
          boolean open = result.eligibility().verdict() == Verdict.UNDETERMINED;
          return BookItem.of(index, Optional.empty(), result.eligibility(),
              result.maximumFee().filter(fee -> applies).map(fee -> open
                  ? new AmountRange(Cny.ZERO, fee) : AmountRange.exactly(fee)),
              result.feeRateCap().filter(cap -> applies));
        });
    return said(measure.documentStatus(), calculator);
  }

  /**
   * The small/micro guarantee-fee subsidy (小微担保费补贴): one item per enterprise request, its amount the
   * enterprise's subsidy after its cap. An eligible enterprise whose amount is still a range names its undetermined
   * loans' missing facts, as {@link #firstLoan} does.
   *
   * @param measure  the measure
   * @return the book calculator
   * @throws InvalidInputException if the measure is null
   */
  public static BookCalculator<GuaranteeFeeSubsidyRequest> guaranteeFeeSubsidy(GuaranteeFeeSubsidyMeasure measure) {
    Args.notNull(measure, "measure");
    BookCalculator<GuaranteeFeeSubsidyRequest> calculator = (index, request) ->
        guarded(index, request, r -> Optional.empty(), r -> {
          GuaranteeFeeSubsidyResult result = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(measure, r,
              ReceiptChoice.OMIT);
          BookItem item = BookItem.of(index, Optional.empty(), result.eligibility(), Optional.of(result.amount()),
              Optional.empty());
          return withOpenFacts(item, result.loans().stream().map(GuaranteeFeeLoanSubsidy::eligibility).toList());
        });
    return said(measure.documentStatus(), calculator);
  }

  /**
   * The tech-SME financing subsidy (科技型中小企业贴息贴保): one item per enterprise request, its amount the
   * enterprise's total subsidy after the caps.
   *
   * @param measure  the measure
   * @return the book calculator
   * @throws InvalidInputException if the measure is null
   */
  public static BookCalculator<TechSmeRequest> techSme(TechSmeMeasure measure) {
    Args.notNull(measure, "measure");
    BookCalculator<TechSmeRequest> calculator = (index, request) ->
        guarded(index, request, r -> Optional.empty(), r -> {
          TechSmeResult result = TechSmeCalculator.DEFAULT.explainSubsidy(measure, r, ReceiptChoice.OMIT);
          return BookItem.of(index, Optional.empty(), result.eligibility(), Optional.of(result.amount()),
              Optional.empty());
        });
    return said(measure.documentStatus(), calculator);
  }

  /**
   * A calculator whose items, failed ones included, and whose totals say the measure's document status unless it is
   * in force ({@link BookItem#documentStatus()}): a draft's figures are indicative only.
   */
  private static <R> BookCalculator<R> said(DocumentStatus status, BookCalculator<R> calculator) {
    Optional<DocumentStatus> documentStatus = BookItem.statusSaid(status);
    if (documentStatus.isEmpty()) {
      return calculator;
    }
    return new BookCalculator<>() {
      @Override
      public BookItem evaluate(long index, R request) {
        return calculator.evaluate(index, request).withDocumentStatus(documentStatus);
      }

      @Override
      public Optional<DocumentStatus> documentStatus() {
        return documentStatus;
      }
    };
  }

  /** Evaluates a request, turning a null request or a rejected one into a failed item. */
  private static <R> BookItem guarded(long index, R request, Function<R, Optional<String>> id,
      Function<R, BookItem> evaluate) {
    if (request == null) {
      return BookItem.failed(index, Optional.empty(), BookFailure.from(new InvalidInputException("")));
    }
    try {
      return evaluate.apply(request);
    } catch (HuiqiException ex) {
      return BookItem.failed(index, id.apply(request), BookFailure.from(ex));
    }
  }
}
