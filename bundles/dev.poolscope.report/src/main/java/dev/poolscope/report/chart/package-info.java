/** Chart rules shared by the report's PNG charts and the workbench's charts (JFreeChart only, no SWT). */
package dev.poolscope.report.chart;
