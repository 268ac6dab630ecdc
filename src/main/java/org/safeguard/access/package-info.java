/**
 * Who may use Safeguard: agencies (police, children's services, health, housing, probation, IDVA
 * service, refuge provider, victim care hub…), their teams, and staff accounts with roles. Owns
 * staff sign-in (BCrypt hashes, lockout after repeated failures, idle timeout, a TOTP second factor with
 * recovery codes, sessions in PostgreSQL), the security
 * headers, and the rules of who may reach which page and API. Accounts are created by an ADMIN;
 * there is no self-registration (the very first administrator of a real deployment comes from
 * {@code SAFEGUARD_FIRST_ADMIN_PASSWORD}). Every sign-in, failed sign-in and every read or write of a staff
 * account is recorded in the audit log. Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.safeguard.access;
