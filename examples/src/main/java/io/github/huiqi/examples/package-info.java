/**
 * Small runnable programs, one per kind of user. They demonstrate use of the library and are not intended for
 * production; they are not part of the library's compatibility promise. Every example's {@code main} runs in a test.
 */
package io.github.huiqi.examples;
