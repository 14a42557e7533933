import type { InfusionSessionScene } from './model';

/** Plain words for what the figure shows now: read by screen readers, printed in the handout. */
export function describeInfusionSession(scene: InfusionSessionScene): string {
	const [small, large] = scene.bloodPressure.studies;
	switch (scene.step) {
		case 'before':
			return 'A timeline of one session, from arrival to home. The first part is lit: before the drip, staff ask about your health and check your blood pressure, the first of several checks marked along the timeline.';
		case 'during':
			return `The 40-minute drip is lit. Under it, an illustrative band shows the floaty, detached feeling: it follows a model drug level, grows during the drip, is strongest around ${scene.feeling.peakMin} minutes, when the drip ends, and has faded by about ${scene.feeling.fadedByMin} minutes.`;
		case 'blood-pressure':
			return (
				`The blood-pressure row is lit. Checks are marked before, during and after the drip. Two bars show average peak rises from two clinic studies: ` +
				`+${small!.systolic}/+${small!.diastolic} mmHg at ${small!.atMin} minutes in ${small!.infusions} drips (${small!.label}), and +${large!.systolic}/+${large!.diastolic} mmHg at ${large!.atMin} minutes in ${large!.infusions.toString().replace(/\B(?=(\d{3})+$)/g, ',')} drips (${large!.label}). Pressure settles back after the drip.`
			);
		case 'after':
			return `The rest period after the drip is lit. You stay while staff watch you and the feeling fades. For ketamine by drip, ${scene.observation.ivKetamine}; for the esketamine nasal spray, US rules say at least ${scene.observation.esketamineMinimumHours} hours.`;
		case 'going-home':
			return 'The last part, going home, is lit. Someone else drives you home, and there is no driving until the next day.';
		case 'who-should-ask':
			return `The before-the-drip part is lit again, with the health questions to raise with your doctor first: ${(scene.questions ?? []).map((q) => q.toLowerCase()).join('; ')}.`;
	}
}
