package io.github.huiqi.calculators.tax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPack;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link ProfileTaxYear} to the documented default (decisions register §4.6: the latest year of the profile not
 * after the evaluation date's year), a loss taken as zero (§1.7), and the rewriting of a tax calculator's request
 * pointers and error fields into the profile's.
 */
class ProfileTaxYearTest {

  private static EnterpriseYear year(int year) {
    return EnterpriseYear.builder().year(year).build();
  }

  @Test
  void choose_latestYearNotAfterTheDatesYear() {
    // years given out of order: 2024, 2022, 2023
    EnterpriseProfile profile = EnterpriseProfile.builder().years(List.of(year(2024), year(2022), year(2023))).build();
    // on 2023-06-30 the year in progress, 2023, is held
    assertThat(ProfileTaxYear.choose(profile, LocalDate.of(2023, 6, 30))).map(EnterpriseYear::year).contains(2023);
    // on 2026-01-01 the last year held, 2024
    assertThat(ProfileTaxYear.choose(profile, LocalDate.of(2026, 1, 1))).map(EnterpriseYear::year).contains(2024);
    // on 2022-12-31, 2022 itself
    assertThat(ProfileTaxYear.choose(profile, LocalDate.of(2022, 12, 31))).map(EnterpriseYear::year).contains(2022);
    // before every year, and with the years not known: none
    assertThat(ProfileTaxYear.choose(profile, LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(ProfileTaxYear.choose(EnterpriseProfile.builder().build(), LocalDate.of(2023, 6, 30))).isEmpty();
    // the pointer of the year chosen is its index in the profile
    assertThat(ProfileTaxYear.pointer(profile, year(2023))).isEqualTo("/years/2");
    assertThat(ProfileTaxYear.pointer(profile, year(2024))).isEqualTo("/years/0");
  }

  @Test
  void taxableIncome_lossTakenAsZero() {
    EnterpriseYear loss = EnterpriseYear.builder().year(2023).taxableIncomeBeforeRd(Cny.of("-5000.00")).build();
    EnterpriseYear profit = EnterpriseYear.builder().year(2023).taxableIncomeBeforeRd(Cny.of("3000000.00")).build();
    EnterpriseYear nil = EnterpriseYear.builder().year(2023).taxableIncomeBeforeRd(Cny.of("0.00")).build();
    assertThat(ProfileTaxYear.taxableIncome(loss)).hasValueSatisfying(v -> assertThat(v).isZero());
    assertThat(ProfileTaxYear.taxableIncome(profit)).contains(new BigDecimal("3000000.00"));
    assertThat(ProfileTaxYear.taxableIncome(year(2023))).isEmpty();
    assertThat(ProfileTaxYear.lossNote(loss)).map(Reason::code).contains("loss-taken-as-zero");
    assertThat(ProfileTaxYear.lossNote(loss)).map(Reason::citation).contains(ProfileTaxYear.LOSS_AS_ZERO);
    assertThat(ProfileTaxYear.lossNote(profit)).isEmpty();
    assertThat(ProfileTaxYear.lossNote(nil)).isEmpty();
    assertThat(ProfileTaxYear.lossNote(year(2023))).isEmpty();
  }

  @Test
  void pointers_requestPartsToTheProfile() {
    ProfilePointers pointers = ProfileTaxYear.pointers("/years/1");
    assertThat(pointers.toProfile("/rd/manufacturing")).isEqualTo("/industryCode");
    assertThat(pointers.toProfile("/manufacturing")).isEqualTo("/industryCode");
    assertThat(pointers.toProfile("/incomeTax/quarters")).isEqualTo("/years/1/quarters");
    assertThat(pointers.toProfile("/quarters")).isEqualTo("/years/1/quarters");
    assertThat(pointers.toProfile("/rd/techSme")).isEqualTo("/techSme");
    assertThat(pointers.toProfile("/incomeTax/restrictedOrProhibitedIndustry"))
        .isEqualTo("/restrictedOrProhibitedIndustry");
    assertThat(pointers.toProfile("/industryCode")).isEqualTo("/industryCode");
    assertThat(pointers.toProfile("/techSme")).isEqualTo("/techSme");
    assertThat(pointers.toProfile("/icOrMachineTool")).isEqualTo("/icOrMachineTool");
    assertThat(pointers.toProfile("/restrictedOrProhibitedIndustry")).isEqualTo("/restrictedOrProhibitedIndustry");
  }

  @Test
  void relocate_namesTheProfilesField() {
    InvalidInputException ex = new InvalidInputException("expensedCosts/personnel", "-1", "must not be negative");
    // an R&D fact is the year's rd… fact of the same name
    assertThat(ProfileTaxYear.relocate(ex, "/years/1").field()).isEqualTo("/years/1/rdExpensedCosts/personnel");
    assertThat(ProfileTaxYear.relocate(ex.withField("/rd/projects/0/name"), "/years/1").field())
        .isEqualTo("/years/1/rdProjects/0/name");
    assertThat(ProfileTaxYear.relocate(ex.withField("intangibles"), "/years/0").field())
        .isEqualTo("/years/0/rdIntangibles");
    // the industry code is the profile's
    assertThat(ProfileTaxYear.relocate(ex.withField("/rd/industryCode"), "/years/1").field())
        .isEqualTo("/industryCode");
    // anything else is the year's, under /incomeTax as well
    assertThat(ProfileTaxYear.relocate(ex.withField("/incomeTax/quarters/2/quarter"), "/years/1").field())
        .isEqualTo("/years/1/quarters/2/quarter");
    assertThat(ProfileTaxYear.relocate(ex.withField("quarters"), "/years/1").field())
        .isEqualTo("/years/1/quarters");
    // the request as a whole is the year
    assertThat(ProfileTaxYear.relocate(ex.withField(""), "/years/1").field()).isEqualTo("/years/1");
    // code, value and problem kept
    InvalidInputException relocated = ProfileTaxYear.relocate(ex, "/years/1");
    assertThat(relocated.code()).isEqualTo(ex.code());
    assertThat(relocated.problem()).isEqualTo("must not be negative");
  }

  @Test
  void reasons_codesAndCitations() {
    assertThat(ProfileTaxYear.choiceNote(2023).code()).isEqualTo("tax-year");
    assertThat(ProfileTaxYear.choiceNote(2023).message().en()).contains("2023");
    assertThat(ProfileTaxYear.choiceNote(2023).citation()).isEqualTo(ProfileTaxYear.CHOICE);
    assertThat(ProfileTaxYear.noTaxYear(LocalDate.of(2023, 6, 30)).code()).isEqualTo("no-tax-year");
    assertThat(ProfileTaxYear.noTaxYear(LocalDate.of(2023, 6, 30)).message().en()).contains("2023");
    assertThat(ProfileTaxYear.rdKindsNote().citation()).isEqualTo(ProfileTaxYear.RD_KINDS);
    assertThat(ProfileTaxYear.noRules(2019, ProfileTaxYear.CHOICE).code()).isEqualTo("no-rules-for-tax-year");
  }

  @Test
  void counterpart_theEvaluatedMeasuresDocument_elseTheFirstOfTheData_elseTheBuiltIn() {
    // a host's copy of 深工信〔2023〕26号 under another document id, read before the built-in pack, so that its
    // R&D measure comes first in the data
    PolicyPack copy = PolicyPacks.read(HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"))
        .replace("sz-gxj-2023-26", "sz-gxj-2099-1"), "copy");
    PolicyData both = PolicyData.of(List.of(copy)).withPack(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"));
    RdMeasure builtInRd = PolicyData.builtIn().getMeasure(RdMeasure.SHENZHEN_2023);
    RdMeasure copyRd = both.getMeasure(TypedMeasureId.of("sz-gxj-2099-1.rd-super-deduction", RdMeasure.class));
    assertThat(copyRd).isNotEqualTo(builtInRd);
    // the 小型微利企业 measure of 26号 finds 26号's own R&D measure, not the first of the data
    SmallLowProfitMeasure slp = PolicyData.builtIn().getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
    assertThat(ProfileTaxYear.counterpart(both, slp, RdMeasure.class, RdMeasure.SHENZHEN_2023))
        .isEqualTo(builtInRd);
    // a measure of a document with no R&D measure (沪府办〔2023〕1号): the first of the data, the copy's
    FirstLoanGuaranteedMeasure shanghai = PolicyData.builtIn().getMeasure(FirstLoanGuaranteedMeasure.SHANGHAI_2023);
    assertThat(ProfileTaxYear.counterpart(both, shanghai, RdMeasure.class, RdMeasure.SHENZHEN_2023))
        .isEqualTo(copyRd);
    // data with no R&D measure at all: the built-in one
    assertThat(ProfileTaxYear.counterpart(PolicyData.of(List.of()), shanghai, RdMeasure.class,
        RdMeasure.SHENZHEN_2023)).isEqualTo(builtInRd);
  }
}
