package org.safeguard.safeguarding;

import org.safeguard.safeguarding.rules.BankHolidays;
import org.safeguard.safeguarding.rules.ContactWarning;
import org.safeguard.safeguarding.rules.SpecialistHours;
import org.safeguard.safeguarding.rules.SpocAllocation;
import org.safeguard.safeguarding.rules.WorkingDays;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The case rules built from the force's settings ({@code safeguard.safeguarding.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SafeguardingSettings.class)
@EnableScheduling
class SafeguardingConfiguration {

    @Bean
    BankHolidays bankHolidays(SafeguardingSettings settings) {
        return BankHolidays.englandAndWales().with(settings.extraBankHolidays());
    }

    @Bean
    WorkingDays workingDays(BankHolidays holidays) {
        return new WorkingDays(holidays);
    }

    @Bean
    SpecialistHours specialistHours(SafeguardingSettings settings, BankHolidays holidays) {
        return new SpecialistHours(settings.specialistHoursStart(), settings.specialistHoursEnd(),
                settings.specialistDays(), holidays);
    }

    @Bean
    SpocAllocation spocAllocation(SpecialistHours hours) {
        return new SpocAllocation(hours);
    }

    @Bean
    ContactWarning contactWarning(SafeguardingSettings settings) {
        return new ContactWarning(settings.contactWarningPeople(), settings.contactWarningWindow());
    }
}
