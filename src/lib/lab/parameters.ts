/**
 * The NMDA channel lab's numbers, each with its source and how sure we are, from the kinetics
 * sheet (../shared/science/nmda-kinetics.md; its table row is given as `row`). The page prints
 * these; nothing here is a number the model invents without saying so.
 *
 * Units inside the model: time in ms, voltage in mV, Mg2+ and glutamate in mM, ketamine in µM,
 * rates in per ms, conductance in pS, current in pA.
 */

export type EvidenceLabel = 'VERIFIED' | 'VERIFIED-2' | 'DERIVED';

export interface Parameter {
	value: number;
	unit: string;
	/** What it is, in a few words, for the page's parameter table. */
	name: string;
	label: EvidenceLabel;
	/** Where it comes from in words: the paper, or for DERIVED values how they were obtained. */
	source: string;
	row: string;
	/** The references behind it (keys in content/references.json), cited in the page's table. */
	cites: readonly string[];
}

const parameter = (name: string, value: number, unit: string, label: EvidenceLabel, source: string, row: string, cites: readonly string[] = []): Parameter => ({
	name,
	value,
	unit,
	label,
	source,
	row,
	cites
});

/** Gating: the five-state scheme C0 ⇄ C1 ⇄ C2 ⇄ O, C2 ⇄ D, without statistical factors (as fitted). */
export const gating = {
	binding: parameter('Glutamate binding rate', 5, 'per mM per ms', 'VERIFIED-2', 'Destexhe, Mainen & Sejnowski 1998 kinetic scheme, fitted to Hessler et al. 1993', 'G1', ['destexhe1998']),
	unbinding: parameter('Glutamate unbinding rate', 0.0129, 'per ms', 'VERIFIED-2', 'Destexhe, Mainen & Sejnowski 1998', 'G1', ['destexhe1998']),
	desensitisation: parameter('Desensitisation rate', 0.0084, 'per ms', 'VERIFIED-2', 'Destexhe, Mainen & Sejnowski 1998', 'G1', ['destexhe1998']),
	resensitisation: parameter('Recovery from desensitisation', 0.0068, 'per ms', 'VERIFIED-2', 'Destexhe, Mainen & Sejnowski 1998', 'G1', ['destexhe1998']),
	opening: parameter('Opening rate', 0.0465, 'per ms', 'VERIFIED-2', 'Destexhe, Mainen & Sejnowski 1998', 'G1', ['destexhe1998']),
	closing: parameter('Closing rate', 0.0738, 'per ms', 'VERIFIED-2', 'Destexhe, Mainen & Sejnowski 1998', 'G1', ['destexhe1998'])
} as const;

/** Mg2+ block of open channels, instantaneous: B(V) = 1 / (1 + [Mg]/3.57 mM · exp(−0.062·V)). */
export const magnesium = {
	halfBlockAtZeroMv: parameter('Mg2+ block constant at 0 mV', 3.57, 'mM', 'VERIFIED-2', 'Jahr & Stevens 1990 (constants as quoted in ModelDB and BrainPy)', 'M1', ['jahr1990']),
	voltageSlope: parameter('Mg2+ block voltage slope', 0.062, 'per mV', 'VERIFIED-2', 'Jahr & Stevens 1990', 'M1', ['jahr1990']),
	physiological: parameter('Magnesium outside cells', 1, 'mM', 'VERIFIED', 'Nowak et al. 1984', 'M3', ['nowak1984'])
} as const;

export const channel = {
	conductance: parameter('Single-channel conductance', 50, 'pS', 'VERIFIED', 'Human dentate granule cells from epilepsy surgery, J Physiol 1999;518:55–70, PMID 10373689 (51 ± 3 pS main level; authors not yet checked, so not in the notes)', 'C1'),
	reversal: parameter('Reversal potential', 0, 'mV', 'VERIFIED-2', 'the value used in Destexhe & Mainen’s NMDA5.mod model file and in NMDA receptor reviews (a model’s setting, not a measurement we read)', 'C2', ['destexhe1998'])
} as const;

/** One release of glutamate into the cleft: 1.1 mM falling with a 1.2 ms time constant. */
export const release = {
	peak: parameter('Cleft glutamate at release', 1.1, 'mM', 'VERIFIED', 'Clements et al. 1992', 'T1', ['clements1992']),
	decay: parameter('Cleft glutamate decay time constant', 1.2, 'ms', 'VERIFIED', 'Clements et al. 1992', 'T1', ['clements1992']),
	continuous: parameter('Glutamate held on (saturating)', 1, 'mM', 'DERIVED', 'our choice: saturating for the scheme above', 'G1')
} as const;

/**
 * Ketamine: open-channel block with trapping. Rates for one channel are DERIVED from Gilling
 * 2009's whole-cell rates and IC50 (0.71 µM at −70 mV) and the scheme's steady open probability
 * (0.22); all the voltage dependence (δ = 0.79) is put on the unblocking rate.
 */
export const ketamine = {
	blockRate: parameter('Ketamine block rate (open channel)', 0.68e-3, 'per µM per ms', 'DERIVED', 'Gilling et al. 2009 whole-cell rate ÷ the scheme’s steady open probability 0.22', 'K4', ['gilling2009']),
	unblockRateAtMinus70: parameter('Ketamine unblock rate at −70 mV', 0.48e-3, 'per ms', 'DERIVED', 'set so unblock ÷ block rate = the IC50 of Gilling et al. 2009 (0.71 µM); their own unblock rate (0.22 per s) would give 1.0 per s here: the abstract’s rates and IC50 disagree, and we chose the IC50', 'K4', ['gilling2009']),
	electricalDistance: parameter('Voltage dependence of ketamine block (δ)', 0.79, '', 'VERIFIED', 'Gilling et al. 2009', 'K2', ['gilling2009']),
	thermalVoltage: parameter('RT/F', 25.4, 'mV', 'DERIVED', 'physical constants at 22 °C', 'K2'),
	escapeRate: parameter('Escape from a closed (trapped) channel', -Math.log(0.86) / 120_000, 'per ms', 'DERIVED', 'Mealing et al. 1999: 86% of block still trapped after 120 s without agonist', 'K5', ['mealing1999']),
	sFactor: parameter('S-ketamine block rate, times racemic', 1.65, '', 'DERIVED', 'Ebert et al. 1997: Ki 0.3 µM (S) and 1.4 µM (R); scaled so a 50:50 mix competing for one site gives the racemic rate, assuming Gilling’s IC50 was for racemic ketamine (our calculation)', 'K7b', ['ebert1997']),
	rFactor: parameter('R-ketamine block rate, times racemic', 0.35, '', 'DERIVED', 'Ebert et al. 1997: Ki 1.4 µM (R) against 0.3 µM (S), scaled as the S-ketamine factor above (our calculation)', 'K7b', ['ebert1997']),
	infusionPlasma: parameter('Plasma level, 0.5 mg/kg over 40 min (not brain)', 0.78, 'µM', 'VERIFIED-2', 'Zarate et al. 2006 (185 ng/mL), as tabulated by Zanos et al. 2018', 'P2', ['zarate2006', 'zanos2018'])
} as const;

export type KetamineForm = 'racemic' | 'S' | 'R';

export const formFactor: Record<KetamineForm, number> = { racemic: 1, S: ketamine.sFactor.value, R: ketamine.rFactor.value };

/** Every parameter, in the order the page's table lists them. */
export const allParameters: readonly Parameter[] = [...Object.values(gating), ...Object.values(magnesium), ...Object.values(channel), ...Object.values(release), ...Object.values(ketamine)];
