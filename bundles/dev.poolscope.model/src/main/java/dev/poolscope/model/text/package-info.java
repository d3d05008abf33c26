/**
 * How every view and sentence writes a byte size and a chunk's addresses, in the root locale so
 * that a German desktop reads the same digits as the README.
 */
package dev.poolscope.model.text;
