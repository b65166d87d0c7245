package io.github.huiqi.calculators.tax.firmyear;

import io.github.huiqi.calculators.tax.rd.RdCalculator;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.rd.RdExcludedIndustry;
import io.github.huiqi.core.tax.rd.RdMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The most 小型微利企业 relief when the taxable income after the R&amp;D extra deduction may lie on either side of the
 * taxable-income limit (decisions register §4.6 items 123 and 136). The relief grows with the income up to the limit
 * and is nothing above it, so the relief at the two ends of the income's range (after the greatest and the least
 * deduction) can miss a deduction between them: an industry not given, or given too coarsely to tell (on the negative
 * list or not), and an IC or 工业母机 kind not given leave three deductions (none, 100%, 120%), the middle one the most
 * relief. The R&amp;D facts the deduction waits on (the industry, the 科技型中小企业 enrolment, manufacturing, IC or
 * 工业母机) are completed each way, and the most is the most over the completions' incomes: within one completion's
 * range that crosses the limit, or when a completion cannot be run, the relief at the limit (the most any income
 * within it gets).
 */
final class FirmYearReliefBetweenEnds {

  /** An industry off the negative list: 通用设备制造业 (GB/T 4754-2017 C3484). */
  private static final String OFF_THE_LIST = "C3484";

  private FirmYearReliefBetweenEnds() {
  }

  /**
   * The most relief over the completions of the R&amp;D kind facts.
   *
   * @param measures  the firm-year's measures
   * @param request  the firm-year's request, its R&amp;D given
   * @param limit  the taxable-income limit, yuan
   * @return the most relief, yuan
   */
  static BigDecimal most(FirmYearMeasures measures, FirmYearRequest request, BigDecimal limit) {
    FirmYearIncomeTax input = request.incomeTax();
    BigDecimal before = Cny.yuan(input.taxableIncomeBeforeRd(), "taxableIncomeBeforeRd");
    BigDecimal most = BigDecimal.ZERO;
    List<RdRequest> completions;
    try {
      completions = completions(measures.rd(), request.rd().orElseThrow());
    } catch (HuiqiException | NoSuchElementException refused) {
      return relief(measures, request, limit);
    }
    for (RdRequest completion : completions) {
      AmountRange deduction;
      try {
        deduction = RdCalculator.DEFAULT.explainExtraDeduction(measures.rd(), completion, ReceiptChoice.OMIT)
            .totalExtraDeduction();
      } catch (HuiqiException refused) {
        return relief(measures, request, limit);
      }
      BigDecimal low = before.subtract(Cny.yuan(deduction.maximum(), "maximum")).max(BigDecimal.ZERO);
      BigDecimal high = before.subtract(Cny.yuan(deduction.minimum(), "minimum")).max(BigDecimal.ZERO);
      if (low.compareTo(limit) <= 0 && high.compareTo(limit) > 0) {
        most = most.max(relief(measures, request, limit));
      } else {
        most = most.max(relief(measures, request, low)).max(relief(measures, request, high));
      }
    }
    return most;
  }

  /** The most relief at one taxable income. */
  private static BigDecimal relief(FirmYearMeasures measures, FirmYearRequest request, BigDecimal income) {
    return Cny.yuan(SmallLowProfitCalculator.DEFAULT.explainTaxDue(measures.incomeTax(),
        request.incomeTax().on(request.taxYear(), Cny.of(income)), ReceiptChoice.OMIT).relief().maximum(),
        "relief");
  }

  /**
   * The request with each kind fact not given completed each way: the industry on the negative list or off it, when
   * it is not given or is given too coarsely to tell (the section {@code C}, which may be 烟草制品业 {@code C16}:
   * register §4.6 item 136), and each flag not given true and false.
   */
  private static List<RdRequest> completions(RdMeasure measure, RdRequest request) {
    List<Optional<String>> industries = new ArrayList<>();
    Optional<String> given = request.industryCode();
    Optional<RdExcludedIndustry> possible = given.flatMap(measure::findPossibleExclusion);
    if (given.isPresent() && possible.isEmpty()) {
      industries.add(given);
    } else {
      // off the list (the deduction reads the code against the list only; manufacturing is the request's flag), and
      // on it: the listed division the coarse code may be in, or the first listed industry for a code not given
      industries.add(Optional.of(OFF_THE_LIST));
      possible.or(() -> measure.excludedIndustries().stream().findFirst())
          .ifPresent(listed -> industries.add(Optional.of(listed.code())));
    }
    List<RdRequest> completions = new ArrayList<>();
    for (Optional<String> industry : industries) {
      for (Optional<Boolean> techSme : ways(request.techSme())) {
        for (Optional<Boolean> manufacturing : ways(request.manufacturing())) {
          for (Optional<Boolean> ic : ways(request.icOrMachineTool())) {
            completions.add(RdRequest.builder().from(request).industryCode(industry).build()
                .withFlags(techSme, manufacturing, ic));
          }
        }
      }
    }
    return completions;
  }

  private static List<Optional<Boolean>> ways(Optional<Boolean> given) {
    return given.isPresent() ? List.of(given) : List.of(Optional.of(false), Optional.of(true));
  }
}
