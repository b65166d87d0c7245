package io.github.huiqi.core.financing.renovation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A technical-renovation (技术改造) project as an enterprise profile holds it: what the grant and the stackable
 * interest subsidy of 小升规方案 第十条 read.
 * <p>
 * In JSON, in a profile's {@code renovationProjects}:
 * <pre>
 * {"projectId": "P-1", "category": "INTELLIGENT", "maturityLevel": 3,
 *  "eligibleInvestment": {"amount": 30000000, "currency": "CNY"}, "eligibleProject": true,
 *  "subsidyStart": "2023-01-01", "interestPayments": [ ... ]}
 * </pre>
 * The fields mean what the renovation calculators' requests say they mean; absent facts are not known.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableRenovationProject.class)
@JsonDeserialize(as = ImmutableRenovationProject.class)
public abstract class RenovationProject {

  RenovationProject() {
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
   * Returns the project's id, unique among the profile's projects.
   *
   * @return the id
   */
  public abstract String projectId();

  /**
   * Returns the project's category.
   *
   * @return the category
   */
  public abstract RenovationCategory category();

  /**
   * Returns the GB/T 39116 maturity level assessed after the project (智能制造能力成熟度), where the category uses it.
   *
   * @return the level, if known
   */
  public abstract Optional<Integer> maturityLevel();

  /**
   * Returns the investment the authority counts for the grant, CNY.
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount eligibleInvestment();

  /**
   * Returns the project's total investment, CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> totalInvestment();

  /**
   * Returns the fixed-asset investment, CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> fixedAssetInvestment();

  /**
   * Returns the equipment investment, CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> equipmentInvestment();

  /**
   * Returns whether the authority has accepted the project as eligible (立项 / 入库).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> eligibleProject();

  /**
   * Returns the first day of the interest subsidy's period, if the project's loans or leases are subsidised.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> subsidyStart();

  /**
   * Returns the interest and lease interest paid on the project's financing.
   *
   * @return the payments, possibly empty
   */
  public abstract List<RenovationInterestPayment> interestPayments();

  @Value.Check
  void check() {
    Args.notBlank(projectId(), "projectId");
    Args.notNull(category(), "category");
    Args.notNullOptional(maturityLevel(), "maturityLevel");
    Cny.notNegativeYuan(eligibleInvestment(), "eligibleInvestment");
    Args.notNullOptional(totalInvestment(), "totalInvestment")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "totalInvestment"));
    Args.notNullOptional(fixedAssetInvestment(), "fixedAssetInvestment")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "fixedAssetInvestment"));
    Args.notNullOptional(equipmentInvestment(), "equipmentInvestment")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "equipmentInvestment"));
    Args.notNullOptional(eligibleProject(), "eligibleProject");
    Args.date(subsidyStart(), "subsidyStart");
    Set<String> ids = new HashSet<>();
    List<RenovationInterestPayment> payments = Args.listCopy(interestPayments(), "interestPayments");
    for (int i = 0; i < payments.size(); i++) {
      if (!ids.add(payments.get(i).paymentId())) {
        throw new InvalidInputException("interestPayments/" + i + "/paymentId", payments.get(i).paymentId(),
            "must be unique in the project");
      }
    }
  }

  /**
   * Builds a {@link RenovationProject}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableRenovationProject.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
