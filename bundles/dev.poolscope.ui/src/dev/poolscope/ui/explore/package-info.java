/** The Explore view's parts: the exploration job, the outcome table and the panel that holds them. */
package dev.poolscope.ui.explore;
