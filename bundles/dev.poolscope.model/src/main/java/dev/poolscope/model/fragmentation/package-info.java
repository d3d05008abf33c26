/**
 * What the fragmentation views and reports read off a pool at one moment, and the one way their numbers
 * are written: a pool's bitmaps (recorded or live), the request a trace was serving, and the text of
 * counts, ratios and extent length classes. Plain logic; no UI.
 */
package dev.poolscope.model.fragmentation;
