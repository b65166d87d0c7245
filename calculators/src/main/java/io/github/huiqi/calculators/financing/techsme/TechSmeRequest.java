package io.github.huiqi.calculators.financing.techsme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.FeePayment;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request for one enterprise's tech-SME 贴息贴保 subsidy for one year's claim: the enterprise, the interest, guarantee
 * fees and guarantee-insurance premiums it actually paid, what it has already received under the programme, and the
 * options.
 * <p>
 * The per-year caps apply to the items of one request, so a request holds one year's claim. In JSON:
 * <pre>
 * {"enterprise": {"enrolledTechSme": true, "firstTimeBorrower": false},
 *  "interest": [{"itemId": "I1", "loanId": "L1", "accrualStart": "2022-12-21", "accrualEnd": "2023-03-21",
 *                "paymentDate": "2023-03-21", "interestPaid": {"amount": 9000, "currency": "CNY"}}],
 *  "guaranteeFees": [], "insurancePremiums": [],
 *  "programmeTotalReceived": {"amount": 0, "currency": "CNY"}}
 * </pre>
 * {@code options} may be omitted. Missing facts are named as JSON Pointers into this shape, such as
 * {@code /enterprise/enrolledTechSme}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableTechSmeRequest.class)
@JsonDeserialize(as = ImmutableTechSmeRequest.class)
public abstract class TechSmeRequest {

  /** This request's pointers as the profile's; any other field keeps its pointer. */
  private static final ProfilePointers PROFILE_POINTERS = ProfilePointers.builder()
      .exact("/enterprise/enrolledTechSme", "/techSme")
      .prefix("/enterprise/", "/")
      .exact("/programmeTotalReceived", "/techSmeSubsidyReceived")
      .exact("/interest", "/interestPayments")
      .prefix("/interest/", "/interestPayments/")
      .prefix("/guaranteeFees/", "/guaranteeFeePayments/")
      .prefix("/insurancePremiums/", "/insurancePremiumPayments/")
      .prefix("/", "/")
      .build();

