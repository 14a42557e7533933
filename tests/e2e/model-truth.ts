import { describeGlutamate } from '../../src/lib/figures/glutamate-surge/describe';
import { glutamateScene } from '../../src/lib/figures/glutamate-surge/model';
import { describeInfusionSession } from '../../src/lib/figures/infusion-session/describe';
import { infusionSessionScene } from '../../src/lib/figures/infusion-session/model';
import { describeNmda } from '../../src/lib/figures/nmda-blockade/describe';
import { nmdaScene } from '../../src/lib/figures/nmda-blockade/model';
import { describeOverview } from '../../src/lib/figures/overview/describe';
import { overviewScene } from '../../src/lib/figures/overview/model';
import { describePainWindup } from '../../src/lib/figures/pain-windup/describe';
import { painWindupScene } from '../../src/lib/figures/pain-windup/model';
import { describeSynapse } from '../../src/lib/figures/synapse-regrowth/describe';
import { synapseScene } from '../../src/lib/figures/synapse-regrowth/model';
import { describeTimeCourse } from '../../src/lib/figures/time-course/describe';
import { timeCourseScene } from '../../src/lib/figures/time-course/model';

/**
 * What each figure should say at each step with default settings, straight from its pure model
 * and describer: a truth independent of the page, so a figure that draws a stale or wrong state
 * cannot agree with itself. (mtor-signalling reads its graph through a build alias, so its
 * truth comes from a clean page load instead.)
 */
export const modelDescription: Record<string, (step: string) => string> = {
	'nmda-blockade': (step) => describeNmda(nmdaScene(step)),
	'glutamate-surge': (step) => describeGlutamate(glutamateScene(step)),
	'synapse-regrowth': (step) => describeSynapse(synapseScene(step)),
	'time-course': (step) => describeTimeCourse(timeCourseScene(step)),
	'infusion-session': (step) => describeInfusionSession(infusionSessionScene(step)),
	overview: (step) => describeOverview(overviewScene(step)),
	'pain-windup': (step) => describePainWindup(painWindupScene(step))
};
