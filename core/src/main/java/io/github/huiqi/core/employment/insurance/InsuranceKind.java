package io.github.huiqi.core.employment.insurance;

/**
 * A kind of social-insurance contribution (社会保险费).
 */
public enum InsuranceKind {
  /** Basic pension insurance for employees (企业职工基本养老保险费). */
  PENSION,
  /** Unemployment insurance (失业保险费). */
  UNEMPLOYMENT,
  /** Work-injury insurance (工伤保险费). */
  WORK_INJURY,
  /** Basic medical insurance (基本医疗保险费, 含生育保险). */
  MEDICAL
}
