package org.safeguard.identity.linkage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Names as linkage compares them: lower case, accents removed (José → jose), punctuation dropped
 * (O'Brien → obrien), hyphens, dots and spaces kept as one space (Smith-Jones → "smith jones"); short forms
 * of given names from {@code identity/linkage/short-forms.txt} (Jon → jonathan, Bill → william);
 * a phonetic code (Double Metaphone) for "sounds alike"; Jaro–Winkler similarity for typing slips.
 */
public final class NameForms {

    private static final DoubleMetaphone SOUND = new DoubleMetaphone();

    private NameForms() {
    }

    /** The name normalised for comparison; "" when nothing is left. Never throws. */
    public static String normalise(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetter(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(plainLetters(Character.toLowerCase(c)));
            } else if (Character.isWhitespace(c) || c == '-' || c == '.' || c == ',' || c == '_' || c == '/'
                    || Character.getType(c) == Character.DASH_PUNCTUATION) {
                gap = true;
            }
            // accents (combining marks), apostrophes, digits and other signs are dropped
        }
        return out.toString();
    }

    /**
     * True when one given name may stand for the other: the same name, or both in one group of the
     * short-form table (Bill and William, Peggy and Margaret, Jack and John).
     */
    public static boolean mayStandForEachOther(String givenName, String otherGivenName) {
        Name one = given(givenName);
        Name other = given(otherGivenName);
        return !one.isEmpty() && (one.compact.equals(other.compact) || one.sharesAGroupWith(other));
    }

    static Name given(String raw) {
        return prepare(raw, true);
    }

    static Name family(String raw) {
        return prepare(raw, false);
    }

    private static Name prepare(String raw, boolean given) {
        String text = normalise(raw);
        if (text.isEmpty()) {
            return Name.NONE;
        }
        String compact = text.replace(" ", "");
        String[] words = text.split(" ");
        String sound = sound(compact);
        String otherSound = SOUND.doubleMetaphone(compact, true);
        if (otherSound == null || otherSound.isEmpty() || otherSound.equals(sound)) {
            otherSound = null;
        }
        int[] groups = ShortForms.groupsOf(text, words[0]);
        Set<String> forms = new LinkedHashSet<>();
        if (given) {
            forms.add(compact);
        } else {
            forms.addAll(Arrays.asList(words));
        }
        for (int group : groups) {
            forms.add(ShortForms.fullForm(group).replace(" ", ""));
        }
        String[] fullForms = forms.toArray(String[]::new);
        String[] keySounds = Arrays.stream(fullForms).map(NameForms::sound).distinct().toArray(String[]::new);
        return new Name(text, compact, words, sound, otherSound, groups, fullForms, keySounds);
    }

    /** The phonetic code; for a name with no Latin letters, the name itself (it still agrees with itself). */
    private static String sound(String compact) {
        String code = SOUND.doubleMetaphone(compact);
        return code == null || code.isEmpty() ? compact : code;
    }

    private static String plainLetters(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> String.valueOf(c);
        };
    }
}
