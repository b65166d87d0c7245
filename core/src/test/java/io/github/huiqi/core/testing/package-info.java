/**
 * Test helpers shared with the other modules through the core test-jar: seeds and generators for property tests.
 */
package io.github.huiqi.core.testing;
