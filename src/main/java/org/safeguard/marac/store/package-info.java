/** The marac schema's SQL, always parameterised. */
package org.safeguard.marac.store;
