package org.safeguard.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTests {

    @Test
    void accentsPunctuationCapitalsAndBlanksAreNormalisedAway() {
        assertThat(NameForms.normalise("José")).isEqualTo("jose");
        assertThat(NameForms.normalise("O'Brien")).isEqualTo(NameForms.normalise("OBRIEN")).isEqualTo("obrien");
        assertThat(NameForms.normalise("  Smith-Jones ")).isEqualTo(NameForms.normalise("smith  JONES"))
                .isEqualTo("smith jones");
        assertThat(NameForms.normalise("Zoë")).isEqualTo("zoe");
        assertThat(NameForms.normalise("Łukasz Størmer")).isEqualTo("lukasz stormer");
        assertThat(NameForms.normalise("Mary-Ann.")).isEqualTo("mary ann");
    }

    @Test
    void nothingLeftIsEmptyNeverAnException() {
        assertThat(NameForms.normalise(null)).isEmpty();
        assertThat(NameForms.normalise("   ")).isEmpty();
        assertThat(NameForms.normalise("--'.")).isEmpty();
        assertThat(NameForms.normalise("123")).isEmpty();
    }

    @Test
    void aShortFormStandsForItsFullName() {
        assertThat(NameForms.mayStandForEachOther("Jon", "Jonathan")).isTrue();
        assertThat(NameForms.mayStandForEachOther("BILL", "william")).isTrue();
        assertThat(NameForms.mayStandForEachOther("Peggy", "Margaret")).isTrue();
        assertThat(NameForms.mayStandForEachOther("Jack", "John")).isTrue();
        assertThat(NameForms.mayStandForEachOther("Katie", "Catherine")).isTrue();
        assertThat(NameForms.mayStandForEachOther("Bill", "Robert")).isFalse();
        assertThat(NameForms.mayStandForEachOther("", "")).isFalse();
    }

    @Test
    void aNicknameSharesTheBlockingSoundOfItsFullName() {
        assertThat(NameForms.given("Bill").keySounds).containsAnyOf(NameForms.given("William").keySounds);
        assertThat(NameForms.given("Liz").keySounds).containsAnyOf(NameForms.given("Elizabeth").keySounds);
    }

    @Test
    void namesThatSoundAlikeHaveTheSamePhoneticCode() {
        assertThat(NameForms.family("Smith").soundsLike(NameForms.family("Smyth"))).isTrue();
        assertThat(NameForms.given("Stephen").soundsLike(NameForms.given("Steven"))).isTrue();
        assertThat(NameForms.family("Smith").soundsLike(NameForms.family("Jones"))).isFalse();
    }
}
