/** The smallest pool that replays a log with no failed alloc, found by replays and verified by two more. */
package dev.poolscope.analysis.sizing;
