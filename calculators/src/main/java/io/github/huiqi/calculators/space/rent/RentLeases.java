package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.space.rent.RentLease;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks of a list of leases shared by the rent requests. Not part of the public API.
 */
final class RentLeases {

  private RentLeases() {
  }

  /** A copy of the leases, each id at most once; a repeated id is named as {@code leases/i/leaseId}. */
  static List<RentLease> checked(List<RentLease> leases) {
    List<RentLease> copy = Args.listCopy(leases, "leases");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!ids.add(copy.get(i).leaseId())) {
        throw new InvalidInputException("leases/" + i + "/leaseId", copy.get(i).leaseId(), "must be unique in leases");
      }
    }
    return copy;
  }
}
