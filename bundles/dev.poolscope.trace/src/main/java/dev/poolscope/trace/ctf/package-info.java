/** Export of a trace as a CTF 1.8 trace directory that babeltrace2 reads. */
package dev.poolscope.trace.ctf;
