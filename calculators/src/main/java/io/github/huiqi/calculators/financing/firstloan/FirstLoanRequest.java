package io.github.huiqi.calculators.financing.firstloan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request for an enterprise's first-loan subsidy: the enterprise, its loans and the options.
 * <p>
 * In JSON: {@code {"enterprise": {...}, "loans": [{...}], "options": {"dayCount": "ACT/360"}}}; {@code options} may
 * be omitted. Missing facts are named in results as JSON Pointers into this shape, such as
 * {@code /loans/0/lenderRegionCode}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableFirstLoanRequest.class)
@JsonDeserialize(as = ImmutableFirstLoanRequest.class)
public abstract class FirstLoanRequest {

  FirstLoanRequest() {
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
   * Returns the enterprise.
   *
   * @return the enterprise
   */
  public abstract EnterpriseFacts enterprise();

  /**
   * Returns the enterprise's loans claimed for the subsidy, at least one, with unique ids.
   *
   * @return the loans
   */
  public abstract List<LoanFacts> loans();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<FirstLoanOptions> options();

  /**
   * Obtains a request with the default options.
   *
   * @param enterprise  the enterprise
   * @param loans  the loans
   * @return the request
   */
  public static FirstLoanRequest of(EnterpriseFacts enterprise, List<LoanFacts> loans) {
    return builder().enterprise(enterprise).loans(Args.notNull(loans, "loans")).build();
  }

  /**
   * Obtains a request from an enterprise profile: its enterprise facts and all its loans, in the profile's order,
   * with the default options.
   * <p>
   * A missing fact a result names is then the profile's: {@code /loans/2/lenderRegionCode} is the same pointer in
   * the profile, and {@code /enterprise/firstTimeBorrower} is the profile's {@code /firstTimeBorrower}.
   *
   * @param profile  the enterprise profile, whose loans are known and not empty
   * @return the request
   * @throws InvalidInputException naming {@code /loans} if the profile's loans are not known or are empty
   */
  public static FirstLoanRequest from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return of(profile.enterpriseFacts(), knownLoans(profile));
  }

  /**
   * Returns the profile's loans, known and not empty.
   *
   * @param profile  the profile
   * @return the loans
   * @throws InvalidInputException naming {@code /loans} if they are not known or are empty
   */
  static List<LoanFacts> knownLoans(EnterpriseProfile profile) {
    List<LoanFacts> loans = profile.loans().orElseThrow(() -> new InvalidInputException("/loans", null,
        "must be known: the subsidy is on the enterprise's loans"));
    if (loans.isEmpty()) {
      throw new InvalidInputException("/loans", "[]", "must hold at least one loan");
    }
    return loans;
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public FirstLoanRequest withOptions(FirstLoanOptions chosen) {
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
    List<LoanFacts> loans = loans();
    Optional<FirstLoanOptions> options = options();
    Args.notNull(enterprise, "enterprise");
    loans = Args.listCopy(loans, "loans");
    if (loans.isEmpty()) {
      throw new InvalidInputException("loans", "[]", "must hold at least one loan");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < loans.size(); i++) {
      if (!ids.add(loans.get(i).loanId())) {
        throw new InvalidInputException("loans/" + i + "/loanId", loans.get(i).loanId(), "must be unique");
      }
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link FirstLoanRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is null, there is no loan, or a loan id repeats.
   */
  public static class Builder extends ImmutableFirstLoanRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
