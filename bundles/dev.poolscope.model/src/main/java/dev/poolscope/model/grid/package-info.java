/**
 * The Heat Grid's geometry and words, shared by live and trace mode: where each chunk's block of
 * cells lies at a zoom level (cells of a power-of-two group of bits, rows of whole 64-bit words,
 * the overview fitted to the view), the block's header lines and the hover's words, the live pool's
 * per-cell counts and heat, and a trace cell's marks at the current event. Plain logic for the
 * views; no UI.
 */
package dev.poolscope.model.grid;
