package org.safeguard.access;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.safeguard.access.rules.Base32;
import org.safeguard.access.rules.OneTimePasswords;
import org.safeguard.access.rules.OneTimePasswords.Check;
import org.safeguard.access.rules.RecoveryCodes;
import org.safeguard.access.security.SecretSealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The second factor's rules alone: RFC 6238 codes, the drift window, no replay, Base32, recovery codes, sealing. */
class SecondFactorCodeTests {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final OneTimePasswords sixDigits = OneTimePasswords.sixDigits();

    @Test
    void rfc6238AppendixBSha1VectorsWithEightDigits() {
        OneTimePasswords eight = new OneTimePasswords(8);
        assertThat(eight.codeFor(RFC_SECRET, OneTimePasswords.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("94287082");
        assertThat(eight.codeFor(RFC_SECRET, OneTimePasswords.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("07081804");
        assertThat(eight.codeFor(RFC_SECRET, OneTimePasswords.stepAt(Instant.ofEpochSecond(1111111111)))).isEqualTo("14050471");
        assertThat(eight.codeFor(RFC_SECRET, OneTimePasswords.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("89005924");
        assertThat(eight.codeFor(RFC_SECRET, OneTimePasswords.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("69279037");
        assertThat(eight.codeFor(RFC_SECRET, OneTimePasswords.stepAt(Instant.ofEpochSecond(20000000000L)))).isEqualTo("65353130");
    }

    @Test
    void peopleTypeTheLastSixDigitsOfTheSameCode() {
        assertThat(sixDigits.codeFor(RFC_SECRET, OneTimePasswords.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void aCodeOneStepEitherSideOfNowIsAcceptedForPhoneClockDrift() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = OneTimePasswords.stepAt(now);
        for (long drift = -1; drift <= 1; drift++) {
            assertThat(sixDigits.check(RFC_SECRET, sixDigits.codeFor(RFC_SECRET, step + drift), now, OptionalLong.empty(), false))
                    .isEqualTo(new Check.Accepted(step + drift));
        }
    }

    @Test
    void aCodeTwoStepsOldHasExpiredAndOneTwoStepsAheadIsWrong() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = OneTimePasswords.stepAt(now);
        assertThat(sixDigits.check(RFC_SECRET, sixDigits.codeFor(RFC_SECRET, step - 2), now, OptionalLong.empty(), false))
                .isInstanceOf(Check.Expired.class);
        assertThat(sixDigits.check(RFC_SECRET, sixDigits.codeFor(RFC_SECRET, step + 2), now, OptionalLong.empty(), false))
                .isInstanceOf(Check.Wrong.class);
    }

    @Test
    void aCodeCannotBeUsedTwiceOnlyALaterStep() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = OneTimePasswords.stepAt(now);
        String code = sixDigits.codeFor(RFC_SECRET, step);
        assertThat(sixDigits.check(RFC_SECRET, code, now, OptionalLong.of(step), false)).isInstanceOf(Check.Expired.class);
        assertThat(sixDigits.check(RFC_SECRET, sixDigits.codeFor(RFC_SECRET, step - 1), now, OptionalLong.of(step), false))
                .isInstanceOf(Check.Expired.class);
        assertThat(sixDigits.check(RFC_SECRET, sixDigits.codeFor(RFC_SECRET, step + 1), now, OptionalLong.of(step), false))
                .isEqualTo(new Check.Accepted(step + 1));
    }

    @Test
    void theApiMayUseTheStepLastUsedAgainButNotAnEarlierOne() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = OneTimePasswords.stepAt(now);
        assertThat(sixDigits.check(RFC_SECRET, sixDigits.codeFor(RFC_SECRET, step), now, OptionalLong.of(step), true))
                .isEqualTo(new Check.Accepted(step));
        assertThat(sixDigits.check(RFC_SECRET, sixDigits.codeFor(RFC_SECRET, step - 1), now, OptionalLong.of(step), true))
                .isInstanceOf(Check.Expired.class);
    }

    @Test
    void aWrongOrMalformedCodeIsWrongAndSpacesDoNotMatter() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = sixDigits.codeFor(RFC_SECRET, OneTimePasswords.stepAt(now));
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        for (String typed : List.of(wrong, "12345", "abcdef", "", "1234567")) {
            assertThat(sixDigits.check(RFC_SECRET, typed, now, OptionalLong.empty(), false)).isInstanceOf(Check.Wrong.class);
        }
        assertThat(sixDigits.check(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, OptionalLong.empty(), false))
                .isInstanceOf(Check.Accepted.class);
    }

    @Test
    void base32IsRfc4648AndReadsBackItsGroupedForm() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Base32.grouped("MZXW6YTBOI")).isEqualTo("MZXW 6YTB OI");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.encode(RFC_SECRET)).hasSize(32);
    }

    @Test
    void tenDifferentRecoveryCodesReadTheSameWhateverTheCaseOrDash() {
        List<String> codes = RecoveryCodes.generate(new SplittableRandom(1));
        assertThat(codes).hasSize(10);
        assertThat(new HashSet<>(codes)).hasSize(10);
        assertThat(codes).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        String code = codes.get(0);
        assertThat(RecoveryCodes.normalised(" " + code.toUpperCase().replace("-", " ") + " ")).isEqualTo(code);
    }

    @Test
    void aSealedSecretOpensOnlyForItsOwnAccount() {
        SecretSealing sealing = new SecretSealing(new byte[32]);
        byte[] sealed = sealing.seal(RFC_SECRET, 7);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1234567890");
        assertThat(sealing.open(sealed, 7)).isEqualTo(RFC_SECRET);
        assertThatThrownBy(() -> sealing.open(sealed, 8)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSealing(new byte[16])).hasMessageContaining("256 bits");
    }
}
