/**
 * Programs an enterprise-service platform runs: renovation support from JSON, and a firm's tax reliefs.
 */
package io.github.huiqi.examples.platform;
