/**
 * Reports people read in a browser: an HTML page with PNG charts (JFreeChart, headless) and a CSV of
 * every number, for a trace or an allocation log. Plain Java, no SWT.
 */
package dev.poolscope.report;
