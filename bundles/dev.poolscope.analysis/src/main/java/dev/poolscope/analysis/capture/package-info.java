/**
 * Real-kernel captures (releng/capture/CAPTURE-FORMAT.md): read whole and checked, grouped into
 * pools, and replayed through the allocator to check that it lands every allocation where the
 * kernel did (the fidelity check); a pool's operations can be written as an allocation log.
 */
package dev.poolscope.analysis.capture;
