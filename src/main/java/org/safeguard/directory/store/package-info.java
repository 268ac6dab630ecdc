/** The partner services as stored in {@code directory.partner_service}. */
package org.safeguard.directory.store;
