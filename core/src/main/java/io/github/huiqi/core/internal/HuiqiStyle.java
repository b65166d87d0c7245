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
 * code call its one-string constructor with the attribute's name. The setters and withers that take an
 * {@code Optional}, an {@code Iterable} or an array ({@code x(Optional)}, {@code withX(Optional)},
 * {@code addAllX(Iterable)}, {@code addX(T...)}) are generated without that call (Immutables 2.12.2 dereferences the
 * argument: {@code x.orElse(null)}, {@code for (T element : elements)}), and no style attribute reaches them
 * ({@code optionalAcceptNullable} would take a null {@code Optional} as empty, hiding the caller's mistake); the
 * build adds the call as their first statement, right after generation ({@code build/ImmutablesNullGuard.java}, run
 * by the {@code core} and {@code calculators} poms; it fails the build if an Immutables upgrade changes that shape).
 * <p>
 * A {@code @Value.Default} attribute is worked out in the generated constructor in declaration order
 * ({@code unsafeDefaultAndDerived}), so its method may read only the attributes declared before it (as
 * {@code MeasureOutcome.countedInTotal()} reads the verdict, the amount kind and the statuses). Without it every
 * instance of such a type, and every copy a {@code with} method makes, would allocate an initialisation guard and
 * write a volatile field twice, which the engine pays some fifty times an enterprise.
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
    unsafeDefaultAndDerived = true,
    defaults = @Value.Immutable(copy = true))
public @interface HuiqiStyle {
}
