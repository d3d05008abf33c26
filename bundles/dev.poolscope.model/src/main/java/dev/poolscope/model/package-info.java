/** The replay model: any chunk's bitmap, avail and each thread's progress at any event of a trace. */
package dev.poolscope.model;
