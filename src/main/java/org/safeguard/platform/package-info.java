/**
 * The ground the other modules stand on: the embedded PostgreSQL the service runs on by default,
 * the clock every rule reads time from, request ids and the request log, and the console progress bar of long commands. It knows nothing of the
 * field; it publishes no events and listens to none.
 * Events whose listener failed are handed to it again every few minutes ({@code events.EventRetries}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.safeguard.platform;
