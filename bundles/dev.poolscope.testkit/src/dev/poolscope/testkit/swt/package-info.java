/**
 * SWT test helpers shared by the UI and workbench tests: running the event loop until something
 * happens (always with a deadline), catching dialogs, finding controls as a user does, and reading
 * back what a control paints.
 */
package dev.poolscope.testkit.swt;
