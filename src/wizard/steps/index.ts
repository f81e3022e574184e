// The seven steps of the domain, in the order the team walks them.
import type { Step } from '../types.js';
import { step as needs } from './01-needs.js';
import { step as values } from './02-values.js';
import { step as vision } from './03-vision.js';
import { step as actionable } from './04-actionable.js';
import { step as share } from './05-share.js';
import { step as hiring } from './06-hiring.js';
import { step as interpret } from './07-interpret.js';

export const STEPS: readonly Step[] = [needs, values, vision, actionable, share, hiring, interpret];
