/**
 * Patrol's ports: the interfaces between the pure domain and the adapters, and the value
 * records that cross them. JDK only; no framework and no I/O lives here.
 */
package dev.patrol.ports;
