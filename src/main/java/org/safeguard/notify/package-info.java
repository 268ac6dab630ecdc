/**
 * Every outbound message to a victim — email, text (SMS), letter — goes through this module, and it
 * refuses, with a recorded reason, any message that breaks the victim's safe contact preferences
 * (SafeLives DASH guidance: whether it is safe to talk, the safe number, safe times, whether voicemail
 * and texts are safe, a code word, and methods never to use). Owns those preferences ({@code
 * SafeContacts}, one record per person shared by every agency, saved on a version) and the outbox
 * ({@code Messages}): a message is checked by {@code rules.SafeContactRules}, addressed only to the safe
 * number or email (or the agreed safe postal address) and queued, or kept as refused with the reason and
 * never delivered. A scheduled sender ({@code outbox.OutboxSender}) checks each queued message again
 * against the preferences as they are when it goes, then delivers it: email through Spring's
 * {@code JavaMailSender} when {@code spring.mail.host} is set, everything else to the log (without the
 * body) until an SMS gateway and a print service are connected. Every read and write is audited. Safe contact
 * details and messages are only for a reader who sees the victim's contact details in full (and, when their address
 * is confidential, their current address): {@code SafeContactAccess}.
 * Depends on platform, audit, access and identity only; publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify",
        allowedDependencies = {"platform", "audit", "access", "identity"})
package org.safeguard.notify;
