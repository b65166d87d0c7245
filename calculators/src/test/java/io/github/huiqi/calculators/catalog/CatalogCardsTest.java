package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.policy.MeasureId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalogue models every quantitative measure of the five seeds: each card of the domain reference's
 * measure tables (seed 000 深工信〔2023〕26号, 001 小升规方案, 002 the 2021 reply letter, 003 沪企服办〔2023〕1号, 004 the
 * 专精特新 draft) has its catalogue entries, and the catalogue holds nothing that no card (or the size standard the
 * classification reads) accounts for.
 */
class CatalogCardsTest {

  private static final Map<String, List<String>> CARDS = cards();

  private static Map<String, List<String>> cards() {
    Map<String, List<String>> cards = new LinkedHashMap<>();
    cards.put("000-1a/1b small-scale VAT", List.of("sz-gxj-2023-26.small-scale-vat"));
    cards.put("000-1c 小型微利企业", List.of("sz-gxj-2023-26.small-low-profit-enterprise"));
    cards.put("000-1d R&D super deduction", List.of("sz-gxj-2023-26.rd-super-deduction"));
    cards.put("000-2a social-insurance late fees", List.of("sz-gxj-2023-26.insurance-late-fee-waiver"));
    cards.put("000-2c housing fund", List.of("sz-gxj-2023-26.housing-fund-deferral"));
    cards.put("000-2d utilities", List.of("sz-gxj-2023-26.utility-arrears-relief"));
    cards.put("000-3 工业上楼", List.of("sz-gxj-2023-26.high-rise-average-rent"));
    cards.put("000-5a pool uplift", List.of("sz-gxj-2023-26.risk-compensation-pool"));
    cards.put("000-5b first loan", List.of("sz-gxj-2023-26.first-loan-interest-subsidy"));
    cards.put("000-6 fee reduction", List.of("sz-gxj-2023-26.guarantee-fee-reduction"));
    cards.put("000-7 deferral", List.of("sz-gxj-2023-26.loan-deferral"));
    cards.put("000-9 procurement", List.of("sz-gxj-2023-26.sme-procurement-reservation"));
    cards.put("000-13 科技贴息", List.of("sz-gxj-2023-26.tech-sme-interest-subsidy"));
    cards.put("000-16 创客中国", List.of("sz-gxj-2023-26.maker-china-award"));
    cards.put("000-17 digital platforms", List.of("sz-gxj-2023-26.digital-platform-subsidy"));
    cards.put("001-4a cultivation pool", List.of("sz-gxj-2022-small-to-scale.cultivation-pool"));
    cards.put("001-4b 小升规 reward", List.of("sz-gxj-2022-small-to-scale.small-to-scale-reward"));
    cards.put("001-10a renovation grant", List.of("sz-gxj-2022-small-to-scale.technical-renovation-grant"));
    cards.put("001-10b renovation interest",
        List.of("sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy"));
    cards.put("001-14 fee support", List.of("sz-gxj-2022-small-to-scale.guarantee-fee-subsidy"));
    cards.put("002-a 专精特新 awards", List.of("sz-gxj-2021-reply-20210370.specialised-award"));
    cards.put("002-b 创新型产业用房", List.of("sz-gxj-2021-reply-20210370.innovation-space-rent"));
    cards.put("002-c 光明区 rent", List.of("sz-gxj-2021-reply-20210370.guangming-rent-subsidy"));
    cards.put("002-d 龙岗区 rent", List.of("sz-gxj-2021-reply-20210370.longgang-rent-subsidy"));
    cards.put("002-e 科技贴息贴保", List.of("sz-gxj-2023-26.tech-sme-interest-subsidy"));
    cards.put("002-f pool", List.of("sz-gxj-2023-26.risk-compensation-pool"));
    cards.put("002-g fee subsidy", List.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy"));
    cards.put("002-h demonstration platform", List.of("sz-gxj-2021-reply-20210370.demonstration-platform-award"));
    cards.put("003-1 district awards", List.of("sh-qfb-2023-1.specialised-recognition-award"));
    cards.put("003-2 first 四上 高企", List.of("sh-qfb-2023-1.four-above-high-tech-reward"));
    cards.put("003-3 成果转化 +30%", List.of("sh-qfb-2023-1.achievement-transfer-uplift"));
    cards.put("003-5 technical renovation", List.of("sh-qfb-2023-1.technical-renovation-support"));
    cards.put("003-6 green upgrading", List.of("sh-qfb-2023-1.green-upgrade-support"));
    cards.put("003-8 digital-service contracts", List.of("sh-qfb-2023-1.digital-service-contract-support"));
    cards.put("003-11 procurement", List.of("sh-qfb-2023-1.sme-procurement-reservation"));
    cards.put("003-15a Shanghai first loan", List.of("sh-qfb-2023-1.first-loan-interest-subsidy"));
    cards.put("003-15b average fee", List.of("sh-qfb-2023-1.average-guarantee-fee-ceiling"));
    cards.put("003-19 hiring", List.of("sh-qfb-2023-1.hiring-subsidy"));
    cards.put("003-20 social-insurance late fees", List.of("sh-qfb-2023-1.insurance-late-fee-waiver"));
    cards.put("003-21 arrears", List.of("sh-qfb-2023-1.arrears-clearance"));
    cards.put("003-22 tax (restated national)", List.of("sh-qfb-2023-1.small-scale-vat",
        "sh-qfb-2023-1.small-low-profit-enterprise", "sh-qfb-2023-1.rd-super-deduction"));
    cards.put("004-5a fee cap", List.of("sz-gxj-zjtx-32-draft.guarantee-fee-cap"));
    cards.put("004-5b pool support", List.of("sz-gxj-zjtx-32-draft.pool-compensation"));
    cards.put("004-5c interest support", List.of("sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy"));
    cards.put("004-9 创客中国", List.of("sz-gxj-zjtx-32-draft.maker-china-award"));
    cards.put("004-12 platform fees", List.of("sz-gxj-zjtx-32-draft.platform-service-fee"));
    cards.put("004-14 training", List.of("sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy"));
    cards.put("004-29 state-owned space", List.of("sz-gxj-zjtx-32-draft.state-owned-space-purchase"));
    cards.put("§2.14 size standard (工信部联企业〔2011〕300号)", List.of("miit-2011-300.enterprise-size"));
    return cards;
  }

  @Test
  void test_everyCardHasItsMeasures() {
    Catalog catalog = Catalog.builtIn();
    CARDS.forEach((card, ids) -> ids.forEach(id ->
        assertThat(catalog.find(MeasureId.of(id))).as(card + ": " + id).isPresent()));
  }

  @Test
  void test_everyMeasureOfTheCatalogueHasItsCard() {
    Set<String> carded = new TreeSet<>();
    CARDS.values().forEach(carded::addAll);
    Set<String> catalogued = new TreeSet<>();
    Catalog.builtIn().entries().forEach(entry -> catalogued.add(entry.measure().id().value()));
    assertThat(catalogued).isEqualTo(carded);
    assertThat(catalogued).hasSize(49);
  }
}
