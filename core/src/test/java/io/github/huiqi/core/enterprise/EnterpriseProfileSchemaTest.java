package io.github.huiqi.core.enterprise;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import io.github.huiqi.core.testing.ProfileFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link EnterpriseProfileSchema} against {@link EnterpriseProfile} as {@link HuiqiJson} writes and reads it,
 * both ways, so that the schema and the classes cannot drift apart: the paths, the required fields, the types and
 * the enumerations.
 */
class EnterpriseProfileSchemaTest {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final String FULL = HuiqiJson.write(ProfileFixtures.full());
  private static final JsonNode FULL_TREE = tree(FULL);
  private static final JsonNode SCHEMA = tree(EnterpriseProfileSchema.json());

  /** Members the schema requires but the reader defaults when absent (see the test of them). */
  private static final Set<String> READER_DEFAULTS = Set.of();

  //-------------------------------------------------------------------------
  @Test
  void test_everyPointerOfTheFullProfile_resolvesInTheSchema() {
    List<String> pointers = pointersOf(FULL_TREE);
    // the fixture sets every fact: 33 top-level properties, and deep paths such as these
    assertThat(FULL_TREE.size()).isEqualTo(33);
    assertThat(pointers).contains("/loans/0/guarantee/feeRate", "/years/0/vatPeriods/11/period/month",
        "/years/1/vatPeriods/3/period/quarter",
        "/renovationProjects/0/interestPayments/1/kind", "/loans/0/nonPerforming/recoveries/amount");
    for (String pointer : pointers) {
      assertThat(EnterpriseProfileSchema.resolves(pointer)).as(pointer).isTrue();
    }
  }

  @Test
  void test_everyPropertyTheSchemaDefines_appearsInTheFullProfile() {
    Set<String> fromSchema = new TreeSet<>();
    schemaPaths(SCHEMA, "", fromSchema);
    Set<String> fromJson = new TreeSet<>();
    pointersOf(FULL_TREE).forEach(pointer -> fromJson.add(pointer.replaceAll("/(0|[1-9][0-9]*)(?=/|$)", "/*")));
    assertThat(fromJson).isEqualTo(fromSchema);
    // 33 top-level, 27 nested types (every one reached) and the amounts' members
    assertThat(fromSchema).contains("/years/*/rdIntangibles/*/yearFormed",
        "/years/*/rdProjects/*/grantFunded/otherRelated", "/years/*/rdEntrustments/*/relatedParty",
            "/loans/*/guarantee/feePaid/currency",
        "/insurancePremiumPayments/*/amountPaid/amount");
  }

