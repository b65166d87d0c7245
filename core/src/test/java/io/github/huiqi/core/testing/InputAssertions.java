package io.github.huiqi.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.huiqi.core.error.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The one assertion every bad-input test makes: the call fails with an {@link InvalidInputException} that names the
 * field (a property path or a JSON Pointer), both as {@link InvalidInputException#field()} and in its message.
 */
public final class InputAssertions {

  private InputAssertions() {
  }

  /**
   * Asserts that a call fails naming a field.
   *
   * @param call  the call, such as {@code () -> calculator.subsidy(measure, request)}
   * @param field  the field the error must name, such as {@code /loans/0/principal/amount}
   * @return the error, for further assertions
   */
  public static InvalidInputException assertField(ThrowingCallable call, String field) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the call must fail naming %s", field).isInstanceOf(InvalidInputException.class);
    InvalidInputException ex = (InvalidInputException) thrown;
    assertThat(ex.field()).isEqualTo(field);
    assertThat(ex.getMessage()).contains(field);
    return ex;
  }
}
