/**
 * The performance dashboard's pages: the overview with every section's headline figures, each section with its
 * charts drawn on the server as accessible SVG and the table beside each, and every table as CSV. Thin: the query
 * becomes a {@code DashboardFilter} and a call on the {@code Insight} facade; the filter's choices come from the
 * tallies. And the adult female population by town ({@code /insight/population}, the {@code Populations}
 * facade): administrators set a town's figure, analysts read them. No script and no inline style (the Content-Security-Policy forbids both).
 */
package org.safeguard.insight.web;
