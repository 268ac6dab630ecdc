package org.safeguard.notify.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safeguard.identity.PhoneNumbers;
import org.safeguard.notify.Channel;
import org.safeguard.notify.NewSafeContact;
import org.safeguard.notify.SafeContact;
import org.safeguard.platform.InvalidRequest;

/**
 * Whether a message may go to a person, and where, from their safe contact preferences; and what
 * preferences may be saved. Plain Java: no database, no clock.
 *
 * <p>A message is refused when no preferences are recorded; when the preferences' "never use" text names
 * the channel (the words text/texts/SMS, email, letter/letters/post/postal, any case — a mention is taken
 * as a "never", erring on the side of the victim's safety); when the channel is not marked safe; or when
 * there is no safe address for it. A text needs a safe <em>mobile</em> number: texts to a landline are
 * read aloud to whoever answers. A message that may go is addressed to the safe number, safe email or safe
 * postal address only, never to any other.
 */
public final class SafeContactRules {

    public static final String NO_PREFERENCES =
            "No safe contact details are recorded for this person: agree them with the victim first";

    static final int MAX_TEXT = 500;
    static final int MAX_CODE_WORD = 50;
    private static final int MAX_EMAIL = 254;

    private static final Pattern UK_PHONE = Pattern.compile("0[1-9][0-9]{8,9}");
    private static final Pattern PLAUSIBLE_EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Map<Channel, Pattern> NAMED_IN_WORDS = Map.of(
            Channel.SMS, Pattern.compile("\\b(texts?|texting|texted|text-messages?|sms)\\b"),
            Channel.EMAIL, Pattern.compile("\\b(e-?mails?|e-?mailing|e-?mailed)\\b"),
            Channel.LETTER, Pattern.compile("\\b(letters?|post|posted|postal)\\b"));

    private SafeContactRules() {
    }

    /** A message may go to {@code toAddress}, or is refused for {@code refusal}. */
    public record Decision(String toAddress, String refusal) {

        static Decision sendTo(String address) {
            return new Decision(address, null);
        }

