package io.github.huiqi.calculators.qa;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pack figures no worked case notices when nudged, each with its reason: the allowlist of {@code
 * ParameterMutationCoverageTest}. A place is {@code pack#JSON-Pointer} of the value. None is dead: each figure here is
 * read by its calculator (a grep of its accessor finds the reading); they are unpinned, no engine case sitting where
 * the figure decides. Every place listed must stay unnoticed: the test fails on a place a case has come to notice, so
 * a figure pinned since is taken off.
 */
final class ParameterMutationAllowlist {

  private static final String LPR = "the LPR points: read only when a host's option picks the benchmark basis LPR_1Y"
      + " or LPR_5Y for the guarantee-fee cap; every engine case uses the pack's basis, the PBOC benchmark by term";
  private static final String PBOC_GT5Y = "the over-five-year PBOC benchmark: no case has a loan of more than five"
      + " years";
  private static final String PBOC_2015 = "a PBOC benchmark point before 2015-10-24, or that date moved a day or a"
      + " month: every case's contract date is years after 2015-10-24 and reads that point";
  private static final String SIZE = "a bound of the 2011 size standard: pinned at every bound against the built-in"
      + " pack by SizeBoundaryTest (a hand-made table); the engine's cases mostly state the size, and those that give"
      + " figures instead sit far from a bound";
  private static final String ROUNDING = "the rounding's scale: every case of the measure comes out exact at the scale"
      + " nudged to (whole to the fen, most to the jiao) before rounding, so the rounding changes nothing";
  private static final String RISK_POOL = "the risk pool (第4条): every base ratio is 30% and the uplift 30 points, so"
      + " no loan's ratio passes 60%, under the 80% ceiling nudged either way; and no case returns a recovery";
  private static final String TECH_UPLIFT_UP = "the tech-SME uplift nudged up: 50% + 30 points is the 80% ceiling"
      + " already and 70% + 30 is over it, so a larger uplift is always cut back (nudged down it is noticed)";
  private static final String WINDOW = "a window's or a deadline's date moved a day or a month: no case's event falls"
      + " on the date or in the month moved";
  private static final String LIMIT = "a maximum nudged up or a minimum nudged down (or the hiring cohort ×1.1, 2226)"
      + " lets in no case: the cases outside it are far outside";
  private static final String CALCULATOR_ONLY = "read only from a calculator request's fact the enterprise profile"
      + " does not carry (a re-guarantee's standardReGuaranteeFeeRate, a rent subsidy's firstSupportYear), so no"
      + " engine case can reach it; pinned against the built-in pack by GuaranteeFeeReductionCalculatorTest"
      + " (test_reGuarantee_defaultNoneAndChosen) and RentShareCalculatorTest (test_conditions_eachOutcome)";

  private static final Map<String, String> ENTRIES = new LinkedHashMap<>();

  static {
    allow(LPR,
        "cn-reference-rates.json#/rateSeries/0/points/0/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/0/rate",
        "cn-reference-rates.json#/rateSeries/0/points/1/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/1/rate",
        "cn-reference-rates.json#/rateSeries/0/points/2/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/2/rate",
        "cn-reference-rates.json#/rateSeries/0/points/3/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/3/rate",
        "cn-reference-rates.json#/rateSeries/0/points/4/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/4/rate",
        "cn-reference-rates.json#/rateSeries/0/points/5/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/5/rate",
        "cn-reference-rates.json#/rateSeries/0/points/6/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/6/rate",
        "cn-reference-rates.json#/rateSeries/0/points/7/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/7/rate",
        "cn-reference-rates.json#/rateSeries/0/points/8/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/8/rate",
        "cn-reference-rates.json#/rateSeries/0/points/9/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/9/rate",
        "cn-reference-rates.json#/rateSeries/0/points/10/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/10/rate",
        "cn-reference-rates.json#/rateSeries/0/points/11/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/11/rate",
        "cn-reference-rates.json#/rateSeries/0/points/12/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/12/rate",
        "cn-reference-rates.json#/rateSeries/0/points/13/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/13/rate",
        "cn-reference-rates.json#/rateSeries/0/points/14/validFrom",
        "cn-reference-rates.json#/rateSeries/0/points/14/rate",
        "cn-reference-rates.json#/rateSeries/1/points/0/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/0/rate",
        "cn-reference-rates.json#/rateSeries/1/points/1/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/1/rate",
        "cn-reference-rates.json#/rateSeries/1/points/2/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/2/rate",
        "cn-reference-rates.json#/rateSeries/1/points/3/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/3/rate",
        "cn-reference-rates.json#/rateSeries/1/points/4/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/4/rate",
        "cn-reference-rates.json#/rateSeries/1/points/5/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/5/rate",
        "cn-reference-rates.json#/rateSeries/1/points/6/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/6/rate",
        "cn-reference-rates.json#/rateSeries/1/points/7/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/7/rate",
        "cn-reference-rates.json#/rateSeries/1/points/8/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/8/rate",
        "cn-reference-rates.json#/rateSeries/1/points/9/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/9/rate",
        "cn-reference-rates.json#/rateSeries/1/points/10/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/10/rate",
        "cn-reference-rates.json#/rateSeries/1/points/11/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/11/rate",
        "cn-reference-rates.json#/rateSeries/1/points/12/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/12/rate",
        "cn-reference-rates.json#/rateSeries/1/points/13/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/13/rate",
        "cn-reference-rates.json#/rateSeries/1/points/14/validFrom",
        "cn-reference-rates.json#/rateSeries/1/points/14/rate");
    allow(PBOC_GT5Y,
        "cn-reference-rates.json#/rateSeries/4/points/2/rate");
    allow(PBOC_2015,
        "cn-reference-rates.json#/rateSeries/2/points/0/validFrom",
        "cn-reference-rates.json#/rateSeries/2/points/0/rate",
        "cn-reference-rates.json#/rateSeries/2/points/1/validFrom",
        "cn-reference-rates.json#/rateSeries/2/points/1/rate",
        "cn-reference-rates.json#/rateSeries/2/points/2/validFrom",
        "cn-reference-rates.json#/rateSeries/3/points/0/validFrom",
        "cn-reference-rates.json#/rateSeries/3/points/0/rate",
        "cn-reference-rates.json#/rateSeries/3/points/1/validFrom",
        "cn-reference-rates.json#/rateSeries/3/points/1/rate",
        "cn-reference-rates.json#/rateSeries/3/points/2/validFrom",
        "cn-reference-rates.json#/rateSeries/4/points/0/validFrom",
        "cn-reference-rates.json#/rateSeries/4/points/0/rate",
        "cn-reference-rates.json#/rateSeries/4/points/1/validFrom",
        "cn-reference-rates.json#/rateSeries/4/points/1/rate",
        "cn-reference-rates.json#/rateSeries/4/points/2/validFrom");
    allow(SIZE,
        "miit-2011-300.json#/measures/0/industries/0/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/0/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/0/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/1/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/1/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/1/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/1/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/1/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/1/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/2/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/2/bands/value/0/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/2/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/2/bands/value/1/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/2/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/2/bands/value/2/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/3/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/3/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/3/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/3/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/3/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/3/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/4/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/4/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/4/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/4/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/4/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/4/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/5/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/5/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/5/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/5/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/5/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/5/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/6/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/6/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/6/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/6/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/6/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/6/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/7/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/7/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/7/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/7/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/7/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/7/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/8/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/8/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/8/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/8/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/8/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/8/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/9/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/9/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/9/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/9/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/9/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/9/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/10/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/10/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/10/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/10/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/10/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/10/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/11/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/11/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/11/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/11/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/11/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/11/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/12/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/12/bands/value/0/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/12/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/12/bands/value/1/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/12/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/12/bands/value/2/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/13/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/13/bands/value/0/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/13/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/13/bands/value/1/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/13/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/13/bands/value/2/minimumRevenue/amount",
        "miit-2011-300.json#/measures/0/industries/14/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/14/bands/value/0/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/14/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/14/bands/value/1/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/14/bands/value/2/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/14/bands/value/2/minimumTotalAssets/amount",
        "miit-2011-300.json#/measures/0/industries/15/bands/value/0/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/15/bands/value/1/minimumEmployees",
        "miit-2011-300.json#/measures/0/industries/15/bands/value/2/minimumEmployees");
    allow(ROUNDING,
        "sz-gxj-2023-26.json#/measures/2/rounding/value/scale",
        "sz-gxj-2021-reply-20210370.json#/measures/4/rounding/value/scale",
        "sh-qfb-2023-1.json#/measures/14/rounding/value/scale");
    allow(RISK_POOL,
        "sz-gxj-2023-26.json#/measures/2/ceiling/value",
        "sz-gxj-2023-26.json#/measures/2/returnRecoveries/value");
    allow(TECH_UPLIFT_UP,
        "sz-gxj-2023-26.json#/measures/7/upliftPoints/value");
    allow(WINDOW,
        "sz-gxj-2023-26.json#/measures/8/consequences/0/trigger/window/value/start",
        "sz-gxj-2023-26.json#/measures/8/consequences/0/trigger/window/value/end",
        "sz-gxj-2023-26.json#/measures/8/consequences/1/trigger/window/value/start",
        "sz-gxj-2023-26.json#/measures/8/consequences/1/trigger/window/value/end",
        "sz-gxj-2023-26.json#/measures/10/deferredDueWindow/value/end",
        "sh-qfb-2023-1.json#/measures/8/hireWindow/value/end",
        "sh-qfb-2023-1.json#/measures/9/deferredDueWindow/value/end",
        "sz-gxj-zjtx-32-draft.json#/measures/1/consequences/0/trigger/window/value/start",
        "sz-gxj-zjtx-32-draft.json#/measures/1/consequences/1/trigger/window/value/start");
    allow(LIMIT,
        "sz-gxj-2022-small-to-scale.json#/measures/3/minimumRevenue/value/amount",
        "sz-gxj-2022-small-to-scale.json#/measures/3/revenueBelow/value/amount",
        "sh-qfb-2023-1.json#/measures/8/graduationYear/value",
        "sz-gxj-zjtx-32-draft.json#/measures/5/minimumAnnualOutput/value/amount");
    allow(CALCULATOR_ONLY,
        "sz-gxj-2023-26.json#/measures/4/reGuaranteeReduction/value",
        "sz-gxj-2021-reply-20210370.json#/measures/5/consecutiveYears/value");
  }

  private ParameterMutationAllowlist() {
  }

  private static void allow(String reason, String... places) {
    for (String place : places) {
      ENTRIES.put(place, reason);
    }
  }

  /**
   * Returns why a place is allowed to go unnoticed.
   *
   * @param place  the place, {@code pack#pointer}
   * @return the reason, empty when the place is not on the list
   */
  static Optional<String> reason(String place) {
    return Optional.ofNullable(ENTRIES.get(place));
  }
}
