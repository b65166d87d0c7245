/**
 * Programs a bank runs in-process: first-loan subsidies, guarantee pricing, risk-compensation claims and both
 * interest subsidies on one firm's loans; and the QA kit's conformance pack run
 * against a bank's own service.
 */
package io.github.huiqi.examples.bank;