  @Test
  void test_resolves_undefinedPaths() {
    assertThat(EnterpriseProfileSchema.resolves("")).isTrue();
    assertThat(EnterpriseProfileSchema.resolves("/loans")).isTrue();
    assertThat(EnterpriseProfileSchema.resolves("/loans/17/guarantee")).isTrue();
    assertThat(EnterpriseProfileSchema.resolves("/loans/0/interestRate")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/loans/first/loanId")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/loans/01/loanId")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/loans/-1")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/name/0")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/techSme/0")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/enterprise/firstTimeBorrower")).isFalse();
    assertThat(EnterpriseProfileSchema.resolves("/$defs")).isFalse();
  }

  @Test
  void test_resolves_badPointer() {
    assertField(() -> EnterpriseProfileSchema.resolves(null), "jsonPointer");
    assertField(() -> EnterpriseProfileSchema.resolves("loans/0"), "jsonPointer");
    assertField(() -> EnterpriseProfileSchema.resolves("/loans~2"), "jsonPointer");
    assertField(() -> EnterpriseProfileSchema.resolves("/loans~"), "jsonPointer");
    // ~0 and ~1 are escapes: "/a~1b" is the one token "a/b", which the schema does not define
    assertThat(EnterpriseProfileSchema.resolves("/loans~10")).isFalse();
  }

  @Test
  void test_json_isTheShippedSchema() {
    assertThat(EnterpriseProfileSchema.json()).isSameAs(EnterpriseProfileSchema.json());
    assertThat(SCHEMA.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.get("$defs").size()).isEqualTo(33);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_fullProfile_roundTrips() {
    EnterpriseProfile full = ProfileFixtures.full();
    EnterpriseProfile read = HuiqiJson.read(FULL, EnterpriseProfile.class);
    assertThat(read).isEqualTo(full);
    assertThat(HuiqiJson.write(read)).isEqualTo(FULL);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_bad_wrongType() {
    assertField(() -> read(edited(root -> year0(root).put("employees", "48"))), "/years/0/employees");
    assertField(() -> read(edited(root -> loan0(root).put("annualInterestRate", 3.65))),
        "/loans/0/annualInterestRate");
    assertField(() -> read(edited(root -> ((ObjectNode) root).put("firstTimeBorrower", "true"))),
        "/firstTimeBorrower");
  }

  @Test
  void test_bad_decimalAsString_rejectedAsTheSchemaSays() {
    // amounts and areas are JSON numbers only, in the schema as in the reader (a string such as "1000000.00" is
    // refused, naming the amount's member)
    for (String amount : List.of("CnyAmount", "CnyAmountNotNegative", "CnyAmountPositive")) {
      assertThat(SCHEMA.at("/$defs/" + amount + "/properties/amount/type").asText()).isEqualTo("number");
    }
    assertThat(SCHEMA.at("/$defs/RentLease/properties/area/type").asText()).isEqualTo("number");
    assertField(() -> read(edited(root -> ((ObjectNode) loan0(root).get("principal")).put("amount", "1000000.00"))),
        "/loans/0/principal/amount");
  }

  @Test
  void test_bad_unknownField() {
    assertField(() -> read(edited(root -> loan0(root).put("interestRate", "3.65%"))), "/loans/0/interestRate");
    assertField(() -> read(edited(root -> ((ObjectNode) root).put("enrolledTechSme", true))), "/enrolledTechSme");
  }

  @Test
  void test_bad_regionCode() {
    assertField(() -> read(edited(root -> ((ObjectNode) root).put("registrationRegionCode", "44030"))),
        "/registrationRegionCode");
    assertField(() -> read(edited(root -> loan0(root).put("lenderRegionCode", "深圳市"))), "/loans/0/lenderRegionCode");
  }

  @Test
  void test_bad_duplicateLoanId() {
    // the second loan, a copy of the first, repeats its id
    assertField(() -> read(edited(root -> ((ArrayNode) root.get("loans")).add(loan0(root).deepCopy()))),
        "/loans/1/loanId");
  }

  @Test
  void test_bad_otherCulprits() {
    assertField(() -> read(edited(root -> loan0(root).put("drawdownDate", "2023-02-30"))), "/loans/0/drawdownDate");
    assertField(() -> read(edited(root -> ((ObjectNode) loan0(root).get("principal")).put("amount", 0))),
        "/loans/0/principal");
    // the currency is the schema's const "CNY", checked as text where it is read
    assertField(() -> read(edited(root -> ((ObjectNode) loan0(root).get("principal")).put("currency", "USD"))),
        "/loans/0/principal/currency");
    assertField(() -> read(edited(root -> ((ObjectNode) root).put("size", "TINY"))), "/size");
    // an R&D project of 2023 whose intangible starts amortising in 2022, and a grant above the category's cost
    assertField(() -> read(edited(root -> ((ObjectNode) root.at("/years/1/rdProjects/0"))
        .put("amortisationStart", "2022-10-01"))), "/years/1/rdProjects/0/amortisationStart");
    assertField(() -> read(edited(root -> ((ObjectNode) root.at("/years/1/rdProjects/0/grantFunded/personnel"))
        .put("amount", new java.math.BigDecimal("200000.01")))), "/years/1/rdProjects/0/grantFunded/personnel");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_requiredInTheSchema_exactlyWhenTheReaderNeedsIt() {
    for (String pointer : pointersOf(FULL_TREE)) {
      int slash = pointer.lastIndexOf('/');
      String parent = pointer.substring(0, slash);
      String name = pointer.substring(slash + 1);
      if (!FULL_TREE.at(parent).isObject() || READER_DEFAULTS.contains(pointer.replaceAll("/[0-9]+", "/*"))) {
        continue;
      }
      String json = edited(root -> ((ObjectNode) root.at(parent)).remove(name));
      Throwable thrown = catchThrowable(() -> read(json));
      if (requiredAfterRemoval(parent, name)) {
        assertThat(thrown).as("without " + pointer).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).field()).as("without " + pointer).startsWith(parent);
      } else {
        assertThat(thrown).as("without " + pointer).isNull();
      }
    }
  }

  @Test
  void test_qualificationWithoutHeld_isRejectedNotReadAsFalse() {
    // In a profile unknown is never false: {} must not become "known not held". The reader and the schema agree.
    Throwable thrown = catchThrowable(() -> read("{\"techSme\": {}}"));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    assertThat(((InvalidInputException) thrown).field()).startsWith("/techSme");
    assertThat(schemaAt("/techSme").get("required")).containsExactly(JsonNodeFactory.instance.textNode("held"));
  }

  /** Whether the schema rejects the parent object without the member: listed as required, or no oneOf left. */
  private static boolean requiredAfterRemoval(String parent, String name) {
    JsonNode schema = schemaAt(parent);
    if (contains(schema.path("required"), name)) {
      return true;
    }
    if (!schema.has("oneOf")) {
      return false;
    }
    int satisfied = 0;
    for (JsonNode branch : schema.get("oneOf")) {
      boolean all = true;
      for (JsonNode required : branch.path("required")) {
        all &= !required.asText().equals(name) && FULL_TREE.at(parent).has(required.asText());
      }
      satisfied += all ? 1 : 0;
    }
    return satisfied != 1;
  }

  @Test
  void test_wrongTypeAtEveryLeaf_isRejectedNamingIt() {
    for (String pointer : pointersOf(FULL_TREE)) {
      JsonNode leaf = FULL_TREE.at(pointer);
      if (leaf.isContainerNode()) {
        continue;
      }
      // a string becomes an object, a number a boolean, a boolean a string: each wrong for the schema's type. (Not a
      // number for a string: the reader turns 7 into "7" for a plain string property, which the schema rejects.)
      JsonNode wrong = leaf.isTextual() ? JsonNodeFactory.instance.objectNode().put("wrong", true)
          : leaf.isNumber() ? JsonNodeFactory.instance.booleanNode(true) : JsonNodeFactory.instance.textNode("true");
      assertThat(typeMatches(schemaAt(pointer), wrong)).as(pointer).isFalse();
      assertThat(typeMatches(schemaAt(pointer), leaf)).as(pointer).isTrue();
      String json = edited(root -> replace(root, pointer, wrong));
      Throwable thrown = catchThrowable(() -> read(json));
      assertThat(thrown).as(pointer + " = " + wrong).isInstanceOf(InvalidInputException.class);
      // an amount's members are read by one deserializer, which names the amount
      String culprit = pointer.endsWith("/amount") || pointer.endsWith("/currency")
          ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer;
      assertThat(((InvalidInputException) thrown).field()).as(pointer + " = " + wrong).isIn(pointer, culprit);
    }
  }

  private static boolean typeMatches(JsonNode schema, JsonNode value) {
    JsonNode type = schema.get("type");
    if (type == null) {
      // the currency: a const
      return schema.get("const").equals(value);
    }
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    return types.contains("string") && value.isTextual() || types.contains("boolean") && value.isBoolean()
        || types.contains("integer") && value.isIntegralNumber() || types.contains("number") && value.isNumber();
  }

  @Test
  void test_enums_areTheJavaConstants() {
    assertEnum("/size", EnterpriseSize.values());
    assertEnum("/legalForm", LegalForm.values());
    assertEnum("/loans/0/riskPoolCategory", RiskPoolLoanCategory.values());
    assertEnum("/loans/0/interestSubsidyClaimedFirst", StackingScheme.values());
    assertEnum("/renovationProjects/0/category", RenovationCategory.values());
    assertEnum("/renovationProjects/0/interestPayments/0/kind", RenovationFinancingKind.values());
    assertEnum("/years/0/vatPeriods/0/salesBasis", VatSalesBasis.values());
    assertEnum("/years/1/rdEntrustments/0/entrustee", RdEntrusteeKind.values());
  }

  private static void assertEnum(String pointer, Enum<?>[] constants) {
    List<String> names = new ArrayList<>();
    schemaAt(pointer).get("enum").forEach(value -> names.add(value.asText()));
    assertThat(names).as(pointer).containsExactlyElementsOf(Arrays.stream(constants).map(Enum::name).toList());
  }

  @Test
  void test_everyProperty_describedInChineseAndEnglish_everyObjectClosed() {
    Set<String> paths = new TreeSet<>();
    schemaPaths(SCHEMA, "", paths);
    for (String path : paths) {
      // a property's own description; an array item's is its type's
      String description = propertyNode(path).has("description") ? propertyNode(path).get("description").asText()
          : schemaAt(path.replace("*", "0")).get("description").asText();
      // Chinese first, ending "。", then English: "折旧费用。 Depreciation."
      assertThat(description).as(path).containsPattern("\\p{IsHan}.*。 [A-Z][a-z]*");
    }
    for (Iterator<Map.Entry<String, JsonNode>> defs = SCHEMA.get("$defs").fields(); defs.hasNext(); ) {
      Map.Entry<String, JsonNode> def = defs.next();
      if ("object".equals(def.getValue().path("type").asText())) {
        assertThat(def.getValue().get("additionalProperties").asBoolean(true)).as(def.getKey()).isFalse();
      }
    }
    assertThat(SCHEMA.get("additionalProperties").asBoolean(true)).isFalse();
    // every definition is used
    Set<String> referenced = new TreeSet<>();
    pointersOf(SCHEMA).stream().filter(pointer -> pointer.endsWith("/$ref"))
        .forEach(pointer -> referenced.add(SCHEMA.at(pointer).asText().substring("#/$defs/".length())));
    Set<String> defined = new TreeSet<>();
    SCHEMA.get("$defs").fieldNames().forEachRemaining(defined::add);
    assertThat(referenced).isEqualTo(defined);
  }

  //-------------------------------------------------------------------------
  private static EnterpriseProfile read(String json) {
    return HuiqiJson.read(json, EnterpriseProfile.class);
  }

  private static JsonNode tree(String json) {
    try {
      return TREE.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String edited(Consumer<JsonNode> edit) {
    JsonNode root = FULL_TREE.deepCopy();
    edit.accept(root);
    try {
      return TREE.writeValueAsString(root);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static ObjectNode loan0(JsonNode root) {
    return (ObjectNode) root.get("loans").get(0);
  }

  private static ObjectNode year0(JsonNode root) {
    return (ObjectNode) root.get("years").get(0);
  }

  private static void replace(JsonNode root, String pointer, JsonNode value) {
    JsonPointer parsed = JsonPointer.compile(pointer);
    JsonNode parent = root.at(parsed.head());
    if (parent.isArray()) {
      ((ArrayNode) parent).set(parsed.last().getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(parsed.last().getMatchingProperty(), value);
    }
  }

  /** Every JSON Pointer of a document: each object member and array element, containers and leaves. */
  private static List<String> pointersOf(JsonNode root) {
    List<String> out = new ArrayList<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String prefix, List<String> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        String pointer = prefix + "/" + name.replace("~", "~0").replace("/", "~1");
        out.add(pointer);
        collect(node.get(name), pointer, out);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(prefix + "/" + i);
        collect(node.get(i), prefix + "/" + i, out);
      }
    }
  }

  /** Every property path the schema defines, an array's items as {@code *}. */
  private static void schemaPaths(JsonNode schema, String prefix, Set<String> out) {
    JsonNode node = dereference(schema);
    node.path("properties").fields().forEachRemaining(property -> {
      out.add(prefix + "/" + property.getKey());
      schemaPaths(property.getValue(), prefix + "/" + property.getKey(), out);
    });
    if (node.has("items")) {
      out.add(prefix + "/*");
      schemaPaths(node.get("items"), prefix + "/*", out);
    }
  }

  /** The schema of the value at a pointer, dereferenced. */
  private static JsonNode schemaAt(String pointer) {
    JsonNode node = dereference(SCHEMA);
    if (pointer.isEmpty()) {
      return node;
    }
    for (String token : pointer.substring(1).split("/")) {
      node = dereference(node.path("properties").has(token) ? node.get("properties").get(token) : node.get("items"));
    }
    return node;
  }

  /** The property's own schema node at a path (before dereferencing), for its own description. */
  private static JsonNode propertyNode(String path) {
    JsonNode node = SCHEMA;
    for (String token : path.substring(1).split("/")) {
      JsonNode resolved = dereference(node);
      node = "*".equals(token) ? resolved.get("items") : resolved.get("properties").get(token);
    }
    return node;
  }

  private static JsonNode dereference(JsonNode schema) {
    JsonNode node = schema;
    while (node.has("$ref")) {
      node = SCHEMA.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode element : array) {
      if (element.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
