package org.safeguard.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.safeguard.access.rules.AccessPolicy;
import org.safeguard.access.rules.PolicyFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** Reads the access policy table at start-up; a bad row stops the application, naming the line. */
@Configuration(proxyBeanMethods = false)
class NeedToKnowConfiguration {

    static final String POLICY = "access/policy.csv";

    @Bean
    AccessPolicy accessPolicy() throws IOException {
        try (InputStream in = new ClassPathResource(POLICY).getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return PolicyFile.read(POLICY, lines);
        }
    }
}
