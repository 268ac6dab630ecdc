/**
 * Perpetrators (HMIC: the specialist team knew its highest-harm perpetrators but the list never reached
 * local officers; nobody reliably knew when a perpetrator was released or bailed). Owns:
 * <ul>
 * <li>the <b>RFG priority list</b> ({@link org.safeguard.offender.PriorityList}): every suspect of a domestic
 *     abuse incident ranked by recency, frequency and gravity of their offending and their number of victims
 *     ({@code rules.RfgScoring}, the method written there), refreshed one perpetrator at a time as incidents and
 *     offences are recorded and records linked, and in full nightly or on demand;</li>
 * <li><b>orders and bail conditions</b> ({@link org.safeguard.offender.Orders}): DVPN, DVPO, DAPN, DAPO,
 *     non-molestation and restraining orders, pre-charge and court bail, with conditions, breaches linked to
 *     incidents, a calendar of endings, {@link org.safeguard.offender.OrderExpiring} three days before one ends
 *     and {@link org.safeguard.offender.OrderEndedEarly} when one is ended early;</li>
 * <li><b>custody events</b> ({@link org.safeguard.offender.Custody}): arrest, charge, bail, release under
 *     investigation, remand, release, from a page or an import, each published as a
 *     {@link org.safeguard.offender.CustodyDecision} for the victims' SPOCs;</li>
 * <li><b>programmes and pathways</b> ({@link org.safeguard.offender.Programmes}): referral with a suitability
 *     assessment, monthly case-management reviews, a review within 24 hours of a risk alert, and the
 *     engage-or-convict pathway with its reason;</li>
 * <li>the <b>perpetrator profile</b> and what guards it ({@link org.safeguard.offender.Perpetrators}): all
 *     incidents across victims (every linked record), victims over time, orders, custody, programmes, markers,
 *     sections from other modules ({@link org.safeguard.offender.PerpetratorSectionContributor}: the victims'
 *     cases come from safeguarding under its access rules); 'right to know' prompts when a perpetrator near the
 *     top of the list is recorded with a new partner; records of the organisation's own staff restricted to
 *     professional standards and the specialist team.</li>
 * </ul>
 * Adds "Suspects" (each linked to their profile, for the roles that may read one) to every incident's page.
 * Listens to intake's {@code IncidentRecorded} and {@code OffenceRecorded} and identity's {@code PersonsLinked}
 * and {@code PersonsUnlinked}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Perpetrators")
package org.safeguard.offender;
