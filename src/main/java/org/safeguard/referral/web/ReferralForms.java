package org.safeguard.referral.web;

import java.util.Map;

import org.safeguard.platform.RecordNotFound;

/** Reading ids in addresses and the hidden version field of the referral forms. */
final class ReferralForms {

    private ReferralForms() {
    }

    /** An id in a page's address; anything else is a page that does not exist. */
    static long id(String typed, String what) {
        if (typed == null || !typed.matches("\\d{1,18}")) {
            throw new RecordNotFound(what, typed);
        }
        return Long.parseLong(typed);
    }

    /** The hidden version; -1 (which no referral has) when missing or altered, so the change is refused as stale. */
    static int version(Map<String, String> typed) {
        String value = typed.get("version");
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : -1;
    }
}
