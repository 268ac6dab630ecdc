package org.safeguard.access.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals second-factor secrets: {@code safeguard.access.second-factor-key} (Base64, 256 bits) when
 * set; otherwise {@code <data-dir>/second-factor.key}, made on first start readable by its owner only, and read
 * at every start after. Losing the key means every member of staff sets up their app again (an ADMIN reset).
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorKey {

    static final String FILE_NAME = "second-factor.key";

    @Bean
    SecretSealing secretSealing(@Value("${safeguard.access.second-factor-key:}") String configured,
                                @Value("${safeguard.data-dir}") Path dataDir) {
        if (!configured.isBlank()) {
            return new SecretSealing(decode(configured.strip(), "safeguard.access.second-factor-key"));
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new SecretSealing(decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or make the second-factor key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException anotherNodeMadeIt) {
            // a second process starting at the same moment made it first: use theirs
        }
    }

    private static byte[] decode(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not Base64", e);
        }
    }
}
