/** The controlled scheduler: runs logical threads one step at a time, switching only at probe points. */
package dev.poolscope.trace.sched;
