package io.github.huiqi.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list attribute of a {@link HuiqiBuilderStyle} type that must be given: a missing list is refused, not read
 * as an empty one. For a request whose amount is summed over its list (the leases, the bills, the years), an empty list
 * is a fact, "none", and gives 0.00; a list not given is not known, and reading it as empty would give that 0.00 as if
 * it were known.
 * <p>
 * Immutables starts a list attribute empty in its builder and in its JSON reader, so that a list not given cannot be
 * told from an empty one. {@link HuiqiBuilderStyle} names this annotation as its nullable annotation
 * ({@code nullableAnnotation}): a list attribute carrying it stays null until it is set (in the builder, or by the JSON
 * property), and the type's {@code @Value.Check} refuses null with
 * {@link io.github.huiqi.core.error.InvalidInputException} naming the attribute ({@code input.required}). A built value
 * therefore never returns null from such an accessor. The builder's {@code x(Iterable)} setter takes null as "not
 * given" (refused by the check); {@code addAllX(null)} and {@code addX((T[]) null)} are refused at once.
 * <p>
 * Kept to the source, like {@link HuiqiBuilderStyle}: it is not in the class files. Not part of the public API.
 * <pre>
 * &#64;RequiredList
 * public abstract List&lt;RentLease&gt; leases();
 *
 * &#64;Value.Check
 * void check() {
 *   Args.listCopy(leases(), "leases");   // null: InvalidInputException naming leases
 * }
 * </pre>
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.SOURCE)
public @interface RequiredList {
}
