package io.github.huiqi.calculators.financing.renovation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationGrantTier;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request for a technical-renovation project's grant (小升规方案 第十条): the project's category and assessed level,
 * its investment, and whether the authority supports it.
 * <p>
 * The tier is not inferred: the caller supplies the category and the GB/T 39116 level the authority assessed, and the
 * audited eligible investment (decisions register §4.4 item 26). The investment structure (total, fixed-asset and
 * equipment investment) feeds the 80% / 70% conditions; an absent figure makes the result undetermined, naming it.
 * <p>
 * In JSON: {@code {"category": "INTELLIGENT", "maturityLevel": 3, "eligibleInvestment": {"amount": 1,
 * "currency": "CNY"}, "totalInvestment": {...}, "fixedAssetInvestment": {...}, "equipmentInvestment": {...},
 * "eligibleProject": true}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableRenovationGrantRequest.class)
@JsonDeserialize(as = ImmutableRenovationGrantRequest.class)
public abstract class RenovationGrantRequest {

  RenovationGrantRequest() {
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
   * Returns the project's category, which selects the tier.
   *
   * @return the category
   */
  public abstract RenovationCategory category();

  /**
   * Returns the GB/T 39116-2020 maturity level reached (1 to 5); needed for {@code INTELLIGENT}, ignored otherwise;
   * empty if not known.
   *
   * @return the maturity level, if known
   */
  public abstract Optional<Integer> maturityLevel();

  /**
   * Returns the audited eligible investment the rate applies to, in CNY, zero or positive.
   *
   * @return the eligible investment
   */
  public abstract MonetaryAmount eligibleInvestment();

  /**
   * Returns the project's total investment, in CNY, not below the eligible investment; empty if not known.
   *
   * @return the total investment, if known
   */
  public abstract Optional<MonetaryAmount> totalInvestment();

  /**
   * Returns the fixed-asset part of the total investment, not above it; empty if not known.
   *
   * @return the fixed-asset investment, if known
   */
  public abstract Optional<MonetaryAmount> fixedAssetInvestment();

  /**
   * Returns the equipment and tools part of the fixed-asset investment, not above it; empty if not known.
   *
   * @return the equipment investment, if known
   */
  public abstract Optional<MonetaryAmount> equipmentInvestment();

  /**
   * Returns whether the authority supports the project (符合条件的技术改造项目); empty if not known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> eligibleProject();

  /**
   * Obtains the request of a renovation project as an enterprise profile holds it
   * ({@code EnterpriseProfile.renovationProjects()}): its category, level, investment and whether the authority
   * supports it, each fact absent in the project left unknown.
   *
   * @param project  the project
   * @return the request; a missing fact it names, such as {@code /maturityLevel}, is the project's own field
   * @throws InvalidInputException if the project is null or its figures are inconsistent (such as fixed assets above
   *     the total), naming the field as the project names it
   */
  public static RenovationGrantRequest from(RenovationProject project) {
    Args.notNull(project, "project");
    return builder().category(project.category()).maturityLevel(project.maturityLevel())
        .eligibleInvestment(project.eligibleInvestment()).totalInvestment(project.totalInvestment())
        .fixedAssetInvestment(project.fixedAssetInvestment()).equipmentInvestment(project.equipmentInvestment())
        .eligibleProject(project.eligibleProject()).build();
  }

  /**
   * Obtains a request for a supported project whose figures are all known.
   *
   * @param category  the category
   * @param maturityLevel  the GB/T 39116 level (any value from 1 to 5 for {@code EQUIPMENT_UPGRADE}, where it is
   *     ignored)
   * @param eligibleInvestment  the audited eligible investment
   * @param totalInvestment  the total investment
   * @param fixedAssetInvestment  the fixed-asset investment
   * @param equipmentInvestment  the equipment and tools investment
   * @return the request
   */
  public static RenovationGrantRequest of(RenovationCategory category, int maturityLevel,
      MonetaryAmount eligibleInvestment, MonetaryAmount totalInvestment, MonetaryAmount fixedAssetInvestment,
      MonetaryAmount equipmentInvestment) {
    return builder().category(category).maturityLevel(maturityLevel).eligibleInvestment(eligibleInvestment)
        .totalInvestment(Args.notNull(totalInvestment, "totalInvestment"))
        .fixedAssetInvestment(Args.notNull(fixedAssetInvestment, "fixedAssetInvestment"))
        .equipmentInvestment(Args.notNull(equipmentInvestment, "equipmentInvestment")).eligibleProject(true).build();
  }

  @Value.Check
  void check() {
    RenovationCategory category = category();
    Optional<Integer> maturityLevel = maturityLevel();
    MonetaryAmount eligibleInvestment = eligibleInvestment();
    Optional<MonetaryAmount> totalInvestment = totalInvestment();
    Optional<MonetaryAmount> fixedAssetInvestment = fixedAssetInvestment();
    Optional<MonetaryAmount> equipmentInvestment = equipmentInvestment();
    Optional<Boolean> eligibleProject = eligibleProject();
    Args.notNull(category, "category");
    Args.notNullOptional(maturityLevel, "maturityLevel");
    maturityLevel.ifPresent(level -> {
      if (level < 1 || level > RenovationGrantTier.MAX_LEVEL) {
        throw new InvalidInputException("maturityLevel", level, "must be from 1 to " + RenovationGrantTier.MAX_LEVEL);
      }
    });
    BigDecimal eligible = Cny.notNegativeYuan(eligibleInvestment, "eligibleInvestment");
    Args.notNullOptional(totalInvestment, "totalInvestment");
    Args.notNullOptional(fixedAssetInvestment, "fixedAssetInvestment");
    Args.notNullOptional(equipmentInvestment, "equipmentInvestment");
    Args.notNullOptional(eligibleProject, "eligibleProject");
    Optional<BigDecimal> total = totalInvestment.map(amount -> Cny.notNegativeYuan(amount, "totalInvestment"));
    Optional<BigDecimal> fixed = fixedAssetInvestment.map(a -> Cny.notNegativeYuan(a, "fixedAssetInvestment"));
    Optional<BigDecimal> equipment = equipmentInvestment.map(a -> Cny.notNegativeYuan(a, "equipmentInvestment"));
    // each names the amount holding it too (relatedFields): either may be the one mistyped
    if (total.isPresent() && eligible.compareTo(total.get()) > 0) {
      throw InvalidInputException.conflict("eligibleInvestment", eligibleInvestment, "totalInvestment",
          totalInvestment.get(), "must not exceed", "不得超过");
    }
    if (total.isPresent() && fixed.isPresent() && fixed.get().compareTo(total.get()) > 0) {
      throw InvalidInputException.conflict("fixedAssetInvestment", fixedAssetInvestment.get(), "totalInvestment",
          totalInvestment.get(), "must not exceed", "不得超过");
    }
    if (fixed.isPresent() && equipment.isPresent() && equipment.get().compareTo(fixed.get()) > 0) {
      throw InvalidInputException.conflict("equipmentInvestment", equipmentInvestment.get(), "fixedAssetInvestment",
          fixedAssetInvestment.get(), "must not exceed", "不得超过");
    }
    // the fixed-asset investment not given, the equipment (a part of it) still cannot exceed the total: no figure
    // for the fixed assets would make such a project consistent
    if (fixed.isEmpty() && total.isPresent() && equipment.isPresent() && equipment.get().compareTo(total.get()) > 0) {
      throw InvalidInputException.conflict("equipmentInvestment", equipmentInvestment.get(), "totalInvestment",
          totalInvestment.get(), "must not exceed", "不得超过");
    }
  }

  /**
   * Builds a {@link RenovationGrantRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is null, an amount negative, not CNY or out of bounds, a level outside
   * 1..5, or the investment parts inconsistent (fixed assets above the total, equipment above fixed assets or, they
   * not given, above the total, eligible above the total), naming the field.
   */
  public static class Builder extends ImmutableRenovationGrantRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
