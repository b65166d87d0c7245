/**
 * The huiqi command line ({@link io.github.huiqi.examples.cli.HuiqiCli}): evaluates an enterprise profile against
 * the built-in catalogue and prints the measures, the total in reach and the next questions, in Chinese or English,
 * or the engine's JSON; and lists the catalogue.
 */
package io.github.huiqi.examples.cli;
