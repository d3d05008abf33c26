/** Branch Here: the workbench's what-if on a scheduled trace (SWT). */
package dev.poolscope.ui.branch;
