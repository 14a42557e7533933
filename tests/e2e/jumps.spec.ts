import { expect, test, type Page } from '@playwright/test';
import { mulberry32 } from '../../src/lib/figures/random';
import { waitForHydration } from './helpers';
import { chapters } from './site-index';

// Issue #16: the active step must follow from where the reader is, not from how they got there.
// After every jump (keys, a scroll to a point, a resize, a lens switch) this spec works out the
// step the reader is at from the page's own geometry, without asking the scroll engine, and
// checks that the figure and the prose's aria-current both show it.

// A failure message gives the scroll position, the line and every step's top; the trace keeps
// the list of actions but not a DOM snapshot per action, which made this spec 2.5x slower.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false } });

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const jumpsPerRun = Number(process.env.JUMPS ?? 12);
const seed = Number(process.env.JUMPS_SEED ?? 20260516);

/**
 * Waits until scrolling has stopped: scrollY unchanged over two animation frames, after at least a
 * few frames (a keyboard scroll is animated, and its first frame can come a frame or two after the
 * key). Then, once that frame's layout and observers have run, reads what the reader sees and what
 * the page shows, in one go. Nothing here waits for the engine: it has the frames in which the
 * scroll settled, and no more.
 */
async function settleAndRead(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ expected: string[]; figure: string | null; current: string[]; scrollY: number; lineY: number; tops: number[] }>((resolve) => {
				let last = scrollY;
				let still = 0;
				let frames = 0;
				const tick = () => {
					frames += 1;
					if (scrollY === last) still += 1;
					else [last, still] = [scrollY, 0];
					if ((still < 2 || frames < 4) && frames < 600) return void requestAnimationFrame(tick);
					setTimeout(read);
				};
				const read = () => {
					// The rule, from the geometry: the trigger line sits at 50% of the viewport on wide
					// screens and at 72% on narrow ones (the layout's own breakpoint, 56rem).
					const lineY = innerHeight * (matchMedia('(min-width: 56rem)').matches ? 0.5 : 0.72);
					const steps = [...document.querySelectorAll<HTMLElement>('[data-step-id]')];
					const ids = steps.map((step) => step.dataset.stepId!);
					const tops = steps.map((step) => step.getBoundingClientRect().top);
					const reached = (slack: number) => tops.findLastIndex((top) => top <= lineY + slack);
					const toBottom = document.documentElement.scrollHeight - innerHeight - scrollY;
					// Within a pixel of a boundary either answer is right (sub-pixel rounding).
					const candidates = new Set<number>();
					if (toBottom <= 1) candidates.add(ids.length - 1);
					if (toBottom >= 0.5) for (const slack of [-1, 1]) candidates.add(Math.max(0, reached(slack)));
					resolve({
						expected: [...candidates].sort((a, b) => a - b).map((index) => ids[index]!),
						figure: document.querySelector('[data-figure]')?.getAttribute('data-step') ?? null,
						current: [...document.querySelectorAll('[aria-current="step"]')].map((element) => element.id),
						scrollY,
						lineY,
						tops: tops.map(Math.round)
					});
				};
				requestAnimationFrame(tick);
			})
	);
}

type Reading = Awaited<ReturnType<typeof settleAndRead>>;

function wrong(reading: Reading): boolean {
	return !reading.expected.includes(reading.figure ?? '') || reading.current.length !== 1 || reading.current[0] !== reading.figure;
}

function explain(jump: string, reading: Reading): string {
	return `${jump}: at scrollY ${Math.round(reading.scrollY)} (line ${Math.round(reading.lineY)}, step tops ${reading.tops.join(' ')}) expected ${reading.expected.join(' or ')}, figure shows ${reading.figure}, aria-current on ${reading.current.join(', ') || 'nothing'}`;
}

const withFigure = chapters.filter((chapter) => chapter.figure);

for (const [chapterIndex, chapter] of withFigure.entries()) {
	for (const [sizeName, size] of Object.entries({ phone, desktop })) {
		test(`${chapter.slug}, starting on a ${sizeName}: after every jump the figure shows the step the reader is at`, async ({ page }) => {
			test.setTimeout(60_000);
			await page.setViewportSize(size);
			await page.goto(chapter.path);
			await waitForHydration(page);
			const random = mulberry32(seed + chapterIndex * 2 + (size === phone ? 0 : 1));
			const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
			const failures: string[] = [];
			let jumps = 0;
			const check = async (jump: string) => {
				const reading = await settleAndRead(page);
				jumps += 1;
				if (wrong(reading)) failures.push(explain(jump, reading));
				return reading;
			};

			await check('load');
			for (let jump = 0; jump < jumpsPerRun; jump += 1) {
				const action = pick(['End', 'Home', 'PageDown', 'PageUp', 'Space', 'scroll', 'scroll', 'resize', 'lens', 'fonts'] as const);
				let label: string = action;
				if (action === 'scroll') {
					const fraction = random();
					label = `scrollTo ${Math.round(fraction * 100)}%`;
					await page.evaluate((fraction) => scrollTo(0, Math.floor(fraction * (document.documentElement.scrollHeight - innerHeight))), fraction);
				} else if (action === 'resize') {
					const next = page.viewportSize()!.width === phone.width ? desktop : phone;
					label = `resize to ${next.width}x${next.height}`;
					await page.setViewportSize(next);
				} else if (action === 'lens') {
					const lens = 1 + Math.floor(random() * 3);
					label = `lens ${lens}`;
					await page.evaluate((lens) => document.querySelector<HTMLButtonElement>(`.lens-switch button:nth-of-type(${lens})`)?.click(), lens);
				} else if (action === 'fonts') {
					// The app's own font swap (html[data-fonts]: our faces instead of the system's), which
					// rewraps every line: the steps change height with no scroll at all.
					label = 'font swap';
					await page.evaluate(() => {
						const root = document.documentElement;
						if (root.dataset.fonts) delete root.dataset.fonts;
						else root.dataset.fonts = 'cached';
					});
				} else {
					// The page's own keys (the figure pane has its own Home/End, tested below): focus on
					// the document, as after a click on the prose.
					await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
					await page.keyboard.press(action === 'Space' ? ' ' : action);
				}
				await check(`jump ${jump + 1} (${label})`);
			}

			// Explicit moves: the figure's keys choose a step and bring it to the line; the rule, read
			// from the geometry, must agree with the choice once the scroll has settled.
			await page.locator('.step-nav a').first().focus();
			await page.keyboard.press('Home');
			const walked: string[] = [];
			for (let index = 0; index < chapter.steps.length; index += 1) {
				if (index > 0) await page.keyboard.press('ArrowRight');
				const reading = await check(`figure key to step ${index + 1}`);
				walked.push(reading.figure ?? '');
			}
			await page.keyboard.press('Home');
			walked.push((await check('figure key Home')).figure ?? '');
			await page.keyboard.press('End');
			walked.push((await check('figure key End')).figure ?? '');
			expect(walked, 'the figure keys visit every step in order, then Home and End').toEqual([...chapter.steps, chapter.steps[0], chapter.steps.at(-1)]);

			console.log(`jumps ${chapter.slug} from ${sizeName}: ${failures.length} of ${jumps} wrong`);
			expect(failures, `${failures.length} of ${jumps} readings showed the wrong step`).toEqual([]);
		});
	}
}
