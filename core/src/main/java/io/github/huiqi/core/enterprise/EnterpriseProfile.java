package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.training.TrainingSession;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.grants.GrantEvent;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import io.github.huiqi.core.space.purchase.PurchaseOutput;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.utility.UtilityBill;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One enterprise's file (一企一档): every fact any measure needs, each under one name.
 * <p>
 * Unknown is never false: every fact is optional and an absent fact means "not known". A measure that needs it
 * answers "undetermined" and names it as a JSON Pointer into this profile, such as {@code /firstTimeBorrower} or
 * {@code /loans/0/lenderRegionCode}. A list that is absent is not known; an empty list is known to be empty (a firm
 * known to have no loans). Build with {@link #builder()}:
 * <pre>
 * EnterpriseProfile firm = EnterpriseProfile.builder()
 *     .name("深圳某精密制造有限公司")
 *     .registrationRegionCode("440306")
 *     .industryCode("C3484")
 *     .size(EnterpriseSize.SMALL)
 *     .firstTimeBorrower(true)
 *     .techSme(Qualification.held(true))
 *     .loans(List.of(loan))
 *     .build();
 * </pre>
 * In JSON the same names: {@code {"registrationRegionCode": "440306", "industryCode": "C3484", "size": "SMALL",
 * "techSme": {"held": true}, "loans": [ ... ], "years": [ ... ]}}. Each measure's own request can be built from a
 * profile (see each family's evaluator), and the entitlement engine evaluates every measure on it.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableEnterpriseProfile.class)
@JsonDeserialize(as = ImmutableEnterpriseProfile.class)
public abstract class EnterpriseProfile {

  EnterpriseProfile() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  //-------------------------------------------------------------------------
  // identity and registration

  /**
   * Returns the enterprise's name, for display only.
   *
   * @return the name, if given
   */
  public abstract Optional<String> name();

  /**
   * Returns the six-digit administrative division code (行政区划代码) where the enterprise is registered and
   * operates, such as {@code 440305} for 深圳市南山区 or {@code 310115} for 上海市浦东新区.
   *
   * @return the code, if known
   */
  public abstract Optional<String> registrationRegionCode();

  /**
   * Returns the legal form.
   *
   * @return the form, if known
   */
  public abstract Optional<LegalForm> legalForm();

  /**
   * Returns whether the enterprise is an independent legal person (独立法人).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> independentLegalPerson();

  /**
   * Returns the date of registration (成立日期).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> registrationDate();

  //-------------------------------------------------------------------------
  // industry, size and taxpayer status

  /**
   * Returns the industry under GB/T 4754-2017 (国民经济行业分类): a section letter with 0, 2, 3 or 4 digits, such as
   * {@code C3484}. Manufacturing is section {@code C}.
   *
   * @return the code, if known
   */
  public abstract Optional<String> industryCode();

  /**
   * Returns whether the enterprise is in an industry the state restricts or prohibits (国家限制和禁止行业), which
   * the 小型微利企业 relief excludes.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> restrictedOrProhibitedIndustry();

  /**
   * Returns the size class under 工信部联企业〔2011〕300号.
   *
   * @return the size, if known
   */
  public abstract Optional<EnterpriseSize> size();

  /**
   * Returns whether the enterprise is a small-scale VAT taxpayer (增值税小规模纳税人).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> smallScaleTaxpayer();

  //-------------------------------------------------------------------------
  // qualifications

  /**
   * Returns the 科技型中小企业 enrolment (评价入库, 国科发政〔2017〕115号).
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> techSme();

  /**
   * Returns the 专精特新中小企业 recognition.
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> specialisedAndInnovative();

  /**
   * Returns the 专精特新"小巨人" recognition.
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> littleGiant();

  /**
   * Returns the 高新技术企业 certification, with its validity.
   *
   * @return the qualification, if known
   */
  public abstract Optional<Qualification> highTech();

  /**
   * Returns whether the enterprise is an integrated-circuit or industrial-mother-machine enterprise (集成电路企业和工业母机
   * 企业), which has its own R&amp;D super-deduction rate in 2023.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> icOrMachineTool();

  //-------------------------------------------------------------------------
  // credit

  /**
   * Returns whether the enterprise is a first-time borrower (首贷户) under the programme's cut-off, which the caller,
   * who can see the credit report, supplies.
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
   * Returns whether the enterprise is temporarily in difficulty because of the epidemic (受疫情影响暂时遇困).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> affectedByEpidemic();

  /**
   * Returns what the enterprise has already received under the 科技型中小企业 贴息贴保 programme (2020 办法) in earlier
   * years, CNY, toward its programme cap.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> techSmeSubsidyReceived();

  //-------------------------------------------------------------------------
  // figures and items

  /**
   * Returns the yearly figures, each year at most once.
   *
   * @return the years, if known
   */
  public abstract Optional<List<EnterpriseYear>> years();

  /**
   * Returns the loans, each id at most once.
   *
   * @return the loans, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<LoanFacts>> loans();

  /**
   * Returns the interest paid on the loans, each payment id at most once.
   *
   * @return the payments, if known
   */
  public abstract Optional<List<InterestPayment>> interestPayments();

  /**
   * Returns the guarantee fees paid (担保费), each payment id at most once.
   *
   * @return the payments, if known
   */
  public abstract Optional<List<FeePayment>> guaranteeFeePayments();

  /**
   * Returns the loan-guarantee insurance premiums paid (贷款保证保险费), each payment id at most once.
   *
   * @return the payments, if known
   */
  public abstract Optional<List<FeePayment>> insurancePremiumPayments();

  /**
   * Returns the technical-renovation projects, each id at most once.
   *
   * @return the projects, if known
   */
  public abstract Optional<List<RenovationProject>> renovationProjects();

  /**
   * Returns the events and projects grant programmes reward (contest placings, platforms selected, contracts signed,
   * projects approved, first entry into the "四上" statistics), each id at most once.
   *
   * @return the events, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<GrantEvent>> grantEvents();

  /**
   * Returns the hires (招用人员) a hiring subsidy reads, each id at most once.
   *
   * @return the hires, if known; empty if the enterprise is known to have hired no one
   */
  public abstract Optional<List<HiringRecord>> hires();

  /**
   * Returns the deferred social-insurance contributions (缓缴社会保险费) a late-fee waiver reads, each id at most once.
   *
   * @return the list, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<InsuranceDeferral>> insuranceDeferrals();

  /**
   * Returns the leases of business space (租赁场地) the rent and space measures read, each id at most once.
   *
   * @return the list, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<RentLease>> leases();

  /**
   * Returns the applications to defer housing-fund contributions (缓缴住房公积金), each id at most once.
   *
   * @return the list, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<HousingFundDeferral>> housingFundDeferrals();

  /**
   * Returns the gross output value (产值) by calendar year, each year at most once (not the revenue, which
   * {@link #years()} holds).
   *
   * @return the list, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<PurchaseOutput>> industrialOutputs();

  /**
   * Returns the overdue payments owed to the enterprise (逾期未支付账款), each id at most once.
   *
   * @return the list, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<ArrearsClaim>> arrearsClaims();

  /**
   * Returns the training sessions the enterprise organised (as 承办机构), each id at most once.
   *
   * @return the list, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<TrainingSession>> trainingSessions();

  /**
   * Returns the overdue water, electricity and gas bills (欠费), each id at most once.
   *
   * @return the list, if known; empty if the enterprise is known to have none
   */
  public abstract Optional<List<UtilityBill>> utilityBills();

  //-------------------------------------------------------------------------
  /**
   * Finds the figures of a year.
   *
   * @param year  the year
   * @return the figures, empty if the profile has none for it
   */
  public Optional<EnterpriseYear> year(int year) {
    // a loop, not a stream: several measures ask for a year on every evaluation
    List<EnterpriseYear> all = years().orElse(List.of());
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).year() == year) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the index of a year in {@link #years()}, for a JSON Pointer such as {@code /years/0/quarters}.
   *
   * @param year  the year
   * @return the index, or -1 if absent
   */
  public int yearIndex(int year) {
    List<EnterpriseYear> list = years().orElse(List.of());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).year() == year) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the enterprise facts a calculator's own request takes, from this profile: region, legal person, size,
   * credit facts and the 科技型中小企业 enrolment. A business whose legal form is never a legal person
   * ({@link LegalForm#canBeLegalPerson()}: 个体工商户, 个人独资企业, 合伙企业) and whose {@code independentLegalPerson}
   * is not given is not a legal person. A
   * missing fact there, such as {@code /enterprise/firstTimeBorrower},
   * is the profile's {@code /firstTimeBorrower}; {@code /enterprise/enrolledTechSme} is {@code /techSme}.
   * <p>
   * Worked out once per profile, on first use (the engine's measures each ask for it).
   *
   * @return the facts
   */
  @Value.Lazy
  public EnterpriseFacts enterpriseFacts() {
    EnterpriseFacts.Builder builder = EnterpriseFacts.builder();
    name().ifPresent(builder::name);
    registrationRegionCode().ifPresent(builder::registrationRegionCode);
    if (independentLegalPerson().isPresent()) {
      builder.independentLegalPerson(independentLegalPerson().get());
    } else if (legalForm().isPresent() && !legalForm().get().canBeLegalPerson()) {
      // 个体工商户 is a natural person's registered business (《民法典》第五十四条); 个人独资企业 and 合伙企业 are
      // unincorporated organisations (非法人组织, 《民法典》第一百零二条): never a legal person
      builder.independentLegalPerson(false);
    }
    size().ifPresent(builder::size);
    firstTimeBorrower().ifPresent(builder::firstTimeBorrower);
    onSeriousDishonestyList().ifPresent(builder::onSeriousDishonestyList);
    techSme().ifPresent(held -> builder.enrolledTechSme(held.held()));
    return builder.build();
  }

  /**
   * Checks the facts, and makes the profile's lists its own: a list given as a caller's {@code ArrayList} (or read
   * from JSON as one) is copied once into an unmodifiable list, so that no one can change the profile afterwards
   * through it. Immutables copies a {@code List} attribute itself, but keeps the list inside an {@code Optional} as
   * given.
   *
   * @return this profile, or its copy with unmodifiable lists
   */
  @Value.Check
  EnterpriseProfile check() {
    Args.notNullOptional(name(), "name");
    Args.notNullOptional(registrationRegionCode(), "registrationRegionCode")
        .ifPresent(code -> RegionCodes.check(code, "registrationRegionCode"));
    Args.notNullOptional(legalForm(), "legalForm");
    Args.notNullOptional(independentLegalPerson(), "independentLegalPerson");
    if (independentLegalPerson().orElse(false) && legalForm().isPresent() && !legalForm().get().canBeLegalPerson()) {
      // 个体工商户 (《民法典》第五十四条), 个人独资企业 and 合伙企业 (第一百零二条, 非法人组织) are never legal persons
      throw InvalidInputException.conflict("independentLegalPerson", true, "legalForm", legalForm().get(),
          "must be false for a legal form that is never a legal person:", "对于不能成为法人的法律形式必须为 false：");
    }
    Args.date(registrationDate(), "registrationDate");
    Args.notNullOptional(industryCode(), "industryCode").ifPresent(code -> Args.industryCode(code, "industryCode"));
    Args.notNullOptional(restrictedOrProhibitedIndustry(), "restrictedOrProhibitedIndustry");
    Args.notNullOptional(size(), "size");
    Args.notNullOptional(smallScaleTaxpayer(), "smallScaleTaxpayer");
    Args.notNullOptional(techSme(), "techSme");
    Args.notNullOptional(specialisedAndInnovative(), "specialisedAndInnovative");
    Args.notNullOptional(littleGiant(), "littleGiant");
    Args.notNullOptional(highTech(), "highTech");
    Args.notNullOptional(icOrMachineTool(), "icOrMachineTool");
    Args.notNullOptional(firstTimeBorrower(), "firstTimeBorrower");
    Args.notNullOptional(onSeriousDishonestyList(), "onSeriousDishonestyList");
    Args.notNullOptional(affectedByEpidemic(), "affectedByEpidemic");
    Args.notNullOptional(techSmeSubsidyReceived(), "techSmeSubsidyReceived")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "techSmeSubsidyReceived"));
    unique(years(), "years", "year", y -> String.valueOf(y.year()));
    unique(loans(), "loans", "loanId", LoanFacts::loanId);
    unique(interestPayments(), "interestPayments", "paymentId", InterestPayment::paymentId);
    unique(guaranteeFeePayments(), "guaranteeFeePayments", "paymentId", FeePayment::paymentId);
    unique(insurancePremiumPayments(), "insurancePremiumPayments", "paymentId", FeePayment::paymentId);
    unique(renovationProjects(), "renovationProjects", "projectId", RenovationProject::projectId);
    unique(grantEvents(), "grantEvents", "eventId", GrantEvent::eventId);
    unique(hires(), "hires", "hireId", HiringRecord::hireId);
    unique(insuranceDeferrals(), "insuranceDeferrals", "deferralId", InsuranceDeferral::deferralId);
    unique(leases(), "leases", "leaseId", RentLease::leaseId);
    unique(housingFundDeferrals(), "housingFundDeferrals", "applicationId", HousingFundDeferral::applicationId);
    unique(industrialOutputs(), "industrialOutputs", "year", o -> String.valueOf(o.year()));
    unique(arrearsClaims(), "arrearsClaims", "claimId", ArrearsClaim::claimId);
    unique(trainingSessions(), "trainingSessions", "sessionId", TrainingSession::sessionId);
    unique(utilityBills(), "utilityBills", "billId", UtilityBill::billId);
    if (ownsItsLists()) {
      return this;
    }
    return builder().from(this)
        .years(years().map(List::copyOf))
        .loans(loans().map(List::copyOf))
        .interestPayments(interestPayments().map(List::copyOf))
        .guaranteeFeePayments(guaranteeFeePayments().map(List::copyOf))
        .insurancePremiumPayments(insurancePremiumPayments().map(List::copyOf))
        .renovationProjects(renovationProjects().map(List::copyOf))
        .grantEvents(grantEvents().map(List::copyOf))
        .hires(hires().map(List::copyOf))
        .insuranceDeferrals(insuranceDeferrals().map(List::copyOf))
        .leases(leases().map(List::copyOf))
        .housingFundDeferrals(housingFundDeferrals().map(List::copyOf))
        .industrialOutputs(industrialOutputs().map(List::copyOf))
        .arrearsClaims(arrearsClaims().map(List::copyOf))
        .trainingSessions(trainingSessions().map(List::copyOf))
        .utilityBills(utilityBills().map(List::copyOf))
        .build();
  }

  private boolean ownsItsLists() {
    return Args.ownList(years()) && Args.ownList(loans()) && Args.ownList(interestPayments())
        && Args.ownList(guaranteeFeePayments()) && Args.ownList(insurancePremiumPayments())
        && Args.ownList(renovationProjects()) && Args.ownList(grantEvents()) && Args.ownList(hires())
        && Args.ownList(insuranceDeferrals()) && Args.ownList(leases()) && Args.ownList(housingFundDeferrals())
        && Args.ownList(industrialOutputs()) && Args.ownList(arrearsClaims()) && Args.ownList(trainingSessions())
        && Args.ownList(utilityBills());
  }

  private static <T> void unique(Optional<List<T>> list, String field, String key, Function<T, String> id) {
    Args.notNullOptional(list, field).ifPresent(items -> {
      Args.listCopy(items, field);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        String value = id.apply(items.get(i));
        if (!seen.add(value)) {
          throw new InvalidInputException(field + "/" + i + "/" + key, value, "must be unique in " + field);
        }
      }
    });
  }

  /**
   * Builds an {@link EnterpriseProfile}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableEnterpriseProfile.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
