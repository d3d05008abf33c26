/**
 * The current event explained for a person stepping through a trace: the event in a sentence, the
 * bitmap word it touches before and after, and the allocator's pseudo-code with the line each
 * thread is at; and the bitmap at the event with what the Heat Grid marks on it and who owns each
 * set bit ({@link dev.poolscope.model.explain.EventBitmap}). Plain logic for the views; no UI.
 */
package dev.poolscope.model.explain;
