/**
 * Who may use Safeguard: agencies (police, children's services, health, housing, probation, IDVA
 * service, refuge provider, victim care hub…), their teams, and staff accounts with roles. Owns
 * staff sign-in (BCrypt hashes, lockout after repeated failures, idle timeout), the security
 * headers, and the rules of who may reach which page and API. Accounts are created by an ADMIN;
 * there is no self-registration (the very first administrator of a real deployment comes from
 * {@code SAFEGUARD_FIRST_ADMIN_PASSWORD}). Every sign-in, failed sign-in and every read or write of a staff
 * account is recorded in the audit log. Publishes no events; listens to none.
 * <p>
 * Need to know ({@code RecordAccess}): what a reader sees of each field group of a person's record, from the policy
 * table ({@code access/policy.csv}), the reader's relationships (other modules' {@code RelationshipSource}s, plus
 * named readers, grants and break-glass here) and the hard restriction rules; access requests, break-glass and its
 * review queue, restrictions and staff notices. Other modules call it and implement its SPIs; it calls none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.safeguard.access;
