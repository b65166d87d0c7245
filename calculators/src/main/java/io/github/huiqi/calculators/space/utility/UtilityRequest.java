package io.github.huiqi.calculators.space.utility;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.space.utility.UtilityBill;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for the utility arrears relief: who the firm is (legal form, size), whether it is in difficulty, and its
 * overdue bills, each id at most once. The names and pointers are those of an enterprise profile
 * ({@code /size}, {@code /affectedByEpidemic}, {@code /utilityBills/0/dailyLateFeeRate}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param legalForm  the legal form, if known
 * @param size  the size class, if known
 * @param affectedByEpidemic  whether the firm is in difficulty (经营困难), if known
 * @param utilityBills  the overdue bills, possibly empty
 */
public record UtilityRequest(Optional<LegalForm> legalForm, Optional<EnterpriseSize> size,
    Optional<Boolean> affectedByEpidemic, List<UtilityBill> utilityBills) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the list or a bill is null, or an id repeats, naming it
   */
  public UtilityRequest {
    legalForm = legalForm == null ? Optional.empty() : legalForm;
    size = size == null ? Optional.empty() : size;
    affectedByEpidemic = affectedByEpidemic == null ? Optional.empty() : affectedByEpidemic;
    utilityBills = Args.listCopy(utilityBills, "utilityBills");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < utilityBills.size(); i++) {
      if (!ids.add(utilityBills.get(i).billId())) {
        throw new InvalidInputException("utilityBills/" + i + "/billId", utilityBills.get(i).billId(),
            "must be unique in utilityBills");
      }
    }
  }

  /**
   * Obtains the request of an enterprise profile.
   *
   * @param profile  the profile
   * @return the request, empty if the profile's bills are not known
   */
  public static Optional<UtilityRequest> from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    return profile.utilityBills().map(bills -> new UtilityRequest(profile.legalForm(), profile.size(),
        profile.affectedByEpidemic(), bills));
  }
}
