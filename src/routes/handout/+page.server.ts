import { renderSVG } from 'uqr';
import { base } from '$app/paths';
import { site } from '$lib/server/site';
import { reviewedOn } from '$lib/ui/dates';

// The printed QR code needs the site's public address; set SITE_ORIGIN when building for a host.
const siteOrigin = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/$/, '');

export function load() {
	const siteUrl = `${siteOrigin}${base}/`;
	const session = site.chapters.find((chapter) => chapter.slug === 'during-an-infusion');
	const pictured = site.chapters
		.filter((chapter) => chapter.figure !== null && chapter.slug !== 'during-an-infusion')
		.map((chapter) => {
			const step = chapter.steps.find((candidate) => candidate.id === chapter.keyStep)!;
			return { number: chapter.number, slug: chapter.slug, title: chapter.title, summary: chapter.summary, figure: chapter.figure!, step: { id: step.id, caption: step.caption }, points: chapter.steps.map((s) => s.caption) };
		});
	return {
		siteUrl,
		qr: renderSVG(siteUrl, { border: 1 }),
		pictured,
		session: session
			? { title: session.title, figure: session.figure, steps: session.steps.map(({ id, caption, html }) => ({ id, caption, html })), keyStep: session.keyStep }
			: null,
		notes: session ? session.citations.map((key) => site.references.find((reference) => reference.id === key)!) : [],
		reviewed: reviewedOn(site.lastReviewed)
	};
}
