/**
 * The library's one exception hierarchy, rooted at {@link io.github.huiqi.core.error.HuiqiException}.
 * <p>
 * Every error names what was wrong: the field (a JSON Pointer on the JSON path) and the offending value for bad input,
 * the resource and field for malformed policy data, the identifier for a failed lookup. Every error also carries a
 * stable machine-readable {@link io.github.huiqi.core.error.HuiqiException#code() code} (such as
 * {@code input.not-positive}, {@code input.conflict}, {@code lookup.no-rate-on-date}, {@code output.too-large}) and its
 * message in English and Chinese ({@link io.github.huiqi.core.error.HuiqiException#message(java.util.Locale)}).
 */
package io.github.huiqi.core.error;
