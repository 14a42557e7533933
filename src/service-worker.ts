/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after one visit: the whole static build is precached under a cache named for this
// deployment; a new deployment installs its own cache, waits until the page agrees to switch
// (the page shows "an update is ready"), then deletes the old one. Nothing leaves the origin.
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `ketamine-explainer-${version}`;
const precache = [...build, ...files, ...prerendered];

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(precache)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then(async (keys) => {
			for (const key of keys) if (key !== cacheName) await caches.delete(key);
			await worker.clients.claim();
		})
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(cacheName);
	// Pages and data: the cached copy of this deployment (a static site has nothing fresher).
	const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(url.pathname));
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
		return response;
	} catch {
		const notFound = await cache.match(`${url.origin}${new URL(worker.registration.scope).pathname}404.html`);
		return notFound ?? new Response('You are offline and this page was not saved.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
}
