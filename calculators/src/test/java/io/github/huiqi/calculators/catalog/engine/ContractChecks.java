package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseProfileSchema;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The clauses of the measure contract {@link EntitlementContractPropertyTest} holds on each report, every breach
 * recorded with where it was found (seed, firm, date, options) and counted by clause and measure.
 */
final class ContractChecks {

  private final String where;
  private final JsonNode profile;
  private final List<String> breaches;
  private final Map<String, Integer> kinds;

  ContractChecks(String where, JsonNode profile, List<String> breaches, Map<String, Integer> kinds) {
    this.where = where;
    this.profile = profile;
    this.breaches = breaches;
    this.kinds = kinds;
  }

  private void breach(String clause, Object measure, String detail) {
    breaches.add(where + ", " + clause + " " + measure + ": " + detail);
    if (kinds.merge(clause + " " + measure, 1, Integer::sum) == 1) {
      // the first of each kind with its firm, to reduce it from
      System.out.println("engine contract, first " + clause + " " + measure + ": " + where + ", " + detail
          + "\n  profile " + profile);
    }
  }

  /**
   * The plain and the explained report agree: per measure on everything but the reasons, the notes and the steps
   * (the plain form leaves the reasons and the steps empty, and may leave notes out), and on the totals, the groups,
   * the failures and the next questions.
   */
  void formsAgree(EntitlementReport plain, EntitlementReport explained) {
    if (plain.outcomes().size() != explained.outcomes().size()) {
      breach("forms: outcome count", "", plain.outcomes().size() + " against " + explained.outcomes().size());
      return;
    }
    for (int i = 0; i < plain.outcomes().size(); i++) {
      MeasureOutcome a = plain.outcomes().get(i);
      MeasureOutcome b = explained.outcomes().get(i);
      agree("forms: measure", a.measure(), a.measure(), b.measure());
      agree("forms: verdict", a.measure(), a.verdict(), b.verdict());
      agree("forms: amount", a.measure(), a.amount(), b.amount());
      agree("forms: binding limit", a.measure(), a.bindingLimit(), b.bindingLimit());
      agree("forms: missing facts", a.measure(), a.missingFacts(), b.missingFacts());
      agree("forms: amount kind", a.measure(), a.amountKind(), b.amountKind());
      agree("forms: window status", a.measure(), a.windowStatus(), b.windowStatus());
      agree("forms: document status", a.measure(), a.documentStatus(), b.documentStatus());
      agree("forms: counted", a.measure(), a.countedInTotal(), b.countedInTotal());
      agree("forms: width fixed", a.measure(), a.widthFixedByAuthority(), b.widthFixedByAuthority());
      agree("forms: detail", a.measure(), a.detail(), b.detail());
      agree("forms: clause", a.measure(), a.clauseLabel(), b.clauseLabel());
    }
    agree("forms: totals", "", plain.totals(), explained.totals());
    agree("forms: joint limits", "", plain.jointLimits(), explained.jointLimits());
    agree("forms: next questions", "", plain.nextQuestions(), explained.nextQuestions());
    agree("forms: failures", "", plain.failures(), explained.failures());
    agree("forms: options", "", plain.options(), explained.options());
  }

  private void agree(String clause, Object measure, Object plain, Object explained) {
    if (!Objects.equals(plain, explained)) {
      breach(clause, measure, "plain " + plain + ", explained " + explained);
    }
  }

  /** The report survives a JSON round trip, and the JSON entry point gave the typed report's JSON. */
  void roundTrip(String form, EntitlementReport report, String fromJsonEntryPoint) {
    String json = HuiqiJson.write(report);
    EntitlementReport back = HuiqiJson.read(json, EntitlementReport.class);
    if (!back.equals(report)) {
      breach("json: round trip (" + form + ")", "", "differs after write → read");
    }
    if (!json.equals(fromJsonEntryPoint)) {
      breach("json: entry point (" + form + ")", "", "evaluateJson differs from the typed report's JSON");
    }
  }

  /** Every outcome of a report, in either form, on its own. */
  void report(EntitlementReport report, boolean explained) {
    if (explained != report.receipt().isPresent()) {
      breach("receipt", "", "explained " + explained + ", receipt " + report.receipt().isPresent());
    }
    for (MeasureOutcome outcome : report.outcomes()) {
      outcome(outcome, explained);
    }
  }

  private void outcome(MeasureOutcome outcome, boolean explained) {
    Object id = outcome.measure();
    for (String fact : outcome.missingFacts()) {
      if (!EnterpriseProfileSchema.resolves(fact)) {
        breach("pointer: not in the schema", id, fact);
      }
      String held = held(fact);
      if (held != null) {
        breach("pointer: " + held, id, fact);
      }
    }
    if (!outcome.clauseLabel().contains(outcome.clause().article())) {
      breach("clause: label", id, outcome.clauseLabel() + " without " + outcome.clause().article());
    }
    for (Reason reason : outcome.reasons()) {
      if (reason.citation().label().isBlank()) {
        breach("clause: reason uncited", id, reason.toString());
      }
    }
    if (explained && outcome.explanation().steps().size() + outcome.reasons().size() == 0) {
      breach("clause: nothing explained", id, outcome.verdict().toString());
    }
    if (!explained && (!outcome.explanation().steps().isEmpty() || !outcome.reasons().isEmpty())) {
      breach("plain: reasons or steps", id, outcome.reasons().size() + " reasons");
    }
    verdictAndAmount(outcome, explained);
    if (outcome.documentStatus() == DocumentStatus.DRAFT && outcome.countedInTotal()) {
      breach("draft: counted", id, outcome.amount().toString());
    }
  }

