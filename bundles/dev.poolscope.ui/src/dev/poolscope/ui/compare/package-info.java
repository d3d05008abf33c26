/**
 * The Compare view's widgets and its background job: the open trace's (or its log's) operations
 * replayed through each algorithm and variant, as a table, a chart of E and findings in words. SWT code.
 */
package dev.poolscope.ui.compare;
