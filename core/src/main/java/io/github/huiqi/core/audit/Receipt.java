package io.github.huiqi.core.audit;

import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.List;

/**
 * What an explained result carries so that it can be replayed: the library version that computed it, the identity of
 * every policy pack it used, its evaluation date, and the SHA-256 of the canonical JSON of its input and of the result
 * itself (the result without its receipt).
 * <p>
 * Canonical JSON ({@value #CANONICAL_JSON}) is the library's JSON of the value, compact, with every object's members in
 * alphabetical order: two inputs that differ only in whitespace, member order or how a number is written (such as
 * {@code 1E+3} and {@code 1000}) have the same hash; any change of a fact changes it.
 * <pre>{@code
 * EntitlementReport report = engine.evaluate(request.withExplain(true));
 * Receipt receipt = report.receipt().orElseThrow();
 * ReplayResult replay = engine.replay(request, receipt);   // later, elsewhere: does it still match?
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param libraryVersion  the huiqi version, such as {@code 0.2.0-SNAPSHOT}
 * @param asOf  the evaluation date
 * @param packs  the packs used, in the order of the policy data
 * @param canonicalization  how the hashed JSON was written, {@value #CANONICAL_JSON}
 * @param inputSha256  the SHA-256 of the input's canonical JSON
 * @param resultSha256  the SHA-256 of the result's canonical JSON, without its receipt
 */
public record Receipt(String libraryVersion, LocalDate asOf, List<PackIdentity> packs, String canonicalization,
    String inputSha256, String resultSha256) {

  /** The canonical JSON this version writes for hashing. */
  public static final String CANONICAL_JSON = "huiqi-canonical-json/1";

  /**
   * Creates a receipt.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or blank, or a hash is not a SHA-256
   */
  public Receipt {
    Args.notBlank(libraryVersion, "libraryVersion");
    Args.notNull(asOf, "asOf");
    packs = Args.listCopy(packs, "packs");
    Args.notBlank(canonicalization, "canonicalization");
    Sha256.requireHex(inputSha256, "inputSha256");
    Sha256.requireHex(resultSha256, "resultSha256");
  }

  /**
   * Compares this receipt, the one recorded, with one recomputed now.
   *
   * @param now  the receipt recomputed from the same input
   * @return whether they match, and every difference
   */
  public ReplayResult compareWith(Receipt now) {
    Args.notNull(now, "now");
    ReplayResult.Builder differences = new ReplayResult.Builder();
    differences.compare("libraryVersion", libraryVersion, now.libraryVersion);
    differences.compare("asOf", asOf, now.asOf);
    differences.compare("canonicalization", canonicalization, now.canonicalization);
    differences.compare("inputSha256", inputSha256, now.inputSha256);
    for (PackIdentity recorded : packs) {
      PackIdentity current = now.packs.stream().filter(p -> p.document().equals(recorded.document())).findFirst()
          .orElse(null);
      if (current == null) {
        differences.add("packs/" + recorded.document(), recorded.sha256(), "absent");
      } else {
        differences.compare("packs/" + recorded.document() + "/version", recorded.version(), current.version());
        differences.compare("packs/" + recorded.document() + "/sha256", recorded.sha256(), current.sha256());
      }
    }
    for (PackIdentity current : now.packs) {
      if (packs.stream().noneMatch(p -> p.document().equals(current.document()))) {
        differences.add("packs/" + current.document(), "absent", current.sha256());
      }
    }
    differences.compare("resultSha256", resultSha256, now.resultSha256);
    return differences.build(now);
  }
}
