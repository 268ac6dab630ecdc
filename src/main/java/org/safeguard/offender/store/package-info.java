/**
 * The offender module's SQL (schema {@code offender}, migration V14), always parameterised: the RFG list and its
 * runs ({@code RfgStore}: COPY for a full run, one statement per refresh), orders with conditions and breaches,
 * custody events, programme referrals and reviews, 'right to know' prompts and staff-involved records.
 */
package org.safeguard.offender.store;
