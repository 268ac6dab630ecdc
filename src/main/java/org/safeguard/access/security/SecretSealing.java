package org.safeguard.access.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets for the database with AES-256-GCM: a fresh 12-byte nonce before the ciphertext, and the
 * account id as associated data, so a sealed secret copied onto another account's row does not open.
 */
public final class SecretSealing {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretSealing(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("safeguard.access.second-factor-key must be 256 bits (32 bytes, Base64)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    public byte[] seal(byte[] secret, long accountId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, secret, accountId);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    public byte[] open(byte[] sealed, long accountId) {
        ByteBuffer buffer = ByteBuffer.wrap(sealed);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] rest = new byte[buffer.remaining()];
        buffer.get(rest);
        return run(Cipher.DECRYPT_MODE, nonce, rest, accountId);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input, long accountId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(accountId).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a second-factor secret could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened: was safeguard.access.second-factor-key changed?"), e);
        }
    }
}
