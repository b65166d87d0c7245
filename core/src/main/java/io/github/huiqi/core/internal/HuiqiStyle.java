package io.github.huiqi.core.internal;

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
 * Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = true))
public @interface HuiqiStyle {
}
