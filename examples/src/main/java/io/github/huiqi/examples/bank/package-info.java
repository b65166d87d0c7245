/**
 * Programs a bank runs in-process: first-loan subsidies, guarantee pricing, risk-compensation claims and both
 * interest subsidies on one firm's loans.
 */
package io.github.huiqi.examples.bank;
