package io.github.huiqi.core.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.testing.ProfileFixtures;
import io.github.huiqi.core.testing.ProfileSchemaOracle;
import io.github.huiqi.core.testing.ProfileSchemaOracle.Violation;
import io.github.huiqi.core.testing.SeededMutator;
import io.github.huiqi.core.testing.SeededMutator.Mutant;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz audit of the profile reader ({@link HuiqiJson#read(String, Class)} and the byte-stream form) judged
 * by the shipped JSON Schema ({@link ProfileSchemaOracle}): {@value #RUNS} changes of the full profile
 * ({@link ProfileFixtures#full()}), each a wrong JSON type, an extreme number, a bad date, region or industry code,
 * an empty array or object, a huge string, a deep nesting, a removed or unknown member, a key written twice, the
 * document cut short or bytes that are not UTF-8.
 * <p>
 * A document the schema rejects (beyond the reader's documented leniencies: a null for an optional fact, a number or
 * boolean for a plain string) must be refused with {@link InvalidInputException} naming the place; a document the
 * schema accepts must be read, or refused by one of the rules the schema cannot say (dates in range and in order,
 * unique ids), naming the place; a profile read must write back as a document the schema accepts. On a failure the
 * seed, the run and the changed document are printed.
 */
class EnterpriseProfileFuzzAuditTest {

  private static final long SEED = 0x20261204L;
  private static final int RUNS = 2000;
  private static final JsonNode FULL = ProfileSchemaOracle.read(HuiqiJson.write(ProfileFixtures.full()));

  @Test
  void test_mutatedFullProfile_readAsTheSchemaSays_orRefusedNamingThePlace() {
    SeededMutator mutator = new SeededMutator(FULL, "");
    Random random = new Random(SEED);
    List<String> problems = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      Mutant mutant = mutator.next(random);
      try {
        judge(mutant, run % 2 == 0);
      } catch (AssertionError failure) {
        if (problems.size() < 3) {
          System.out.println("seed " + SEED + " run " + run + " " + mutant + "\n  document: " + mutant.text());
        }
        problems.add("run " + run + ": " + mutant + ": " + failure.getMessage().lines().findFirst().orElse(""));
      }
    }
    assertThat(problems).as("seed %s: %d of %d documents", SEED, problems.size(), RUNS).isEmpty();
  }

  //-------------------------------------------------------------------------
  // regressions found by the fuzz: a changed start (or cost) was refused naming only the end (or the grant), so that
  // a host pointing at the culprit pointed at the field the caller had not touched

  @Test
  void test_interestPaymentStartAfterItsEnd_namesBothPointers() {
    // run 2239: /interestPayments/1/accrualStart = 2199-12-31, after its accrualEnd 2023-06-21
    InvalidInputException error = refused("/interestPayments/1/accrualStart", "\"2199-12-31\"");
    assertThat(error.field()).isEqualTo("/interestPayments/1/accrualEnd");
    assertThat(error.code()).isEqualTo(InvalidInputException.OUT_OF_ORDER);
    assertThat(error.relatedFields()).containsExactly("/interestPayments/1/accrualStart");
    assertThat(error.getMessage()).contains("must be after /interestPayments/1/accrualStart '2199-12-31'");
  }

  @Test
  void test_loanDrawdownAfterMaturity_namesBothPointers() {
    // the full profile's loan matures 2024-02-15; a drawdown on 2024-03-01 is after it
    InvalidInputException error = refused("/loans/0/drawdownDate", "\"2024-03-01\"");
    assertThat(error.field()).isEqualTo("/loans/0/maturityDate");
    assertThat(error.relatedFields()).containsExactly("/loans/0/drawdownDate");
  }

  @Test
  void test_renovationInterestFromAfterUntil_namesBothPointers() {
    // the project's first payment runs 2023-01-01..2023-04-01; a start of 2023-05-01 is after its end
    InvalidInputException error = refused("/renovationProjects/0/interestPayments/0/interestFrom",
        "\"2023-05-01\"");
    assertThat(error.field()).isEqualTo("/renovationProjects/0/interestPayments/0/interestUntil");
    assertThat(error.relatedFields()).containsExactly("/renovationProjects/0/interestPayments/0/interestFrom");
  }

  @Test
  void test_rdProjectCostBelowItsGrantFundedPart_namesBothPointers() {
    // run 889: the 2023 project's personnel cost set to 1E+2 yuan, below its grant-funded personnel of 50000 yuan
    InvalidInputException error = refused("/years/1/rdProjects/0/costs/personnel/amount", "100");
    assertThat(error.field()).isEqualTo("/years/1/rdProjects/0/grantFunded/personnel");
    assertThat(error.code()).isEqualTo(InvalidInputException.CONFLICT);
    assertThat(error.relatedFields()).containsExactly("/years/1/rdProjects/0/costs/personnel");
    assertThat(error.value()).isEqualTo("50000.00");
  }

  /** Reads the full profile with one value replaced by JSON text, which must be refused. */
  private static InvalidInputException refused(String pointer, String json) {
    JsonNode edited = FULL.deepCopy();
    ((ObjectNode) edited.at(SeededMutator.parentOf(pointer))).set(pointer.substring(pointer.lastIndexOf('/') + 1),
        ProfileSchemaOracle.read(json));
    Throwable thrown = catchThrowable(() -> HuiqiJson.read(edited.toString(), EnterpriseProfile.class));
    assertThat(thrown).as(pointer + " = " + json).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  private static void judge(Mutant mutant, boolean asBytes) {
    List<Violation> violations = mutant.textual() ? List.of() : ProfileSchemaOracle.strictViolations(mutant.tree());
    EnterpriseProfile read;
    try {
      read = asBytes || mutant.textual()
          ? HuiqiJson.read(new ByteArrayInputStream(mutant.bytes()), EnterpriseProfile.class)
          : HuiqiJson.read(mutant.text(), EnterpriseProfile.class);
    } catch (RuntimeException | StackOverflowError thrown) {
      assertThat(thrown).as("not a typed error: %s", thrown).isInstanceOf(HuiqiException.class);
      HuiqiException error = (HuiqiException) thrown;
      assertThat(error.getMessage()).as("message").doesNotContainIgnoringCase("jackson")
          .doesNotContainIgnoringCase("exception");
      if (mutant.textual()) {
        return;
      }
      List<String> places = new ArrayList<>();
      violations.forEach(violation -> places.add(violation.pointer()));
      if (places.isEmpty()) {
        places.add(mutant.pointer());
      }
      List<String> named = new ArrayList<>(List.of(error.field()));
      if (error instanceof InvalidInputException input) {
        named.addAll(input.relatedFields());
      }
      assertThat(places.stream().anyMatch(place -> named.stream()
          .anyMatch(field -> ProfileSchemaOracle.names(field, place))))
          .as("named %s, not the place (%s): %s", named, places, error.getMessage()).isTrue();
      return;
    }
    assertThat(mutant.textual()).as("a document no reading makes valid was read").isFalse();
    assertThat(violations).as("a document the schema rejects was read").isEmpty();
    assertThat(ProfileSchemaOracle.violations(ProfileSchemaOracle.read(HuiqiJson.write(read))))
        .as("the profile read writes back outside the schema").isEmpty();
  }
}
