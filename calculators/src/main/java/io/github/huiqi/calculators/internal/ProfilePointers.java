package io.github.huiqi.calculators.internal;

import io.github.huiqi.core.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * Rewrites JSON Pointers into a calculator's request as JSON Pointers into the enterprise profile the request was
 * built from. An evaluator declares one rule per part of its request:
 * <pre>
 * ProfilePointers pointers = ProfilePointers.builder()
 *     .exact("/enterprise/enrolledTechSme", "/techSme")
 *     .prefix("/enterprise/", "/")
 *     .list("/loans/", "/loans/", requestIndex -&gt; profileIndexOf[requestIndex])
 *     .build();
 * pointers.toProfile("/loans/0/lenderRegionCode");   // "/loans/3/lenderRegionCode"
 * </pre>
 * The first rule that matches applies. A pointer no rule matches is a defect of the evaluator and throws. Most
 * evaluations name no missing fact, so an evaluator on a per-loan path declares its rules with {@link #lazy}: they are
 * built the first time a pointer is rewritten, if ever.
 * <p>
 * This class is immutable and thread-safe. Not part of the public API.
 */
public final class ProfilePointers {

  private final Supplier<ProfilePointers> declared;
  private List<Rule> rules;

  private ProfilePointers(List<Rule> rules) {
    this.declared = null;
    this.rules = List.copyOf(rules);
  }

  private ProfilePointers(Supplier<ProfilePointers> declared) {
    this.declared = declared;
  }

  /**
   * Returns pointers whose rules are declared the first time a pointer is rewritten.
   *
   * @param declared  builds the rules, such as {@code () -> ProfilePointers.builder()...build()}
   * @return the pointers
   */
  public static ProfilePointers lazy(Supplier<ProfilePointers> declared) {
    return new ProfilePointers(Args.notNull(declared, "declared"));
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
   * Rewrites one pointer.
   *
   * @param requestPointer  the pointer into the request
   * @return the pointer into the profile
   * @throws IllegalStateException if no rule matches: the evaluator forgot a part of its request
   */
  public String toProfile(String requestPointer) {
    Args.notNull(requestPointer, "requestPointer");
    if (rules == null) {
      // a benign race: every thread declares the same immutable rules
      rules = declared.get().rules;
    }
    for (Rule rule : rules) {
      String mapped = rule.apply(requestPointer);
      if (mapped != null) {
        return mapped;
      }
    }
    throw new IllegalStateException("no profile pointer for request pointer " + requestPointer);
  }

  /**
   * Rewrites pointers, keeping their order and dropping repeats.
   *
   * @param requestPointers  the pointers into the request
   * @return the pointers into the profile
   */
  public List<String> toProfile(List<String> requestPointers) {
    LinkedHashSet<String> mapped = new LinkedHashSet<>();
    for (String pointer : requestPointers) {
      mapped.add(toProfile(pointer));
    }
    return List.copyOf(mapped);
  }

  /** Builds {@link ProfilePointers}; rules apply in the order added. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {
    }

    /**
     * Maps one pointer exactly.
     *
     * @param requestPointer  the request's pointer
     * @param profilePointer  the profile's pointer
     * @return this builder
     */
    public Builder exact(String requestPointer, String profilePointer) {
      rules.add(pointer -> pointer.equals(requestPointer) ? profilePointer : null);
      return this;
    }

    /**
     * Maps every pointer under a prefix: the prefix is replaced, the rest kept.
     *
     * @param requestPrefix  the request's prefix, such as {@code /enterprise/}
     * @param profilePrefix  the profile's prefix, such as {@code /}
     * @return this builder
     */
    public Builder prefix(String requestPrefix, String profilePrefix) {
      rules.add(pointer -> pointer.startsWith(requestPrefix)
          ? profilePrefix + pointer.substring(requestPrefix.length()) : null);
      return this;
    }

    /**
     * Maps every pointer into the elements of a request list to the elements of a profile list, the index rewritten.
     *
     * @param requestListPrefix  the request list's prefix with its slash, such as {@code /loans/}
     * @param profileListPrefix  the profile list's prefix, such as {@code /loans/}
     * @param index  the profile index of each request index
     * @return this builder
     */
    public Builder list(String requestListPrefix, String profileListPrefix, IntUnaryOperator index) {
      rules.add(pointer -> {
        if (!pointer.startsWith(requestListPrefix)) {
          return null;
        }
        String rest = pointer.substring(requestListPrefix.length());
        int slash = rest.indexOf('/');
        String number = slash < 0 ? rest : rest.substring(0, slash);
        if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
          return null;
        }
        int mapped = index.applyAsInt(Integer.parseInt(number));
        return profileListPrefix + mapped + (slash < 0 ? "" : rest.substring(slash));
      });
      return this;
    }

    /**
     * Builds the pointers.
     *
     * @return the pointers
     */
    public ProfilePointers build() {
      return new ProfilePointers(rules);
    }
  }

  @FunctionalInterface
  private interface Rule {
    String apply(String pointer);
  }
}
