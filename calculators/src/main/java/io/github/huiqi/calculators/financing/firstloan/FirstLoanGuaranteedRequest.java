package io.github.huiqi.calculators.financing.firstloan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request for an enterprise's guaranteed first-loan subsidy (such as 沪企服办〔2023〕1号 第十五条): the enterprise,
 * the subsidy term, its loans and the options.
 * <p>
 * <b>The subsidy term is required.</b> The Shanghai clause states the rate (2%) and the cap (200,000) but no term,
 * and no retrieved rule supplies one (decisions register §4.1 item 5), so the library neither guesses nor defaults it:
 * the caller supplies the term the authority applies, in whole months from the drawdown. For example 12 for "the
 * contractual term up to twelve months".
 * <p>
 * In JSON: {@code {"enterprise": {...}, "subsidyTermMonths": 12, "loans": [{"loan": {...}, ...}],
 * "options": {"dayCount": "ACT/360"}}}; {@code options} may be omitted, {@code subsidyTermMonths} may not.
 * Missing facts are named in results as JSON Pointers into this shape, such as {@code /loans/0/guaranteedByPolicyFund}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableFirstLoanGuaranteedRequest.class)
@JsonDeserialize(as = ImmutableFirstLoanGuaranteedRequest.class)
public abstract class FirstLoanGuaranteedRequest {

  /** The longest term accepted, in months (ten years): a bound on input, not a policy figure. */
  public static final int MAX_TERM_MONTHS = 120;

  FirstLoanGuaranteedRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the enterprise (its size class is the fact this measure asks about).
   *
   * @return the enterprise
   */
  public abstract EnterpriseFacts enterprise();

  /**
   * Returns the subsidised term in whole months from each loan's drawdown, 1 to 120, required.
   *
   * @return the term in months
   */
  public abstract Integer subsidyTermMonths();

  /**
   * Returns the enterprise's loans claimed for the subsidy, at least one, with unique loan ids.
   *
   * @return the loans
   */
  public abstract List<FirstLoanGuaranteedLoan> loans();

  /**
   * Returns the options (the day count); empty for the measure's documented defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<FirstLoanOptions> options();

  /**
   * Obtains a request with the default options.
   *
   * @param enterprise  the enterprise
   * @param subsidyTermMonths  the subsidised term in months, required
   * @param loans  the loans
   * @return the request
   */
  public static FirstLoanGuaranteedRequest of(EnterpriseFacts enterprise, int subsidyTermMonths,
      List<FirstLoanGuaranteedLoan> loans) {
    return builder().enterprise(enterprise).subsidyTermMonths(subsidyTermMonths).loans(loans).build();
  }

  /**
   * Obtains a request from an enterprise profile: its enterprise facts and all its loans, in the profile's order,
   * each claimed with {@link FirstLoanGuaranteedLoan#from(io.github.huiqi.core.enterprise.LoanFacts)}, with the
   * subsidy term given and the default options.
   * <p>
   * A missing fact a result names maps to the profile: {@code /enterprise/size} is {@code /size},
   * {@code /loans/i/loan/x} is {@code /loans/i/x}, {@code /loans/i/firstInclusiveFinanceLoan} keeps its pointer and
   * {@code /loans/i/guaranteedByPolicyFund} is {@code /loans/i/guarantee/policyFund}.
   *
   * @param profile  the enterprise profile, whose loans are known and not empty
   * @param subsidyTermMonths  the subsidised term in months from each drawdown, 1 to 120
   * @return the request
   * @throws InvalidInputException naming {@code /loans} if the profile's loans are not known or are empty, or
   *     naming {@code subsidyTermMonths} if the term is out of range
   */
  public static FirstLoanGuaranteedRequest from(EnterpriseProfile profile, int subsidyTermMonths) {
    Args.notNull(profile, "profile");
    List<FirstLoanGuaranteedLoan> loans = FirstLoanRequest.knownLoans(profile).stream()
        .map(FirstLoanGuaranteedLoan::from).toList();
    return of(profile.enterpriseFacts(), subsidyTermMonths, loans);
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public FirstLoanGuaranteedRequest withOptions(FirstLoanOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public FirstLoanOptions effectiveOptions() {
    return options().orElse(FirstLoanOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    EnterpriseFacts enterprise = enterprise();
    Integer subsidyTermMonths = subsidyTermMonths();
    List<FirstLoanGuaranteedLoan> loans = loans();
    Optional<FirstLoanOptions> options = options();
    Args.notNull(enterprise, "enterprise");
    if (subsidyTermMonths == null) {
      throw new InvalidInputException("subsidyTermMonths", null,
          "is required: the source states no subsidy term, so the caller must supply the one the authority applies");
    }
    if (subsidyTermMonths < 1 || subsidyTermMonths > MAX_TERM_MONTHS) {
      throw new InvalidInputException("subsidyTermMonths", subsidyTermMonths,
          "must be from 1 to " + MAX_TERM_MONTHS + " months");
    }
    loans = Args.listCopy(loans, "loans");
    if (loans.isEmpty()) {
      throw new InvalidInputException("loans", "[]", "must hold at least one loan");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < loans.size(); i++) {
      if (!ids.add(loans.get(i).loan().loanId())) {
        throw new InvalidInputException("loans/" + i + "/loan/loanId", loans.get(i).loan().loanId(),
            "must be unique");
      }
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link FirstLoanGuaranteedRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is null, the term is missing or outside 1..120 months, there is no loan,
   * or a loan id repeats.
   */
  public static class Builder extends ImmutableFirstLoanGuaranteedRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
