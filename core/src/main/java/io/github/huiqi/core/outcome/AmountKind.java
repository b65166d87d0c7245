package io.github.huiqi.core.outcome;

/**
 * What an outcome's amount is, so that nobody adds a cost to a benefit: the entitlement engine totals each kind
 * apart, and only the benefits to the firm ({@link #isBenefitToFirm()}) make up its total in reach.
 */
public enum AmountKind {
  /** Money paid to the firm: a subsidy, grant or award (贴息, 资助, 奖励). */
  PAYMENT_TO_FIRM(true),
  /** Tax the firm does not pay, against the tax without the relief (减免税额). */
  TAX_SAVED(true),
  /** A fee the firm does not pay, against the standard fee (减免担保费). */
  FEE_SAVED(true),
  /** The most the firm's counterparty may charge it (a fee ceiling such as ≤1%): a limit, not money received. */
  COUNTERPARTY_CEILING(false),
  /** Money paid to the firm's lender (risk compensation from a pool), not to the firm. */
  PAYMENT_TO_LENDER(false),
  /** No money: the benefit is a date or a status (a deferral); the amount is zero. */
  NON_MONETARY(false);

  private final boolean benefitToFirm;

  AmountKind(boolean benefitToFirm) {
    this.benefitToFirm = benefitToFirm;
  }

  /**
   * Checks whether the amount is money the firm receives or keeps, which the engine adds into its total in reach.
   *
   * @return true for {@link #PAYMENT_TO_FIRM}, {@link #TAX_SAVED} and {@link #FEE_SAVED}
   */
  public boolean isBenefitToFirm() {
    return benefitToFirm;
  }
}
