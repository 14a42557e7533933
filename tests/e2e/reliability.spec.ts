import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { mulberry32 } from '../../src/lib/figures/random';
import { waitForHydration } from './helpers';
import { modelDescription } from './model-truth';
import { allRoutes, chapters, fullSweep } from './site-index';

const origin = 'http://localhost:4173';

/** What the figure shows: its description and the placement of every keyed part. */
async function drawnState(page: Page) {
	return page.locator('[data-figure]').first().evaluate((figure) => ({
		step: figure.getAttribute('data-step'),
		description: figure.querySelector('[data-figure-description]')?.textContent?.trim() ?? '',
		parts: [...figure.querySelectorAll('[data-key]')].map((part) => `${part.getAttribute('data-key')}@${part.getAttribute('data-x')},${part.getAttribute('data-y')}`).sort().join(' ')
	}));
}

async function settle(page: Page) {
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The scroll engine's active step and what the figure draws, read in one round trip. */
async function snapshot(page: Page) {
	const [active, drawn] = await Promise.all([page.locator('[data-step-id][aria-current="step"]').first().getAttribute('id'), drawnState(page)]);
	return { active, drawn };
}

// `npm test` runs the long random walk on two chapters whose figures differ most (the lens-aware
// overview, the time-course chart); jumps.spec checks every chapter's jumps deterministically.
// `npm run test:sweep` walks every chapter, 300 jumps each.
const jumps = Number(process.env.RANDOM_JUMPS ?? (fullSweep ? 300 : 120));
const seed = Number(process.env.RANDOM_SEED ?? 20261128);
const walked = new Set(['why-ketamine-is-different', 'hours-days-weeks']);

for (const [chapterIndex, chapter] of chapters.filter((candidate) => candidate.figure).entries()) {
	if (!fullSweep && !walked.has(chapter.slug)) continue;
	test(`chapter ${chapter.slug}: ${jumps} random jumps never leave the figure and the prose out of step (seed ${seed + chapterIndex})`, async ({ page }) => {
		// About 0.4 s a jump on an idle machine; CI shares two cores between two workers.
		test.setTimeout(60_000 + jumps * 1500);
		await page.setViewportSize({ width: 1280, height: 800 });
		// Truth for each step: the describer's words from the pure model (independent of the page),
		// and the drawn parts of a clean deep link in a fresh document, which must agree with them.
		const truth = new Map<string, Awaited<ReturnType<typeof drawnState>>>();
		const fromModel = modelDescription[chapter.figure!];
		for (const step of chapter.steps) {
			await page.goto('about:blank');
			await page.goto(`${chapter.path}#${step}`);
			await waitForHydration(page);
			await expect(page.locator('[data-figure]').first()).toHaveAttribute('data-step', step);
			const clean = await drawnState(page);
			if (fromModel) expect(clean.description, `${chapter.slug}#${step}: a deep link draws what the model says`).toBe(fromModel(step));
			truth.set(step, clean);
		}
		// Seeded, so a failing sequence replays exactly.
		const random = mulberry32(seed + chapterIndex);
		const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
		const log: string[] = [];
		for (let jump = 0; jump < jumps; jump += 1) {
			const action = pick(['scroll', 'scroll', 'hash', 'back', 'forward', 'resize', 'lens', 'motion', 'key']);
			log.push(action);
			if (action === 'scroll') {
				const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
				await page.evaluate((y) => window.scrollTo(0, y), Math.floor(random() * height));
			} else if (action === 'hash') {
				await page.evaluate((id) => (location.hash = id), pick(chapter.steps));
			} else if (action === 'back') {
				await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
			} else if (action === 'forward') {
				await page.goForward({ waitUntil: 'commit' }).catch(() => undefined);
			} else if (action === 'resize') {
				await page.setViewportSize(random() < 0.5 ? { width: 390, height: 844 } : { width: 1280, height: 800 });
			} else if (action === 'lens') {
				await page.evaluate((lens) => (document.querySelector<HTMLButtonElement>(`.lens-switch button:nth-of-type(${lens})`)?.click()), 1 + Math.floor(random() * 3));
			} else if (action === 'motion') {
				await page.evaluate(() => document.querySelector<HTMLButtonElement>('.motion-toggle')?.click());
			} else {
				await page.evaluate(() => document.querySelector<HTMLElement>('.step-nav a')?.focus());
				await page.keyboard.press(pick(['ArrowRight', 'ArrowLeft', 'Home', 'End']));
			}
			await settle(page);
			if (!page.url().startsWith(`${origin}${chapter.path}`)) {
				await page.goto(`${chapter.path}#${pick(chapter.steps)}`);
				await waitForHydration(page);
			}
			const consistent = ({ active, drawn }: Awaited<ReturnType<typeof snapshot>>) =>
				active === drawn.step && drawn.description === truth.get(drawn.step!)?.description && drawn.parts === truth.get(drawn.step!)?.parts;
			// Usually consistent at once; after a resize or history move the observers may need a frame or two.
			if (!consistent(await snapshot(page))) {
				await expect
					.poll(async () => consistent(await snapshot(page)), { message: `after jump ${jump + 1} (${log.slice(-5).join(', ')})`, timeout: 3000, intervals: [50, 100, 200] })
					.toBe(true);
			}
		}
	});
}

test('no console errors, no failed or foreign requests, no cookies, and only the two choices and the fonts flag in storage, on every route and step', async ({ page, context }) => {
	test.setTimeout(180_000);
	const problems: string[] = [];
	const requests = new Set<string>();
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
	page.on('requestfailed', (request) => {
		// Cancelled by the move to the next page (net::ERR_ABORTED) is not a failure of the site.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()}: ${request.failure()?.errorText}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && !response.url().endsWith('/404.html')) problems.push(`${response.status()} ${response.url()}`);
	});
	page.on('request', (request) => requests.add(request.url()));
	for (const route of allRoutes) {
		await page.goto(route);
		if (route !== '/handout/') await waitForHydration(page);
		const chapter = chapters.find((candidate) => candidate.path === route);
		for (const step of chapter?.steps ?? []) {
			await page.evaluate((id) => (location.hash = id), step);
			await expect(page.locator(`#${step}`)).toHaveAttribute('aria-current', 'step');
		}
		const clinician = page.getByRole('button', { name: 'Clinician' });
		if (await clinician.count()) await clinician.first().click();
	}
	const foreign = [...requests].filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
	console.log(`privacy: ${requests.size} distinct requests over ${allRoutes.length} routes; ${foreign.length} left the origin`);
	expect(foreign).toEqual([]);
	expect(problems).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	const storage = await page.evaluate(() => Object.keys(localStorage).sort());
	expect(storage.filter((key) => !['ketamine-explainer:lens', 'ketamine-explainer:motion', 'ketamine-explainer:fonts'].includes(key))).toEqual([]);
	expect(await page.evaluate(() => document.cookie)).toBe('');
});

// Every chapter with a figure: some figures read settings from the URL (and write them back).
for (const chapter of chapters.filter((candidate) => candidate.figure)) {
	test(`hostile query strings and hashes are ignored safely on ${chapter.slug}`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		for (const junk of ['?lens=<script>alert(1)</script>', `?lens=${'x'.repeat(5000)}`, '#../../etc/passwd', `#${'%'.repeat(300)}`, '?experiments=rm -rf,<img src=x>', '?concentration=1e999&weightKg=NaN']) {
			await page.goto(`${chapter.path}${junk}`);
			await waitForHydration(page);
			await expect(page.locator('html')).toHaveAttribute('data-lens', /^(patient|student|clinician)$/);
			await expect(page.locator('[data-figure]').first()).toHaveAttribute('data-step', chapter.steps[0]!);
			await expect(page.locator('[data-figure-description]').first()).not.toContainText(/NaN|undefined|Infinity/);
		}
		expect(errors).toEqual([]);
	});
}

test('every internal link and anchor in the built site resolves', () => {
	const root = join(process.cwd(), 'build');
	expect(existsSync(join(root, 'index.html'))).toBe(true);
	const pages = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) pages.set(`/${relative(root, path).split(sep).join('/')}`.replace(/index\.html$/, ''), readFileSync(path, 'utf8'));
		}
	};
	walk(root);
	const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
	const broken: string[] = [];
	let checked = 0;
	for (const [from, html] of pages) {
		for (const match of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
			const href = match[1]!.replace(/&amp;/g, '&');
			if (/^(https?:|mailto:)/.test(href)) continue;
			const url = new URL(href, `${origin}${from}`);
			const target = pages.get(url.pathname) ?? (url.pathname.endsWith('.html') ? undefined : pages.get(`${url.pathname}/`));
			checked += 1;
			if (target === undefined) broken.push(`${from} -> ${href} (no page)`);
			else if (url.hash && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} -> ${href} (no such anchor)`);
		}
	}
	console.log(`link crawl: ${pages.size} pages, ${checked} internal links and anchors checked`);
	expect(broken).toEqual([]);
});