        static Decision refuse(String reason) {
            return new Decision(null, reason);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** Where a message on {@code channel} may go under {@code preferences} (null: none recorded), or why not. */
    public static Decision decide(SafeContact preferences, Channel channel) {
        if (preferences == null) {
            return Decision.refuse(NO_PREFERENCES);
        }
        if (namedIn(preferences.neverUse()).contains(channel)) {
            return Decision.refuse("The victim's safe contact details say never to use " + plural(channel)
                    + ": \"" + preferences.neverUse() + "\"");
        }
        return switch (channel) {
            case SMS -> !preferences.textSafe()
                    ? Decision.refuse("Texts are not safe for this person: their safe contact details do not allow texts")
                    : blank(preferences.safePhone())
                    ? Decision.refuse("No safe phone number is recorded: a text goes only to the safe number")
                    : !isMobile(preferences.safePhone())
                    ? Decision.refuse("The safe number is not a mobile: a text to a landline is read aloud to whoever answers")
                    : Decision.sendTo(preferences.safePhone());
            case EMAIL -> !preferences.emailSafe()
                    ? Decision.refuse("Email is not safe for this person: their safe contact details do not allow email")
                    : blank(preferences.safeEmail())
                    ? Decision.refuse("No safe email address is recorded: an email goes only to the safe address")
                    : Decision.sendTo(preferences.safeEmail());
            case LETTER -> !preferences.letterSafe()
                    ? Decision.refuse("Letters are not safe for this person: their safe contact details do not allow letters")
                    : blank(preferences.safeAddress())
                    ? Decision.refuse("No safe postal address is recorded: a letter goes only to the safe address")
                    : Decision.sendTo(preferences.safeAddress());
        };
    }

    /** The channels that free text ("never use") names, in any case; a mention counts as a "never". */
    public static Set<Channel> namedIn(String neverUse) {
        Set<Channel> named = EnumSet.noneOf(Channel.class);
        if (neverUse == null || neverUse.isBlank()) {
            return named;
        }
        String words = neverUse.toLowerCase(Locale.UK);
        NAMED_IN_WORDS.forEach((channel, pattern) -> {
            if (pattern.matcher(words).find()) {
                named.add(channel);
            }
        });
        return named;
    }

    /**
     * Whether a normalised UK number is a mobile that can take texts: 07 and 11 digits, but not 070
     * (personal numbers, forwarded anywhere) nor 076 pagers (07624, the Isle of Man's mobiles, is a mobile).
     */
    public static boolean isMobile(String number) {
        String digits = PhoneNumbers.normalise(number);
        return digits.length() == 11 && digits.startsWith("07") && !digits.startsWith("070")
                && (!digits.startsWith("076") || digits.startsWith("07624"));
    }

    /** UK digits of a whole number: 11 digits, or 10 for some 01 area codes and 08 numbers. */
    static boolean isUkNumber(String digits) {
        return UK_PHONE.matcher(digits).matches()
                && (digits.length() == 11 || digits.startsWith("01") || digits.startsWith("08"));
    }

    /**
     * The preferences as they will be saved (texts stripped, blanks as none, the phone number as UK digits),
     * or an {@link InvalidRequest} naming every field that is wrong.
     */
    public static NewSafeContact validate(NewSafeContact typed) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        check.require(typed != null, "safePhone", "Enter the safe contact details agreed with the victim");
        check.throwIfAny();
        String phone = clean(typed.safePhone());
        if (phone != null) {
            String digits = PhoneNumbers.normalise(phone);
            check.require(phone.matches("[0-9+()\\s-]+") && isUkNumber(digits), "safePhone",
                    "Enter the safe number as a UK phone number, like 07700 900123");
            phone = digits;
        }
        String email = clean(typed.safeEmail());
        if (email != null) {
            check.require(email.length() <= MAX_EMAIL && PLAUSIBLE_EMAIL.matcher(email).matches(), "safeEmail",
                    "Enter the safe email address in the right format, like name@example.com");
        }
        String address = clean(typed.safeAddress());
        String times = clean(typed.safeTimes());
        String neverUse = clean(typed.neverUse());
        String interpreter = clean(typed.interpreterLanguage());
        String codeWord = clean(typed.codeWord());
        longest(check, address, "safeAddress", "The safe postal address");
        longest(check, times, "safeTimes", "Safe times");
        longest(check, neverUse, "neverUse", "Methods never to use");
        longest(check, interpreter, "interpreterLanguage", "The interpreter language");
        check.require(codeWord == null || codeWord.length() <= MAX_CODE_WORD, "codeWord",
                "The code word must be " + MAX_CODE_WORD + " characters or fewer");
        Set<Channel> never = namedIn(neverUse);
        check.require(!(typed.textSafe() && never.contains(Channel.SMS)), "textSafe",
                "Texts are marked safe but \"never use\" names texts: change one of them")
                .require(!(typed.emailSafe() && never.contains(Channel.EMAIL)), "emailSafe",
                        "Email is marked safe but \"never use\" names email: change one of them")
                .require(!(typed.letterSafe() && never.contains(Channel.LETTER)), "letterSafe",
                        "Letters are marked safe but \"never use\" names letters or post: change one of them");
        check.throwIfAny();
        return new NewSafeContact(phone, email, address, times, typed.voicemailSafe(), typed.textSafe(),
                typed.emailSafe(), typed.letterSafe(), codeWord, neverUse, interpreter);
    }

    private static void longest(InvalidRequest.Check check, String value, String field, String what) {
        check.require(value == null || value.length() <= MAX_TEXT, field,
                what + " must be " + MAX_TEXT + " characters or fewer");
    }

    private static String plural(Channel channel) {
        return switch (channel) {
            case SMS -> "texts";
            case EMAIL -> "email";
            case LETTER -> "letters";
        };
    }

    private static String clean(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
