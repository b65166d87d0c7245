package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.EngineOptions.UnsettledStacking;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The command line's arguments: a first argument naming a command is the command, unless {@code --} comes first;
 * after {@code --} every argument is a file, even one named like a command or an option.
 */
class CliArgumentsTest {

  @Test
  void test_aCommandFirst_isTheCommand() {
    assertThat(CliArguments.parse(new String[] {"catalog"}).command()).isEqualTo("catalog");
    assertThat(CliArguments.parse(new String[] {"firm.json"}).command()).isEqualTo("evaluate");
    assertThat(CliArguments.parse(new String[] {"firm.json"}).file()).contains("firm.json");
  }

  @Test
  void test_doubleDash_aFileNamedLikeACommand_isAFile() {
    CliArguments parsed = CliArguments.parse(new String[] {"--", "catalog"});
    assertThat(parsed.command()).isEqualTo("evaluate");
    assertThat(parsed.file()).contains("catalog");
    // the command given first, then the file named like another command
    parsed = CliArguments.parse(new String[] {"evaluate", "replay", "--json"});
    assertThat(parsed.command()).isEqualTo("evaluate");
    assertThat(parsed.file()).contains("replay");
    assertThat(parsed.json()).isTrue();
  }

  @Test
  void test_doubleDash_aFileNamedLikeAnOption_isAFile_andOptionsBeforeItStillCount() {
    CliArguments parsed = CliArguments.parse(new String[] {"--lang", "en", "--json", "--", "-firm.json"});
    assertThat(parsed.file()).contains("-firm.json");
    assertThat(parsed.json()).isTrue();
    assertThat(parsed.locale().getLanguage()).isEqualTo("en");
  }

  @Test
  void test_doubleDash_afterIt_anOptionIsASecondFile_refused() {
    assertThatThrownBy(() -> CliArguments.parse(new String[] {"--", "firm.json", "--json"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("more than one profile file: 'firm.json' and '--json'");
  }

  @Test
  void test_replay_bothFilesAfterDoubleDash() {
    CliArguments parsed = CliArguments.parse(new String[] {"replay", "--", "catalog", "help"});
    assertThat(parsed.command()).isEqualTo("replay");
    assertThat(parsed.file()).contains("catalog");
    assertThat(parsed.recorded()).isEqualTo(Optional.of("help"));
  }

  @Test
  void test_unknownOption_stillRefused() {
    assertThatThrownBy(() -> CliArguments.parse(new String[] {"--jsn"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option '--jsn'");
  }

  @Test
  void test_engineOptions_theConstantsInAnyCase_absentWhenNotGiven() {
    CliArguments parsed = CliArguments.parse(new String[] {"firm.json", "--unsettled-stacking", "count_Higher",
        "--interest-precedence", "larger"});
    assertThat(parsed.unsettledStacking()).contains(UnsettledStacking.COUNT_HIGHER);
    assertThat(parsed.interestPrecedence()).contains(StackingPrecedence.LARGER);
    CliArguments none = CliArguments.parse(new String[] {"firm.json"});
    assertThat(none.unsettledStacking()).isEmpty();
    assertThat(none.interestPrecedence()).isEmpty();
    assertThatThrownBy(() -> CliArguments.parse(new String[] {"--unsettled-stacking", "COUNT-HIGHER"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--unsettled-stacking 'COUNT-HIGHER' must be COUNT_BOTH or COUNT_HIGHER");
    assertThat(CliArguments.USAGE).contains("[--unsettled-stacking COUNT_BOTH|COUNT_HIGHER]",
        "[--interest-precedence FIRST_CLAIMED|LARGER]");
  }
}
