package io.github.huiqi.calculators.hardening;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Reflection over the library's generated builders: their setters, and calls that unwrap what a call threw. */
final class BuilderCalls {

  private static final Set<String> NOT_SETTERS = Set.of("from", "build", "equals", "wait", "notify", "notifyAll");

  private BuilderCalls() {
  }

  /**
   * Returns a new builder of a value type.
   *
   * @param type  the public value type, such as {@code LoanFacts}
   * @return the builder
   */
  static Object newBuilder(Class<?> type) {
    try {
      return type.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(type + " has no builder()", ex);
    }
  }

  /**
   * Returns a builder of a value type holding a valid instance's values.
   *
   * @param type  the public value type
   * @param instance  the valid instance
   * @return the builder
   */
  static Object builderFrom(Class<?> type, Object instance) {
    Object builder = newBuilder(type);
    Throwable thrown = call(builder, method(builder, "from", type), instance);
    if (thrown != null) {
      throw new IllegalStateException(thrown);
    }
    return builder;
  }

  /**
   * Returns the builder's setters of one argument, in a fixed order.
   *
   * @param builder  the builder
   * @return the setters
   */
  static List<Method> setters(Object builder) {
    List<Method> setters = new ArrayList<>();
    for (Method method : builder.getClass().getMethods()) {
      if (method.getParameterCount() == 1 && !NOT_SETTERS.contains(method.getName())
          && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
        setters.add(method);
      }
    }
    setters.sort(Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterTypes()[0].getName()));
    return setters;
  }

  private static Method method(Object target, String name, Class<?> parameter) {
    try {
      return target.getClass().getMethod(name, parameter);
    } catch (NoSuchMethodException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * Calls a method and returns what it threw, or null.
   *
   * @param target  the object
   * @param method  the method
   * @param argument  the one argument
   * @return the throwable, or null when the call returned
   */
  static Throwable call(Object target, Method method, Object argument) {
    try {
      method.setAccessible(true);
      method.invoke(target, argument);
      return null;
    } catch (InvocationTargetException ex) {
      return ex.getCause();
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * Builds.
   *
   * @param builder  the builder
   * @return what {@code build()} threw, or null
   */
  static Throwable build(Object builder) {
    try {
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      build.invoke(builder);
      return null;
    } catch (InvocationTargetException ex) {
      return ex.getCause();
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
