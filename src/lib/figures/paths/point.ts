// SVG path strings for the figures' lines, areas and links. d3-shape ships as one file whose
// curve factories run at load time (cardinal, Catmull-Rom, bundle ... are built by top-level
// calls), so the bundler keeps nearly all of it whatever a figure uses: 3.7 KiB gzipped in every
// figure chapter, to draw straight lines, one monotone curve and two link shapes. These are those
// four, written the way d3-shape v3 writes them (same commands, coordinates rounded to 3 decimals
// as d3-path does by default), so every figure draws the same path; tests/unit/paths.test.ts
// checks them against d3-shape. One file per shape, so a figure's code carries only the shapes
// it draws.

export type Point = readonly [x: number, y: number];
