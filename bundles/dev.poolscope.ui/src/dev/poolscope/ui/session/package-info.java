/** The open trace the workbench's views show, the event they show it at, and opening a trace file as a job. */
package dev.poolscope.ui.session;
