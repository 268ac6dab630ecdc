package org.safeguard.notify;

/**
 * A message some part of the service wants to send to a person. It names no address: it can only go to
 * the safe number, email or postal address recorded in the person's {@link SafeContact}.
 *
 * @param personId the identity person it is for
 * @param channel  text, email or letter
 * @param subject  the email's subject or the letter's heading; required for email, ignored for texts
 * @param body     what it says
 * @param purpose  why it is sent, for the record ("Victims' Code: suspect charged")
 */
public record OutboundMessage(long personId, Channel channel, String subject, String body, String purpose) {
}
