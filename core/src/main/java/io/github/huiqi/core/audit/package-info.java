/**
 * Audit receipts: what an explained result carries so that an auditor can replay it. A {@link
 * io.github.huiqi.core.audit.Receipt} names the library version, the identity (document, version, SHA-256) of every
 * policy pack the result used, the evaluation date, and the SHA-256 of the canonical JSON of the input and of the
 * result; a {@link io.github.huiqi.core.audit.ReplayResult} says whether a recomputation still matches, and if not,
 * what differs.
 */
package io.github.huiqi.core.audit;
