package io.github.huiqi.core.enterprise;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import org.junit.jupiter.api.Test;

/**
 * Tests what each legal form implies: only an enterprise can be a legal person and pays enterprise income tax
 * (个体工商户: 《民法典》第五十四条; 个人独资企业 and 合伙企业: 第一百零二条, 非法人组织, and 《企业所得税法》第一条第二款), and a
 * profile that calls such a form a legal person is refused, naming both facts.
 */
class LegalFormTest {

  @Test
  void test_onlyAnEnterprise_canBeALegalPerson_andPaysEnterpriseIncomeTax() {
    for (LegalForm form : LegalForm.values()) {
      boolean enterprise = form == LegalForm.ENTERPRISE;
      assertThat(form.canBeLegalPerson()).as("%s", form).isEqualTo(enterprise);
      assertThat(form.paysEnterpriseIncomeTax()).as("%s", form).isEqualTo(enterprise);
    }
  }

  @Test
  void test_aFormNeverALegalPerson_statedAsOne_isAConflict() {
    for (LegalForm form : new LegalForm[] {LegalForm.INDIVIDUAL_BUSINESS, LegalForm.SOLE_PROPRIETORSHIP,
        LegalForm.PARTNERSHIP}) {
      InvalidInputException ex = assertField(() -> EnterpriseProfile.builder().legalForm(form)
          .independentLegalPerson(true).build(), "independentLegalPerson");
      assertThat(ex.code()).isEqualTo(InvalidInputException.CONFLICT);
      assertThat(ex.relatedFields()).containsExactly("legalForm");
      // stated false, or not stated, it stands
      assertThat(EnterpriseProfile.builder().legalForm(form).independentLegalPerson(false).build()
          .enterpriseFacts().independentLegalPerson()).contains(false);
    }
    // an enterprise may be either
    assertThat(EnterpriseProfile.builder().legalForm(LegalForm.ENTERPRISE).independentLegalPerson(true).build()
        .independentLegalPerson()).contains(true);
    // from JSON, the field is named as a pointer
    assertField(() -> HuiqiJson.read("{\"legalForm\": \"PARTNERSHIP\", \"independentLegalPerson\": true}",
        EnterpriseProfile.class), "/independentLegalPerson");
  }
}
