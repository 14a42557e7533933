// `import Part from 'server-only:./Part.svelte'` (see ./server-only-imports.ts): the
// component when rendering on the server, undefined in the browser's build.
declare module 'server-only:*' {
	import type { Component } from 'svelte';
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props are checked where the part is used (LaterPart)
	const component: Component<any> | undefined;
	export default component;
}
