/**
 * Tests of the library as a host's project meets it, with only the library's runtime closure on the class path: a
 * source naming every public type compiles with {@code -Xlint:all -Werror} ({@code ConsumerCompileTest}), and a fresh
 * JVM's first use logs nothing ({@code QuietStartTest}, running {@code QuietStartProgram}).
 */
package io.github.huiqi.examples.consumer;
