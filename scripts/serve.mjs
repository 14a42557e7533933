#!/usr/bin/env node
// A small static file server for the built site: what any static host does, no more. It serves
// a folder (optionally under a base path such as /explainer), answers unknown paths with the
// site's own 404.html and status 404, and never runs site code. Like any static host or CDN it sends
// compressed text: the build carries .br and .gz twins of each text file (adapter-static's
// precompress), and the server picks the one the browser accepts. Used by `npm start`, the tests
// and the benchmark.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 ? args[index + 1] : fallback;
};
const root = resolve(args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'build');
const port = Number(option('port', process.env.PORT ?? '4173'));
const base = (option('base', process.env.BASE_PATH ?? '') || '').replace(/\/$/, '');
const host = option('host', '127.0.0.1');

if (!existsSync(join(root, 'index.html'))) {
	console.error(`${root} has no index.html: run "npm run build" first.`);
	process.exit(1);
}

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** The best precompressed twin of `file` the request accepts, or the file itself. */
function encodedFor(file, acceptEncoding) {
	const accepted = new Set(
		acceptEncoding
			.split(',')
			.map((part) => part.trim().split(';'))
			.filter(([, q]) => q === undefined || Number(q.split('=')[1]) > 0)
			.map(([name]) => name.trim())
	);
	for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
		if (accepted.has(encoding) && existsSync(file + suffix)) return { path: file + suffix, encoding };
	}
	return { path: file, encoding: null };
}

function send(response, status, file, request, extra = {}) {
	const type = types[extname(file)] ?? 'application/octet-stream';
	const compressible = type.startsWith('text/') || type.startsWith('application/') || type === 'image/svg+xml';
	const { path, encoding } = compressible
		? encodedFor(file, String(request.headers['accept-encoding'] ?? ''))
		: { path: file, encoding: null };
	const headers = { 'content-type': type, 'content-length': statSync(path).size, ...extra };
	if (compressible) headers.vary = 'accept-encoding';
	if (encoding) headers['content-encoding'] = encoding;
	response.writeHead(status, headers);
	if (request.method === 'HEAD') response.end();
	else createReadStream(path).pipe(response);
}

function fileFor(pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const full = normalize(join(root, path));
	if (full !== root && !full.startsWith(root + sep)) return null;
	if (existsSync(full) && statSync(full).isFile()) return full;
	const index = join(full, 'index.html');
	if (existsSync(index)) return index;
	if (existsSync(`${full}.html`)) return `${full}.html`;
	return null;
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (base && url.pathname === base) {
		response.writeHead(308, { location: `${base}/` }).end();
		return;
	}
	const inside = !base || url.pathname.startsWith(`${base}/`);
	const file = inside ? fileFor(url.pathname.slice(base.length) || '/') : null;
	// A directory asked for without its slash: send the reader to the canonical address.
	if (file && file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/')) {
		response.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	if (!file) {
		send(response, 404, join(root, '404.html'), request);
		return;
	}
	const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
	send(response, 200, file, request, immutable ? { 'cache-control': 'public, max-age=31536000, immutable' } : {});
});

server.listen(port, host, () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
