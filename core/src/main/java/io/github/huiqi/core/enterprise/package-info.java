/**
 * The facts about an enterprise and its loans that measures need.
 * <p>
 * Unknown is not false: every fact that a caller may not know is an {@link java.util.Optional}. A measure that needs
 * an absent fact answers "undetermined" and names it (by its property name, such as {@code firstTimeBorrower}),
 * rather than treating it as {@code false}.
 */
package io.github.huiqi.core.enterprise;
