// Every page is prerendered to plain HTML: the site is static files that any host can serve.
export const prerender = true;
export const trailingSlash = 'always';
