package io.github.huiqi.calculators.catalog;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The values that the measures of one engine run share, each computed once: the R&amp;D extra deduction, for instance,
 * which both the R&amp;D measure and the 小型微利企业 relief (which taxes the income after it) need.
 * <p>
 * The engine creates one run per profile evaluated and drops it with the report, so nothing outlives the run. A
 * context built without a run ({@link #UNSHARED}) computes every value afresh and keeps nothing, so a long-lived
 * context never accumulates values. A key must identify every input of its value, the profile included (compare the
 * profile by identity); a computation that throws stores nothing, so the next caller meets the same error.
 * <p>
 * This class is thread-safe.
 */
public final class EvaluationRun {

  /** A run that shares nothing: every value is computed afresh. */
  public static final EvaluationRun UNSHARED = new EvaluationRun(false);

  private final Map<Object, Object> values;

  private EvaluationRun(boolean sharing) {
    this.values = sharing ? new ConcurrentHashMap<>() : null;
  }

  /**
   * Creates a run whose values are shared by every context given it.
   *
   * @return the run, holding nothing yet
   */
  public static EvaluationRun create() {
    return new EvaluationRun(true);
  }

  /**
   * Returns the value for a key, computing it the first time the run asks.
   *
   * @param <T>  the value's type
   * @param key  what identifies the value and every input of it, not null
   * @param type  the value's type, not null
   * @param compute  computes the value, not returning null
   * @return the value
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or what {@code compute} throws
   */
  public <T> T shared(Object key, Class<T> type, Supplier<T> compute) {
    Args.notNull(key, "key");
    Args.notNull(type, "type");
    Args.notNull(compute, "compute");
    if (values == null) {
      return compute.get();
    }
    Object known = values.get(key);
    if (known == null) {
      known = Args.notNull(compute.get(), "value");
      Object raced = values.putIfAbsent(key, known);
      known = raced == null ? known : raced;
    }
    return type.cast(known);
  }

  /**
   * Returns a key for a value worked out from a profile alone, such as the request that every measure of a family
   * builds from it: two keys are equal only for the same profile object and the same name.
   *
   * @param profile  the profile, compared by identity
   * @param name  what the value is, such as {@code "award-request"}
   * @return the key
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static Object profileKey(EnterpriseProfile profile, String name) {
    return new ProfileKey(Args.notNull(profile, "profile"), Args.notNull(name, "name"));
  }

  /** A key of a value of one profile: the profile by identity, the name by value. */
  private record ProfileKey(EnterpriseProfile profile, String name) {
    @Override
    public boolean equals(Object other) {
      return other instanceof ProfileKey key && key.profile == profile && key.name.equals(name);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(profile) * 31 + name.hashCode();
    }
  }
}
