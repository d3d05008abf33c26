/** Charts of a trace's time series (JFreeChart drawn on SWT canvases): avail, contention and retries over events. */
package dev.poolscope.ui.charts;
