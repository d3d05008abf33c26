/** The recorder: a probe that captures every event of a real multi-threaded run into a trace file. */
package dev.poolscope.trace.record;
