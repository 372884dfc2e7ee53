/**
 * Pure config validation (spec §1) and launch planning (spec §2.5, §3.10): no I/O, no clock.
 */
package dev.patrol.domain.config;
