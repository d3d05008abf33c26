/**
 * Named scenarios: small pools, workloads and schedules that each show one race, and their text
 * form, scenario files (SCENARIO-FORMAT.md in the bundle), in which the built-in ones ship.
 */
package dev.poolscope.trace.scenario;
