package io.github.huiqi.core.policy;

/**
 * The legal status of a policy document. Every result computed from a measure carries its document's status, so a
 * figure from a draft is never mistaken for an entitlement.
 */
public enum DocumentStatus {
  /** In force (现行有效), possibly with time-limited measures. */
  IN_FORCE,
  /** No longer in force (已失效); kept for past periods. */
  EXPIRED,
  /** A draft for comment (征求意见稿): not binding, figures are indicative only. */
  DRAFT,
  /** A descriptive text, such as a reply letter (答复意见的函), that reports other instruments without enacting them. */
  INFORMATIONAL
}
