package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests the built-in packs' {@link MeasureListing}s: the responsible departments (责任单位) of each measure, read by
 * hand from the seed texts, and one listing for every built-in measure.
 */
class MeasureListingTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  private static final LocalizedText SME_BUREAU = LocalizedText.of("市中小企业服务局", "Shenzhen SME Service Bureau");
  private static final LocalizedText FINANCE_REGULATOR = LocalizedText.of("市地方金融监管局",
      "Shenzhen Local Financial Supervision and Administration Bureau");
  private static final LocalizedText PBOC_SHENZHEN = LocalizedText.of("人民银行深圳市中心支行",
      "People's Bank of China Shenzhen Central Sub-branch");
  private static final LocalizedText CBIRC_SHENZHEN = LocalizedText.of("深圳银保监局",
      "Shenzhen Office of the China Banking and Insurance Regulatory Commission (CBIRC)");
  private static final LocalizedText INDUSTRY_BUREAU = LocalizedText.of("市工业和信息化局",
      "Shenzhen Municipal Bureau of Industry and Information Technology");
  private static final LocalizedText FINANCE_BUREAU = LocalizedText.of("市财政局", "Shenzhen Municipal Finance Bureau");
  private static final LocalizedText SASAC = LocalizedText.of("市国资委",
      "State-owned Assets Supervision and Administration Commission of Shenzhen Municipality (Shenzhen SASAC)");
  private static final LocalizedText TAX_SERVICE = LocalizedText.of("深圳市税务局",
      "Shenzhen Municipal Tax Service, State Taxation Administration");
  private static final LocalizedText SCIENCE_COMMISSION = LocalizedText.of("市科技创新委",
      "Science, Technology and Innovation Commission of Shenzhen Municipality");

  //-------------------------------------------------------------------------
  @Test
  void test_firstLoanSubsidy_theSecondSetOfArticle5() {
    // 深工信〔2023〕26号 第5条: "…给予2%的贴息补助，单户企业贴息金额最高20万元，贴息期限不超过6个月。（责任单位：
    // 市中小企业服务局、市地方金融监管局、人民银行深圳市中心支行、深圳银保监局）"
    MeasureListing listing = listing("sz-gxj-2023-26.first-loan-interest-subsidy");
    assertThat(listing.responsibleDepartments())
        .containsExactly(SME_BUREAU, FINANCE_REGULATOR, PBOC_SHENZHEN, CBIRC_SHENZHEN);
    assertSourceText(listing, "深工信〔2023〕26号", "第5条",
        "（责任单位：市中小企业服务局、市地方金融监管局、人民银行深圳市中心支行、深圳银保监局）");
  }

  @Test
  void test_riskPool_theFirstSetOfArticle5() {
    // 第5条: "市中小微企业银行贷款风险补偿资金池…补偿比例最高为80%。（责任单位：市工业和信息化局、市财政局）",
    // not the first-loan subsidy's four departments
    MeasureListing listing = listing("sz-gxj-2023-26.risk-compensation-pool");
    assertThat(listing.responsibleDepartments()).containsExactly(INDUSTRY_BUREAU, FINANCE_BUREAU);
    assertSourceText(listing, "深工信〔2023〕26号", "第5条", "（责任单位：市工业和信息化局、市财政局）");
  }

  @Test
  void test_guaranteeFeeReduction_article6() {
    // 第6条: "…担保费率最高减免40%、且不高于1%…（责任单位：市地方金融监管局、市国资委、市财政局）"
    MeasureListing listing = listing("sz-gxj-2023-26.guarantee-fee-reduction");
    assertThat(listing.responsibleDepartments()).containsExactly(FINANCE_REGULATOR, SASAC, FINANCE_BUREAU);
    assertSourceText(listing, "深工信〔2023〕26号", "第6条", "（责任单位：市地方金融监管局、市国资委、市财政局）");
  }

  @Test
  void test_loanDeferral_theFirstSetOfArticle7() {
    // 第7条: "…最长可延至2023年6月30日。（责任单位：人民银行深圳市中心支行、深圳银保监局）"; the second set (four
    // departments) is for the 抽贷、压贷、断贷 coordination mechanism
    MeasureListing listing = listing("sz-gxj-2023-26.loan-deferral");
    assertThat(listing.responsibleDepartments()).containsExactly(PBOC_SHENZHEN, CBIRC_SHENZHEN);
    assertSourceText(listing, "深工信〔2023〕26号", "第7条", "（责任单位：人民银行深圳市中心支行、深圳银保监局）");
  }

  @Test
  void test_taxMeasures_article1() {
    // 第1条 enacts the VAT, 小型微利企业 and R&D measures and ends "（责任单位：深圳市税务局）"
    for (String id : List.of("sz-gxj-2023-26.small-scale-vat", "sz-gxj-2023-26.small-low-profit-enterprise",
        "sz-gxj-2023-26.rd-super-deduction")) {
      MeasureListing listing = listing(id);
      assertThat(listing.responsibleDepartments()).as(id).containsExactly(TAX_SERVICE);
      assertSourceText(listing, "深工信〔2023〕26号", "第1条", "（责任单位：深圳市税务局）");
    }
  }

  @Test
  void test_techSmeSubsidy_article13() {
    // 第13条: "…最高可按照实际支付利息的 80% 予以资助。…(责任单位：市科技创新委)"
    MeasureListing listing = listing("sz-gxj-2023-26.tech-sme-interest-subsidy");
    assertThat(listing.responsibleDepartments()).containsExactly(SCIENCE_COMMISSION);
    assertSourceText(listing, "深工信〔2023〕26号", "第13条", "(责任单位：市科技创新委)");
  }

  @Test
  void test_renovation_clause10OfThePlan() {
    // 小升规方案 (十) 支持技术改造: "…给予最高500万元的贴息资助。(责任单位：市工业和信息化局、市中小企业服务局)",
    // one set for the grant and the interest subsidy
    for (String id : List.of("sz-gxj-2022-small-to-scale.technical-renovation-grant",
        "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy")) {
      MeasureListing listing = listing(id);
      assertThat(listing.responsibleDepartments()).as(id).containsExactly(INDUSTRY_BUREAU, SME_BUREAU);
      assertSourceText(listing, "深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年)", "第十条",
          "(责任单位：市工业和信息化局、市中小企业服务局)");
    }
  }

  @Test
  void test_replyLetter_namesTheBureauThatRunsTheProgramme() {
    // the 2021 reply letter, 二: "市中小企业服务局设立小型微型企业银行贷款担保费资助项目" (no 责任单位 clause)
    MeasureListing listing = listing("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
    assertThat(listing.responsibleDepartments()).containsExactly(SME_BUREAU);
    assertSourceText(listing, "市工业和信息化局关于对市政协七届一次会议第20210370号提案答复意见的函", "二",
        "市中小企业服务局设立小型微型企业银行贷款担保费资助项目");
    assertThat(listing.citation().note()).hasValueSatisfying(note -> assertThat(note).contains("no 责任单位"));
  }

  @Test
  void test_shanghai_clause15_departmentsInParentheses() {
    // 沪企服办〔2023〕1号 （十五）: "…政府性融资担保机构平均担保费率保持1%（含）以下。（市经济信息化委、市财政局）"
    List<LocalizedText> expected = List.of(
        LocalizedText.of("市经济信息化委", "Shanghai Municipal Commission of Economy and Informatization"),
        LocalizedText.of("市财政局", "Shanghai Municipal Finance Bureau"));
    for (String id : List.of("sh-qfb-2023-1.first-loan-interest-subsidy",
        "sh-qfb-2023-1.average-guarantee-fee-ceiling")) {
      MeasureListing listing = listing(id);
      assertThat(listing.responsibleDepartments()).as(id).isEqualTo(expected);
      assertSourceText(listing, "沪企服办〔2023〕1号", "第十五条", "（市经济信息化委、市财政局）");
    }
  }

  @Test
  void test_draft_clause5_allFiveDepartments() {
    // 征求意见稿 (五): "…担保费率不高于国家当期银行贷款基准利率的二分之一…(责任单位:市国资委、市财政局、
    // 市工业和信息化局、市发展改革委、市科技创新委)"
    MeasureListing listing = listing("sz-gxj-zjtx-32-draft.guarantee-fee-cap");
    assertThat(listing.responsibleDepartments()).extracting(LocalizedText::zh)
        .containsExactly("市国资委", "市财政局", "市工业和信息化局", "市发展改革委", "市科技创新委");
    assertSourceText(listing, "深圳市关于促进专精特新企业高质量发展的若干措施(征求意见稿)", "第五条",
        "(责任单位:市国资委、市财政局、市工业和信息化局、市发展改革委、市科技创新委)");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_everyBuiltInMeasure_hasExactlyOneListing() {
    assertThat(DATA.measures()).hasSize(49);
    for (Measure measure : DATA.measures()) {
      assertThat(DATA.findListing(measure.id())).as(measure.id().value()).isPresent();
    }
    for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
      PolicyPack pack = PolicyPacks.readBuiltIn(resource);
      // PolicyPack rejects a second listing of a measure, so equal counts mean exactly one each
      assertThat(pack.listings()).as(resource).extracting(MeasureListing::measure)
          .containsExactlyInAnyOrderElementsOf(pack.measures().stream().map(Measure::id).toList());
    }
  }

  @Test
  void test_everyListing_quotesItsDepartments_fromTheMeasuresClause() {
    for (Measure measure : DATA.measures()) {
      MeasureListing listing = DATA.findListing(measure.id()).orElseThrow();
      Citation citation = listing.citation();
      String what = measure.id().value();
      assertThat(citation.provenance()).as(what).isEqualTo(Provenance.SOURCE_TEXT);
      assertThat(citation.article()).as(what).isEqualTo(measure.clause().article());
      // the measure's own document, by its 文号 or else its title (the draft's title in 《》 before "(征求意见稿)")
      PolicyDocument document = DATA.documentOf(measure);
      assertThat(citation.document()).as(what)
          .contains(document.documentNumber().orElse(document.title().replace("(征求意见稿)", "")));
      assertThat(citation.quote()).as(what).isPresent();
      if (listing.responsibleDepartments().isEmpty()) {
        assertThat(citation.note()).as(what + ": an empty list says why").isPresent();
      }
      for (LocalizedText department : listing.responsibleDepartments()) {
        assertThat(citation.quote().get()).as(what).contains(department.zh());
        assertThat(department.en()).as(what).doesNotContainPattern("\\p{IsHan}");
      }
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_listing_rejectsNulls() {
    Citation citation = Citation.sourceText("深工信〔2023〕26号", "第6条", "（责任单位：市国资委）");
    MeasureId id = MeasureId.of("sz-gxj-2023-26.guarantee-fee-reduction");
    assertThatThrownBy(() -> new MeasureListing(null, List.of(), citation, Optional.empty()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("measure"));
    assertThatThrownBy(() -> new MeasureListing(id, null, citation, Optional.empty()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("responsibleDepartments"));
    assertThatThrownBy(() -> new MeasureListing(id, List.of(), null, Optional.empty()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("citation"));
  }

  @Test
  void test_hostPack_listingOfAnotherPacksMeasure_isRejected() {
    PolicyPack pack = PolicyPacks.readBuiltIn("sz-gxj-zjtx-32-draft.json");
    MeasureListing foreign = new MeasureListing(MeasureId.of("sz-gxj-2023-26.guarantee-fee-reduction"), List.of(),
        new Citation(Provenance.SOURCE_TEXT, "x", "第6条", Optional.empty(), Optional.empty(), Optional.of("none")),
        Optional.empty());
    assertThatThrownBy(() -> new PolicyPack(pack.schema(), pack.document(), pack.measures(), pack.rateSeries(),
        List.of(foreign)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("listings/0/measure"));
    MeasureListing first = pack.listings().get(0);
    assertThatThrownBy(() -> new PolicyPack(pack.schema(), pack.document(), pack.measures(), pack.rateSeries(),
        List.of(first, first)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("listings/1/measure");
          assertThat(ex.value()).isEqualTo(first.measure().value());
          // a repeat, as any other: input.duplicate (was input.invalid)
          assertThat(ex.code()).isEqualTo(InvalidInputException.DUPLICATE);
          assertThat(ex.problemZh()).startsWith("必须唯一");
        });
  }

  private static MeasureListing listing(String id) {
    return DATA.findListing(MeasureId.of(id)).orElseThrow(() -> new AssertionError("no listing for " + id));
  }

  private static void assertSourceText(MeasureListing listing, String document, String article, String quote) {
    Citation citation = listing.citation();
    assertThat(citation.provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(citation.document()).isEqualTo(document);
    assertThat(citation.article()).isEqualTo(article);
    assertThat(citation.quote()).contains(quote);
  }
}
