/** Poolscope's SWT user interface: the views live in {@code dev.poolscope.ui.views}. */
package dev.poolscope.ui;
