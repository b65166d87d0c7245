package io.github.huiqi.core.internal;

import io.github.huiqi.core.error.InvalidInputException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style for requests, options and facts that are built once with a builder: as
 * {@link HuiqiStyle}, but with no copy ({@code with…}) methods generated.
 * <p>
 * The choice lives in the style rather than in {@code @Value.Immutable(copy = false)} on each type: an annotation
 * element stays in the type's class file, and a consumer compiling against the jar without Immutables (a compile-only
 * artifact) with {@code -Xlint:all -Werror} would fail on "Cannot find annotation method 'copy()'". Kept to the source,
 * like {@link HuiqiStyle}.
 * <p>
 * A setter given null throws {@link InvalidInputException} naming the attribute ({@code input.required}), as with
 * {@link HuiqiStyle} ({@code throwForNullPointer}); without it, {@code FirstLoanGuaranteedRequest.builder()
 * .options(null)} threw a bare {@link NullPointerException} (found by the builders' bad-call corpus). The
 * {@code Optional}, {@code Iterable} and array setters are guarded by the build, as described there.
 * <p>
 * Its nullable annotation is {@link RequiredList} ({@code nullableAnnotation}): a list attribute carrying it stays null
 * until it is given, instead of starting empty, so that the type's check can refuse a missing list naming it.
 * <p>
 * Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    allowedClasspathAnnotations = {Override.class},
    throwForNullPointer = InvalidInputException.class,
    defaults = @Value.Immutable(copy = false),
    nullableAnnotation = "RequiredList")
public @interface HuiqiBuilderStyle {
}
