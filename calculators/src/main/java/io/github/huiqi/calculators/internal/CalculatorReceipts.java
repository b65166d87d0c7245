package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.audit.LibraryVersion;
import io.github.huiqi.core.audit.MeasureIdentity;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.Sha256;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.RateSeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issues the audit receipt of a calculator's explained result: the library version, the calculation, the identity of
 * each measure given and of the built-in packs that hold them unchanged, the request's own date where it has one, and
 * the SHA-256 of the canonical JSON of the request and of the result (built without its receipt).
 * <p>
 * Only the explaining forms call it: the plain forms pay nothing. It reads no clock; the built-in policy data it
 * resolves packs against is loaded once, as {@link PolicyData#builtIn()} is.
 * <p>
 * This class is thread-safe.
 */
public final class CalculatorReceipts {

  private CalculatorReceipts() {
  }

  /**
   * Issues the receipt of a result computed from measures alone.
   *
   * @param calculation  the calculation's stable name, such as {@code financing.first-loan.subsidy}
   * @param measures  the measures given, in argument order
   * @param request  the request as the calculator read it
   * @param asOf  the request's own evaluation date, or empty when it has none
   * @param result  the result, whose explanation has no receipt yet
   * @return the receipt
   */
  public static Receipt issue(String calculation, List<? extends Measure> measures, Object request,
      Optional<LocalDate> asOf, Object result) {
    return issue(calculation, measures, PolicyData.builtIn(), List.of(), request, asOf, result);
  }

  /**
   * Issues the receipt of a result computed from measures and rate series of given policy data.
   *
   * @param calculation  the calculation's stable name
   * @param measures  the measures given, in argument order
   * @param data  the policy data the packs are resolved against, and the rate series read from
   * @param series  the rate series read
   * @param request  the request as the calculator read it
   * @param asOf  the request's own evaluation date, or empty when it has none
   * @param result  the result, whose explanation has no receipt yet
   * @return the receipt
   */
  public static Receipt issue(String calculation, List<? extends Measure> measures, PolicyData data,
      List<RateSeriesId> series, Object request, Optional<LocalDate> asOf, Object result) {
    Args.notNull(request, "request");
    Args.notNull(result, "result");
    List<MeasureIdentity> identities = new ArrayList<>(measures.size());
    measures.forEach(measure -> identities.add(data.measureIdentity(measure)));
    return new Receipt(LibraryVersion.CURRENT, asOf, data.packIdentitiesOf(measures, series), Receipt.CANONICAL_JSON,
        Sha256.ofCanonicalJson(request), Sha256.ofCanonicalJson(result),
        Optional.of(calculation), identities);
  }

  /**
   * Issues the receipt of a result computed from a standard that is not a measure of a pack, read from its own data
   * file: no pack is named, the standard's own hash identifies it.
   *
   * @param calculation  the calculation's stable name, such as {@code classification.scale.above-scale}
   * @param standard  the standard's identity
   * @param request  the request as the calculator read it
   * @param result  the result, whose explanation has no receipt yet
   * @return the receipt
   */
  public static Receipt issue(String calculation, MeasureIdentity standard, Object request, Object result) {
    Args.notNull(request, "request");
    Args.notNull(result, "result");
    return new Receipt(LibraryVersion.CURRENT, Optional.empty(), List.of(), Receipt.CANONICAL_JSON,
        Sha256.ofCanonicalJson(request), Sha256.ofCanonicalJson(result),
        Optional.of(calculation), List.of(standard));
  }
}
