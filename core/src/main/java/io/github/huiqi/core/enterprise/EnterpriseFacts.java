package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known about an enterprise: where it is registered, its legal form, size and credit history.
 * <p>
 * Every fact is optional, and an absent fact means "not known", never "no". Build with {@link #builder()}:
 * <pre>
 * EnterpriseFacts firm = EnterpriseFacts.builder()
 *     .name("深圳某科技有限公司")
 *     .registrationRegionCode("440305")
 *     .independentLegalPerson(true)
 *     .firstTimeBorrower(true)
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableEnterpriseFacts.class)
@JsonDeserialize(as = ImmutableEnterpriseFacts.class)
public abstract class EnterpriseFacts {

  EnterpriseFacts() {
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
   * Returns the enterprise's name, for display only.
   *
   * @return the name, if given
   */
  public abstract Optional<String> name();

  /**
   * Returns the six-digit administrative division code (行政区划代码) where the enterprise is registered and
   * operates, such as {@code 440305} for 深圳市南山区.
   *
   * @return the code, if known
   */
  public abstract Optional<String> registrationRegionCode();

  /**
   * Returns whether the enterprise is an independent legal person (独立法人).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> independentLegalPerson();

  /**
   * Returns the enterprise's size class under 工信部联企业〔2011〕300号.
   *
   * @return the size, if known
   */
  public abstract Optional<EnterpriseSize> size();

  /**
   * Returns whether the enterprise is a first-time borrower (首贷户): it had no loan, including bill discounting, in
   * the PBoC credit reference system before the programme's cut-off date. The cut-off is set by each programme's
   * implementing rules, so the caller, who can see the credit report, supplies this fact.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> firstTimeBorrower();

  /**
   * Returns whether the enterprise is on a list of seriously dishonest entities (严重失信主体名单).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> onSeriousDishonestyList();

  /**
   * Returns whether the enterprise is an enrolled (入库) 科技型中小企业: evaluated and entered in the 科技型中小企业
   * information library (评价入库, 《科技型中小企业评价办法》 国科发政〔2017〕115号), or admitted to a programme's
   * project library as the programme allows. The caller, who can see the enrolment record, supplies this fact.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> enrolledTechSme();

  @Value.Check
  void check() {
    Args.notNullOptional(name(), "name");
    Args.notNullOptional(registrationRegionCode(), "registrationRegionCode");
    Args.notNullOptional(independentLegalPerson(), "independentLegalPerson");
    Args.notNullOptional(size(), "size");
    Args.notNullOptional(firstTimeBorrower(), "firstTimeBorrower");
    Args.notNullOptional(onSeriousDishonestyList(), "onSeriousDishonestyList");
    Args.notNullOptional(enrolledTechSme(), "enrolledTechSme");
    registrationRegionCode().ifPresent(code -> RegionCodes.check(code, "registrationRegionCode"));
  }

  /**
   * Builds {@link EnterpriseFacts}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableEnterpriseFacts.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
