/**
 * Results: eligibility verdicts with reasons and missing facts, amounts (exact or a range), the binding limit, and
 * explanations made of ordered, typed steps that cite their clauses and render in zh-CN and en.
 */
package io.github.huiqi.core.result;
