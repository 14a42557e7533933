#!/usr/bin/env node
// For the browser tests: build the site twice (at the root, and under /explainer as a sub-path
// deployment would), then serve both copies the way a static host would.
import { spawn, spawnSync } from 'node:child_process';

const build = (env) => {
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!process.env.SKIP_BUILD) {
	build({ BASE_PATH: '/explainer', BUILD_DIR: 'build-base' });
	build({ BASE_PATH: '', BUILD_DIR: 'build' });
}
const servers = [
	spawn(process.execPath, ['scripts/serve.mjs', 'build', '--port', '4173'], { stdio: 'inherit' }),
	spawn(process.execPath, ['scripts/serve.mjs', 'build-base', '--port', '4174', '--base', '/explainer'], { stdio: 'inherit' })
];
const stop = () => {
	for (const server of servers) server.kill('SIGTERM');
	process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
for (const server of servers) server.on('exit', (code) => code && process.exit(code));
