/**
 * What if: a trace recorded under the controlled scheduler, branched at one of its events with
 * another thread taking the next step, re-run and recorded as a trace of its own that names its
 * parent. Headless; the command line and the workbench both branch through {@link dev.poolscope.trace.branch.Branching}.
 */
package dev.poolscope.trace.branch;
