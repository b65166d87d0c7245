package io.github.huiqi.core.employment.hiring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One hire as an enterprise profile holds it (in its {@code hires}): what a hiring subsidy such as
 * 沪企服办〔2023〕1号 第十九条 reads.
 * <p>
 * The hire date is the first day of the labour contract. The contract is either open-ended (无固定期限) or ends on
 * {@code contractEnd}, its last day, included. Absent facts are not known.
 * <p>
 * In JSON: {@code {"hireId": "H-1", "hireDate": "2023-03-01", "registeredUnemployedMonths": 4,
 * "shanghaiGraduate": false, "contractEnd": "2024-02-29", "socialInsurancePaid": true}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableHiringRecord.class)
@JsonDeserialize(as = ImmutableHiringRecord.class)
public abstract class HiringRecord {

  HiringRecord() {
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
   * Returns the hire's id, unique among the profile's hires (not a personal identifier).
   *
   * @return the id
   */
  public abstract String hireId();

  /**
   * Returns the date the person was hired: the labour contract's first day.
   *
   * @return the date
   */
  public abstract LocalDate hireDate();

  /**
   * Returns how many whole months the person had been registered unemployed (登记失业) in the subsidy's city when
   * hired; zero if not registered.
   *
   * @return the months, not negative, if known
   */
  public abstract Optional<Integer> registeredUnemployedMonths();

  /**
   * Returns whether the person graduated from a college (高校) in the subsidy's city.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> shanghaiGraduate();

  /**
   * Returns the graduation year (届), for a graduate.
   *
   * @return the year, if known
   */
  public abstract Optional<Integer> graduationYear();

  /**
   * Returns whether the labour contract is open-ended (无固定期限劳动合同). When true, the contract runs long enough
   * whatever {@link #contractEnd()} says (a system that fills a last day for every contract is read by this flag).
   * Not given beside an end that comes too early for a measure, it is asked for (decisions register §4.6 item 122).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> openEndedContract();

  /**
   * Returns the last day of a fixed-term contract, included; not before the hire date.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> contractEnd();

  /**
   * Returns whether social insurance is paid for the person as the rules require (按规定缴纳社会保险费).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> socialInsurancePaid();

  @Value.Check
  void check() {
    Args.notBlank(hireId(), "hireId");
    Args.date(hireDate(), "hireDate");
    Args.notNullOptional(registeredUnemployedMonths(), "registeredUnemployedMonths")
        .ifPresent(months -> Args.notNegative(months, "registeredUnemployedMonths"));
    Args.notNullOptional(shanghaiGraduate(), "shanghaiGraduate");
    Args.notNullOptional(graduationYear(), "graduationYear").ifPresent(year -> {
      if (year < 1900 || year > 2200) {
        throw new InvalidInputException("graduationYear", year, "must be a year from 1900 to 2200");
      }
    });
    Args.notNullOptional(openEndedContract(), "openEndedContract");
    Args.date(contractEnd(), "contractEnd")
        .ifPresent(end -> Args.inOrder(hireDate(), end, "hireDate", "contractEnd"));
    Args.notNullOptional(socialInsurancePaid(), "socialInsurancePaid");
  }

  /**
   * Builds a {@link HiringRecord}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} naming the field (a negative month count, a contract ending before the hire).
   */
  public static class Builder extends ImmutableHiringRecord.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
