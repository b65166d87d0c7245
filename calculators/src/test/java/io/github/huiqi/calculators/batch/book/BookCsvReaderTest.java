package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV records of a loan book (RFC 4180): the byte-order mark, quoted fields across lines, the line each record
 * starts on, CRLF and a lone CR, and the limits that keep a missing quote from swallowing a file.
 */
class BookCsvReaderTest {

  private static BookCsvReader reader(String text) {
    return new BookCsvReader(new StringReader(text));
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped_onlyAtTheStart() {
    BookCsvReader csv = reader("\uFEFFloanId,principal\n\uFEFFL1,100\n");
    assertThat(csv.next().fields()).containsExactly("loanId", "principal");
    // a mark inside the file is a character of its field
    assertThat(csv.next().fields()).containsExactly("\uFEFFL1", "100");
    assertThat(csv.next()).isNull();
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaks_andEachRecordKnowsItsFirstLine() {
    BookCsvReader csv = reader("id,note\r\nL1,\"a, \"\"b\"\"\nc\"\r\nL2,d\nL3,\"\"\n");
    BookCsvReader.Fields first = csv.next();
    assertThat(first.line()).isEqualTo(1);
    BookCsvReader.Fields second = csv.next();
    assertThat(second.fields()).containsExactly("L1", "a, \"b\"\nc");
    assertThat(second.line()).isEqualTo(2);
    // the quoted line break moved the count on: L2 starts on line 4
    BookCsvReader.Fields third = csv.next();
    assertThat(third.fields()).containsExactly("L2", "d");
    assertThat(third.line()).isEqualTo(4);
    assertThat(csv.next().fields()).containsExactly("L3", "");
    assertThat(csv.line()).isEqualTo(6);
    assertThat(csv.next()).isNull();
  }

  @Test
  void aLoneCarriageReturnIsACharacter_andTheLastRecordNeedsNoLineBreak() {
    BookCsvReader csv = reader("a\rb,c\nd,e");
    assertThat(csv.next().fields()).containsExactly("a\rb", "c");
    BookCsvReader.Fields last = csv.next();
    assertThat(last.fields()).containsExactly("d", "e");
    assertThat(last.line()).isEqualTo(2);
    assertThat(csv.line()).isEqualTo(2);
  }

  @Test
  void anUnclosedQuote_namesTheLineItStartedOn_andShowsAtMost40Characters() {
    String forty = "x".repeat(40);
    BookCsvReader exactly = reader("id\nL1,\"" + forty);
    exactly.next();
    assertThatThrownBy(exactly::next).isInstanceOf(InvalidInputException.class)
        .satisfies(ex -> {
          InvalidInputException e = (InvalidInputException) ex;
          // the reader knows no column names: field "line", the record's line and the field's place beside it
          assertThat(e.field()).isEqualTo("line");
          assertThat(e.value()).isEqualTo(forty);
          assertThat(exactly.recordLine()).isEqualTo(2);
          assertThat(exactly.failedField()).isEqualTo(1);
        });
    BookCsvReader longer = reader("\"\n" + forty + "y");
    assertThatThrownBy(longer::next).isInstanceOf(InvalidInputException.class)
        .satisfies(ex -> {
          InvalidInputException e = (InvalidInputException) ex;
          assertThat(e.field()).isEqualTo("line");
          assertThat(e.value()).isEqualTo("\n" + "x".repeat(39) + "…");
          assertThat(longer.recordLine()).isEqualTo(1);
          assertThat(longer.failedField()).isZero();
        });
    // the reader has reached the end of the input, on line 2
    assertThat(longer.line()).isEqualTo(2);
  }

  @Test
  void textAfterAClosingQuote_failsItsRecord_theNextLineIsTheNextRecord() {
    // before: "L1"x was read as the field L1x, and a quote left open on one row and closed at the start of a later
    // one ("L9"x) ran the rows between into one id, the record then computed as a loan
    BookCsvReader csv = reader("id,principal\n\"L1\"x,100\nL2,200\n\"L3,300\nL4,400\n\"L9\"x,900\nL5,500\n");
    csv.next();
    assertThatThrownBy(csv::next).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo("line");
      assertThat(ex.value()).isEqualTo("L1");
      assertThat(ex.problem()).isEqualTo("must have a comma or the end of the line after its closing quote");
    });
    assertThat(csv.next().fields()).containsExactly("L2", "200");
    // the quote opened on line 4 closes at the start of line 6, where text follows it: the record of line 4 fails
    assertThatThrownBy(csv::next).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("line"));
    assertThat(csv.recordLine()).isEqualTo(4);
    BookCsvReader.Fields after = csv.next();
    assertThat(after.fields()).containsExactly("L5", "500");
    assertThat(after.line()).isEqualTo(7);
    // a quoted field followed by a comma, a line break or the end is read as before
    BookCsvReader quoted = reader("\"a\",\"b\"\n\"c\"");
    assertThat(quoted.next().fields()).containsExactly("a", "b");
    assertThat(quoted.next().fields()).containsExactly("c");
  }

  @Test
  void aFieldOfTheLimitIsRead_oneCharacterMoreIsNot() {
    String limit = "z".repeat(BookCsvReader.MAX_FIELD_LENGTH);
    assertThat(reader(limit + ",1\n").next().fields()).isEqualTo(List.of(limit, "1"));
    BookCsvReader csv = reader("a\n" + limit + "z,1\nb,2\n");
    csv.next();
    assertThatThrownBy(csv::next).isInstanceOf(InvalidInputException.class)
        .satisfies(ex -> assertThat(((InvalidInputException) ex).field()).isEqualTo("line"));
    assertThat(csv.recordLine()).isEqualTo(2);
    assertThat(csv.failedField()).isZero();
    // the rest of line 2 is skipped with it: the next record is line 3's, not ",1"
    BookCsvReader.Fields next = csv.next();
    assertThat(next.fields()).containsExactly("b", "2");
    assertThat(next.line()).isEqualTo(3);
  }

  @Test
  void aRecordOfMoreFieldsThanTheLimit_failsWithTheirNumber_keepingOnlyTheLimit_theNextRecordIsRead() {
    BookCsvReader csv = reader("a\n" + ",".repeat(BookCsvReader.MAX_FIELDS) + "\nb,2\n");
    csv.next();
    // MAX_FIELDS commas make MAX_FIELDS + 1 fields
    assertThatThrownBy(csv::next).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
      assertThat(ex.field()).isEqualTo("line");
      assertThat(ex.value()).isEqualTo(String.valueOf(BookCsvReader.MAX_FIELDS + 1));
      assertThat(ex.problem()).isEqualTo("must have at most " + BookCsvReader.MAX_FIELDS + " fields");
    });
    assertThat(csv.recordLine()).isEqualTo(2);
    assertThat(csv.failedField()).isEqualTo(BookCsvReader.MAX_FIELDS);
    assertThat(csv.failedFields()).hasSize(BookCsvReader.MAX_FIELDS);
    BookCsvReader.Fields next = csv.next();
    assertThat(next.fields()).containsExactly("b", "2");
    assertThat(next.line()).isEqualTo(3);
    // exactly the limit is read
    assertThat(reader(",".repeat(BookCsvReader.MAX_FIELDS - 1)).next().fields()).hasSize(BookCsvReader.MAX_FIELDS);
  }
}
