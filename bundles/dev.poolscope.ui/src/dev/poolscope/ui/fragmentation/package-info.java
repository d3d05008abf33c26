/**
 * The Fragmentation view's widgets: the metrics table with each formula in its row's tooltip, the
 * extent histogram, and the panel that shows a chunk or the whole pool at one moment. SWT code.
 */
package dev.poolscope.ui.fragmentation;
