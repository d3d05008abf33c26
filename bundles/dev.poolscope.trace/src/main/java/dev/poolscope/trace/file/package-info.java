/** The trace file format: writing, reading, checking, and the block index that makes seeks cheap. */
package dev.poolscope.trace.file;
