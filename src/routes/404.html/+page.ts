// Prerendered as build/404.html, the page static hosts serve for unknown paths.
export const trailingSlash = 'never';
