/**
 * The referral pages: the agency's inbox and what my team sent, a referral with its steps and next moves, a victim's
 * referrals and the form to make one, the routing rules for administrators; the "Referrals" section of an incident's
 * page, the overdue referrals on the sender's board, and a small JSON API.
 */
package org.safeguard.referral.web;
