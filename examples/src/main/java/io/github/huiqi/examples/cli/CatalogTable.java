package io.github.huiqi.examples.cli;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the catalogue: each measure's id, title, document, clause, status and window, as a table or as JSON.
 */
final class CatalogTable {

  private CatalogTable() {
  }

  static String render(Catalog catalog, Locale locale) {
    Labels words = new Labels(locale);
    TextColumns table = new TextColumns().row("id", words.pick("措施", "measure"), words.pick("文件", "document"),
        words.pick("条款", "clause"), words.pick("状态", "status"), words.pick("适用期间", "window"));
    for (Catalog.Entry entry : catalog.entries()) {
      PolicyDocument document = catalog.data().documentOf(entry.measure());
      table.row(entry.measure().id().value(), entry.measure().title().in(locale),
          document.documentNumber().orElse(document.title()), entry.clauseLabel(), status(words, document.status()),
          entry.window().toString());
    }
    return table.render();
  }

  /** The catalogue as a list of plain maps, for JSON. */
  static List<Map<String, Object>> rows(Catalog catalog) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Catalog.Entry entry : catalog.entries()) {
      PolicyDocument document = catalog.data().documentOf(entry.measure());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", entry.measure().id());
      row.put("title", entry.measure().title());
      row.put("document", document.documentNumber().orElse(document.title()));
      row.put("clause", entry.clauseLabel());
      row.put("status", document.status());
      row.put("window", entry.window());
      row.put("responsibleDepartments", entry.responsibleDepartments());
      rows.add(row);
    }
    return rows;
  }

  private static String status(Labels words, DocumentStatus status) {
    switch (status) {
      case DRAFT:
        return words.pick("征求意见稿", "draft");
      case EXPIRED:
        return words.pick("已失效", "expired");
      case INFORMATIONAL:
        return words.pick("参考", "informational");
      default:
        return words.pick("现行有效", "in force");
    }
  }
}
