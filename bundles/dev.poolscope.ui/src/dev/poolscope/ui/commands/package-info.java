/**
 * The workbench's commands: stepping through the open trace (events, races, rollbacks, retries,
 * threads), opening and closing traces and the recent ones, pausing the live demo.
 */
package dev.poolscope.ui.commands;
