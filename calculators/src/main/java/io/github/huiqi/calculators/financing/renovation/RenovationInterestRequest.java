package io.github.huiqi.calculators.financing.renovation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request for a technical-renovation project's loan interest subsidy (小升规方案 第十条): whether the project is a
 * supported renovation project, when its subsidised years start, the interest actually paid, and the options.
 * <p>
 * In JSON: {@code {"eligibleProject": true, "subsidyStart": "2023-01-01", "payments": [{"paymentId": "P1",
 * "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "...", "interestUntil": "...", "interestPaid": {"amount": 1,
 * "currency": "CNY"}, "loanId": "L-1"}], "options": {"maximumSubsidyYears": 3}}}. A missing {@code eligibleProject}
 * is "not known": the result is then undetermined and names {@code /eligibleProject}. A payment's optional
 * {@code loanId} does not change this calculator's amount: it lets the entitlement engine check one municipal interest
 * subsidy per loan against the profile's loans (decisions register §4.6 item 43).
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableRenovationInterestRequest.class)
@JsonDeserialize(as = ImmutableRenovationInterestRequest.class)
public abstract class RenovationInterestRequest {

  RenovationInterestRequest() {
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
   * Returns whether the project is a supported renovation project (符合条件的技术改造项目) as the authority decided; empty if not
   * known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> eligibleProject();

  /**
   * Returns the first day of the project's subsidised period (for example its first loan drawdown or the date the
   * authority sets), counted.
   *
   * @return the subsidy start
   */
  public abstract LocalDate subsidyStart();

  /**
   * Returns the interest paid, at least one, with unique ids.
   *
   * @return the payments
   */
  public abstract List<RenovationInterestPayment> payments();

  /**
   * Returns the options; empty for the documented defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<RenovationInterestOptions> options();

  /**
   * Obtains the request of a renovation project as an enterprise profile holds it
   * ({@code EnterpriseProfile.renovationProjects()}): whether the authority supports it, its subsidy start and the
   * interest paid on its loans and leases, with the default options.
   *
   * @param project  the project
   * @return the request; its {@code payments} are the project's {@code interestPayments}
   * @throws MissingFactsException naming {@code /subsidyStart} if the project's subsidy start is not known
   * @throws InvalidInputException if the project is null or has no interest payment (field
   *     {@code interestPayments}): there is nothing to subsidise
   */
  public static RenovationInterestRequest from(RenovationProject project) {
    Args.notNull(project, "project");
    if (project.interestPayments().isEmpty()) {
      throw new InvalidInputException("interestPayments", "[]", "must hold at least one payment to subsidise");
    }
    LocalDate start = project.subsidyStart()
        .orElseThrow(() -> new MissingFactsException(List.of("/subsidyStart")));
    return builder().eligibleProject(project.eligibleProject()).subsidyStart(start)
        .payments(project.interestPayments()).build();
  }

  /**
   * Obtains a request for a supported project with the default options.
   *
   * @param subsidyStart  the first subsidised day
   * @param payments  the interest paid
   * @return the request
   */
  public static RenovationInterestRequest of(LocalDate subsidyStart, List<RenovationInterestPayment> payments) {
    return builder().eligibleProject(true).subsidyStart(subsidyStart).payments(Args.notNull(payments, "payments"))
        .build();
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public RenovationInterestRequest withOptions(RenovationInterestOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public RenovationInterestOptions effectiveOptions() {
    return options().orElse(RenovationInterestOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    Optional<Boolean> eligibleProject = eligibleProject();
    LocalDate subsidyStart = subsidyStart();
    List<RenovationInterestPayment> payments = payments();
    Optional<RenovationInterestOptions> options = options();
    Args.notNullOptional(eligibleProject, "eligibleProject");
    Args.date(subsidyStart, "subsidyStart");
    payments = Args.listCopy(payments, "payments");
    if (payments.isEmpty()) {
      throw new InvalidInputException("payments", "[]", "must hold at least one payment");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < payments.size(); i++) {
      if (!ids.add(payments.get(i).paymentId())) {
        throw new InvalidInputException("payments/" + i + "/paymentId", payments.get(i).paymentId(),
            "must be unique");
      }
    }
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link RenovationInterestRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is null, there is no payment, or a payment id repeats.
   */
  public static class Builder extends ImmutableRenovationInterestRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
