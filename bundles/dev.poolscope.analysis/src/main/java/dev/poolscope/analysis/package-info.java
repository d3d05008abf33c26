/** Numbers computed from a trace: time series of avail and contention over its events, for charts and reports. */
package dev.poolscope.analysis;
