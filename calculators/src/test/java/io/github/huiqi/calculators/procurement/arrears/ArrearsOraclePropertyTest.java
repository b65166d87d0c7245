package io.github.huiqi.calculators.procurement.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import io.github.huiqi.core.procurement.arrears.ArrearsDebtorKind;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The arrears classes against {@link ArrearsOracle} on seeded random claims: amounts at 500,000 to the fen either
 * side, every debtor, disputed, not or not known; the classes and the total to clear in full through the plain,
 * explaining and JSON forms.
 */
class ArrearsOraclePropertyTest {

  private static final long SEED = 0x5EED_A44EL;
  private static final int CASES = 2000;
  private static final ArrearsMeasure MEASURE = PolicyData.builtIn().getMeasure(ArrearsMeasure.SHANGHAI_2023);

  @Test
  void test_classes_agreeWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<ArrearsClaim> claims = new ArrayList<>();
      List<ArrearsClass> classes = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      boolean decisiveOpen = false;
      int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
      for (int k = 0; k < count; k++) {
        ArrearsDebtorKind debtor = ArrearsDebtorKind.values()[random.nextInt(4)];
        BigDecimal amount = random.nextBoolean()
            ? ArrearsOracle.FULL_CLEARANCE_UP_TO.add(BigDecimal.valueOf(random.nextInt(5) - 2, 2))
            : BigDecimal.valueOf(1 + random.nextLong(200_000_000L), 2);
        int pick = random.nextInt(5);
        Boolean disputed = pick == 0 ? null : pick == 1;
        ArrearsClaim.Builder builder = ArrearsClaim.builder().claimId("C" + k).debtorKind(debtor)
            .amount(Cny.of(amount));
        if (disputed != null) {
          builder.disputed(disputed);
        }
        claims.add(builder.build());
        ArrearsClass expected = ArrearsOracle.classOf(debtor, amount, disputed);
        classes.add(expected);
        if (expected == ArrearsClass.FULL_CLEARANCE) {
          total = total.add(amount);
        }
        // a claim not known to be disputed decides the total only when it is within 500,000
        decisiveOpen |= expected == null && amount.compareTo(ArrearsOracle.FULL_CLEARANCE_UP_TO) <= 0;
      }
      String label = "seed " + SEED + " case " + i + ": " + claims;
      ArrearsRequest request = new ArrearsRequest(claims);
      check(label, ArrearsCalculator.DEFAULT.explainClasses(MEASURE, request), classes, total);
      if (decisiveOpen) {
        assertThatThrownBy(() -> ArrearsCalculator.DEFAULT.fullClearanceTotal(MEASURE, request)).as(label)
            .isInstanceOf(MissingFactsException.class);
      } else {
        assertThat(Cny.yuan(ArrearsCalculator.DEFAULT.fullClearanceTotal(MEASURE, request), "total")).as(label)
            .isEqualByComparingTo(total);
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(ArrearsCalculator.DEFAULT.explainClassesJson(MEASURE,
            HuiqiJson.write(request)), ArrearsResult.class), classes, total);
      }
    }
  }

  private static void check(String label, ArrearsResult result, List<ArrearsClass> classes, BigDecimal total) {
    assertThat(result.claims()).as(label).hasSameSizeAs(classes);
    for (int k = 0; k < classes.size(); k++) {
      assertThat(result.claims().get(k).arrearsClass()).as(label + " claim " + k)
          .isEqualTo(Optional.ofNullable(classes.get(k)));
    }
    assertThat(Cny.yuan(result.fullClearanceTotal(), "total")).as(label).isEqualByComparingTo(total);
  }
}
