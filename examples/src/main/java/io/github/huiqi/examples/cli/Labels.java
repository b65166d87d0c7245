package io.github.huiqi.examples.cli;

import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * The words and number formats of the command line's tables, in Chinese or English.
 */
final class Labels {

  private final boolean zh;

  Labels(Locale locale) {
    this.zh = locale.getLanguage().equals("zh");
  }

  String pick(String chinese, String english) {
    return zh ? chinese : english;
  }

  String verdict(Verdict verdict) {
    switch (verdict) {
      case ELIGIBLE:
        return pick("符合", "eligible");
      case INELIGIBLE:
        return pick("不符合", "ineligible");
      default:
        return pick("待定", "undetermined");
    }
  }

  /**
   * The heading of an outcome's reasons, which state each condition as the measure words it: for an ineligible
   * outcome they are the conditions not met (or why not), for an undetermined one those not yet known, for an
   * eligible one those met.
   */
  String reasonsHeading(Verdict verdict) {
    switch (verdict) {
      case ELIGIBLE:
        return pick("符合，满足的条件：", "eligible, conditions met:");
      case INELIGIBLE:
        return pick("不符合，未满足的条件或原因：", "ineligible, conditions not met or why:");
      default:
        return pick("待定，尚未确定的条件：", "undetermined, conditions not yet known:");
    }
  }

  /** What the amount is, when it is not money paid to the firm. */
  String kind(AmountKind kind) {
    switch (kind) {
      case TAX_SAVED:
        return pick("减税", "tax saved");
      case FEE_SAVED:
        return pick("省费", "fee saved");
      case COUNTERPARTY_CEILING:
        return pick("收费上限", "ceiling");
      case PAYMENT_TO_LENDER:
        return pick("付给银行", "to lender");
      case NON_MONETARY:
        return pick("非资金", "non-monetary");
      default:
        return pick("补贴", "payment");
    }
  }

  /**
   * The status column: a draft says so; a document no longer in force (已失效) says so; otherwise the window's state,
   * where an open window reads "in force" only for a document in force and "informational" (参考, as the catalogue
   * labels it) for a descriptive text such as a reply letter, which reports measures without enacting them.
   */
  String status(DocumentStatus documentStatus, WindowStatus window) {
    if (documentStatus == DocumentStatus.DRAFT) {
      return pick("征求意见稿", "draft");
    }
    if (documentStatus == DocumentStatus.EXPIRED) {
      return pick("已失效", "expired");
    }
    switch (window) {
      case CLOSED:
        return pick("已到期", "expired");
      case NOT_YET_OPEN:
        return pick("未施行", "not yet in force");
      default:
        return documentStatus == DocumentStatus.INFORMATIONAL ? pick("参考", "informational")
            : pick("有效", "in force");
    }
  }

  /**
   * The status column of a report row: {@link #status(DocumentStatus, WindowStatus)}, and for a window not open on
   * the evaluation date (not yet in force, or closed) its first and last days as the JSON's {@code window} gives them
   * ({@code 已到期（2022-10-01..2023-12-31）}, {@code not yet in force (2016-01-01..)}), so that the table says when
   * the measure runs without the catalogue beside it. A draft and a document no longer in force keep their one word
   * (decisions register §4.6 item 94): it is not the window that keeps them out of the total.
   */
  String status(DocumentStatus documentStatus, WindowStatus window, DateRange days) {
    String word = status(documentStatus, window);
    if (window == WindowStatus.OPEN || documentStatus == DocumentStatus.DRAFT
        || documentStatus == DocumentStatus.EXPIRED) {
      return word;
    }
    return word + pick("（" + days + "）", " (" + days + ")");
  }

  String amount(OutcomeAmount amount) {
    if (amount.isExact()) {
      return money(amount.minimum());
    }
    if (amount.maximum().isEmpty()) {
      return "≥ " + money(amount.minimum());
    }
    return money(amount.minimum()) + " – " + money(amount.maximum().get());
  }

  /**
   * Yuan with thousands separators and two decimals, such as {@code 30,166.67}. Every amount the library reports is
   * at the fen; one with digits below it would be written in full ({@code 2,000.005}), never rounded by the table
   * (DecimalFormat rounds half-even by default).
   */
  static String money(MonetaryAmount amount) {
    BigDecimal yuan = amount.getNumber().numberValueExact(BigDecimal.class);
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setParseBigDecimal(true);
    format.setMaximumFractionDigits(Math.max(2, yuan.scale()));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(yuan);
  }
}
