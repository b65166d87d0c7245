package io.github.huiqi.core.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an explained result carries so that it can be replayed: the library version that computed it, the identity of
 * every policy pack it used, its evaluation date, and the SHA-256 of the canonical JSON of its input and of the result
 * itself (the result without its receipt).
 * <p>
 * Canonical JSON ({@value #CANONICAL_JSON}) is the library's JSON of the value, compact, with every object's members in
 * alphabetical order: two inputs that differ only in whitespace, member order or how a number is written (such as
 * {@code 1E+3} and {@code 1000}) have the same hash; any change of a fact changes it.
 * <p>
 * Two kinds of result carry one. The entitlement engine's explained report names the packs of its catalogue it used;
 * it has no {@code calculation} and no {@code measures}. A calculator's explaining form (such as
 * {@code FirstLoanCalculator.explainSubsidy}) takes its measure as an argument, so its receipt names the calculation
 * (such as {@code financing.first-loan.subsidy}), the identity of every measure it was given
 * ({@link MeasureIdentity}: id, document and the SHA-256 of the measure's own canonical JSON, wherever it was loaded
 * from) and, among {@code packs}, the built-in pack holding each measure when the measure is the built-in one; its
 * evaluation date is the request's own date where the request has one (calculators read no clock), otherwise absent.
 * <pre>{@code
 * EntitlementReport report = engine.evaluate(request.withExplain(true));
 * Receipt receipt = report.receipt().orElseThrow();
 * ReplayResult replay = engine.replay(request, receipt);   // later, elsewhere: does it still match?
 * FirstLoanResult result = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, loanRequest);
 * Receipt calculated = result.explanation().receipt().orElseThrow();   // replayed by CalculatorReplay
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param libraryVersion  the huiqi version, such as {@code 0.2.0-SNAPSHOT}
 * @param asOf  the evaluation date; absent for a calculator whose request has no date of its own
 * @param packs  the packs used, in the order of the policy data
 * @param canonicalization  how the hashed JSON was written, {@value #CANONICAL_JSON}
 * @param inputSha256  the SHA-256 of the input's canonical JSON
 * @param resultSha256  the SHA-256 of the result's canonical JSON, without its receipt
 * @param calculation  the calculator's calculation, such as {@code financing.first-loan.subsidy}; absent for the
 *     entitlement engine
 * @param measures  the measures a calculator was given, in argument order; empty (absent in JSON) for the engine
 */
public record Receipt(String libraryVersion, Optional<LocalDate> asOf, List<PackIdentity> packs,
    String canonicalization, String inputSha256, String resultSha256, Optional<String> calculation,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MeasureIdentity> measures) {

  /** The canonical JSON this version writes for hashing. */
  public static final String CANONICAL_JSON = "huiqi-canonical-json/1";

  /**
   * Creates a receipt.
   *
   * @throws InvalidInputException if a field is null or blank, a hash is not a SHA-256, or
   *     a pack's document is listed twice ({@code packs/1/document}: a replay compares the packs by document, so a
   *     repeated one would go unseen)
   */
  public Receipt {
    Args.notBlank(libraryVersion, "libraryVersion");
    Args.notNullOptional(asOf, "asOf");
    packs = Args.listCopy(packs, "packs");
    Set<String> documents = new HashSet<>();
    for (int i = 0; i < packs.size(); i++) {
      if (!documents.add(packs.get(i).document())) {
        throw new InvalidInputException("packs/" + i + "/document", packs.get(i).document(), "must be unique in packs");
      }
    }
    Args.notBlank(canonicalization, "canonicalization");
    Sha256.requireHex(inputSha256, "inputSha256");
    Sha256.requireHex(resultSha256, "resultSha256");
    Args.notNullOptional(calculation, "calculation");
    calculation.ifPresent(name -> Args.notBlank(name, "calculation"));
    measures = measures == null ? List.of() : Args.listCopy(measures, "measures");
  }

  /**
   * Creates the receipt of an entitlement report: dated, with no calculation and no measures.
   *
   * @param libraryVersion  the huiqi version
   * @param asOf  the evaluation date
   * @param packs  the packs used
   * @param canonicalization  how the hashed JSON was written
   * @param inputSha256  the SHA-256 of the input's canonical JSON
   * @param resultSha256  the SHA-256 of the result's canonical JSON, without its receipt
   * @throws io.github.huiqi.core.error.InvalidInputException as the canonical constructor, or if the date is null
   */
  public Receipt(String libraryVersion, LocalDate asOf, List<PackIdentity> packs, String canonicalization,
      String inputSha256, String resultSha256) {
    this(libraryVersion, Optional.of(Args.notNull(asOf, "asOf")), packs, canonicalization, inputSha256,
        resultSha256, Optional.empty(), List.of());
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
    differences.compare("asOf", asOf.map(LocalDate::toString).orElse("absent"),
        now.asOf.map(LocalDate::toString).orElse("absent"));
    differences.compare("canonicalization", canonicalization, now.canonicalization);
    differences.compare("calculation", calculation.orElse("absent"), now.calculation.orElse("absent"));
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
    for (int i = 0; i < Math.max(measures.size(), now.measures.size()); i++) {
      MeasureIdentity recorded = i < measures.size() ? measures.get(i) : null;
      MeasureIdentity current = i < now.measures.size() ? now.measures.get(i) : null;
      String field = "measures/" + (recorded != null ? recorded.measure() : current.measure());
      if (recorded == null || current == null || !recorded.measure().equals(current.measure())) {
        differences.add(field, recorded == null ? "absent" : recorded.measure(),
            current == null ? "absent" : current.measure());
      } else {
        differences.compare(field + "/sha256", recorded.sha256(), current.sha256());
      }
    }
    differences.compare("resultSha256", resultSha256, now.resultSha256);
    return differences.build(now);
  }
}
