import { error } from '@sveltejs/kit';
import { defaultSetup } from '$lib/lab/model';
import { allParameters } from '$lib/lab/parameters';
import { packFrame, prerenderLab } from '$lib/lab/runner';
import { site } from '$lib/server/site';
import { reviewedOn } from '$lib/ui/dates';

export function load() {
	const lab = site.lab;
	if (!lab) error(500, 'The lab content did not compile (content/lab/).');
	// One list of notes for the whole page: the prose's citations in order, then the sources of
	// the parameter table that the prose did not cite.
	const keys = [...lab.citations];
	for (const key of allParameters.flatMap((parameter) => parameter.cites)) if (!keys.includes(key)) keys.push(key);
	const notes = keys.map((key) => {
		const reference = site.references.find((candidate) => candidate.id === key);
		if (!reference) error(500, `The lab cites "${key}", which is not in content/references.json.`);
		return reference;
	});
	return {
		intro: lab.intro.html,
		guide: { introHtml: lab.experiments.html, experiments: lab.experiments.experiments },
		limits: lab.limits.html,
		notes,
		noteNumbers: Object.fromEntries(keys.map((key, index) => [key, index + 1])),
		reviewed: reviewedOn(lab.lastReviewed),
		// Run at build time, so the browser shows it without running it again (a long task at load).
		prerendered: packFrame(prerenderLab(defaultSetup))
	};
}
