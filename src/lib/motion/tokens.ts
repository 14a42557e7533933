/** Motion design tokens (VISUAL.md): 300-900 ms per change, easing out, nothing bounces. */
export const motion = {
	durationSeconds: 0.6,
	enterSeconds: 0.45,
	ease: 'power2.out'
} as const;
