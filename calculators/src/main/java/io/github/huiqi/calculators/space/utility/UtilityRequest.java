package io.github.huiqi.calculators.space.utility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.internal.RequiredList;
import io.github.huiqi.core.space.utility.UtilityBill;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request for the utility arrears relief: who the firm is (legal form, size), whether it is in difficulty, and its
 * overdue bills, each id at most once. The names and pointers are those of an enterprise profile
 * ({@code /size}, {@code /affectedByEpidemic}, {@code /utilityBills/0/dailyLateFeeRate}).
 * <p>
 * In JSON: {@code {"legalForm": "ENTERPRISE", "size": "SMALL", "affectedByEpidemic": true, "utilityBills": [ ... ]}}.
 * An absent fact is not known; {@code utilityBills} is required, and an empty list is known to be none.
 * <p>
 * Build with {@link #builder()} (an unset fact is not known), or from a profile with {@link #from}:
 * <pre>
 * UtilityRequest request = UtilityRequest.builder()
 *     .legalForm(LegalForm.ENTERPRISE)
 *     .size(EnterpriseSize.SMALL)
 *     .affectedByEpidemic(true)
 *     .utilityBills(List.of(bill))
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableUtilityRequest.class)
@JsonDeserialize(as = ImmutableUtilityRequest.class)
public abstract class UtilityRequest {

  UtilityRequest() {
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
   * Returns the legal form.
   *
   * @return the legal form, if known
   */
  public abstract Optional<LegalForm> legalForm();

  /**
   * Returns the size class under 工信部联企业〔2011〕300号.
   *
   * @return the size class, if known
   */
  public abstract Optional<EnterpriseSize> size();

  /**
   * Returns whether the firm is in difficulty (经营困难).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> affectedByEpidemic();

  /**
   * Returns the overdue bills, each id at most once; required, possibly empty.
   *
   * @return the bills
   */
  @RequiredList
  public abstract List<UtilityBill> utilityBills();

  /**
   * Obtains the request of an enterprise profile.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's bills are not known
   * @throws InvalidInputException if the profile is null
   */
  public static Optional<UtilityRequest> from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return profile.utilityBills().map(bills -> builder().legalForm(profile.legalForm()).size(profile.size())
        .affectedByEpidemic(profile.affectedByEpidemic()).utilityBills(bills).build());
  }

  @Value.Check
  void check() {
    List<UtilityBill> bills = Args.listCopy(utilityBills(), "utilityBills");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < bills.size(); i++) {
      if (!ids.add(bills.get(i).billId())) {
        throw new InvalidInputException("utilityBills/" + i + "/billId", bills.get(i).billId(),
            "must be unique in utilityBills");
      }
    }
  }

  /**
   * Builds a {@link UtilityRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the bills are not set (null), a bill is null or a bill id repeats, naming it
   * ({@code utilityBills}, {@code utilityBills/1}, {@code utilityBills/1/billId}).
   */
  public static class Builder extends ImmutableUtilityRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
