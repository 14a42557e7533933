/**
 * Pure graph maths for a directed acyclic pathway: layers, reachability and knock-outs. Nothing
 * here knows about biology; the pathway file (content/pathways/) supplies nodes and edges.
 */

export interface GraphEdge {
	from: string;
	to: string;
}

export interface Graph {
	nodes: readonly { id: string }[];
	edges: readonly GraphEdge[];
}

function neighbours(graph: Graph, direction: 'out' | 'in'): Map<string, string[]> {
	const map = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
	for (const edge of graph.edges) {
		const [key, value] = direction === 'out' ? [edge.from, edge.to] : [edge.to, edge.from];
		map.get(key)?.push(value);
	}
	return map;
}

/** Node ids so that every edge points forward (Kahn's algorithm, ties kept in file order). */
export function topologicalOrder(graph: Graph): string[] {
	const inDegree = new Map(graph.nodes.map((node) => [node.id, 0]));
	for (const edge of graph.edges) inDegree.set(edge.to, (inDegree.get(edge.to) ?? 0) + 1);
	const out = neighbours(graph, 'out');
	const ready = graph.nodes.map((node) => node.id).filter((id) => inDegree.get(id) === 0);
	const order: string[] = [];
	while (ready.length > 0) {
		const id = ready.shift()!;
		order.push(id);
		for (const next of out.get(id) ?? []) {
			const left = inDegree.get(next)! - 1;
			inDegree.set(next, left);
			if (left === 0) ready.push(next);
		}
	}
	if (order.length !== graph.nodes.length) throw new Error('the pathway has a cycle, so it cannot be layered');
	return order;
}

/**
 * Longest-path layering: a node sits one layer after its latest predecessor, so every edge
 * points forward. Then each non-final node is pulled forward to just before its nearest
 * successor, so side branches (the eEF2 route) join without edges that skip layers.
 */
export function layerOf(graph: Graph): Map<string, number> {
	const order = topologicalOrder(graph);
	const incoming = neighbours(graph, 'in');
	const outgoing = neighbours(graph, 'out');
	const layer = new Map<string, number>();
	for (const id of order) layer.set(id, Math.max(-1, ...(incoming.get(id) ?? []).map((from) => layer.get(from)!)) + 1);
	for (const id of [...order].reverse()) {
		const next = outgoing.get(id) ?? [];
		if (next.length > 0) layer.set(id, Math.min(...next.map((to) => layer.get(to)!)) - 1);
	}
	return layer;
}

/** Node ids grouped by layer, first layer first; within a layer, ordered to cut edge crossings. */
export function layers(graph: Graph): string[][] {
	const layer = layerOf(graph);
	const count = Math.max(0, ...layer.values()) + 1;
	const rows: string[][] = Array.from({ length: count }, () => []);
	for (const node of graph.nodes) rows[layer.get(node.id)!]!.push(node.id);
	const incoming = neighbours(graph, 'in');
	const outgoing = neighbours(graph, 'out');
	// Barycentre sweeps: sort each layer by the mean position of its neighbours in the layer
	// just placed. Four passes, down then up, settle a graph of this size.
	const position = (row: string[]) => new Map(row.map((id, index) => [id, index]));
	const sortBy = (row: string[], fixed: string[], links: Map<string, string[]>) => {
		const at = position(fixed);
		const current = position(row);
		const weight = (id: string) => {
			const placed = (links.get(id) ?? []).filter((other) => at.has(other)).map((other) => at.get(other)!);
			return placed.length > 0 ? placed.reduce((a, b) => a + b, 0) / placed.length : current.get(id)!;
		};
		return [...row].sort((a, b) => weight(a) - weight(b) || current.get(a)! - current.get(b)!);
	};
	for (let pass = 0; pass < 4; pass++) {
		for (let i = 1; i < count; i++) rows[i] = sortBy(rows[i]!, rows[i - 1]!, incoming);
		for (let i = count - 2; i >= 0; i--) rows[i] = sortBy(rows[i]!, rows[i + 1]!, outgoing);
	}
	return rows;
}

/** Every node reachable from `nodeId` along the edges, not counting the node itself. */
export function downstream(graph: Graph, nodeId: string): Set<string> {
	const outgoing = neighbours(graph, 'out');
	const seen = new Set<string>();
	const stack = [...(outgoing.get(nodeId) ?? [])];
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (seen.has(id) || id === nodeId) continue;
		seen.add(id);
		stack.push(...(outgoing.get(id) ?? []));
	}
	return seen;
}

/** The nodes an experiment darkens: each blocked node and everything downstream of it. */
export function knockout(graph: Graph, blockedNodes: readonly string[]): Set<string> {
	const dark = new Set<string>();
	for (const blocked of blockedNodes) {
		if (!graph.nodes.some((node) => node.id === blocked)) continue;
		dark.add(blocked);
		for (const id of downstream(graph, blocked)) dark.add(id);
	}
	return dark;
}
