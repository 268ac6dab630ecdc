/**
 * The web shell every page sits in: the GOV.UK layout (service navigation by role, phase banner,
 * demo banner, footer), the home page, GOV.UK error pages that never show a stack trace, and RFC
 * 9457 problem JSON for every API error. Modules add their own links to the navigation by
 * declaring {@link org.safeguard.shell.NavigationLink} beans, and a number after a link's label with
 * a {@link org.safeguard.shell.NavigationCount}. Pages show times with {@code UkTime}
 * ({@code @ukTime}) and read typed dates and times with {@code TypedDates}. Publishes no events; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.safeguard.shell;
