/**
 * The policy model: jurisdictions, documents with their 文号 and status, clause references, stable measure ids,
 * cited and dated parameters, and the policy packs and container that hold the built-in and host-supplied data.
 * <p>
 * Every parameter value is a {@link io.github.huiqi.core.policy.Parameter}: the value, its
 * {@link io.github.huiqi.core.policy.Citation} (document, article, item and
 * {@link io.github.huiqi.core.policy.Provenance}) and the dates it is valid for. The typed measure models of each
 * policy area live in their own packages (for example {@code io.github.huiqi.core.financing}) and implement
 * {@link io.github.huiqi.core.policy.Measure}.
 * <p>
 * The model is data only: nothing here computes an entitlement.
 */
package io.github.huiqi.core.policy;
