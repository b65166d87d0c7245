package io.github.huiqi.core.grants;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An event or project a grant programme rewards, as an enterprise profile holds it in {@code grantEvents}: a placing
 * in a contest, a platform selected, a recognition not among the profile's qualifications, a contract signed, a
 * project approved, a first entry into the "四上" statistics.
 * <p>
 * The {@code code} says what happened; each grant measure's trigger names the codes it reads, and its pack entry says
 * what the {@code amount} means for it (the contract amount, the approved total investment, the prior-year R&amp;D
 * input, the base entitlement). In JSON, in a profile's {@code grantEvents}:
 * <pre>
 * {"eventId": "C-1", "code": "sh-digital-service-contract", "date": "2023-07-01",
 *  "amount": {"amount": 800000, "currency": "CNY"}}
 * {"eventId": "M-1", "code": "maker-china-national-placing", "date": "2023-09-20", "rank": 42}
 * </pre>
 * Absent facts are not known. The codes the built-in measures read, and what {@code amount} means for each:
 * <ul>
 * <li>{@code first-four-above}: first entry into the "四上" statistics; the prior-year R&amp;D input
 *     (沪企服办〔2023〕1号 第二条)</li>
 * <li>{@code sh-achievement-transfer-support}: support under the 高新技术成果转化 policy; its amount (第三条)</li>
 * <li>{@code sh-technical-renovation-project}: an approved renovation project; the approved total investment (第五条)</li>
 * <li>{@code sh-green-upgrade-project}: a supported green-upgrading project (第六条)</li>
 * <li>{@code sh-digital-service-contract}: a contract with a digital-service provider; the contract amount (第八条)</li>
 * <li>{@code maker-china-shenzhen-award}: a winning project of the 创客中国 Shenzhen division (深工信〔2023〕26号
 *     第16条; the 专精特新 draft 第九条)</li>
 * <li>{@code maker-china-national-placing}: a national placing in the same contest, with its {@code rank}</li>
 * <li>{@code sz-digital-platform-selected}: a platform selected for a year (深工信〔2023〕26号 第17条)</li>
 * <li>{@code sz-municipal-specialised-recognition}: a Shenzhen municipal 专精特新 recognition (深府〔2022〕31号)</li>
 * <li>{@code sz-demonstration-platform-recognition}: a recognised SME public-service demonstration platform</li>
 * <li>{@code sz-public-service-platform-fee}: a service by a listed public (technical) service platform; its
 *     standard fee (the 专精特新 draft 第十二条)</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableGrantEvent.class)
@JsonDeserialize(as = ImmutableGrantEvent.class)
public abstract class GrantEvent {

  /** The form of an event code: lower-case words and digits joined by hyphens. */
  public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  GrantEvent() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the event's id, unique among the profile's events.
   *
   * @return the id
   */
  public abstract String eventId();

  /**
   * Returns what happened, as a code the grant measures name, such as {@code sh-digital-service-contract}.
   *
   * @return the code, lower-case words joined by hyphens
   */
  public abstract String code();

  /**
   * Returns the day it happened: recognised, placed, selected, signed, approved or first entered.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the amount the programme reads, CNY: the contract amount, the approved total investment, the prior-year
   * R&amp;D input or the base entitlement, as the measure's pack entry says.
   *
   * @return the amount, not negative, if known
   */
  public abstract Optional<MonetaryAmount> amount();

  /**
   * Returns the placing in a contest, 1 for the first.
   *
   * @return the rank, at least 1, if known
   */
  public abstract Optional<Integer> rank();

  @Value.Check
  void check() {
    Args.notBlank(eventId(), "eventId");
    checkCode(code(), "code");
    Args.date(date(), "date");
    Args.notNullOptional(amount(), "amount").ifPresent(value -> Cny.notNegativeYuan(value, "amount"));
    Args.notNullOptional(rank(), "rank").ifPresent(value -> {
      if (value < 1) {
        throw new InvalidInputException("rank", value, "must be at least 1");
      }
    });
  }

  /**
   * Checks an event code's form.
   *
   * @param code  the code
   * @param field  the field named in an error
   * @return the code
   * @throws InvalidInputException if it is null or not lower-case words joined by hyphens
   */
  static String checkCode(String code, String field) {
    Args.notBlank(code, field);
    if (!Args.isHyphenatedWords(code)) {
      throw new InvalidInputException(field, code, "must be lower-case words joined by hyphens, such as "
          + "sh-digital-service-contract");
    }
    return code;
  }

  /**
   * Builds a {@link GrantEvent}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableGrantEvent.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
