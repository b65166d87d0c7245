/**
 * JSON support: the {@link io.github.huiqi.core.json.HuiqiModule} Jackson module for the library's types, and
 * {@link io.github.huiqi.core.json.HuiqiJson}, a hardened mapper for untrusted input.
 * <p>
 * The JSON forms are: amounts as {@code {"amount": 1234.56, "currency": "CNY"}} (the amount a JSON number, read from
 * its decimal text, never a string); rates as percentage strings such as {@code "2%"}; dates as ISO
 * {@code "2023-01-15"}; day counts as {@code "ACT/360"}; identifiers as strings; measures with an explicit
 * {@code "type"} name. Every decimal is bounded after parsing (at most 16 integer digits and 16 decimals), so a
 * "scale bomb" such as {@code 0e1000000000} is rejected before any arithmetic.
 */
package io.github.huiqi.core.json;