  TechSmeRequest() {
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
   * Returns the enterprise: {@code enrolledTechSme} decides eligibility, {@code firstTimeBorrower} the base ratio (70%
   * or 50%).
   *
   * @return the enterprise
   */
  public abstract EnterpriseFacts enterprise();

  /**
   * Returns the interest payments, may be empty.
   *
   * @return the interest
   */
  public abstract List<TechSmeInterestItem> interest();

  /**
   * Returns the guarantee fees paid, may be empty.
   *
   * @return the guarantee fees
   */
  public abstract List<TechSmeFeePayment> guaranteeFees();

  /**
   * Returns the small-loan guarantee-insurance premiums paid, may be empty.
   *
   * @return the insurance premiums
   */
  public abstract List<TechSmeFeePayment> insurancePremiums();

  /**
   * Returns what the enterprise has already received under the programme before this claim, zero or positive, CNY.
   *
   * @return the amount already received under the programme
   */
  public abstract MonetaryAmount programmeTotalReceived();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<TechSmeOptions> options();

  /**
   * Obtains a request for interest only, with nothing received before and the default options.
   *
   * @param enterprise  the enterprise
   * @param interest  the interest payments
   * @return the request
   */
  public static TechSmeRequest ofInterest(EnterpriseFacts enterprise, List<TechSmeInterestItem> interest) {
    return builder().enterprise(enterprise).interest(Args.notNull(interest, "interest"))
        .programmeTotalReceived(Cny.ZERO).build();
  }

  /**
   * Obtains a request from an enterprise profile: its enterprise facts; its interest payments as
   * {@link TechSmeInterestItem}s, its guarantee fees and its guarantee-insurance premiums as
   * {@link TechSmeFeePayment}s, each in the profile's order with its {@code paymentId} as the item id; what the
   * programme has already paid it ({@code techSmeSubsidyReceived}); and the default options. Every payment in the
   * profile is one claim, under one year's caps.
   * <p>
   * The enterprise is an enrolled 科技型中小企业 (第13条 "入库科技型中小企业") for the claim when its {@code techSme} is held
   * and its dates, where given, reach the claim: granted ({@code since}) on or before the claim's last day and valid
   * ({@code until}) on or after its first, the claim running from the earliest accrual start or payment date of its
   * items to the latest last day of accrual (the accrual end not counted) or payment date. An enrolment granted only
   * after the claim, or expired before it, is known not to be held for it (decisions register §1.2 card 000-13).
   * <p>
   * A list the profile does not know gives no items, and an unknown {@code techSmeSubsidyReceived} counts as zero, so
   * the request gives the most the known items can earn. {@link TechSmeEvaluator} names those facts as missing and
   * widens the amount to match; a caller using this factory directly must do the same.
   *
   * @param profile  the enterprise profile, holding at least one payment
   * @return the request
   * @throws InvalidInputException naming the profile's field if a payment is invalid for the calculator, such as
   *     {@code /interestPayments/0/paymentDate} before the accrual start, or {@code /guaranteeFeePayments/0/paymentId}
   *     repeating an id of another list (ids are unique across a request's items); or naming
   *     {@code /interestPayments} if the profile holds no payment at all
   */
  public static TechSmeRequest from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    Builder builder = builder();
    List<InterestPayment> payments = profile.interestPayments().orElse(List.of());
    for (int i = 0; i < payments.size(); i++) {
      InterestPayment payment = payments.get(i);
      try {
        builder.addInterest(new TechSmeInterestItem(payment.paymentId(), payment.loanId(), payment.accrualStart(),
            payment.accrualEnd(), payment.paymentDate(), payment.interestPaid()));
      } catch (InvalidInputException ex) {
        throw ex.withField(profileField("/interest/" + i + "/" + ex.field()));
      }
    }
    try {
      List<FeePayment> guaranteeFees = profile.guaranteeFeePayments().orElse(List.of());
      List<FeePayment> premiums = profile.insurancePremiumPayments().orElse(List.of());
      for (FeePayment fee : guaranteeFees) {
        builder.addGuaranteeFees(feePayment(fee));
      }
      for (FeePayment premium : premiums) {
        builder.addInsurancePremiums(feePayment(premium));
      }
      return builder.enterprise(enterprise(profile, payments, guaranteeFees, premiums))
          .programmeTotalReceived(profile.techSmeSubsidyReceived().orElse(Cny.ZERO)).build();
    } catch (InvalidInputException ex) {
      throw ex.withField(profileField("/" + ex.field()));
    }
  }

  /**
   * Returns the profile's enterprise facts as {@link #from} decides them for a claim of some of the profile's interest
   * payments with all its fee and premium payments: enrolled only if the enrolment's dates reach that claim (decisions
   * register §1.2 card 000-13). The stacking asks it of the payments one municipal interest subsidy per loan leaves
   * the tech-SME claim (§4.6 item 100).
   *
   * @param profile  the enterprise
   * @param interest  the interest payments of the claim, each one of the profile's
   * @return the facts, {@code enrolledTechSme} false when the enrolment's dates miss the claim
   * @throws InvalidInputException if an argument or a payment is null
   */
  public static EnterpriseFacts enterpriseForClaim(EnterpriseProfile profile, List<InterestPayment> interest) {
    Args.notNull(profile, "profile");
    return enterprise(profile, Args.listCopy(interest, "interest"), profile.guaranteeFeePayments().orElse(List.of()),
        profile.insurancePremiumPayments().orElse(List.of()));
  }

