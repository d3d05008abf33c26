/**
 * The Heat Grid's geometry and words, shared by live and trace mode: where each chunk's block of
 * cells lies at a zoom level (cells of a power-of-two group of bits, rows of whole 64-bit words,
 * the overview fitted to the view), the block's header lines, the hover's location, and the live
 * pool's per-cell counts and heat. Plain logic for the views; no UI.
 */
package dev.poolscope.model.grid;
