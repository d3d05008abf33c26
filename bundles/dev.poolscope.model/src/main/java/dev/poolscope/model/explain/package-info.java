/**
 * The current event explained for a person stepping through a trace: the event in a sentence, the
 * bitmap word it touches before and after, and the allocator's pseudo-code with the line each
 * thread is at. Plain logic for the Step Inspector; no UI.
 */
package dev.poolscope.model.explain;
