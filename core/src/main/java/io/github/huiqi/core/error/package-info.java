/**
 * The library's one exception hierarchy, rooted at {@link io.github.huiqi.core.error.HuiqiException}.
 * <p>
 * Every error names what was wrong: the field (a JSON Pointer on the JSON path) and the offending value for bad input,
 * the resource and field for malformed policy data, the identifier for a failed lookup.
 */
package io.github.huiqi.core.error;
