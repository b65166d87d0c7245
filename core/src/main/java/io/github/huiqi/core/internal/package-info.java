/**
 * Implementation helpers for the core and calculators modules. Not part of the public API: may change without
 * notice.
 */
package io.github.huiqi.core.internal;
