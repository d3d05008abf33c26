/**
 * Recording runs from the workbench: the Record Run dialog and command, and the job that records
 * a workload or scenario into a trace file and opens it.
 */
package dev.poolscope.ui.record;
