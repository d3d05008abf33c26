/**
 * Who holds a trace's pool at an event: bytes, allocations and share per caller (or thread, or the
 * start state), their one-line text, and the ranking that gives each caller its colour. Plain logic; no UI.
 */
package dev.poolscope.model.holders;
