package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A policy document: who issued it, its 文号, title, date and legal status.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the stable identifier, such as {@code sz-gxj-2023-26}
 * @param jurisdiction  the issuing jurisdiction
 * @param issuer  the issuing body, such as 深圳市工业和信息化局
 * @param documentNumber  the 文号, such as 深工信〔2023〕26号, if the document has one
 * @param title  the title in Chinese
 * @param issued  the date of issue, if known
 * @param status  the legal status; a draft's figures are indicative only
 */
public record PolicyDocument(
    DocumentId id,
    Jurisdiction jurisdiction,
    String issuer,
    Optional<String> documentNumber,
    String title,
    Optional<LocalDate> issued,
    DocumentStatus status) {

  /**
   * Creates a document.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a required field is null or blank
   */
  public PolicyDocument {
    Args.notNull(id, "id");
    Args.notNull(jurisdiction, "jurisdiction");
    Args.notBlank(issuer, "issuer");
    Args.notNullOptional(documentNumber, "documentNumber");
    Args.notBlank(title, "title");
    Args.notNullOptional(issued, "issued");
    Args.notNull(status, "status");
  }

  /**
   * Returns how the document is cited: its 文号 if it has one, otherwise its title in 《》.
   *
   * @return the citation label
   */
  public String citationLabel() {
    return documentNumber.orElse("《" + title + "》");
  }
}
