package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.classification.scale.ScaleUpYear;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * Valid instances of the list items built with builders that were records with {@code Optional} constructor
 * arguments (a year of the 规上 history, a VAT filing period, an R&amp;D intangible, a renovation interest payment),
 * every fact given: the starting point of {@link BuilderNullCorpusTest}'s out-of-range calls to their setters.
 */
final class InputItems {

  private InputItems() {
  }

  static List<Object> valid() {
    return List.of(
        ScaleUpYear.of(2023, true, Cny.of("25000000")),
        VatFilingPeriod.ofQuarter(2023, 2),
        RdIntangibleAsset.builder().cost(Cny.of("1200000")).amortisationMonths(120).monthsInYear(12).yearFormed(2022)
            .build(),
        RenovationInterestPayment.of("R-1", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN, LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 7, 1), Cny.of("12000")).onLoan("L-1"));
  }
}
