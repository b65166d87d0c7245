/**
 * Programs an enterprise-service platform runs: renovation support and Shanghai grant shares from JSON, and a
 * firm's tax reliefs.
 */
package io.github.huiqi.examples.platform;
