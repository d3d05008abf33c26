/**
 * Test helpers shared by every test suite, no display code: traces held in memory or computed from
 * numbers, a recorder into memory, scheduled runs recorded into memory, and the simplest bitmap
 * replay to compare the model with. Never a product dependency.
 */
package dev.poolscope.testkit;
