package io.github.huiqi.calculators.financing.techsme;

/**
 * The kinds of item the tech-SME 贴息贴保 programme subsidises (2020 办法 第十四条 (一) to (三)).
 */
public enum TechSmeItemKind {
  /** Loan interest actually paid: (一). */
  INTEREST,
  /** A guarantee fee actually paid: (三), capped per year. */
  GUARANTEE_FEE,
  /** A small-loan guarantee-insurance premium actually paid: (二), capped per year. */
  INSURANCE_PREMIUM
}
