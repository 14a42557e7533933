/// <reference lib="webworker" />
import { createLabRunner, type LabCommand } from './runner.ts';
import { defaultSetup } from './model.ts';

// The lab's simulation, off the page's main thread: each command is answered with one frame, in
// order, and the channels' states travel as a transferred buffer (no copy).
const scope = self as unknown as DedicatedWorkerGlobalScope;
const runner = createLabRunner(defaultSetup);

scope.onmessage = (event: MessageEvent<LabCommand>) => {
	const frame = runner.handle(event.data);
	scope.postMessage(frame, [frame.states.buffer]);
};
