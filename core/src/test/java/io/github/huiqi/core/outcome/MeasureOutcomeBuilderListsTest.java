package io.github.huiqi.core.outcome;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests how the hand-written outcome builder holds its lists (an immutable list given is kept, anything else is
 * copied, so no caller's list can change a built outcome), refuses null elements by index, and how an outcome is read
 * from JSON at its edges (absent or null lists empty, an absent or null {@code countedInTotal} decided by the rule,
 * a null element named).
 */
class MeasureOutcomeBuilderListsTest {

  private static final LocalizedText DEPARTMENT = LocalizedText.of("市中小企业服务局", "Shenzhen SME Service Bureau");

  @Test
  void test_immutableListKept_mutableListCopied() {
    List<LocalizedText> immutable = List.of(DEPARTMENT);
    MeasureOutcome kept = OutcomeFixtures.firstLoanSubsidy().addAllResponsibleDepartments(immutable).build();
    assertThat(kept.responsibleDepartments()).isSameAs(immutable);
    List<String> facts = new ArrayList<>(List.of("/size"));
    MeasureOutcome copied = OutcomeFixtures.firstLoanSubsidy().verdict(Verdict.UNDETERMINED)
        .addAllMissingFacts(facts).build();
    facts.add("/loans");
    assertThat(copied.missingFacts()).containsExactly("/size");
    assertThatThrownBy(() -> copied.missingFacts().add("/x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void test_addsAfterAGivenList_andTheBuilderReusedAfterBuild() {
    MeasureOutcome.Builder builder = OutcomeFixtures.firstLoanSubsidy().verdict(Verdict.UNDETERMINED)
        .addAllMissingFacts(List.of("/size")).addMissingFacts("/loans").addMissingFacts("/years", "/quarters");
    MeasureOutcome first = builder.build();
    assertThat(first.missingFacts()).containsExactly("/size", "/loans", "/years", "/quarters");
    // adding after build() changes the next outcome, never the one built
    MeasureOutcome second = builder.addMissingFacts("/techSme").build();
    assertThat(first.missingFacts()).hasSize(4);
    assertThat(second.missingFacts()).endsWith("/techSme");
    // replacing starts over
    assertThat(builder.missingFacts(List.of("/industryCode")).build().missingFacts()).containsExactly("/industryCode");
  }

  @Test
  void test_nullElementNamedByItsIndex() {
    assertField(() -> OutcomeFixtures.firstLoanSubsidy().addAllResponsibleDepartments(Arrays.asList(DEPARTMENT, null)),
        "responsibleDepartments/1");
    assertField(() -> OutcomeFixtures.firstLoanSubsidy().addResponsibleDepartments(DEPARTMENT)
        .addResponsibleDepartments((LocalizedText) null), "responsibleDepartments/1");
    assertField(() -> OutcomeFixtures.firstLoanSubsidy().addMissingFacts("/size", null), "missingFacts/1");
    assertField(() -> OutcomeFixtures.firstLoanSubsidy().notes(null), "notes");
  }

  @Test
  void test_json_edges() throws Exception {
    MeasureOutcome outcome = OutcomeFixtures.firstLoanSubsidy().addAllResponsibleDepartments(List.of(DEPARTMENT))
        .build();
    ObjectNode tree = HuiqiJson.read(HuiqiJson.write(outcome), ObjectNode.class);
    assertThat(HuiqiJson.read(tree.toString(), MeasureOutcome.class)).isEqualTo(outcome);
    // absent lists are empty, an absent countedInTotal is the rule's (eligible, open, in force: counted)
    tree.remove(List.of("responsibleDepartments", "reasons", "countedInTotal"));
    MeasureOutcome read = HuiqiJson.read(tree.toString(), MeasureOutcome.class);
    assertThat(read.responsibleDepartments()).isEmpty();
    assertThat(read.countedInTotal()).isTrue();
    // null reads as not given; but a set-aside outcome keeps its false, and a null element is named
    tree.putNull("countedInTotal");
    tree.putNull("notes");
    assertThat(HuiqiJson.read(tree.toString(), MeasureOutcome.class).countedInTotal()).isTrue();
    tree.put("countedInTotal", false);
    assertThat(HuiqiJson.read(tree.toString(), MeasureOutcome.class).countedInTotal()).isFalse();
    tree.putArray("missingFacts").addNull();
    assertField(() -> HuiqiJson.read(tree.toString(), MeasureOutcome.class), "/missingFacts/0");
  }
}
