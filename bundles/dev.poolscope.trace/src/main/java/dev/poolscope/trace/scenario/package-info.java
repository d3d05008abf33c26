/** Named scenarios: small pools, workloads and schedules that each show one race. */
package dev.poolscope.trace.scenario;
