/** Workload definitions and the generator that turns one into each thread's operations. */
package dev.poolscope.trace.workload;
