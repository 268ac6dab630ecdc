/**
 * The dashboard's SQL (schema {@code insight}): the facts events change ({@code FactStore}), adding to the tallies
 * ({@code TallyWriter}), reading them for the measures ({@code TallyStore}), and the rebuild
 * ({@code RebuildStore}), the only code in the module that reads other modules' tables; and the adult female
 * population per town ({@code PopulationStore}).
 */
package org.safeguard.insight.store;
