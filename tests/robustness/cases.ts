import fc from 'fast-check';
import type { TestContext } from 'vitest';

/**
 * Counting for the robustness summary (scripts/robustness-summary.mjs): a plain test is one case;
 * a property records the runs fast-check really made (`cases.tried`), and how many of them held
 * (a failing property's counterexample is the one that did not). The count is stored in the
 * test's meta, which vitest's JSON report carries.
 */
export interface CaseCount {
	tried: number;
	held: number;
}

declare module 'vitest' {
	interface TaskMeta {
		cases?: CaseCount;
	}
}

/** Runs a property with fast-check, records how many runs it made, fails the test on a counterexample. */
export async function holds<Ts>(
	ctx: TestContext,
	property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
	params: fc.Parameters<Ts> = {}
): Promise<void> {
	const details = await fc.check(property as fc.IAsyncProperty<Ts>, params);
	const failed = details.failed ? 1 : 0;
	ctx.task.meta.cases = { tried: details.numRuns, held: details.numRuns - failed };
	if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
}
