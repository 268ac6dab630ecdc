package org.safeguard.identity.linkage;

/**
 * A name prepared once for comparison: normalised ({@link NameForms#normalise}), without spaces, its words,
 * its phonetic codes, the short-form groups it belongs to (were it a given name), and the sounds its blocking keys use.
 */
final class Name {

    static final Name NONE = new Name("", "", new String[0], null, null, new int[0], new String[0], new String[0]);

    final String text;
    final String compact;
    final String[] words;
    final String sound;
    final String otherSound;
    final int[] groups;
    /**
     * The forms blocking keys use: a given name itself, or a family name's words, and the full forms of the
     * short-form groups it is in (a family name may be a given name typed in the wrong place).
     */
    final String[] fullForms;
    /** The sounds of {@link #fullForms}, for blocking keys. */
    final String[] keySounds;

    Name(String text, String compact, String[] words, String sound, String otherSound, int[] groups,
         String[] fullForms, String[] keySounds) {
        this.text = text;
        this.compact = compact;
        this.words = words;
        this.sound = sound;
        this.otherSound = otherSound;
        this.groups = groups;
        this.fullForms = fullForms;
        this.keySounds = keySounds;
    }

    boolean isEmpty() {
        return compact.isEmpty();
    }

    char initial() {
        return compact.charAt(0);
    }

    boolean sharesAGroupWith(Name other) {
        for (int group : groups) {
            for (int otherGroup : other.groups) {
                if (group == otherGroup) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean soundsLike(Name other) {
        return sound != null && other.sound != null && (sound.equals(other.sound) || sound.equals(other.otherSound)
                || (otherSound != null && (otherSound.equals(other.sound) || otherSound.equals(other.otherSound))));
    }

    /** Every word of this name is a word of the other, which has more ("smith" in "smith jones"). */
    boolean isPartOf(Name other) {
        if (words.length >= other.words.length) {
            return false;
        }
        for (String word : words) {
            if (!java.util.Arrays.asList(other.words).contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
