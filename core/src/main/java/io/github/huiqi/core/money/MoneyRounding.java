package io.github.huiqi.core.money;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An explicit rounding rule for an amount in yuan: a scale and a {@link RoundingMode}.
 * <p>
 * The library default is {@link #FEN_HALF_UP}: half-up (四舍五入) to two decimals, the fen. No source text prescribes a
 * rounding rule (decisions register §4.5 item 35), so this is a documented library default; a measure that says
 * otherwise uses another instance. Moneta's default rounding (half-even) is never used.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param scale  the number of decimals kept: 2 for fen, 0 for whole yuan
 * @param mode  the rounding mode, not null, never {@link RoundingMode#UNNECESSARY}
 */
public record MoneyRounding(
    @JsonProperty(value = "scale", required = true) int scale,
    @JsonProperty(value = "mode", required = true) RoundingMode mode) {

  /** Half-up to the fen (四舍五入到分), the library default. */
  public static final MoneyRounding FEN_HALF_UP = new MoneyRounding(2, RoundingMode.HALF_UP);
  /** Truncation to the fen (舍去分以下), for programmes that never round up. */
  public static final MoneyRounding FEN_DOWN = new MoneyRounding(2, RoundingMode.DOWN);
  /** Half-up to the whole yuan. */
  public static final MoneyRounding YUAN_HALF_UP = new MoneyRounding(0, RoundingMode.HALF_UP);

  /**
   * Creates a rounding rule.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the mode is null or UNNECESSARY, or the scale is
   *     outside 0..8
   */
  public MoneyRounding {
    Args.notNull(mode, "mode");
    if (mode == RoundingMode.UNNECESSARY) {
      throw new io.github.huiqi.core.error.InvalidInputException("mode", mode, "must round");
    }
    if (scale < 0 || scale > 8) {
      throw new io.github.huiqi.core.error.InvalidInputException("scale", scale, "must be from 0 to 8");
    }
  }

  /**
   * Rounds a value in yuan by this rule.
   *
   * @param yuan  the exact value, not null
   * @return the rounded value, with exactly {@link #scale()} decimals
   */
  public BigDecimal round(BigDecimal yuan) {
    return yuan.setScale(scale, mode);
  }

  @Override
  public String toString() {
    return mode + "@" + scale;
  }
}