  /** What the verdict says of the amount and the facts ({@link Verdict}, {@link MeasureOutcome#amount()}). */
  private void verdictAndAmount(MeasureOutcome outcome, boolean explained) {
    Object id = outcome.measure();
    OutcomeAmount amount = outcome.amount();
    switch (outcome.verdict()) {
      case UNDETERMINED -> {
        if (!amount.minimum().isZero()) {
          breach("verdict: undetermined from above zero", id, amount.toString());
        }
        if (outcome.missingFacts().isEmpty()) {
          breach("verdict: undetermined naming nothing", id, amount.toString());
        }
        if (explained && outcome.reasons().isEmpty()) {
          breach("verdict: undetermined without reasons", id, amount.toString());
        }
      }
      case INELIGIBLE -> {
        if (!amount.equals(OutcomeAmount.ZERO)) {
          breach("verdict: ineligible with money", id, amount.toString());
        }
      }
      case ELIGIBLE -> {
        if (!amount.isExact() && outcome.missingFacts().isEmpty() && outcome.widthFixedByAuthority().isEmpty()
            && amount.isBounded()) {
          breach("verdict: eligible range nothing opens", id, HuiqiJson.write(outcome));
        }
      }
      default -> throw new IllegalStateException(outcome.verdict().toString());
    }
    // MeasureOutcome#missingFacts: an eligible outcome names the facts that open its amount, so an exact one names
    // none (the size standard's, money of no kind, names the facts its class still waits on: its detail)
    if (amount.isExact() && !outcome.missingFacts().isEmpty() && outcome.verdict() == Verdict.ELIGIBLE
        && outcome.amountKind().isBenefitToFirm()) {
      breach("verdict: eligible exact yet naming facts", id, amount + " " + outcome.missingFacts() + " "
          + outcome.amountKind() + " " + outcome.detail());
    }
    if (outcome.widthFixedByAuthority().isPresent() && amount.width().isPresent()
        && outcome.widthFixedByAuthority().get().compareTo(amount.width().get()) > 0) {
      breach("amount: width fixed above the width", id, outcome.widthFixedByAuthority().get() + " " + amount);
    }
  }

  /**
   * Why a missing fact's pointer does not name a fact the profile lacks, or null when it does: an element of a list
   * it names must be one the profile holds (or the pointer names the absent list itself), and the fact itself must
   * not be given.
   */
  private String held(String fact) {
    String[] segments = fact.substring(1).split("/", -1);
    JsonNode node = profile;
    for (String segment : segments) {
      if (node == null || node.isMissingNode() || node.isNull()) {
        return null;
      }
      if (segment.matches("\\d+")) {
        if (!node.isArray() || Integer.parseInt(segment) >= node.size()) {
          return "element the profile does not hold";
        }
        node = node.get(Integer.parseInt(segment));
      } else {
        if (node.isArray()) {
          return "list member without an element";
        }
        node = node.get(segment);
      }
    }
    if (node != null && !node.isNull() && !node.isMissingNode() && !node.isContainerNode()) {
      return "fact given";
    }
    return null;
  }

  /**
   * Where every outcome's region is decided and no group of alternatives holds, the totals are the sums
   * {@link EntitlementTotals} describes: in reach, the counted outcomes; by kind, a benefit's counted outcomes and any
   * other kind's live ones (not ineligible, in an open window, not a draft).
   */
  void totals(EntitlementReport report, EnterpriseProfile firm, EntitlementEngine engine) {
    PossiblePlaces places = PossiblePlaces.of(report.outcomes(), firm.registrationRegionCode().orElse(null),
        engine.catalog());
    if (places != PossiblePlaces.NONE || !report.jointLimits().isEmpty()) {
      return;
    }
    OutcomeAmount inReach = OutcomeAmount.exactly(Cny.ZERO);
    Map<AmountKind, OutcomeAmount> byKind = new EnumMap<>(AmountKind.class);
    for (MeasureOutcome outcome : report.outcomes()) {
      if (outcome.countedInTotal()) {
        inReach = inReach.plus(outcome.amount());
      }
      boolean live = outcome.verdict() != Verdict.INELIGIBLE && outcome.windowStatus() == WindowStatus.OPEN
          && outcome.documentStatus() != DocumentStatus.DRAFT;
      if (outcome.amountKind().isBenefitToFirm() ? outcome.countedInTotal() : live) {
        byKind.merge(outcome.amountKind(), outcome.amount(), OutcomeAmount::plus);
      }
    }
    agree("totals: in reach", "", inReach, report.totals().inReach());
    agree("totals: by kind", "", byKind, report.totals().byKind());
  }
}
