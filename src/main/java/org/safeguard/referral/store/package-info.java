/** Referrals, their steps and the routing rules' versions as stored in the {@code referral} schema. */
package org.safeguard.referral.store;
