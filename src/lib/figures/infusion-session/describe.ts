import { sessionWindow, type InfusionSessionScene } from './model';

/** A duration in minutes as words, to the nearest half hour: an honest approximation, not a reading. */
export function aboutHours(minutes: number): string {
	const halves = Math.max(1, Math.round(minutes / 30));
	const hours = halves / 2;
	return `about ${hours === 0.5 ? 'half an hour' : hours === 1 ? '1 hour' : `${hours} hours`}`;
}

/** When the band empties, in words: approximate, and tied to the model level it follows. */
function levelFalls(scene: InfusionSessionScene): string {
	return `the level falls below ${scene.feeling.belowNgPerMl} ng/mL ${aboutHours(scene.feeling.fadedByMin - sessionWindow.dripMin)} after the drip ends`;
}

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeInfusionSession(scene: InfusionSessionScene): string {
	const [small, large] = scene.bloodPressure.studies;
	switch (scene.step) {
		case 'before':
			return 'A timeline of one session, from arrival to home. The first part is lit: before the drip, staff ask about your health and check your blood pressure, the first of several checks marked along the timeline.';
		case 'during':
			return `The 40-minute drip is lit. Under it, an illustrative band shows the floaty, detached feeling. It follows a model drug level: it grows during the drip, is strongest around ${scene.feeling.peakMin} minutes, when the drip ends, and eases over the first hour or two after that. In the model, ${levelFalls(scene)}; ${scene.feeling.belowNgPerMl} ng/mL is the bottom of the range in which the feeling follows the level. In one trial that rated people at 40, 80, 110 and 230 minutes, dissociative symptoms stood out only at the 40-minute rating, so in practice the feeling may ease sooner than the band shows.`;
		case 'blood-pressure':
			return (
				`The blood-pressure row is lit. Checks are marked before, during and after the drip. Two bars show average peak rises from two clinic studies: ` +
				`+${small!.systolic}/+${small!.diastolic} mmHg at ${small!.atMin} minutes in ${small!.infusions} drips (${small!.label}), and +${large!.systolic}/+${large!.diastolic} mmHg at ${large!.atMin} minutes in ${large!.infusions.toString().replace(/\B(?=(\d{3})+$)/g, ',')} drips (${large!.label}). Pressure settles back after the drip.`
			);
		case 'after':
			return `The rest period after the drip is lit. You stay while staff watch you, and the feeling eases as the drug level falls (in the model, ${levelFalls(scene)}). For ketamine by drip, ${scene.observation.ivKetamine}; for the esketamine nasal spray, US rules say at least ${scene.observation.esketamineMinimumHours} hours.`;
		case 'going-home':
			return "The last part, going home, is lit. Someone else drives you home. The esketamine label says no driving until the next day, after a night's sleep; for a drip, your clinic sets the rule, so plan no driving until the next day unless it tells you otherwise.";
		case 'who-should-ask':
			return `The before-the-drip part is lit again, with the main things to tell your team first: ${(scene.questions ?? []).map((q) => q.toLowerCase()).join('; ')}. The full list is in the text.`;
	}
}
