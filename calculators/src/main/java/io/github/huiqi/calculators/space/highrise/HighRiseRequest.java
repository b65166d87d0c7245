package io.github.huiqi.calculators.space.highrise;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.space.rent.RentLease;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A request to test a 工业上楼 project's average rent: the project's leases (each with its area and monthly rent),
 * at least one, each id at most once.
 * <p>
 * In JSON: {@code {"leases": [{"leaseId": "A", "area": 1000, "start": "2023-01-01", "monthlyRent": {"amount": 30000,
 * "currency": "CNY"}}, ...]}}; a missing rent is named as {@code /leases/0/monthlyRent}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param leases  the project's leases, not empty
 */
public record HighRiseRequest(List<RentLease> leases) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if the list is null or empty, a lease null, or an id repeats, naming it
   */
  public HighRiseRequest {
    leases = Args.listCopy(leases, "leases");
    if (leases.isEmpty()) {
      throw new InvalidInputException("leases", "[]", "must hold at least one lease of the project");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < leases.size(); i++) {
      if (!ids.add(leases.get(i).leaseId())) {
        throw new InvalidInputException("leases/" + i + "/leaseId", leases.get(i).leaseId(), "must be unique");
      }
    }
  }
}
