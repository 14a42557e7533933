/** One problem in one content file, located so an author can jump straight to it. */
export interface ContentIssue {
	file: string;
	line: number;
	message: string;
}

export function formatIssue(issue: ContentIssue): string {
	return `${issue.file}:${issue.line}: ${issue.message}`;
}

/**
 * Thrown when content is wrong. It carries every issue found, not just the first, so an author
 * fixes a batch in one pass; the message lists them one per line as file:line: message.
 */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[]) {
		const plural = issues.length === 1 ? 'problem' : 'problems';
		super(
			`Content has ${issues.length} ${plural}; the site was not built:\n` +
				issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')
		);
		this.name = 'ContentError';
		this.issues = issues;
	}
}

/** Collects issues while a file is read, so one pass reports them all. */
export class IssueList {
	readonly items: ContentIssue[] = [];

	add(file: string, line: number, message: string): void {
		this.items.push({ file, line: Math.max(1, line), message });
	}

	throwIfAny(): void {
		if (this.items.length > 0) throw new ContentError(this.items);
	}
}
