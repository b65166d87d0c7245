package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A citation's factories refuse a missing part with a typed error naming it; its label in Chinese names the decisions
 * register as README.zh-CN does (取舍登记).
 */
class CitationTest {

  @Test
  void test_libraryDefault_withoutItsNote_namesTheNote() {
    // before: a bare NullPointerException from Optional.of
    assertThatThrownBy(() -> Citation.libraryDefault("decisions register §4.1 item 1", null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("note"));
    assertThatThrownBy(() -> Citation.libraryDefault(null, "why"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("article"));
    assertThat(Citation.libraryDefault("decisions register §4.1 item 1", "why").label())
        .isEqualTo("huiqi decisions register §4.1 item 1");
  }
  @Test
  void test_label_inChinese_aRegisterEntry_eachForm() {
    // an item named in the reference (Citation.libraryDefault's form)
    assertThat(Citation.libraryDefault("decisions register §4.6 item 43", "why").label(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("惠企取舍登记 §4.6 第43项");
    // an item of its own, as the packs write it: §4.3 and 21
    Citation packs = new Citation(Provenance.LIBRARY_DEFAULT, "huiqi", "decisions register §4.3", Optional.of("21"),
        Optional.empty(), Optional.of("why"));
    assertThat(packs.label()).isEqualTo("huiqi decisions register §4.3 21");
    assertThat(packs.label(Locale.CHINESE)).isEqualTo("惠企取舍登记 §4.3 第21项");
    // a card of §1, named or as the item; a section alone; an item with a letter
    assertThat(Citation.libraryDefault("decisions register §1.2 card 000-6", "why").label(Locale.CHINESE))
        .isEqualTo("惠企取舍登记 §1.2 卡片 000-6");
    assertThat(new Citation(Provenance.LIBRARY_DEFAULT, "huiqi", "decisions register §1.3", Optional.of("001-14"),
        Optional.empty(), Optional.of("why")).label(Locale.CHINESE)).isEqualTo("惠企取舍登记 §1.3 卡片 001-14");
    assertThat(Citation.libraryDefault("decisions register §2.8", "why").label(Locale.CHINESE))
        .isEqualTo("惠企取舍登记 §2.8");
    assertThat(Citation.libraryDefault("decisions register §4.1 item 8b", "why").label(Locale.CHINESE))
        .isEqualTo("惠企取舍登记 §4.1 第8b项");
  }

  @Test
  void test_label_otherwise_asItIs() {
    Citation register = Citation.libraryDefault("decisions register §4.6 item 43", "why");
    // in English, and in a language other than Chinese, the label as it is
    assertThat(register.label(Locale.ENGLISH)).isEqualTo("huiqi decisions register §4.6 item 43");
    assertThat(register.label(Locale.GERMANY)).isEqualTo(register.label());
    // a source's label is already Chinese: as it is in either language
    Citation source = Citation.sourceText("深工信〔2023〕26号", "第5条", "给予2%的贴息补助");
    assertThat(source.label(Locale.CHINESE)).isEqualTo("深工信〔2023〕26号 第5条").isEqualTo(source.label());
    // a reference of the library's that is no register entry: as it is
    assertThat(Citation.libraryDefault("README, Performance", "why").label(Locale.CHINESE))
        .isEqualTo("huiqi README, Performance");
    assertThatThrownBy(() -> register.label(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("locale"));
  }
}
