/**
 * A pool and its chunks as the Pools view lists them (figures and the rows' texts), for a live pool
 * now or a recorded pool at an event. Plain logic for the view; no UI.
 */
package dev.poolscope.model.pools;
