/**
 * Recording runs into trace files, for the workbench and the command line alike: what to run (a
 * workload or a scenario), the recording that keeps a file only when whole, and where files go.
 */
package dev.poolscope.trace.run;
