/** Saying which mode the workbench is in (live demo or a trace) in the window title and status line. */
package dev.poolscope.ui.mode;