  /**
   * The profile's enterprise facts, enrolled only if the enrolment's dates reach the claim's (see {@link #from});
   * the payments are the profile's, each already valid as an item.
   */
  private static EnterpriseFacts enterprise(EnterpriseProfile profile, List<InterestPayment> interest,
      List<FeePayment> guaranteeFees, List<FeePayment> premiums) {
    EnterpriseFacts facts = profile.enterpriseFacts();
    Optional<Qualification> enrolment = profile.techSme();
    if (enrolment.isEmpty() || !enrolment.get().held()) {
      return facts;
    }
    LocalDate since = enrolment.get().since().orElse(null);
    LocalDate until = enrolment.get().until().orElse(null);
    if (since == null && until == null) {
      return facts;
    }
    LocalDate first = null;
    LocalDate last = null;
    for (InterestPayment payment : interest) {
      first = earlier(first, earlier(payment.accrualStart(), payment.paymentDate()));
      last = later(last, later(payment.accrualEnd().minusDays(1), payment.paymentDate()));
    }
    for (FeePayment payment : guaranteeFees) {
      first = earlier(first, payment.paymentDate());
      last = later(last, payment.paymentDate());
    }
    for (FeePayment payment : premiums) {
      first = earlier(first, payment.paymentDate());
      last = later(last, payment.paymentDate());
    }
    if (first == null) {
      return facts;
    }
    boolean reaches = (since == null || !since.isAfter(last)) && (until == null || !until.isBefore(first));
    // the profile's facts already hold the enrolment as held
    return reaches ? facts : EnterpriseFacts.builder().from(facts).enrolledTechSme(false).build();
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  private static TechSmeFeePayment feePayment(FeePayment fee) {
    return new TechSmeFeePayment(fee.paymentId(), fee.paymentDate(), fee.amountPaid());
  }

  /**
   * Returns the profile's pointer of a field of this request: {@code /interest/0/itemId} is
   * {@code /interestPayments/0/paymentId}, {@code /guaranteeFees/i/x} is {@code /guaranteeFeePayments/i/x},
   * {@code /insurancePremiums/i/x} is {@code /insurancePremiumPayments/i/x}, {@code /programmeTotalReceived} is
   * {@code /techSmeSubsidyReceived}, and the enterprise's {@code /enterprise/x} is {@code /x}
   * ({@code /enterprise/enrolledTechSme} is {@code /techSme}).
   *
   * @param field  the request's field as a JSON Pointer
   * @return the profile's JSON Pointer
   */
  static String profileField(String field) {
    String mapped = PROFILE_POINTERS.toProfile(field);
    return mapped.endsWith("/itemId") ? mapped.substring(0, mapped.length() - "itemId".length()) + "paymentId"
        : mapped;
  }

  /**
   * Returns a copy with options.
   *
   * @param chosen  the options
   * @return the copy
   */
  public TechSmeRequest withOptions(TechSmeOptions chosen) {
    return builder().from(this).options(Args.notNull(chosen, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public TechSmeOptions effectiveOptions() {
    return options().orElse(TechSmeOptions.DEFAULTS);
  }

  /** Adds an item's id, naming the item ({@code list/index/itemId}) only when the id repeats. */
  private static void unique(Set<String> ids, String id, String list, int index) {
    if (!ids.add(id)) {
      throw new InvalidInputException(list + "/" + index + "/itemId", id, "must be unique across all items");
    }
  }

  @Value.Check
  void check() {
    EnterpriseFacts enterprise = enterprise();
    List<TechSmeInterestItem> interest = interest();
    List<TechSmeFeePayment> guaranteeFees = guaranteeFees();
    List<TechSmeFeePayment> insurancePremiums = insurancePremiums();
    MonetaryAmount programmeTotalReceived = programmeTotalReceived();
    Optional<TechSmeOptions> options = options();
    Args.notNull(enterprise, "enterprise");
    interest = Args.listCopy(interest, "interest");
    guaranteeFees = Args.listCopy(guaranteeFees, "guaranteeFees");
    insurancePremiums = Args.listCopy(insurancePremiums, "insurancePremiums");
    if (interest.isEmpty() && guaranteeFees.isEmpty() && insurancePremiums.isEmpty()) {
      throw new InvalidInputException("interest", "[]", "must hold at least one item across interest, "
          + "guaranteeFees and insurancePremiums");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < interest.size(); i++) {
      unique(ids, interest.get(i).itemId(), "interest", i);
    }
    for (int i = 0; i < guaranteeFees.size(); i++) {
      unique(ids, guaranteeFees.get(i).itemId(), "guaranteeFees", i);
    }
    for (int i = 0; i < insurancePremiums.size(); i++) {
      unique(ids, insurancePremiums.get(i).itemId(), "insurancePremiums", i);
    }
    Cny.notNegativeYuan(programmeTotalReceived, "programmeTotalReceived");
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link TechSmeRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is missing or invalid, there is no item at all, or an item id repeats,
   * naming the field.
   */
  public static class Builder extends ImmutableTechSmeRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
