package io.github.huiqi.calculators.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The least and the most that a group of alternative outcomes pays together, when what they share can go to one or
 * the other, or be counted by both: the first-loan and the tech-SME subsidies on one loan whose choice awaits a fact,
 * of which only one pays on it (one municipal interest subsidy per loan, decisions register §4.1 item 10, §4.6
 * item 49); or the R&amp;D super deduction and the 小型微利企业 relief of one tax year, which together save at most
 * that year's income tax at the standard rate (decisions register §4.6 item 176).
 * <p>
 * Each member's own most counts the shared thing, so the sum of the members' maxima counts it twice; the joint
 * maximum is the larger of the ways the shared thing can go, each member within its caps. It is at least each
 * member's maximum and at most their sum. The joint minimum is the least the group pays whichever way the open facts
 * fall: at least the sum of the members' minima (which count the shared thing for neither), and above it when the
 * shared thing is sure to be paid by one member or the other (decisions register §4.6 item 50). Where the firm's
 * larger in all may go either way as facts not given fall, the two are the least and the most of the sums the firm
 * gets over every completion of those facts (decisions register §4.6 item 100). The report's totals
 * and next questions treat a declared group as one amount: from the joint minimum to the joint maximum
 * ({@code EntitlementTotals}).
 * <p>
 * The members name the facts the shared thing's choice awaits, but a fact may leave the group's amount unchanged
 * whichever way it falls: the enrolment of a firm whose loan goes to the larger first-loan subsidy either way
 * (decisions register §4.6 item 85). Such facts are listed in {@code factsDecidingNothing}, and the next questions
 * share the group's width among the members' other facts.
 * <p>
 * A limit names what its members share: loans ({@code loanIds}, a limit of the interest subsidies) or a tax year
 * ({@code taxYear}, a limit of the income-tax reliefs, {@link #ofTaxYear}), exactly one of the two. In JSON an empty
 * {@code loanIds} and an absent {@code taxYear} are left out.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measures  the member measures, in catalogue order, at least two and each once
 * @param loanIds  the loans whose choice between the members is open; empty for a limit of a tax year
 * @param taxYear  the tax year whose income tax the members reduce together, from 1990 to 2100; empty for a limit of
 *     loans
 * @param minimum  the least the members pay together, CNY, to the fen, at most the maximum
 * @param maximum  the most the members pay together, CNY, to the fen
 * @param reason  why: the rule's code, the two ways (or, for a tax year, the bound) worked out in both languages, and
 *     the rule's citation
 * @param factsDecidingNothing  the members' missing facts, as profile pointers, that leave the amount the members pay
 *     together unchanged whichever way they fall, each once; empty when none is known to (as read from JSON without
 *     the member)
 */
public record JointLimit(List<MeasureId> measures,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> loanIds,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Integer> taxYear, MonetaryAmount minimum,
    MonetaryAmount maximum, Reason reason,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> factsDecidingNothing) {

  /**
   * Creates a joint limit.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field other than {@code loanIds},
   *     {@code taxYear} and {@code factsDecidingNothing} is null (a null list is none, a null tax year empty), fewer
   *     than two measures are given ({@code input.invalid}, naming {@code measures}) or one twice
   *     ({@code input.duplicate}, naming the repeat, {@code measures/i}), neither a loan nor a tax year is given or
   *     both are ({@code loanIds}), the tax year is outside 1990–2100 ({@code taxYear}), the minimum or the maximum
   *     is negative or not CNY, the minimum is above the maximum, or a fact deciding nothing is null, blank or given
   *     twice
   */
  @JsonCreator
  public JointLimit {
    measures = Args.listCopy(measures, "measures");
    for (int i = 1; i < measures.size(); i++) {
      int first = measures.subList(0, i).indexOf(measures.get(i));
      if (first >= 0) {
        // a member twice, as any repeat: input.duplicate, at the repeat, naming where it is first
        throw new InvalidInputException(InvalidInputException.DUPLICATE, "measures/" + i, measures.get(i).value(),
            "must not repeat the measure at measures/" + first + ": a joint limit names each member once",
            "必须唯一：与 measures/" + first + " 的措施重复，联合上限的每项措施只列一次", null);
      }
    }
    if (measures.size() < 2) {
      throw new InvalidInputException("measures", measures, "must name at least two measures: a joint limit joins the "
          + "outcomes of alternatives, one alone has no joint limit");
    }
    loanIds = loanIds == null ? List.of() : Args.listCopy(loanIds, "loanIds");
    taxYear = taxYear == null ? Optional.empty() : taxYear;
    if (loanIds.isEmpty() == taxYear.isEmpty()) {
      throw new InvalidInputException("loanIds", loanIds, taxYear.isEmpty()
          ? "must name a loan, or the limit a tax year" : "must be empty in a limit of a tax year");
    }
    if (taxYear.isPresent() && (taxYear.get() < 1990 || taxYear.get() > 2100)) {
      throw new InvalidInputException("taxYear", taxYear.get(), "must be from 1990 to 2100");
    }
    BigDecimal least = Cny.notNegativeComputed(minimum, "minimum");
    BigDecimal most = Cny.notNegativeComputed(maximum, "maximum");
    if (least.compareTo(most) > 0) {
      throw new InvalidInputException("minimum", least.toPlainString(),
          "must not be above the maximum " + most.toPlainString());
    }
    Args.notNull(reason, "reason");
    factsDecidingNothing = factsDecidingNothing == null ? List.of()
        : Args.listCopy(factsDecidingNothing, "factsDecidingNothing");
    for (String fact : factsDecidingNothing) {
      Args.notBlank(fact, "factsDecidingNothing");
    }
    if (new HashSet<>(factsDecidingNothing).size() != factsDecidingNothing.size()) {
      throw new InvalidInputException(InvalidInputException.DUPLICATE, "factsDecidingNothing", factsDecidingNothing,
          "must name each fact once", "必须唯一：每项事实只列一次", null);
    }
  }

  /**
   * Creates a joint limit of loans.
   *
   * @param measures  the member measures, in catalogue order, at least two and each once
   * @param loanIds  the loans whose choice between the members is open, at least one
   * @param minimum  the least the members pay together, CNY, to the fen, at most the maximum
   * @param maximum  the most the members pay together, CNY, to the fen
   * @param reason  why: the rule's code, the two ways worked out in both languages, and the rule's citation
   * @param factsDecidingNothing  the members' missing facts that leave the amount the members pay together unchanged
   * @throws io.github.huiqi.core.error.InvalidInputException as the canonical constructor does
   */
  public JointLimit(List<MeasureId> measures, List<String> loanIds, MonetaryAmount minimum, MonetaryAmount maximum,
      Reason reason, List<String> factsDecidingNothing) {
    this(measures, Args.notNull(loanIds, "loanIds"), Optional.empty(), minimum, maximum, reason,
        factsDecidingNothing);
  }

  /**
   * Creates a joint limit of a tax year's income-tax reliefs, with no fact known to decide nothing.
   *
   * @param measures  the member measures, in catalogue order, at least two and each once
   * @param taxYear  the tax year whose income tax they reduce together, from 1990 to 2100
   * @param minimum  the least the members save together, CNY, to the fen, at most the maximum
   * @param maximum  the most the members save together, CNY, to the fen
   * @param reason  why: the rule's code, the bound worked out in both languages, and the rule's citation
   * @return the limit
   * @throws io.github.huiqi.core.error.InvalidInputException as the canonical constructor does
   */
  public static JointLimit ofTaxYear(List<MeasureId> measures, int taxYear, MonetaryAmount minimum,
      MonetaryAmount maximum, Reason reason) {
    return new JointLimit(measures, List.of(), Optional.of(taxYear), minimum, maximum, reason, List.of());
  }

  /**
   * Creates a joint limit of loans with no fact known to decide nothing.
   *
   * @param measures  the member measures, in catalogue order, at least two and each once
   * @param loanIds  the loans whose choice between the members is open, at least one
   * @param minimum  the least the members pay together, CNY, to the fen, at most the maximum
   * @param maximum  the most the members pay together, CNY, to the fen
   * @param reason  why: the rule's code, the two ways worked out in both languages, and the rule's citation
   * @throws io.github.huiqi.core.error.InvalidInputException as the canonical constructor does
   */
  public JointLimit(List<MeasureId> measures, List<String> loanIds, MonetaryAmount minimum, MonetaryAmount maximum,
      Reason reason) {
    this(measures, loanIds, minimum, maximum, reason, List.of());
  }
}
