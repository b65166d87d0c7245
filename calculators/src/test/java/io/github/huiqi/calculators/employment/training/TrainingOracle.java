package io.github.huiqi.calculators.employment.training;

import java.math.BigDecimal;
import java.util.List;

/**
 * An independent oracle for the organiser's training subsidy of the Shenzhen 专精特新 draft 第十四条 ("对实施培训项目的
 * 承办机构，按参与企业人次，给予每人每次最高2万元补贴"), written from the clause, not from {@link TrainingCalculator}: per
 * trainee per session at most 20,000 and at most the cost ("以降低参训人员培训费用"; domain §1.6 004-14
 * Σ min(20,000, cost)), a ceiling the authority fixes within ("最高": the range from zero, register §4.4 item 29).
 */
final class TrainingOracle {

  /** 每人每次最高2万元 (第十四条). */
  static final BigDecimal PER_TRAINEE = new BigDecimal("20000");

  private TrainingOracle() {
  }

  /** A session: trainees, cost per trainee, whether it is of the 专精特新 programme (null when not known). */
  record Session(int trainees, BigDecimal costPerTrainee, Boolean programme) {
  }

  /** The verdict's word and the most (the least is zero). */
  record Expected(String verdict, BigDecimal most) {
  }

  static Expected expected(List<Session> sessions) {
    BigDecimal most = BigDecimal.ZERO;
    boolean any = false;
    boolean open = false;
    for (Session s : sessions) {
      if (Boolean.FALSE.equals(s.programme)) {
        continue;
      }
      most = most.add(s.costPerTrainee.min(PER_TRAINEE).multiply(BigDecimal.valueOf(s.trainees)));
      any |= s.programme != null;
      open |= s.programme == null;
    }
    return new Expected(any ? "ELIGIBLE" : open ? "UNDETERMINED" : "INELIGIBLE", most);
  }
}
