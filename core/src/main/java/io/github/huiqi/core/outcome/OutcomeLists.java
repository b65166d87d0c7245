package io.github.huiqi.core.outcome;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * How the outcome builder ({@link MeasureOutcomeBuilderBase}) holds a list: the immutable list it was given while it
 * held nothing else, kept as it is, or else its own {@code ArrayList} (never a list given, which is copied), copied to
 * an immutable list when it builds. A null element is refused with the field and the index it would have had.
 */
final class OutcomeLists {

  private OutcomeLists() {
  }

  static <T> List<T> add(List<T> held, T element, String field) {
    ArrayList<T> list = own(held);
    list.add(checked(element, field, list.size()));
    return list;
  }

  static <T> List<T> addAll(List<T> held, T[] elements, String field) {
    ArrayList<T> list = own(held);
    for (T element : elements) {
      list.add(checked(element, field, list.size()));
    }
    return list;
  }

  static <T> List<T> addAll(List<T> held, Iterable<? extends T> elements, String field) {
    Args.notNull(elements, field);
    if (held.isEmpty() && !(held instanceof ArrayList) && elements instanceof List) {
      @SuppressWarnings("unchecked")
      List<T> list = (List<T>) elements;
      // an immutable list without nulls is kept as it is; any other list is copied, each element checked
      return Args.listCopy(list, field);
    }
    ArrayList<T> list = own(held);
    for (T element : elements) {
      list.add(checked(element, field, list.size()));
    }
    return list;
  }

  /** The immutable list of what a builder holds. */
  static <T> List<T> built(List<T> held, String field) {
    return held instanceof ArrayList ? Args.listCopy(held, field) : held;
  }

  private static <T> ArrayList<T> own(List<T> held) {
    return held instanceof ArrayList ? (ArrayList<T>) held : new ArrayList<>(held);
  }

  /** The element, refused when null with the field and the index it would have had. */
  private static <T> T checked(T element, String field, int index) {
    if (element == null) {
      throw new InvalidInputException(field + "/" + index);
    }
    return element;
  }
}
