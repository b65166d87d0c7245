package io.github.huiqi.core.internal;

import io.github.huiqi.core.error.InvalidInputException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: JDK-only generated code (no Guava), a package-private implementation behind the
 * public abstract type, builders that return the abstract type, and validation in one {@code @Value.Check} method
 * that throws {@link io.github.huiqi.core.error.InvalidInputException} naming the field.
 * <p>
 * The generated classes carry no annotation from the processor's class path ({@code allowedClasspathAnnotations}
 * names only {@code @Override}, which Immutables never adds; an empty list would allow every one). Without it each
 * generated class would carry {@code @org.immutables.value.Generated}, a class-retention annotation from a
 * compile-only artifact, and a consumer compiling against the jar with {@code -Xlint:all -Werror} would fail on
 * "Cannot find annotation method 'from()' in type 'Generated'" (checked by the examples' ConsumerCompileTest).
 * The style itself is kept to the source (the value types are generated in the same compilation), so no library
 * class refers to this annotation, whose own class file holds Immutables' {@code @Value.Style}.
 * <p>
 * A generated setter or wither given null (such as {@code LoanFacts.builder().repaymentDate((LocalDate) null)})
 * throws {@link io.github.huiqi.core.error.InvalidInputException} naming the attribute, with the code
 * {@code input.required}, never a bare {@link NullPointerException}: {@code throwForNullPointer} makes the generated
 * code call its one-string constructor with the attribute's name. (An {@code Optional}-taking setter given a null
 * {@code Optional} still dereferences it in the generated code; no style attribute reaches that line.)
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
    defaults = @Value.Immutable(copy = true))
public @interface HuiqiStyle {
}
