import { createLabRunner, type LabCommand, type LabFrame } from './runner.ts';
import type { LabSetup } from './model.ts';

/**
 * Where the lab's simulation runs: in a Web Worker, so that scrolling and input stay smooth
 * whatever the channel count and however slow the device; in the page (one command per task)
 * where a worker cannot start. Either way the view sends commands and receives frames, in order.
 */
export interface LabDriver {
	send(command: LabCommand): void;
	/** Commands sent whose frame has not come back yet. */
	readonly pending: number;
	/** Where the simulation runs, for the page's notes and the tests. */
	readonly where: 'worker' | 'page';
	dispose(): void;
}

export function startLabDriver(initial: LabSetup, onFrame: (frame: LabFrame) => void): LabDriver {
	// The set-up commands since the last reset (not the advances): if the worker cannot start (a
	// browser that refuses module workers, a script that fails to load), the page replays them and
	// the run starts again there.
	let sinceReset: LabCommand[] = [{ kind: 'reset', setup: initial }];
	let pending = 0;
	let worker: Worker | null = null;
	let inPage: ReturnType<typeof createLabRunner> | null = null;
	let disposed = false;

	const receive = (frame: LabFrame) => {
		pending = Math.max(0, pending - 1);
		if (!disposed) onFrame(frame);
	};

	function runInPage(): void {
		worker?.terminate();
		worker = null;
		inPage = createLabRunner(initial);
		const replay = sinceReset;
		pending = 0;
		for (const command of replay) deliver(command);
	}

	function deliver(command: LabCommand): void {
		pending += 1;
		if (worker) return worker.postMessage(command);
		const runner = inPage!;
		setTimeout(() => receive(runner.handle(command)), 0);
	}

	try {
		worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'nmda-lab' });
		worker.onmessage = (event: MessageEvent<LabFrame>) => receive(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			runInPage();
		};
		deliver(sinceReset[0]!);
	} catch {
		runInPage();
	}

	return {
		send(command) {
			if (command.kind === 'reset') sinceReset = [];
			if (command.kind !== 'advance') sinceReset.push(command);
			deliver(command);
		},
		get pending() {
			return pending;
		},
		get where() {
			return worker ? 'worker' : 'page';
		},
		dispose() {
			disposed = true;
			worker?.terminate();
		}
	};
}
