/**
 * File &gt; New Scenario: an editor of a scenario file's text, checked as it is typed, with Open,
 * Save and a Run that records the scenario or explores it. SWT code, beside the plain classes that
 * say what the status line shows and keep the file.
 */
package dev.poolscope.ui.scenarioedit;
