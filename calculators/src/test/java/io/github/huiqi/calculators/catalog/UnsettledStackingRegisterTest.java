package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The note {@link UnsettledStackingRule} puts on the tech-SME 贴保 and the small/micro guarantee-fee subsidy cites an
 * entry of the decisions register; that entry records this decision in the note's own words, not only the awards'
 * 就高不重复 default it was first written for.
 */
class UnsettledStackingRegisterTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate EARLY_2024 = LocalDate.of(2024, 1, 15);

  @Test
  void test_theCitedEntryRecordsTheDecision() throws IOException {
    MeasureOutcome tech = paying(CATALOG.evaluate(TechSmeMeasure.SHENZHEN_2023.id(), CatalogProfiles.sample(),
        EARLY_2024));
    MeasureOutcome fee = paying(CATALOG.evaluate(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id(),
        CatalogProfiles.sample(), EARLY_2024));
    EvaluationContext context = new EvaluationContext(EARLY_2024, CATALOG.data(), EngineOptions.DEFAULTS,
        CATALOG.get(TechSmeMeasure.SHENZHEN_2023.id()));
    List<MeasureOutcome> noted = UnsettledStackingRule.DEFAULT.apply(List.of(tech, fee), CatalogProfiles.sample(),
        context, CATALOG, true);
    Citation citation = noted.get(0).notes().stream().filter(note -> note.code().equals("unsettled-stacking"))
        .map(Reason::citation).findFirst().orElseThrow();
    String heading = citation.article().substring("decisions register ".length()) + " item " + citation.item().get();

    String entry = entry(heading);
    assertThat(entry).as("the register's entry " + heading).contains(citation.note().get());
    assertThat(entry).contains("unsettledStacking", "COUNT_BOTH", "第13条", "2021 reply letter");
  }

  /** The outcome made eligible for 1,000.00, counted in the total (the rule notes only live outcomes). */
  private static MeasureOutcome paying(MeasureOutcome outcome) {
    return outcome.toBuilder().verdict(Verdict.ELIGIBLE).amount(OutcomeAmount.exactly(Cny.of("1000")))
        .countedInTotal(true).build();
  }

  /** The text of the register's entry under the heading "## {heading} — …", up to the next heading. */
  private static String entry(String heading) throws IOException {
    try (InputStream in = Citation.class.getResourceAsStream("decisions-register.md")) {
      assertThat(in).isNotNull();
      String register = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int start = register.indexOf("\n## " + heading + " — ");
      assertThat(start).as(heading).isNotNegative();
      int end = register.indexOf("\n## ", start + 1);
      return register.substring(start, end < 0 ? register.length() : end);
    }
  }
}
