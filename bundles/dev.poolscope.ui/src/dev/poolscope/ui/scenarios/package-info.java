/** The Scenarios view's widget: the named scenarios, their explanations, and running one. */
package dev.poolscope.ui.scenarios;
